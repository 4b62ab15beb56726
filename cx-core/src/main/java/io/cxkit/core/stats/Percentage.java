package io.cxkit.core.stats;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.Distributions;
import io.cxkit.core.internal.JsonShape;
import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialReader;
import io.cxkit.core.internal.SerialWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A proportion of {@code successes} out of {@code n} trials, reported as a percentage on 0..100:
 * % satisfied, % agree, goal completion rate, the share of a reason. Immutable; two percentages
 * add by adding successes and trials.
 *
 * <p>Its default interval is Wilson's score interval, which stays inside [0, 100] and keeps close to
 * its nominal coverage for small n and for shares near 0 or 100, where the Wald interval fails
 * (Brown, Cai and DasGupta, "Interval Estimation for a Binomial Proportion", Statistical Science
 * 16 (2001) 101–133).
 */
public final class Percentage implements MergeableEstimate<Percentage> {
  private static final Percentage EMPTY = new Percentage(0, 0);

  private final long successes;
  private final long n;

  private Percentage(long successes, long n) {
    this.successes = successes;
    this.n = n;
  }

  /**
   * @param successes the number of successes, {@code 0 ≤ successes ≤ n}
   * @param n the number of trials, ≥ 0
   * @return the percentage
   * @throws InvalidValueException if a count is negative or {@code successes > n}
   */
  public static Percentage of(long successes, long n) {
    Checks.requireNonNegative("successes", successes);
    Checks.requireNonNegative("n", n);
    if (successes > n) {
      throw new InvalidValueException("successes", successes, "must be ≤ n = " + n);
    }
    return n == 0 ? EMPTY : new Percentage(successes, n);
  }

  /** @return the percentage of no trials: n = 0, no value */
  public static Percentage empty() {
    return EMPTY;
  }

  /** @return the number of successes */
  public long successes() {
    return successes;
  }

  @Override
  public long n() {
    return n;
  }

  /** @return the proportion on 0..1 (successes / n); only called when n &gt; 0 */
  private double proportion() {
    return (double) successes / n;
  }

