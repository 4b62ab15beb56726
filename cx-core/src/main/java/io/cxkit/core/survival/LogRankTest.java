package io.cxkit.core.survival;

import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.Distributions;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The log-rank test of two survival curves (N. Mantel, "Evaluation of survival data and two new
 * rank order statistics arising in its consideration", Cancer Chemotherapy Reports 50 (1966)
 * 163–170; Peto and Peto 1972), as in R's {@code survdiff} with {@code rho = 0}. At each distinct
 * event time t<sub>j</sub> of either group, with n<sub>1j</sub>, n<sub>2j</sub> at risk and
 * d<sub>j</sub> events in all, the first group expects E = Σ n<sub>1j</sub> d<sub>j</sub> / n<sub>j</sub>
 * events, with hypergeometric variance V = Σ n<sub>1j</sub> n<sub>2j</sub> d<sub>j</sub>
 * (n<sub>j</sub> − d<sub>j</sub>) / (n<sub>j</sub>² (n<sub>j</sub> − 1)). The statistic
 * (O − E)² / V is referred to the chi-squared distribution with 1 degree of freedom; the p-value is
 * computed as 2Φ(−|z|) with z = (O − E) / √V, the same number without the loss of precision of
 * 1 − F(χ²) for small p-values.
 */
public final class LogRankTest {
  private final long observed;
  private final double expected;
  private final long baselineObserved;
  private final double variance;

  private LogRankTest(long observed, double expected, long baselineObserved, double variance) {
    this.observed = observed;
    this.expected = expected;
    this.baselineObserved = baselineObserved;
    this.variance = variance;
  }

  /**
   * Compares two groups' lifetimes, in the same unit of time.
   *
   * @param group the first group
   * @param baseline the second group
   * @return the test, or empty when it is undefined: the variance is 0 (no events, or at every
   *     event time one group has no customers at risk or everyone at risk churns then)
   */
  public static Optional<LogRankTest> of(LifetimeTable group, LifetimeTable baseline) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(baseline, "baseline");
    double[] t1 = group.timesView();
    long[] e1 = group.eventsView();
    long[] c1 = group.censoredView();
    double[] t2 = baseline.timesView();
    long[] e2 = baseline.eventsView();
    long[] c2 = baseline.censoredView();
    long n1 = group.size();
    long n2 = baseline.size();
    double expected = 0;
    double variance = 0;
    int i = 0;
    int j = 0;
    while (i < t1.length || j < t2.length) {
      double t = j == t2.length || (i < t1.length && t1[i] <= t2[j]) ? t1[i] : t2[j];
      long d1 = 0;
      long r1 = 0;
      long d2 = 0;
      long r2 = 0;
      if (i < t1.length && t1[i] == t) {
        d1 = e1[i];
        r1 = e1[i] + c1[i];
        i++;
      }
      if (j < t2.length && t2[j] == t) {
        d2 = e2[j];
        r2 = e2[j] + c2[j];
        j++;
      }
      double d = (double) d1 + d2;
      if (d > 0) {
        double n = (double) n1 + n2;
        expected += n1 * d / n;
        if (n > 1) {
          variance += n1 * (double) n2 * d * (n - d) / (n * n * (n - 1));
        }
      }
      n1 -= r1;
      n2 -= r2;
    }
    if (!(variance > 0)) {
      return Optional.empty();
    }
    return Optional.of(new LogRankTest(group.totalEvents(), expected, baseline.totalEvents(), variance));
  }

  /** @return the churn events observed in the first group, O */
  public long observed() {
    return observed;
  }

  /** @return the events the first group would have if both groups shared one curve, E */
  public double expected() {
    return expected;
  }

  /** @return the events observed in the baseline group */
  public long baselineObserved() {
    return baselineObserved;
  }

  /** @return the events the baseline would have under one shared curve: all events − E */
  public double baselineExpected() {
    return observed + baselineObserved - expected;
  }

  /** @return the hypergeometric variance of O − E */
  public double variance() {
    return variance;
  }

  /** @return (O − E) / √V: positive when the first group churns more than one shared curve predicts */
  public double z() {
    return (observed - expected) / Math.sqrt(variance);
  }

  /** @return the chi-squared statistic (O − E)² / V, with 1 degree of freedom */
  public double chiSquare() {
    double z = z();
    return z * z;
  }

  /** @return the degrees of freedom of {@link #chiSquare()}: 1 */
  public int degreesOfFreedom() {
    return 1;
  }

  /** @return the p-value of the test of one shared survival curve, in [0, 1] */
  public double pValue() {
    return Distributions.twoSidedPValue(z(), Double.POSITIVE_INFINITY);
  }

  /**
   * @param alpha the significance level, strictly between 0 and 1 (e.g. 0.05)
   * @return whether {@code pValue() < alpha}
   */
  public boolean isSignificant(double alpha) {
    return pValue() < Checks.requireSignificanceLevel(alpha);
  }

  /** @return e.g. {@code LogRankTest{O=9, E=19.25, chi2=16.79, p=4.169e-05}} */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "LogRankTest{O=%d, E=%.4g, chi2=%.4g, p=%.4g}",
        observed, expected, chiSquare(), pValue());
  }
}
