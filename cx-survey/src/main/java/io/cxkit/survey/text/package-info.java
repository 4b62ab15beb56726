/** Open-text insight: tokens, stop words, phrases, themes and distinctive phrases. */
@NullMarked
package io.cxkit.survey.text;

import org.jspecify.annotations.NullMarked;
