package io.cxkit.survey.condition;

import io.cxkit.core.InvalidValueException;

/**
 * A condition is malformed in itself: an operator given the wrong number or kind of arguments
 * ({@code in-range} with a minimum above its maximum, {@code greater-than} with a text), an empty
 * {@code allOf}, an operand with a malformed kind or name. The message reads {@code path = value:
 * rule}, with the path into the condition ({@code allOf[1].values}). Whether a condition fits the
 * questions it names is checked where it is used (a survey's routing).
 */
public class InvalidConditionException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * @param path where in the condition, such as {@code allOf[1].min}
   * @param value the offending value
   * @param rule the rule it broke
   */
  public InvalidConditionException(String path, Object value, String rule) {
    super(path, value, rule);
  }
}
