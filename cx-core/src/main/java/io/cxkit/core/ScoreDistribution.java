package io.cxkit.core;

import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.JsonShape;
import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialReader;
import io.cxkit.core.internal.SerialWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * An immutable histogram of response counts over the points of a {@link RatingScale}: the
 * sufficient statistic from which NPS, CSAT and CES are computed. It never holds the responses
 * themselves, so it is small (one {@code long} per scale point), exact and cheap to merge.
 *
 * <p>Build one from scores with {@link #ofScores(RatingScale, int...)}, from counts with
 * {@link #ofCounts(RatingScale, long...)}, or from a {@link ScoreAccumulator} in a hot loop. Two
 * distributions on the same scale add with {@link #plus}; on different scales they refuse to.
 */
public final class ScoreDistribution {
  private final RatingScale scale;
  private final long[] counts;
  private final long total;

  private ScoreDistribution(RatingScale scale, long[] counts, long total) {
    this.scale = scale;
    this.counts = counts;
    this.total = total;
  }

  /**
   * Wraps counts that the caller has already validated and will not touch again.
   *
   * @param scale the scale
   * @param counts one count ≥ 0 per point, owned by the new distribution from now on
   * @return the distribution
   */
  static ScoreDistribution adopt(RatingScale scale, long[] counts) {
    long total = 0;
    for (int i = 0; i < counts.length; i++) {
      total = Checks.addCounts("total", total, counts[i]);
    }
    return new ScoreDistribution(scale, counts, total);
  }

  /**
   * @param scale the scale
   * @return the distribution with no responses on {@code scale}
   */
  public static ScoreDistribution empty(RatingScale scale) {
    Objects.requireNonNull(scale, "scale");
    return new ScoreDistribution(scale, new long[scale.points()], 0);
  }

  /**
   * Builds a distribution from one count per scale point, lowest point first.
   *
   * @param scale the scale
   * @param counts the counts, {@code scale.points()} of them, each ≥ 0
   * @return the distribution
   * @throws InvalidValueException if the number of counts differs from the number of points or a
   *     count is negative
   * @throws CountOverflowException if the total exceeds {@link Long#MAX_VALUE}
   */
  public static ScoreDistribution ofCounts(RatingScale scale, long... counts) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(counts, "counts");
    if (counts.length != scale.points()) {
      throw new InvalidValueException("counts.length", counts.length,
          "must equal the " + scale.points() + " points of scale " + scale);
    }
    for (int i = 0; i < counts.length; i++) {
      Checks.requireNonNegative("counts[" + i + "]", counts[i]);
    }
    return adopt(scale, counts.clone());
  }

  /**
   * Counts scores.
   *
   * @param scale the scale
   * @param scores the scores, each on {@code scale}
   * @return the distribution
   * @throws ScoreOutOfScaleException naming the index of the first score not on the scale
   */
  public static ScoreDistribution ofScores(RatingScale scale, int... scores) {
    ScoreAccumulator accumulator = new ScoreAccumulator(scale);
    accumulator.addAll(scores);
    return accumulator.snapshot();
  }

  /**
   * Counts scores stored one per byte (as signed values, -128..127), the compact form for large
   * batches of small-scale ratings.
   *
   * @param scale the scale
   * @param scores the scores, each on {@code scale}
   * @return the distribution
   * @throws ScoreOutOfScaleException naming the index of the first score not on the scale
   */
  public static ScoreDistribution ofScores(RatingScale scale, byte[] scores) {
    ScoreAccumulator accumulator = new ScoreAccumulator(scale);
    accumulator.addAll(scores);
    return accumulator.snapshot();
  }

  /** @return the scale the scores lie on */
  public RatingScale scale() {
    return scale;
  }

  /** @return the number of responses, n */
  public long total() {
    return total;
  }

  /** @return whether there are no responses */
  public boolean isEmpty() {
    return total == 0;
  }

  /**
   * @param score a point of the scale
   * @return how many responses gave {@code score}
   * @throws ScoreOutOfScaleException if {@code score} is not on the scale
   */
  public long count(int score) {
    return counts[scale.requireOnScale("score", score) - scale.min()];
  }

  /**
   * Counts responses in an inclusive range of points; the range is clipped to the scale, so
   * {@code countBetween(9, Integer.MAX_VALUE)} counts 9 and above.
   *
   * @param from the lowest point counted
   * @param to the highest point counted
   * @return the number of responses with {@code from <= score <= to}; 0 if the range is empty
   */
  public long countBetween(int from, int to) {
    int lo = Math.max(from, scale.min());
    int hi = Math.min(to, scale.max());
    if (lo > hi) {
      return 0;
    }
    long sum = 0;
    // Loop over indices, not scores: a score loop overflows when the scale ends at Integer.MAX_VALUE.
    for (int i = lo - scale.min(), last = hi - scale.min(); i <= last; i++) {
      sum += counts[i];
    }
    return sum;
  }

  /** @return a copy of the counts, one per point, lowest point first */
  public long[] counts() {
    return counts.clone();
  }

  /**
   * The arithmetic mean of the scores, on the scale's units.
   *
   * @return the mean, or empty if there are no responses
   */
  public OptionalDouble mean() {
    if (total == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(meanOf());
  }

  private double meanOf() {
    double sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += (double) counts[i] * (scale.min() + i);
    }
    // Clamp guards the last bit of rounding: a mean can never leave the scale.
    return Math.max(scale.min(), Math.min(scale.max(), sum / total));
  }

  /**
   * The sample variance of the scores, Σ count·(score − mean)² / (n − 1), computed in two passes
   * over the points so that it stays accurate for large n.
   *
   * @return the sample variance, or empty if there are fewer than 2 responses
   */
  public OptionalDouble sampleVariance() {
    if (total < 2) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sumOfSquaredDeviations() / (total - 1));
  }

  /**
   * @return Σ count·(score − mean)², the "M2" of Welford's and Chan's algorithms; 0 when empty
   */
  public double sumOfSquaredDeviations() {
    if (total == 0) {
      return 0;
    }
    double mean = meanOf();
    double m2 = 0;
    for (int i = 0; i < counts.length; i++) {
      double d = scale.min() + i - mean;
      m2 += counts[i] * d * d;
    }
    return m2;
  }

  /**
   * Adds two distributions point by point: the distribution of both sets of responses together.
   * {@code a.plus(a)} doubles every count.
   *
   * @param other a distribution on the same scale
   * @return the sum
   * @throws IncompatibleMergeException if the scales differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public ScoreDistribution plus(ScoreDistribution other) {
    Objects.requireNonNull(other, "other");
    if (!scale.equals(other.scale)) {
      throw new IncompatibleMergeException("ScoreDistribution", "scale", scale, other.scale);
    }
    long[] sum = new long[counts.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Checks.addCounts("counts[" + i + "]", counts[i], other.counts[i]);
    }
    return adopt(scale, sum);
  }

  /**
   * The compact binary serial form: format version, kind tag, scale bounds (zig-zag varints) and
   * one varint count per point. A 0..10 distribution of small counts takes 15 bytes.
   *
   * @return the serial form
   */
  public byte[] toBytes() {
    SerialWriter writer = new SerialWriter(SerialKind.SCORE_DISTRIBUTION);
    writeTo(writer);
    return writer.toByteArray();
  }

  /**
   * Writes scale and counts, without header, into another value's serial form.
   *
   * @param writer the writer
   */
  void writeTo(SerialWriter writer) {
    writer.writeInt(scale.min()).writeInt(scale.max());
    for (long count : counts) {
      writer.writeCount(count);
    }
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @param bytes the serial form
   * @return the distribution
   * @throws SerialFormException if the bytes are truncated, of another version or kind, or describe
   *     an invalid distribution
   */
  public static ScoreDistribution fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    SerialReader reader = SerialReader.open(bytes, SerialKind.SCORE_DISTRIBUTION);
    ScoreDistribution distribution = readFrom(reader);
    reader.finish();
    return distribution;
  }

  /**
   * Reads scale and counts written by {@link #writeTo}.
   *
   * @param reader the reader
   * @return the distribution
   */
  static ScoreDistribution readFrom(SerialReader reader) {
    int min = reader.readInt("scale.min");
    int max = reader.readInt("scale.max");
    RatingScale scale;
    try {
      scale = RatingScale.of(min, max);
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
    long[] counts = new long[scale.points()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = reader.readCount("counts[" + i + "]");
    }
    try {
      return adopt(scale, counts);
    } catch (CountOverflowException e) {
      throw reader.invalid(e);
    }
  }

  /**
   * The JSON shape: {@code {"format":1,"kind":"score-distribution","scale":{"min":0,"max":10},
   * "counts":[...]}} as an unmodifiable map that any JSON library writes as is.
   *
   * @return the JSON shape
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = JsonShape.start(SerialKind.SCORE_DISTRIBUTION);
    putInto(shape);
    return JsonShape.seal(shape);
  }

  /**
   * Adds the {@code scale} and {@code counts} members to another value's JSON shape.
   *
   * @param shape the shape being built
   */
  void putInto(Map<String, Object> shape) {
    // Insertion-ordered: Map.of's iteration order changes from run to run, and so would the JSON.
    Map<String, Object> scaleShape = new LinkedHashMap<>();
    scaleShape.put("min", scale.min());
    scaleShape.put("max", scale.max());
    shape.put("scale", Collections.unmodifiableMap(scaleShape));
    Long[] boxed = new Long[counts.length];
    for (int i = 0; i < counts.length; i++) {
      boxed[i] = counts[i];
    }
    shape.put("counts", List.of(boxed));
  }

  /**
   * Reads what {@link #toJsonShape()} produced, as parsed back by a JSON library into maps, lists
   * and numbers.
   *
   * @param shape the JSON shape
   * @return the distribution
   * @throws SerialFormException naming the member that is missing, mistyped or invalid
   */
  public static ScoreDistribution fromJsonShape(Map<String, ?> shape) {
    Objects.requireNonNull(shape, "shape");
    return readFrom(JsonShape.open(shape, SerialKind.SCORE_DISTRIBUTION));
  }

  /**
   * Reads the {@code scale} and {@code counts} members of a JSON shape.
   *
   * @param shape the opened shape
   * @return the distribution
   */
  static ScoreDistribution readFrom(JsonShape shape) {
    JsonShape scaleShape = shape.object("scale");
    int min = scaleShape.integer("min");
    int max = scaleShape.integer("max");
    long[] counts = shape.counts("counts");
    try {
      return ofCounts(RatingScale.of(min, max), counts);
    } catch (CxException e) {
      throw shape.invalid(e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScoreDistribution other
        && scale.equals(other.scale)
        && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return 31 * scale.hashCode() + Arrays.hashCode(counts);
  }

  /** @return e.g. {@code ScoreDistribution{scale=1..5, n=107, counts=[14, 9, 10, 32, 42]}} */
  @Override
  public String toString() {
    return "ScoreDistribution{scale=" + scale + ", n=" + total + ", counts=" + Arrays.toString(counts) + "}";
  }
}
