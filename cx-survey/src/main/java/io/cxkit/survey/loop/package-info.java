/**
 * Closing the loop: which respondents a team should contact about their feedback, by rules written
 * relative to each question's scale (a detractor, a bottom-2-box CSAT answer, a CES answer that does
 * not agree, a goal not achieved, a chosen reason such as "technical problem", or any condition of
 * cx-survey's condition language).
 *
 * <p>{@link io.cxkit.survey.loop.FollowUpRules} is an ordered set of {@link
 * io.cxkit.survey.loop.FollowUpRule}s with a JSON form ({@link io.cxkit.survey.loop.FollowUpJson});
 * {@linkplain io.cxkit.survey.loop.FollowUpRules#bind bound} to a survey it becomes a {@link
 * io.cxkit.survey.loop.FollowUpFinder}, whose {@link io.cxkit.survey.loop.FollowUpCollector}
 * streams responses into a bounded, mergeable {@link io.cxkit.survey.loop.FollowUpList}, exported
 * as JSON or as formula-safe CSV ({@link io.cxkit.survey.loop.FollowUpCsv}).
 *
 * <p><b>Consent.</b> Only a respondent who agreed to be contacted and left a way to be reached
 * becomes an {@link io.cxkit.survey.loop.FollowUpEntry}; every other matched response is only
 * counted (overall and per rule), and nothing of it, not even its ids, reaches a list, an export or
 * a {@code toString()}.
 */
@NullMarked
package io.cxkit.survey.loop;

import org.jspecify.annotations.NullMarked;
