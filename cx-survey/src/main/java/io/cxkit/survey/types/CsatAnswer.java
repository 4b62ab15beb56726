package io.cxkit.survey.types;

import io.cxkit.survey.Answer;

/**
 * An answer to a {@link CsatQuestion}. Any number is accepted here; {@link
 * CsatQuestionType#validate} reports a score off the question's scale.
 *
 * @param score the score chosen
 */
public record CsatAnswer(int score) implements Answer {}
