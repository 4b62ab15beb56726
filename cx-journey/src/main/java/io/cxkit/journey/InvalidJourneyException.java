package io.cxkit.journey;

import io.cxkit.core.InvalidValueException;

/**
 * A journey map, persona, profile or event broke a rule: a duplicate id, a touchpoint in a stage the
 * map lacks, a malformed id. The message names the field (as a path such as {@code
 * touchpoints[2].stageId}), the value and the rule.
 */
public class InvalidJourneyException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * @param field the path of the offending field
   * @param value the offending value
   * @param rule the rule it broke, completing "value: …"
   */
  public InvalidJourneyException(String field, Object value, String rule) {
    super(field, value, rule);
  }
}
