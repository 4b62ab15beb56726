package io.cxkit.cli.report;

import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Estimate;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Percentage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Turns cxkit's estimates into the report's plain records: a {@link CxReport.Figure} from any
 * estimate, a {@link CxReport.Rate} from a {@link Percentage}, a {@link CxReport.Comparison} from a
 * {@link Comparison}. Nothing is computed here beyond reading the values out: an empty estimate
 * becomes a null value and {@code empty = true}, and a value that is not finite (which cxkit never
 * hands out) becomes null too, so that no NaN reaches a renderer.
 */
final class Figures {
  /** The confidence level of every interval in the report. */
  static final double LEVEL = 0.95;
  /** The significance level of every "significant" flag in the report. */
  static final double ALPHA = 0.05;
  /** The estimate names of the headline metrics, in the order the report lists them. */
  static final List<String> METRICS = List.of("nps", "csat", "ces", "goal-completion");

  private Figures() {}

  /**
   * @param metric one of {@link #METRICS}
   * @return {@code points} for NPS, {@code mean} for CES, {@code percent} for CSAT and goal
   *     completion
   */
  static String unit(String metric) {
    return switch (metric) {
      case "nps" -> "points";
      case "ces" -> "mean";
      default -> "percent";
    };
  }

  /**
   * @param metric one of {@link #METRICS}
   * @return its name for people: NPS, CSAT, CES, Goal completion
   */
  static String metricName(String metric) {
    return switch (metric) {
      case "nps" -> "NPS";
      case "csat" -> "CSAT";
      case "ces" -> "CES";
      case "goal-completion" -> "Goal completion";
      default -> metric;
    };
  }

  /**
   * @param survey the survey id
   * @param question the question id
   * @param metric one of {@link #METRICS}
   * @return such as {@code NPS (post-purchase / nps)}
   */
  static String label(String survey, String question, String metric) {
    return metricName(metric) + " (" + survey + " / " + question + ")";
  }

  /**
   * @param survey the survey id
   * @param question the question id
   * @param metric one of {@link #METRICS}
   * @param estimate the estimate
   * @return the figure with its 95 % interval (null ends when the interval is undefined) and n
   */
  static CxReport.Figure figure(String survey, String question, String metric, Estimate estimate) {
    Double value = boxed(estimate.value());
    Optional<Interval> interval = value == null ? Optional.empty()
        : estimate.confidenceInterval(LEVEL);
    return new CxReport.Figure(survey, question, metric, label(survey, question, metric), value,
        interval.map(i -> finite(i.lower())).orElse(null),
        interval.map(i -> finite(i.upper())).orElse(null), estimate.n(), unit(metric),
        value == null);
  }

  /**
   * @param p a percentage
   * @return its count, denominator, value and 95 % Wilson interval; null value and ends when the
   *     denominator is 0
   */
  static CxReport.Rate rate(Percentage p) {
    Double value = boxed(p.value());
    Optional<Interval> interval = value == null ? Optional.empty() : p.wilsonInterval(LEVEL);
    return new CxReport.Rate(p.successes(), p.n(), value,
        interval.map(i -> finite(i.lower())).orElse(null),
        interval.map(i -> finite(i.upper())).orElse(null));
  }

  /**
   * @param comparison the test, or empty where it is undefined (a side without data)
   * @param adjustedPValue the Holm-adjusted p-value, or empty when not adjusted
   * @param smallN whether a side has fewer answers than the minimum n
   * @return the comparison; significant only when the adjusted p-value (the raw one when none is
   *     given) is below 0.05 and no side is small
   */
  static CxReport.Comparison comparison(Optional<Comparison> comparison,
      OptionalDouble adjustedPValue, boolean smallN) {
    if (comparison.isEmpty()) {
      return new CxReport.Comparison(null, null, null, null, null, false, smallN);
    }
    Comparison c = comparison.get();
    Interval interval = c.confidenceInterval(LEVEL);
    Double p = finite(c.pValue());
    Double adjusted = boxed(adjustedPValue);
    Double decisive = adjusted != null ? adjusted : p;
    boolean significant = !smallN && decisive != null && decisive < ALPHA;
    return new CxReport.Comparison(finite(c.difference()), finite(interval.lower()),
        finite(interval.upper()), p, adjusted, significant, smallN);
  }

  /** @return the value, or null when it is absent or not finite */
  static @Nullable Double boxed(OptionalDouble value) {
    return value.isPresent() ? finite(value.getAsDouble()) : null;
  }

  /** @return the value, or null when it is NaN or infinite */
  static @Nullable Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }

  /** @return the duration in seconds, with its fraction */
  static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }
}
