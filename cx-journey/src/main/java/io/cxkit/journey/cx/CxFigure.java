package io.cxkit.journey.cx;

import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.GroupResult;
import io.cxkit.survey.summary.QuestionResult;
import io.cxkit.survey.summary.SurveySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One headline figure of one survey at one place of the journey (a touchpoint, a stage): the NPS of
 * question {@code recommend} of survey {@code post-purchase} at the order confirmation, with its n
 * and interval, and how it compares with the rest of the places.
 *
 * @param surveyId the survey's id
 * @param key the estimate's key in the survey's summaries (question id and estimate name)
 * @param metric which metric it is
 * @param estimate the estimate, on the metric's scale; empty (n = 0) where the place has no answer
 * @param againstRest the place compared with every other place pooled, Holm-adjusted across the
 *     places ({@link io.cxkit.survey.summary.GroupedSummary#compare}); empty where the place had no
 *     response to the survey or fewer than two places had any
 * @param belowMinimum whether the estimate's n is below the definition's minimum n: shown, but too
 *     few to act on
 */
public record CxFigure(String surveyId, EstimateKey key, CxMetric metric,
    MergeableEstimate<?> estimate, Optional<GroupResult> againstRest, boolean belowMinimum) {

  /** Checks that nothing is null. */
  public CxFigure {
    Objects.requireNonNull(surveyId, "surveyId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(againstRest, "againstRest");
  }

  /**
   * The headline keys of a survey: for each question whose type gives a {@link CxMetric}, in the
   * survey's order, the key of that metric's estimate.
   *
   * @param summary any summary of the survey
   * @return the keys; unmodifiable, empty for a survey without such a question
   */
  public static List<EstimateKey> headlineKeys(SurveySummary summary) {
    Objects.requireNonNull(summary, "summary");
    List<EstimateKey> keys = new ArrayList<>();
    for (QuestionResult question : summary.questions()) {
      CxMetric.ofType(question.typeId()).ifPresent(metric -> keys.add(
          EstimateKey.question(question.questionId(), metric.estimateName())));
    }
    return List.copyOf(keys);
  }

  /** @return the number of observations of the estimate (answers to the question) */
  public long n() {
    return estimate.n();
  }

  /** @return the point estimate on the metric's scale, or empty without answers */
  public OptionalDouble value() {
    return estimate.value();
  }

  /**
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return the estimate's own interval (cx-core's method for its type), or empty where undefined
   */
  public Optional<Interval> confidenceInterval(double level) {
    return estimate.confidenceInterval(level);
  }

  /**
   * @param alpha the family-wise significance level, in (0, 1)
   * @return whether the place differs from the rest after Holm's adjustment; false where undefined
   */
  public boolean differsFromRest(double alpha) {
    return againstRest.map(r -> r.isSignificant(alpha)).orElse(false);
  }
}
