package io.cxkit.survey.types;

import io.cxkit.survey.Answer;

/**
 * An answer to an {@link NpsQuestion}. Any number is accepted here; {@link NpsQuestionType#validate}
 * reports a score off the question's scale.
 *
 * @param score the score chosen
 */
public record NpsAnswer(int score) implements Answer {}
