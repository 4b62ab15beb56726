/**
 * Customer profiles (typed attributes), personas with matching rules in cx-survey's condition
 * language, segments, and the classification and coverage of customers.
 */
@NullMarked
package io.cxkit.journey.profile;

import org.jspecify.annotations.NullMarked;
