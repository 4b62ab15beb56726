/**
 * Streaming readers and writers of journey events and customer profiles, in JSON Lines and CSV,
 * with cx-survey's bad-record behaviour ({@link io.cxkit.survey.io.OnBadRecord}).
 */
@NullMarked
package io.cxkit.journey.io;

import org.jspecify.annotations.NullMarked;
