package io.cxkit.survey.types;

import io.cxkit.core.stats.MergeableEstimate;
import java.util.Map;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.RatingScale;
import io.cxkit.core.ScoreAccumulator;
import io.cxkit.core.ScoreDistribution;
import io.cxkit.core.stats.Mean;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.Objects;

/**
 * The summary of a {@link RatingQuestion}'s answers: their distribution over {@code 1..points} and
 * the {@linkplain #mean() mean rating} with its t-interval.
 *
 * @param distribution the answers' counts per point, on {@code 1..points}
 */
public record RatingSummary(ScoreDistribution distribution) implements QuestionSummary<RatingSummary> {

  /** @throws InvalidValueException if the scale is not {@code 1..points} with 2..10 points */
  public RatingSummary {
    Objects.requireNonNull(distribution, "distribution");
    if (distribution.scale().min() != 1 || distribution.scale().max() > RatingQuestion.MAX_POINTS) {
      throw new InvalidValueException("distribution.scale", distribution.scale(),
          "must be 1..points with points in " + RatingQuestion.MIN_POINTS + ".."
              + RatingQuestion.MAX_POINTS);
    }
  }

  /**
   * @param points the question's number of points
   * @return the summary of no answers
   */
  public static RatingSummary empty(int points) {
    if (points < RatingQuestion.MIN_POINTS || points > RatingQuestion.MAX_POINTS) {
      throw new InvalidValueException("points", points,
          "must lie in " + RatingQuestion.MIN_POINTS + ".." + RatingQuestion.MAX_POINTS);
    }
    return new RatingSummary(ScoreDistribution.empty(RatingScale.of(1, points)));
  }

  /** @return the number of points of the rated question */
  public int points() {
    return distribution.scale().max();
  }

  /**
   * @return the mean rating on {@code 1..points}, bounded by the scale, with a t-interval (absent for
   *     fewer than 2 answers); empty when there are no answers
   */
  public Mean mean() {
    return Mean.of(distribution);
  }

  /** @return {@code "mean"}: the mean rating on the question's scale */
  @Override
  public Map<String, MergeableEstimate<?>> estimates() {
    return Map.of("mean", mean());
  }

  @Override
  public long answered() {
    return distribution.total();
  }

  /**
   * @throws IncompatibleMergeException if the numbers of points differ
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public RatingSummary plus(RatingSummary other) {
    Objects.requireNonNull(other, "other");
    requireSamePoints(points(), other.points());
    return new RatingSummary(distribution.plus(other.distribution));
  }

  private static void requireSamePoints(int left, int right) {
    if (left != right) {
      throw new IncompatibleMergeException("RatingSummary", "points", left, right);
    }
  }

  /** Counts the scores of one rating question, one array increment per answer. Not thread-safe. */
  public static final class Accumulator implements SummaryAccumulator<RatingAnswer, RatingSummary> {
    private final int points;
    private final ScoreAccumulator scores;

    /** @param question the question whose answers are counted */
    public Accumulator(RatingQuestion question) {
      Objects.requireNonNull(question, "question");
      this.points = question.points();
      this.scores = new ScoreAccumulator(question.scale());
    }

    /** @throws io.cxkit.core.ScoreOutOfScaleException if the score is off {@code 1..points} */
    @Override
    public void add(RatingAnswer answer) {
      Objects.requireNonNull(answer, "answer");
      scores.add(answer.score());
    }

    /** @throws IncompatibleMergeException if {@code summary} has another number of points */
    @Override
    public void merge(RatingSummary summary) {
      Objects.requireNonNull(summary, "summary");
      requireSamePoints(points, summary.points());
      scores.merge(summary.distribution());
    }

    @Override
    public RatingSummary snapshot() {
      return new RatingSummary(scores.snapshot());
    }

    @Override
    public String toString() {
      return "RatingSummary.Accumulator{points=" + points + ", n=" + scores.total() + "}";
    }
  }
}
