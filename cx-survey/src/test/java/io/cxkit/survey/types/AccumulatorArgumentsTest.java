package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.TEXT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.survey.Question;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A null answer handed to a built-in accumulator is API misuse: DESIGN.md asks for the Java
 * convention, an NPE naming the parameter ({@code Objects.requireNonNull(answer, "answer")}).
 * Before, each {@code add(null)} failed with a bare NPE from inside the accumulator.
 */
class AccumulatorArgumentsTest {
  private static final List<Choice> CHOICES = List.of(Choice.of("a", "en", "A"));

  private static final List<Question> QUESTIONS = List.of(
      NpsQuestion.of("nps", TEXT), CsatQuestion.of("csat", TEXT), CesQuestion.of("ces", TEXT),
      RatingQuestion.of("rating", TEXT), GoalCompletionQuestion.of("goal", TEXT),
      SingleChoiceQuestion.of("single", TEXT, CHOICES),
      MultipleChoiceQuestion.of("multiple", TEXT, CHOICES), OpenTextQuestion.of("why", TEXT),
      new ContactConsentQuestion("consent", TEXT, false));

  @Test
  void everyBuiltInAccumulatorNamesANullAnswer() {
    for (Question question : QUESTIONS) {
      SummaryAccumulator<?, ?> accumulator = newSummary(question);
      assertThatThrownBy(() -> accumulator.add(null))
          .as(question.id())
          .isInstanceOf(NullPointerException.class)
          .hasMessage("answer");
    }
  }

  @SuppressWarnings("unchecked")
  private static SummaryAccumulator<?, ?> newSummary(Question question) {
    for (QuestionType<?, ?> type : BuiltInTypes.all()) {
      if (type.questionClass().isInstance(question)) {
        return ((QuestionType<Question, ?>) type).newSummary(question);
      }
    }
    throw new AssertionError("no built-in type for " + question);
  }
}
