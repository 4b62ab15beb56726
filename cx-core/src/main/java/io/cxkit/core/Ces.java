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
 * The Customer Effort Score (CES) of a set of answers under one {@link CesVariant}: the mean score
 * on the variant's scale, and the percentage of favourable answers on 0..100 (% agree for the
 * agreement variants, % low effort for {@link CesVariant#EFFORT_1_0}). The default variant is
 * {@link CesVariant#CES_2_0}, agreement on 1..7 with "The company made it easy for me to handle my
 * issue".
 *
 * <p>Read the direction from the variant: for the agreement variants a higher mean is better, for
 * the effort variant a lower one ({@link CesVariant#higherIsEasier()}). The percentage favourable
 * is always "higher is better".
 *
 * <p>As an {@link io.cxkit.core.stats.Estimate} the value of a CES is its mean, with a t-interval;
 * an empty CES has n = 0 and no value.
 *
 * <pre>{@code
 * Ces ces = Ces.ofScores(CesVariant.CES_2_0, 7, 6, 5, 4, 2);
 * ces.value();                        // OptionalDouble[4.8], the mean on 1..7
 * ces.confidenceInterval(0.95);       // Optional[[2.412, 7.000] (95%)], t-interval clipped to 1..7
 * ces.percentFavourable().value();    // OptionalDouble[60.0]: 3 of 5 agree (5..7)
 * }</pre>
 */
public final class Ces implements MergeableEstimate<Ces> {
  private final CesVariant variant;
  private final ScoreDistribution distribution;
  // Derived once: every estimate a Ces hands out comes from these two.
  private final Percentage percentFavourable;
  private final Mean mean;

  private Ces(CesVariant variant, ScoreDistribution distribution) {
    this.variant = variant;
    this.distribution = distribution;
    this.percentFavourable = variant.favourableBand().shareOf(distribution);
    this.mean = Mean.of(distribution);
  }

  /**
   * CES 2.0 of answers on the 1..7 agreement scale.
   *
   * @param distribution the answers, on 1..7
   * @return the CES
   * @throws InvalidValueException if the distribution's scale is not 1..7
   */
  public static Ces of(ScoreDistribution distribution) {
    return of(CesVariant.CES_2_0, distribution);
  }

  /**
   * The CES of answers under a variant.
   *
   * @param variant the variant the answers were given under
   * @param distribution the answers, on the variant's scale
   * @return the CES
   * @throws InvalidValueException if the distribution's scale is not the variant's
   */
  public static Ces of(CesVariant variant, ScoreDistribution distribution) {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(distribution, "distribution");
    if (!distribution.scale().equals(variant.scale())) {
      throw new InvalidValueException("distribution.scale", distribution.scale(),
          "must be " + variant.scale() + ", the scale of CES variant " + variant.id());
    }
    return new Ces(variant, distribution);
  }

  /**
   * CES 2.0 of answers on 1..7.
   *
   * @param scores the answers, each 1..7
   * @return the CES
   * @throws ScoreOutOfScaleException naming the index of the first answer off the scale
   */
  public static Ces ofScores(int... scores) {
    return ofScores(CesVariant.CES_2_0, scores);
  }

  /**
   * CES 2.0 of answers on 1..7 stored one per byte.
   *
   * @param scores the answers, each 1..7
   * @return the CES
   * @throws ScoreOutOfScaleException naming the index of the first answer off the scale
   */
  public static Ces ofScores(byte[] scores) {
    return ofScores(CesVariant.CES_2_0, scores);
  }

  /**
   * The CES of answers under a variant.
   *
   * @param variant the variant
   * @param scores the answers, each on the variant's scale
   * @return the CES
   * @throws ScoreOutOfScaleException naming the index of the first answer off the scale
   */
  public static Ces ofScores(CesVariant variant, int... scores) {
    Objects.requireNonNull(variant, "variant");
    return new Ces(variant, ScoreDistribution.ofScores(variant.scale(), scores));
  }

  /**
   * The CES of answers under a variant, stored one per byte.
   *
   * @param variant the variant
   * @param scores the answers, each on the variant's scale
   * @return the CES
   * @throws ScoreOutOfScaleException naming the index of the first answer off the scale
   */
  public static Ces ofScores(CesVariant variant, byte[] scores) {
    Objects.requireNonNull(variant, "variant");
    return new Ces(variant, ScoreDistribution.ofScores(variant.scale(), scores));
  }

  /**
   * CES 2.0 from the number of answers per point of its 1..7 scale.
   *
   * @param counts seven counts ≥ 0, for 1 (strongly disagree) up to 7 (strongly agree)
   * @return the CES
   * @throws InvalidValueException if there are not seven counts or a count is negative
   * @throws CountOverflowException if the total exceeds {@link Long#MAX_VALUE}
   */
  public static Ces ofCounts(long... counts) {
    return ofCounts(CesVariant.CES_2_0, counts);
  }

  /**
   * The CES from the number of answers per point of the variant's scale.
   *
   * @param variant the variant
   * @param counts one count ≥ 0 per point, lowest point first (7 for CES 2.0, 5 otherwise)
   * @return the CES
   * @throws InvalidValueException if the number of counts is wrong or a count is negative
   * @throws CountOverflowException if the total exceeds {@link Long#MAX_VALUE}
   */
  public static Ces ofCounts(CesVariant variant, long... counts) {
    Objects.requireNonNull(variant, "variant");
    return new Ces(variant, ScoreDistribution.ofCounts(variant.scale(), counts));
  }

  /** @return the CES 2.0 of no answers */
  public static Ces empty() {
    return empty(CesVariant.CES_2_0);
  }

  /**
   * @param variant the variant
   * @return the CES of no answers under {@code variant}
   */
  public static Ces empty(CesVariant variant) {
    Objects.requireNonNull(variant, "variant");
    return new Ces(variant, ScoreDistribution.empty(variant.scale()));
  }

  /** @return the variant: question, scale, favourable answers and direction */
  public CesVariant variant() {
    return variant;
  }

  /** @return the answer scale, the variant's */
  public RatingScale scale() {
    return distribution.scale();
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

  /**
   * @return the number of favourable answers: agreeing ones for the agreement variants, low-effort
   *     ones (1–2) for {@link CesVariant#EFFORT_1_0}
   */
  public long favourable() {
    return percentFavourable.successes();
  }

  /**
   * The percentage of favourable answers: % agree (5–7 on CES 2.0, 4–5 on the 5-point agreement)
   * or, for {@link CesVariant#EFFORT_1_0}, % low effort (1–2). Higher is better for every variant.
   *
   * @return the percentage on 0..100, with Wilson intervals; empty when n = 0
   */
  public Percentage percentFavourable() {
    return percentFavourable;
  }

  /**
   * The mean score on the variant's scale: higher is easier for the agreement variants, lower is
   * easier for {@link CesVariant#EFFORT_1_0}. Its t-interval is clipped to the scale and is absent for
   * fewer than 2 answers.
   *
   * @return the mean, bounded by the scale; empty when n = 0
   */
  public Mean mean() {
    return mean;
  }

  /** @return the mean score on the variant's scale, or empty when n = 0 */
  @Override
  public OptionalDouble value() {
    return mean().value();
  }

  /** @return the standard error of the mean, on the answer scale; empty when n &lt; 2 */
  @Override
  public OptionalDouble standardError() {
    return mean().standardError();
  }

  /**
   * The t-interval of the mean; see {@link Mean#confidenceInterval}.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval within the scale, or empty when n &lt; 2
   * @throws InvalidValueException if {@code level} is not in (0, 1)
   */
  @Override
  public Optional<Interval> confidenceInterval(double level) {
    return mean().confidenceInterval(level);
  }

  /**
   * Adds the answers of two CES values. {@code a.plus(a)} doubles every count.
   *
   * @param other a CES of the same variant
   * @return the CES of both sets of answers
   * @throws IncompatibleMergeException if the variants differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public Ces plus(Ces other) {
    requireSameVariant(other);
    return new Ces(variant, distribution.plus(other.distribution));
  }

  private void requireSameVariant(Ces other) {
    Objects.requireNonNull(other, "other");
    Checks.requireSameForMerge("Ces", "variant", variant.id(), other.variant.id());
  }

  /**
   * Compares the mean with a baseline from an independent sample, in answer-scale units; see
   * {@link Mean#comparedWith} (Welch's t-test). A positive difference means easier for the agreement
   * variants and <em>more effort</em> for {@link CesVariant#EFFORT_1_0}.
   *
   * @param baseline the CES to compare against, of the same variant
   * @return the comparison, or empty if either side has fewer than 2 answers or both have no spread
   * @throws IncompatibleMergeException if the variants differ
   */
  @Override
  public Optional<Comparison> comparedWith(Ces baseline) {
    requireSameVariant(baseline);
    return mean().comparedWith(baseline.mean());
  }

  /**
   * Compares the percentage favourable with a baseline from an independent sample, in percentage
   * points; see {@link Percentage#comparedWith} (two-proportion z-test, Newcombe interval).
   *
   * @param baseline the CES to compare against, of the same variant
   * @return the comparison, or empty if either side has no answers
   * @throws IncompatibleMergeException if the variants differ
   */
  public Optional<Comparison> percentFavourableComparedWith(Ces baseline) {
    requireSameVariant(baseline);
    return percentFavourable().comparedWith(baseline.percentFavourable());
  }

  /**
   * The binary serial form: header (format version, kind {@code ces}), the variant's tag byte, then
   * the distribution's scale bounds and counts.
   *
   * @return the serial form
   */
  public byte[] toBytes() {
    SerialWriter writer = new SerialWriter(SerialKind.CES).writeByte(variant.tag());
    distribution.writeTo(writer);
    return writer.toByteArray();
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @param bytes the serial form
   * @return the CES
   * @throws SerialFormException if the bytes are truncated, of another version or kind, have
   *     trailing bytes, name an unknown variant, or hold a distribution off the variant's scale
   */
  public static Ces fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    SerialReader reader = SerialReader.open(bytes, SerialKind.CES);
    int tag = reader.readByte("variant");
    CesVariant variant = CesVariant.ofTag(tag);
    if (variant == null) {
      throw reader.invalid(new InvalidValueException("variant", tag,
          "is not a known CES variant tag; known: " + CesVariant.knownTags()));
    }
    ScoreDistribution distribution = ScoreDistribution.readFrom(reader);
    reader.finish();
    try {
      return of(variant, distribution);
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
  }

  /**
   * The JSON shape: {@code {"format":1,"kind":"ces","variant":"ces-2.0","scale":{"min":1,"max":7},
   * "counts":[…]}}, an unmodifiable map that any JSON library writes as is. The variant is its
   * stable {@linkplain CesVariant#id() id}.
   *
   * @return the JSON shape
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = JsonShape.start(SerialKind.CES);
    shape.put("variant", variant.id());
    distribution.putInto(shape);
    return JsonShape.seal(shape);
  }

  /**
   * Reads what {@link #toJsonShape()} produced, as parsed back by a JSON library.
   *
   * @param shape the JSON shape
   * @return the CES
   * @throws SerialFormException naming the member that is missing, mistyped or invalid
   */
  public static Ces fromJsonShape(Map<String, ?> shape) {
    Objects.requireNonNull(shape, "shape");
    JsonShape reader = JsonShape.open(shape, SerialKind.CES);
    String id = reader.string("variant");
    ScoreDistribution distribution = ScoreDistribution.readFrom(reader);
    try {
      return of(CesVariant.ofId(id), distribution);
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ces other && variant == other.variant && distribution.equals(other.distribution);
  }

  @Override
  public int hashCode() {
    return 31 * variant.tag() + distribution.hashCode();
  }

  /**
   * @return e.g. {@code Ces{ces-2.0, mean=4.800 on 1..7, 60.00% agree (5..7), n=5}} or
   *     {@code Ces{ces-2.0, empty}}
   */
  @Override
  public String toString() {
    long n = n();
    if (n == 0) {
      return "Ces{" + variant.id() + ", empty}";
    }
    return String.format(Locale.ROOT, "Ces{%s, mean=%.3f on %s, %.2f%% %s (%s), n=%d}",
        variant.id(), distribution.mean().orElseThrow(), scale(), 100.0 * favourable() / n,
        variant.favourableLabel(), variant.favourableBand(), n);
  }
}
