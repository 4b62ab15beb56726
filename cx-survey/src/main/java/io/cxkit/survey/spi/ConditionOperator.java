package io.cxkit.survey.spi;

import io.cxkit.survey.internal.Ids;

/**
 * The comparisons of cxkit's condition language (routing, personas, triggers). A question type
 * declares which of them make sense for its answers ({@link QuestionType#operators()}); a survey
 * whose routing uses any other on its question is refused when the survey is built (a condition
 * alone does not know the types of the questions it names). Each operator has a stable {@linkplain
 * #id() id} for JSON. The arguments an operator takes, and when it holds, are listed in {@link
 * io.cxkit.survey.condition.Comparison}.
 */
public enum ConditionOperator {
  /** The answer's value equals the argument; id {@code equals}. */
  EQUALS("equals"),
  /** The answer's value equals one of the arguments; id {@code one-of}. */
  ONE_OF("one-of"),
  /** The answer's number lies in a closed range; id {@code in-range}. */
  IN_RANGE("in-range"),
  /** The answer's number is greater than the argument; id {@code greater-than}. */
  GREATER_THAN("greater-than"),
  /** The answer's number is less than the argument; id {@code less-than}. */
  LESS_THAN("less-than"),
  /** The question was answered; id {@code is-answered}. Every type supports it. */
  IS_ANSWERED("is-answered"),
  /** The question was not answered (a missing answer is skipped); id {@code is-skipped}. Every type supports it. */
  IS_SKIPPED("is-skipped"),
  /** The chosen codes include the argument, or the text contains it; id {@code contains}. */
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
