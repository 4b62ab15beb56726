/**
 * When and whom to ask: survey triggers over a visitor's session and a customer's events, audience
 * and sampling, pacing across surveys, and an engine that picks the survey to show — or says why
 * each candidate did not fire.
 */
@NullMarked
package io.cxkit.journey.intercept;

import org.jspecify.annotations.NullMarked;
