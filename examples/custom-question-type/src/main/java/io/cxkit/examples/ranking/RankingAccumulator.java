package io.cxkit.examples.ranking;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Records the answers to one {@link RankingQuestion} in primitive counters, the hot path behind a
 * {@link RankingSummary}. Not thread-safe: use one per thread and merge their snapshots.
 */
public final class RankingAccumulator implements SummaryAccumulator<RankingAnswer, RankingSummary> {

  private final RankingQuestion question;
  private final List<String> codes;
  private final long[] rankSums;
  private long answered;

  /** @param question the question whose answers are recorded */
  public RankingAccumulator(RankingQuestion question) {
    this.question = Objects.requireNonNull(question, "question");
    this.codes = question.codes();
    this.rankSums = new long[codes.size()];
  }

  /**
   * Records one valid answer: the option at position {@code i} (0-based) gets rank {@code i + 1}.
   *
   * @param answer a valid answer to the question
   * @throws InvalidValueException if the answer ranks an option the question does not have, or not
   *     every option (answers are validated before they are summarised; nothing is recorded then)
   */
  @Override
  public void add(RankingAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    List<String> ranking = answer.ranking();
    if (ranking.size() != codes.size()) {
      throw new InvalidValueException("ranking", ranking,
          "must rank each of the " + codes.size() + " options of question " + question.id()
              + " once; validate answers before summarising them");
    }
    int[] indexes = new int[ranking.size()];
    boolean[] seen = new boolean[codes.size()];
    for (int i = 0; i < ranking.size(); i++) {
      int index = question.indexOf(ranking.get(i));
      if (index < 0 || seen[index]) {
        throw new InvalidValueException("ranking[" + i + "]", '"' + ranking.get(i) + '"',
            "must be an option of question " + question.id() + " not ranked before; validate answers"
                + " before summarising them");
      }
      seen[index] = true;
      indexes[i] = index;
    }
    for (int i = 0; i < indexes.length; i++) {
      rankSums[indexes[i]] += i + 1;
    }
    answered++;
  }

  /**
   * @param summary a summary of other answers to the same question
   * @throws io.cxkit.core.IncompatibleMergeException if it has other options
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  @Override
  public void merge(RankingSummary summary) {
    Objects.requireNonNull(summary, "summary");
    RankingSummary.requireSameOptions(codes, summary.options());
    long total = Math.addExact(answered, summary.answered());
    long[] sums = new long[rankSums.length];
    for (int i = 0; i < sums.length; i++) {
      sums[i] = Math.addExact(rankSums[i], summary.rankSums().get(i));
    }
    System.arraycopy(sums, 0, rankSums, 0, sums.length);
    answered = total;
  }

  @Override
  public RankingSummary snapshot() {
    List<Long> sums = new ArrayList<>(rankSums.length);
    for (long sum : rankSums) {
      sums.add(sum);
    }
    return new RankingSummary(codes, answered, sums);
  }
}
