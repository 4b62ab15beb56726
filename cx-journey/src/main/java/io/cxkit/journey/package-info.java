/**
 * Journey maps, personas, segments and journey events, built on cx-survey. The module is in place
 * so that its boundaries (it reads cx-survey and cx-core, and nothing reads upward) hold from the
 * start; its API arrives with the cx-journey issues.
 */
@NullMarked
package io.cxkit.journey;

import org.jspecify.annotations.NullMarked;
