/**
 * The question-type SPI: what a question type (built-in or a team's own) tells cxkit so that its
 * questions and answers work everywhere — JSON, JSON Schema, validation, summaries and conditions.
 * Implement {@link io.cxkit.survey.spi.QuestionType}, then register it with {@code provides} in
 * module-info and {@code META-INF/services/io.cxkit.survey.spi.QuestionType}, or explicitly with
 * {@link io.cxkit.survey.QuestionTypeRegistry.Builder#register}.
 */
@NullMarked
package io.cxkit.survey.spi;

import org.jspecify.annotations.NullMarked;
