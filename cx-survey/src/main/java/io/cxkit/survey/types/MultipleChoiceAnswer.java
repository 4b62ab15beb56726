package io.cxkit.survey.types;

import io.cxkit.survey.Answer;
import io.cxkit.survey.InvalidResponseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An answer to a {@link MultipleChoiceQuestion}: the codes chosen, in the order chosen, and the
 * respondent's own words when one of them is {@value Choice#OTHER}. Any codes are accepted here;
 * {@link MultipleChoiceQuestionType#validate} reports unknown or repeated codes and selections
 * outside the question's limits.
 *
 * @param choices the codes chosen; copied, unmodifiable
 * @param otherText what the respondent wrote for "other", or null
 */
public record MultipleChoiceAnswer(List<String> choices, @Nullable String otherText) implements Answer {

  /**
   * @throws InvalidResponseException if the list or one of its codes is absent (null), or a code or
   *     the other text holds an unpaired surrogate char
   */
  public MultipleChoiceAnswer {
    choices = Rules.copyParts("choices", choices);
    Rules.requireWellFormedPart("otherText", otherText);
  }

  /**
   * @param choices the codes chosen
   * @return the answer, without other text
   */
  public static MultipleChoiceAnswer of(String... choices) {
    // asList, not List.of: a null code then gets the constructor's typed error naming its index.
    return new MultipleChoiceAnswer(
        java.util.Arrays.asList(java.util.Objects.requireNonNull(choices, "choices")), null);
  }
}
