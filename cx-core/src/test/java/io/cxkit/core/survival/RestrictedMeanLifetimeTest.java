package io.cxkit.core.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import org.junit.jupiter.api.Test;

class RestrictedMeanLifetimeTest {
  private static final KaplanMeier MP = KaplanMeier.of(Freireich.mp());
  private static final KaplanMeier PLACEBO = KaplanMeier.of(Freireich.placebo());

  /**
   * 6-MP up to τ = 10 weeks, by hand. Area: S = 1 on [0, 6), 0.857143 on [6, 7), 0.806723 on
   * [7, 10): 6 + 0.857143 + 3 · 0.806723 = 9.277311 weeks. Variance (Klein and Moeschberger,
   * eq. 4.5.2), over the event times 6, 7, 10: A₆ = 0.857143 + 3 · 0.806723 = 3.277311,
   * A₇ = 2.420168, A₁₀ = 0; 3.277311² · 3/(21 · 18) + 2.420168² · 1/(17 · 16) = 0.085244 + 0.021534
   * = 0.106778, SE = 0.326769.
   */
  @Test
  void handCalculationAtTenWeeks() {
    RestrictedMeanLifetime rmst = MP.restrictedMean(10);
    assertThat(rmst.value().getAsDouble()).isCloseTo(9.277311, within(1e-6));
    assertThat(rmst.standardError().getAsDouble()).isCloseTo(0.326769, within(1e-6));
    assertThat(rmst.horizon()).isEqualTo(10.0);
    assertThat(rmst.n()).isEqualTo(21);
    // 9.277311 ± 1.959964 · 0.326769 = 9.277311 ± 0.640456 = [8.636855, 9.917767].
    Interval interval = rmst.confidenceInterval(0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(8.636855, within(1e-6));
    assertThat(interval.upper()).isCloseTo(9.917767, within(1e-6));
  }

  /**
   * Both groups up to τ = 23 weeks (the placebo group's last relapse). 6-MP: 17.909244 weeks, SE
   * 1.553190; placebo: 8.666667 weeks (its curve reaches 0 at 23), SE 1.377390 (same formula,
   * the same sum over its 12 event times). The difference, 9.2426 weeks,
   * has SE sqrt(1.553190² + 1.377390²) = 2.075958.
   */
  @Test
  void twoGroupsAtTwentyThreeWeeks() {
    RestrictedMeanLifetime mp = MP.restrictedMean(23);
    RestrictedMeanLifetime placebo = PLACEBO.restrictedMean(23);
    assertThat(mp.value().getAsDouble()).isCloseTo(17.909244, within(1e-6));
    assertThat(mp.standardError().getAsDouble()).isCloseTo(1.553190, within(1e-6));
    assertThat(placebo.value().getAsDouble()).isCloseTo(8.666667, within(1e-6));
    assertThat(placebo.standardError().getAsDouble()).isCloseTo(1.377390, within(1e-6));
    Comparison difference = mp.comparedWith(placebo).orElseThrow();
    assertThat(difference.difference()).isCloseTo(9.242577, within(1e-6));
    assertThat(difference.standardError()).isCloseTo(2.075958, within(1e-6));
    assertThat(difference.pValue()).isLessThan(1e-5);
  }

  @Test
  void horizons() {
    // The placebo curve reached 0 at 23 weeks, so any later horizon adds no area.
    assertThat(PLACEBO.restrictedMean(52).value().getAsDouble()).isCloseTo(8.666667, within(1e-6));
    // 6-MP is still at 0.448 at its last observation, 35 weeks: a longer horizon is unknown ground.
    assertThat(MP.restrictedMean(35).value().getAsDouble()).isCloseTo(23.287395, within(1e-6));
    assertThatThrownBy(() -> MP.restrictedMean(36)).isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("horizon = 36.0: must be ≤ the largest observed lifetime, 35.0: beyond it the survival curve is unknown");
    assertThatThrownBy(() -> MP.restrictedMean(0)).isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("horizon = 0.0: must be a finite number > 0");
    assertThatThrownBy(() -> MP.restrictedMean(Double.NaN)).isExactlyInstanceOf(InvalidValueException.class);
    // Before the first event the mean is the horizon itself, with no uncertainty.
    assertThat(MP.restrictedMean(5).value()).hasValue(5.0);
    assertThat(MP.restrictedMean(5).standardError()).hasValue(0.0);
  }

  /**
   * Regression: the variance summed A², which overflows to infinity once durations pass about
   * 1e154, so the standard error was infinite and {@code confidenceInterval} threw. Durations in
   * units of 1e300: events at 1 and 2, censored at 3 and 4, τ = 4. By hand, S = 1 on [0, 1),
   * 3/4 on [1, 2), 1/2 on [2, 4]: μ = 1 + 0.75 + 1 = 2.75; A₁ = 0.75 + 1 = 1.75, A₂ = 1;
   * Var = 1.75² · 1/(4 · 3) + 1² · 1/(3 · 2) = 0.421875, SE = 0.649519 — all times 1e300.
   */
  @Test
  void hugeDurationsKeepAFiniteStandardError() {
    KaplanMeier km = KaplanMeier.of(LifetimeTable.ofDurations(new double[] {1e300, 2e300, 3e300, 4e300},
        new boolean[] {true, true, false, false}));
    RestrictedMeanLifetime rmst = km.restrictedMean(4e300);
    assertThat(rmst.value().getAsDouble() / 1e300).isCloseTo(2.75, within(1e-12));
    assertThat(rmst.standardError().getAsDouble() / 1e300).isCloseTo(Math.sqrt(0.421875), within(1e-12));
    Interval interval = rmst.confidenceInterval(0.95).orElseThrow();
    // 2.75 ± 1.959964 · 0.649519 = [1.476966, 4.023034], clipped to [0, 4].
    assertThat(interval.lower() / 1e300).isCloseTo(1.476966, within(1e-6));
    assertThat(interval.upper()).isEqualTo(4e300);
    assertThat(rmst.comparedWith(rmst).orElseThrow().standardError() / 1e300)
        .isCloseTo(Math.sqrt(2 * 0.421875), within(1e-12));
  }

  @Test
  void differentHorizonsDoNotCompare() {
    assertThatThrownBy(() -> MP.restrictedMean(10).comparedWith(PLACEBO.restrictedMean(23)))
        .isExactlyInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge RestrictedMeanLifetime with horizon 10.0 and RestrictedMeanLifetime with "
            + "horizon 23.0: the horizons must be equal");
  }
}
