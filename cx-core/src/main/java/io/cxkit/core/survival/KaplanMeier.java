package io.cxkit.core.survival;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.Distributions;
import io.cxkit.core.stats.Interval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The Kaplan–Meier estimate of the customer survival curve S(t), the probability that a customer's
 * lifetime exceeds t (E. L. Kaplan and P. Meier, "Nonparametric Estimation from Incomplete
 * Observations", JASA 53 (1958) 457–481), computed from a {@link LifetimeTable}. Immutable.
 *
 * <p>At each event time t<sub>i</sub>, with n<sub>i</sub> customers at risk (lifetime ≥ t<sub>i</sub>)
 * and d<sub>i</sub> churn events, S(t) = Π<sub>t_i ≤ t</sub> (1 − d<sub>i</sub>/n<sub>i</sub>).
 * Ties are resolved as events before censorings at the same time: a customer censored at
 * t<sub>i</sub> is still at risk at t<sub>i</sub>. S is a right-continuous step function on 0..1,
 * equal to 1 before the first event and held at its last value after the last observed time (as
 * R's {@code survfit} and plots hold it; beyond that time the data say nothing new).
 *
 * <ul>
 *   <li>Standard error: Greenwood's formula, Var S(t) = S(t)² Σ d<sub>i</sub>/(n<sub>i</sub>(n<sub>i</sub> − d<sub>i</sub>))
 *       (M. Greenwood, "The Natural Duration of Cancer", Reports on Public Health and Medical
 *       Subjects 33, HMSO 1926); 0 once S reaches 0.
 *   <li>Interval: pointwise log-log ("complementary log-log") interval,
 *       exp(−exp(log(−log S) ± z·σ)) with σ = sqrt(Σ d<sub>i</sub>/(n<sub>i</sub>(n<sub>i</sub> − d<sub>i</sub>))) / |log S|
 *       (J. D. Kalbfleisch and R. L. Prentice, The Statistical Analysis of Failure Time Data,
 *       Wiley 1980; the default of SAS PROC LIFETEST — R's {@code survfit} defaults to the "log"
 *       interval instead, so set {@code conf.type = "log-log"} there to compare). It stays inside
 *       [0, 1]; it is [1, 1] while S = 1 and [0, 0] once S reaches 0.
 *   <li>Quantiles: the lifetime at survival p is the smallest event time with S(t) ≤ p, absent when
 *       S never gets that low (Klein and Moeschberger, Survival Analysis, 2nd ed., Springer 2003,
 *       Section 4.5). The comparison allows a relative rounding error of 1e-12, so that a product
 *       that is p in exact arithmetic counts. R's {@code survfit} differs in one case only: where S
 *       equals p exactly on a flat stretch, it reports the middle of that stretch.
 * </ul>
 *
 * <p>An empty table gives an empty curve: no survival, no intervals, no quantiles, never NaN.
 */
public final class KaplanMeier {
  private static final double TOLERANCE = 1e-12;

  private final LifetimeTable table;
  // One entry per event time.
  private final double[] times;
  private final long[] atRisk;
  private final long[] eventCounts;
  private final double[] survival;
  // Σ d/(n(n − d)) up to each event time; +∞ from the time S reaches 0.
  private final double[] greenwoodSum;

  private KaplanMeier(LifetimeTable table) {
    this.table = table;
    double[] t = table.timesView();
    long[] e = table.eventsView();
    long[] c = table.censoredView();
    int eventRows = 0;
    for (long d : e) {
      if (d > 0) {
        eventRows++;
      }
    }
    times = new double[eventRows];
    atRisk = new long[eventRows];
    eventCounts = new long[eventRows];
    survival = new double[eventRows];
    greenwoodSum = new double[eventRows];
    long n = table.size();
    double s = 1;
    double sum = 0;
    int k = 0;
    for (int i = 0; i < t.length; i++) {
      long d = e[i];
      if (d > 0) {
        // (n − d) / n, not 1 − d / n: the subtraction is exact in longs, so S keeps its precision
        // when nearly everyone at risk churns (with n near 2^60, 1 − d / n rounds to 0).
        s = d == n ? 0 : s * ((double) (n - d) / n);
        sum = d == n ? Double.POSITIVE_INFINITY : sum + (double) d / ((double) n * (n - d));
        times[k] = t[i];
        atRisk[k] = n;
        eventCounts[k] = d;
        survival[k] = s;
        greenwoodSum[k] = sum;
        k++;
      }
      n -= d + c[i];
    }
  }

  /**
   * @param table the customers' lifetimes
   * @return the Kaplan–Meier curve of the table
   */
  public static KaplanMeier of(LifetimeTable table) {
    return new KaplanMeier(Objects.requireNonNull(table, "table"));
  }

  /** @return the table the curve was computed from */
  public LifetimeTable table() {
    return table;
  }

  /** @return the number of customers */
  public long n() {
    return table.size();
  }

  /** @return whether the curve is of no customers */
  public boolean isEmpty() {
    return table.isEmpty();
  }

  /**
   * One row of the Kaplan–Meier table, at an event time.
   *
   * @param time the event time
   * @param atRisk the customers at risk: lifetime ≥ {@code time}, including those censored at it
   * @param events the churn events at {@code time}
   * @param survival S(time), on 0..1
   * @param standardError Greenwood's standard error of S(time)
   */
  public record Step(double time, long atRisk, long events, double survival, double standardError) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "Step{t=%s, atRisk=%d, events=%d, S=%.4f, se=%.4f}",
          time, atRisk, events, survival, standardError);
    }
  }

  /** @return the table of the curve, one step per event time, unmodifiable */
  public List<Step> steps() {
    List<Step> steps = new ArrayList<>(times.length);
    for (int k = 0; k < times.length; k++) {
      steps.add(new Step(times[k], atRisk[k], eventCounts[k], survival[k], greenwood(k)));
    }
    return Collections.unmodifiableList(steps);
  }

  /** @return the event times, in increasing order (a copy) */
  public double[] eventTimes() {
    return times.clone();
  }

  private double greenwood(int k) {
    return survival[k] == 0 ? 0 : survival[k] * Math.sqrt(greenwoodSum[k]);
  }

  /** @return the index of the last event time ≤ t, or −1 */
  private int stepAt(double t) {
    if (Double.isNaN(t)) {
      throw new InvalidValueException("t", t, "must be a number");
    }
    int lo = 0;
    int hi = times.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] <= t) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * @param t a time, in the unit of the durations
   * @return S(t) on 0..1: 1 before the first event, right-continuous at each event time; empty for
   *     an empty curve
   * @throws InvalidValueException if {@code t} is NaN
   */
  public OptionalDouble survivalAt(double t) {
    int k = stepAt(t);
    if (isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(k < 0 ? 1.0 : survival[k]);
  }

  /**
   * @param t a time
   * @return Greenwood's standard error of S(t): 0 before the first event and once S reaches 0;
   *     empty for an empty curve
   * @throws InvalidValueException if {@code t} is NaN
   */
  public OptionalDouble standardErrorAt(double t) {
    int k = stepAt(t);
    if (isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(k < 0 ? 0.0 : greenwood(k));
  }

  /**
   * The pointwise log-log confidence interval of S(t) (see the class description).
   *
   * @param t a time
   * @param level the confidence level, in (0, 1)
   * @return the interval within [0, 1]: [1, 1] while S = 1, [0, 0] once S = 0; empty for an empty curve
   * @throws InvalidValueException if {@code t} is NaN or the level is not in (0, 1)
   */
  public Optional<Interval> confidenceIntervalAt(double t, double level) {
    Checks.requireLevel(level);
    int k = stepAt(t);
    if (isEmpty()) {
      return Optional.empty();
    }
    double s = k < 0 ? 1.0 : survival[k];
    if (s == 1 || s == 0) {
      return Optional.of(new Interval(s, s, level));
    }
    double z = Distributions.normalQuantile(level);
    double logMinusLog = Math.log(-Math.log(s));
    double sigma = Math.sqrt(greenwoodSum[k]) / Math.abs(Math.log(s));
    double lower = Math.exp(-Math.exp(logMinusLog + z * sigma));
    double upper = Math.exp(-Math.exp(logMinusLog - z * sigma));
    // In exact arithmetic lower ≤ s ≤ upper; keep rounding from breaking it.
    return Optional.of(new Interval(Math.min(lower, s), Math.max(upper, s), level));
  }

  /**
   * The lifetime by which survival has dropped to p: the smallest event time with S(t) ≤ p.
   * {@code lifetimeAtSurvival(0.5)} is the median lifetime; {@code lifetimeAtSurvival(0.75)} the
   * time by which a quarter of the customers have churned.
   *
   * @param p a survival probability, in [0, 1]
   * @return the lifetime, or empty if S never drops to p (or the curve is empty)
   * @throws InvalidValueException if {@code p} is not in [0, 1]
   */
  public OptionalDouble lifetimeAtSurvival(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new InvalidValueException("p", p, "a survival probability must lie in [0, 1]");
    }
    for (int k = 0; k < times.length; k++) {
      if (survival[k] <= p + TOLERANCE * Math.max(p, Double.MIN_NORMAL)) {
        return OptionalDouble.of(times[k]);
      }
    }
    return OptionalDouble.empty();
  }

  /** @return the median lifetime, {@link #lifetimeAtSurvival lifetimeAtSurvival(0.5)}; empty if S never drops to 0.5 */
  public OptionalDouble medianLifetime() {
    return lifetimeAtSurvival(0.5);
  }

  /**
   * The restricted mean lifetime up to a horizon: see {@link RestrictedMeanLifetime}.
   *
   * @param horizon the horizon τ, in the unit of the durations
   * @return the area under the curve from 0 to τ with its standard error
   * @throws InvalidValueException if the horizon is not positive and finite, or lies beyond the
   *     largest observed time while S is still above 0
   */
  public RestrictedMeanLifetime restrictedMean(double horizon) {
    return RestrictedMeanLifetime.of(this, horizon);
  }

  /**
   * Compares this curve with a baseline's by the log-rank test.
   *
   * @param baseline the other group's curve
   * @return the test, or empty when it is undefined: its variance is 0 (see {@link LogRankTest#of})
   */
  public Optional<LogRankTest> comparedWith(KaplanMeier baseline) {
    Objects.requireNonNull(baseline, "baseline");
    return LogRankTest.of(table, baseline.table);
  }

  // Package-private for RestrictedMeanLifetime.
  double[] timesView() {
    return times;
  }

  long[] atRiskView() {
    return atRisk;
  }

  long[] eventsView() {
    return eventCounts;
  }

  double[] survivalView() {
    return survival;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof KaplanMeier other && table.equals(other.table);
  }

  @Override
  public int hashCode() {
    return table.hashCode();
  }

  /** @return e.g. {@code KaplanMeier{n=21, events=9, median=23.0}} */
  @Override
  public String toString() {
    OptionalDouble median = medianLifetime();
    return "KaplanMeier{n=" + n() + ", events=" + table.totalEvents() + ", median="
        + (median.isPresent() ? String.valueOf(median.getAsDouble()) : "not reached") + "}";
  }
}
