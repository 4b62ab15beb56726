package io.cxkit.survey.types;

import io.cxkit.core.RatingScale;
import io.cxkit.survey.Violation;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.InvalidConditionException;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.AnswerValue.CodesValue;
import io.cxkit.survey.spi.AnswerValue.FlagValue;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import io.cxkit.survey.spi.AnswerValue.TextValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The condition operators of the built-in types, and the checks behind their {@code
 * validateCondition}: each refuses an argument that no valid answer could ever match, with a path
 * relative to the comparison ({@code value}, {@code values[1]}, {@code min}, {@code max}).
 */
final class Operators {
  /** The operators that compare a score: nps, csat, ces, rating. */
  static final Set<ConditionOperator> SCORE = Collections.unmodifiableSet(EnumSet.of(
      ConditionOperator.EQUALS, ConditionOperator.ONE_OF, ConditionOperator.IN_RANGE,
      ConditionOperator.GREATER_THAN, ConditionOperator.LESS_THAN));

  /** The operators that compare one code (an outcome id, a chosen code): goal_completion, single_choice. */
  static final Set<ConditionOperator> CODE = Collections.unmodifiableSet(EnumSet.of(
      ConditionOperator.EQUALS, ConditionOperator.ONE_OF));

  /**
   * The operators of a list of chosen codes, multiple_choice: {@code contains} one code, and {@code
   * equals} / {@code one-of} on the whole set of codes chosen.
   */
  static final Set<ConditionOperator> CODES = Collections.unmodifiableSet(EnumSet.of(
      ConditionOperator.EQUALS, ConditionOperator.ONE_OF, ConditionOperator.CONTAINS));

  /** The operator that looks into a free text, open_text. */
  static final Set<ConditionOperator> TEXT = Collections.unmodifiableSet(EnumSet.of(
      ConditionOperator.CONTAINS));

  /** The operator that compares a flag, contact_consent. */
  static final Set<ConditionOperator> FLAG = Collections.unmodifiableSet(EnumSet.of(
      ConditionOperator.EQUALS));

  /**
   * Stands in for the operand when the arguments are checked by {@link Comparison}'s own rules; the
   * operand plays no part in those rules.
   */
  private static final Operand PROBE = Operand.answer("q");

  private Operators() {}

  /**
   * The start of every built-in {@code validateCondition}: arguments that do not fit the operator
   * as {@link Comparison} requires (a caller that bypassed it), and an operator the type does not
   * declare, are reported rather than thrown or looked into.
   *
   * @return the one violation that stops further checks, or null when the arguments may be checked
   */
  static @Nullable Violation unfit(Set<ConditionOperator> supported, String typeId,
      ConditionOperator operator, List<AnswerValue> arguments) {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(arguments, "arguments");
    try {
      new Comparison(PROBE, operator, arguments);
    } catch (InvalidConditionException e) {
      return Violation.of(e.field(), e.value(), e.rule());
    }
    if (operator == ConditionOperator.IS_ANSWERED || operator == ConditionOperator.IS_SKIPPED
        || supported.contains(operator)) {
      return null;
    }
    return Violation.of("operator", operator.id(), "does not apply to " + typeId + " questions");
  }

  /**
   * Checks each value argument of {@code equals} ({@code value}) or {@code one-of} ({@code
   * values[i]}) with {@code check}, which returns the violation of one value at a path, or null.
   */
  static List<Violation> eachValue(ConditionOperator operator, List<AnswerValue> arguments,
      ValueCheck check) {
    List<Violation> violations = new ArrayList<>(0);
    if (operator == ConditionOperator.EQUALS) {
      check.check("value", arguments.get(0), violations);
    } else if (operator == ConditionOperator.ONE_OF) {
      for (int i = 0; i < arguments.size(); i++) {
        check.check("values[" + i + "]", arguments.get(i), violations);
      }
    }
    return violations.isEmpty() ? List.of() : Collections.unmodifiableList(violations);
  }

  /** The check of one argument value, for {@link #eachValue}. */
  @FunctionalInterface
  interface ValueCheck {
    /**
     * Adds every violation of {@code value} at {@code path} to {@code violations}; none when it can
     * match.
     */
    void check(String path, AnswerValue value, List<Violation> violations);
  }

  /** @return the check that adds the one violation {@code single} finds, if any */
  private static ValueCheck each(
      java.util.function.BiFunction<String, AnswerValue, @Nullable Violation> single) {
    return (path, value, violations) -> {
      Violation violation = single.apply(path, value);
      if (violation != null) {
        violations.add(violation);
      }
    };
  }

