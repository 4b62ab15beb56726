package io.cxkit.survey.text;

import io.cxkit.core.InvalidValueException;
import java.util.Objects;

/**
 * How many comments mention a phrase, as counted by a {@link PhraseCounter}: exactly, or — once
 * the counter has had to drop phrases — as a Space-Saving estimate that is never below the true
 * count and at most {@code maxError} above it, so the true count lies in {@code [lowerBound(),
 * count()]}.
 *
 * @param phrase the phrase, tokens joined by one space
 * @param count the number of comments mentioning it, or an upper bound of it
 * @param maxError how far {@code count} may exceed the true count; 0 when the count is exact
 */
public record PhraseCount(String phrase, long count, long maxError) {
  /**
   * Checks the counts.
   *
   * @throws InvalidValueException if a count is negative or {@code maxError > count}
   */
  public PhraseCount {
    Objects.requireNonNull(phrase, "phrase");
    if (count < 0) {
      throw new InvalidValueException("count", count, "must be ≥ 0");
    }
    if (maxError < 0 || maxError > count) {
      throw new InvalidValueException("maxError", maxError, "must be in 0..count = " + count);
    }
  }

  /** @return {@code count − maxError}, a count the true one is guaranteed to reach */
  public long lowerBound() {
    return count - maxError;
  }

  /** @return whether {@link #count()} is the true count ({@code maxError = 0}) */
  public boolean isExact() {
    return maxError == 0;
  }
}
