package io.cxkit.survey.types;

import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question answered by choosing one option; type id {@code single_choice}. With an {@code
 * otherLabel} the question also offers "other" (code {@value Choice#OTHER}), which the respondent
 * describes in the answer's {@code otherText}.
 *
 * @param id the question's id
 * @param text the question text
 * @param required whether a completed response must answer it
 * @param choices the options in the order shown; at least one, codes unique; copied, unmodifiable
 * @param otherLabel the label of the "other" option, or null when the question has none
 */
public record SingleChoiceQuestion(
    String id,
    LocalizedText text,
    boolean required,
    List<Choice> choices,
    @Nullable LocalizedText otherLabel) implements ChoiceQuestion {

  /**
   * @throws InvalidSurveyException if the id is malformed, the text is absent, there is no choice, a
   *     choice is null, or two choices share a code (naming both positions)
   */
  public SingleChoiceQuestion {
    Rules.requireQuestionId(id);
    Rules.requireText(text);
    choices = Rules.copyChoices(choices);
  }

  /**
   * @param id the question's id
   * @param text the question text
   * @param choices the options
   * @return a required question without an "other" option
   */
  public static SingleChoiceQuestion of(String id, LocalizedText text, List<Choice> choices) {
    return new SingleChoiceQuestion(id, text, true, choices, null);
  }
}
