package io.cxkit.core;

import java.util.Objects;

/**
 * A score does not lie on the rating scale it was recorded against, such as an 11 on the NPS scale
 * 0..10. Nothing was recorded: accumulators reject a whole batch that contains such a score.
 */
public final class ScoreOutOfScaleException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final int score;
  private final RatingScale scale;

  /**
   * Creates the exception for {@code score} found at {@code field}.
   *
   * @param field where the score was found, such as {@code scores[17]}
   * @param score the offending score
   * @param scale the scale it had to lie on
   */
  public ScoreOutOfScaleException(String field, int score, RatingScale scale) {
    super(field, score, "must lie on scale " + Objects.requireNonNull(scale, "scale"));
    this.score = score;
    this.scale = scale;
  }

  /** @return the offending score */
  public int score() {
    return score;
  }

  /** @return the scale the score had to lie on */
  public RatingScale scale() {
    return scale;
  }
}
