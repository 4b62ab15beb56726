package io.cxkit.survey.types;

import io.cxkit.survey.Answer;
import io.cxkit.survey.InvalidResponseException;

/**
 * An answer to an {@link OpenTextQuestion}. Any text is accepted here; {@link
 * OpenTextQuestionType#validate} reports a blank text or one longer than the question allows.
 *
 * @param text what the respondent wrote
 */
public record OpenTextAnswer(String text) implements Answer {

  /** @throws InvalidResponseException if the text is absent or holds an unpaired surrogate char */
  public OpenTextAnswer {
    Rules.requireWellFormedPart("text", Rules.requirePart("text", text));
  }

  /** @return the text's length in Unicode code points */
  public int length() {
    return Rules.codePoints(text);
  }
}
