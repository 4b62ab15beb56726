/**
 * Internals of cx-sample: the shop's content (map, personas, surveys, comments), the random
 * numbers and the simulation. Not exported; not API.
 */
@NullMarked
package io.cxkit.sample.internal;

import org.jspecify.annotations.NullMarked;
