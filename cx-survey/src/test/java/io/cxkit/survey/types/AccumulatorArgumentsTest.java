package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.TEXT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.survey.Question;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A null handed to a public method of the built-in types is API misuse: DESIGN.md asks for the Java
 * convention, an NPE naming the parameter ({@code Objects.requireNonNull(answer, "answer")}).
 * Before, each {@code add(null)} and {@code valueOf(null)} failed with a bare NPE from inside the
 * type ("Cannot invoke ... because "answer" is null"), and a few factories likewise.
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

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void everyBuiltInTypeNamesANullAnswerToValueOf() {
    for (QuestionType<?, ?> type : BuiltInTypes.all()) {
      assertThatThrownBy(() -> ((QuestionType) type).valueOf(null))
          .as(type.id())
          .isInstanceOf(NullPointerException.class)
          .hasMessage("answer");
      assertThatThrownBy(() -> type.configureJson(null))
          .as(type.id())
          .isInstanceOf(NullPointerException.class)
          .hasMessage("module");
    }
  }

  @Test
  void factoriesNameTheirNullArguments() {
    assertThatThrownBy(() -> NpsSummary.empty(null))
        .isInstanceOf(NullPointerException.class).hasMessage("variant");
    assertThatThrownBy(() -> MultipleChoiceAnswer.of((String[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("choices");
    // A null code is data the constructor reports, as it does for a list holding null.
    assertThatThrownBy(() -> MultipleChoiceAnswer.of("a", null))
        .isInstanceOf(io.cxkit.survey.InvalidResponseException.class)
        .hasMessage("choices[1] = null: must be present");
    // Before: followUp(id, text, null) built a question that follows up nothing.
    assertThatThrownBy(() -> OpenTextQuestion.followUp("why", TEXT, null))
        .isInstanceOf(NullPointerException.class).hasMessage("questionId");
    assertThatThrownBy(() -> new io.cxkit.survey.spi.AnswerValue.CodesValue(null))
        .isInstanceOf(NullPointerException.class).hasMessage("values");
    assertThatThrownBy(() -> new io.cxkit.survey.UnknownQuestionTypeException("x", "$.type", null))
        .isInstanceOf(NullPointerException.class).hasMessage("registeredIds");
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
