package io.cxkit.core.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.SerialForms;
import io.cxkit.core.stats.Interval;
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

class SurvivalProperties {

  /** A customer's record: a duration and whether it churned then. */
  record Lifetime(double duration, boolean churned) {}

  /** Whole days (many ties), fractional weeks and the odd zero, churned or still active. */
  @Provide
  Arbitrary<List<Lifetime>> lifetimes() {
    Arbitrary<Double> duration = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 40).map(Integer::doubleValue),
        Arbitraries.doubles().between(0, 100).ofScale(2));
    return Combinators.combine(duration, Arbitraries.of(true, true, false)).as(Lifetime::new).list().ofMaxSize(80);
  }

  private static LifetimeTable table(List<Lifetime> lifetimes) {
    LifetimeAccumulator acc = new LifetimeAccumulator();
    for (Lifetime l : lifetimes) {
      acc.add(l.duration(), l.churned());
    }
    return acc.snapshot();
  }

  @Provide
  Arbitrary<Double> levels() {
    return Arbitraries.of(0.5, 0.8, 0.9, 0.95, 0.99);
  }

  @Property
  void survivalIsNonIncreasingWithinZeroAndOne(@ForAll("lifetimes") List<Lifetime> lifetimes,
      @ForAll("levels") double level) {
    KaplanMeier km = KaplanMeier.of(table(lifetimes));
    if (km.isEmpty()) {
      assertThat(km.survivalAt(1)).isEmpty();
      return;
    }
    double previous = 1;
    for (double t = -1; t <= 101; t += 0.5) {
      double s = km.survivalAt(t).getAsDouble();
      assertThat(s).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
      previous = s;
      assertThat(km.standardErrorAt(t).getAsDouble()).isNotNaN().isGreaterThanOrEqualTo(0);
      Interval interval = km.confidenceIntervalAt(t, level).orElseThrow();
      assertThat(interval.lower()).isGreaterThanOrEqualTo(0);
      assertThat(interval.upper()).isLessThanOrEqualTo(1);
      assertThat(interval.contains(s)).isTrue();
    }
    for (KaplanMeier.Step step : km.steps()) {
      assertThat(km.survivalAt(step.time())).hasValue(step.survival());
      assertThat(step.atRisk()).isGreaterThanOrEqualTo(step.events());
    }
  }

  @Property
  void quantilesAreEventTimesWhereSurvivalFirstDropsToP(@ForAll("lifetimes") List<Lifetime> lifetimes,
      @ForAll("levels") double p) {
    KaplanMeier km = KaplanMeier.of(table(lifetimes));
    km.lifetimeAtSurvival(p).ifPresent(t -> {
      assertThat(km.survivalAt(t).getAsDouble()).isLessThanOrEqualTo(p + 1e-9);
      for (KaplanMeier.Step step : km.steps()) {
        if (step.time() < t) {
          assertThat(step.survival()).isGreaterThan(p - 1e-9);
        }
      }
    });
  }

  @Property
  void recordOrderAndSplittingDoNotMatter(@ForAll("lifetimes") List<Lifetime> lifetimes, @ForAll long seed) {
    LifetimeTable whole = table(lifetimes);
    List<Lifetime> shuffled = new ArrayList<>(lifetimes);
    Collections.shuffle(shuffled, new Random(seed));
    int cut = shuffled.isEmpty() ? 0 : new Random(seed).nextInt(shuffled.size() + 1);
    LifetimeTable left = table(shuffled.subList(0, cut));
    LifetimeTable right = table(shuffled.subList(cut, shuffled.size()));
    assertThat(left.plus(right)).isEqualTo(whole);
    assertThat(right.plus(left)).isEqualTo(whole);
    double[] durations = new double[shuffled.size()];
    boolean[] churned = new boolean[shuffled.size()];
    for (int i = 0; i < durations.length; i++) {
      durations[i] = shuffled.get(i).duration();
      churned[i] = shuffled.get(i).churned();
    }
    assertThat(LifetimeTable.ofDurations(durations, churned)).isEqualTo(whole);
    assertThat(new LifetimeAccumulator().merge(left).merge(right).snapshot()).isEqualTo(whole);
  }

  @Property
  void serialFormsRoundTrip(@ForAll("lifetimes") List<Lifetime> lifetimes) {
    LifetimeTable table = table(lifetimes);
    assertThat(LifetimeTable.fromBytes(table.toBytes())).isEqualTo(table);
    assertThat(LifetimeTable.fromJsonShape(SerialForms.asParsedJson(table.toJsonShape()))).isEqualTo(table);
  }

  @Property
  void restrictedMeanLiesWithinTheHorizon(@ForAll("lifetimes") List<Lifetime> lifetimes,
      @ForAll("levels") double level) {
    LifetimeTable table = table(lifetimes);
    if (table.isEmpty() || table.largestTime().getAsDouble() == 0) {
      return;
    }
    double horizon = table.largestTime().getAsDouble();
    RestrictedMeanLifetime rmst = RestrictedMeanLifetime.of(KaplanMeier.of(table), horizon);
    double mean = rmst.value().getAsDouble();
    assertThat(mean).isBetween(0.0, horizon);
    assertThat(rmst.standardError().getAsDouble()).isNotNaN().isGreaterThanOrEqualTo(0);
    Interval interval = rmst.confidenceInterval(level).orElseThrow();
    assertThat(interval.contains(mean)).isTrue();
    // A shorter horizon never gives a larger mean, and never more than the horizon itself.
    RestrictedMeanLifetime half = RestrictedMeanLifetime.of(KaplanMeier.of(table), horizon / 2);
    assertThat(half.value().getAsDouble()).isLessThanOrEqualTo(mean + 1e-9).isLessThanOrEqualTo(horizon / 2 + 1e-9);
  }

  @Property
  void logRankIsSymmetric(@ForAll("lifetimes") List<Lifetime> a, @ForAll("lifetimes") List<Lifetime> b) {
    LogRankTest.of(table(a), table(b)).ifPresent(test -> {
      LogRankTest swapped = LogRankTest.of(table(b), table(a)).orElseThrow();
      assertThat(swapped.chiSquare()).isCloseTo(test.chiSquare(), within(1e-9 * (1 + test.chiSquare())));
      assertThat(test.pValue()).isBetween(0.0, 1.0);
      assertThat(test.expected()).isBetween(0.0, (double) (test.observed() + test.baselineObserved()));
    });
  }
}
