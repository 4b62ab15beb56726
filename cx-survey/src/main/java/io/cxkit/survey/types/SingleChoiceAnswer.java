package io.cxkit.survey.types;

import io.cxkit.survey.Answer;
import io.cxkit.survey.InvalidResponseException;
import org.jspecify.annotations.Nullable;

/**
 * An answer to a {@link SingleChoiceQuestion}: the code chosen, and the respondent's own words when
 * it is {@value Choice#OTHER}. Any code is accepted here; {@link SingleChoiceQuestionType#validate}
 * reports one the question does not offer.
 *
 * @param choice the code chosen
 * @param otherText what the respondent wrote for "other", or null
 */
public record SingleChoiceAnswer(String choice, @Nullable String otherText) implements Answer {

  /**
   * @throws InvalidResponseException if the choice is absent, or it or the other text holds an
   *     unpaired surrogate char
   */
  public SingleChoiceAnswer {
    Rules.requireWellFormedPart("choice", Rules.requirePart("choice", choice));
    Rules.requireWellFormedPart("otherText", otherText);
  }

  /**
   * @param choice the code chosen
   * @return the answer, without other text
   */
  public static SingleChoiceAnswer of(String choice) {
    return new SingleChoiceAnswer(choice, null);
  }
}
