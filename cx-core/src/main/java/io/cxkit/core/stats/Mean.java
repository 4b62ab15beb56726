package io.cxkit.core.stats;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.ScoreDistribution;
import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.Distributions;
import io.cxkit.core.internal.JsonShape;
import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialReader;
import io.cxkit.core.internal.SerialWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The mean of n observations with its sample variance: the CES or CSAT mean, an average rating.
 * Held as (n, mean, M2 = Σ(x − mean)²), which merges exactly in one step by Chan, Golub and
 * LeVeque's pairwise formula ("Algorithms for Computing the Sample Variance", The American
 * Statistician 37 (1983) 242–247): for parts a and b with δ = mean_b − mean_a,
 * mean = mean_a + δ·n_b/n and M2 = M2_a + M2_b + δ²·n_a·n_b/n.
 *
 * <p>A mean may carry bounds (the answer scale it was measured on); its intervals are then clipped
 * to them, since a mean of 1..5 answers cannot lie outside 1..5.
 */
public final class Mean implements MergeableEstimate<Mean> {
  private final long n;
  private final double mean;
  private final double m2;
  private final double lowerBound;
  private final double upperBound;

  private Mean(long n, double mean, double m2, double lowerBound, double upperBound) {
    // Every input is finite, but the mean or M2 of values near ±Double.MAX_VALUE (or of a huge n)
    // can still overflow; refuse here once rather than hand out infinities and NaN later.
    if (!Double.isFinite(mean) || !Double.isFinite(m2)) {
      throw new InvalidValueException("observations", "n = " + n + ", mean = " + mean
          + ", sum of squared deviations = " + m2, "their mean and spread must stay within the range of a double");
    }
    this.n = n;
    this.mean = mean;
    this.m2 = m2;
    this.lowerBound = lowerBound;
    this.upperBound = upperBound;
  }

