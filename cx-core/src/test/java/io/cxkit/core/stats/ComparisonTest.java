package io.cxkit.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void normalComparisonByHand() {
    // difference 5 ± 1.959964·2 = [1.080072, 8.919928]; z = 2.5, p = 2·(1 − Φ(2.5)) = 0.01241933
    // (standard normal table: Φ(2.5) = 0.99379).
    Comparison c = Comparison.normal(5, 2, -100, 100, "z-test");
    assertThat(c.difference()).isEqualTo(5);
    assertThat(c.standardError()).isEqualTo(2);
    assertThat(c.pValue()).isCloseTo(0.01241933, within(1e-8));
    assertThat(c.method()).isEqualTo("z-test");
    Interval interval = c.confidenceInterval(0.95);
    assertThat(interval.lower()).isCloseTo(1.080072, within(1e-6));
    assertThat(interval.upper()).isCloseTo(8.919928, within(1e-6));
    assertThat(c).hasToString("Comparison{difference=5.000, se=2.000, p=0.01242, method=z-test}");
  }

  @Test
  void studentTComparisonByHand() {
    // t(0.975, 9) = 2.262157: 5 ± 4.524314; t = 2.5 on 9 df -> p = 0.03386 (t table: between 0.02 and 0.05).
    Comparison c = Comparison.studentT(5, 2, 9, -100, 100, "t-test");
    assertThat(c.confidenceInterval(0.95).lower()).isCloseTo(0.475686, within(1e-6));
    assertThat(c.pValue()).isBetween(0.02, 0.05);
  }

  @Test
  void intervalIsClipped() {
    Comparison c = Comparison.normal(90, 10, -100, 100, "z-test");
    assertThat(c.confidenceInterval(0.95).upper()).isEqualTo(100.0);
    assertThat(c.confidenceInterval(0.95).lower()).isCloseTo(70.40036, within(1e-5));
  }

  @Test
  void zeroStandardError() {
    assertThat(Comparison.normal(0, 0, -1, 1, "z").pValue()).isEqualTo(1.0);
    assertThat(Comparison.normal(0.5, 0, -1, 1, "z").pValue()).isEqualTo(0.0);
    assertThat(Comparison.normal(0.5, 0, -1, 1, "z").confidenceInterval(0.95)).isEqualTo(new Interval(0.5, 0.5, 0.95));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> Comparison.normal(Double.NaN, 1, -1, 1, "z"))
        .isExactlyInstanceOf(InvalidValueException.class).hasMessage("difference = NaN: must be a finite number");
    assertThatThrownBy(() -> Comparison.normal(0, -1, -1, 1, "z"))
        .isExactlyInstanceOf(InvalidValueException.class).hasMessage("standardError = -1.0: must be ≥ 0");
    assertThatThrownBy(() -> Comparison.studentT(0, 1, 0, -1, 1, "t"))
        .isExactlyInstanceOf(InvalidValueException.class).hasMessage("degreesOfFreedom = 0.0: must be > 0");
    assertThatThrownBy(() -> Comparison.studentT(0, 1, Double.NaN, -1, 1, "t"))
        .isExactlyInstanceOf(InvalidValueException.class).hasMessage("degreesOfFreedom = NaN: must be > 0");
    assertThatThrownBy(() -> Comparison.normal(0, 1, -1, 1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("method");
    Comparison c = Comparison.normal(0, 1, -1, 1, "z");
    assertThatThrownBy(() -> c.confidenceInterval(0))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("level = 0.0: a confidence level must lie strictly between 0 and 1");
    assertThatThrownBy(() -> c.isSignificant(1))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("alpha = 1.0: a significance level must lie strictly between 0 and 1");
  }
}
