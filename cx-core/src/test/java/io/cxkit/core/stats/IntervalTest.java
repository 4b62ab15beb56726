package io.cxkit.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void widthAndContains() {
    Interval i = new Interval(12.5, 40, 0.95);
    assertThat(i.width()).isEqualTo(27.5);
    assertThat(i.contains(12.5)).isTrue();
    assertThat(i.contains(40)).isTrue();
    assertThat(i.contains(40.0001)).isFalse();
    assertThat(i).hasToString("[12.50, 40.00] (95%)");
    assertThat(new Interval(-3.14159, 2, 0.999)).hasToString("[-3.142, 2.000] (99.9%)");
  }

  @Test
  void clippedTo() {
    Interval i = new Interval(-120, 30, 0.9);
    assertThat(i.clippedTo(-100, 100)).isEqualTo(new Interval(-100, 30, 0.9));
    Interval inside = new Interval(-50, 30, 0.9);
    assertThat(inside.clippedTo(-100, 100)).isSameAs(inside);
    // Wholly outside: collapses onto the nearest end.
    assertThat(new Interval(120, 130, 0.9).clippedTo(-100, 100)).isEqualTo(new Interval(100, 100, 0.9));
  }

  @Test
  void badBoundsAndLevelsAreRefused() {
    assertThatThrownBy(() -> new Interval(2, 1, 0.95))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("interval = [2.0, 1.0]: bounds must be finite with lower ≤ upper");
    assertThatThrownBy(() -> new Interval(Double.NaN, 1, 0.95))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("interval = [NaN, 1.0]: bounds must be finite with lower ≤ upper");
    assertThatThrownBy(() -> new Interval(0, Double.POSITIVE_INFINITY, 0.95))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("interval = [0.0, Infinity]: bounds must be finite with lower ≤ upper");
    assertThatThrownBy(() -> new Interval(0, 1, 95))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("level = 95.0: a confidence level must lie strictly between 0 and 1");
  }

  @Test
  void clippingToAnEmptyRangeIsRefused() {
    assertThatThrownBy(() -> new Interval(1, 2, 0.95).clippedTo(5, 3))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("range = [5.0, 3.0]: min must be ≤ max");
    assertThatThrownBy(() -> Comparison.normal(0, 1, 5, -5, "z"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("range = [5.0, -5.0]: min must be ≤ max");
  }
}
