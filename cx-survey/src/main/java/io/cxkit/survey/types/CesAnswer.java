package io.cxkit.survey.types;

import io.cxkit.survey.Answer;

/**
 * An answer to a {@link CesQuestion}. Any number is accepted here; {@link CesQuestionType#validate}
 * reports a score off the variant's scale.
 *
 * @param score the score chosen
 */
public record CesAnswer(int score) implements Answer {}
