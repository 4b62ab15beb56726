package io.cxkit.journey.cx;

import io.cxkit.core.Ces;
import io.cxkit.core.Csat;
import io.cxkit.core.GoalCompletion;
import io.cxkit.core.Nps;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.SurveySummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The headline CX metrics of a journey report (the {@link JourneyScorecard}'s figures, the A/B
 * comparisons of {@link JourneyCxResult#compareVariants(String, String, String)}): each is the
 * estimate of that name in a question's summary ({@link EstimateKey}) when it is the cx-core value
 * of that metric, so a team's own question type that yields an {@link Nps} named {@code nps}
 * counts too. Scales are cx-core's: NPS on −100..100, CSAT and goal completion as percentages on
 * 0..100, CES as the mean on its answer scale (as {@link Ces#value()} gives it).
 */
public enum CxMetric {
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

  CxMetric(String estimateName, String member, Class<?> type) {
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
   * The headline keys of a survey: for each question estimate that is one of the metrics, in the
   * survey's question order, its key.
   *
   * @param summary any summary of the survey (an empty one has the same keys)
   * @return the keys; unmodifiable, empty for a survey without such a question
   */
  public static List<EstimateKey> headlineKeys(SurveySummary summary) {
    return List.copyOf(headlines(Objects.requireNonNull(summary, "summary")).keySet());
  }

  /** The headline estimates of a summary with their metrics, in the survey's question order. */
  static Map<EstimateKey, CxMetric> headlines(SurveySummary summary) {
    Map<EstimateKey, CxMetric> headlines = new LinkedHashMap<>();
    for (Map.Entry<EstimateKey, MergeableEstimate<?>> entry : summary.estimates().entrySet()) {
      EstimateKey key = entry.getKey();
      if (key.questionId() != null) {
        of(key.name(), entry.getValue()).ifPresent(metric -> headlines.put(key, metric));
      }
    }
    return headlines;
  }

  /**
   * @param name an estimate's name in a question's summary
   * @param estimate the estimate
   * @return the metric it is, or empty when it is none of them (a name such as {@code nps} given
   *     by a team's own type to an estimate of another class is not one)
   */
  private static Optional<CxMetric> of(String name, MergeableEstimate<?> estimate) {
    for (CxMetric metric : values()) {
      if (metric.estimateName.equals(name) && metric.type.isInstance(estimate)) {
        return Optional.of(metric);
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
