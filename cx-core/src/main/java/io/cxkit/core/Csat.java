package io.cxkit.core;

import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.JsonShape;
import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialReader;
import io.cxkit.core.internal.SerialWriter;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Mean;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Customer satisfaction (CSAT): the percentage of responses to "How satisfied are you with …?"
 * that are <em>satisfied</em>, i.e. at or above a threshold, on 0..100. The default definition is
 * top-2-box: 4–5 on the 1..5 scale (Delighted, "CSAT Surveys", help.delighted.com: "any response
 * where the score was a 4 or a 5"), 6–7 on 1..7, 9–10 on 1..10. The threshold is part of the value
 * and always reported by {@link #threshold()}, so that a CSAT never travels without its definition.
 * A threshold must lie on the scale and above its lowest point, so that an answer can be
 * dissatisfied.
 *
 * <p>A {@code Csat} holds the {@link ScoreDistribution} of the answers, so it also gives the mean
 * score ({@link #mean()}, the "CSAT mean" some teams report instead) and merges exactly with
 * {@link #plus}. As an {@link io.cxkit.core.stats.Estimate} its value is the percentage satisfied
 * with a Wilson interval; an empty CSAT has n = 0 and no value.
 *
 * <pre>{@code
 * Csat csat = Csat.ofScores(5, 4, 4, 3, 5, 1, 2, 5);
 * csat.satisfied();                  // 5 of n() = 8 answered 4 or 5
 * csat.value();                      // OptionalDouble[62.5], the percentage satisfied
 * csat.confidenceInterval(0.95);     // Optional[[30.57, 86.32] (95%)], Wilson
 * csat.mean();                       // Mean{3.625, n=8, sd=1.506}, the "CSAT mean"
 * }</pre>
 */
public final class Csat implements MergeableEstimate<Csat> {
  private final ScoreDistribution distribution;
  private final int threshold;
  // Derived once: every estimate a Csat hands out comes from these two.
  private final Percentage percentSatisfied;
  private final Mean mean;

  private Csat(ScoreDistribution distribution, int threshold) {
    this.distribution = distribution;
    this.threshold = threshold;
    this.percentSatisfied = new ScoreBand(threshold, distribution.scale().max()).shareOf(distribution);
    this.mean = Mean.of(distribution);
  }

  /**
   * The top-2-box threshold of a scale, {@code scale.max() − 1}: 4 on 1..5, 6 on 1..7, 9 on 1..10.
   * On a two-point scale (thumbs down/up) the top two boxes would be every answer, so there the
   * threshold is the top point.
   *
   * @param scale the scale
   * @return the lowest score that counts as satisfied by default
   */
  public static int defaultThreshold(RatingScale scale) {
    Objects.requireNonNull(scale, "scale");
    return scale.points() >= 3 ? scale.max() - 1 : scale.max();
  }

  /**
   * Checks a threshold against a scale. It must lie on the scale and above its lowest point: with
   * the lowest point as threshold every answer would be satisfied, and the metric would measure
   * nothing.
   */
  private static int requireThreshold(RatingScale scale, int threshold) {
    if (!scale.contains(threshold)) {
      throw new InvalidValueException("threshold", threshold, "must lie on scale " + scale);
    }
    if (threshold == scale.min()) {
      throw new InvalidValueException("threshold", threshold, "must be above the lowest point "
          + scale.min() + " of scale " + scale + ", or no answer could count as dissatisfied");
    }
    return threshold;
  }

  /**
   * CSAT with the {@linkplain #defaultThreshold default top-2-box threshold} of the distribution's
   * scale.
   *
   * @param distribution the answers
   * @return the CSAT
   */
  public static Csat of(ScoreDistribution distribution) {
    Objects.requireNonNull(distribution, "distribution");
    return new Csat(distribution, defaultThreshold(distribution.scale()));
  }

  /**
   * CSAT where an answer is satisfied when {@code score ≥ threshold}.
   *
   * @param distribution the answers
   * @param threshold the lowest satisfied score; on the scale and above its lowest point
   * @return the CSAT
   * @throws InvalidValueException if the threshold is off the scale or is its lowest point
   */
  public static Csat of(ScoreDistribution distribution, int threshold) {
    Objects.requireNonNull(distribution, "distribution");
    return new Csat(distribution, requireThreshold(distribution.scale(), threshold));
  }

  /**
   * CSAT of answers on the standard 1..5 scale ({@link RatingScale#CSAT}), satisfied = 4–5.
   *
   * @param scores the answers, each 1..5
   * @return the CSAT
   * @throws ScoreOutOfScaleException naming the index of the first answer off the scale
   */
  public static Csat ofScores(int... scores) {
    return of(ScoreDistribution.ofScores(RatingScale.CSAT, scores));
  }

  /**
   * CSAT of answers on the standard 1..5 scale stored one per byte, satisfied = 4–5.
   *
   * @param scores the answers, each 1..5
   * @return the CSAT
   * @throws ScoreOutOfScaleException naming the index of the first answer off the scale
   */
  public static Csat ofScores(byte[] scores) {
    return of(ScoreDistribution.ofScores(RatingScale.CSAT, scores));
  }

  /**
   * CSAT of answers on any scale, with its default top-2-box threshold.
   *
   * @param scale the answer scale, such as 1..7 or 1..10
   * @param scores the answers, each on {@code scale}
   * @return the CSAT
   * @throws ScoreOutOfScaleException naming the index of the first answer off the scale
   */
  public static Csat ofScores(RatingScale scale, int... scores) {
    return of(ScoreDistribution.ofScores(scale, scores));
  }

  /**
   * CSAT of answers on any scale stored one per byte, with its default top-2-box threshold.
   *
   * @param scale the answer scale
   * @param scores the answers, each on {@code scale}
   * @return the CSAT
   * @throws ScoreOutOfScaleException naming the index of the first answer off the scale
   */
  public static Csat ofScores(RatingScale scale, byte[] scores) {
    return of(ScoreDistribution.ofScores(scale, scores));
  }

  /**
   * CSAT from the number of answers per point of the 1..5 scale, satisfied = 4–5.
   *
   * @param counts five counts ≥ 0, for 1, 2, 3, 4 and 5 in that order
   * @return the CSAT
   * @throws InvalidValueException if there are not 5 counts or a count is negative
   * @throws CountOverflowException if the total exceeds {@link Long#MAX_VALUE}
   */
  public static Csat ofCounts(long... counts) {
    return of(ScoreDistribution.ofCounts(RatingScale.CSAT, counts));
  }

  /**
   * CSAT from the number of answers per point of any scale, with its default top-2-box threshold.
   *
   * @param scale the answer scale
   * @param counts one count ≥ 0 per point, lowest point first
   * @return the CSAT
   * @throws InvalidValueException if the number of counts differs from the number of points or a
   *     count is negative
   * @throws CountOverflowException if the total exceeds {@link Long#MAX_VALUE}
   */
  public static Csat ofCounts(RatingScale scale, long... counts) {
    return of(ScoreDistribution.ofCounts(scale, counts));
  }

  /** @return the CSAT of no answers on the 1..5 scale with threshold 4 */
  public static Csat empty() {
    return empty(RatingScale.CSAT);
  }

  /**
   * @param scale the answer scale
   * @return the CSAT of no answers on {@code scale}, with its default top-2-box threshold
   */
  public static Csat empty(RatingScale scale) {
    return of(ScoreDistribution.empty(scale));
  }

  /**
   * @param scale the answer scale
   * @param threshold the lowest satisfied score; on the scale and above its lowest point
   * @return the CSAT of no answers on {@code scale}
   * @throws InvalidValueException if the threshold is off the scale or is its lowest point
   */
  public static Csat empty(RatingScale scale, int threshold) {
    return of(ScoreDistribution.empty(scale), threshold);
  }

  /**
   * The same answers under another definition of "satisfied", e.g. top-box only.
   *
   * @param newThreshold the lowest satisfied score; on the scale and above its lowest point
   * @return the CSAT of the same answers with {@code newThreshold}
   * @throws InvalidValueException if the threshold is off the scale or is its lowest point
   */
  public Csat withThreshold(int newThreshold) {
    return newThreshold == threshold ? this : of(distribution, newThreshold);
  }

  /** @return the answer scale */
  public RatingScale scale() {
    return distribution.scale();
  }

  /** @return the lowest score that counts as satisfied; satisfied means {@code score ≥ threshold} */
  public int threshold() {
    return threshold;
  }

  /** @return the answers: their counts per point of the scale */
  public ScoreDistribution distribution() {
    return distribution;
  }

  /** @return the number of answers */
  @Override
  public long n() {
    return distribution.total();
  }

  /** @return the number of satisfied answers, those with {@code score ≥ threshold()} */
  public long satisfied() {
    return percentSatisfied.successes();
  }

  /**
   * The CSAT itself: satisfied answers / all answers × 100.
   *
   * @return the percentage satisfied on 0..100, with Wilson intervals; empty when n = 0
   */
  public Percentage percentSatisfied() {
    return percentSatisfied;
  }

  /**
   * The mean score ("CSAT mean"), on the answer scale. Its t-interval is clipped to the scale and is
   * absent for fewer than 2 answers.
   *
   * @return the mean, bounded by the scale; empty when n = 0
   */
  public Mean mean() {
    return mean;
  }

  /** @return the percentage satisfied on 0..100, or empty when n = 0 */
  @Override
  public OptionalDouble value() {
    return percentSatisfied().value();
  }

  /** @return the binomial standard error of the percentage satisfied, in percentage points */
  @Override
  public OptionalDouble standardError() {
    return percentSatisfied().standardError();
  }

  /**
   * The Wilson score interval of the percentage satisfied; see {@link Percentage#wilsonInterval}.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval within [0, 100], or empty when n = 0
   * @throws InvalidValueException if {@code level} is not in (0, 1)
   */
  @Override
  public Optional<Interval> confidenceInterval(double level) {
    return percentSatisfied().confidenceInterval(level);
  }

  /**
   * Adds the answers of two CSATs. {@code a.plus(a)} doubles every count.
   *
   * @param other a CSAT on the same scale with the same threshold
   * @return the CSAT of both sets of answers
   * @throws IncompatibleMergeException if the scales or thresholds differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public Csat plus(Csat other) {
    requireSameDefinition(other);
    return new Csat(distribution.plus(other.distribution), threshold);
  }

  private void requireSameDefinition(Csat other) {
    Objects.requireNonNull(other, "other");
    Checks.requireSameForMerge("Csat", "scale", scale(), other.scale());
    Checks.requireSameForMerge("Csat", "threshold", threshold, other.threshold);
  }

  /**
   * Compares the percentage satisfied with a baseline from an independent sample, in percentage
   * points; see {@link Percentage#comparedWith} (two-proportion z-test, Newcombe interval).
   *
   * @param baseline the CSAT to compare against, with the same scale and threshold
   * @return the comparison, or empty if either side has no answers
   * @throws IncompatibleMergeException if the scales or thresholds differ: the percentages would
   *     measure different things
   */
  @Override
  public Optional<Comparison> comparedWith(Csat baseline) {
    requireSameDefinition(baseline);
    return percentSatisfied().comparedWith(baseline.percentSatisfied());
  }

  /**
   * Compares the mean score with a baseline from an independent sample, in answer-scale units;
   * see {@link Mean#comparedWith} (Welch's t-test). Thresholds do not matter for means.
   *
   * @param baseline the CSAT to compare against, on the same scale
   * @return the comparison, or empty if either side has fewer than 2 answers or both have no spread
   * @throws IncompatibleMergeException if the scales differ
   */
  public Optional<Comparison> meanComparedWith(Csat baseline) {
    Objects.requireNonNull(baseline, "baseline");
    Checks.requireSameForMerge("Csat", "scale", scale(), baseline.scale());
    return mean().comparedWith(baseline.mean());
  }

  /**
   * The binary serial form: header (format version, kind {@code csat}), the threshold as a zig-zag
   * varint, then the distribution's scale bounds and counts.
   *
   * @return the serial form
   */
  public byte[] toBytes() {
    SerialWriter writer = new SerialWriter(SerialKind.CSAT).writeInt(threshold);
    distribution.writeTo(writer);
    return writer.toByteArray();
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @param bytes the serial form
   * @return the CSAT
   * @throws SerialFormException if the bytes are truncated, of another version or kind, have
   *     trailing bytes, or describe an invalid CSAT (such as a threshold off the scale)
   */
  public static Csat fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    SerialReader reader = SerialReader.open(bytes, SerialKind.CSAT);
    int threshold = reader.readInt("threshold");
    ScoreDistribution distribution = ScoreDistribution.readFrom(reader);
    reader.finish();
    try {
      return of(distribution, threshold);
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
  }

  /**
   * The JSON shape: {@code {"format":1,"kind":"csat","threshold":4,"scale":{"min":1,"max":5},
   * "counts":[…]}}, an unmodifiable map that any JSON library writes as is.
   *
   * @return the JSON shape
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = JsonShape.start(SerialKind.CSAT);
    shape.put("threshold", threshold);
    distribution.putInto(shape);
    return JsonShape.seal(shape);
  }

  /**
   * Reads what {@link #toJsonShape()} produced, as parsed back by a JSON library.
   *
   * @param shape the JSON shape
   * @return the CSAT
   * @throws SerialFormException naming the member that is missing, mistyped or invalid
   */
  public static Csat fromJsonShape(Map<String, ?> shape) {
    Objects.requireNonNull(shape, "shape");
    JsonShape reader = JsonShape.open(shape, SerialKind.CSAT);
    int threshold = reader.integer("threshold");
    ScoreDistribution distribution = ScoreDistribution.readFrom(reader);
    try {
      return of(distribution, threshold);
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Csat other && threshold == other.threshold
        && distribution.equals(other.distribution);
  }

  @Override
  public int hashCode() {
    return 31 * distribution.hashCode() + threshold;
  }

  /**
   * @return e.g. {@code Csat{69.16% satisfied (4..5 on 1..5), n=107}} or
   *     {@code Csat{empty, satisfied = 4..5 on 1..5}}
   */
  @Override
  public String toString() {
    long n = n();
    if (n == 0) {
      return "Csat{empty, satisfied = " + threshold + ".." + scale().max() + " on " + scale() + "}";
    }
    return String.format(Locale.ROOT, "Csat{%.2f%% satisfied (%s on %s), n=%d}",
        100.0 * satisfied() / n, threshold + ".." + scale().max(), scale(), n);
  }
}