  /** @return 100 · successes / n, or empty when n = 0 */
  @Override
  public OptionalDouble value() {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * proportion());
  }

  /** @return 100 · sqrt(p(1 − p) / n), the binomial standard error in percentage points; empty when n = 0 */
  @Override
  public OptionalDouble standardError() {
    if (n == 0) {
      return OptionalDouble.empty();
    }
    double p = proportion();
    return OptionalDouble.of(100 * Math.sqrt(p * (1 - p) / n));
  }

  /**
   * The Wilson score interval (Wilson, "Probable Inference, the Law of Succession, and Statistical
   * Inference", JASA 22 (1927) 209–212), in percentage points: with p = successes/n and z the normal
   * quantile, centre (p + z²/2n) / (1 + z²/n) and half-width
   * z / (1 + z²/n) · sqrt(p(1 − p)/n + z²/4n²).
   *
   * @param level the confidence level, in (0, 1)
   * @return the interval within [0, 100], or empty when n = 0
   */
  public Optional<Interval> wilsonInterval(double level) {
    Checks.requireLevel(level);
    if (n == 0) {
      return Optional.empty();
    }
    double[] bounds = wilson(proportion(), n, Distributions.normalQuantile(level));
    return Optional.of(new Interval(100 * bounds[0], 100 * bounds[1], level));
  }

  /** Wilson bounds on 0..1. */
  private static double[] wilson(double p, long n, double z) {
    double z2n = z * z / n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
    // At p = 0 the lower bound is exactly 0 and at p = 1 the upper bound exactly 1 (centre and
    // half-width are then equal); computed, they miss by a rounding error and the interval would not
    // contain its own point estimate.
    double lower = p == 0 ? 0 : Math.max(0, centre - half);
    double upper = p == 1 ? 1 : Math.min(1, centre + half);
    return new double[] {lower, upper};
  }

  /**
   * The Wald interval p ± z·SE, clipped to [0, 100]. Shown for comparison with other tools; it is
   * too narrow for small n and collapses to a point at 0 % and 100 %: prefer {@link #wilsonInterval}.
   *
   * @param level the confidence level, in (0, 1)
   * @return the interval, or empty when n = 0
   */
  public Optional<Interval> waldInterval(double level) {
    Checks.requireLevel(level);
    if (n == 0) {
      return Optional.empty();
    }
    double z = Distributions.normalQuantile(level);
    double p = 100 * proportion();
    double se = standardError().orElseThrow();
    return Optional.of(new Interval(p - z * se, p + z * se, level).clippedTo(0, 100));
  }

  /** @return the {@linkplain #wilsonInterval Wilson interval} */
  @Override
  public Optional<Interval> confidenceInterval(double level) {
    return wilsonInterval(level);
  }

  /**
   * @param other another percentage
   * @return the percentage over both sets of trials
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public Percentage plus(Percentage other) {
    Objects.requireNonNull(other, "other");
    return of(Checks.addCounts("successes", successes, other.successes),
        Checks.addCounts("n", n, other.n));
  }

  /**
   * Compares two independent percentages. The p-value is the two-proportion z-test with the pooled
   * proportion under the null hypothesis, z = (p₁ − p₂) / sqrt(p̄(1 − p̄)(1/n₁ + 1/n₂)) (A. Agresti,
   * Categorical Data Analysis, 3rd ed., Wiley 2013; the same test as Pearson's chi-square on
   * the 2×2 table); the interval of the difference is Newcombe's hybrid score
   * interval (method 10 in R. G. Newcombe, "Interval estimation for the difference between
   * independent proportions", Statistics in Medicine 17 (1998) 873–890), built from both Wilson
   * intervals: [d − sqrt((p₁ − l₁)² + (u₂ − p₂)²), d + sqrt((u₁ − p₁)² + (p₂ − l₂)²)]. The
   * standard error reported is the unpooled one.
   *
   * @param baseline the percentage to compare against
   * @return the comparison in percentage points, or empty if either side has n = 0
   */
  @Override
  public Optional<Comparison> comparedWith(Percentage baseline) {
    Objects.requireNonNull(baseline, "baseline");
    if (n == 0 || baseline.n == 0) {
      return Optional.empty();
    }
    double p1 = proportion();
    double p2 = baseline.proportion();
    double d = p1 - p2;
    double pooled = ((double) successes + baseline.successes) / ((double) n + baseline.n);
    double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1.0 / n + 1.0 / baseline.n));
    double pValue = pooledSe == 0 ? 1.0 : Distributions.twoSidedPValue(d / pooledSe, Double.POSITIVE_INFINITY);
    double se = Math.sqrt(p1 * (1 - p1) / n + p2 * (1 - p2) / baseline.n);
    long n1 = n;
    long n2 = baseline.n;
    return Optional.of(Comparison.withInterval(100 * d, 100 * se, pValue,
        "two-proportion z-test (pooled); Newcombe hybrid score interval",
        level -> {
          double z = Distributions.normalQuantile(level);
          double[] w1 = wilson(p1, n1, z);
          double[] w2 = wilson(p2, n2, z);
          double lower = d - Math.sqrt(sq(p1 - w1[0]) + sq(w2[1] - p2));
          double upper = d + Math.sqrt(sq(w1[1] - p1) + sq(p2 - w2[0]));
          return new Interval(100 * Math.max(-1, lower), 100 * Math.min(1, upper), level);
        }));
  }

  private static double sq(double x) {
    return x * x;
  }

  /** @return the binary serial form: header, successes and n as varints */
  public byte[] toBytes() {
    return new SerialWriter(SerialKind.PERCENTAGE).writeCount(successes).writeCount(n).toByteArray();
  }

  /**
   * @param bytes a serial form written by {@link #toBytes()}
   * @return the percentage
   * @throws io.cxkit.core.SerialFormException if the bytes are corrupt or describe an invalid value
   */
  public static Percentage fromBytes(byte[] bytes) {
    SerialReader reader = SerialReader.open(Objects.requireNonNull(bytes, "bytes"), SerialKind.PERCENTAGE);
    long s = reader.readCount("successes");
    long total = reader.readCount("n");
    reader.finish();
    try {
      return of(s, total);
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
  }

  /** @return {@code {"format":1,"kind":"percentage","successes":…,"n":…}} */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = JsonShape.start(SerialKind.PERCENTAGE);
    shape.put("successes", successes);
    shape.put("n", n);
    return JsonShape.seal(shape);
  }

  /**
   * @param shape a JSON shape produced by {@link #toJsonShape()}
   * @return the percentage
   * @throws io.cxkit.core.SerialFormException naming the member that is missing, mistyped or invalid
   */
  public static Percentage fromJsonShape(Map<String, ?> shape) {
    JsonShape reader = JsonShape.open(Objects.requireNonNull(shape, "shape"), SerialKind.PERCENTAGE);
    try {
      return of(reader.count("successes"), reader.count("n"));
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Percentage other && successes == other.successes && n == other.n;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(successes) * 31 + Long.hashCode(n);
  }

  /** @return e.g. {@code Percentage{69.16% = 74/107}} or {@code Percentage{empty}} */
  @Override
  public String toString() {
    return n == 0 ? "Percentage{empty}"
        : String.format(Locale.ROOT, "Percentage{%.2f%% = %d/%d}", 100 * proportion(), successes, n);
  }
}
