package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.internal.Distributions;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of {@link Nps}: ranges, merge = batch, order independence, interval shapes, serial round trips. */
class NpsProperties extends MergeableEstimateContract<Nps> {

  NpsProperties() {
    super(-100, 100, Nps::toBytes, Nps::fromBytes, Nps::toJsonShape, Nps::fromJsonShape);
  }

  /** Three NPS of one variant, with counts from tiny to large enough that 4·(a + b + c) still fits. */
  @Provide
  Arbitrary<Trio<Nps>> trios() {
    Arbitrary<Long> count = Arbitraries.oneOf(Arbitraries.longs().between(0, 20),
        Arbitraries.longs().between(0, 1_000_000), Arbitraries.longs().between(0, Long.MAX_VALUE / 16));
    return Arbitraries.of(NpsVariant.class).flatMap(variant -> {
      Arbitrary<Nps> nps = Combinators.combine(count, count, count)
          .as((pro, pas, det) -> Nps.of(variant, pro, pas, det));
      return Combinators.combine(nps, nps, nps).as(Trio::new);
    });
  }


  /** Small counts half of the time, where intervals hit the edges of the NPS range most often. */
  private static Arbitrary<Long> count() {
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 20), Arbitraries.longs().between(0, 1_000_000));
  }

  @Provide
  Arbitrary<Nps> npsValues() {
    return Combinators.combine(Arbitraries.of(NpsVariant.class), count(), count(), count()).as(Nps::of);
  }

  @Provide
  Arbitrary<Nps> standardNps() {
    return Combinators.combine(count(), count(), count()).as(Nps::of);
  }

  @Provide
  Arbitrary<int[]> scores() {
    return Arbitraries.integers().between(0, 10).array(int[].class).ofMaxSize(300);
  }

  @Provide
  Arbitrary<Double> levels() {
    return Arbitraries.doubles().between(0.5, 0.999).ofScale(4);
  }

  @Property
  void npsLiesBetweenMinusAndPlusHundred(@ForAll("npsValues") Nps nps) {
    if (nps.isEmpty()) {
      assertThat(nps.value()).isEmpty();
      assertThat(nps.standardError()).isEmpty();
      return;
    }
    assertThat(nps.value().getAsDouble()).isBetween(-100.0, 100.0);
    assertThat(nps.standardError().getAsDouble()).isBetween(0.0, 100.0);
    // The shares are percentages of the same n and sum to 100 up to rounding.
    double sum = nps.promoterShare().value().getAsDouble() + nps.passiveShare().value().getAsDouble()
        + nps.detractorShare().value().getAsDouble();
    assertThat(sum).isCloseTo(100.0, within(1e-9));
  }

  @Property(tries = 300)
  void mergeEqualsComputingOverTheConcatenatedScores(@ForAll("scores") int[] a, @ForAll("scores") int[] b) {
    int[] both = new int[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    assertThat(Nps.ofScores(a).plus(Nps.ofScores(b))).isEqualTo(Nps.ofScores(both));
  }

  @Property(tries = 300)
  void orderDoesNotMatter(@ForAll("scores") int[] scores, @ForAll Random random) {
    List<Integer> shuffled = new ArrayList<>();
    for (int score : scores) {
      shuffled.add(score);
    }
    Collections.shuffle(shuffled, random);
    int[] reordered = shuffled.stream().mapToInt(Integer::intValue).toArray();
    Nps original = Nps.ofScores(scores);
    Nps other = Nps.ofScores(reordered);
    assertThat(other).isEqualTo(original);
    assertThat(other.value()).isEqualTo(original.value());
  }

  @Property(tries = 300)
  void bytesIntsAndCountsGiveTheSameNps(@ForAll("scores") int[] scores) {
    byte[] bytes = new byte[scores.length];
    long promoters = 0;
    long passives = 0;
    long detractors = 0;
    for (int i = 0; i < scores.length; i++) {
      bytes[i] = (byte) scores[i];
      if (scores[i] >= 9) {
        promoters++;
      } else if (scores[i] >= 7) {
        passives++;
      } else {
        detractors++;
      }
    }
    Nps fromInts = Nps.ofScores(scores);
    assertThat(Nps.ofScores(bytes)).isEqualTo(fromInts);
    assertThat(Nps.of(promoters, passives, detractors)).isEqualTo(fromInts);
    assertThat(Nps.of(ScoreDistribution.ofScores(RatingScale.NPS, scores))).isEqualTo(fromInts);
    assertThat(Nps.ofScores(bytes).value()).isEqualTo(fromInts.value());
  }

  @Property
  void waldIntervalContainsThePointEstimate(@ForAll("npsValues") Nps nps, @ForAll("levels") double level) {
    Optional<Interval> wald = nps.waldInterval(level);
    if (nps.isEmpty()) {
      assertThat(wald).isEmpty();
      return;
    }
    assertThat(wald.orElseThrow().contains(nps.value().getAsDouble())).isTrue();
  }

  @Property
  void everyIntervalLiesWithinTheNpsRange(@ForAll("npsValues") Nps nps, @ForAll("levels") double level) {
    for (Optional<Interval> interval : List.of(nps.waldInterval(level), nps.adjustedWaldInterval(level),
        nps.confidenceInterval(level))) {
      assertThat(interval.isPresent()).isEqualTo(!nps.isEmpty());
      interval.ifPresent(i -> {
        assertThat(i.lower()).isBetween(-100.0, 100.0);
        assertThat(i.upper()).isBetween(-100.0, 100.0);
        assertThat(i.level()).isEqualTo(level);
      });
    }
  }

  @Property
  void comparisonsLieWithinTwoHundredPoints(@ForAll("standardNps") Nps a, @ForAll("standardNps") Nps b,
      @ForAll("levels") double level) {
    for (Optional<Comparison> comparison : List.of(a.comparedWith(b), a.waldComparedWith(b))) {
      assertThat(comparison.isPresent()).isEqualTo(!a.isEmpty() && !b.isEmpty());
      comparison.ifPresent(c -> {
        assertThat(c.difference()).isBetween(-200.0, 200.0);
        assertThat(c.pValue()).isBetween(0.0, 1.0);
        Interval interval = c.confidenceInterval(level);
        assertThat(interval.lower()).isBetween(-200.0, 200.0);
        assertThat(interval.upper()).isBetween(-200.0, 200.0);
      });
    }
  }

  @Property
  void intervalsNarrowAsTheSampleGrows(@ForAll("standardNps") Nps nps, @ForAll @IntRange(min = 2, max = 1000) int k,
      @ForAll("levels") double level) {
    if (nps.isEmpty()) {
      return;
    }
    Nps larger = Nps.of(nps.promoters() * k, nps.passives() * k, nps.detractors() * k);
    assertThat(larger.value().getAsDouble()).isCloseTo(nps.value().getAsDouble(),
        within(1e-9));
    assertThat(larger.waldInterval(level).orElseThrow().width())
        .isLessThanOrEqualTo(nps.waldInterval(level).orElseThrow().width() + 1e-9);
    assertThat(larger.adjustedWaldInterval(level).orElseThrow().width())
        .isLessThanOrEqualTo(nps.adjustedWaldInterval(level).orElseThrow().width() + 1e-9);
  }

  @Property
  void sampleSizeReachesTheMargin(@ForAll @DoubleRange(min = 1, max = 50) double margin,
      @ForAll("levels") double level, @ForAll @IntRange(min = 0, max = 100) int promoterShare,
      @ForAll @IntRange(min = 0, max = 100) int detractorShare) {
    if (promoterShare + detractorShare > 100) {
      return;
    }
    long n = Nps.requiredSampleSize(margin, level, promoterShare, detractorShare);
    // With exactly the expected shares, n answers give a Wald half-width within the margin,
    // and one answer fewer would not (unless the variance is 0 and one answer is the minimum).
    double variance = promoterShare / 100.0 + detractorShare / 100.0
        - Math.pow((promoterShare - detractorShare) / 100.0, 2);
    double z = Distributions.normalQuantile(level);
    assertThat(z * 100 * Math.sqrt(variance / n)).isLessThanOrEqualTo(margin * (1 + 1e-12));
    if (n > 1) {
      assertThat(z * 100 * Math.sqrt(variance / (n - 1))).isGreaterThan(margin * (1 - 1e-12));
    }
    assertThat(n).isLessThanOrEqualTo(Nps.requiredSampleSize(margin, level));
  }
}
