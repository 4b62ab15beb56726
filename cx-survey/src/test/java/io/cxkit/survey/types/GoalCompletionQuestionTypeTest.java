package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.TEXT;
import static io.cxkit.survey.types.Fixtures.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.GoalCompletion;
import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import org.junit.jupiter.api.Test;

class GoalCompletionQuestionTypeTest {
  private final GoalCompletionQuestionType type = new GoalCompletionQuestionType();
  private final GoalCompletionQuestion question = GoalCompletionQuestion.of("goal", TEXT);

  @Test
  void refusesBadSettingsAndAbsentOutcomes() {
    assertThatThrownBy(() -> GoalCompletionQuestion.of("goal!", TEXT))
        .isInstanceOf(InvalidSurveyException.class).hasMessageStartingWith("id = \"goal!\"");
    assertThatThrownBy(() -> new GoalCompletionAnswer(null))
        .isInstanceOf(InvalidResponseException.class).hasMessage("outcome = null: must be present");
  }

  @Test
  void everyOutcomeIsValid() {
    for (GoalOutcome outcome : GoalOutcome.values()) {
      assertThat(type.validate(question, new GoalCompletionAnswer(outcome))).isEmpty();
    }
  }

  @Test
  void summaryIsTheGoalCompletionRate() {
    GoalCompletionSummary.Accumulator accumulator = type.newSummary(question);
    for (GoalOutcome outcome : new GoalOutcome[] {GoalOutcome.FULLY, GoalOutcome.FULLY,
        GoalOutcome.PARTIALLY, GoalOutcome.NOT_ACHIEVED}) {
      accumulator.add(new GoalCompletionAnswer(outcome));
    }
    GoalCompletionSummary summary = accumulator.snapshot();
    // 2 fully of 4 = 50 %; 1 partially = 25 %; 1 not achieved = 25 %.
    assertThat(summary.completion().goalCompletionRate().value()).hasValue(50.0);
    assertThat(summary.completion().partialRate().value()).hasValue(25.0);
    assertThat(summary.answered()).isEqualTo(4);
    assertThat(summary.completion()).isEqualTo(GoalCompletion.of(2, 1, 1));
    assertThat(summary.plus(summary).completion()).isEqualTo(GoalCompletion.of(4, 2, 2));
    assertThat(GoalCompletionSummary.empty().answered()).isZero();
  }

  @Test
  void comparesTheOutcomeId() {
    assertThat(type.operators()).containsExactlyInAnyOrder(ConditionOperator.EQUALS, ConditionOperator.ONE_OF);
    assertThat(type.valueOf(new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED)))
        .isEqualTo(new AnswerValue.TextValue("not-achieved"));
  }

  @Test
  void schemasDescribeTheJson() {
    String question = "{\"type\":\"goal_completion\",\"id\":\"goal\",\"text\":{\"en\":\"Did you?\"},"
        + "\"required\":true,\"notAchievedLabel\":{\"ru\":\"Нет\"}}";
    assertThat(check(type.questionSchema(), "goal_completion", question)).isEmpty();
    assertThat(check(type.questionSchema(), "goal_completion", question.replace("\"required\":true", "\"required\":\"yes\"")))
        .isNotEmpty();
    assertThat(check(type.answerSchema(), "goal_completion",
        "{\"type\":\"goal_completion\",\"outcome\":\"not-achieved\"}")).isEmpty();
    assertThat(check(type.answerSchema(), "goal_completion",
        "{\"type\":\"goal_completion\",\"outcome\":\"NOT_ACHIEVED\"}")).isNotEmpty();
  }
}
