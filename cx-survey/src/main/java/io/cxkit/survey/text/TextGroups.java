package io.cxkit.survey.text;

import io.cxkit.core.NpsVariant;
import io.cxkit.survey.Answer;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.Question;
import io.cxkit.survey.Survey;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Group keys that open-text analysis needs beside {@link GroupKey}'s own: the NPS group of a
 * response, so that what detractors talk about can be set against what promoters talk about.
 */
public final class TextGroups {
  /** The group of a detractor: an NPS score of 6 or less. */
  public static final String DETRACTOR = "detractor";

  /** The group of a passive: an NPS score of 7 or 8. */
  public static final String PASSIVE = "passive";

  /** The group of a promoter: an NPS score of 9 or 10. */
  public static final String PROMOTER = "promoter";

  /**
   * The three NPS groups, detractors first; give them to {@link
   * ThemeSummarizer.Builder#expectGroups} so that a group nobody fell into still shows, empty.
   */
  public static final List<String> NPS_GROUPS = List.of(DETRACTOR, PASSIVE, PROMOTER);

  private TextGroups() {}

  /**
   * The NPS group of each response by its answer to an NPS question, cut as Reichheld's standard
   * variant cuts it (detractors 0–6, passives 7–8, promoters 9–10). The {@link
   * NpsVariant#ONE_TO_TEN} variant has the same cut points on 1..10, so this key serves both; use
   * {@link #npsGroup(Survey, String)} to have scores checked against the question's own scale.
   *
   * @param npsQuestionId the id of the NPS question, such as {@code nps}
   * @return the key named {@code nps-group:<id>}: {@value #DETRACTOR}, {@value #PASSIVE} or
   *     {@value #PROMOTER}, or no group for a response that did not answer it; its {@link
   *     GroupKey#groupOf} throws {@link InvalidResponseException} for an answer that is not an NPS
   *     score or lies off 0..10
   * @throws io.cxkit.core.InvalidValueException if the id is malformed
   */
  public static GroupKey npsGroup(String npsQuestionId) {
    Objects.requireNonNull(npsQuestionId, "npsQuestionId");
    Ids.requireId("npsQuestionId", npsQuestionId);
    return key(npsQuestionId, NpsVariant.STANDARD);
  }

  /**
   * The NPS group of each response by its answer to an NPS question of a survey, cut per the
   * question's {@link NpsVariant}: detractors from the scale's minimum to 6, passives 7–8,
   * promoters 9–10.
   *
   * @param survey the survey the responses answer
   * @param npsQuestionId the id of its NPS question
   * @return the key named {@code nps-group:<id>}, as {@link #npsGroup(String)} gives; it refuses a
   *     score off the question's scale
   * @throws InvalidSurveyException if the survey has no such question or it is not an NPS question
   */
  public static GroupKey npsGroup(Survey survey, String npsQuestionId) {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(npsQuestionId, "npsQuestionId");
    Question question = survey.question(npsQuestionId).orElseThrow(() -> new InvalidSurveyException(
        "npsQuestionId", Ids.quote(npsQuestionId), "must be a question of survey " + survey.id()
            + ": " + survey.questionIds()));
    if (!(question instanceof NpsQuestion nps)) {
      throw new InvalidSurveyException("npsQuestionId", Ids.quote(npsQuestionId),
          "must name an NPS question, not a " + question.getClass().getSimpleName());
    }
    return key(npsQuestionId, nps.variant());
  }

  private static GroupKey key(String questionId, NpsVariant variant) {
    String path = "answers." + questionId;
    int min = variant.scale().min();
    int max = variant.scale().max();
    return GroupKey.of("nps-group:" + questionId, response -> {
      @Nullable Answer answer = response.answers().get(questionId);
      if (answer == null) {
        return null;
      }
      if (!(answer instanceof NpsAnswer score)) {
        throw new InvalidResponseException(path, answer.getClass().getSimpleName(),
            "must be an NPS answer to be grouped as promoter, passive or detractor");
      }
      int s = score.score();
      if (s < min || s > max) {
        throw new InvalidResponseException(path, s, "an NPS score must be on " + min + ".." + max
            + " (" + variant.id() + " variant)");
      }
      return s >= variant.lowestPromoterScore() ? PROMOTER
          : s >= variant.lowestPassiveScore() ? PASSIVE : DETRACTOR;
    });
  }
}
