package io.cxkit.survey.types;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.ReasonBreakdown;
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
 * The summary of a {@link MultipleChoiceQuestion}'s answers: how many respondents answered, and how
 * many of them chose each option (in the question's order, {@code other} last). A share is the
 * option's count over the respondents as a {@link Percentage} (0..100, Wilson interval); since a
 * respondent may choose several options, the shares may add up to more than 100. {@link
 * #breakdown()} gives the same counts as a cx-core {@link ReasonBreakdown}.
 *
 * @param respondents the number of answers, ≥ 0
 * @param counts the number of respondents per code, each at most {@code respondents}, in the
 *     question's order; copied, unmodifiable
 */
public record MultipleChoiceSummary(long respondents, Map<String, Long> counts)
    implements QuestionSummary<MultipleChoiceSummary> {

  /**
   * @throws InvalidValueException if {@code respondents} is negative, there is no code, a code is
   *     malformed, or a count is null, negative or above {@code respondents}
   */
  public MultipleChoiceSummary {
    if (respondents < 0) {
      throw new InvalidValueException("respondents", respondents, "must be ≥ 0");
    }
    counts = Summaries.copyCounts(counts, respondents);
  }

  /**
   * @param question the question
   * @return the summary of no answers: no respondents, every code with count 0
   */
  public static MultipleChoiceSummary empty(MultipleChoiceQuestion question) {
    Objects.requireNonNull(question, "question");
    return new MultipleChoiceSummary(0, Summaries.zeros(question.codes()));
  }

  /** @return the codes counted, in the question's order */
  public List<String> codes() {
    return List.copyOf(counts.keySet());
  }

  /**
   * @return {@code "share:<code>"} for each option in order: its share of the respondents (a
   *     respondent may choose several), with the Wilson interval
   */
  @Override
  public Map<String, MergeableEstimate<?>> estimates() {
    return Summaries.shareEstimates(shares());
  }

  /** @return the number of respondents who answered */
  @Override
  public long answered() {
    return respondents;
  }

  /**
   * @param code one of the question's codes
   * @return how many respondents chose it
   * @throws InvalidValueException if the question has no such code
   */
  public long count(String code) {
    return Summaries.count(counts, code);
  }

  /**
   * @param code one of the question's codes
   * @return the share of respondents who chose it, on 0..100; empty (n = 0) without respondents
   * @throws InvalidValueException if the question has no such code
   */
  public Percentage share(String code) {
    return Percentage.of(count(code), respondents);
  }

  /** @return the share of respondents of every code, in the question's order; unmodifiable */
  public Map<String, Percentage> shares() {
    return Summaries.shares(counts, respondents);
  }

  /** @return the same counts as a cx-core reason breakdown (whose order is by label) */
  public ReasonBreakdown breakdown() {
    return ReasonBreakdown.of(respondents, counts);
  }

  /**
   * @throws IncompatibleMergeException if the questions' codes differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public MultipleChoiceSummary plus(MultipleChoiceSummary other) {
    Objects.requireNonNull(other, "other");
    Summaries.requireSameCodes("MultipleChoiceSummary", codes(), other.codes());
    if (respondents + other.respondents < 0) {
      throw new CountOverflowException("respondents", respondents, other.respondents);
    }
    return new MultipleChoiceSummary(respondents + other.respondents,
        Summaries.add(counts, other.counts));
  }

  /**
   * Counts the answers of one multiple-choice question: a map look-up and an array increment per
   * chosen code, no allocation. A code chosen twice in one answer counts once. Not thread-safe.
   */
  public static final class Accumulator
      implements SummaryAccumulator<MultipleChoiceAnswer, MultipleChoiceSummary> {
    private final List<String> codes;
    private final Map<String, Integer> index;
    private final long[] counts;
    // The respondent who last counted each code, so that a repeated code counts once.
    private final long[] lastCounted;
    private long respondents;

    /** @param question the question whose answers are counted */
    public Accumulator(MultipleChoiceQuestion question) {
      this.codes = Objects.requireNonNull(question, "question").codes();
      this.index = Summaries.index(codes);
      this.counts = new long[codes.size()];
      this.lastCounted = new long[codes.size()];
    }

    /**
     * @throws InvalidResponseException if a code is not one of the question's; nothing is counted
     *     then
     */
    @Override
    public void add(MultipleChoiceAnswer answer) {
      Objects.requireNonNull(answer, "answer");
      List<String> chosen = answer.choices();
      for (int i = 0; i < chosen.size(); i++) {
        if (!index.containsKey(chosen.get(i))) {
          throw new InvalidResponseException("choices[" + i + "]", Rules.quoted(chosen.get(i)),
              "must be one of " + Rules.listed(codes));
        }
      }
      if (respondents == Long.MAX_VALUE) {
        throw new CountOverflowException("respondents", respondents, 1);
      }
      long respondent = ++respondents;
      for (int i = 0; i < chosen.size(); i++) {
        int position = index.get(chosen.get(i));
        if (lastCounted[position] != respondent) {
          lastCounted[position] = respondent;
          counts[position]++;
        }
      }
    }

    /**
     * @throws IncompatibleMergeException if {@code summary} counts other codes
     * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}; nothing is added
     *     then
     */
    @Override
    public void merge(MultipleChoiceSummary summary) {
      Objects.requireNonNull(summary, "summary");
      Summaries.requireSameCodes("MultipleChoiceSummary", codes, summary.codes());
      if (respondents + summary.respondents() < 0) {
        throw new CountOverflowException("respondents", respondents, summary.respondents());
      }
      // Each count is at most its respondents, so no count can overflow once they do not.
      int i = 0;
      for (long count : summary.counts().values()) {
        counts[i++] += count;
      }
      respondents += summary.respondents();
    }

    @Override
    public MultipleChoiceSummary snapshot() {
      Map<String, Long> snapshot = new LinkedHashMap<>();
      for (int i = 0; i < counts.length; i++) {
        snapshot.put(codes.get(i), counts[i]);
      }
      return new MultipleChoiceSummary(respondents, snapshot);
    }

    @Override
    public String toString() {
      return "MultipleChoiceSummary.Accumulator{codes=" + codes + ", respondents=" + respondents + "}";
    }
  }
}
