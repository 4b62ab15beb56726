package io.cxkit.survey.loop;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a follow-up search: the respondents to contact, most urgent first ({@link
 * FollowUpEntry#ORDER}), and the counts behind them — responses checked, matched, contactable and
 * not contactable, overall and per rule. Immutable; made by a {@link FollowUpCollector}.
 *
 * <p><b>Bounded.</b> A list keeps at most {@link #capacity()} entries: those first in {@link
 * FollowUpEntry#ORDER} (the most urgent, then the longest waiting); {@link #dropped()} says how
 * many contactable respondents did not fit. Because the order is total, which entries are kept
 * does not depend on the order responses came in, and {@link #plus} of the lists of partitions
 * equals the list of the whole, at the cap as below it. Memory is bounded by the capacity and the
 * number of rules, whatever the number of responses.
 *
 * <p><b>Consent.</b> Respondents without consent to be contacted are never entries; they are the
 * {@code notContactable} counts, and no part of their responses is kept.
 */
public final class FollowUpList {
  /** The capacity of a list unless a collector is given another, 10 000 entries. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final String surveyId;
  private final FollowUpRules rules;
  private final int capacity;
  private final FollowUpCounts counts;
  private final List<RuleCounts> ruleCounts;
  private final List<FollowUpEntry> entries;

  FollowUpList(String surveyId, FollowUpRules rules, int capacity, FollowUpCounts counts,
      List<RuleCounts> ruleCounts, List<FollowUpEntry> entries) {
    this.surveyId = surveyId;
    this.rules = rules;
    this.capacity = capacity;
    this.counts = counts;
    this.ruleCounts = Collections.unmodifiableList(new ArrayList<>(ruleCounts));
    this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
    if (entries.size() > capacity || entries.size() > counts.contactable()) {
      throw new InvalidValueException("entries", entries.size(),
          "must be at most the capacity " + capacity + " and the contactable count "
              + counts.contactable());
    }
  }

  /**
   * @param surveyId the survey the rules are bound to
   * @param rules the rules
   * @param capacity the most entries kept, ≥ 1
   * @return a list of no response
   * @throws IllegalArgumentException if {@code capacity} is below 1
   */
  public static FollowUpList empty(String surveyId, FollowUpRules rules, int capacity) {
    Objects.requireNonNull(surveyId, "surveyId");
    Objects.requireNonNull(rules, "rules");
    requireCapacity(capacity);
    List<RuleCounts> zero = new ArrayList<>();
    for (FollowUpRule rule : rules.rules()) {
      zero.add(new RuleCounts(rule.id(), 0, 0, 0));
    }
    return new FollowUpList(surveyId, rules, capacity, FollowUpCounts.EMPTY, zero, List.of());
  }

  static void requireCapacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity = " + capacity + ": must be ≥ 1");
    }
  }

  /** @return the id of the survey whose responses were checked */
  public String surveyId() {
    return surveyId;
  }

  /** @return the rules the responses were checked with */
  public FollowUpRules rules() {
    return rules;
  }

  /** @return the most entries this list keeps */
  public int capacity() {
    return capacity;
  }

  /** @return the counts of responses checked, matched, contactable and not contactable */
  public FollowUpCounts counts() {
    return counts;
  }

  /** @return the counts per rule, in the rules' order */
  public List<RuleCounts> ruleCounts() {
    return ruleCounts;
  }

  /**
   * @param ruleId a rule's id
   * @return that rule's counts
   * @throws IllegalArgumentException if the rules have no such id
   */
  public RuleCounts ruleCounts(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    for (RuleCounts rule : ruleCounts) {
      if (rule.ruleId().equals(ruleId)) {
        return rule;
      }
    }
    throw new IllegalArgumentException("no rule " + ruleId + "; the rules are " + rules.ids());
  }

  /** @return the respondents to contact, in {@link FollowUpEntry#ORDER}; at most the capacity */
  public List<FollowUpEntry> entries() {
    return entries;
  }

  /** @return how many contactable respondents did not fit under the capacity */
  public long dropped() {
    return counts.contactable() - entries.size();
  }

  /** @return whether no response was checked */
  public boolean isEmpty() {
    return counts.checked() == 0;
  }

  /**
   * Merges the list of another partition of the same survey's responses: counts add up, and the
   * entries are the first {@link #capacity()} of both in {@link FollowUpEntry#ORDER}. A response
   * given to both partitions counts twice.
   *
   * @param other another partition's list
   * @return the list of both
   * @throws IncompatibleMergeException if the survey, the rules or the capacity differ
   */
  public FollowUpList plus(FollowUpList other) {
    Objects.requireNonNull(other, "other");
    requireCompatible(other);
    List<RuleCounts> sums = new ArrayList<>(ruleCounts.size());
    for (int i = 0; i < ruleCounts.size(); i++) {
      sums.add(ruleCounts.get(i).plus(other.ruleCounts.get(i)));
    }
    return new FollowUpList(surveyId, rules, capacity, counts.plus(other.counts), sums,
        mergeEntries(entries, other.entries, capacity));
  }

  void requireCompatible(FollowUpList other) {
    if (!surveyId.equals(other.surveyId)) {
      throw new IncompatibleMergeException("FollowUpList", "survey", surveyId, other.surveyId);
    }
    if (!rules.equals(other.rules)) {
      throw new IncompatibleMergeException("FollowUpList", "rules", rules.ids(), other.rules.ids());
    }
    if (capacity != other.capacity) {
      throw new IncompatibleMergeException("FollowUpList", "capacity", capacity, other.capacity);
    }
  }

  static List<FollowUpEntry> mergeEntries(List<FollowUpEntry> a, List<FollowUpEntry> b,
      int capacity) {
    List<FollowUpEntry> out = new ArrayList<>(Math.min(capacity, a.size() + b.size()));
    int i = 0;
    int j = 0;
    while (out.size() < capacity && (i < a.size() || j < b.size())) {
      if (j >= b.size() || (i < a.size() && FollowUpEntry.ORDER.compare(a.get(i), b.get(j)) <= 0)) {
        out.add(a.get(i++));
      } else {
        out.add(b.get(j++));
      }
    }
    return out;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FollowUpList)) {
      return false;
    }
    FollowUpList that = (FollowUpList) o;
    return capacity == that.capacity && surveyId.equals(that.surveyId) && rules.equals(that.rules)
        && counts.equals(that.counts) && ruleCounts.equals(that.ruleCounts)
        && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(surveyId, rules, capacity, counts, ruleCounts, entries);
  }

  /** @return the survey, the counts and the number of entries; never a respondent's details */
  @Override
  public String toString() {
    return "FollowUpList[survey=" + surveyId + ", checked=" + counts.checked() + ", matched="
        + counts.matched() + ", contactable=" + counts.contactable() + ", notContactable="
        + counts.notContactable() + ", entries=" + entries.size() + ", dropped=" + dropped()
        + ", capacity=" + capacity + "]";
  }
}
