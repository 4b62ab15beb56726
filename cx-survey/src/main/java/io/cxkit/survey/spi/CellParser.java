package io.cxkit.survey.spi;

import io.cxkit.survey.Answer;

/**
 * Reads one question's answer from the text of one cell of a flat export, such as {@code 9} for an
 * NPS, {@code Fully} or {@code fully} for a goal completion, {@code price;delivery} for a multiple
 * choice.
 * Stateless and thread-safe; a question type gives one through {@link QuestionType#cellParser}, and
 * a CSV mapping may take one of the caller's for any column.
 *
 * @param <A> the answers it makes
 */
@FunctionalInterface
public interface CellParser<A extends Answer> {

  /**
   * @param cell the cell's text, never blank (a blank cell is an unanswered question) and not
   *     trimmed
   * @return the answer the cell holds
   * @throws io.cxkit.core.InvalidValueException if the text is no answer to the question, with the
   *     value and the rule (a reader puts the column and row in front of the field)
   */
  A parse(String cell);
}
