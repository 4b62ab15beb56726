package io.cxkit.core;

/**
 * A rating scale of consecutive whole-number points {@code min..max}, such as 0..10 for NPS or 1..5
 * for CSAT. Scores recorded against a scale must lie on it.
 *
 * <p>A scale has at least 2 and at most {@value #MAX_POINTS} points; {@code min} may be negative
 * (bipolar scales such as -3..3).
 *
 * @param min the lowest point, inclusive
 * @param max the highest point, inclusive
 */
public record RatingScale(int min, int max) {

  /** The largest number of points a scale may have (0..1000, enough for a 0–100 slider ×10). */
  public static final int MAX_POINTS = 1001;

  /** The Net Promoter Score scale, 0..10 (Reichheld). */
  public static final RatingScale NPS = new RatingScale(0, 10);

  /** The 1..10 scale of tools whose likelihood-to-recommend question starts at 1. */
  public static final RatingScale ONE_TO_TEN = new RatingScale(1, 10);

  /** The CSAT scale, 1..5 (very dissatisfied .. very satisfied). */
  public static final RatingScale CSAT = new RatingScale(1, 5);

  /** The CES 2.0 agreement scale, 1..7 (strongly disagree .. strongly agree). */
  public static final RatingScale CES = new RatingScale(1, 7);

  /**
   * Checks the bounds.
   *
   * @throws InvalidValueException if {@code max <= min} or the scale has more than {@value #MAX_POINTS}
   *     points
   */
  public RatingScale {
    if (max <= min) {
      throw new InvalidValueException("scale", min + ".." + max, "max must be greater than min");
    }
    if ((long) max - min + 1 > MAX_POINTS) {
      throw new InvalidValueException(
          "scale", min + ".." + max, "must have at most " + MAX_POINTS + " points");
    }
  }

  /**
   * Returns the scale {@code min..max}.
   *
   * @param min the lowest point
   * @param max the highest point
   * @return the scale
   * @throws InvalidValueException if {@code max <= min} or the scale is too large
   */
  public static RatingScale of(int min, int max) {
    return new RatingScale(min, max);
  }

  /** @return the number of points, {@code max - min + 1} */
  public int points() {
    return max - min + 1;
  }

  /**
   * @param score a score
   * @return whether {@code score} lies on this scale
   */
  public boolean contains(int score) {
    return score >= min && score <= max;
  }

  /**
   * Checks that {@code score} lies on this scale.
   *
   * @param field where the score came from, for the error message
   * @param score the score
   * @return {@code score}
   * @throws ScoreOutOfScaleException if it does not
   */
  public int requireOnScale(String field, int score) {
    java.util.Objects.requireNonNull(field, "field");
    if (!contains(score)) {
      throw new ScoreOutOfScaleException(field, score, this);
    }
    return score;
  }

  /** @return {@code min..max}, e.g. {@code 0..10} */
  @Override
  public String toString() {
    return min + ".." + max;
  }
}
