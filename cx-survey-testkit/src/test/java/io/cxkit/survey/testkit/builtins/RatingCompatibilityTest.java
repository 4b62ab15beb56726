package io.cxkit.survey.testkit.builtins;

import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.QuestionTypeCompatibilityKit;
import io.cxkit.survey.types.RatingAnswer;
import io.cxkit.survey.types.RatingQuestion;
import io.cxkit.survey.types.RatingQuestionType;
import io.cxkit.survey.types.RatingStyle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The built-in {@code rating} type passes the kit for 2 to 10 points, as stars and as numbers. */
class RatingCompatibilityTest extends QuestionTypeCompatibilityKit<RatingQuestion, RatingAnswer> {

  @Override
  protected QuestionType<RatingQuestion, RatingAnswer> type() {
    return new RatingQuestionType();
  }

  @Override
  protected Arbitrary<RatingQuestion> questions() {
    return Combinators.combine(Generators.ids(), Generators.texts(), Arbitraries.of(true, false),
        Arbitraries.integers().between(RatingQuestion.MIN_POINTS, RatingQuestion.MAX_POINTS),
        Arbitraries.of(RatingStyle.class))
        .as(RatingQuestion::new);
  }

  @Override
  protected Arbitrary<RatingAnswer> validAnswers(RatingQuestion question) {
    return Arbitraries.integers().between(1, question.points()).map(RatingAnswer::new);
  }

  @Override
  protected Arbitrary<RatingAnswer> invalidAnswers(RatingQuestion question) {
    return Generators.offScale(1, question.points()).map(RatingAnswer::new);
  }
}
