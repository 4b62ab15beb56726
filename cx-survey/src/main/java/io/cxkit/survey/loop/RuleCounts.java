package io.cxkit.survey.loop;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import java.util.Objects;

/**
 * How many responses one follow-up rule matched, and how many of those may be contacted. A
 * response that matched several rules counts once under each.
 *
 * @param ruleId the rule's id
 * @param matched the responses it matched
 * @param contactable those whose respondent may be contacted
 * @param notContactable those whose respondent gave no consent or no way to be reached
 */
public record RuleCounts(String ruleId, long matched, long contactable, long notContactable) {

  /**
   * @throws InvalidValueException if a count is negative or contactable and not contactable do not
   *     add up to matched
   */
  public RuleCounts {
    Objects.requireNonNull(ruleId, "ruleId");
    if (matched < 0 || contactable < 0 || notContactable < 0) {
      throw new InvalidValueException("counts of rule " + ruleId,
          matched + "/" + contactable + "/" + notContactable, "must be ≥ 0");
    }
    if (contactable + notContactable != matched) {
      throw new InvalidValueException("contactable + notContactable",
          contactable + " + " + notContactable, "must equal matched = " + matched);
    }
  }

  /**
   * @param other the same rule's counts in another partition
   * @return the sum
   * @throws IncompatibleMergeException if the rules differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public RuleCounts plus(RuleCounts other) {
    if (!ruleId.equals(other.ruleId)) {
      throw new IncompatibleMergeException("RuleCounts", "rule id", ruleId, other.ruleId);
    }
    return new RuleCounts(ruleId, FollowUpCounts.add("matched", matched, other.matched),
        FollowUpCounts.add("contactable", contactable, other.contactable),
        FollowUpCounts.add("notContactable", notContactable, other.notContactable));
  }

  /** @return the share of matched responses that may be contacted, on 0..100 (empty if none) */
  public Percentage contactableShare() {
    return Percentage.of(contactable, matched);
  }
}
