package io.cxkit.survey.summary;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A response rate that says what it is a share of: the survey completion rate over {@code
 * displays}, a question's answer rate over the respondents who {@code reached} it. On 0..100 with
 * the {@linkplain Percentage#wilsonInterval Wilson interval}; rates merge and compare only over
 * the same denominator.
 */
public final class Rate implements MergeableEstimate<Rate> {
  private final Percentage percentage;
  private final String denominator;

  private Rate(Percentage percentage, String denominator) {
    this.percentage = percentage;
    this.denominator = denominator;
  }

  /**
   * @param percentage the counts
   * @param denominator what {@code n} counts, in words, such as {@code displays}
   * @return the rate
   */
  public static Rate of(Percentage percentage, String denominator) {
    Objects.requireNonNull(percentage, "percentage");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.isBlank()) {
      throw new io.cxkit.core.InvalidValueException("denominator", "\"" + denominator + "\"",
          "must say what the rate is a share of");
    }
    return new Rate(percentage, denominator);
  }

  /** @return the counts: successes over n */
  public Percentage percentage() {
    return percentage;
  }

  /** @return what {@link #n()} counts, such as {@code displays} or {@code starts} */
  public String denominator() {
    return denominator;
  }

  /** @return how many the rate counts as successes */
  public long count() {
    return percentage.successes();
  }

  @Override
  public long n() {
    return percentage.n();
  }

  @Override
  public OptionalDouble value() {
    return percentage.value();
  }

  @Override
  public OptionalDouble standardError() {
    return percentage.standardError();
  }

  /** @return the Wilson interval of the percentage, or empty when n = 0 */
  @Override
  public Optional<Interval> confidenceInterval(double level) {
    return percentage.confidenceInterval(level);
  }

  /** @throws IncompatibleMergeException if the denominators differ */
  @Override
  public Rate plus(Rate other) {
    requireSameDenominator(other);
    return new Rate(percentage.plus(other.percentage), denominator);
  }

  /**
   * Compares with {@link Percentage#comparedWith}: the pooled two-proportion z-test and Newcombe's
   * interval, in percentage points.
   *
   * @throws IncompatibleMergeException if the denominators differ
   */
  @Override
  public Optional<Comparison> comparedWith(Rate baseline) {
    requireSameDenominator(baseline);
    return percentage.comparedWith(baseline.percentage);
  }

  private void requireSameDenominator(Rate other) {
    Objects.requireNonNull(other, "other");
    if (!denominator.equals(other.denominator)) {
      throw new IncompatibleMergeException("Rate", "denominator", denominator, other.denominator);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rate r && r.percentage.equals(percentage) && r.denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return 31 * percentage.hashCode() + denominator.hashCode();
  }

  @Override
  public String toString() {
    return "Rate{" + percentage.successes() + "/" + percentage.n() + " " + denominator + "}";
  }
}
