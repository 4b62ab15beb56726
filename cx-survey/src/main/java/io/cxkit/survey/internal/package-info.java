/** Helpers shared by cx-survey's packages; not exported, not API. */
@NullMarked
package io.cxkit.survey.internal;

import org.jspecify.annotations.NullMarked;
