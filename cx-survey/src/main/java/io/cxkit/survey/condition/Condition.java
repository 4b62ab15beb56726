package io.cxkit.survey.condition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A yes-or-no question about facts, as data: {@link AllOf}, {@link AnyOf} and {@link Not} over
 * typed {@link Comparison}s. Build one in Java with the static methods:
 *
 * <pre>{@code
 * Condition notFully = Condition.answer("goal").oneOf("partially", "not-achieved");
 * Condition detractor = Condition.answer("nps").inRange(0, 6);
 * Condition technical = Condition.answer("reasons").equalTo("technical-problem");
 * Condition slow = Condition.answer("comment").contains("slow");     // a free-text answer
 * Condition either = detractor.or(technical);
 * }</pre>
 *
 * <p>Evaluation ({@link #test}) is side-effect free and never throws: a missing value (a skipped
 * question) makes every comparison false except {@code is-skipped}, and a value of another form
 * than the comparison expects (a text compared with {@code greater-than}) is simply not a match.
 *
 * <p>Conditions are immutable values; two are equal when they have the same structure, operands,
 * operators and arguments.
 */
public sealed interface Condition permits AllOf, AnyOf, Not, Comparison {

  /**
   * @param facts the values of the operands
   * @return whether the condition holds for those facts
   */
  boolean test(Facts facts);

  /** @return every comparison in this condition, depth first, in order */
  default List<Comparison> comparisons() {
    List<Comparison> out = new ArrayList<>();
    collect(this, out);
    return Collections.unmodifiableList(out);
  }

  private static void collect(Condition condition, List<Comparison> out) {
    if (condition instanceof Comparison comparison) {
      out.add(comparison);
    } else if (condition instanceof AllOf all) {
      for (Condition part : all.conditions()) {
        collect(part, out);
      }
    } else if (condition instanceof AnyOf any) {
      for (Condition part : any.conditions()) {
        collect(part, out);
      }
    } else if (condition instanceof Not not) {
      collect(not.condition(), out);
    }
  }

  /**
   * @param other another condition
   * @return a condition that holds when both hold
   */
  default Condition and(Condition other) {
    return new AllOf(List.of(this, Objects.requireNonNull(other, "other")));
  }

  /**
   * @param other another condition
   * @return a condition that holds when either holds
   */
  default Condition or(Condition other) {
    return new AnyOf(List.of(this, Objects.requireNonNull(other, "other")));
  }

  /** @return a condition that holds when this one does not */
  default Condition negate() {
    return new Not(this);
  }

  /**
   * @param conditions one or more conditions
   * @return a condition that holds when every one holds
   */
  static Condition allOf(Condition... conditions) {
    return new AllOf(java.util.Arrays.asList(Objects.requireNonNull(conditions, "conditions")));
  }

  /**
   * @param conditions one or more conditions
   * @return a condition that holds when at least one holds
   */
  static Condition anyOf(Condition... conditions) {
    return new AnyOf(java.util.Arrays.asList(Objects.requireNonNull(conditions, "conditions")));
  }

  /**
   * @param condition a condition
   * @return a condition that holds when {@code condition} does not
   */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /**
   * @param questionId a question's id
   * @return a builder of a comparison of that question's answer
   */
  static ComparisonBuilder answer(String questionId) {
    return new ComparisonBuilder(Operand.answer(questionId));
  }

  /**
   * @param operand any operand, such as a cx-journey profile attribute
   * @return a builder of a comparison of that operand's value
   */
  static ComparisonBuilder on(Operand operand) {
    return new ComparisonBuilder(Objects.requireNonNull(operand, "operand"));
  }
}
