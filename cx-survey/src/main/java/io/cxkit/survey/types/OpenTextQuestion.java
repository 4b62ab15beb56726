package io.cxkit.survey.types;

import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A question answered in the respondent's own words, such as the "Why this score?" that follows a
 * rating; type id {@code open_text}. Lengths count Unicode code points, so a Chinese or Russian
 * answer has as many "characters" as it shows (an emoji counts one, not two).
 *
 * @param id the question's id
 * @param text the question text
 * @param required whether a completed response must answer it
 * @param maxLength the longest answer allowed, in code points: 1..{@value #MAX_LENGTH}
 * @param followUpOf the id of the question this one follows up (the rating it asks "why?" about),
 *     or null
 */
public record OpenTextQuestion(
    String id,
    LocalizedText text,
    boolean required,
    int maxLength,
    @Nullable String followUpOf) implements Question {

  /** The largest {@code maxLength} a question may set, in code points. */
  public static final int MAX_LENGTH = 100_000;

  /** The {@code maxLength} of {@link #of} and {@link #followUp}, in code points. */
  public static final int DEFAULT_MAX_LENGTH = 2000;

  /**
   * @throws InvalidSurveyException if the id or {@code followUpOf} is malformed, the text is absent,
   *     {@code maxLength} is outside 1..{@value #MAX_LENGTH}, or the question follows up itself
   */
  public OpenTextQuestion {
    Rules.requireQuestionId(id);
    Rules.requireText(text);
    if (maxLength < 1 || maxLength > MAX_LENGTH) {
      throw new InvalidSurveyException("maxLength", maxLength, "must lie in 1.." + MAX_LENGTH);
    }
    if (followUpOf != null) {
      Rules.requireId("followUpOf", followUpOf);
      if (followUpOf.equals(id)) {
        throw new InvalidSurveyException("followUpOf", Rules.quoted(followUpOf),
            "must name another question; a question cannot follow up itself");
      }
    }
  }

  /**
   * @param id the question's id
   * @param text the question text
   * @return an optional question of up to {@value #DEFAULT_MAX_LENGTH} code points
   */
  public static OpenTextQuestion of(String id, LocalizedText text) {
    return new OpenTextQuestion(id, text, false, DEFAULT_MAX_LENGTH, null);
  }

  /**
   * @param id the question's id
   * @param text the question text, such as "Why this score?"
   * @param questionId the id of the question followed up
   * @return an optional follow-up of up to {@value #DEFAULT_MAX_LENGTH} code points
   */
  public static OpenTextQuestion followUp(String id, LocalizedText text, String questionId) {
    return new OpenTextQuestion(id, text, false, DEFAULT_MAX_LENGTH,
        java.util.Objects.requireNonNull(questionId, "questionId"));
  }

  /** @return {@code followUpOf} and the question it names, when set, for the survey's check that it comes earlier */
  @Override
  public Map<String, String> questionReferences() {
    return followUpOf == null ? Map.of() : Map.of("followUpOf", followUpOf);
  }
}
