package io.cxkit.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class HolmTest {

  @Test
  void matchesRsPAdjust() {
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") gives 0.03 0.06 0.06 0.02. By hand (Holm 1979):
    //   sorted 0.005, 0.01, 0.03, 0.04 with m = 4 multipliers 4, 3, 2, 1:
    //   0.02, 0.03, 0.06, 0.04 -> running maximum 0.02, 0.03, 0.06, 0.06 -> back in input order
    //   0.01 -> 0.03, 0.04 -> 0.06, 0.03 -> 0.06, 0.005 -> 0.02.
    assertThat(Holm.adjust(0.01, 0.04, 0.03, 0.005))
        .containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
  }

  @Test
  void tiesGetTheSameAdjustedValue() {
    // 0.02, 0.02, 0.5: 3·0.02 = 0.06, 2·0.02 = 0.04 -> max 0.06, 1·0.5 = 0.5.
    assertThat(Holm.adjust(0.02, 0.5, 0.02)).containsExactly(new double[] {0.06, 0.5, 0.06}, within(1e-15));
    // All equal: m·p for all of them.
    assertThat(Holm.adjust(0.1, 0.1, 0.1)).containsExactly(new double[] {0.3, 0.3, 0.3}, within(1e-15));
  }

  @Test
  void adjustedValuesAreCappedAtOne() {
    // 2·0.4 = 0.8, then max(0.8, 1·0.6) = 0.8; 2·0.6 = 1.2 -> 1.
    assertThat(Holm.adjust(0.4, 0.6)).containsExactly(0.8, 0.8);
    assertThat(Holm.adjust(0.6, 0.7)).containsExactly(1.0, 1.0);
    assertThat(Holm.adjust(0.0, 1.0)).containsExactly(0.0, 1.0);
  }

  @Test
  void aSinglePValueIsItsOwnAdjustment() {
    assertThat(Holm.adjust(0.037)).containsExactly(0.037);
    assertThat(Holm.adjust()).isEmpty();
  }

  @Test
  void theInputIsNotTouched() {
    double[] p = {0.04, 0.01};
    Holm.adjust(p);
    assertThat(p).containsExactly(0.04, 0.01);
  }

  @Test
  void pValuesOutsideZeroOneAreRefused() {
    assertThatThrownBy(() -> Holm.adjust(0.01, 1.1))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("pValues[1] = 1.1: a p-value must lie in [0, 1]");
    assertThatThrownBy(() -> Holm.adjust(-0.01))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("pValues[0] = -0.01: a p-value must lie in [0, 1]");
    assertThatThrownBy(() -> Holm.adjust(0.5, 0.5, Double.NaN))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("pValues[2] = NaN: a p-value must lie in [0, 1]");
    assertThatThrownBy(() -> Holm.adjust((double[]) null)).isInstanceOf(NullPointerException.class).hasMessage("pValues");
  }
}
