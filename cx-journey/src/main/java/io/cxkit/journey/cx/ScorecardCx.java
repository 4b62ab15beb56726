package io.cxkit.journey.cx;

import io.cxkit.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One survey's headline figures in one scorecard row (a touchpoint, a stage, or the whole
 * journey): how many responses the row has and, for each question that yields a headline metric
 * ({@link CxMetric}), its estimate ({@link ScorecardEstimate}), in the survey's question order.
 *
 * @param surveyId the survey's id
 * @param surveyVersion its version
 * @param responses the responses of the row (completed, partial and dismissed), ≥ 0
 * @param estimates the headline estimates, in the survey's question order; copied, unmodifiable
 */
public record ScorecardCx(String surveyId, int surveyVersion, long responses,
    List<ScorecardEstimate> estimates) {

  /** @throws InvalidValueException if the responses are negative */
  public ScorecardCx {
    Objects.requireNonNull(surveyId, "surveyId");
    estimates = List.copyOf(Objects.requireNonNull(estimates, "estimates"));
    if (responses < 0) {
      throw new InvalidValueException("responses", responses, "must be a count ≥ 0");
    }
  }

  /**
   * @param metric a headline metric
   * @return the estimates of that metric, one per question that has it, in question order
   */
  public List<ScorecardEstimate> estimates(CxMetric metric) {
    Objects.requireNonNull(metric, "metric");
    List<ScorecardEstimate> found = new ArrayList<>();
    for (ScorecardEstimate estimate : estimates) {
      if (estimate.metric() == metric) {
        found.add(estimate);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * The figures as plain JSON values: {@code {"surveyId":…,"surveyVersion":…,"responses":…,
   * "nps":[…],"csat":[…],"ces":[…],"goalCompletion":[…]}}, every metric's member present (an empty
   * array when the survey has no such question), each element a {@link
   * ScorecardEstimate#toJsonShape()}.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("surveyId", surveyId);
    shape.put("surveyVersion", surveyVersion);
    shape.put("responses", responses);
    for (CxMetric metric : CxMetric.values()) {
      List<Object> list = new ArrayList<>();
      for (ScorecardEstimate estimate : estimates(metric)) {
        list.add(estimate.toJsonShape());
      }
      shape.put(metric.member(), Collections.unmodifiableList(list));
    }
    return Collections.unmodifiableMap(shape);
  }

  /** @return e.g. {@code checkout-nps v1: 5 responses [nps/nps=-20.0 (n=5)]} */
  @Override
  public String toString() {
    return surveyId + " v" + surveyVersion + ": " + responses + " responses " + estimates;
  }
}
