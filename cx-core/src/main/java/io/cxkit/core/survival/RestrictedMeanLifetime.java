package io.cxkit.core.survival;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.Distributions;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Estimate;
import io.cxkit.core.stats.Interval;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The restricted mean lifetime up to a horizon τ: the area under the Kaplan–Meier curve from 0 to
 * τ, μ(τ) = ∫<sub>0</sub><sup>τ</sup> S(t) dt, the expected number of time units (days, months) a
 * customer stays within the first τ. Multiplied by the revenue per customer and time unit it is the
 * expected revenue per customer over the horizon. Unlike the plain mean lifetime it is defined when
 * customers are still active at the end of the data (P. Royston and M. K. B. Parmar, "Restricted
 * mean survival time: an alternative to the hazard ratio for the design and analysis of randomized
 * trials with a time-to-event outcome", BMC Medical Research Methodology 13 (2013) 152).
 *
 * <p>Its variance is Klein and Moeschberger's (Survival Analysis, 2nd ed., Springer 2003,
 * Section 4.5, eq. 4.5.2): Σ<sub>t_i ≤ τ</sub> A<sub>i</sub>² d<sub>i</sub> /
 * (n<sub>i</sub>(n<sub>i</sub> − d<sub>i</sub>)) over the event times, with
 * A<sub>i</sub> = ∫<sub>t_i</sub><sup>τ</sup> S(t) dt, the same as R's
 * {@code print(survfit, rmean = τ)}. The interval is the normal one, μ ± z·SE, clipped to [0, τ].
 * The value is in the unit of the durations; n is the number of customers. An empty curve gives an
 * empty estimate.
 */
public final class RestrictedMeanLifetime implements Estimate {
  private final double horizon;
  private final long n;
  private final double mean;
  private final double standardError;

  private RestrictedMeanLifetime(double horizon, long n, double mean, double standardError) {
    this.horizon = horizon;
    this.n = n;
    this.mean = mean;
    this.standardError = standardError;
  }

  /**
   * @param curve the Kaplan–Meier curve
   * @param horizon the horizon τ, finite and &gt; 0, at most the largest observed time unless the
   *     curve has reached 0 (beyond the data the curve is unknown)
   * @return the restricted mean lifetime
   * @throws InvalidValueException if the horizon breaks those rules
   */
  public static RestrictedMeanLifetime of(KaplanMeier curve, double horizon) {
    Objects.requireNonNull(curve, "curve");
    if (!(horizon > 0) || horizon == Double.POSITIVE_INFINITY) {
      throw new InvalidValueException("horizon", horizon, "must be a finite number > 0");
    }
    if (curve.isEmpty()) {
      return new RestrictedMeanLifetime(horizon, 0, 0, 0);
    }
    double[] times = curve.timesView();
    double[] survival = curve.survivalView();
    long[] atRisk = curve.atRiskView();
    long[] events = curve.eventsView();
    double last = curve.table().largestTime().orElseThrow();
    boolean reachedZero = survival.length > 0 && survival[survival.length - 1] == 0;
    if (horizon > last && !reachedZero) {
      throw new InvalidValueException("horizon", horizon, "must be ≤ the largest observed lifetime, "
          + last + ": beyond it the survival curve is unknown");
    }
    // areaFrom[k] = ∫ from times[k] to τ of S, for the event times up to τ.
    int m = 0;
    while (m < times.length && times[m] <= horizon) {
      m++;
    }
    double[] areaFrom = new double[m];
    double area = 0;
    for (int k = m - 1; k >= 0; k--) {
      double end = k + 1 < m ? times[k + 1] : horizon;
      area += survival[k] * (end - times[k]);
      areaFrom[k] = area;
    }
    double mean = area + (m > 0 ? times[0] : horizon);
    // The sum runs over (A / τ)², each at most 1, and is scaled back by τ: A² itself overflows to
    // infinity once durations pass about 1e154.
    double scaledVariance = 0;
    for (int k = 0; k < m; k++) {
      long d = events[k];
      long r = atRisk[k];
      if (r > d && areaFrom[k] > 0) {
        double a = areaFrom[k] / horizon;
        scaledVariance += a * a * d / ((double) r * (r - d));
      }
    }
    return new RestrictedMeanLifetime(horizon, curve.n(), Math.min(mean, horizon),
        horizon * Math.sqrt(scaledVariance));
  }

  /** @return the horizon τ */
  public double horizon() {
    return horizon;
  }

  /** @return the number of customers */
  @Override
  public long n() {
    return n;
  }

  /** @return the restricted mean lifetime, in [0, τ], or empty for an empty curve */
  @Override
  public OptionalDouble value() {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(mean);
  }

  /** @return Klein and Moeschberger's standard error, or empty for an empty curve */
  @Override
  public OptionalDouble standardError() {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(standardError);
  }

  /**
   * @param level the confidence level, in (0, 1)
   * @return μ ± z·SE clipped to [0, τ], or empty for an empty curve
   */
  @Override
  public Optional<Interval> confidenceInterval(double level) {
    Checks.requireLevel(level);
    if (n == 0) {
      return Optional.empty();
    }
    double z = Distributions.normalQuantile(level);
    // Clipped before the Interval is built, so that a standard error near Double.MAX_VALUE cannot
    // make a bound infinite.
    return Optional.of(new Interval(Math.max(0, mean - z * standardError), Math.min(horizon, mean + z * standardError), level));
  }

  /**
   * Compares two restricted mean lifetimes of independent groups at the same horizon: the
   * difference, SE = sqrt(SE₁² + SE₂²), a z-test and the normal interval (Royston and Parmar 2013).
   *
   * @param baseline the other group's restricted mean lifetime
   * @return the comparison in time units, or empty if either is empty
   * @throws IncompatibleMergeException if the horizons differ
   */
  public Optional<Comparison> comparedWith(RestrictedMeanLifetime baseline) {
    Objects.requireNonNull(baseline, "baseline");
    if (Double.compare(horizon, baseline.horizon) != 0) {
      throw new IncompatibleMergeException("RestrictedMeanLifetime", "horizon", horizon, baseline.horizon);
    }
    if (n == 0 || baseline.n == 0) {
      return Optional.empty();
    }
    return Optional.of(Comparison.normal(mean - baseline.mean,
        Math.hypot(standardError, baseline.standardError),
        -horizon, horizon, "difference of restricted mean lifetimes, z-test"));
  }

  /** @return e.g. {@code RestrictedMeanLifetime{horizon=10.0, n=21, mean=9.277, se=0.3268}} */
  @Override
  public String toString() {
    return n == 0 ? "RestrictedMeanLifetime{horizon=" + horizon + ", empty}"
        : String.format(Locale.ROOT, "RestrictedMeanLifetime{horizon=%s, n=%d, mean=%.4g, se=%.4g}",
            horizon, n, mean, standardError);
  }
}
