package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingScaleTest {

  @Test
  void presetsHaveTheBoundsOfDesignMdsNamedVariants() {
    // DESIGN.md, "Named variants": NPS 0–10, ONE_TO_TEN 1–10, CSAT 1–5, CES 2.0 1–7.
    assertThat(RatingScale.NPS).isEqualTo(RatingScale.of(0, 10));
    assertThat(RatingScale.ONE_TO_TEN).isEqualTo(RatingScale.of(1, 10));
    assertThat(RatingScale.CSAT).isEqualTo(RatingScale.of(1, 5));
    assertThat(RatingScale.CES).isEqualTo(RatingScale.of(1, 7));
    assertThat(RatingScale.NPS.points()).isEqualTo(11);
    assertThat(RatingScale.CSAT.points()).isEqualTo(5);
  }

  @Test
  void bipolarScalesMayStartBelowZero() {
    RatingScale scale = RatingScale.of(-3, 3);
    assertThat(scale.points()).isEqualTo(7);
    assertThat(scale.contains(-3)).isTrue();
    assertThat(scale.contains(3)).isTrue();
    assertThat(scale.contains(-4)).isFalse();
    assertThat(scale.contains(4)).isFalse();
    assertThat(scale).hasToString("-3..3");
  }

  @Test
  void requireOnScaleReturnsTheScoreOrNamesFieldScoreAndScale() {
    assertThat(RatingScale.CSAT.requireOnScale("answers.q3", 5)).isEqualTo(5);
    assertThatThrownBy(() -> RatingScale.CSAT.requireOnScale("answers.q3", 6))
        .isInstanceOfSatisfying(ScoreOutOfScaleException.class, e -> {
          assertThat(e.score()).isEqualTo(6);
          assertThat(e.scale()).isEqualTo(RatingScale.CSAT);
          assertThat(e.field()).isEqualTo("answers.q3");
          assertThat(e.value()).isEqualTo("6");
          assertThat(e.rule()).isEqualTo("must lie on scale 1..5");
        })
        .hasMessage("answers.q3 = 6: must lie on scale 1..5");
    assertThatThrownBy(() -> RatingScale.NPS.requireOnScale("score", -1))
        .hasMessage("score = -1: must lie on scale 0..10");
  }

  @Test
  void maxMustExceedMin() {
    assertThatThrownBy(() -> RatingScale.of(5, 5))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("scale = 5..5: max must be greater than min");
    assertThatThrownBy(() -> RatingScale.of(5, 1))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("scale = 5..1: max must be greater than min");
  }

  @Test
  void atMostMaxPointsPoints() {
    // 0..1000 is 1001 points, the documented maximum; 0..1001 is one too many.
    assertThat(RatingScale.of(0, 1000).points()).isEqualTo(RatingScale.MAX_POINTS);
    assertThatThrownBy(() -> RatingScale.of(0, 1001))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("scale = 0..1001: must have at most 1001 points");
    // max - min overflows int here; the check is done in long arithmetic.
    assertThatThrownBy(() -> RatingScale.of(Integer.MIN_VALUE, Integer.MAX_VALUE))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("scale = -2147483648..2147483647: must have at most 1001 points");
  }

  @Test
  void scalesAtTheEdgesOfIntWork() {
    RatingScale high = RatingScale.of(Integer.MAX_VALUE - 2, Integer.MAX_VALUE);
    assertThat(high.points()).isEqualTo(3);
    assertThat(high.contains(Integer.MAX_VALUE)).isTrue();
    assertThat(high.contains(Integer.MIN_VALUE)).isFalse();
    RatingScale low = RatingScale.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 2);
    assertThat(low.contains(Integer.MIN_VALUE)).isTrue();
    assertThat(low.contains(Integer.MAX_VALUE)).isFalse();
  }

  @Test
  void requireOnScaleNamesANullField() {
    assertThatThrownBy(() -> RatingScale.CSAT.requireOnScale(null, 3))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("field");
  }
}
