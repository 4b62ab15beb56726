/**
 * Estimates with honest uncertainty: {@link io.cxkit.core.stats.Percentage} (Wilson intervals),
 * {@link io.cxkit.core.stats.Mean} (t-intervals), two-sample {@link io.cxkit.core.stats.Comparison}s
 * and the {@link io.cxkit.core.stats.Holm} adjustment for several groups at once. Percentages are on
 * 0..100; every standard error and interval is on the scale of its estimate.
 */
@NullMarked
package io.cxkit.core.stats;

import org.jspecify.annotations.NullMarked;
