package io.cxkit.survey.types;

import io.cxkit.core.RatingScale;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;

/**
 * A rating on {@code 1..points} ("Rate your delivery", five stars); type id {@code rating}.
 *
 * @param id the question's id
 * @param text the question text
 * @param required whether a completed response must answer it
 * @param points the number of points, {@value #MIN_POINTS}..{@value #MAX_POINTS}; scores are {@code
 *     1..points}
 * @param style stars or numbers
 */
public record RatingQuestion(
    String id,
    LocalizedText text,
    boolean required,
    int points,
    RatingStyle style) implements Question {

  /** The fewest points a rating may have. */
  public static final int MIN_POINTS = 2;

  /** The most points a rating may have. */
  public static final int MAX_POINTS = 10;

  /**
   * @throws InvalidSurveyException if the id is malformed, a setting is absent or {@code points} is
   *     outside {@value #MIN_POINTS}..{@value #MAX_POINTS}
   */
  public RatingQuestion {
    Rules.requireQuestionId(id);
    Rules.requireText(text);
    if (points < MIN_POINTS || points > MAX_POINTS) {
      throw new InvalidSurveyException("points", points,
          "must lie in " + MIN_POINTS + ".." + MAX_POINTS);
    }
    Rules.requireSetting("style", style);
  }

  /**
   * @param id the question's id
   * @param text the question text
   * @return a required five-star rating
   */
  public static RatingQuestion of(String id, LocalizedText text) {
    return new RatingQuestion(id, text, true, 5, RatingStyle.STARS);
  }

  /** @return the scale answers lie on, {@code 1..points} */
  public RatingScale scale() {
    return RatingScale.of(1, points);
  }
}
