package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.TEXT;
import static io.cxkit.survey.types.Fixtures.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CesVariant;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import org.junit.jupiter.api.Test;

class CesQuestionTypeTest {
  private final CesQuestionType type = new CesQuestionType();
  private final CesQuestion ces2 = CesQuestion.of("ces", TEXT);
  private final CesQuestion effort = new CesQuestion("ces", TEXT, true, CesVariant.EFFORT_1_0, null);

  @Test
  void refusesAbsentSettings() {
    assertThatThrownBy(() -> new CesQuestion("ces", TEXT, true, null, null))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("variant = null: must be present");
    assertThatThrownBy(() -> new CesQuestion("", TEXT, true, CesVariant.CES_2_0, null))
        .isInstanceOf(InvalidSurveyException.class).hasMessageStartingWith("id = \"\":");
  }

  @Test
  void validatesAgainstTheVariantsScale() {
    assertThat(type.validate(ces2, new CesAnswer(7))).isEmpty();
    assertThat(type.validate(effort, new CesAnswer(7)))
        .containsExactly(new Violation("score", "7", "must lie on scale 1..5"));
    assertThat(type.validate(ces2, new CesAnswer(0)))
        .containsExactly(new Violation("score", "0", "must lie on scale 1..7"));
  }

  @Test
  void summaryIsTheCesOfTheVariant() {
    CesSummary.Accumulator accumulator = type.newSummary(ces2);
    for (int score : new int[] {7, 6, 5, 4, 1}) {
      accumulator.add(new CesAnswer(score));
    }
    CesSummary summary = accumulator.snapshot();
    // Mean (7+6+5+4+1)/5 = 23/5 = 4.6; agree (5–7): 3 of 5 = 60 %.
    assertThat(summary.ces().mean().value()).hasValue(4.6);
    assertThat(summary.ces().percentFavourable().value()).hasValue(60.0);
    assertThat(summary.answered()).isEqualTo(5);
    assertThat(summary.ces().variant()).isEqualTo(CesVariant.CES_2_0);
  }

  @Test
  void summariesOfOtherVariantsRefuseToMerge() {
    assertThatThrownBy(() -> CesSummary.empty(CesVariant.CES_2_0).plus(CesSummary.empty(CesVariant.EFFORT_1_0)))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("ces-2.0")
        .hasMessageContaining("effort-1.0");
    assertThatThrownBy(() -> type.newSummary(ces2).merge(CesSummary.empty(CesVariant.AGREEMENT_5)))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("agreement-5");
  }

  @Test
  void givesTheScore() {
    assertThat(type.valueOf(new CesAnswer(5))).isEqualTo(new AnswerValue.NumberValue(5));
  }

  @Test
  void schemasDescribeTheJson() {
    String question = "{\"type\":\"ces\",\"id\":\"ces\",\"text\":{\"en\":\"Easy?\"},"
        + "\"required\":true,\"variant\":\"effort-1.0\",\"statement\":{\"en\":\"It was easy\"}}";
    assertThat(check(type.questionSchema(), "ces", question)).isEmpty();
    assertThat(check(type.questionSchema(), "ces", question.replace("effort-1.0", "CES_2_0")))
        .isNotEmpty();
    assertThat(check(type.questionSchema(), "ces", question.replace("\"It was easy\"", "\" \"")))
        .isNotEmpty();
    assertThat(check(type.answerSchema(), "ces", "{\"type\":\"ces\",\"score\":7}")).isEmpty();
    assertThat(check(type.answerSchema(), "ces", "{\"type\":\"ces\",\"score\":8}")).isNotEmpty();
  }
}
