package io.cxkit.survey.types;

import io.cxkit.core.stats.MergeableEstimate;
import java.util.Map;
import io.cxkit.core.Csat;
import io.cxkit.core.RatingScale;
import io.cxkit.core.ScoreAccumulator;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.Objects;

/**
 * The summary of a {@link CsatQuestion}'s answers: a {@link Csat} with the question's scale and
 * threshold, which gives the percentage satisfied, the mean score and the distribution.
 *
 * @param csat the CSAT of the answers
 */
public record CsatSummary(Csat csat) implements QuestionSummary<CsatSummary> {

  /** Checks that the CSAT is present. */
  public CsatSummary {
    Objects.requireNonNull(csat, "csat");
  }

  /**
   * @param question the question
   * @return the summary of no answers, with the question's scale and threshold
   */
  public static CsatSummary empty(CsatQuestion question) {
    Objects.requireNonNull(question, "question");
    return new CsatSummary(Csat.empty(question.scale(), question.threshold()));
  }

  /** @return {@code "csat"}: the CSAT */
  @Override
  public Map<String, MergeableEstimate<?>> estimates() {
    return Map.of("csat", csat);
  }

  @Override
  public long answered() {
    return csat.n();
  }

  /**
   * @throws io.cxkit.core.IncompatibleMergeException if the scales or thresholds differ
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public CsatSummary plus(CsatSummary other) {
    Objects.requireNonNull(other, "other");
    return new CsatSummary(csat.plus(other.csat));
  }

  /** Counts the scores of one CSAT question, one array increment per answer. Not thread-safe. */
  public static final class Accumulator implements SummaryAccumulator<CsatAnswer, CsatSummary> {
    private final Csat empty;
    private final ScoreAccumulator scores;

    /** @param question the question whose answers are counted */
    public Accumulator(CsatQuestion question) {
      Objects.requireNonNull(question, "question");
      RatingScale scale = question.scale();
      this.empty = Csat.empty(scale, question.threshold());
      this.scores = new ScoreAccumulator(scale);
    }

    /** @throws io.cxkit.core.ScoreOutOfScaleException if the score is off the question's scale */
    @Override
    public void add(CsatAnswer answer) {
      Objects.requireNonNull(answer, "answer");
      scores.add(answer.score());
    }

    /** @throws io.cxkit.core.IncompatibleMergeException if the scales or thresholds differ */
    @Override
    public void merge(CsatSummary summary) {
      Objects.requireNonNull(summary, "summary");
      empty.plus(summary.csat()); // checks scale and threshold, naming the one that differs
      scores.merge(summary.csat().distribution());
    }

    @Override
    public CsatSummary snapshot() {
      return new CsatSummary(Csat.of(scores.snapshot(), empty.threshold()));
    }

    @Override
    public String toString() {
      return "CsatSummary.Accumulator{scale=" + empty.scale() + ", threshold=" + empty.threshold()
          + ", n=" + scores.total() + "}";
    }
  }
}
