package io.cxkit.survey.testkit.builtins;

import io.cxkit.core.CesVariant;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.QuestionTypeCompatibilityKit;
import io.cxkit.survey.types.CesAnswer;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.CesQuestionType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The built-in {@code ces} type passes the kit for each CES variant (1..7 and the two 1..5 scales). */
class CesCompatibilityTest extends QuestionTypeCompatibilityKit<CesQuestion, CesAnswer> {

  @Override
  protected QuestionType<CesQuestion, CesAnswer> type() {
    return new CesQuestionType();
  }

  @Override
  protected Arbitrary<CesQuestion> questions() {
    return Combinators.combine(Generators.ids(), Generators.texts(), Arbitraries.of(true, false),
        Arbitraries.of(CesVariant.class), Generators.optionalTexts())
        .as(CesQuestion::new);
  }

  @Override
  protected Arbitrary<CesAnswer> validAnswers(CesQuestion question) {
    return Arbitraries.integers().between(question.scale().min(), question.scale().max()).map(CesAnswer::new);
  }

  @Override
  protected Arbitrary<CesAnswer> invalidAnswers(CesQuestion question) {
    return Generators.offScale(question.scale().min(), question.scale().max()).map(CesAnswer::new);
  }
}
