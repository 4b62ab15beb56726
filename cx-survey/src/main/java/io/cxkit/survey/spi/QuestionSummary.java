package io.cxkit.survey.spi;

/**
 * The immutable, mergeable result of summarising one question's answers: an NPS, a CSAT, the counts
 * per choice. Summaries of disjoint sets of answers add exactly with {@link #plus}, so partial
 * summaries from threads, files or machines merge into the whole.
 *
 * <p>A survey summary's serial form ({@link io.cxkit.survey.json.SurveyJson#writeSummary}) holds
 * each question's summary bound by Jackson databind, like questions and answers: a record binds by
 * its components as it is (cx-core values inside it, such as a {@link
 * io.cxkit.core.ScoreDistribution}, are written as their JSON shapes), and reading it back must give
 * an equal summary; the compatibility kit checks this.
 *
 * @param <S> the summary type itself
 */
public interface QuestionSummary<S extends QuestionSummary<S>> {

  /**
   * The named estimates the summary contributes to survey results, group comparisons, trends and
   * CSV exports: for an NPS question {@code "nps"} → {@link io.cxkit.core.Nps}, for a single choice
   * {@code "share:<code>"} → each option's {@link io.cxkit.core.stats.Percentage}. Names are stable
   * (reports and exports use them) and the same for every summary of one question, whatever its
   * answers, so that groups and periods can be compared name by name. A name is a valid {@link
   * io.cxkit.survey.summary.EstimateKey} name (not blank, no surrounding spaces) and neither {@code
   * answer-rate} nor {@code drop-off}, which are the question's own rates in a survey summary. The
   * default contributes none.
   *
   * @return the estimates by name, in a stable order; unmodifiable
   */
  default java.util.Map<String, io.cxkit.core.stats.MergeableEstimate<?>> estimates() {
    return java.util.Map.of();
  }

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
