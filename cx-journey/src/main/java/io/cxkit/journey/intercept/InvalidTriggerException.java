package io.cxkit.journey.intercept;

import io.cxkit.journey.InvalidJourneyException;

/**
 * A trigger, a page pattern or a trigger rule broke a rule of its definition: a malformed page
 * pattern, a zero or negative duration, a percentage above 100, a rule's {@code when} naming a
 * trigger it does not define. The message names the field, the value and the rule.
 */
public class InvalidTriggerException extends InvalidJourneyException {
  private static final long serialVersionUID = 1L;

  /**
   * @param field the path of the offending field, such as {@code triggers.long-help.atLeast}
   * @param value the offending value
   * @param rule the rule it broke, completing "value: …"
   */
  public InvalidTriggerException(String field, Object value, String rule) {
    super(field, value, rule);
  }
}
