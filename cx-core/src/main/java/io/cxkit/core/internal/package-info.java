/**
 * Implementation details of cx-core: argument checks, distribution quantiles and the serial-form
 * codec. Not exported from the module; not API.
 */
@NullMarked
package io.cxkit.core.internal;

import org.jspecify.annotations.NullMarked;
