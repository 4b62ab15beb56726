/**
 * The nine built-in question types — {@code nps}, {@code csat}, {@code ces}, {@code rating}, {@code
 * goal_completion}, {@code single_choice}, {@code multiple_choice}, {@code open_text} and {@code
 * contact_consent} — each as a question record, an answer record, a {@link
 * io.cxkit.survey.spi.QuestionType} and a mergeable summary with its accumulator. They use the same
 * SPI as a team's own types; {@link io.cxkit.survey.types.BuiltInTypes#all()} lists them.
 *
 * <p>Question records check their settings on construction and throw {@link
 * io.cxkit.survey.InvalidSurveyException} (path relative to the question, such as {@code
 * choices[2].code}). Answer records accept any value JSON can hold, so that a bad answer becomes a
 * {@link io.cxkit.survey.Violation} when it is validated; only a missing required part (a null
 * choice) throws {@link io.cxkit.survey.InvalidResponseException}.
 */
@NullMarked
package io.cxkit.survey.types;

import org.jspecify.annotations.NullMarked;
