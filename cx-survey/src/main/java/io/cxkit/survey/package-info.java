/**
 * Typed survey definitions and responses: {@link io.cxkit.survey.Survey}, its {@link
 * io.cxkit.survey.Question}s, {@link io.cxkit.survey.Response}s with their {@link
 * io.cxkit.survey.Answer}s, and the {@link io.cxkit.survey.QuestionTypeRegistry} of question types.
 */
@NullMarked
package io.cxkit.survey;

import org.jspecify.annotations.NullMarked;
