package io.cxkit.core.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Interval;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {
  private static final KaplanMeier MP = KaplanMeier.of(Freireich.mp());
  private static final KaplanMeier PLACEBO = KaplanMeier.of(Freireich.placebo());

  /**
   * The 6-MP group worked by hand. Ties: at 6 weeks three relapses and one censoring; the censored
   * patient is still at risk at 6 (events before censorings), so n = 21 there. Censored times
   * (9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35) leave S unchanged and leave the risk set after.
   *
   * <pre>
   *  t   n   d  S(t)                         Σ d/(n(n−d))                 Greenwood SE = S·√Σ
   *  6  21   3  18/21         = 0.857143    3/(21·18) = 0.0079365        0.076360
   *  7  17   1  × 16/17       = 0.806723    + 1/(17·16) = 0.0116130      0.086935
   * 10  15   1  × 14/15       = 0.752941    + 1/(15·14) = 0.0163749      0.096350
   * 13  12   1  × 11/12       = 0.690196    + 1/(12·11) = 0.0239507      0.106815
   * 16  11   1  × 10/11       = 0.627451    + 1/(11·10) = 0.0330416      0.114054
   * 22   7   1  × 6/7         = 0.537815    + 1/(7·6)   = 0.0568511      0.128234
   * 23   6   1  × 5/6         = 0.448179    + 1/(6·5)   = 0.0901844      0.134591
   * </pre>
   *
   * The survival column is the one published by Kleinbaum and Klein (Survival Analysis, Chapter 2)
   * and Collett (Modelling Survival Data, Section 2.1): 0.857, 0.807, 0.753, 0.690, 0.627, 0.538,
   * 0.448; the standard errors are R's {@code survfit} on {@code MASS::gehan}.
   */
  @Nested
  class HandWorkedTable {
    @Test
    void steps() {
      List<KaplanMeier.Step> steps = MP.steps();
      assertThat(steps).extracting(KaplanMeier.Step::time).containsExactly(6.0, 7.0, 10.0, 13.0, 16.0, 22.0, 23.0);
      assertThat(steps).extracting(KaplanMeier.Step::atRisk).containsExactly(21L, 17L, 15L, 12L, 11L, 7L, 6L);
      assertThat(steps).extracting(KaplanMeier.Step::events).containsExactly(3L, 1L, 1L, 1L, 1L, 1L, 1L);
      double[] survival = {18.0 / 21, 0.806723, 0.752941, 0.690196, 0.627451, 0.537815, 0.448179};
      double[] se = {0.076360, 0.086935, 0.096350, 0.106815, 0.114054, 0.128234, 0.134591};
      for (int i = 0; i < steps.size(); i++) {
        assertThat(steps.get(i).survival()).isCloseTo(survival[i], within(1e-6));
        assertThat(steps.get(i).standardError()).isCloseTo(se[i], within(1e-6));
      }
      assertThat(MP.eventTimes()).containsExactly(6, 7, 10, 13, 16, 22, 23);
      assertThat(MP.n()).isEqualTo(21);
    }

    @Test
    void survivalIsARightContinuousStepFunction() {
      assertThat(MP.survivalAt(0)).hasValue(1.0);
      assertThat(MP.survivalAt(5.999)).hasValue(1.0);
      assertThat(MP.survivalAt(6).getAsDouble()).isCloseTo(0.857143, within(1e-6));
      assertThat(MP.survivalAt(9.5).getAsDouble()).isCloseTo(0.806723, within(1e-6));
      assertThat(MP.survivalAt(22.9).getAsDouble()).isCloseTo(0.537815, within(1e-6));
      // Held after the last observed time (35 weeks, censored).
      assertThat(MP.survivalAt(100).getAsDouble()).isCloseTo(0.448179, within(1e-6));
      assertThat(MP.survivalAt(-1)).hasValue(1.0);
      assertThat(MP.standardErrorAt(3)).hasValue(0.0);
      assertThat(MP.standardErrorAt(13.5).getAsDouble()).isCloseTo(0.106815, within(1e-6));
    }

    @Test
    void logLogIntervals() {
      // At 6 weeks: log(−log 0.857143) = −1.869825; σ = √0.0079365 / |log 0.857143| = 0.577927;
      // z = 1.959964: exp(−exp(−1.869825 ± 1.132716)) = [0.619718, 0.951552]. R's
      // survfit(conf.type = "log-log") prints 0.620 and 0.952.
      Interval at6 = MP.confidenceIntervalAt(6, 0.95).orElseThrow();
      assertThat(at6.lower()).isCloseTo(0.619718, within(1e-6));
      assertThat(at6.upper()).isCloseTo(0.951552, within(1e-6));
      // At 23 weeks: [0.188052, 0.680143].
      Interval at23 = MP.confidenceIntervalAt(23, 0.95).orElseThrow();
      assertThat(at23.lower()).isCloseTo(0.188052, within(1e-6));
      assertThat(at23.upper()).isCloseTo(0.680143, within(1e-6));
      // Before the first event S = 1 and the interval is [1, 1].
      assertThat(MP.confidenceIntervalAt(5, 0.9).orElseThrow()).isEqualTo(new Interval(1, 1, 0.9));
    }

    @Test
    void quantiles() {
      // Median: the first event time with S ≤ 0.5 is 23 (S(22) = 0.538, S(23) = 0.448).
      assertThat(MP.medianLifetime()).hasValue(23.0);
      // A quarter relapsed (S ≤ 0.75) at 13 weeks: S(10) = 0.7529 is still above 0.75.
      assertThat(MP.lifetimeAtSurvival(0.75)).hasValue(13.0);
      // S never drops to 0.4: absent.
      assertThat(MP.lifetimeAtSurvival(0.4)).isEmpty();
      assertThat(MP.lifetimeAtSurvival(1)).hasValue(6.0);
      // Placebo: S(5) = 12/21 = 0.571, S(8) = 8/21 = 0.381, so the median is 8 weeks.
      assertThat(PLACEBO.medianLifetime()).hasValue(8.0);
      assertThat(PLACEBO.lifetimeAtSurvival(0)).hasValue(23.0);
    }
  }

  @Test
  void survivalReachingZero() {
    // Placebo: the last patient relapses at 23 weeks, S(23) = 0; the interval is [0, 0], the SE 0.
    assertThat(PLACEBO.survivalAt(23)).hasValue(0.0);
    assertThat(PLACEBO.confidenceIntervalAt(30, 0.95).orElseThrow()).isEqualTo(new Interval(0, 0, 0.95));
    assertThat(PLACEBO.standardErrorAt(23)).hasValue(0.0);
    // At 8 weeks: S = 8/21 = 0.380952; Σ = 2/(21·19) + 2/(19·17) + 1/(17·16) + 2/(16·14) + 2/(14·12)
    // + 4/(12·8) = 0.0773810; SE = 0.380952·√0.077381 = 0.105971.
    assertThat(PLACEBO.survivalAt(8).getAsDouble()).isCloseTo(8.0 / 21, within(1e-12));
    assertThat(PLACEBO.standardErrorAt(8).getAsDouble()).isCloseTo(0.105971, within(1e-6));
  }

  @Test
  void survivalKeepsItsPrecisionWhenNearlyEveryoneAtRiskChurns() {
    // Regression: S was computed as 1 − d/n, and with n = 2^60 at risk and d = 2^60 − 1 events
    // d/n rounds to 1, so S became 0 (interval [0, 0]) although one customer is still at risk.
    // By hand: S(1) = (n − d)/n = 1/2^60 = 8.673617e-19, exact in binary; Greenwood's sum is
    // d/(n(n − d)) = 1 − 2^-60, so the SE equals S to double precision; the log-log interval at
    // 95 % is exp(−exp(log(60 ln 2) ± 1.959964 / (60 ln 2))) = [1.165796e-19, 5.883772e-18].
    long n = 1L << 60;
    KaplanMeier km = KaplanMeier.of(LifetimeTable.of(new double[] {1, 2}, new long[] {n - 1, 0}, new long[] {0, 1}));
    assertThat(km.survivalAt(1)).hasValue(0x1p-60);
    assertThat(km.survivalAt(5)).hasValue(0x1p-60);
    assertThat(km.standardErrorAt(1).getAsDouble()).isCloseTo(0x1p-60, within(1e-30));
    Interval interval = km.confidenceIntervalAt(1, 0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(1.165796e-19, within(1e-25));
    assertThat(interval.upper()).isCloseTo(5.883772e-18, within(1e-24));
    assertThat(km.medianLifetime()).hasValue(1.0);
    assertThat(km.lifetimeAtSurvival(0)).isEmpty();
  }

  @Test
  void survivalExactlyAtPCountsDespiteRounding() {
    // Events at 1, 2, 3, 4 of 4 customers: S(2) = 3/4 · 2/3 = 0.5 exactly in exact arithmetic,
    // 0.49999999999999994 or 0.5 in doubles; either way the median is 2 (R reports 2.5, the middle
    // of the flat stretch [2, 3) where S = 0.5).
    KaplanMeier km = KaplanMeier.of(LifetimeTable.ofDurations(new double[] {1, 2, 3, 4},
        new boolean[] {true, true, true, true}));
    assertThat(km.medianLifetime()).hasValue(2.0);
    assertThat(km.lifetimeAtSurvival(0.25)).hasValue(3.0);
  }

  @Test
  void emptyCurveSaysSo() {
    KaplanMeier empty = KaplanMeier.of(LifetimeTable.empty());
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.steps()).isEmpty();
    assertThat(empty.survivalAt(3)).isEmpty();
    assertThat(empty.standardErrorAt(3)).isEmpty();
    assertThat(empty.confidenceIntervalAt(3, 0.95)).isEmpty();
    assertThat(empty.medianLifetime()).isEmpty();
    assertThat(empty.restrictedMean(10).value()).isEmpty();
    assertThat(empty.restrictedMean(10).confidenceInterval(0.95)).isEmpty();
    assertThat(empty.comparedWith(MP)).isEmpty();
    assertThat(empty).hasToString("KaplanMeier{n=0, events=0, median=not reached}");
  }

  @Test
  void onlyCensoredCustomersKeepSurvivalAtOne() {
    KaplanMeier km = KaplanMeier.of(LifetimeTable.ofDurations(new double[] {3, 5}, new boolean[] {false, false}));
    assertThat(km.steps()).isEmpty();
    assertThat(km.survivalAt(10)).hasValue(1.0);
    assertThat(km.confidenceIntervalAt(10, 0.95).orElseThrow()).isEqualTo(new Interval(1, 1, 0.95));
    assertThat(km.medianLifetime()).isEmpty();
    assertThat(km.restrictedMean(5).value()).hasValue(5.0);
  }

  @Test
  void badArguments() {
    assertThatThrownBy(() -> MP.survivalAt(Double.NaN)).isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("t = NaN: must be a number");
    assertThatThrownBy(() -> MP.lifetimeAtSurvival(1.5)).isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("p = 1.5: a survival probability must lie in [0, 1]");
    assertThatThrownBy(() -> MP.confidenceIntervalAt(6, 1.0)).isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("level = 1.0: ");
    assertThatThrownBy(() -> KaplanMeier.of(null)).isInstanceOf(NullPointerException.class).hasMessage("table");
  }

  @Test
  void toStringNamesTheMedian() {
    assertThat(MP).hasToString("KaplanMeier{n=21, events=9, median=23.0}");
    assertThat(MP.steps().get(0)).hasToString("Step{t=6.0, atRisk=21, events=3, S=0.8571, se=0.0764}");
  }
}
