package io.cxkit.survey.testkit.builtins;

import io.cxkit.core.NpsVariant;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.QuestionTypeCompatibilityKit;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.NpsQuestionType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The built-in {@code nps} type passes the kit, on both variants' scales (0..10 and 1..10). */
class NpsCompatibilityTest extends QuestionTypeCompatibilityKit<NpsQuestion, NpsAnswer> {

  @Override
  protected QuestionType<NpsQuestion, NpsAnswer> type() {
    return new NpsQuestionType();
  }

  @Override
  protected Arbitrary<NpsQuestion> questions() {
    return Combinators.combine(Generators.ids(), Generators.texts(), Arbitraries.of(true, false),
        Arbitraries.of(NpsVariant.class), Generators.optionalTexts(), Generators.optionalTexts())
        .as(NpsQuestion::new);
  }

  @Override
  protected Arbitrary<NpsAnswer> validAnswers(NpsQuestion question) {
    return Arbitraries.integers().between(question.scale().min(), question.scale().max()).map(NpsAnswer::new);
  }

  @Override
  protected Arbitrary<NpsAnswer> invalidAnswers(NpsQuestion question) {
    return Generators.offScale(question.scale().min(), question.scale().max()).map(NpsAnswer::new);
  }
}
