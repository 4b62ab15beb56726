package io.cxkit.survey.testkit.builtins;

import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.QuestionTypeCompatibilityKit;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceQuestion;
import io.cxkit.survey.types.SingleChoiceQuestionType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The built-in {@code single_choice} type passes the kit, with and without the "other" option;
 * invalid answers choose an unknown code, or get the other text wrong (missing, blank, or given
 * without "other").
 */
class SingleChoiceCompatibilityTest extends QuestionTypeCompatibilityKit<SingleChoiceQuestion, SingleChoiceAnswer> {

  @Override
  protected QuestionType<SingleChoiceQuestion, SingleChoiceAnswer> type() {
    return new SingleChoiceQuestionType();
  }

  @Override
  protected Arbitrary<SingleChoiceQuestion> questions() {
    return Combinators.combine(Generators.ids(), Generators.texts(), Arbitraries.of(true, false),
        Generators.choices(), Generators.optionalTexts())
        .as(SingleChoiceQuestion::new);
  }

  @Override
  protected Arbitrary<SingleChoiceAnswer> validAnswers(SingleChoiceQuestion question) {
    return Arbitraries.of(question.codes()).flatMap(code -> code.equals(Choice.OTHER)
        ? Generators.words().map(text -> new SingleChoiceAnswer(code, text))
        : Arbitraries.just(SingleChoiceAnswer.of(code)));
  }

  @Override
  protected Arbitrary<SingleChoiceAnswer> invalidAnswers(SingleChoiceQuestion question) {
    List<Arbitrary<SingleChoiceAnswer>> invalid = new ArrayList<>();
    invalid.add(Arbitraries.just(SingleChoiceAnswer.of(Generators.UNKNOWN_CODE)));
    String listed = question.choices().get(0).code();
    invalid.add(Generators.words().map(text -> new SingleChoiceAnswer(listed, text)));
    if (question.hasOther()) {
      invalid.add(Arbitraries.of("", "  ").injectNull(0.4).map(text -> new SingleChoiceAnswer(Choice.OTHER, text)));
    } else {
      invalid.add(Generators.words().map(text -> new SingleChoiceAnswer(Choice.OTHER, text)));
    }
    return Arbitraries.oneOf(invalid);
  }
}
