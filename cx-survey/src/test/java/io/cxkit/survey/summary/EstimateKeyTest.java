package io.cxkit.survey.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Names of a summary's estimates, as reports and CSV exports write them. */
class EstimateKeyTest {
  @Test
  void keysReadAsTheirNames() {
    assertThat(EstimateKey.SURVEY_COMPLETION).hasToString("survey-completion");
    assertThat(EstimateKey.DISMISSAL.questionId()).isNull();
    assertThat(EstimateKey.question("reasons", "share:price")).hasToString("reasons/share:price");
    assertThat(EstimateKey.question("nps", EstimateKey.ANSWER_RATE)).hasToString("nps/answer-rate");
    assertThat(EstimateKey.question("nps", "nps")).isEqualTo(new EstimateKey("nps", "nps"));
  }

  @Test
  void malformedKeysAreRefused() {
    assertThatThrownBy(() -> EstimateKey.survey(" nps")).isInstanceOf(InvalidValueException.class)
        .hasMessage("name = \" nps\": must be a non-blank name without surrounding spaces");
    assertThatThrownBy(() -> EstimateKey.survey("")).isInstanceOf(InvalidValueException.class);
    // A survey's own name holds no "/", so "q/name" always splits at its first "/".
    assertThatThrownBy(() -> EstimateKey.survey("nps/nps")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("holds no /");
    assertThatThrownBy(() -> EstimateKey.question("n p s", "nps")).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("questionId = \"n p s\"");
    assertThatThrownBy(() -> EstimateKey.question(null, "nps")).isInstanceOf(NullPointerException.class)
        .hasMessage("questionId");
    assertThatThrownBy(() -> EstimateKey.survey("a\uD800")).isInstanceOf(InvalidValueException.class);
  }
}
