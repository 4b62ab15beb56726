package io.cxkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.RatingScale;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void requireNonNegative() {
    assertThat(Checks.requireNonNegative("n", 0)).isZero();
    assertThatThrownBy(() -> Checks.requireNonNegative("n", -1))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("n = -1: must be ≥ 0");
  }

  @Test
  void unpairedSurrogates() {
    assertThat(Checks.hasUnpairedSurrogate("plain")).isFalse();
    assertThat(Checks.hasUnpairedSurrogate("\uD83D\uDE00 pair")).isFalse();
    assertThat(Checks.hasUnpairedSurrogate("high \uD83D")).isTrue();
    assertThat(Checks.hasUnpairedSurrogate("\uDE00 low first")).isTrue();
    assertThat(Checks.hasUnpairedSurrogate("\uD83D\uD83D\uDE00")).isTrue();
    assertThatThrownBy(() -> Checks.requireWellFormed("label", "x\uD800"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("label = \"x\uD800\": must be valid Unicode text: it holds an unpaired surrogate char");
  }

  @Test
  void requireLevel() {
    assertThat(Checks.requireLevel(0.95)).isEqualTo(0.95);
    for (double bad : new double[] {0, 1, -0.5, 95, Double.NaN}) {
      assertThatThrownBy(() -> Checks.requireLevel(bad))
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessage("level = " + bad + ": a confidence level must lie strictly between 0 and 1");
    }
  }

  @Test
  void requireFinite() {
    assertThat(Checks.requireFinite("x", -0.0)).isEqualTo(-0.0);
    assertThatThrownBy(() -> Checks.requireFinite("x", Double.NaN)).hasMessage("x = NaN: must be a finite number");
    assertThatThrownBy(() -> Checks.requireFinite("x", Double.NEGATIVE_INFINITY))
        .hasMessage("x = -Infinity: must be a finite number");
  }

  @Test
  void addCounts() {
    assertThat(Checks.addCounts("n", Long.MAX_VALUE - 1, 1)).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Checks.addCounts("n", Long.MAX_VALUE, 1))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("n = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
    assertThatThrownBy(() -> Checks.addCounts("n", Long.MAX_VALUE, Long.MAX_VALUE))
        .isExactlyInstanceOf(CountOverflowException.class);
  }

  @Test
  void requireSameForMerge() {
    Checks.requireSameForMerge("Csat", "threshold", 4, 4);
    assertThatThrownBy(() -> Checks.requireSameForMerge("Csat", "scale", RatingScale.CSAT, RatingScale.CES))
        .isExactlyInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge Csat with scale 1..5 and Csat with scale 1..7: the scales must be equal");
  }
}
