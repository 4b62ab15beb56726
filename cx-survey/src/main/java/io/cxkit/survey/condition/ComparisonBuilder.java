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
   * @throws InvalidConditionException if {@code value} is not finite
   */
  public Comparison equalTo(double value) {
    return Comparison.of(operand, ConditionOperator.EQUALS, number("value", value));
  }

  /**
   * @param value a text, such as a chosen code or an outcome id ({@code fully})
   * @return {@code equals value}
   * @throws InvalidConditionException if the text holds an unpaired surrogate (JSON could not
   *     carry it)
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
    return Comparison.of(operand, ConditionOperator.EQUALS, codes("codes", codes));
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
      arguments.add(codes("codeSets[" + i + "]", codeSets.get(i)));
    }
    return new Comparison(operand, ConditionOperator.ONE_OF, arguments);
  }

  /**
   * @param values one or more texts, such as outcome ids or choice codes
   * @return {@code one-of values}
   * @throws InvalidConditionException if there is no value, or one holds an unpaired surrogate
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
   * @throws InvalidConditionException if there is no value, or a value is not finite (naming it
   *     {@code values[i]})
   */
  public Comparison oneOf(double... values) {
    Objects.requireNonNull(values, "values");
    List<AnswerValue> arguments = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      arguments.add(number("values[" + i + "]", values[i]));
    }
    return new Comparison(operand, ConditionOperator.ONE_OF, arguments);
  }

  /**
   * @param min the least value that matches
   * @param max the greatest value that matches, ≥ {@code min}
   * @return {@code in-range min max}, both ends included
   * @throws InvalidConditionException if {@code min > max}, or either is not finite
   */
  public Comparison inRange(double min, double max) {
    return Comparison.of(operand, ConditionOperator.IN_RANGE, number("min", min),
        number("max", max));
  }

  /**
   * @param value the bound, not itself matching
   * @return {@code greater-than value}
   * @throws InvalidConditionException if {@code value} is not finite
   */
  public Comparison greaterThan(double value) {
    return Comparison.of(operand, ConditionOperator.GREATER_THAN, number("value", value));
  }

  /**
   * @param value the bound, not itself matching
   * @return {@code less-than value}
   * @throws InvalidConditionException if {@code value} is not finite
   */
  public Comparison lessThan(double value) {
    return Comparison.of(operand, ConditionOperator.LESS_THAN, number("value", value));
  }

  /**
   * @param text a code a multiple-choice answer must hold, or a text a free-text answer must
   *     contain (ignoring case); not empty
   * @return {@code contains text}
   * @throws InvalidConditionException if the text is empty or holds an unpaired surrogate
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

  /** A number argument, refused with the JSON member it would be when it is not finite. */
  private static NumberValue number(String member, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidConditionException(member, value, "must be a finite number");
    }
    return new NumberValue(value);
  }

  /** Codes, a null among them named by its index as the caller passed it. */
  private static CodesValue codes(String parameter, List<String> codes) {
    Objects.requireNonNull(codes, parameter);
    for (int i = 0; i < codes.size(); i++) {
      int index = i;
      Objects.requireNonNull(codes.get(i), () -> parameter + "[" + index + "]");
    }
    return new CodesValue(codes);
  }
}
