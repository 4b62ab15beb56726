package io.cxkit.core;

import io.cxkit.core.stats.Mean;
import io.cxkit.core.stats.Percentage;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for cx-core's values, shared by the property classes. */
final class CoreArbitraries {
  private CoreArbitraries() {}

  /** Scales of 2..21 points starting at −10..10, so that every score also fits a byte; and the presets. */
  static Arbitrary<RatingScale> scales() {
    Arbitrary<RatingScale> small = Combinators.combine(
            Arbitraries.integers().between(-10, 10), Arbitraries.integers().between(1, 20))
        .as((min, span) -> RatingScale.of(min, min + span));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, small),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(RatingScale.NPS, RatingScale.CSAT, RatingScale.CES)));
  }

  /** Lists of up to 300 scores on {@code scale}. */
  static Arbitrary<List<Integer>> scoresOn(RatingScale scale) {
    return Arbitraries.integers().between(scale.min(), scale.max()).list().ofMaxSize(300);
  }

  /** Counts per point: mostly small, some zero, now and then large (up to 10^12). */
  static Arbitrary<ScoreDistribution> distributionsOn(RatingScale scale) {
    Arbitrary<Long> count = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.just(0L)),
        net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(1, 1000)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1, 1_000_000_000_000L)));
    return count.list().ofSize(scale.points())
        .map(list -> ScoreDistribution.ofCounts(scale, list.stream().mapToLong(Long::longValue).toArray()));
  }

  static Arbitrary<ScoreDistribution> distributions() {
    return scales().flatMap(CoreArbitraries::distributionsOn);
  }

  /** Percentages with n up to 10^7 (edge cases 0, 1 and n included), successes anywhere in 0..n. */
  static Arbitrary<Percentage> percentages() {
    return Arbitraries.longs().between(0, 10_000_000).flatMap(n -> Arbitraries.longs().between(0, n)
        .map(successes -> Percentage.of(successes, n)));
  }

  /** Non-empty percentages. */
  static Arbitrary<Percentage> nonEmptyPercentages() {
    return percentages().filter(p -> p.n() > 0);
  }

  /** Means of distributions (bounded by their scale), of observed values and of summaries (unbounded). */
  static Arbitrary<Mean> means() {
    Arbitrary<Mean> ofDistribution = distributions().map(Mean::of);
    Arbitrary<Mean> ofValues = Arbitraries.doubles().between(-1000, 1000).list().ofMaxSize(50)
        .map(values -> Mean.ofValues(values.stream().mapToDouble(Double::doubleValue).toArray()));
    Arbitrary<Mean> ofSummary = Combinators.combine(
            Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.doubles().between(-100, 100),
            Arbitraries.doubles().between(0, 1000))
        .as(Mean::of);
    return Arbitraries.oneOf(ofDistribution, ofValues, ofSummary);
  }
}
