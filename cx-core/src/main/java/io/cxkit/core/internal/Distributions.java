package io.cxkit.core.internal;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/** Quantiles and tail probabilities of the normal and Student t distributions, from Hipparchus. */
public final class Distributions {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private Distributions() {}

  /**
   * @param level a two-sided confidence level in (0, 1)
   * @return the standard normal quantile z with P(|Z| ≤ z) = level, e.g. 1.959964 for 0.95
   */
  public static double normalQuantile(double level) {
    return STANDARD_NORMAL.inverseCumulativeProbability(0.5 + level / 2);
  }

  /**
   * @param level a two-sided confidence level in (0, 1)
   * @param degreesOfFreedom positive degrees of freedom; infinity means the normal distribution
   * @return the t quantile q with P(|T| ≤ q) = level
   */
  public static double tQuantile(double level, double degreesOfFreedom) {
    if (Double.isInfinite(degreesOfFreedom)) {
      return normalQuantile(level);
    }
    return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(0.5 + level / 2);
  }

  /**
   * @param statistic a z or t statistic
   * @param degreesOfFreedom positive degrees of freedom; infinity means the normal distribution
   * @return the two-sided p-value P(|T| ≥ |statistic|)
   */
  public static double twoSidedPValue(double statistic, double degreesOfFreedom) {
    if (Double.isNaN(statistic)) {
      throw new IllegalArgumentException("statistic is NaN");
    }
    double tail = Double.isInfinite(degreesOfFreedom)
        ? STANDARD_NORMAL.cumulativeProbability(-Math.abs(statistic))
        : new TDistribution(degreesOfFreedom).cumulativeProbability(-Math.abs(statistic));
    return Math.min(1.0, 2 * tail);
  }
}
