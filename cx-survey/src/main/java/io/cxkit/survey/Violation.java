package io.cxkit.survey;

import java.util.Objects;

/**
 * One broken rule found while checking data, reported instead of thrown so that a check can report
 * every problem at once. It reads like an {@link io.cxkit.core.InvalidValueException}: {@code path =
 * value: rule}.
 *
 * @param path where the problem is, such as {@code answers.q3.choices[1]}; empty for the checked
 *     value itself
 * @param value the offending value as text
 * @param rule the rule it broke, phrased to complete "value: …", e.g. {@code must lie on scale 0..10}
 */
public record Violation(String path, String value, String rule) implements java.io.Serializable {

  /** Checks that every part is present. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * @param path where the problem is
   * @param value the offending value, rendered with {@link String#valueOf(Object)}
   * @param rule the rule it broke
   * @return the violation
   */
  public static Violation of(String path, Object value, String rule) {
    return new Violation(path, String.valueOf(value), rule);
  }

  /**
   * @param prefix the path of the value this violation was found in, such as {@code answers.q3}
   * @return this violation with its path under {@code prefix} ({@code answers.q3.choices[1]}, or
   *     {@code answers.q3} for an empty path)
   */
  public Violation under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Violation(joined, value, rule);
  }

  /** @return {@code path = value: rule}, or {@code value: rule} for an empty path */
  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + " = ") + value + ": " + rule;
  }
}
