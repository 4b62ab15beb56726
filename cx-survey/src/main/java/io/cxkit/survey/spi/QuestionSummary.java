package io.cxkit.survey.spi;

/**
 * The immutable, mergeable result of summarising one question's answers: an NPS, a CSAT, the counts
 * per choice. Summaries of disjoint sets of answers add exactly with {@link #plus}, so partial
 * summaries from threads, files or machines merge into the whole.
 *
 * @param <S> the summary type itself
 */
public interface QuestionSummary<S extends QuestionSummary<S>> {

  /** @return how many answers the summary counts */
  long answered();

  /**
   * @param other a summary of other answers to the same question
   * @return the summary of both sets of answers
   * @throws io.cxkit.core.IncompatibleMergeException if {@code other} summarises a question with
   *     other settings (another scale, other choices)
   */
  S plus(S other);
}
