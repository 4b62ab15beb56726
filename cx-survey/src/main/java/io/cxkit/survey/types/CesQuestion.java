package io.cxkit.survey.types;

import io.cxkit.core.CesVariant;
import io.cxkit.core.RatingScale;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Customer Effort Score question; type id {@code ces}. The variant fixes the scale and which
 * answers are favourable: CES 2.0 agreement on 1..7 (the default), agreement on 1..5, or CES 1.0
 * effort on 1..5 where lower is easier.
 *
 * @param id the question's id
 * @param text the question text
 * @param required whether a completed response must answer it
 * @param variant the CES variant
 * @param statement the statement rated, such as "The company made it easy for me to handle my
 *     issue", when the question text is an instruction ("How much do you agree…"); or null
 */
public record CesQuestion(
    String id,
    LocalizedText text,
    boolean required,
    CesVariant variant,
    @Nullable LocalizedText statement) implements Question {

  /** @throws io.cxkit.survey.InvalidSurveyException if the id is malformed or a setting is absent */
  public CesQuestion {
    Rules.requireQuestionId(id);
    Rules.requireText(text);
    Rules.requireSetting("variant", variant);
  }

  /**
   * @param id the question's id
   * @param text the question text
   * @return a required CES 2.0 question (agreement on 1..7) without a separate statement
   */
  public static CesQuestion of(String id, LocalizedText text) {
    return new CesQuestion(id, text, true, CesVariant.CES_2_0, null);
  }

  /** @return the scale answers lie on */
  public RatingScale scale() {
    return variant.scale();
  }

  /** @return the question text and its statement, by path, for the survey's default-locale check */
  @Override
  public Map<String, LocalizedText> localizedTexts() {
    return Rules.texts(text, "statement", statement);
  }
}
