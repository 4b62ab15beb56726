package io.cxkit.survey.types;

import io.cxkit.survey.Answer;

/**
 * An answer to a {@link RatingQuestion}. Any number is accepted here; {@link
 * RatingQuestionType#validate} reports a score off {@code 1..points}.
 *
 * @param score the score chosen
 */
public record RatingAnswer(int score) implements Answer {}
