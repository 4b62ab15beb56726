/**
 * Internals of cx-journey: id rules, compact per-customer state and the strict reader of the
 * results' JSON shapes. Not exported; not API.
 */
@NullMarked
package io.cxkit.journey.internal;

import org.jspecify.annotations.NullMarked;
