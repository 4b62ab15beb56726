package io.cxkit.survey.loop;

import java.util.Objects;

/**
 * One rule that a followed-up response matched, as its entry carries it.
 *
 * @param ruleId the rule's id
 * @param priority the rule's priority, 1 (most urgent) to 9
 * @param reason the rule's reason, in the team's words
 */
public record FollowUpReason(String ruleId, int priority, String reason) {

  /** Checks that the parts are present. */
  public FollowUpReason {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * @param rule a rule
   * @return the reason that rule gives
   */
  public static FollowUpReason of(FollowUpRule rule) {
    return new FollowUpReason(rule.id(), rule.priority(), rule.reason());
  }
}
