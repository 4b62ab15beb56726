package io.cxkit.survey.loop;

import io.cxkit.core.InvalidValueException;

/**
 * A follow-up rule breaks a rule of its own (a malformed id, a priority off 1..9, a blank reason),
 * two rules of a set share an id, or a rule does not fit the survey it is bound to (it names a
 * question the survey lacks, or one of the wrong type, or a choice the question does not offer).
 * Like every {@link InvalidValueException} the message reads {@code path = value: rule}; the path
 * names the rule by position and id ({@code rules[1] "low-csat".question}).
 */
public class InvalidFollowUpRuleException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * @param path where, such as {@code rules[1] "low-csat".question} or {@code priority}
   * @param value the offending value
   * @param rule the rule it broke
   */
  public InvalidFollowUpRuleException(String path, Object value, String rule) {
    super(path, value, rule);
  }
}
