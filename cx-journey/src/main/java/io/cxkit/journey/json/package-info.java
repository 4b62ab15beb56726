/** JSON forms of journey maps and personas, read strictly with paths and line numbers. */
@NullMarked
package io.cxkit.journey.json;

import org.jspecify.annotations.NullMarked;
