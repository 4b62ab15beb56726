package io.cxkit.survey.types;

import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;

/**
 * One option of a single or multiple choice question: the code stored in
 * answers and the label shown. The code {@code "other"} is reserved for the question's "other"
 * option, which a question enables with its {@code otherLabel}.
 *
 * @param code the stable code stored in answers: letters, digits, {@code _ - .}, not {@code other}
 * @param label the label shown
 */
public record Choice(String code, LocalizedText label) {

  /** The reserved code of the "other" option. */
  public static final String OTHER = Rules.OTHER;

  /** @throws InvalidSurveyException if the code is malformed or reserved, or the label is absent */
  public Choice {
    Rules.requireId("code", code);
    if (code.equals(OTHER)) {
      throw new InvalidSurveyException("code", Rules.quoted(code),
          "is reserved for the \"other\" option; give the question an otherLabel instead");
    }
    Rules.requireSetting("label", label);
  }

  /**
   * @param code the code
   * @param languageTag the label's language, such as {@code en}
   * @param label the label in that language
   * @return the choice
   */
  public static Choice of(String code, String languageTag, String label) {
    return new Choice(code, LocalizedText.of(languageTag, label));
  }
}
