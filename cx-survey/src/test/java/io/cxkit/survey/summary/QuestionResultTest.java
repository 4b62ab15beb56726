package io.cxkit.survey.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.NpsVariant;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.types.GoalCompletionSummary;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.NpsSummary;
import io.cxkit.survey.LocalizedText;
import org.junit.jupiter.api.Test;

/** One question's part of a summary: its counts, rates and the type's summary. */
class QuestionResultTest {
  private static NpsSummary scores(int... scores) {
    NpsSummary.Accumulator accumulator = new NpsSummary.Accumulator(
        NpsQuestion.of("nps", LocalizedText.of("en", "Recommend us?")));
    for (int score : scores) {
      accumulator.add(new NpsAnswer(score));
    }
    return accumulator.snapshot();
  }

  @Test
  void ratesAreOverTheRespondentsWhoReachedTheQuestion() {
    // Reached 8, answered 6, 2 stopped there: 75 % answered, 25 % dropped off, both over "reached".
    QuestionResult result = new QuestionResult("nps", "nps", 8, 6, 2, scores(9, 10, 7, 3, 0, 9));
    assertThat(result.answerRate().percentage()).isEqualTo(Percentage.of(6, 8));
    assertThat(result.answerRate().denominator()).isEqualTo("reached");
    assertThat(result.dropOffRate().percentage()).isEqualTo(Percentage.of(2, 8));
    assertThat(result.summary(NpsSummary.class).nps().promoters()).isEqualTo(3);
  }

  @Test
  void resultsAdd() {
    // 8 + 2 reached, 6 + 1 answered, 2 + 1 dropped off; the scores add as NPS summaries do.
    QuestionResult a = new QuestionResult("nps", "nps", 8, 6, 2, scores(9, 10, 7, 3, 0, 9));
    QuestionResult b = new QuestionResult("nps", "nps", 2, 1, 1, scores(10));
    QuestionResult sum = a.plus(b);
    assertThat(sum).isEqualTo(new QuestionResult("nps", "nps", 10, 7, 3, scores(9, 10, 7, 3, 0, 9, 10)));
  }

  @Test
  void impossibleCountsAreRefused() {
    assertThatThrownBy(() -> new QuestionResult("nps", "nps", 1, 2, 0, scores(9, 9)))
        .isInstanceOf(InvalidValueException.class).hasMessage("answered = 2: must be in 0..reached = 1");
    assertThatThrownBy(() -> new QuestionResult("nps", "nps", 3, 2, 4, scores(9, 9)))
        .isInstanceOf(InvalidValueException.class).hasMessage("droppedOff = 4: must be in 0..reached = 3");
    assertThatThrownBy(() -> new QuestionResult("nps", "nps", -1, 0, 0, scores()))
        .isInstanceOf(InvalidValueException.class).hasMessage("reached = -1: must be a count ≥ 0");
    // The summary counts the answers: 2 scores are not 3 answers.
    assertThatThrownBy(() -> new QuestionResult("nps", "nps", 3, 3, 0, scores(9, 9)))
        .isInstanceOf(InvalidValueException.class).hasMessage("summary.answered = 2: must equal answered = 3");
    assertThatThrownBy(() -> new QuestionResult("n p s", "nps", 0, 0, 0, scores()))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("questionId = \"n p s\"");
  }

  @Test
  void otherQuestionsTypesOrSettingsDoNotAdd() {
    QuestionResult nps = new QuestionResult("nps", "nps", 1, 1, 0, scores(9));
    assertThatThrownBy(() -> nps.plus(new QuestionResult("other", "nps", 1, 1, 0, scores(9))))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("questionId nps");
    assertThatThrownBy(() -> nps.plus(new QuestionResult("nps", "goal_completion", 0, 0, 0,
        GoalCompletionSummary.empty()))).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("typeId nps");
    assertThatThrownBy(() -> nps.plus(new QuestionResult("nps", "nps", 0, 0, 0,
        GoalCompletionSummary.empty()))).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("summary class");
    assertThatThrownBy(() -> nps.plus(new QuestionResult("nps", "nps", 0, 0, 0,
        NpsSummary.empty(NpsVariant.ONE_TO_TEN)))).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("variant");
    assertThatThrownBy(() -> nps.summary(GoalCompletionSummary.class))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("questions.nps.summary = NpsSummary: question nps of type nps is summarised as"
            + " NpsSummary, not GoalCompletionSummary");
  }
}
