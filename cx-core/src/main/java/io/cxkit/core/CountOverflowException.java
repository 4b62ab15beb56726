package io.cxkit.core;

/**
 * A count would exceed {@link Long#MAX_VALUE}. Counts in cxkit are exact, so instead of wrapping
 * around silently the operation fails and leaves its target unchanged.
 */
public final class CountOverflowException extends CxException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the count that would overflow, e.g. {@code counts[10]}
   * @param current its current value
   * @param added the amount that was to be added
   */
  public CountOverflowException(String field, long current, long added) {
    super(field + " = " + current + " + " + added + ": exceeds the largest count, " + Long.MAX_VALUE);
  }
}
