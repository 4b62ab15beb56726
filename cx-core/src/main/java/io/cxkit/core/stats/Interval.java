package io.cxkit.core.stats;

import io.cxkit.core.InvalidValueException;

/**
 * A two-sided confidence interval {@code [lower, upper]} at a confidence level, on the same scale as
 * the estimate it belongs to (NPS points, percentage points, answer-scale units).
 *
 * @param lower the lower bound
 * @param upper the upper bound, ≥ {@code lower}
 * @param level the confidence level in (0, 1), e.g. 0.95
 */
public record Interval(double lower, double upper, double level) {

  /**
   * Checks the bounds.
   *
   * @throws InvalidValueException if a bound is not finite, {@code upper < lower}, or the level is
   *     not in (0, 1)
   */
  public Interval {
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || upper < lower) {
      throw new InvalidValueException("interval", "[" + lower + ", " + upper + "]",
          "bounds must be finite with lower ≤ upper");
    }
    if (!(level > 0 && level < 1)) {
      throw new InvalidValueException("level", level, "a confidence level must lie strictly between 0 and 1");
    }
  }

  /** @return {@code upper − lower} */
  public double width() {
    return upper - lower;
  }

  /**
   * @param value a value
   * @return whether {@code lower ≤ value ≤ upper}
   */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /**
   * Clips the interval to a range, for estimates that cannot leave it (an NPS to [−100, 100]).
   *
   * @param min the smallest possible value
   * @param max the largest possible value
   * @return the clipped interval
   * @throws InvalidValueException if {@code min > max} or either is NaN
   */
  public Interval clippedTo(double min, double max) {
    if (!(min <= max)) {
      throw new InvalidValueException("range", "[" + min + ", " + max + "]", "min must be ≤ max");
    }
    double lo = Math.min(max, Math.max(min, lower));
    double hi = Math.min(max, Math.max(min, upper));
    return lo == lower && hi == upper ? this : new Interval(lo, hi, level);
  }

  /** @return e.g. {@code [12.31, 40.07] (95%)} */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "[%.4g, %.4g] (%s%%)", lower, upper,
        new java.math.BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString());
  }
}
