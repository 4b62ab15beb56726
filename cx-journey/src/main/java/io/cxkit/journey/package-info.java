/**
 * Journey maps (stages, touchpoints, channels) and journey events: the model the analyses of
 * {@code io.cxkit.journey.analysis} and the readers of {@code io.cxkit.journey.io} work on.
 */
@NullMarked
package io.cxkit.journey;

import org.jspecify.annotations.NullMarked;
