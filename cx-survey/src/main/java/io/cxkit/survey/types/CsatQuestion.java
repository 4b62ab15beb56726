package io.cxkit.survey.types;

import io.cxkit.core.Csat;
import io.cxkit.core.RatingScale;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A satisfaction question ("How satisfied were you with …?") on a scale {@code min..max}, whose
 * answers at or above {@code threshold} count as satisfied; type id {@code csat}. The usual scales
 * are 1..5 (threshold 4, top-2-box), 1..7 (6) and 1..10 (9); {@link #of(String, LocalizedText, int,
 * int)} picks the top-2-box threshold ({@link Csat#defaultThreshold}).
 *
 * @param id the question's id
 * @param text the question text
 * @param required whether a completed response must answer it
 * @param min the lowest point of the scale: 0 or 1
 * @param max the highest point of the scale: above {@code min}, at most {@value #MAX_POINT}
 * @param threshold the lowest satisfied score: on the scale and above its lowest point
 * @param lowLabel the label of the lowest point ("Very dissatisfied"), or null
 * @param highLabel the label of the highest point ("Very satisfied"), or null
 */
public record CsatQuestion(
    String id,
    LocalizedText text,
    boolean required,
    int min,
    int max,
    int threshold,
    @Nullable LocalizedText lowLabel,
    @Nullable LocalizedText highLabel) implements Question {

  /** The highest point a CSAT scale may have. */
  public static final int MAX_POINT = 10;

  /**
   * @throws InvalidSurveyException if the id is malformed, the text is absent, {@code min} is not 0
   *     or 1, {@code max} is not in {@code min + 1..10}, or the threshold is off the scale or is its
   *     lowest point
   */
  public CsatQuestion {
    Rules.requireQuestionId(id);
    Rules.requireText(text);
    if (min != 0 && min != 1) {
      throw new InvalidSurveyException("min", min, "must be 0 or 1");
    }
    if (max <= min || max > MAX_POINT) {
      throw new InvalidSurveyException("max", max,
          "must lie in " + (min + 1) + ".." + MAX_POINT + " (above min = " + min + ")");
    }
    RatingScale scale = RatingScale.of(min, max);
    if (!scale.contains(threshold)) {
      throw new InvalidSurveyException("threshold", threshold, "must lie on scale " + scale);
    }
    if (threshold == min) {
      throw new InvalidSurveyException("threshold", threshold, "must be above the lowest point "
          + min + " of scale " + scale + ", or no answer could count as dissatisfied");
    }
  }

  /**
   * @param id the question's id
   * @param text the question text
   * @return a required question on 1..5 with threshold 4 (top-2-box), without end labels
   */
  public static CsatQuestion of(String id, LocalizedText text) {
    return of(id, text, 1, 5);
  }

  /**
   * @param id the question's id
   * @param text the question text
   * @param min the lowest point, 0 or 1
   * @param max the highest point, above {@code min}, at most 10
   * @return a required question with the top-2-box threshold of {@code min..max}, without end labels
   * @throws InvalidSurveyException if the scale is not allowed
   */
  public static CsatQuestion of(String id, LocalizedText text, int min, int max) {
    // An impossible scale gets a placeholder threshold, so that the constructor names the scale.
    int threshold = (min == 0 || min == 1) && max > min && max <= MAX_POINT
        ? Csat.defaultThreshold(RatingScale.of(min, max)) : max;
    return new CsatQuestion(id, text, true, min, max, threshold, null, null);
  }

  /** @return the scale answers lie on, {@code min..max} */
  public RatingScale scale() {
    return RatingScale.of(min, max);
  }

  /** @return the question text and its end labels, by path, for the survey's default-locale check */
  @Override
  public Map<String, LocalizedText> localizedTexts() {
    return Rules.texts(text, "lowLabel", lowLabel, "highLabel", highLabel);
  }
}
