package io.cxkit.survey;

import io.cxkit.core.InvalidValueException;

/**
 * A survey definition breaks a rule: two questions share an id, a text lacks the survey's default
 * locale, a question's settings are inconsistent. Like every {@link InvalidValueException} the
 * message reads {@code path = value: rule}, with the path into the survey ({@code questions[2].id}).
 */
public class InvalidSurveyException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * @param path where in the survey, such as {@code questions[2].id}
   * @param value the offending value
   * @param rule the rule it broke
   */
  public InvalidSurveyException(String path, Object value, String rule) {
    super(path, value, rule);
  }
}
