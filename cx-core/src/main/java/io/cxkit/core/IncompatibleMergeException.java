package io.cxkit.core;

/**
 * Two partial results cannot be merged because they were computed under different definitions:
 * different scales, thresholds or metric variants. Adding them would produce a number that means
 * nothing, so the merge fails and the message says what differed.
 */
public final class IncompatibleMergeException extends CxException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what what was being merged, e.g. "ScoreDistribution"
   * @param property the property that differed, e.g. "scale"
   * @param left that property of the left operand
   * @param right that property of the right operand
   */
  public IncompatibleMergeException(String what, String property, Object left, Object right) {
    super("cannot merge " + what + " with " + property + " " + left + " and " + what + " with "
        + property + " " + right + ": the " + plural(property) + " must be equal");
  }

  // "scale" -> "scales", but "bounds" stays "bounds".
  private static String plural(String property) {
    return property.endsWith("s") ? property : property + "s";
  }
}
