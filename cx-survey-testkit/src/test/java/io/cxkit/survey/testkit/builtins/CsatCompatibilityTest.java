package io.cxkit.survey.testkit.builtins;

import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.QuestionTypeCompatibilityKit;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.CsatQuestionType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The built-in {@code csat} type passes the kit on every allowed scale (min 0 or 1, max up to 10)
 * and threshold (above the lowest point).
 */
class CsatCompatibilityTest extends QuestionTypeCompatibilityKit<CsatQuestion, CsatAnswer> {

  private record Scale(int min, int max, int threshold) {}

  @Override
  protected QuestionType<CsatQuestion, CsatAnswer> type() {
    return new CsatQuestionType();
  }

  @Override
  protected Arbitrary<CsatQuestion> questions() {
    Arbitrary<Scale> scales = Arbitraries.of(0, 1).flatMap(min -> Arbitraries.integers()
        .between(min + 1, CsatQuestion.MAX_POINT)
        .flatMap(max -> Arbitraries.integers().between(min + 1, max).map(t -> new Scale(min, max, t))));
    return Combinators.combine(Generators.ids(), Generators.texts(), Arbitraries.of(true, false), scales,
        Generators.optionalTexts(), Generators.optionalTexts())
        .as((id, text, required, scale, low, high) ->
            new CsatQuestion(id, text, required, scale.min(), scale.max(), scale.threshold(), low, high));
  }

  @Override
  protected Arbitrary<CsatAnswer> validAnswers(CsatQuestion question) {
    return Arbitraries.integers().between(question.min(), question.max()).map(CsatAnswer::new);
  }

  @Override
  protected Arbitrary<CsatAnswer> invalidAnswers(CsatQuestion question) {
    return Generators.offScale(question.min(), question.max()).map(CsatAnswer::new);
  }
}
