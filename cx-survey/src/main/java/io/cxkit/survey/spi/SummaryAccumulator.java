package io.cxkit.survey.spi;

import io.cxkit.survey.Answer;

/**
 * A mutable recorder of one question's answers, the hot path behind a survey summary; it hands out
 * immutable {@link QuestionSummary} snapshots. Not thread-safe: use one per thread and merge their
 * snapshots.
 *
 * @param <A> the answers it records
 * @param <S> the summary it produces
 */
public interface SummaryAccumulator<A extends Answer, S extends QuestionSummary<S>> {

  /**
   * Records one answer, which the caller has validated against the question.
   *
   * @param answer a valid answer to the accumulator's question
   */
  void add(A answer);

  /**
   * Adds a partial summary, such as another thread's snapshot.
   *
   * @param summary a summary of other answers to the same question
   * @throws io.cxkit.core.IncompatibleMergeException if it summarises a question with other settings
   */
  void merge(S summary);

  /** @return an immutable summary of everything recorded so far */
  S snapshot();
}
