package io.cxkit.survey.loop;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * The mutable accumulator of a follow-up search: {@link #add} responses one at a time, then take
 * the immutable {@link #result()} (as often as wanted; adding may go on). Keeps at most its
 * capacity of entries, the first in {@link FollowUpEntry#ORDER}, in a heap, and one count per rule,
 * so memory stays bounded however many responses pass. Not thread-safe: give each thread its own
 * collector and merge their results with {@link FollowUpList#plus}, or {@link #merge} collectors.
 */
public final class FollowUpCollector {
  private final FollowUpFinder finder;
  private final int capacity;
  /** The kept entries, the last in order at the head, so that it is the one a better entry evicts. */
  private final PriorityQueue<FollowUpEntry> kept;
  private final boolean[] matched;
  private final long[] ruleMatched;
  private final long[] ruleContactable;
  private long checked;
  private long matchedCount;
  private long contactable;

  FollowUpCollector(FollowUpFinder finder, int capacity) {
    FollowUpList.requireCapacity(capacity);
    this.finder = finder;
    this.capacity = capacity;
    this.kept = new PriorityQueue<>(Math.min(capacity, 1024), FollowUpEntry.ORDER.reversed());
    int rules = finder.ruleCount();
    this.matched = new boolean[rules];
    this.ruleMatched = new long[rules];
    this.ruleContactable = new long[rules];
  }

  /**
   * Checks one response.
   *
   * @param response a response to the finder's survey
   * @return whether it matched at least one rule
   * @throws InvalidResponseException if the response is not valid for the rules (see {@link
   *     FollowUpFinder}); nothing is counted then
   */
  public boolean add(Response response) {
    Objects.requireNonNull(response, "response");
    boolean any = finder.evaluate(response, matched);
    ContactDetails contact = any ? finder.contactOf(response) : null;
    checked++;
    if (!any) {
      return false;
    }
    matchedCount++;
    for (int i = 0; i < matched.length; i++) {
      if (matched[i]) {
        ruleMatched[i]++;
        if (contact != null) {
          ruleContactable[i]++;
        }
      }
    }
    if (contact != null) {
      contactable++;
      offer(finder.entry(response, matched, contact));
    }
    return true;
  }

  private void offer(FollowUpEntry entry) {
    if (kept.size() < capacity) {
      kept.add(entry);
    } else if (FollowUpEntry.ORDER.compare(entry, kept.peek()) < 0) {
      kept.poll();
      kept.add(entry);
    }
  }

  /**
   * Adds another collector's responses to this one's, as if they had been added here.
   *
   * @param other a collector of the same rules, survey and capacity; not this one
   * @return this collector
   * @throws IllegalArgumentException if {@code other} is this collector
   * @throws IncompatibleMergeException if the survey, the rules or the capacity differ
   */
  public FollowUpCollector merge(FollowUpCollector other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("a collector cannot merge itself; take result().plus(result())"
          + " to count every response twice");
    }
    return merge(other.result());
  }

  /**
   * Adds a partition's result to this collector.
   *
   * @param partition the list of another partition of the same survey's responses
   * @return this collector
   * @throws IncompatibleMergeException if the survey, the rules or the capacity differ
   */
  public FollowUpCollector merge(FollowUpList partition) {
    Objects.requireNonNull(partition, "partition");
    FollowUpList mine = result();
    mine.requireCompatible(partition);
    FollowUpCounts sum = mine.counts().plus(partition.counts());
    for (int i = 0; i < ruleMatched.length; i++) {
      RuleCounts rule = mine.ruleCounts().get(i).plus(partition.ruleCounts().get(i));
      ruleMatched[i] = rule.matched();
      ruleContactable[i] = rule.contactable();
    }
    checked = sum.checked();
    matchedCount = sum.matched();
    contactable = sum.contactable();
    for (FollowUpEntry entry : partition.entries()) {
      offer(entry);
    }
    return this;
  }

  /** @return the responses checked so far */
  public long checked() {
    return checked;
  }

  /** @return the list of the responses added so far; this collector is unchanged */
  public FollowUpList result() {
    List<RuleCounts> rules = new ArrayList<>(ruleMatched.length);
    List<FollowUpRule> ruleList = finder.rules().rules();
    for (int i = 0; i < ruleMatched.length; i++) {
      rules.add(new RuleCounts(ruleList.get(i).id(), ruleMatched[i], ruleContactable[i],
          ruleMatched[i] - ruleContactable[i]));
    }
    List<FollowUpEntry> entries = new ArrayList<>(kept);
    entries.sort(FollowUpEntry.ORDER);
    return new FollowUpList(finder.survey().id(), finder.rules(), capacity,
        new FollowUpCounts(checked, matchedCount, contactable, matchedCount - contactable), rules,
        entries);
  }

  @Override
  public String toString() {
    return "FollowUpCollector[survey=" + finder.survey().id() + ", checked=" + checked
        + ", matched=" + matchedCount + ", contactable=" + contactable + ", capacity=" + capacity
        + "]";
  }
}
