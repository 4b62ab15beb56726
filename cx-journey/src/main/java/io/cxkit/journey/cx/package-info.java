/**
 * CX where it happens: survey responses joined to the journey map and customers — NPS, CSAT, CES
 * and goal completion per touchpoint, stage, channel, persona and segment, and the journey
 * scorecard.
 */
@NullMarked
package io.cxkit.journey.cx;

import org.jspecify.annotations.NullMarked;
