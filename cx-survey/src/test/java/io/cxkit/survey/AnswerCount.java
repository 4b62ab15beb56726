package io.cxkit.survey;

import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;

/**
 * The summary of the tests' own question types that need no more than a count of their answers,
 * such as the types that the JSON and CSV tests only read and write; {@link #counter()} is its
 * accumulator.
 *
 * @param answered the answers counted
 */
public record AnswerCount(long answered) implements QuestionSummary<AnswerCount> {
  @Override
  public AnswerCount plus(AnswerCount other) {
    return new AnswerCount(answered + other.answered);
  }

  /**
   * @param <A> the answers' class
   * @return an accumulator that counts every answer it is given
   */
  public static <A extends Answer> SummaryAccumulator<A, AnswerCount> counter() {
    return new SummaryAccumulator<>() {
      private long answered;

      @Override
      public void add(A answer) {
        answered++;
      }

      @Override
      public void merge(AnswerCount summary) {
        answered += summary.answered();
      }

      @Override
      public AnswerCount snapshot() {
        return new AnswerCount(answered);
      }
    };
  }
}
