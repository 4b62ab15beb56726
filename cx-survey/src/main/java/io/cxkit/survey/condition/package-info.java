/**
 * cxkit's condition language: {@link io.cxkit.survey.condition.Condition}s built from {@link
 * io.cxkit.survey.condition.AllOf}, {@link io.cxkit.survey.condition.AnyOf}, {@link
 * io.cxkit.survey.condition.Not} and typed {@link io.cxkit.survey.condition.Comparison}s of an
 * {@link io.cxkit.survey.condition.Operand}'s value. Routing uses them over a response's answers;
 * cx-journey over profile attributes and events. A condition is data: immutable, comparable with
 * {@code equals}, and written to and read from JSON by {@link io.cxkit.survey.json.SurveyJson}.
 */
@NullMarked
package io.cxkit.survey.condition;

import org.jspecify.annotations.NullMarked;
