package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.TEXT;
import static io.cxkit.survey.types.Fixtures.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import org.junit.jupiter.api.Test;

class CsatQuestionTypeTest {
  private final CsatQuestionType type = new CsatQuestionType();
  private final CsatQuestion fivePoint = CsatQuestion.of("csat", TEXT);

  @Test
  void defaultsToTopTwoBox() {
    // DESIGN.md: top-2-box, 4–5 on 1..5, 6–7 on 1..7, 9–10 on 1..10.
    assertThat(fivePoint.threshold()).isEqualTo(4);
    assertThat(CsatQuestion.of("c", TEXT, 1, 7).threshold()).isEqualTo(6);
    assertThat(CsatQuestion.of("c", TEXT, 1, 10).threshold()).isEqualTo(9);
    // Two points: the top two boxes would be everything, so the top point alone.
    assertThat(CsatQuestion.of("c", TEXT, 1, 2).threshold()).isEqualTo(2);
  }

  @Test
  void refusesInconsistentScalesAndThresholds() {
    assertThatThrownBy(() -> new CsatQuestion("c", TEXT, true, 1, 5, 6, null, null))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("threshold = 6: must lie on scale 1..5");
    assertThatThrownBy(() -> new CsatQuestion("c", TEXT, true, 1, 5, 1, null, null))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("threshold = 1: must be above the lowest point 1 of scale 1..5");
    assertThatThrownBy(() -> new CsatQuestion("c", TEXT, true, 2, 5, 4, null, null))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("min = 2: must be 0 or 1");
    assertThatThrownBy(() -> new CsatQuestion("c", TEXT, true, 1, 11, 10, null, null))
        .isInstanceOf(InvalidSurveyException.class).hasMessageStartingWith("max = 11: must lie in 2..10");
    assertThatThrownBy(() -> new CsatQuestion("c", TEXT, true, 1, 1, 1, null, null))
        .isInstanceOf(InvalidSurveyException.class).hasMessageStartingWith("max = 1: must lie in 2..10");
    assertThatThrownBy(() -> CsatQuestion.of("c", TEXT, 1, 0))
        .isInstanceOf(InvalidSurveyException.class).hasMessageStartingWith("max = 0");
  }

  @Test
  void validatesAgainstTheQuestionsScale() {
    assertThat(type.validate(fivePoint, new CsatAnswer(1))).isEmpty();
    assertThat(type.validate(fivePoint, new CsatAnswer(5))).isEmpty();
    assertThat(type.validate(fivePoint, new CsatAnswer(6)))
        .containsExactly(new Violation("score", "6", "must lie on scale 1..5"));
    assertThat(type.validate(fivePoint, new CsatAnswer(0)))
        .containsExactly(new Violation("score", "0", "must lie on scale 1..5"));
  }

  @Test
  void summaryIsThePercentageSatisfiedAtTheQuestionsThreshold() {
    CsatQuestion topBox = new CsatQuestion("c", TEXT, true, 1, 5, 5, null, null);
    CsatSummary.Accumulator topTwo = type.newSummary(fivePoint);
    CsatSummary.Accumulator top = type.newSummary(topBox);
    for (int score : new int[] {5, 4, 4, 3, 5, 1, 2, 5}) {
      topTwo.add(new CsatAnswer(score));
      top.add(new CsatAnswer(score));
    }
    // Scores ≥ 4: 5, 4, 4, 5, 5 = 5 of 8 = 62.5 %; = 5: three of 8 = 37.5 %.
    assertThat(topTwo.snapshot().csat().value()).hasValue(62.5);
    assertThat(top.snapshot().csat().value()).hasValue(37.5);
    // Mean (5+4+4+3+5+1+2+5)/8 = 29/8 = 3.625.
    assertThat(topTwo.snapshot().csat().mean().value()).hasValue(3.625);
    assertThat(topTwo.snapshot().answered()).isEqualTo(8);
  }

  @Test
  void summariesOfOtherThresholdsOrScalesRefuseToMerge() {
    CsatSummary topTwo = CsatSummary.empty(fivePoint);
    CsatSummary top = CsatSummary.empty(new CsatQuestion("c", TEXT, true, 1, 5, 5, null, null));
    CsatSummary sevenPoint = CsatSummary.empty(CsatQuestion.of("c", TEXT, 1, 7));
    assertThatThrownBy(() -> topTwo.plus(top))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("threshold 4")
        .hasMessageContaining("threshold 5");
    assertThatThrownBy(() -> topTwo.plus(sevenPoint))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("scale");
    assertThatThrownBy(() -> type.newSummary(fivePoint).merge(top))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("threshold");
  }

  @Test
  void givesTheScore() {
    assertThat(type.operators()).isEqualTo(new NpsQuestionType().operators());
    assertThat(type.valueOf(new CsatAnswer(4))).isEqualTo(new AnswerValue.NumberValue(4));
  }

  @Test
  void schemasDescribeTheJson() {
    String question = "{\"type\":\"csat\",\"id\":\"c\",\"text\":{\"en\":\"Satisfied?\"},"
        + "\"required\":false,\"min\":1,\"max\":5,\"threshold\":4}";
    assertThat(check(type.questionSchema(), "csat", question)).isEmpty();
    assertThat(check(type.questionSchema(), "csat", question.replace("\"min\":1", "\"min\":2")))
        .isNotEmpty();
    assertThat(check(type.questionSchema(), "csat", question.replace(",\"threshold\":4", "")))
        .isNotEmpty();
    assertThat(check(type.questionSchema(), "csat", question.replace("\"en\"", "\"not a tag!\"")))
        .isNotEmpty();
    assertThat(check(type.answerSchema(), "csat", "{\"type\":\"csat\",\"score\":4}")).isEmpty();
    assertThat(check(type.answerSchema(), "csat", "{\"type\":\"csat\",\"score\":4.5}")).isNotEmpty();
    assertThat(check(type.answerSchema(), "csat", "{\"type\":\"csat\",\"score\":4,\"x\":1}"))
        .isNotEmpty();
  }
}
