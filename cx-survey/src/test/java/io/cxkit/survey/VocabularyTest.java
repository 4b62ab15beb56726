package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stable ids of the enums and the small value types every part of cx-survey shares. */
class VocabularyTest {

  @Test
  void enumIdsRoundTripAndUnknownIdsNameTheValidOnes() {
    for (SurveyKind kind : SurveyKind.values()) {
      assertThat(SurveyKind.ofId(kind.id())).isEqualTo(kind);
    }
    for (Channel channel : Channel.values()) {
      assertThat(Channel.ofId(channel.id())).isEqualTo(channel);
    }
    for (ResponseStatus status : ResponseStatus.values()) {
      assertThat(ResponseStatus.ofId(status.id())).isEqualTo(status);
    }
    for (ConditionOperator operator : ConditionOperator.values()) {
      assertThat(ConditionOperator.ofId(operator.id())).isEqualTo(operator);
    }
    assertThat(Channel.MOBILE_WEB.id()).isEqualTo("mobile-web");
    assertThat(SurveyKind.EXIT_FEEDBACK.id()).isEqualTo("exit-feedback");
    assertThatThrownBy(() -> ResponseStatus.ofId("COMPLETED"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("status = \"COMPLETED\": must be one of \"completed\", \"partial\", \"dismissed\"");
  }

  @Test
  void violationsReadLikeInvalidValueMessagesAndNest() {
    Violation score = Violation.of("score", 11, "must lie on scale 0..10");
    assertThat(score).hasToString("score = 11: must lie on scale 0..10");
    assertThat(score.under("answers.nps")).hasToString("answers.nps.score = 11: must lie on scale 0..10");
    assertThat(Violation.of("[1]", "x", "unknown choice").under("answers.reasons").path())
        .isEqualTo("answers.reasons[1]");
    Violation whole = Violation.of("", "\"\"", "must not be blank");
    assertThat(whole).hasToString("\"\": must not be blank");
    assertThat(whole.under("answers.why").path()).isEqualTo("answers.why");
    assertThat(whole.under("")).isSameAs(whole);
  }

  @Test
  void answerValuesCopyAndCheck() {
    List<String> codes = new ArrayList<>(List.of("price", "other"));
    AnswerValue.CodesValue value = new AnswerValue.CodesValue(codes);
    codes.add("late");
    assertThat(value.values()).containsExactly("price", "other");
    assertThatThrownBy(() -> new AnswerValue.NumberValue(Double.NaN))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("value = NaN: must be a finite number");
  }
}
