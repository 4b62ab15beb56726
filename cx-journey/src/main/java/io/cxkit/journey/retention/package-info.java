/**
 * Retention, churn and customer lifetimes from journey activity: cohort matrices, period churn and
 * Kaplan–Meier lifetimes, by persona or segment.
 */
@NullMarked
package io.cxkit.journey.retention;

import org.jspecify.annotations.NullMarked;
