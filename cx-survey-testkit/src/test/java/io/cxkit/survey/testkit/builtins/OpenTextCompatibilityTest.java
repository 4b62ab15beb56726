package io.cxkit.survey.testkit.builtins;

import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.QuestionTypeCompatibilityKit;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.OpenTextQuestionType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The built-in {@code open_text} type passes the kit, as a follow-up and on its own; lengths are in
 * code points, so the invalid answers include texts one emoji (two UTF-16 units) too long. Its
 * summary keeps the first texts in order, so the kit holds it to the order of the answers.
 */
class OpenTextCompatibilityTest extends QuestionTypeCompatibilityKit<OpenTextQuestion, OpenTextAnswer> {

  @Override
  protected QuestionType<OpenTextQuestion, OpenTextAnswer> type() {
    return new OpenTextQuestionType();
  }

  /** The summary keeps the first texts, in the order recorded, up to its cap. */
  @Override
  protected boolean summariesKeepAnswersInOrder() {
    return true;
  }

  @Override
  protected Arbitrary<OpenTextQuestion> questions() {
    Arbitrary<Integer> maxLengths = Arbitraries.oneOf(Arbitraries.integers().between(1, 60),
        Arbitraries.of(OpenTextQuestion.DEFAULT_MAX_LENGTH, OpenTextQuestion.MAX_LENGTH));
    return Combinators.combine(Generators.ids(), Generators.texts(), Arbitraries.of(true, false), maxLengths,
            Generators.ids().injectNull(0.5))
        .filter((id, text, required, maxLength, followUpOf) -> !id.equals(followUpOf))
        .as(OpenTextQuestion::new);
  }

  @Override
  protected Arbitrary<OpenTextAnswer> validAnswers(OpenTextQuestion question) {
    // Generated words start with a letter, so any non-empty prefix is not blank.
    return Arbitraries.oneOf(Generators.words(), Arbitraries.just("Отлично 😀 很好"))
        .map(text -> new OpenTextAnswer(prefix(text, question.maxLength())));
  }

  private static String prefix(String text, int codePoints) {
    int end = text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    return text.substring(0, end);
  }

  @Override
  protected Arbitrary<OpenTextAnswer> invalidAnswers(OpenTextQuestion question) {
    int tooLong = question.maxLength() + 1;
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "\t\n ", "\u3000").map(OpenTextAnswer::new),
        Arbitraries.of("x", "😀", "я").map(unit -> new OpenTextAnswer(unit.repeat(tooLong))));
  }
}
