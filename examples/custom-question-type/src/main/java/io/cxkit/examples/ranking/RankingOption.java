package io.cxkit.examples.ranking;

import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One option of a {@link RankingQuestion}.
 *
 * @param code the option's code, as answers name it: 1 to 64 letters, digits, {@code _ - .},
 *     starting with a letter or digit
 * @param label the option's text in the survey's locales
 */
public record RankingOption(String code, LocalizedText label) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  /** The rule of {@link #code()}, for messages. */
  static final String CODE_RULE =
      "must be 1 to 64 letters, digits, '_', '-' or '.', starting with a letter or digit";

  /**
   * Checks the option.
   *
   * @throws InvalidSurveyException if the code is missing or malformed, or the label is missing
   */
  public RankingOption {
    requireCode("code", code);
    if (label == null) {
      throw new InvalidSurveyException("label", null, "must be a text, not null");
    }
  }

  /**
   * @param code the option's code
   * @param label the option's label in English
   * @return the option
   */
  public static RankingOption of(String code, String label) {
    return new RankingOption(code, LocalizedText.of("en", label));
  }

  static void requireCode(String field, @Nullable String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidSurveyException(field, code == null ? null : '"' + code + '"', CODE_RULE);
    }
  }
}