  /** @return a list of just {@code violation} */
  static List<Violation> only(Violation violation) {
    return List.of(violation);
  }

  // ---------------------------------------------------------------------------------------------
  // Scores

  /**
   * The conditions on a score that could hold: {@code equals} and {@code one-of} name points of the
   * scale, {@code in-range} holds a point, {@code greater-than} lies below the top of the scale and
   * {@code less-than} above its bottom. Scores are whole numbers, so {@code in-range 6.2 6.8} holds
   * no point either.
   */
  static List<Violation> score(RatingScale scale, String typeId, ConditionOperator operator,
      List<AnswerValue> arguments) {
    Violation unfit = unfit(SCORE, typeId, operator, arguments);
    if (unfit != null) {
      return only(unfit);
    }
    String never = "can never hold on the scale " + scale;
    switch (operator) {
      case EQUALS:
      case ONE_OF:
        return eachValue(operator, arguments, each((path, value) -> point(scale, path, value)));
      case IN_RANGE: {
        double min = number(arguments.get(0));
        double max = number(arguments.get(1));
        if (min > scale.max()) {
          return only(violation("min", arguments.get(0), never));
        }
        if (max < scale.min()) {
          return only(violation("max", arguments.get(1), never));
        }
        if (Math.ceil(min) > Math.floor(max)) {
          return only(violation("min", arguments.get(0), never + ": no point lies between min "
              + Comparison.format(arguments.get(0)) + " and max " + Comparison.format(arguments.get(1))));
        }
        return List.of();
      }
      case GREATER_THAN:
        return number(arguments.get(0)) >= scale.max()
            ? only(violation("value", arguments.get(0), never)) : List.of();
      case LESS_THAN:
        return number(arguments.get(0)) <= scale.min()
            ? only(violation("value", arguments.get(0), never)) : List.of();
      default:
        return List.of();
    }
  }

  private static @Nullable Violation point(RatingScale scale, String path, AnswerValue value) {
    if (!(value instanceof NumberValue number)) {
      return violation(path, value, "must be a number: question scores are numbers");
    }
    double v = number.value();
    if (v != Math.rint(v) || v < scale.min() || v > scale.max()) {
      return violation(path, value, "must be a point of the scale " + scale);
    }
    return null;
  }

  private static double number(AnswerValue value) {
    return ((NumberValue) value).value();
  }

  // ---------------------------------------------------------------------------------------------
  // Codes, texts, flags

  /**
   * @param known whether an answer can give the text
   * @param notText the rule for a value that is not a text
   * @param unknown the rule for a text that no answer gives
   * @return the check of one value that an answer gives as one text
   */
  static ValueCheck text(java.util.function.Predicate<String> known, String notText,
      Function<String, String> unknown) {
    return each((path, value) -> {
      if (!(value instanceof TextValue text)) {
        return violation(path, value, notText);
      }
      return known.test(text.value()) ? null : violation(path, value, unknown.apply(text.value()));
    });
  }

  /**
   * The check of a list of codes compared as a set with what a multiple choice answered: every code
   * offered, and as many distinct codes as an answer may choose.
   */
  static ValueCheck codes(MultipleChoiceQuestion question) {
    return (path, value, violations) -> {
      if (!(value instanceof CodesValue codes)) {
        violations.add(violation(path, value, "must be a list of codes: a multiple-choice answer is"
            + " the set of codes chosen (contains tests one code)"));
        return;
      }
      // Every code the question does not offer, not only the first: the SPI reports every problem.
      for (int j = 0; j < codes.values().size(); j++) {
        String code = codes.values().get(j);
        if (!question.offers(code)) {
          violations.add(Violation.of(path + "[" + j + "]", Rules.quoted(code),
              "must be one of " + Rules.listed(question.codes())));
        }
      }
      int distinct = new HashSet<>(codes.values()).size();
      if (distinct < question.minSelections() || distinct > question.maxSelections()) {
        violations.add(violation(path, value, "can never hold: an answer chooses "
            + (question.minSelections() == question.maxSelections()
                ? "exactly " + question.minSelections()
                : question.minSelections() + " to " + question.maxSelections())
            + (question.maxSelections() == 1 ? " option" : " options")));
      }
    };
  }

  /** The check of a value that an answer gives as a flag. */
  static ValueCheck flag(String notFlag) {
    return each((path, value) -> value instanceof FlagValue ? null : violation(path, value, notFlag));
  }

  /** @return a violation of an argument, shown as JSON writes it */
  static Violation violation(String path, AnswerValue value, String rule) {
    return Violation.of(path, Comparison.format(value), rule);
  }
}
