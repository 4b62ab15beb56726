package io.cxkit.survey.condition;

import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.AnswerValue.CodesValue;
import io.cxkit.survey.spi.AnswerValue.FlagValue;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import io.cxkit.survey.spi.AnswerValue.TextValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The second half of {@code Condition.answer("nps").lessThan(7)}: picks the operator and its
 * arguments for one operand. Each method returns a new {@link Comparison}; the builder itself holds
 * only the operand and can be reused.
 */
public final class ComparisonBuilder {
  private final Operand operand;

  ComparisonBuilder(Operand operand) {
    this.operand = operand;
  }

  /** @return the operand the comparisons compare */
  public Operand operand() {
    return operand;
  }

  /**
   * @param value a number, such as a score
   * @return {@code equals value}
   * @throws io.cxkit.core.InvalidValueException if {@code value} is not finite
   */
  public Comparison equalTo(double value) {
    return Comparison.of(operand, ConditionOperator.EQUALS, new NumberValue(value));
  }

  /**
   * @param value a text, such as a chosen code or an outcome id ({@code fully})
   * @return {@code equals value}
   */
  public Comparison equalTo(String value) {
    return Comparison.of(operand, ConditionOperator.EQUALS,
        new TextValue(Objects.requireNonNull(value, "value")));
  }

  /**
   * @param value a flag, such as a consent
   * @return {@code equals value}
   */
  public Comparison equalTo(boolean value) {
    return Comparison.of(operand, ConditionOperator.EQUALS, new FlagValue(value));
  }

  /**
   * @param codes the codes a multiple-choice answer must hold, in any order
   * @return {@code equals codes}, comparing the codes as a set
   */
  public Comparison equalToCodes(List<String> codes) {
    return Comparison.of(operand, ConditionOperator.EQUALS,
        new CodesValue(Objects.requireNonNull(codes, "codes")));
  }

  /**
   * @param codeSets one or more sets of codes, each given as a list in any order
   * @return {@code one-of codeSets}: the codes of a multiple-choice answer are exactly one of the
   *     sets
   * @throws InvalidConditionException if there is no set
   */
  public Comparison oneOfCodes(List<List<String>> codeSets) {
    Objects.requireNonNull(codeSets, "codeSets");
    List<AnswerValue> arguments = new ArrayList<>(codeSets.size());
    for (int i = 0; i < codeSets.size(); i++) {
      arguments.add(new CodesValue(Objects.requireNonNull(codeSets.get(i), "codeSets[" + i + "]")));
    }
    return new Comparison(operand, ConditionOperator.ONE_OF, arguments);
  }

  /**
   * @param values one or more texts, such as outcome ids or choice codes
   * @return {@code one-of values}
   * @throws InvalidConditionException if there is no value
   */
  public Comparison oneOf(String... values) {
    Objects.requireNonNull(values, "values");
    List<AnswerValue> arguments = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      arguments.add(new TextValue(Objects.requireNonNull(values[i], "values[" + i + "]")));
    }
    return new Comparison(operand, ConditionOperator.ONE_OF, arguments);
  }

  /**
   * @param values one or more numbers, such as scores
   * @return {@code one-of values}
   * @throws InvalidConditionException if there is no value
   * @throws io.cxkit.core.InvalidValueException if a value is not finite
   */
  public Comparison oneOf(double... values) {
    Objects.requireNonNull(values, "values");
    List<AnswerValue> arguments = new ArrayList<>(values.length);
    for (double value : values) {
      arguments.add(new NumberValue(value));
    }
    return new Comparison(operand, ConditionOperator.ONE_OF, arguments);
  }

  /**
   * @param min the least value that matches
   * @param max the greatest value that matches, ≥ {@code min}
   * @return {@code in-range min max}, both ends included
   * @throws InvalidConditionException if {@code min > max}
   */
  public Comparison inRange(double min, double max) {
    return Comparison.of(operand, ConditionOperator.IN_RANGE, new NumberValue(min),
        new NumberValue(max));
  }

  /**
   * @param value the bound, not itself matching
   * @return {@code greater-than value}
   */
  public Comparison greaterThan(double value) {
    return Comparison.of(operand, ConditionOperator.GREATER_THAN, new NumberValue(value));
  }

  /**
   * @param value the bound, not itself matching
   * @return {@code less-than value}
   */
  public Comparison lessThan(double value) {
    return Comparison.of(operand, ConditionOperator.LESS_THAN, new NumberValue(value));
  }

  /**
   * @param text a code a multiple-choice answer must hold, or a text a free-text answer must
   *     contain (ignoring case); not empty
   * @return {@code contains text}
   * @throws InvalidConditionException if the text is empty
   */
  public Comparison contains(String text) {
    return Comparison.of(operand, ConditionOperator.CONTAINS,
        new TextValue(Objects.requireNonNull(text, "text")));
  }

  /** @return {@code is-answered}: the operand has a value */
  public Comparison isAnswered() {
    return Comparison.of(operand, ConditionOperator.IS_ANSWERED);
  }

  /** @return {@code is-skipped}: the operand has no value */
  public Comparison isSkipped() {
    return Comparison.of(operand, ConditionOperator.IS_SKIPPED);
  }
}
