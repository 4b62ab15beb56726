package io.cxkit.core.internal;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;

/** Argument checks shared by the calculators, so that every message has the same shape. */
public final class Checks {
  private Checks() {}

  /**
   * @param field the field name for the message
   * @param value the value
   * @return {@code value}
   * @throws InvalidValueException if {@code value < 0}
   */
  public static long requireNonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidValueException(field, value, "must be ≥ 0");
    }
    return value;
  }

  /**
   * Checks a confidence level.
   *
   * @param level the level, such as 0.95
   * @return {@code level}
   * @throws InvalidValueException unless {@code 0 < level < 1} and its normal quantile is finite
   */
  public static double requireLevel(double level) {
    requireOpenUnit("level", level, "a confidence level");
    // Levels within about 1e-16 of 1 have an infinite normal quantile: no finite interval exists.
    if (Double.isInfinite(Distributions.normalQuantile(level))) {
      throw new InvalidValueException("level", level,
          "is too close to 1: its normal quantile is infinite, so no interval is finite");
    }
    return level;
  }

  /**
   * Checks a significance level.
   *
   * @param alpha the level, such as 0.05
   * @return {@code alpha}
   * @throws InvalidValueException unless {@code 0 < alpha < 1}
   */
  public static double requireSignificanceLevel(double alpha) {
    return requireOpenUnit("alpha", alpha, "a significance level");
  }

  private static double requireOpenUnit(String field, double value, String what) {
    if (!(value > 0 && value < 1)) {
      throw new InvalidValueException(field, value, what + " must lie strictly between 0 and 1");
    }
    return value;
  }

  /**
   * @param text a string
   * @return whether it holds a surrogate char that is not half of a pair: such a string has no
   *     UTF-8 form, so a serial form would write {@code ?} in its place and read back another string
   */
  public static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks that a label is text that survives the serial forms.
   *
   * @param field the field name for the message
   * @param text the label
   * @return {@code text}
   * @throws InvalidValueException if it holds an unpaired surrogate char
   */
  public static String requireWellFormed(String field, String text) {
    if (hasUnpairedSurrogate(text)) {
      throw new InvalidValueException(field, "\"" + text + "\"",
          "must be valid Unicode text: it holds an unpaired surrogate char");
    }
    return text;
  }

  /**
   * Checks a finite number.
   *
   * @param field the field name for the message
   * @param value the value
   * @return {@code value}
   * @throws InvalidValueException if {@code value} is NaN or infinite
   */
  public static double requireFinite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(field, value, "must be a finite number");
    }
    return value;
  }

  /**
   * Adds two non-negative counts exactly.
   *
   * @param field the count's name for the message
   * @param current the current count
   * @param added the amount to add
   * @return the sum
   * @throws CountOverflowException if the sum exceeds {@link Long#MAX_VALUE}
   */
  public static long addCounts(String field, long current, long added) {
    long sum = current + added;
    // Both operands are non-negative, so overflow shows as a negative sum.
    if (sum < 0) {
      throw new CountOverflowException(field, current, added);
    }
    return sum;
  }

  /**
   * Checks that a property of two values being merged is equal.
   *
   * @param what the kind of value, e.g. "Csat"
   * @param property the property, e.g. "threshold"
   * @param left the left operand's property
   * @param right the right operand's property
   * @throws IncompatibleMergeException if they differ
   */
  public static void requireSameForMerge(String what, String property, Object left, Object right) {
    if (!left.equals(right)) {
      throw new IncompatibleMergeException(what, property, left, right);
    }
  }
}
