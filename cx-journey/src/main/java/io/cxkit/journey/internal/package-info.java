/**
 * Internals of cx-journey: id rules and compact per-customer state. Not exported; not API.
 */
@NullMarked
package io.cxkit.journey.internal;

import org.jspecify.annotations.NullMarked;
