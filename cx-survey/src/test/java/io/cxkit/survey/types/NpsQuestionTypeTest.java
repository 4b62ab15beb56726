package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.TEXT;
import static io.cxkit.survey.types.Fixtures.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.NpsVariant;
import io.cxkit.core.ScoreOutOfScaleException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import org.junit.jupiter.api.Test;

class NpsQuestionTypeTest {
  private final NpsQuestionType type = new NpsQuestionType();
  private final NpsQuestion standard = NpsQuestion.of("nps", TEXT);
  private final NpsQuestion oneToTen =
      new NpsQuestion("nps", TEXT, true, NpsVariant.ONE_TO_TEN, Fixtures.LABEL, null);

  @Test
  void refusesBadSettings() {
    assertThatThrownBy(() -> new NpsQuestion("bad id", TEXT, true, NpsVariant.STANDARD, null, null))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("id = \"bad id\": must be 1 to 128 characters");
    assertThatThrownBy(() -> new NpsQuestion("nps", null, true, NpsVariant.STANDARD, null, null))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("text = null: must be present");
    assertThatThrownBy(() -> new NpsQuestion("nps", TEXT, true, null, null, null))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("variant = null: must be present");
  }

  @Test
  void scoresOnTheVariantsScaleAreValid() {
    assertThat(type.validate(standard, new NpsAnswer(0))).isEmpty();
    assertThat(type.validate(standard, new NpsAnswer(10))).isEmpty();
    assertThat(type.validate(oneToTen, new NpsAnswer(1))).isEmpty();
  }

  @Test
  void scoresOffTheScaleAreViolations() {
    assertThat(type.validate(standard, new NpsAnswer(11)))
        .containsExactly(new Violation("score", "11", "must lie on scale 0..10"));
    assertThat(type.validate(standard, new NpsAnswer(-1)))
        .containsExactly(new Violation("score", "-1", "must lie on scale 0..10"));
    // 0 is on the standard scale but not on 1..10.
    assertThat(type.validate(oneToTen, new NpsAnswer(0)))
        .containsExactly(new Violation("score", "0", "must lie on scale 1..10"));
  }

  @Test
  void summaryIsTheNetPromoterScore() {
    NpsSummary.Accumulator accumulator = type.newSummary(standard);
    for (int score : new int[] {10, 9, 8, 6}) {
      accumulator.add(new NpsAnswer(score));
    }
    NpsSummary summary = accumulator.snapshot();
    // 2 promoters (10, 9), 1 passive (8), 1 detractor (6): (2 − 1) / 4 × 100 = 25.
    assertThat(summary.answered()).isEqualTo(4);
    assertThat(summary.variant()).isEqualTo(NpsVariant.STANDARD);
    assertThat(summary.nps().value()).hasValue(25.0);
    assertThat(summary.nps().promoters()).isEqualTo(2);
    assertThat(summary.distribution().count(6)).isEqualTo(1);
  }

  @Test
  void anEmptySummaryHasNoValue() {
    NpsSummary summary = type.newSummary(standard).snapshot();
    assertThat(summary.answered()).isZero();
    assertThat(summary.nps().value()).isEmpty();
    assertThat(summary).isEqualTo(NpsSummary.empty(NpsVariant.STANDARD));
  }

  @Test
  void anUnvalidatedScoreOffTheScaleIsATypedError() {
    NpsSummary.Accumulator accumulator = type.newSummary(standard);
    assertThatThrownBy(() -> accumulator.add(new NpsAnswer(12)))
        .isInstanceOf(ScoreOutOfScaleException.class);
  }

  @Test
  void summariesOfDifferentVariantsRefuseToMerge() {
    NpsSummary a = NpsSummary.empty(NpsVariant.STANDARD);
    NpsSummary b = NpsSummary.empty(NpsVariant.ONE_TO_TEN);
    assertThatThrownBy(() -> a.plus(b))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("variant standard").hasMessageContaining("variant one-to-ten");
    assertThatThrownBy(() -> type.newSummary(standard).merge(b))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("variant");
  }

  @Test
  void comparesScoresAndGivesANumber() {
    assertThat(type.operators()).containsExactlyInAnyOrder(ConditionOperator.EQUALS,
        ConditionOperator.ONE_OF, ConditionOperator.IN_RANGE, ConditionOperator.GREATER_THAN,
        ConditionOperator.LESS_THAN);
    assertThat(type.valueOf(new NpsAnswer(7))).isEqualTo(new AnswerValue.NumberValue(7));
  }

  @Test
  void schemasDescribeTheJson() {
    String question = "{\"type\":\"nps\",\"id\":\"nps\",\"text\":{\"en\":\"How likely?\"},"
        + "\"required\":true,\"variant\":\"standard\",\"lowLabel\":{\"en\":\"Not at all\"}}";
    assertThat(check(type.questionSchema(), "nps", question)).isEmpty();
    assertThat(check(type.questionSchema(), "nps", question.replace("standard", "zero-to-ten")))
        .isNotEmpty();
    assertThat(check(type.questionSchema(), "nps", question.replace(",\"variant\":\"standard\"", "")))
        .isNotEmpty();
    assertThat(check(type.questionSchema(), "nps", question.replace("}}", "},\"colour\":\"red\"}")))
        .isNotEmpty();
    assertThat(check(type.answerSchema(), "nps", "{\"type\":\"nps\",\"score\":9}")).isEmpty();
    assertThat(check(type.answerSchema(), "nps", "{\"type\":\"nps\",\"score\":11}")).isNotEmpty();
    assertThat(check(type.answerSchema(), "nps", "{\"type\":\"nps\",\"score\":\"9\"}")).isNotEmpty();
    assertThat(check(type.answerSchema(), "nps", "{\"type\":\"nps\"}")).isNotEmpty();
    assertThat(check(type.answerSchema(), "nps", "{\"type\":\"csat\",\"score\":9}")).isNotEmpty();
  }
}
