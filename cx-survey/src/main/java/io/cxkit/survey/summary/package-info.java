/**
 * Survey summaries built by streaming: {@link io.cxkit.survey.summary.SurveySummarizer} records
 * responses and hands out immutable {@link io.cxkit.survey.summary.SurveySummary} snapshots that
 * merge with {@code plus} like cx-core's values and have a JSON serial form. A summary holds the
 * survey's counts (displays, starts, completions, dismissals), each question's reach, answers and
 * drop-off, and what its type contributes ({@link io.cxkit.survey.spi.QuestionSummary}); every
 * figure is named by an {@link io.cxkit.survey.summary.EstimateKey} so that groups, A/B variants
 * and periods are compared figure by figure.
 *
 * <p>{@link io.cxkit.survey.summary.GroupedSummarizer} summarises by a {@link
 * io.cxkit.survey.summary.GroupKey} of the response (variant, locale, channel, touchpoint, device,
 * an attribute) into a {@link io.cxkit.survey.summary.GroupedSummary}, which compares each group
 * with the rest ({@link io.cxkit.survey.summary.GroupResult}, Holm-adjusted) and two variants with
 * each other ({@link io.cxkit.survey.summary.VariantComparison}); {@link
 * io.cxkit.survey.summary.TrendSummarizer} summarises per {@link io.cxkit.survey.summary.Period}
 * in a zone into a {@link io.cxkit.survey.summary.Trend}, whose periods are compared with the one
 * before ({@link io.cxkit.survey.summary.PeriodChange}). Both merge and have JSON serial forms.
 */
@NullMarked
package io.cxkit.survey.summary;

import org.jspecify.annotations.NullMarked;
