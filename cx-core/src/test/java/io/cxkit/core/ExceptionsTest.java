package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExceptionsTest {

  @Test
  void everyErrorIsACxExceptionAndUnchecked() {
    assertThat(new InvalidValueException("f", 1, "r")).isInstanceOf(CxException.class).isInstanceOf(RuntimeException.class);
    assertThat(new ScoreOutOfScaleException("f", 1, RatingScale.of(2, 3))).isInstanceOf(InvalidValueException.class);
    assertThat(new IncompatibleMergeException("a", "b", 1, 2)).isInstanceOf(CxException.class);
    assertThat(new CountOverflowException("f", 1, 2)).isInstanceOf(CxException.class);
    assertThat(new SerialFormException("m")).isInstanceOf(CxException.class);
  }

  @Test
  void invalidValueExceptionKeepsItsParts() {
    InvalidValueException e = new InvalidValueException("answers.q3", null, "is required");
    assertThat(e).hasMessage("answers.q3 = null: is required");
    assertThat(e.field()).isEqualTo("answers.q3");
    assertThat(e.value()).isEqualTo("null");
    assertThat(e.rule()).isEqualTo("is required");
  }

  @Test
  void incompatibleMergeMessagesPluraliseTheProperty() {
    assertThat(new IncompatibleMergeException("Csat", "threshold", 4, 3))
        .hasMessage("cannot merge Csat with threshold 4 and Csat with threshold 3: the thresholds must be equal");
    // Regression: "bounds" used to become "boundss".
    assertThat(new IncompatibleMergeException("Mean", "bounds", "[1.0, 5.0]", "[1.0, 7.0]"))
        .hasMessage("cannot merge Mean with bounds [1.0, 5.0] and Mean with bounds [1.0, 7.0]: the bounds must be equal");
  }

  @Test
  void serialFormExceptionCarriesItsCause() {
    InvalidValueException cause = new InvalidValueException("n", -1, "must be ≥ 0");
    assertThat(new SerialFormException("cannot read x", cause)).hasMessage("cannot read x").hasCause(cause);
  }
}
