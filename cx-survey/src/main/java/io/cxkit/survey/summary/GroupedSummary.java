package io.cxkit.survey.summary;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.GroupComparison;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.survey.Survey;
import io.cxkit.survey.internal.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The immutable summaries of one survey version's responses by group — by locale, channel, A/B
 * variant or an attribute ({@link GroupKey}) — with the responses the key gave no group counted
 * apart. Each group is a full {@link SurveySummary}; groups are compared figure by figure
 * ({@link EstimateKey}), each against the rest pooled with Holm's adjustment across the groups
 * ({@link #compare}), or two variants with each other ({@link #compareVariants}). Grouped
 * summaries of disjoint sets of responses add exactly with {@link #plus}. Build one with a {@link
 * GroupedSummarizer}.
 *
 * <p>Groups are in the order of their labels ({@link String#compareTo}, by UTF-16 code unit, the
 * same on every machine and locale).
 */
public final class GroupedSummary {
  private final String keyName;
  private final SurveySummary withoutKey;
  private final SortedMap<String, SurveySummary> groups;

  private GroupedSummary(String keyName, SurveySummary withoutKey,
      SortedMap<String, SurveySummary> groups) {
    this.keyName = keyName;
    this.withoutKey = withoutKey;
    this.groups = groups;
  }

  /**
   * A grouped summary from its parts, as a serial form holds them.
   *
   * @param keyName the name of the key the responses were grouped by ({@link GroupKey#name()})
   * @param withoutKey the summary of the responses the key gave no group (empty if none)
   * @param groups the summary of each group, by label; a group may have no responses (displays
   *     only)
   * @return the grouped summary
   * @throws InvalidValueException if the key name or a label is blank or malformed
   * @throws IncompatibleMergeException if a group's summary is of another survey version or was
   *     counted with other options than {@code withoutKey}
   */
  public static GroupedSummary of(String keyName, SurveySummary withoutKey,
      Map<String, SurveySummary> groups) {
    Objects.requireNonNull(keyName, "keyName");
    Objects.requireNonNull(withoutKey, "withoutKey");
    Objects.requireNonNull(groups, "groups");
    GroupKey.requireName("keyName", keyName);
    SortedMap<String, SurveySummary> copy = new TreeMap<>();
    for (Map.Entry<String, SurveySummary> entry : groups.entrySet()) {
      String label = Objects.requireNonNull(entry.getKey(), "groups key");
      SurveySummary summary = Objects.requireNonNull(entry.getValue(), "groups value");
      requireLabel("groups", label);
      requireCompatible(withoutKey, summary, "group " + Ids.quote(label));
      copy.put(label, summary);
    }
    return new GroupedSummary(keyName, withoutKey, Collections.unmodifiableSortedMap(copy));
  }

  static void requireLabel(String field, String label) {
    if (label.isBlank()) {
      throw new InvalidValueException(field, Ids.quote(label),
          "a group's label must not be blank: responses without a group are counted apart");
    }
    Ids.requireWellFormed(field, label);
  }

  /** Checks what {@link SurveySummary#plus} checks, before anything is added. */
  static void requireCompatible(SurveySummary mine, SurveySummary other, String what) {
    Survey a = mine.survey();
    Survey b = other.survey();
    if (!a.id().equals(b.id()) || a.version() != b.version()) {
      throw new IncompatibleMergeException("SurveySummary", "survey",
          a.id() + " version " + a.version(), b.id() + " version " + b.version() + " (" + what + ")");
    }
    if (!a.equals(b)) {
      throw new IncompatibleMergeException("SurveySummary", "survey definition",
          "survey " + a.id() + " version " + a.version(), "a different definition (" + what + ")");
    }
    if (!mine.options().equals(other.options())) {
      throw new IncompatibleMergeException("SurveySummary", "options", mine.options(),
          other.options() + " (" + what + ")");
    }
  }

  /**
   * Adds two summaries, keeping one as it is when the other recorded nothing (no response, no
   * displays): {@link SurveySummary#plus} would otherwise forget the displays of the one side.
   */
  static SurveySummary sum(SurveySummary a, SurveySummary b) {
    if (isBlank(b)) {
      return a;
    }
    if (isBlank(a)) {
      return b;
    }
    return a.plus(b);
  }

  static boolean isBlank(SurveySummary summary) {
    return summary.isEmpty() && summary.displays().isEmpty();
  }

  /** @return the name of the key the responses were grouped by, such as {@code variant} */
  public String keyName() {
    return keyName;
  }

  /** @return the survey version summarised */
  public Survey survey() {
    return withoutKey.survey();
  }

  /** @return how the responses were counted */
  public SummaryOptions options() {
    return withoutKey.options();
  }

  /** @return the summary of each group by label, in label order; unmodifiable */
  public SortedMap<String, SurveySummary> groups() {
    return groups;
  }

  /**
   * @param label a group's label
   * @return its summary
   * @throws InvalidValueException if there is no such group, naming the groups present
   */
  public SurveySummary group(String label) {
    Objects.requireNonNull(label, "label");
    SurveySummary summary = groups.get(label);
    if (summary == null) {
      throw new InvalidValueException(keyName, Ids.quote(label),
          "must be one of the groups present: " + groups.keySet());
    }
    return summary;
  }

  /** @return the summary of the responses the key gave no group */
  public SurveySummary withoutKey() {
    return withoutKey;
  }

  /**
   * @return the summary of every response: every group's and those without a group; its displays
   *     are given only when every part that recorded anything was given displays
   */
  public SurveySummary total() {
    SurveySummary total = withoutKey;
    for (SurveySummary group : groups.values()) {
      total = sum(total, group);
    }
    return total;
  }

  /**
   * Compares each group's estimate with the rest of the groups pooled (responses without a group
   * are in no group and in no rest), by cx-core's {@link GroupComparison#eachAgainstRest}: the
   * difference {@code group − rest}, its interval and p-value by the estimate's own method (the
   * adjusted-Wald test for an NPS, the two-proportion z-test with Newcombe's interval for a
   * percentage, Welch's t-test for a mean), and the p-values Holm-adjusted across the groups whose
   * comparison is defined.
   *
   * <p>There is no universal minimum n: the 95 % interval of an NPS from 30 answers is up to ±36
   * points wide (1.96 · 100 · √(1/30), the worst case of half promoters and half detractors), fine
   * to spot a disaster, not to rank segments. So the caller says which n is too few for the
   * decision at hand; such groups are compared and flagged, not dropped.
   *
   * @param key the estimate to compare, such as {@code EstimateKey.question("nps", "nps")}
   * @param minimumN the n below which a group is flagged {@link GroupResult#belowMinimum()}, ≥ 0
   * @return one result per group in label order; empty when there are fewer than two groups, since
   *     a group then has no rest to be compared with
   * @throws InvalidValueException if the survey has no such estimate (naming those it has) or
   *     {@code minimumN} is negative
   * @throws IncompatibleMergeException if the groups' estimates cannot be pooled, such as a survey
   *     completion rate over displays in one group and over starts in another
   */
  public List<GroupResult> compare(EstimateKey key, long minimumN) {
    Objects.requireNonNull(key, "key");
    requireMinimum(minimumN);
    withoutKey.estimate(key); // refuses a key the survey does not have, even without groups
    if (groups.size() < 2) {
      return List.of();
    }
    Map<String, MergeableEstimate<?>> estimates = new LinkedHashMap<>();
    for (Map.Entry<String, SurveySummary> entry : groups.entrySet()) {
      estimates.put(entry.getKey(), entry.getValue().estimate(key));
    }
    return results(key, estimates, minimumN);
  }

  /**
   * Compares the groups on every estimate of the survey at once, as {@link #compare} does for one:
   * the Holm adjustment is within each estimate, across the groups (one family per estimate).
   *
   * @param minimumN the n below which a group is flagged, ≥ 0
   * @return the results by estimate, in the order of {@link SurveySummary#estimates()}; each list
   *     empty when there are fewer than two groups; unmodifiable
   * @throws InvalidValueException if {@code minimumN} is negative
   * @throws IncompatibleMergeException if the groups' estimates of a key cannot be pooled
   */
  public Map<EstimateKey, List<GroupResult>> compareAll(long minimumN) {
    requireMinimum(minimumN);
    List<Map<EstimateKey, MergeableEstimate<?>>> perGroup = new ArrayList<>(groups.size());
    for (SurveySummary group : groups.values()) {
      perGroup.add(group.estimates());
    }
    Map<EstimateKey, List<GroupResult>> all = new LinkedHashMap<>();
    for (EstimateKey key : withoutKey.estimates().keySet()) {
      if (groups.size() < 2) {
        all.put(key, List.of());
        continue;
      }
      Map<String, MergeableEstimate<?>> estimates = new LinkedHashMap<>();
      int i = 0;
      for (Map.Entry<String, SurveySummary> entry : groups.entrySet()) {
        MergeableEstimate<?> estimate = perGroup.get(i++).get(key);
        // Every summary of one survey version has the same keys; a type that breaks this gets
        // the summary's own error naming the keys it has.
        estimates.put(entry.getKey(), estimate != null ? estimate : entry.getValue().estimate(key));
      }
      all.put(key, results(key, estimates, minimumN));
    }
    return Collections.unmodifiableMap(all);
  }

  private static List<GroupResult> results(EstimateKey key,
      Map<String, MergeableEstimate<?>> estimates, long minimumN) {
    List<GroupResult> results = new ArrayList<>(estimates.size());
    for (GroupComparison<String, ?> c : GroupEstimates.eachAgainstRest(key, estimates)) {
      results.add(new GroupResult(c.group(), key, c.estimate(), c.rest(), c.comparison(),
          c.adjustedPValue(), c.estimate().n() < minimumN));
    }
    return List.copyOf(results);
  }

  private static void requireMinimum(long minimumN) {
    if (minimumN < 0) {
      throw new InvalidValueException("minimumN", minimumN, "must be a count ≥ 0");
    }
  }

  /**
   * An A/B comparison: the variant's estimates against the baseline's, key by key, with the
   * p-values Holm-adjusted across the keys of this call. See {@link VariantComparison}.
   *
   * @param baseline the label of the baseline group, such as {@code A}
   * @param variant the label of the group compared with it, such as {@code B}
   * @param keys the estimates to compare, each once; the family of the Holm adjustment
   * @return one comparison per key, in the order given; unmodifiable
   * @throws InvalidValueException if a group is missing (naming the groups present), the two labels
   *     are equal, a key is repeated or the survey has no such estimate
   * @throws IncompatibleMergeException if an estimate of the two groups cannot be compared
   */
  public List<VariantComparison> compareVariants(String baseline, String variant,
      Collection<EstimateKey> keys) {
    return VariantComparison.of(this, baseline, variant, keys);
  }

  /**
   * @param other a grouped summary of other responses to the same survey version, by a key of the
   *     same name, counted the same way
   * @return the grouped summary of both: groups of the same label added, the others kept
   * @throws IncompatibleMergeException if the key names, surveys or options differ
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public GroupedSummary plus(GroupedSummary other) {
    Objects.requireNonNull(other, "other");
    requireMergeable(other);
    SortedMap<String, SurveySummary> sum = new TreeMap<>(groups);
    for (Map.Entry<String, SurveySummary> entry : other.groups.entrySet()) {
      sum.merge(entry.getKey(), entry.getValue(), GroupedSummary::sum);
    }
    return new GroupedSummary(keyName, sum(withoutKey, other.withoutKey),
        Collections.unmodifiableSortedMap(sum));
  }

  void requireMergeable(GroupedSummary other) {
    if (!keyName.equals(other.keyName)) {
      throw new IncompatibleMergeException("GroupedSummary", "key", keyName, other.keyName);
    }
    requireCompatible(withoutKey, other.withoutKey, "grouped by " + keyName);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GroupedSummary g && g.keyName.equals(keyName)
        && g.withoutKey.equals(withoutKey) && g.groups.equals(groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyName, withoutKey, groups);
  }

  @Override
  public String toString() {
    return "GroupedSummary{key=" + keyName + ", survey=" + survey().id() + " v"
        + survey().version() + ", groups=" + groups.keySet() + ", withoutKey="
        + withoutKey.responses() + "}";
  }
}
