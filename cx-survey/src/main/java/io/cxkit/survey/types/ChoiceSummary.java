package io.cxkit.survey.types;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The summary of a {@link SingleChoiceQuestion}'s answers: how many chose each option, in the
 * question's order with {@code other} last, and each option's share of the answers as a {@link
 * Percentage} (0..100, Wilson interval). The shares add up to 100.
 *
 * @param counts the number of answers per code, in the question's order; copied, unmodifiable
 */
public record ChoiceSummary(Map<String, Long> counts) implements QuestionSummary<ChoiceSummary> {

  /**
   * @throws InvalidValueException if there is no code, a code is malformed, or a count is negative
   *     or null
   * @throws CountOverflowException if the counts add up to more than {@link Long#MAX_VALUE}
   */
  public ChoiceSummary {
    counts = Summaries.copyCounts(counts, Long.MAX_VALUE);
  }

  /**
   * @param question the question
   * @return the summary of no answers: every code with count 0
   */
  public static ChoiceSummary empty(SingleChoiceQuestion question) {
    Objects.requireNonNull(question, "question");
    return new ChoiceSummary(Summaries.zeros(question.codes()));
  }

  /** @return the codes counted, in the question's order */
  public List<String> codes() {
    return List.copyOf(counts.keySet());
  }

  /**
   * @return {@code "share:<code>"} for each option in order: its share of the answers, with the
   *     Wilson interval
   */
  @Override
  public Map<String, MergeableEstimate<?>> estimates() {
    return Summaries.shareEstimates(shares());
  }

  /** @return the number of answers, the sum of the counts */
  @Override
  public long answered() {
    long total = 0;
    for (long count : counts.values()) {
      total += count; // checked on construction
    }
    return total;
  }

  /**
   * @param code one of the question's codes
   * @return how many answers chose it
   * @throws InvalidValueException if the question has no such code
   */
  public long count(String code) {
    return Summaries.count(counts, code);
  }

  /**
   * @param code one of the question's codes
   * @return the share of answers that chose it, on 0..100; empty (n = 0) when there are no answers
   * @throws InvalidValueException if the question has no such code
   */
  public Percentage share(String code) {
    return Percentage.of(count(code), answered());
  }

  /** @return the share of every code, in the question's order; unmodifiable */
  public Map<String, Percentage> shares() {
    return Summaries.shares(counts, answered());
  }

  /**
   * @throws IncompatibleMergeException if the questions' codes differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public ChoiceSummary plus(ChoiceSummary other) {
    Objects.requireNonNull(other, "other");
    Summaries.requireSameCodes("ChoiceSummary", codes(), other.codes());
    return new ChoiceSummary(Summaries.add(counts, other.counts));
  }

  /**
   * Counts the answers of one single-choice question: a map look-up and an array increment per
   * answer, no allocation. Not thread-safe.
   */
  public static final class Accumulator implements SummaryAccumulator<SingleChoiceAnswer, ChoiceSummary> {
    private final List<String> codes;
    private final Map<String, Integer> index;
    private final long[] counts;
    private long total;

    /** @param question the question whose answers are counted */
    public Accumulator(SingleChoiceQuestion question) {
      this.codes = Objects.requireNonNull(question, "question").codes();
      this.index = Summaries.index(codes);
      this.counts = new long[codes.size()];
    }

    /** @throws InvalidResponseException if the code is not one of the question's */
    @Override
    public void add(SingleChoiceAnswer answer) {
      Objects.requireNonNull(answer, "answer");
      Integer i = index.get(answer.choice());
      if (i == null) {
        throw new InvalidResponseException("choice", Rules.quoted(answer.choice()),
            "must be one of " + Rules.listed(codes));
      }
      if (total == Long.MAX_VALUE) {
        throw new CountOverflowException("answered", total, 1);
      }
      counts[i]++;
      total++;
    }

    /**
     * @throws IncompatibleMergeException if {@code summary} counts other codes
     * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}; nothing is added
     *     then
     */
    @Override
    public void merge(ChoiceSummary summary) {
      Objects.requireNonNull(summary, "summary");
      Summaries.requireSameCodes("ChoiceSummary", codes, summary.codes());
      long added = summary.answered();
      if (total + added < 0) {
        throw new CountOverflowException("answered", total, added);
      }
      int i = 0;
      for (long count : summary.counts().values()) {
        counts[i++] += count;
      }
      total += added;
    }

    @Override
    public ChoiceSummary snapshot() {
      Map<String, Long> snapshot = new LinkedHashMap<>();
      for (int i = 0; i < counts.length; i++) {
        snapshot.put(codes.get(i), counts[i]);
      }
      return new ChoiceSummary(snapshot);
    }

    @Override
    public String toString() {
      return "ChoiceSummary.Accumulator{codes=" + codes + ", n=" + total + "}";
    }
  }
}
