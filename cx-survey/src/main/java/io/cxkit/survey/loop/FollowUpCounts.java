package io.cxkit.survey.loop;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;

/**
 * How many responses a follow-up search checked and what became of them. Every matched response
 * is either contactable (its respondent agreed to be contacted and left a way to be reached) or not;
 * only contactable ones can become entries of a list.
 *
 * @param checked the responses checked
 * @param matched those that matched at least one rule
 * @param contactable matched ones whose respondent may be contacted
 * @param notContactable matched ones whose respondent gave no consent or no way to be reached
 */
public record FollowUpCounts(long checked, long matched, long contactable, long notContactable) {

  /** No response checked. */
  public static final FollowUpCounts EMPTY = new FollowUpCounts(0, 0, 0, 0);

  /**
   * @throws InvalidValueException if a count is negative, more responses matched than were
   *     checked, or contactable and not contactable do not add up to matched
   */
  public FollowUpCounts {
    requireCount("checked", checked);
    requireCount("matched", matched);
    requireCount("contactable", contactable);
    requireCount("notContactable", notContactable);
    if (matched > checked) {
      throw new InvalidValueException("matched", matched, "must be ≤ checked = " + checked);
    }
    if (contactable + notContactable != matched) {
      throw new InvalidValueException("contactable + notContactable",
          contactable + " + " + notContactable, "must equal matched = " + matched);
    }
  }

  private static void requireCount(String field, long count) {
    if (count < 0) {
      throw new InvalidValueException(field, count, "must be ≥ 0");
    }
  }

  /**
   * @param other the counts of another partition
   * @return the sum, count by count
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public FollowUpCounts plus(FollowUpCounts other) {
    return new FollowUpCounts(add("checked", checked, other.checked),
        add("matched", matched, other.matched),
        add("contactable", contactable, other.contactable),
        add("notContactable", notContactable, other.notContactable));
  }

  static long add(String field, long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      throw new CountOverflowException(field, a, b);
    }
    return sum;
  }

  /** @return the share of checked responses that matched a rule, on 0..100 (empty if none checked) */
  public Percentage matchedShare() {
    return Percentage.of(matched, checked);
  }

  /**
   * @return the share of matched responses whose respondent may be contacted, on 0..100 (empty if
   *     none matched); in the vendor study of CONTEXT.md about 40 % of those reporting a technical
   *     problem left contact details
   */
  public Percentage contactableShare() {
    return Percentage.of(contactable, matched);
  }
}