  /** @return the mean of no observations, unbounded */
  public static Mean empty() {
    return new Mean(0, 0, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * The mean of a score distribution, bounded by its scale.
   *
   * @param distribution the scores
   * @return the mean with the distribution's n and sample variance
   */
  public static Mean of(ScoreDistribution distribution) {
    Objects.requireNonNull(distribution, "distribution");
    return new Mean(distribution.total(), distribution.mean().orElse(0),
        distribution.sumOfSquaredDeviations(), distribution.scale().min(), distribution.scale().max());
  }

  /**
   * A mean from summary statistics, unbounded.
   *
   * @param n the number of observations, ≥ 0
   * @param mean their mean (ignored when n = 0)
   * @param sampleVariance their sample variance, ≥ 0 (ignored when n &lt; 2)
   * @return the mean
   * @throws InvalidValueException if n is negative or a statistic is not finite or negative
   */
  public static Mean of(long n, double mean, double sampleVariance) {
    Checks.requireNonNegative("n", n);
    if (n == 0) {
      return empty();
    }
    Checks.requireFinite("mean", mean);
    Checks.requireFinite("sampleVariance", sampleVariance);
    if (sampleVariance < 0) {
      throw new InvalidValueException("sampleVariance", sampleVariance, "must be ≥ 0");
    }
    double m2 = n < 2 ? 0 : sampleVariance * (n - 1);
    return new Mean(n, mean, m2, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * The mean of observed values, by Welford's one-pass update, unbounded.
   *
   * @param values the values, each finite
   * @return the mean
   * @throws InvalidValueException naming the index of a value that is not finite
   */
  public static Mean ofValues(double... values) {
    Objects.requireNonNull(values, "values");
    double mean = 0;
    double m2 = 0;
    for (int i = 0; i < values.length; i++) {
      double x = Checks.requireFinite("values[" + i + "]", values[i]);
      double delta = x - mean;
      mean += delta / (i + 1);
      m2 += delta * (x - mean);
    }
    return values.length == 0 ? empty()
        : new Mean(values.length, mean, m2, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * Bounds this mean, so that its intervals are clipped to {@code [min, max]}.
   *
   * @param min the smallest possible observation, finite
   * @param max the largest possible observation, finite
   * @return the bounded mean
   * @throws InvalidValueException if a bound is not finite, {@code min ≥ max}, or the mean lies
   *     outside the bounds
   */
  public Mean withBounds(double min, double max) {
    // An infinite bound is no bound, and the serial forms hold either both bounds or none.
    Checks.requireFinite("bounds.min", min);
    Checks.requireFinite("bounds.max", max);
    if (!(min < max)) {
      throw new InvalidValueException("bounds", "[" + min + ", " + max + "]", "min must be less than max");
    }
    if (n > 0 && (mean < min || mean > max)) {
      throw new InvalidValueException("mean", mean, "must lie within the bounds [" + min + ", " + max + "]");
    }
    return new Mean(n, mean, m2, min, max);
  }

  @Override
  public long n() {
    return n;
  }

  /** @return the arithmetic mean, or empty when n = 0 */
  @Override
  public OptionalDouble value() {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(mean);
  }

  /** @return the sample variance M2 / (n − 1), or empty when n &lt; 2 */
  public OptionalDouble sampleVariance() {
    return n < 2 ? OptionalDouble.empty() : OptionalDouble.of(m2 / (n - 1));
  }

  /** @return the sample standard deviation, or empty when n &lt; 2 */
  public OptionalDouble standardDeviation() {
    return n < 2 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(m2 / (n - 1)));
  }

  /** @return s / sqrt(n), or empty when n &lt; 2 */
  @Override
  public OptionalDouble standardError() {
    return n < 2 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(m2 / (n - 1) / n));
  }

  /**
   * The t-interval mean ± t(1 − α/2, n − 1) · s/sqrt(n) ("Student", "The Probable Error of a
   * Mean", Biometrika 6 (1908) 1–25), clipped to the bounds if there are any.
   * Undefined, and so empty, for fewer than 2 observations: one response says nothing about spread.
   *
   * @param level the confidence level, in (0, 1)
   * @return the interval, or empty when n &lt; 2
   */
  @Override
  public Optional<Interval> confidenceInterval(double level) {
    Checks.requireLevel(level);
    if (n < 2) {
      return Optional.empty();
    }
    double half = Distributions.tQuantile(level, n - 1) * standardError().orElseThrow();
    return Optional.of(new Interval(mean - half, mean + half, level).clippedTo(lowerBound, upperBound));
  }

  /**
   * @param other a mean with the same bounds
   * @return the mean of both sets of observations (Chan et al.'s pairwise update)
   * @throws io.cxkit.core.IncompatibleMergeException if the bounds differ
   */
  @Override
  public Mean plus(Mean other) {
    Objects.requireNonNull(other, "other");
    // Mean.empty() has no bounds and is the identity for any mean, bounded or not.
    if (other.isUnboundedEmpty()) {
      return this;
    }
    if (isUnboundedEmpty()) {
      return other;
    }
    Checks.requireSameForMerge("Mean", "bounds", boundsText(), other.boundsText());
    if (other.n == 0) {
      return this;
    }
    if (n == 0) {
      return other;
    }
    long total = Checks.addCounts("n", n, other.n);
    double delta = other.mean - mean;
    double combined = mean + delta * ((double) other.n / total);
    double combinedM2 = m2 + other.m2 + delta * delta * ((double) n * other.n / total);
    return new Mean(total, Math.max(lowerBound, Math.min(upperBound, combined)), combinedM2,
        lowerBound, upperBound);
  }

  /**
   * Welch's two-sample t-test of equal means (B. L. Welch, "The generalization of 'Student's'
   * problem when several different population variances are involved", Biometrika 34 (1947)
   * 28–35): SE = sqrt(s₁²/n₁ + s₂²/n₂), t = (m₁ − m₂)/SE, with the Welch–Satterthwaite degrees of
   * freedom SE⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)).
   *
   * @param baseline the mean to compare against
   * @return the comparison, or empty if either side has fewer than 2 observations or both have zero
   *     variance (the degrees of freedom are then undefined)
   */
  @Override
  public Optional<Comparison> comparedWith(Mean baseline) {
    Objects.requireNonNull(baseline, "baseline");
    if (!isUnboundedEmpty() && !baseline.isUnboundedEmpty()) {
      Checks.requireSameForMerge("Mean", "bounds", boundsText(), baseline.boundsText());
    }
    if (n < 2 || baseline.n < 2) {
      return Optional.empty();
    }
    double v1 = m2 / (n - 1) / n;
    double v2 = baseline.m2 / (baseline.n - 1) / baseline.n;
    double se2 = v1 + v2;
    if (!(se2 > 0)) {
      return Optional.empty();
    }
    // Welch–Satterthwaite df, written with the shares v/SE² so that it neither underflows nor
    // overflows for very small or very large variances.
    double share1 = v1 / se2;
    double share2 = v2 / se2;
    double df = 1 / (share1 * share1 / (n - 1) + share2 * share2 / (baseline.n - 1));
    double span = Math.max(upperBound, baseline.upperBound) - Math.min(lowerBound, baseline.lowerBound);
    return Optional.of(Comparison.studentT(mean - baseline.mean, Math.sqrt(se2), df, -span, span,
        "Welch's t-test"));
  }

  private String boundsText() {
    return "[" + lowerBound + ", " + upperBound + "]";
  }

  private boolean isUnboundedEmpty() {
    return n == 0 && !bounded();
  }

  private boolean bounded() {
    return Double.isFinite(lowerBound);
  }

  /** @return the binary serial form: header, n, mean, M2 and the bounds if any */
  public byte[] toBytes() {
    SerialWriter writer = new SerialWriter(SerialKind.MEAN)
        .writeCount(n).writeDouble(mean).writeDouble(m2).writeByte(bounded() ? 1 : 0);
    if (bounded()) {
      writer.writeDouble(lowerBound).writeDouble(upperBound);
    }
    return writer.toByteArray();
  }

  /**
   * @param bytes a serial form written by {@link #toBytes()}
   * @return the mean
   * @throws io.cxkit.core.SerialFormException if the bytes are corrupt or describe an invalid value
   */
  public static Mean fromBytes(byte[] bytes) {
    SerialReader reader = SerialReader.open(Objects.requireNonNull(bytes, "bytes"), SerialKind.MEAN);
    long count = reader.readCount("n");
    double mu = reader.readDouble("mean");
    double sumSq = reader.readDouble("m2");
    int flag = reader.readByte("bounded");
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    if (flag == 1) {
      lo = reader.readDouble("bounds.min");
      hi = reader.readDouble("bounds.max");
    } else if (flag != 0) {
      throw reader.invalid(new InvalidValueException("bounded", flag, "must be 0 or 1"));
    }
    reader.finish();
    try {
      return rebuild(count, mu, "m2", sumSq, flag == 1, lo, hi);
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
  }

  /** {@code m2Field} is M2's name in the form being read, so that errors name the member at fault. */
  private static Mean rebuild(long count, double mu, String m2Field, double sumSq, boolean bounded,
      double lo, double hi) {
    Checks.requireFinite(m2Field, sumSq);
    if (sumSq < 0) {
      throw new InvalidValueException(m2Field, sumSq, "must be ≥ 0");
    }
    // One observation has no spread; a non-zero M2 would leak into every later plus().
    if (count == 1 && sumSq != 0) {
      throw new InvalidValueException(m2Field, sumSq, "must be 0 when n = 1");
    }
    Mean mean = count == 0 ? empty() : new Mean(count, Checks.requireFinite("mean", mu), sumSq,
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    if (!bounded) {
      return mean;
    }
    Mean withBounds = mean.withBounds(Checks.requireFinite("bounds.min", lo), Checks.requireFinite("bounds.max", hi));
    // Popoviciu's inequality: values within [min, max] have a population variance of at most
    // (max − min)²/4, so M2 ≤ n·(max − min)²/4.
    double limit = count * (hi - lo) * (hi - lo) / 4;
    if (sumSq > limit * (1 + 1e-12)) {
      throw new InvalidValueException(m2Field, sumSq, "must be ≤ n·(max − min)²/4 = " + limit
          + " for " + count + " values within [" + lo + ", " + hi + "]");
    }
    return withBounds;
  }

  /**
   * @return {@code {"format":1,"kind":"mean","n":…,"mean":…,"sumOfSquaredDeviations":…}} and a
   *     {@code "bounds":{"min":…,"max":…}} member when the mean is bounded
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = JsonShape.start(SerialKind.MEAN);
    shape.put("n", n);
    shape.put("mean", mean);
    shape.put("sumOfSquaredDeviations", m2);
    if (bounded()) {
      Map<String, Object> bounds = new LinkedHashMap<>();
      bounds.put("min", lowerBound);
      bounds.put("max", upperBound);
      shape.put("bounds", Collections.unmodifiableMap(bounds));
    }
    return JsonShape.seal(shape);
  }

  /**
   * @param shape a JSON shape produced by {@link #toJsonShape()}
   * @return the mean
   * @throws io.cxkit.core.SerialFormException naming the member that is missing, mistyped or invalid
   */
  public static Mean fromJsonShape(Map<String, ?> shape) {
    JsonShape reader = JsonShape.open(Objects.requireNonNull(shape, "shape"), SerialKind.MEAN);
    long count = reader.count("n");
    double mu = reader.number("mean");
    double sumSq = reader.number("sumOfSquaredDeviations");
    boolean bounded = reader.has("bounds");
    double lo = bounded ? reader.object("bounds").number("min") : Double.NEGATIVE_INFINITY;
    double hi = bounded ? reader.object("bounds").number("max") : Double.POSITIVE_INFINITY;
    try {
      return rebuild(count, mu, "sumOfSquaredDeviations", sumSq, bounded, lo, hi);
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
  }

  /**
   * Value equality, bit for bit on the mean and M2. Merging is exact algebraically but not in
   * floating point, so a mean merged from parts may differ from the one computed at once in the last
   * bits, and then it is not {@code equals}; compare {@link #value()} with a tolerance instead.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Mean other && n == other.n
        && Double.compare(mean, other.mean) == 0 && Double.compare(m2, other.m2) == 0
        && Double.compare(lowerBound, other.lowerBound) == 0
        && Double.compare(upperBound, other.upperBound) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(n, mean, m2, lowerBound, upperBound);
  }

  /** @return e.g. {@code Mean{3.738, n=107, sd=1.396}} (four significant digits) or {@code Mean{empty}} */
  @Override
  public String toString() {
    if (n == 0) {
      return "Mean{empty}";
    }
    return String.format(Locale.ROOT, "Mean{%.4g, n=%d, sd=%s}", mean, n,
        n < 2 ? "undefined" : String.format(Locale.ROOT, "%.4g", standardDeviation().orElseThrow()));
  }
}
