package io.cxkit.survey;

import io.cxkit.core.InvalidValueException;

/**
 * A response is inconsistent in itself: a dismissed response that holds answers, a partial one
 * without the last question seen, contact details without consent. The message reads {@code path =
 * value: rule}. (Whether a response fits its survey is a separate check that reports every
 * violation instead of throwing at the first.)
 */
public class InvalidResponseException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * @param path where in the response, such as {@code answers.q3}
   * @param value the offending value
   * @param rule the rule it broke
   */
  public InvalidResponseException(String path, Object value, String rule) {
    super(path, value, rule);
  }
}
