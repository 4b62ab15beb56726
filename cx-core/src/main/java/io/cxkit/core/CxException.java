package io.cxkit.core;

/**
 * Root of every error cxkit raises for bad input data: out-of-scale scores, impossible counts,
 * incompatible merges, corrupt serial forms. It is unchecked, like {@link IllegalArgumentException},
 * so that callers catch it where they can act on it rather than everywhere.
 *
 * <p>API misuse is not reported through this hierarchy: a {@code null} argument to a public method
 * gets the Java convention, a {@link NullPointerException} naming the parameter.
 */
public class CxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names what was wrong and which rule it broke.
   *
   * @param message what was wrong, where, and the rule it broke
   */
  public CxException(String message) {
    super(message);
  }

  /**
   * Creates an exception caused by another one.
   *
   * @param message what was wrong, where, and the rule it broke
   * @param cause the underlying failure
   */
  public CxException(String message, Throwable cause) {
    super(message, cause);
  }
}
