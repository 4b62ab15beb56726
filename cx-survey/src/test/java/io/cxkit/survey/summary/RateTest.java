package io.cxkit.survey.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Percentage;
import org.junit.jupiter.api.Test;

/** A response rate that names its denominator. */
class RateTest {
  @Test
  void aRateIsAPercentageOfANamedDenominator() {
    // 6 of 25 displays: 24 %, with the Wilson interval of cx-core's Percentage.
    Rate rate = Rate.of(Percentage.of(6, 25), "displays");
    assertThat(rate.count()).isEqualTo(6);
    assertThat(rate.n()).isEqualTo(25);
    assertThat(rate.value()).hasValue(24.0);
    assertThat(rate.standardError()).isEqualTo(Percentage.of(6, 25).standardError());
    assertThat(rate.confidenceInterval(0.95)).isEqualTo(Percentage.of(6, 25).wilsonInterval(0.95));
    assertThat(rate).hasToString("Rate{6/25 displays}");
    assertThat(Rate.of(Percentage.empty(), "starts").value()).isEmpty();
  }

  @Test
  void ratesAddAndCompareOverTheSameDenominatorOnly() {
    Rate a = Rate.of(Percentage.of(6, 25), "displays");
    Rate b = Rate.of(Percentage.of(4, 25), "displays");
    assertThat(a.plus(b)).isEqualTo(Rate.of(Percentage.of(10, 50), "displays"));
    // 24 % − 16 % = 8 percentage points, as Percentage.comparedWith computes it.
    Comparison comparison = a.comparedWith(b).orElseThrow();
    assertThat(comparison.difference()).isCloseTo(8, within(1e-9));
    assertThat(comparison).usingRecursiveComparison()
        .isEqualTo(Percentage.of(6, 25).comparedWith(Percentage.of(4, 25)).orElseThrow());
    Rate starts = Rate.of(Percentage.of(6, 8), "starts");
    assertThatThrownBy(() -> a.plus(starts)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("denominator displays").hasMessageContaining("denominator starts");
    assertThatThrownBy(() -> a.comparedWith(starts)).isInstanceOf(IncompatibleMergeException.class);
  }

  @Test
  void aRateMustSayWhatItIsAShareOf() {
    assertThatThrownBy(() -> Rate.of(Percentage.of(1, 2), " ")).isInstanceOf(InvalidValueException.class)
        .hasMessage("denominator = \" \": must say what the rate is a share of");
    assertThatThrownBy(() -> Rate.of(null, "starts")).isInstanceOf(NullPointerException.class)
        .hasMessage("percentage");
  }
}
