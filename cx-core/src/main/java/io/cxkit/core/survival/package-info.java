/**
 * Customer-lifetime survival analysis: a mergeable {@link io.cxkit.core.survival.LifetimeTable} of
 * churn events and censored (still active) customers per distinct duration, filled by a
 * {@link io.cxkit.core.survival.LifetimeAccumulator} without boxing; the
 * {@link io.cxkit.core.survival.KaplanMeier} survival curve computed from it, with Greenwood
 * standard errors, log-log intervals and lifetime quantiles; the
 * {@link io.cxkit.core.survival.LogRankTest} comparing two curves; and the
 * {@link io.cxkit.core.survival.RestrictedMeanLifetime} up to a horizon.
 *
 * <p>Durations are non-negative doubles in the caller's unit (days, weeks, months); survival is a
 * probability on 0..1, as in every survival text, and lifetimes are in the unit of the durations.
 */
@NullMarked
package io.cxkit.core.survival;

import org.jspecify.annotations.NullMarked;
