package io.cxkit.journey.cx;

import io.cxkit.core.Ces;
import io.cxkit.core.Csat;
import io.cxkit.core.GoalCompletion;
import io.cxkit.core.Nps;
import io.cxkit.core.stats.MergeableEstimate;
import java.util.Map;
import java.util.Optional;

/**
 * The headline CX measures a {@link JourneyScorecard} shows for a survey: each is the estimate of
 * that name in a question's summary ({@link io.cxkit.survey.summary.EstimateKey}) when it is the
 * cx-core value of that measure. NPS on −100..100, CSAT and goal completion as percentages on
 * 0..100, CES as the mean on its answer scale (as cx-core's {@link Ces#value()} gives it).
 */
public enum ScorecardMeasure {
  /** Net Promoter Score: cx-core's {@link Nps}, estimate {@code nps} of an {@code nps} question. */
  NPS("nps", "nps", Nps.class),
  /** Customer satisfaction: cx-core's {@link Csat}, estimate {@code csat}. */
  CSAT("csat", "csat", Csat.class),
  /** Customer effort score: cx-core's {@link Ces}, estimate {@code ces}; its value is the mean. */
  CES("ces", "ces", Ces.class),
  /** Goal completion rate: cx-core's {@link GoalCompletion}, estimate {@code goal-completion}. */
  GOAL_COMPLETION("goal-completion", "goalCompletion", GoalCompletion.class);

  private final String estimateName;
  private final String member;
  private final Class<?> type;

  ScorecardMeasure(String estimateName, String member, Class<?> type) {
    this.estimateName = estimateName;
    this.member = member;
    this.type = type;
  }

  /** @return the estimate's name in a question's summary, such as {@code goal-completion} */
  public String estimateName() {
    return estimateName;
  }

  /** @return the member name in the scorecard's JSON shape, such as {@code goalCompletion} */
  public String member() {
    return member;
  }

  /**
   * @param name an estimate's name in a question's summary
   * @param estimate the estimate
   * @return the measure it is, or empty when it is none of the headline measures (a name such as
   *     {@code nps} given by a team's own type to an estimate of another class is not one)
   */
  static Optional<ScorecardMeasure> of(String name, MergeableEstimate<?> estimate) {
    for (ScorecardMeasure measure : values()) {
      if (measure.estimateName.equals(name) && measure.type.isInstance(estimate)) {
        return Optional.of(measure);
      }
    }
    return Optional.empty();
  }

  /** @return the estimate of no answers with the same settings (variant, scale, threshold) */
  MergeableEstimate<?> emptyLike(MergeableEstimate<?> estimate) {
    return switch (this) {
      case NPS -> Nps.empty(((Nps) estimate).variant());
      case CSAT -> Csat.empty(((Csat) estimate).scale(), ((Csat) estimate).threshold());
      case CES -> Ces.empty(((Ces) estimate).variant());
      case GOAL_COMPLETION -> GoalCompletion.empty();
    };
  }

  /** @return the estimate's cx-core JSON shape */
  Map<String, Object> shapeOf(MergeableEstimate<?> estimate) {
    return switch (this) {
      case NPS -> ((Nps) estimate).toJsonShape();
      case CSAT -> ((Csat) estimate).toJsonShape();
      case CES -> ((Ces) estimate).toJsonShape();
      case GOAL_COMPLETION -> ((GoalCompletion) estimate).toJsonShape();
    };
  }
}
