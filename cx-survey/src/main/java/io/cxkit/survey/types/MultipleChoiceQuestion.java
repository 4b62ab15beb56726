package io.cxkit.survey.types;

import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question answered by choosing between {@code minSelections} and {@code maxSelections} options;
 * type id {@code multiple_choice}. With an {@code otherLabel} the question also offers "other"
 * (code {@value Choice#OTHER}), which the respondent describes in the answer's {@code otherText}
 * and which counts as one of the options.
 *
 * @param id the question's id
 * @param text the question text
 * @param required whether a completed response must answer it
 * @param choices the options in the order shown; at least one, codes unique; copied, unmodifiable
 * @param otherLabel the label of the "other" option, or null when the question has none
 * @param minSelections the fewest options an answer must choose, ≥ 0
 * @param maxSelections the most options an answer may choose: ≥ 1, ≥ {@code minSelections} and at
 *     most the number of options ({@code "other"} included)
 */
public record MultipleChoiceQuestion(
    String id,
    LocalizedText text,
    boolean required,
    List<Choice> choices,
    @Nullable LocalizedText otherLabel,
    int minSelections,
    int maxSelections) implements ChoiceQuestion {

  /**
   * @throws InvalidSurveyException if the id is malformed, the text is absent, there is no choice, a
   *     choice is null, two choices share a code, or the selection limits are inconsistent
   */
  public MultipleChoiceQuestion {
    Rules.requireQuestionId(id);
    Rules.requireText(text);
    choices = Rules.copyChoices(choices);
    int options = choices.size() + (otherLabel == null ? 0 : 1);
    if (minSelections < 0) {
      throw new InvalidSurveyException("minSelections", minSelections, "must be ≥ 0");
    }
    if (maxSelections < 1) {
      throw new InvalidSurveyException("maxSelections", maxSelections, "must be ≥ 1");
    }
    if (minSelections > maxSelections) {
      throw new InvalidSurveyException("minSelections", minSelections,
          "must be ≤ maxSelections = " + maxSelections);
    }
    if (maxSelections > options) {
      throw new InvalidSurveyException("maxSelections", maxSelections,
          "must be ≤ the number of options, " + options);
    }
  }

  /**
   * @param id the question's id
   * @param text the question text
   * @param choices the options
   * @return a required question without "other", on which an answer chooses at least one option and
   *     at most all of them
   */
  public static MultipleChoiceQuestion of(String id, LocalizedText text, List<Choice> choices) {
    Rules.requireSetting("choices", choices);
    return new MultipleChoiceQuestion(id, text, true, choices, null, 1, Math.max(1, choices.size()));
  }
}
