package io.cxkit.survey.types;

import io.cxkit.core.stats.MergeableEstimate;
import java.util.Map;
import io.cxkit.core.GoalCompletion;
import io.cxkit.core.GoalCompletionAccumulator;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.Objects;

/**
 * The summary of a {@link GoalCompletionQuestion}'s answers: a cx-core {@link GoalCompletion}, with
 * the goal completion rate (share of "fully"), the partial and the failure rate.
 *
 * @param completion the counts of the three outcomes
 */
public record GoalCompletionSummary(GoalCompletion completion)
    implements QuestionSummary<GoalCompletionSummary> {

  /** Checks that the counts are present. */
  public GoalCompletionSummary {
    Objects.requireNonNull(completion, "completion");
  }

  /** @return the summary of no answers */
  public static GoalCompletionSummary empty() {
    return new GoalCompletionSummary(GoalCompletion.empty());
  }

  /** @return {@code "goal-completion"}: the goal completion rate with its outcome counts */
  @Override
  public Map<String, MergeableEstimate<?>> estimates() {
    return Map.of("goal-completion", completion);
  }

  @Override
  public long answered() {
    return completion.answered();
  }

  /**
   * Adds the counts; goal questions have no settings that could differ.
   *
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public GoalCompletionSummary plus(GoalCompletionSummary other) {
    Objects.requireNonNull(other, "other");
    return new GoalCompletionSummary(completion.plus(other.completion));
  }

  /** Counts the outcomes of one goal question, one array increment per answer. Not thread-safe. */
  public static final class Accumulator
      implements SummaryAccumulator<GoalCompletionAnswer, GoalCompletionSummary> {
    private final GoalCompletionAccumulator outcomes = new GoalCompletionAccumulator();

    /** @param question the question whose answers are counted */
    public Accumulator(GoalCompletionQuestion question) {
      Objects.requireNonNull(question, "question");
    }

    @Override
    public void add(GoalCompletionAnswer answer) {
      Objects.requireNonNull(answer, "answer");
      outcomes.add(answer.outcome());
    }

    @Override
    public void merge(GoalCompletionSummary summary) {
      Objects.requireNonNull(summary, "summary");
      outcomes.merge(summary.completion());
    }

    @Override
    public GoalCompletionSummary snapshot() {
      return new GoalCompletionSummary(outcomes.snapshot());
    }

    @Override
    public String toString() {
      return "GoalCompletionSummary.Accumulator{n=" + outcomes.answered() + "}";
    }
  }
}
