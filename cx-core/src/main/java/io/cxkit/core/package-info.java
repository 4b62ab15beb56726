/**
 * cxkit's core: rating scales, score distributions and their accumulators, and the survey-metric
 * calculators (NPS, CSAT, CES, goal completion) with sample sizes, intervals and comparisons; a
 * period's churn and retention ({@link io.cxkit.core.PeriodRetention}) and cohort retention
 * matrices ({@link io.cxkit.core.CohortRetention}); survival of customer lifetimes is in
 * {@code io.cxkit.core.survival}. Every
 * value is immutable and mergeable with {@code plus}, and has a versioned serial form (bytes and a
 * JSON shape) so that partial results travel between threads, processes and machines.
 *
 * <p>Scales of numbers: NPS on −100..100; every rate or share as a percentage on 0..100; means on
 * the answer scale. Errors in input data are {@link io.cxkit.core.CxException}s.
 */
@NullMarked
package io.cxkit.core;

import org.jspecify.annotations.NullMarked;
