package io.cxkit.journey.cx;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.MergeableEstimate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One headline estimate of a scorecard row: a question's NPS, CSAT, CES or goal completion rate
 * over the responses given at that touchpoint or stage, its interval, and how it compares with the
 * rest of the touchpoints (or stages) pooled, as cx-survey's {@link
 * io.cxkit.survey.summary.GroupedSummary#compare} gives it (Holm-adjusted across the groups).
 *
 * @param metric which headline metric it is
 * @param questionId the question of the survey it belongs to
 * @param estimate the estimate; empty (n = 0, no value) where the row has no answers
 * @param level the confidence level of {@link #interval()}, in (0, 1)
 * @param againstRest {@code estimate − rest} with its test, or empty where undefined (no answers on
 *     a side, fewer than two groups, a mean of fewer than 2 answers) and for journey-wide totals
 * @param adjustedPValue the Holm-adjusted p-value of that comparison; empty exactly when it is
 * @param significant whether the adjusted p-value is below the scorecard's alpha
 * @param belowMinimum whether {@link #n()} is below the scorecard's minimum n: shown, too few to
 *     act on
 */
public record ScorecardEstimate(CxMetric metric, String questionId,
    MergeableEstimate<?> estimate, double level, Optional<Comparison> againstRest,
    OptionalDouble adjustedPValue, boolean significant, boolean belowMinimum) {

  /**
   * @throws InvalidValueException if the level is not in (0, 1), the adjusted p-value is present
   *     without a comparison (or absent with one), or a result without one is called significant
   */
  public ScorecardEstimate {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(againstRest, "againstRest");
    Objects.requireNonNull(adjustedPValue, "adjustedPValue");
    if (!(level > 0 && level < 1)) {
      throw new InvalidValueException("level", level, "must be in (0, 1)");
    }
    if (againstRest.isPresent() != adjustedPValue.isPresent()) {
      throw new InvalidValueException("adjustedPValue", adjustedPValue,
          "must be present exactly when the comparison is");
    }
    if (significant && againstRest.isEmpty()) {
      throw new InvalidValueException("significant", true, "needs a comparison");
    }
  }

  /** @return the number of answers the estimate is based on */
  public long n() {
    return estimate.n();
  }

  /** @return the point estimate on the metric's scale, or empty when there are no answers */
  public OptionalDouble value() {
    return estimate.value();
  }

  /** @return the estimate's default interval at {@link #level()}, or empty where undefined */
  public Optional<Interval> interval() {
    return estimate.confidenceInterval(level);
  }

  /**
   * The estimate as plain JSON values: {@code {"question":…,"n":…,"value":… or null,"interval":
   * {"lower":…,"upper":…,"level":…} or null,"estimate":{cx-core shape},"againstRest":{
   * "difference":…,"lower":…,"upper":…,"pValue":…,"adjustedPValue":…,"method":…} or null,
   * "significant":…,"belowMinimum":…}}; the comparison's interval is at {@link #level()}.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("question", questionId);
    shape.put("n", n());
    shape.put("value", value().isPresent() ? value().getAsDouble() : null);
    shape.put("interval", interval().map(ScorecardEstimate::intervalShape).orElse(null));
    shape.put("estimate", metric.shapeOf(estimate));
    Map<String, Object> rest = null;
    if (againstRest.isPresent()) {
      Comparison c = againstRest.get();
      Interval ci = c.confidenceInterval(level);
      rest = new LinkedHashMap<>();
      rest.put("difference", c.difference());
      rest.put("lower", ci.lower());
      rest.put("upper", ci.upper());
      rest.put("pValue", c.pValue());
      rest.put("adjustedPValue", adjustedPValue.getAsDouble());
      rest.put("method", c.method());
      rest = Collections.unmodifiableMap(rest);
    }
    shape.put("againstRest", rest);
    shape.put("significant", significant);
    shape.put("belowMinimum", belowMinimum);
    return Collections.unmodifiableMap(shape);
  }

  static Map<String, Object> intervalShape(Interval interval) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("lower", interval.lower());
    shape.put("upper", interval.upper());
    shape.put("level", interval.level());
    return Collections.unmodifiableMap(shape);
  }

  /** Equal when every component is, comparisons by difference, standard error, p-value and method. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScorecardEstimate e && e.metric == metric
        && e.questionId.equals(questionId) && e.estimate.equals(estimate)
        && Double.compare(e.level, level) == 0 && sameComparison(e.againstRest, againstRest)
        && e.adjustedPValue.equals(adjustedPValue) && e.significant == significant
        && e.belowMinimum == belowMinimum;
  }

  private static boolean sameComparison(Optional<Comparison> a, Optional<Comparison> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    Comparison x = a.get();
    Comparison y = b.get();
    return Double.compare(x.difference(), y.difference()) == 0
        && Double.compare(x.standardError(), y.standardError()) == 0
        && Double.compare(x.pValue(), y.pValue()) == 0 && x.method().equals(y.method());
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, questionId, estimate, level,
        againstRest.map(Comparison::difference).orElse(null), adjustedPValue, significant,
        belowMinimum);
  }

  /** @return e.g. {@code nps/nps=-20.0 (n=5)}, with {@code *} when significant, {@code ?} when below the minimum n */
  @Override
  public String toString() {
    return questionId + "/" + metric.estimateName() + "="
        + (value().isPresent() ? String.valueOf(Math.round(value().getAsDouble() * 100) / 100.0)
            : "empty")
        + " (n=" + n() + ")" + (significant ? "*" : "") + (belowMinimum ? "?" : "");
  }
}
