package io.cxkit.core;

/**
 * A serial form (bytes or JSON shape) could not be read: an unknown format version, a different
 * kind of value than expected, a truncated buffer, trailing bytes, or values that break the rules
 * of the value they describe. The message names the offset or field.
 */
public final class SerialFormException extends CxException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong and where (byte offset or field path)
   */
  public SerialFormException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the rule violation that made the form unreadable.
   *
   * @param message what was wrong and where
   * @param cause the violation found while rebuilding the value
   */
  public SerialFormException(String message, Throwable cause) {
    super(message, cause);
  }
}
