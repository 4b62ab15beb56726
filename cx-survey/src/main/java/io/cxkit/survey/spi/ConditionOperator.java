package io.cxkit.survey.spi;

import io.cxkit.survey.internal.Ids;

/**
 * The comparisons of cxkit's condition language (routing, personas, triggers). A question type
 * declares which of them make sense for its answers ({@link QuestionType#operators()}); a condition
 * using any other is refused when it is built. Each operator has a stable {@linkplain #id() id} for
 * JSON.
 */
public enum ConditionOperator {
  /** The answer's value equals the operand; id {@code equals}. */
  EQUALS("equals"),
  /** The answer's value is one of the operands; id {@code one-of}. */
  ONE_OF("one-of"),
  /** The answer's number lies in a closed range; id {@code in-range}. */
  IN_RANGE("in-range"),
  /** The answer's number is greater than the operand; id {@code greater-than}. */
  GREATER_THAN("greater-than"),
  /** The answer's number is less than the operand; id {@code less-than}. */
  LESS_THAN("less-than"),
  /** The question was answered; id {@code is-answered}. Every type supports it. */
  IS_ANSWERED("is-answered"),
  /** The question was not answered (a missing answer is skipped); id {@code is-skipped}. Every type supports it. */
  IS_SKIPPED("is-skipped"),
  /** The chosen codes include the operand, or the text contains it; id {@code contains}. */
  CONTAINS("contains");

  private final String id;

  ConditionOperator(String id) {
    this.id = id;
  }

  /** @return the stable id used in JSON, such as {@code one-of} */
  public String id() {
    return id;
  }

  /**
   * @param id an operator's id, as {@link #id()} gives it
   * @return the operator with that id
   * @throws io.cxkit.core.InvalidValueException naming the valid ids if no operator has that id
   */
  public static ConditionOperator ofId(String id) {
    return Ids.ofId("operator", id, values(), ConditionOperator::id);
  }
}
