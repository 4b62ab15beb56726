package io.cxkit.survey.types;

import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The goal question of an exit-feedback form, "Did you achieve the goal of your visit?", answered
 * fully, partially or not at all; type id {@code goal_completion}. Its answers give the goal
 * completion rate (cx-core {@link io.cxkit.core.GoalCompletion}).
 *
 * @param id the question's id
 * @param text the question text
 * @param required whether a completed response must answer it
 * @param fullyLabel the label of "fully", or null for the form's default
 * @param partiallyLabel the label of "partially", or null for the form's default
 * @param notAchievedLabel the label of "not at all", or null for the form's default
 */
public record GoalCompletionQuestion(
    String id,
    LocalizedText text,
    boolean required,
    @Nullable LocalizedText fullyLabel,
    @Nullable LocalizedText partiallyLabel,
    @Nullable LocalizedText notAchievedLabel) implements Question {

  /** @throws io.cxkit.survey.InvalidSurveyException if the id is malformed or the text is absent */
  public GoalCompletionQuestion {
    Rules.requireQuestionId(id);
    Rules.requireText(text);
  }

  /**
   * @param id the question's id
   * @param text the question text
   * @return a required question with the default labels
   */
  public static GoalCompletionQuestion of(String id, LocalizedText text) {
    return new GoalCompletionQuestion(id, text, true, null, null, null);
  }

  /** @return the question text and its outcome labels, by path, for the survey's default-locale check */
  @Override
  public Map<String, LocalizedText> localizedTexts() {
    return Rules.texts(text, "fullyLabel", fullyLabel, "partiallyLabel", partiallyLabel,
        "notAchievedLabel", notAchievedLabel);
  }
}
