package io.cxkit.core;

import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.Distributions;
import io.cxkit.core.internal.JsonShape;
import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialReader;
import io.cxkit.core.internal.SerialWriter;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The Net Promoter Score of a set of likelihood-to-recommend answers: the percentage of promoters
 * minus the percentage of detractors, on −100..100 (F. F. Reichheld, "The One Number You Need to
 * Grow", Harvard Business Review, December 2003). An immutable value holding its
 * {@linkplain NpsVariant variant} and three counts, the sufficient statistic: two {@code Nps} of the
 * same variant add exactly with {@link #plus}, and the counts travel in a small serial form.
 *
 * <p>Every result carries its uncertainty. The {@linkplain #standardError() standard error} is the
 * trinomial one, and {@link #confidenceInterval(double)} is the adjusted-Wald interval that
 * B. Rocks found to perform best ("Interval Estimation for the 'Net Promoter Score'", The American
 * Statistician 70 (2016), arXiv:1601.07235; his R package {@code NPS}, github.com/brendan-r/NPS). An empty
 * {@code Nps} (n = 0) has no value, no standard error and no interval.
 *
 * <p>For millions of scores, count them in a {@link ScoreAccumulator} (one array increment per
 * score, no boxing) and compute the NPS once from its snapshot:
 *
 * <pre>{@code
 * ScoreAccumulator scores = new ScoreAccumulator(RatingScale.NPS);
 * for (int[] batch : batches) {
 *   scores.addAll(batch);
 * }
 * Nps nps = Nps.of(scores.snapshot());
 * nps.value();                     // e.g. OptionalDouble[15.0]
 * nps.confidenceInterval(0.95);    // e.g. Optional[[-0.6974, 29.82] (95%)]
 * }</pre>
 */
public final class Nps implements MergeableEstimate<Nps> {
  /** Rocks' pseudo-counts for the adjusted-Wald interval: ¾ promoter, 1½ passives, ¾ detractor. */
  private static final double PSEUDO_PROMOTERS = 0.75;
  private static final double PSEUDO_PASSIVES = 1.5;
  private static final double PSEUDO_DETRACTORS = 0.75;

  private static final String ADJUSTED_WALD_TEST = "adjusted-Wald z-test for two independent NPS "
      + "(Rocks 2016: ¾ promoter, 1½ passives, ¾ detractor added to each side)";
  private static final String WALD_TEST = "Wald z-test for two independent NPS";

  private final NpsVariant variant;
  private final long promoters;
  private final long passives;
  private final long detractors;
  private final long n;

  private Nps(NpsVariant variant, long promoters, long passives, long detractors, long n) {
    this.variant = variant;
    this.promoters = promoters;
    this.passives = passives;
    this.detractors = detractors;
    this.n = n;
  }

  // ---------------------------------------------------------------------------------------------
  // Construction

  /**
   * The {@linkplain NpsVariant#STANDARD standard} NPS of counted answers.
   *
   * @param promoters the number of promoters (scores 9–10), ≥ 0
   * @param passives the number of passives (7–8), ≥ 0
   * @param detractors the number of detractors (0–6), ≥ 0
   * @return the NPS
   * @throws InvalidValueException if a count is negative
   * @throws CountOverflowException if the total exceeds {@link Long#MAX_VALUE}
   */
  public static Nps of(long promoters, long passives, long detractors) {
    return of(NpsVariant.STANDARD, promoters, passives, detractors);
  }

  /**
   * The NPS of counted answers under a variant.
   *
   * @param variant the variant the answers were given under
   * @param promoters the number of promoters, ≥ 0
   * @param passives the number of passives, ≥ 0
   * @param detractors the number of detractors, ≥ 0
   * @return the NPS
   * @throws InvalidValueException if a count is negative
   * @throws CountOverflowException if the total exceeds {@link Long#MAX_VALUE}
   */
  public static Nps of(NpsVariant variant, long promoters, long passives, long detractors) {
    Objects.requireNonNull(variant, "variant");
    Checks.requireNonNegative("promoters", promoters);
    Checks.requireNonNegative("passives", passives);
    Checks.requireNonNegative("detractors", detractors);
    long total = Checks.addCounts("n", Checks.addCounts("n", promoters, passives), detractors);
    return new Nps(variant, promoters, passives, detractors, total);
  }

  /** @return the {@linkplain NpsVariant#STANDARD standard} NPS of no answers: n = 0, no value */
  public static Nps empty() {
    return empty(NpsVariant.STANDARD);
  }

  /**
   * @param variant the variant
   * @return the NPS of no answers under {@code variant}: n = 0, no value
   */
  public static Nps empty(NpsVariant variant) {
    return new Nps(Objects.requireNonNull(variant, "variant"), 0, 0, 0, 0);
  }

  /**
   * The NPS of a score distribution, the end of the hot path ({@link ScoreAccumulator} then
   * {@code of(accumulator.snapshot())}). The variant follows from the distribution's scale.
   *
   * @param distribution scores on 0..10 ({@link NpsVariant#STANDARD}) or 1..10
   *     ({@link NpsVariant#ONE_TO_TEN})
   * @return the NPS
   * @throws InvalidValueException if the distribution is on any other scale
   */
  public static Nps of(ScoreDistribution distribution) {
    Objects.requireNonNull(distribution, "distribution");
    NpsVariant variant = NpsVariant.forScale(distribution.scale());
    long detractors = distribution.countBetween(variant.lowestDetractorScore(), variant.highestDetractorScore());
    long passives = distribution.countBetween(variant.lowestPassiveScore(), variant.lowestPromoterScore() - 1);
    long promoters = distribution.countBetween(variant.lowestPromoterScore(), variant.scale().max());
    // The parts of a distribution's checked total cannot overflow.
    return new Nps(variant, promoters, passives, detractors, distribution.total());
  }

  /**
   * The {@linkplain NpsVariant#STANDARD standard} NPS of scores on 0..10.
   *
   * @param scores the scores
   * @return the NPS
   * @throws ScoreOutOfScaleException naming the index of the first score off 0..10
   */
  public static Nps ofScores(int... scores) {
    return ofScores(NpsVariant.STANDARD, scores);
  }

  /**
   * The NPS of scores under a variant.
   *
   * @param variant the variant, whose scale the scores must lie on
   * @param scores the scores
   * @return the NPS
   * @throws ScoreOutOfScaleException naming the index of the first score off the variant's scale
   */
  public static Nps ofScores(NpsVariant variant, int... scores) {
    Objects.requireNonNull(variant, "variant");
    return of(ScoreDistribution.ofScores(variant.scale(), scores));
  }

  /**
   * The {@linkplain NpsVariant#STANDARD standard} NPS of scores stored one per byte, the compact
   * form for large batches.
   *
   * @param scores the scores, each 0..10
   * @return the NPS
   * @throws ScoreOutOfScaleException naming the index of the first score off 0..10
   */
  public static Nps ofScores(byte[] scores) {
    return ofScores(NpsVariant.STANDARD, scores);
  }

  /**
   * The NPS of scores stored one per byte under a variant.
   *
   * @param variant the variant, whose scale the scores must lie on
   * @param scores the scores
   * @return the NPS
   * @throws ScoreOutOfScaleException naming the index of the first score off the variant's scale
   */
  public static Nps ofScores(NpsVariant variant, byte[] scores) {
    Objects.requireNonNull(variant, "variant");
    return of(ScoreDistribution.ofScores(variant.scale(), scores));
  }

  // ---------------------------------------------------------------------------------------------
  // Results

  /** @return the variant the answers were given under */
  public NpsVariant variant() {
    return variant;
  }

  /** @return the number of answers, promoters + passives + detractors */
  @Override
  public long n() {
    return n;
  }

  /** @return the number of promoters */
  public long promoters() {
    return promoters;
  }

  /** @return the number of passives */
  public long passives() {
    return passives;
  }

  /** @return the number of detractors */
  public long detractors() {
    return detractors;
  }

  /** @return the share of promoters on 0..100, with its Wilson interval; empty when n = 0 */
  public Percentage promoterShare() {
    return Percentage.of(promoters, n);
  }

  /** @return the share of passives on 0..100, with its Wilson interval; empty when n = 0 */
  public Percentage passiveShare() {
    return Percentage.of(passives, n);
  }

  /** @return the share of detractors on 0..100, with its Wilson interval; empty when n = 0 */
  public Percentage detractorShare() {
    return Percentage.of(detractors, n);
  }

  /**
   * The Net Promoter Score, 100 · (promoters − detractors) / n: the percentage of promoters minus
   * the percentage of detractors, on −100..100.
   *
   * @return the NPS, or empty when n = 0
   */
  @Override
  public OptionalDouble value() {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(clip(100.0 * (promoters - detractors) / n));
  }

  /**
   * The standard error of the NPS in NPS points, from the variance of the trinomial difference
   * p_pro − p_det (Rocks 2016; {@code nps_se} in his R package):
   * SE = 100 · sqrt((p_pro + p_det − (p_pro − p_det)²) / n), with p the shares on 0..1.
   *
   * @return the standard error on the −100..100 scale, or empty when n = 0
   */
  @Override
  public OptionalDouble standardError() {
    if (n == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(100 * Math.sqrt(variance(promoters, detractors, n) / n));
  }

  /**
   * The Wald interval NPS ± z · SE, clipped to [−100, 100]. It is too narrow for small n and
   * collapses to a point when every answer falls in one group: prefer {@link #confidenceInterval}.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval in NPS points, or empty when n = 0
   * @throws InvalidValueException if {@code level} is not in (0, 1)
   */
  public Optional<Interval> waldInterval(double level) {
    Checks.requireLevel(level);
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(interval(promoters, detractors, n, level));
  }

  /**
   * The adjusted-Wald interval of Rocks (2016): add ¾ to the promoters, 1½ to the passives and ¾ to
   * the detractors (3 pseudo-answers in all), then take the Wald interval of the adjusted counts,
   * NPS' ± z · 100 · sqrt((p'_pro + p'_det − (p'_pro − p'_det)²) / (n + 3)), where
   * p'_pro = (promoters + ¾) / (n + 3) and p'_det = (detractors + ¾) / (n + 3), clipped to
   * [−100, 100]. This is {@code nps_test(x, test = "adjusted.wald")} in Rocks' R package
   * ({@code R/nps_tests.R}), which uses no z² term and divides the variance by n + 3. The interval is
   * centred on the adjusted score, slightly closer to 0 than {@link #value()}.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval in NPS points, or empty when n = 0
   * @throws InvalidValueException if {@code level} is not in (0, 1)
   */
  public Optional<Interval> adjustedWaldInterval(double level) {
    Checks.requireLevel(level);
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(interval(promoters + PSEUDO_PROMOTERS, detractors + PSEUDO_DETRACTORS,
        n + PSEUDO_PROMOTERS + PSEUDO_PASSIVES + PSEUDO_DETRACTORS, level));
  }

  /**
   * The recommended interval, the {@linkplain #adjustedWaldInterval adjusted-Wald interval}: of the
   * interval methods Rocks (2016) assessed on a large database of companies' Net Promoter Scores,
   * variations of the adjusted Wald (with an iterative score test) performed best, and unlike the
   * plain Wald interval it does not collapse to a point when every answer falls in one group.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval in NPS points, or empty when n = 0
   * @throws InvalidValueException if {@code level} is not in (0, 1)
   */
  @Override
  public Optional<Interval> confidenceInterval(double level) {
    return adjustedWaldInterval(level);
  }

  // ---------------------------------------------------------------------------------------------
  // Merging and comparing

  /**
   * Adds the counts of two NPS of the same variant: the NPS of both sets of answers together.
   * {@code a.plus(a)} doubles every count.
   *
   * @param other an NPS of the same variant
   * @return the sum
   * @throws IncompatibleMergeException if the variants differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public Nps plus(Nps other) {
    Objects.requireNonNull(other, "other");
    Checks.requireSameForMerge("Nps", "variant", variant.id(), other.variant.id());
    return of(variant,
        Checks.addCounts("promoters", promoters, other.promoters),
        Checks.addCounts("passives", passives, other.passives),
        Checks.addCounts("detractors", detractors, other.detractors));
  }

  /**
   * Compares this NPS with a baseline from an independent sample by Rocks' adjusted-Wald two-sample
   * test ({@code nps_test(x, y, test = "adjusted.wald")} in his R package, {@code R/nps_tests.R}):
   * ¾, 1½ and ¾ pseudo-answers are added to each side as in {@link #adjustedWaldInterval}; the
   * adjusted difference is d' = NPS'₁ − NPS'₂ of the adjusted scores, its standard error
   * SE = sqrt(SE'₁² + SE'₂²) from the adjusted counts (each variance divided by its n + 3), the
   * p-value is two-sided from z = d' / SE, and the interval d' ± z · SE is clipped to [−200, 200].
   *
   * <p>{@link Comparison#difference()} is the adjusted difference d', the estimate the interval and
   * the test are built on, so the interval always contains it. It is slightly closer to 0 than the
   * plain {@code value() − baseline.value()} (the two agree as n grows): with 3 promoters against
   * 3 detractors the plain difference is 200 points, d' = 100 and its 95 % interval [19.98, 180.02]. For
   * the unadjusted test see {@link #waldComparedWith}. (Rocks' package reports the absolute
   * difference; here it is signed, this minus baseline.)
   *
   * @param baseline the NPS to compare against, of the same variant
   * @return the comparison in NPS points, or empty if either side has n = 0
   * @throws IncompatibleMergeException if the variants differ
   */
  @Override
  public Optional<Comparison> comparedWith(Nps baseline) {
    Objects.requireNonNull(baseline, "baseline");
    Checks.requireSameForMerge("Nps", "variant", variant.id(), baseline.variant.id());
    if (n == 0 || baseline.n == 0) {
      return Optional.empty();
    }
    double pseudo = PSEUDO_PROMOTERS + PSEUDO_PASSIVES + PSEUDO_DETRACTORS;
    return Optional.of(compare(
        promoters + PSEUDO_PROMOTERS, detractors + PSEUDO_DETRACTORS, n + pseudo,
        baseline.promoters + PSEUDO_PROMOTERS, baseline.detractors + PSEUDO_DETRACTORS, baseline.n + pseudo,
        ADJUSTED_WALD_TEST));
  }

  /**
   * Compares this NPS with a baseline from an independent sample by the plain Wald z-test (Rocks'
   * default {@code test = "wald"}): d = NPS₁ − NPS₂, SE = sqrt(SE₁² + SE₂²) with the
   * {@linkplain #standardError() standard errors} of both sides, a two-sided p-value from
   * z = d / SE, and the interval d ± z · SE clipped to [−200, 200]. With both standard errors 0
   * (each side all in one group) the p-value is 1 for d = 0 and 0 otherwise; prefer
   * {@link #comparedWith}.
   *
   * @param baseline the NPS to compare against, of the same variant
   * @return the comparison in NPS points, or empty if either side has n = 0
   * @throws IncompatibleMergeException if the variants differ
   */
  public Optional<Comparison> waldComparedWith(Nps baseline) {
    Objects.requireNonNull(baseline, "baseline");
    Checks.requireSameForMerge("Nps", "variant", variant.id(), baseline.variant.id());
    if (n == 0 || baseline.n == 0) {
      return Optional.empty();
    }
    return Optional.of(compare(promoters, detractors, n,
        baseline.promoters, baseline.detractors, baseline.n, WALD_TEST));
  }

  private static Comparison compare(double pro1, double det1, double n1, double pro2, double det2,
      double n2, String method) {
    double difference = 100 * ((pro1 - det1) / n1 - (pro2 - det2) / n2);
    double se = 100 * Math.sqrt(variance(pro1, det1, n1) / n1 + variance(pro2, det2, n2) / n2);
    return Comparison.normal(difference, se, -200, 200, method);
  }

  // ---------------------------------------------------------------------------------------------
  // Sample size

  /**
   * The number of answers needed for the Wald interval of an NPS to have at most the given margin
   * of error (half-width) in the worst case, p_pro = p_det = 50 %, where the variance term
   * p_pro + p_det − (p_pro − p_det)² reaches its maximum 1: n = ⌈z² · 100² / margin²⌉.
   * For example ±5 points at 95 % needs ⌈1.95996² · 10000 / 25⌉ = 1537 answers.
   *
   * @param marginOfError the half-width in NPS points, in (0, 200]
   * @param level the confidence level, strictly between 0 and 1
   * @return the number of answers, ≥ 1
   * @throws InvalidValueException if an argument is out of range, or the answer would exceed
   *     {@link Long#MAX_VALUE}
   */
  public static long requiredSampleSize(double marginOfError, double level) {
    return requiredSampleSize(marginOfError, level, 50, 50);
  }

  /**
   * The number of answers needed for the Wald interval of an NPS to have at most the given margin
   * of error (half-width) when the shares of promoters and detractors are expected to be as given:
   * n = ⌈z² · (p_pro + p_det − (p_pro − p_det)²) · 100² / margin²⌉ with the shares on 0..1
   * (the variance of {@link #standardError()} solved for n). At least 1 answer is always needed, even
   * when the expected variance is 0.
   *
   * @param marginOfError the half-width in NPS points, in (0, 200]
   * @param level the confidence level, strictly between 0 and 1
   * @param expectedPromoterShare the expected percentage of promoters, in [0, 100]
   * @param expectedDetractorShare the expected percentage of detractors, in [0, 100], with the two
   *     shares summing to at most 100
   * @return the number of answers, ≥ 1
   * @throws InvalidValueException if an argument is out of range, or the answer would exceed
   *     {@link Long#MAX_VALUE}
   */
  public static long requiredSampleSize(double marginOfError, double level,
      double expectedPromoterShare, double expectedDetractorShare) {
    if (!(marginOfError > 0 && marginOfError <= 200)) {
      throw new InvalidValueException("marginOfError", marginOfError,
          "must lie in (0, 200] NPS points");
    }
    Checks.requireLevel(level);
    requireShare("expectedPromoterShare", expectedPromoterShare);
    requireShare("expectedDetractorShare", expectedDetractorShare);
    // A hair of tolerance lets shares such as 60.1 + 39.9 through despite rounding.
    if (expectedPromoterShare + expectedDetractorShare > 100 + 1e-9) {
      throw new InvalidValueException("expectedPromoterShare + expectedDetractorShare",
          expectedPromoterShare + expectedDetractorShare, "the shares must sum to at most 100");
    }
    double pro = expectedPromoterShare / 100;
    double det = expectedDetractorShare / 100;
    double z = Distributions.normalQuantile(level);
    double needed = Math.ceil(z * z * variance(pro, det, 1) * 10_000 / (marginOfError * marginOfError));
    if (!(needed < 0x1p63)) {
      throw new InvalidValueException("marginOfError", marginOfError,
          "is too small: it would need more than " + Long.MAX_VALUE + " answers");
    }
    return Math.max(1, (long) needed);
  }

  private static void requireShare(String field, double share) {
    if (!(share >= 0 && share <= 100)) {
      throw new InvalidValueException(field, share, "a share must lie in [0, 100]");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Serial forms

  /**
   * The compact binary serial form: format version, kind {@code nps}, the variant as one byte
   * (0 standard, 1 one-to-ten), then promoters, passives and detractors as varints.
   *
   * @return the serial form
   */
  public byte[] toBytes() {
    return new SerialWriter(SerialKind.NPS).writeByte(variant.tag())
        .writeCount(promoters).writeCount(passives).writeCount(detractors).toByteArray();
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @param bytes the serial form
   * @return the NPS
   * @throws SerialFormException if the bytes are truncated, have trailing bytes, are of another
   *     version or kind, name an unknown variant or have counts summing past {@link Long#MAX_VALUE}
   */
  public static Nps fromBytes(byte[] bytes) {
    SerialReader reader = SerialReader.open(Objects.requireNonNull(bytes, "bytes"), SerialKind.NPS);
    int tag = reader.readByte("variant");
    NpsVariant variant;
    try {
      variant = NpsVariant.ofTag(tag);
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
    long pro = reader.readCount("promoters");
    long pas = reader.readCount("passives");
    long det = reader.readCount("detractors");
    reader.finish();
    try {
      return of(variant, pro, pas, det);
    } catch (CxException e) {
      throw reader.invalid(e);
    }
  }

  /**
   * The JSON shape, {@code {"format":1,"kind":"nps","variant":"standard","promoters":…,
   * "passives":…,"detractors":…}}, as an unmodifiable map that any JSON library writes as is.
   *
   * @return the JSON shape
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = JsonShape.start(SerialKind.NPS);
    shape.put("variant", variant.id());
    shape.put("promoters", promoters);
    shape.put("passives", passives);
    shape.put("detractors", detractors);
    return JsonShape.seal(shape);
  }

  /**
   * Reads what {@link #toJsonShape()} produced, as parsed back by a JSON library into maps and
   * numbers.
   *
   * @param shape the JSON shape
   * @return the NPS
   * @throws SerialFormException naming the member that is missing, mistyped or invalid
   */
  public static Nps fromJsonShape(Map<String, ?> shape) {
    JsonShape reader = JsonShape.open(Objects.requireNonNull(shape, "shape"), SerialKind.NPS);
    String name = reader.string("variant");
    long pro = reader.count("promoters");
    long pas = reader.count("passives");
    long det = reader.count("detractors");
    try {
      return of(NpsVariant.ofId(name), pro, pas, det);
    } catch (CxException e) {
      throw reader.invalid(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /**
   * p_pro + p_det − (p_pro − p_det)² on the 0..1 scale, written as a sum of non-negative terms,
   * p_pro(1 − p_pro) + p_det(1 − p_det) + 2·p_pro·p_det, so that rounding cannot make it negative.
   */
  private static double variance(double pro, double det, double total) {
    double p = pro / total;
    double d = det / total;
    return p * (1 - p) + d * (1 - d) + 2 * p * d;
  }

  /** The Wald interval of (possibly adjusted) counts, in NPS points, clipped to [−100, 100]. */
  private static Interval interval(double pro, double det, double total, double level) {
    double nps = 100 * (pro - det) / total;
    double half = Distributions.normalQuantile(level) * 100 * Math.sqrt(variance(pro, det, total) / total);
    return new Interval(clip(nps - half), clip(nps + half), level);
  }

  /** Guards the last bit of rounding: an NPS never leaves [−100, 100]. */
  private static double clip(double nps) {
    return Math.max(-100, Math.min(100, nps));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Nps other && variant == other.variant && promoters == other.promoters
        && passives == other.passives && detractors == other.detractors;
  }

  @Override
  public int hashCode() {
    return Objects.hash(variant, promoters, passives, detractors);
  }

  /**
   * @return e.g. {@code Nps{15.00, n=100: 40 promoters, 35 passives, 25 detractors, standard}} or
   *     {@code Nps{empty, standard}}
   */
  @Override
  public String toString() {
    if (n == 0) {
      return "Nps{empty, " + variant.id() + "}";
    }
    return String.format(Locale.ROOT, "Nps{%.2f, n=%d: %d promoters, %d passives, %d detractors, %s}",
        value().orElseThrow(), n, promoters, passives, detractors, variant.id());
  }
}
