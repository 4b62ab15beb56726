package io.cxkit.survey.types;

import io.cxkit.core.stats.MergeableEstimate;
import java.util.Map;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.Nps;
import io.cxkit.core.NpsVariant;
import io.cxkit.core.ScoreAccumulator;
import io.cxkit.core.ScoreDistribution;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.Objects;

/**
 * The summary of an {@link NpsQuestion}'s answers: their distribution over the variant's scale,
 * from which {@link #nps()} gives the Net Promoter Score with its interval.
 *
 * @param distribution the answers' counts per point, on 0..10 or 1..10 (the scale names the variant)
 */
public record NpsSummary(ScoreDistribution distribution) implements QuestionSummary<NpsSummary> {

  /** @throws io.cxkit.core.InvalidValueException if the scale is neither 0..10 nor 1..10 */
  public NpsSummary {
    Objects.requireNonNull(distribution, "distribution");
    NpsVariant.forScale(distribution.scale());
  }

  /**
   * @param variant the question's variant
   * @return the summary of no answers
   */
  public static NpsSummary empty(NpsVariant variant) {
    return new NpsSummary(ScoreDistribution.empty(Objects.requireNonNull(variant, "variant").scale()));
  }

  /** @return the variant the answers were given under */
  public NpsVariant variant() {
    return NpsVariant.forScale(distribution.scale());
  }

  /** @return the Net Promoter Score of the answers, on −100..100; empty (n = 0) when none */
  public Nps nps() {
    return Nps.of(distribution);
  }

  /** @return {@code "nps"}: the Net Promoter Score */
  @Override
  public Map<String, MergeableEstimate<?>> estimates() {
    return Map.of("nps", nps());
  }

  @Override
  public long answered() {
    return distribution.total();
  }

  /**
   * @throws IncompatibleMergeException if the variants differ
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public NpsSummary plus(NpsSummary other) {
    Objects.requireNonNull(other, "other");
    requireSameVariant(variant(), other.variant());
    return new NpsSummary(distribution.plus(other.distribution));
  }

  private static void requireSameVariant(NpsVariant left, NpsVariant right) {
    if (left != right) {
      throw new IncompatibleMergeException("NpsSummary", "variant", left.id(), right.id());
    }
  }

  /** Counts the scores of one NPS question, one array increment per answer. Not thread-safe. */
  public static final class Accumulator implements SummaryAccumulator<NpsAnswer, NpsSummary> {
    private final NpsVariant variant;
    private final ScoreAccumulator scores;

    /** @param question the question whose answers are counted */
    public Accumulator(NpsQuestion question) {
      this.variant = Objects.requireNonNull(question, "question").variant();
      this.scores = new ScoreAccumulator(variant.scale());
    }

    /** @throws io.cxkit.core.ScoreOutOfScaleException if the score is off the question's scale */
    @Override
    public void add(NpsAnswer answer) {
      Objects.requireNonNull(answer, "answer");
      scores.add(answer.score());
    }

    /** @throws IncompatibleMergeException if {@code summary} is of another variant */
    @Override
    public void merge(NpsSummary summary) {
      Objects.requireNonNull(summary, "summary");
      requireSameVariant(variant, summary.variant());
      scores.merge(summary.distribution());
    }

    @Override
    public NpsSummary snapshot() {
      return new NpsSummary(scores.snapshot());
    }

    @Override
    public String toString() {
      return "NpsSummary.Accumulator{variant=" + variant.id() + ", n=" + scores.total() + "}";
    }
  }
}
