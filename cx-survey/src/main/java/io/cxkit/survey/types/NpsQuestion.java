package io.cxkit.survey.types;

import io.cxkit.core.NpsVariant;
import io.cxkit.core.RatingScale;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A likelihood-to-recommend question ("How likely are you to recommend us to a friend?"), whose
 * answers make a Net Promoter Score; type id {@code nps}.
 *
 * @param id the question's id
 * @param text the question text
 * @param required whether a completed response must answer it
 * @param variant the scale and its cut points: {@link NpsVariant#STANDARD} (0..10) or {@link
 *     NpsVariant#ONE_TO_TEN} (1..10)
 * @param lowLabel the label of the lowest point ("Not at all likely"), or null
 * @param highLabel the label of the highest point ("Extremely likely"), or null
 */
public record NpsQuestion(
    String id,
    LocalizedText text,
    boolean required,
    NpsVariant variant,
    @Nullable LocalizedText lowLabel,
    @Nullable LocalizedText highLabel) implements Question {

  /** @throws io.cxkit.survey.InvalidSurveyException if the id is malformed or a setting is absent */
  public NpsQuestion {
    Rules.requireQuestionId(id);
    Rules.requireText(text);
    Rules.requireSetting("variant", variant);
  }

  /**
   * @param id the question's id
   * @param text the question text
   * @return a required question on Reichheld's standard 0..10 scale, without end labels
   */
  public static NpsQuestion of(String id, LocalizedText text) {
    return new NpsQuestion(id, text, true, NpsVariant.STANDARD, null, null);
  }

  /** @return the scale answers lie on, 0..10 or 1..10 */
  public RatingScale scale() {
    return variant.scale();
  }

  /** @return the question text and its end labels, by path, for the survey's default-locale check */
  @Override
  public Map<String, LocalizedText> localizedTexts() {
    return Rules.texts(text, "lowLabel", lowLabel, "highLabel", highLabel);
  }
}
