package io.cxkit.survey.summary;

import io.cxkit.survey.internal.Ids;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Names one estimate of a survey summary: one of the survey's own ({@code survey-completion}) or
 * one of a question's ({@code nps} of question {@code recommend}, {@code share:price} of question
 * {@code reasons}). Keys are how groups, A/B variants and periods are compared figure by figure,
 * and the measure column of a CSV export.
 *
 * @param questionId the question the estimate belongs to, or null for the survey's own
 * @param name the estimate's name, as {@link io.cxkit.survey.spi.QuestionSummary#estimates()} or
 *     {@link SurveySummary#estimates()} gives it
 */
public record EstimateKey(@Nullable String questionId, String name) {

  /**
   * The survey completion rate: completions over displays; when displays are not given, over
   * starts, or over all responses with {@link SummaryOptions#dismissedInDenominators()}.
   */
  public static final EstimateKey SURVEY_COMPLETION = survey("survey-completion");

  /** The share of dismissals among displays (or among responses, when displays are not given). */
  public static final EstimateKey DISMISSAL = survey("dismissal");

  /** Name of a question's answer rate: answered over reached. */
  public static final String ANSWER_RATE = "answer-rate";

  /** Name of a question's drop-off rate: stopped there over reached. */
  public static final String DROP_OFF = "drop-off";

  /** @throws io.cxkit.core.InvalidValueException if the question id or the name is malformed */
  public EstimateKey {
    Objects.requireNonNull(name, "name");
    if (questionId != null) {
      Ids.requireId("questionId", questionId);
    }
    if (name.isBlank() || !name.strip().equals(name)) {
      throw new io.cxkit.core.InvalidValueException("name", Ids.quote(name),
          "must be a non-blank name without surrounding spaces");
    }
    Ids.requireWellFormed("name", name);
    if (questionId == null && name.indexOf('/') >= 0) {
      throw new io.cxkit.core.InvalidValueException("name", Ids.quote(name),
          "the name of one of the survey's own estimates holds no /");
    }
  }

  /**
   * @param name the estimate's name
   * @return the key of one of the survey's own estimates
   */
  public static EstimateKey survey(String name) {
    return new EstimateKey(null, name);
  }

  /**
   * @param questionId the question
   * @param name the estimate's name
   * @return the key of one of the question's estimates
   */
  public static EstimateKey question(String questionId, String name) {
    return new EstimateKey(Objects.requireNonNull(questionId, "questionId"), name);
  }

  /**
   * @return {@code <name>} for one of the survey's own, {@code <questionId>/<name>} for a
   *     question's (names of the survey's own hold no {@code /}), as CSV exports write it
   */
  @Override
  public String toString() {
    return questionId == null ? name : questionId + "/" + name;
  }
}
