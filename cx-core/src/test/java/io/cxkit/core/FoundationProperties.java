package io.cxkit.core;

import static io.cxkit.core.SerialForms.asParsedJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Holm;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Mean;
import io.cxkit.core.stats.Percentage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the foundation: merge = batch, order independence, interval ranges, round trips. */
class FoundationProperties {

  /** A scale and some scores on it. */
  record Scored(RatingScale scale, List<Integer> scores) {
    int[] ints() {
      return scores.stream().mapToInt(Integer::intValue).toArray();
    }

    byte[] bytes() {
      byte[] bytes = new byte[scores.size()];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (int) scores.get(i);
      }
      return bytes;
    }

    long[] counts() {
      long[] counts = new long[scale.points()];
      for (int score : scores) {
        counts[score - scale.min()]++;
      }
      return counts;
    }
  }

  @Provide
  Arbitrary<Scored> scored() {
    return CoreArbitraries.scales().flatMap(scale -> CoreArbitraries.scoresOn(scale).map(s -> new Scored(scale, s)));
  }

  /** Three lists of scores on one scale. */
  @Provide
  Arbitrary<List<Scored>> threeOnOneScale() {
    return CoreArbitraries.scales().flatMap(scale -> CoreArbitraries.scoresOn(scale).list().ofSize(3)
        .map(lists -> lists.stream().map(s -> new Scored(scale, s)).toList()));
  }

  @Provide
  Arbitrary<List<ScoreDistribution>> threeDistributions() {
    return CoreArbitraries.scales().flatMap(scale -> CoreArbitraries.distributionsOn(scale).list().ofSize(3));
  }

  // ---- distributions -----------------------------------------------------------------------------

  @Property
  void bytesIntsCountsAndAccumulatorsGiveTheSameDistribution(@ForAll("scored") Scored s) {
    ScoreDistribution fromCounts = ScoreDistribution.ofCounts(s.scale(), s.counts());
    assertThat(ScoreDistribution.ofScores(s.scale(), s.ints())).isEqualTo(fromCounts);
    assertThat(ScoreDistribution.ofScores(s.scale(), s.bytes())).isEqualTo(fromCounts);
    ScoreAccumulator one = new ScoreAccumulator(s.scale());
    ConcurrentScoreAccumulator concurrent = new ConcurrentScoreAccumulator(s.scale());
    for (int score : s.ints()) {
      one.add(score);
      concurrent.add(score);
    }
    assertThat(one.snapshot()).isEqualTo(fromCounts);
    assertThat(concurrent.snapshot()).isEqualTo(fromCounts);
    assertThat(fromCounts.total()).isEqualTo(s.scores().size());
  }

  @Property
  void plusIsCountingTheConcatenation(@ForAll("threeOnOneScale") List<Scored> three) {
    RatingScale scale = three.get(0).scale();
    ScoreDistribution a = ScoreDistribution.ofScores(scale, three.get(0).ints());
    ScoreDistribution b = ScoreDistribution.ofScores(scale, three.get(1).ints());
    List<Integer> both = new ArrayList<>(three.get(0).scores());
    both.addAll(three.get(1).scores());
    assertThat(a.plus(b)).isEqualTo(ScoreDistribution.ofScores(scale, new Scored(scale, both).ints()));
    // An accumulator fed batch by batch, merged from another, agrees too.
    ScoreAccumulator acc = new ScoreAccumulator(scale).addAll(three.get(0).bytes());
    acc.merge(new ScoreAccumulator(scale).addAll(three.get(1).ints()));
    assertThat(acc.snapshot()).isEqualTo(a.plus(b));
  }

  @Property
  void plusIsAssociativeAndCommutative(@ForAll("threeDistributions") List<ScoreDistribution> three) {
    ScoreDistribution a = three.get(0);
    ScoreDistribution b = three.get(1);
    ScoreDistribution c = three.get(2);
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    assertThat(a.plus(ScoreDistribution.empty(a.scale()))).isEqualTo(a);
  }

  @Property
  void orderDoesNotMatter(@ForAll("scored") Scored s, @ForAll long seed) {
    List<Integer> shuffled = new ArrayList<>(s.scores());
    Collections.shuffle(shuffled, new Random(seed));
    Scored other = new Scored(s.scale(), shuffled);
    assertThat(ScoreDistribution.ofScores(s.scale(), other.ints()))
        .isEqualTo(ScoreDistribution.ofScores(s.scale(), s.ints()));
    // Split anywhere into two batches and merged: the same again.
    int cut = shuffled.isEmpty() ? 0 : new Random(seed).nextInt(shuffled.size() + 1);
    ScoreAccumulator first = new ScoreAccumulator(s.scale()).addAll(other.ints(), 0, cut);
    ScoreAccumulator second = new ScoreAccumulator(s.scale()).addAll(other.ints(), cut, shuffled.size());
    assertThat(second.merge(first).snapshot()).isEqualTo(ScoreDistribution.ofScores(s.scale(), s.ints()));
  }

  @Property
  void aBadScoreAnywhereLeavesTheAccumulatorUnchanged(@ForAll("scored") Scored s, @ForAll long seed) {
    ScoreAccumulator acc = new ScoreAccumulator(s.scale()).addAll(s.ints());
    ScoreDistribution before = acc.snapshot();
    int[] batch = s.ints().clone();
    int[] withBad = new int[batch.length + 1];
    int at = new Random(seed).nextInt(withBad.length);
    for (int i = 0, j = 0; i < withBad.length; i++) {
      withBad[i] = i == at ? s.scale().max() + 1 : batch[j++];
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> acc.addAll(withBad))
        .isInstanceOf(ScoreOutOfScaleException.class)
        .hasMessageStartingWith("scores[" + at + "] = ");
    assertThat(acc.snapshot()).isEqualTo(before);
  }

  @Property
  void meanAndVarianceStayInRange(@ForAll("distributions") ScoreDistribution d) {
    if (d.isEmpty()) {
      assertThat(d.mean()).isEmpty();
      return;
    }
    assertThat(d.mean().getAsDouble()).isBetween((double) d.scale().min(), (double) d.scale().max());
    if (d.total() >= 2) {
      // A variance is at most (max − min)²/4 · n/(n − 1) (Popoviciu's inequality, sample form).
      double range = d.scale().max() - d.scale().min();
      double bound = range * range / 4 * d.total() / (d.total() - 1);
      assertThat(d.sampleVariance().getAsDouble()).isBetween(0.0, bound * (1 + 1e-9));
    }
  }

  @Provide
  Arbitrary<ScoreDistribution> distributions() {
    return CoreArbitraries.distributions();
  }

  /** Confidence levels from 50 % to 99.9 %, and the usual ones. */
  @Provide
  Arbitrary<Double> levels() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(0.5, 0.999).ofScale(4), Arbitraries.of(0.9, 0.95, 0.99));
  }

  // ---- percentages -------------------------------------------------------------------------------

  @Provide
  Arbitrary<Percentage> percentages() {
    return CoreArbitraries.nonEmptyPercentages();
  }

  @Property
  void wilsonIntervalContainsTheEstimateAndLiesInZeroToHundred(
      @ForAll("percentages") Percentage p, @ForAll("levels") double level) {
    Interval wilson = p.wilsonInterval(level).orElseThrow();
    assertThat(wilson.lower()).isBetween(0.0, 100.0);
    assertThat(wilson.upper()).isBetween(0.0, 100.0);
    assertThat(wilson.contains(p.value().getAsDouble())).as("%s contains %s", wilson, p).isTrue();
    Interval wald = p.waldInterval(level).orElseThrow();
    assertThat(wald.lower()).isBetween(0.0, 100.0);
    assertThat(wald.upper()).isBetween(0.0, 100.0);
  }

  @Property
  void newcombeIntervalContainsTheDifferenceAndLiesInRange(
      @ForAll("percentages") Percentage a, @ForAll("percentages") Percentage b) {
    Comparison c = a.comparedWith(b).orElseThrow();
    Interval interval = c.confidenceInterval(0.95);
    assertThat(interval.lower()).isBetween(-100.0, 100.0);
    assertThat(interval.upper()).isBetween(-100.0, 100.0);
    assertThat(interval.lower()).isLessThanOrEqualTo(c.difference() + 1e-9);
    assertThat(interval.upper()).isGreaterThanOrEqualTo(c.difference() - 1e-9);
    assertThat(c.pValue()).isBetween(0.0, 1.0);
  }

  @Property
  void percentagePlusIsExact(@ForAll("percentages") Percentage a, @ForAll("percentages") Percentage b,
      @ForAll("percentages") Percentage c) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    assertThat(a.plus(b).successes()).isEqualTo(a.successes() + b.successes());
    assertThat(a.plus(b).n()).isEqualTo(a.n() + b.n());
  }

  @Property
  void wilsonIntervalNarrowsAsNGrows(@ForAll("percentages") Percentage p, @ForAll @IntRange(min = 2, max = 100) int k) {
    Percentage larger = Percentage.of(p.successes() * k, p.n() * k);
    assertThat(larger.wilsonInterval(0.95).orElseThrow().width())
        .isLessThan(p.wilsonInterval(0.95).orElseThrow().width());
  }

  // ---- means -------------------------------------------------------------------------------------

  @Provide
  Arbitrary<ScoreDistribution> spreadDistributions() {
    return CoreArbitraries.distributions().filter(d -> d.total() >= 2 && d.sumOfSquaredDeviations() > 0);
  }

  @Property
  void meanIntervalLiesWithinTheScaleAndContainsTheMean(
      @ForAll("spreadDistributions") ScoreDistribution d, @ForAll("levels") double level) {
    Mean mean = Mean.of(d);
    Interval interval = mean.confidenceInterval(level).orElseThrow();
    assertThat(interval.lower()).isGreaterThanOrEqualTo(d.scale().min());
    assertThat(interval.upper()).isLessThanOrEqualTo(d.scale().max());
    assertThat(interval.contains(mean.value().getAsDouble())).isTrue();
  }

  @Property(tries = 300)
  void meanIntervalNarrowsAsNGrows(
      @ForAll("spreadDistributions") ScoreDistribution d, @ForAll @IntRange(min = 2, max = 100) int k) {
    long[] counts = d.counts();
    for (int i = 0; i < counts.length; i++) {
      counts[i] *= k;
    }
    ScoreDistribution larger = ScoreDistribution.ofCounts(d.scale(), counts);
    // Bounded by the scale, the clipped interval can only keep its width or shrink...
    assertThat(Mean.of(larger).confidenceInterval(0.95).orElseThrow().width())
        .isLessThanOrEqualTo(Mean.of(d).confidenceInterval(0.95).orElseThrow().width());
    // ...and unclipped it shrinks strictly: s² = k·M2/(kn − 1) < M2/(n − 1), SE and t both fall.
    Mean unbounded = Mean.of(d.total(), d.mean().getAsDouble(), d.sampleVariance().getAsDouble());
    Mean unboundedLarger = Mean.of(larger.total(), larger.mean().getAsDouble(), larger.sampleVariance().getAsDouble());
    assertThat(unboundedLarger.confidenceInterval(0.95).orElseThrow().width())
        .isLessThan(unbounded.confidenceInterval(0.95).orElseThrow().width());
  }

  @Property
  void meanPlusEqualsTheMeanOfTheConcatenation(
      @ForAll @Size(max = 40) List<@DoubleRange(min = -1000, max = 1000) Double> xs,
      @ForAll @Size(max = 40) List<@DoubleRange(min = -1000, max = 1000) Double> ys) {
    Mean merged = values(xs).plus(values(ys));
    List<Double> both = new ArrayList<>(xs);
    both.addAll(ys);
    Mean direct = values(both);
    assertThat(merged.n()).isEqualTo(direct.n());
    if (direct.n() > 0) {
      assertThat(merged.value().getAsDouble()).isCloseTo(direct.value().getAsDouble(), within(1e-9));
    }
    if (direct.n() > 1) {
      double v = direct.sampleVariance().getAsDouble();
      assertThat(merged.sampleVariance().getAsDouble()).isCloseTo(v, within(1e-9 * Math.max(1, v)));
    }
  }

  private static Mean values(List<Double> values) {
    return Mean.ofValues(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Property
  void meanOfADistributionMergesLikeTheDistribution(@ForAll("threeDistributions") List<ScoreDistribution> three) {
    ScoreDistribution a = three.get(0);
    ScoreDistribution b = three.get(1);
    Mean merged = Mean.of(a).plus(Mean.of(b));
    Mean direct = Mean.of(a.plus(b));
    assertThat(merged.n()).isEqualTo(direct.n());
    if (direct.n() > 0) {
      assertThat(merged.value().getAsDouble()).isCloseTo(direct.value().getAsDouble(), within(1e-9));
    }
  }

  // ---- Holm --------------------------------------------------------------------------------------

  @Property
  void holmAdjustedValuesAreAtLeastRawAtMostOneAndKeepTheOrder(
      @ForAll @Size(max = 30) List<@DoubleRange(min = 0, max = 1) Double> raw) {
    double[] p = raw.stream().mapToDouble(Double::doubleValue).toArray();
    double[] adjusted = Holm.adjust(p);
    for (int i = 0; i < p.length; i++) {
      assertThat(adjusted[i]).isBetween(p[i], 1.0);
      for (int j = 0; j < p.length; j++) {
        if (p[i] <= p[j]) {
          assertThat(adjusted[i]).isLessThanOrEqualTo(adjusted[j]);
        }
      }
    }
  }

  // ---- serial forms ------------------------------------------------------------------------------

  @Provide
  Arbitrary<Mean> means() {
    return CoreArbitraries.means();
  }

  @Property
  void distributionsRoundTrip(@ForAll("distributions") ScoreDistribution d) {
    assertThat(ScoreDistribution.fromBytes(d.toBytes())).isEqualTo(d);
    assertThat(ScoreDistribution.fromJsonShape(d.toJsonShape())).isEqualTo(d);
    assertThat(ScoreDistribution.fromJsonShape(asParsedJson(d.toJsonShape()))).isEqualTo(d);
  }

  @Property
  void percentagesRoundTrip(@ForAll("anyPercentage") Percentage p) {
    assertThat(Percentage.fromBytes(p.toBytes())).isEqualTo(p);
    assertThat(Percentage.fromJsonShape(p.toJsonShape())).isEqualTo(p);
    assertThat(Percentage.fromJsonShape(asParsedJson(p.toJsonShape()))).isEqualTo(p);
  }

  @Provide
  Arbitrary<Percentage> anyPercentage() {
    return Arbitraries.oneOf(CoreArbitraries.percentages(), Combinators.combine(
        Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as((x, y) -> Percentage.of(Math.min(x, y), Math.max(x, y))));
  }

  @Property
  void meansRoundTripBitForBit(@ForAll("means") Mean m) {
    assertThat(Mean.fromBytes(m.toBytes())).isEqualTo(m);
    assertThat(Mean.fromJsonShape(m.toJsonShape())).isEqualTo(m);
    assertThat(Mean.fromJsonShape(asParsedJson(m.toJsonShape()))).isEqualTo(m);
    assertThat(Mean.fromBytes(m.toBytes()).toBytes()).isEqualTo(m.toBytes());
  }
}
