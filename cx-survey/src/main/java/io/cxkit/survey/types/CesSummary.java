package io.cxkit.survey.types;

import io.cxkit.core.stats.MergeableEstimate;
import java.util.Map;
import io.cxkit.core.Ces;
import io.cxkit.core.CesVariant;
import io.cxkit.core.ScoreAccumulator;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.Objects;

/**
 * The summary of a {@link CesQuestion}'s answers: a {@link Ces} of the question's variant, which
 * gives the mean score, the percentage favourable and the distribution.
 *
 * @param ces the CES of the answers
 */
public record CesSummary(Ces ces) implements QuestionSummary<CesSummary> {

  /** Checks that the CES is present. */
  public CesSummary {
    Objects.requireNonNull(ces, "ces");
  }

  /**
   * @param variant the question's variant
   * @return the summary of no answers
   */
  public static CesSummary empty(CesVariant variant) {
    return new CesSummary(Ces.empty(variant));
  }

  /** @return {@code "ces"}: the CES */
  @Override
  public Map<String, MergeableEstimate<?>> estimates() {
    return Map.of("ces", ces);
  }

  @Override
  public long answered() {
    return ces.n();
  }

  /**
   * @throws io.cxkit.core.IncompatibleMergeException if the variants differ
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public CesSummary plus(CesSummary other) {
    Objects.requireNonNull(other, "other");
    return new CesSummary(ces.plus(other.ces));
  }

  /** Counts the scores of one CES question, one array increment per answer. Not thread-safe. */
  public static final class Accumulator implements SummaryAccumulator<CesAnswer, CesSummary> {
    private final Ces empty;
    private final ScoreAccumulator scores;

    /** @param question the question whose answers are counted */
    public Accumulator(CesQuestion question) {
      Objects.requireNonNull(question, "question");
      this.empty = Ces.empty(question.variant());
      this.scores = new ScoreAccumulator(question.scale());
    }

    /** @throws io.cxkit.core.ScoreOutOfScaleException if the score is off the variant's scale */
    @Override
    public void add(CesAnswer answer) {
      Objects.requireNonNull(answer, "answer");
      scores.add(answer.score());
    }

    /** @throws io.cxkit.core.IncompatibleMergeException if {@code summary} is of another variant */
    @Override
    public void merge(CesSummary summary) {
      Objects.requireNonNull(summary, "summary");
      empty.plus(summary.ces()); // checks the variant, naming both
      scores.merge(summary.ces().distribution());
    }

    @Override
    public CesSummary snapshot() {
      return new CesSummary(Ces.of(empty.variant(), scores.snapshot()));
    }

    @Override
    public String toString() {
      return "CesSummary.Accumulator{variant=" + empty.variant().id() + ", n=" + scores.total() + "}";
    }
  }
}
