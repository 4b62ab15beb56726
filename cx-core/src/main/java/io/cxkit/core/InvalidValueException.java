package io.cxkit.core;

import java.util.Objects;

/**
 * A value broke a rule: a negative count, a threshold outside its scale, a confidence level outside
 * (0, 1). The message has the form {@code field = value: rule}, and each part is available on its
 * own so that validators can collect violations instead of parsing messages.
 */
public class InvalidValueException extends CxException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String rule;

  /**
   * Creates an exception for {@code field = value} breaking {@code rule}.
   *
   * @param field the path of the offending field, such as {@code counts[3]} or {@code level}
   * @param value the offending value, rendered with {@link String#valueOf(Object)}
   * @param rule the rule it broke, phrased so that it completes "value: ...", e.g. "must be ≥ 0"
   */
  public InvalidValueException(String field, Object value, String rule) {
    super(field + " = " + value + ": " + rule);
    this.field = Objects.requireNonNull(field, "field");
    this.value = String.valueOf(value);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** @return the path of the offending field, such as {@code counts[3]} */
  public String field() {
    return field;
  }

  /** @return the offending value as text */
  public String value() {
    return value;
  }

  /** @return the rule the value broke */
  public String rule() {
    return rule;
  }
}
