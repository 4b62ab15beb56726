package io.cxkit.journey.cx;

import io.cxkit.survey.types.CesQuestionType;
import io.cxkit.survey.types.CsatQuestionType;
import io.cxkit.survey.types.GoalCompletionQuestionType;
import io.cxkit.survey.types.NpsQuestionType;
import java.util.Optional;

/**
 * The headline CX metrics a journey report shows per touchpoint and stage, each the estimate of one
 * built-in question type's summary: its scale is cx-core's (NPS on −100..100, CSAT and goal
 * completion as percentages on 0..100, CES as a mean on the answer scale).
 */
public enum CxMetric {
  /** Net Promoter Score of an {@code nps} question: % promoters − % detractors, −100..100. */
  NPS(NpsQuestionType.ID, "nps"),
  /** CSAT of a {@code csat} question: % satisfied (top-2-box unless set), or the mean score. */
  CSAT(CsatQuestionType.ID, "csat"),
  /** Customer Effort Score of a {@code ces} question: % agree, or the mean, as the variant says. */
  CES(CesQuestionType.ID, "ces"),
  /** Goal completion rate of a {@code goal_completion} question: % "fully achieved", 0..100. */
  GOAL_COMPLETION(GoalCompletionQuestionType.ID, "goal-completion");

  private final String typeId;
  private final String estimateName;

  CxMetric(String typeId, String estimateName) {
    this.typeId = typeId;
    this.estimateName = estimateName;
  }

  /** @return the id of the question type whose summary gives the metric, such as {@code nps} */
  public String typeId() {
    return typeId;
  }

  /**
   * @return the name of the estimate in the type's summary ({@link
   *     io.cxkit.survey.summary.EstimateKey#name()}), such as {@code goal-completion}
   */
  public String estimateName() {
    return estimateName;
  }

  /**
   * @param typeId a question type id
   * @return the metric of questions of that type, or empty for a type that gives none
   */
  public static Optional<CxMetric> ofType(String typeId) {
    for (CxMetric metric : values()) {
      if (metric.typeId.equals(typeId)) {
        return Optional.of(metric);
      }
    }
    return Optional.empty();
  }
}
