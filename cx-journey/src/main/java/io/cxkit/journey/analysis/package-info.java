/**
 * Journey analytics over streamed events: funnels, exit points with the feedback given there,
 * back-and-forth friction and frequent paths. Each analysis keeps compact per-customer state (no
 * object per event) and gives an immutable result that merges across partitions split by customer.
 */
@NullMarked
package io.cxkit.journey.analysis;

import org.jspecify.annotations.NullMarked;
