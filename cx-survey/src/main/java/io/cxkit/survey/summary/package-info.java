/**
 * Survey summaries built by streaming: {@link io.cxkit.survey.summary.SurveySummarizer} records
 * responses and hands out immutable {@link io.cxkit.survey.summary.SurveySummary} snapshots that
 * merge with {@code plus} like cx-core's values and have a JSON serial form. A summary holds the
 * survey's counts (displays, starts, completions, dismissals), each question's reach, answers and
 * drop-off, and what its type contributes ({@link io.cxkit.survey.spi.QuestionSummary}); every
 * figure is named by an {@link io.cxkit.survey.summary.EstimateKey} so that groups, A/B variants
 * and periods are compared figure by figure.
 */
@NullMarked
package io.cxkit.survey.summary;

import org.jspecify.annotations.NullMarked;
