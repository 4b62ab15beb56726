package io.cxkit.survey.testkit.builtins;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.QuestionTypeCompatibilityKit;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.GoalCompletionQuestionType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The built-in {@code goal_completion} type passes the kit. Each of the three outcomes answers each
 * goal question (and an answer without an outcome cannot be made), so the type has no invalid
 * answers and the kit's invalid-answer check is skipped.
 */
class GoalCompletionCompatibilityTest
    extends QuestionTypeCompatibilityKit<GoalCompletionQuestion, GoalCompletionAnswer> {

  @Override
  protected QuestionType<GoalCompletionQuestion, GoalCompletionAnswer> type() {
    return new GoalCompletionQuestionType();
  }

  @Override
  protected Arbitrary<GoalCompletionQuestion> questions() {
    return Combinators.combine(Generators.ids(), Generators.texts(), Arbitraries.of(true, false),
        Generators.optionalTexts(), Generators.optionalTexts(), Generators.optionalTexts())
        .as(GoalCompletionQuestion::new);
  }

  @Override
  protected Arbitrary<GoalCompletionAnswer> validAnswers(GoalCompletionQuestion question) {
    return Arbitraries.of(GoalOutcome.class).map(GoalCompletionAnswer::new);
  }

  @Override
  protected boolean everyAnswerIsValid() {
    return true;
  }

  @Override
  protected Arbitrary<GoalCompletionAnswer> invalidAnswers(GoalCompletionQuestion question) {
    return noInvalidAnswers();
  }
}
