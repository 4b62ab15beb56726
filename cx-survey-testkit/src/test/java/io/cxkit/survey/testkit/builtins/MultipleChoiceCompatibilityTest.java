package io.cxkit.survey.testkit.builtins;

import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.QuestionTypeCompatibilityKit;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.MultipleChoiceQuestionType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * The built-in {@code multiple_choice} type passes the kit for every consistent pair of selection
 * limits, with and without "other"; invalid answers choose too few or too many options, repeat
 * one, or choose an unknown code.
 */
class MultipleChoiceCompatibilityTest
    extends QuestionTypeCompatibilityKit<MultipleChoiceQuestion, MultipleChoiceAnswer> {

  private record Options(List<Choice> choices, @Nullable LocalizedText otherLabel) {
    int count() {
      return choices.size() + (otherLabel == null ? 0 : 1);
    }
  }

  private record Limits(int min, int max) {}

  @Override
  protected QuestionType<MultipleChoiceQuestion, MultipleChoiceAnswer> type() {
    return new MultipleChoiceQuestionType();
  }

  @Override
  protected Arbitrary<MultipleChoiceQuestion> questions() {
    Arbitrary<Options> options = Combinators.combine(Generators.choices(), Generators.optionalTexts())
        .as(Options::new);
    return options.flatMap(o -> {
      Arbitrary<Limits> limits = Arbitraries.integers().between(1, o.count())
          .flatMap(max -> Arbitraries.integers().between(0, max).map(min -> new Limits(min, max)));
      return Combinators.combine(Generators.ids(), Generators.texts(), Arbitraries.of(true, false), limits)
          .as((id, text, required, l) ->
              new MultipleChoiceQuestion(id, text, required, o.choices(), o.otherLabel(), l.min(), l.max()));
    });
  }

  @Override
  protected Arbitrary<MultipleChoiceAnswer> validAnswers(MultipleChoiceQuestion question) {
    return chosen(question, question.minSelections(), question.maxSelections());
  }

  /** Between {@code min} and {@code max} distinct codes, in any order, with other text iff "other". */
  private static Arbitrary<MultipleChoiceAnswer> chosen(MultipleChoiceQuestion question, int min, int max) {
    return Arbitraries.shuffle(question.codes())
        .flatMap(order -> Arbitraries.integers().between(min, max).map(n -> order.subList(0, n)))
        .flatMap(codes -> codes.contains(Choice.OTHER)
            ? Generators.words().map(text -> new MultipleChoiceAnswer(codes, text))
            : Arbitraries.just(new MultipleChoiceAnswer(codes, null)));
  }

  @Override
  protected Arbitrary<MultipleChoiceAnswer> invalidAnswers(MultipleChoiceQuestion question) {
    List<Arbitrary<MultipleChoiceAnswer>> invalid = new ArrayList<>();
    int options = question.codes().size();
    if (question.minSelections() > 0) {
      invalid.add(chosen(question, 0, question.minSelections() - 1));
    }
    if (question.maxSelections() < options) {
      invalid.add(chosen(question, question.maxSelections() + 1, options));
    }
    String first = question.codes().get(0);
    // The first code is always a listed choice ("other" comes last), so no other text belongs to it.
    invalid.add(Arbitraries.just(new MultipleChoiceAnswer(List.of(first, first), null)));
    invalid.add(Arbitraries.just(new MultipleChoiceAnswer(List.of(Generators.UNKNOWN_CODE), null)));
    return Arbitraries.oneOf(invalid);
  }
}
