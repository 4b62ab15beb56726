package io.cxkit.core.stats;

import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.Distributions;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * The comparison of an estimate with a baseline from an independent sample: the difference
 * {@code estimate − baseline} on the estimate's scale (NPS points, percentage points, answer-scale
 * units), its standard error, a confidence interval for the difference at any level, and the
 * two-sided p-value of the test of no difference.
 */
public final class Comparison {
  private final double difference;
  private final double standardError;
  private final double pValue;
  private final String method;
  private final DoubleFunction<Interval> interval;

  private Comparison(double difference, double standardError, double pValue, String method,
      DoubleFunction<Interval> interval) {
    this.difference = difference;
    this.standardError = standardError;
    this.pValue = pValue;
    this.method = method;
    this.interval = interval;
  }

  /**
   * A comparison whose interval is given by a method of its own (such as Newcombe's for two
   * proportions) rather than {@code difference ± q·SE}.
   *
   * @param difference the difference
   * @param standardError its standard error, ≥ 0
   * @param pValue the two-sided p-value, in [0, 1]
   * @param method the test and interval method, for reports
   * @param interval the interval at a level
   * @return the comparison
   */
  static Comparison withInterval(double difference, double standardError, double pValue,
      String method, DoubleFunction<Interval> interval) {
    return new Comparison(difference, standardError, pValue, method, interval);
  }

  /**
   * A z-test: the statistic {@code difference / standardError} is referred to the standard normal
   * distribution and the interval is {@code difference ± z·SE}, clipped to {@code [min, max]}.
   * With a zero standard error the p-value is 1 for a zero difference and 0 otherwise.
   *
   * @param difference the difference of two estimates
   * @param standardError its standard error, ≥ 0
   * @param min the smallest possible difference, for clipping the interval
   * @param max the largest possible difference
   * @param method the name of the test, for reports
   * @return the comparison
   */
  public static Comparison normal(double difference, double standardError, double min, double max,
      String method) {
    return studentT(difference, standardError, Double.POSITIVE_INFINITY, min, max, method);
  }

  /**
   * A t-test with {@code degreesOfFreedom} (infinite for a z-test): p-value from the t
   * distribution, interval {@code difference ± t·SE} clipped to {@code [min, max]}.
   *
   * @param difference the difference of two estimates
   * @param standardError its standard error, ≥ 0
   * @param degreesOfFreedom the degrees of freedom, &gt; 0 (may be fractional, as Welch's)
   * @param min the smallest possible difference, for clipping the interval
   * @param max the largest possible difference
   * @param method the name of the test, for reports
   * @return the comparison
   */
  public static Comparison studentT(double difference, double standardError, double degreesOfFreedom,
      double min, double max, String method) {
    Checks.requireFinite("difference", difference);
    Checks.requireFinite("standardError", standardError);
    Objects.requireNonNull(method, "method");
    if (standardError < 0) {
      throw new io.cxkit.core.InvalidValueException("standardError", standardError, "must be ≥ 0");
    }
    if (!(min <= max)) {
      throw new io.cxkit.core.InvalidValueException("range", "[" + min + ", " + max + "]", "min must be ≤ max");
    }
    if (!(degreesOfFreedom > 0)) {
      throw new io.cxkit.core.InvalidValueException("degreesOfFreedom", degreesOfFreedom, "must be > 0");
    }
    double p = standardError == 0
        ? (difference == 0 ? 1.0 : 0.0)
        : Distributions.twoSidedPValue(difference / standardError, degreesOfFreedom);
    return new Comparison(difference, standardError, p, method, level -> {
      double q = Distributions.tQuantile(Checks.requireLevel(level), degreesOfFreedom);
      return new Interval(difference - q * standardError, difference + q * standardError, level)
          .clippedTo(min, max);
    });
  }

  /** @return the difference {@code estimate − baseline} */
  public double difference() {
    return difference;
  }

  /** @return the standard error of the difference */
  public double standardError() {
    return standardError;
  }

  /** @return the two-sided p-value of the test of no difference, in [0, 1] */
  public double pValue() {
    return pValue;
  }

  /** @return the test and interval method, e.g. "Welch's t-test" */
  public String method() {
    return method;
  }

  /**
   * @param level the confidence level, strictly between 0 and 1
   * @return the confidence interval of the difference
   * @throws io.cxkit.core.InvalidValueException if {@code level} is not in (0, 1)
   */
  public Interval confidenceInterval(double level) {
    return interval.apply(Checks.requireLevel(level));
  }

  /**
   * @param alpha the significance level, strictly between 0 and 1 (e.g. 0.05)
   * @return whether {@code pValue() < alpha}
   */
  public boolean isSignificant(double alpha) {
    return pValue < Checks.requireSignificanceLevel(alpha);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Comparison{difference=%.4g, se=%.4g, p=%.4g, method=%s}",
        difference, standardError, pValue, method);
  }
}
