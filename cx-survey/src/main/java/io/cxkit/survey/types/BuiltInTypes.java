package io.cxkit.survey.types;

import io.cxkit.survey.spi.QuestionType;
import java.util.List;

/**
 * The built-in question types, in their fixed order. {@link io.cxkit.survey.QuestionTypeRegistry#standard()}
 * finds the same types through {@link java.util.ServiceLoader}; this list is for code that builds a
 * registry explicitly, or wants the built-ins without a team's own types.
 */
public final class BuiltInTypes {
  private static final List<QuestionType<?, ?>> ALL = List.of(
      new NpsQuestionType(),
      new CsatQuestionType(),
      new CesQuestionType(),
      new RatingQuestionType(),
      new GoalCompletionQuestionType(),
      new SingleChoiceQuestionType(),
      new MultipleChoiceQuestionType(),
      new OpenTextQuestionType(),
      new ContactConsentQuestionType());

  private BuiltInTypes() {}

  /** @return one instance of every built-in type, in order: nps, csat, ces, rating,
   *     goal_completion, single_choice, multiple_choice, open_text, contact_consent */
  public static List<QuestionType<?, ?>> all() {
    return ALL;
  }
}
