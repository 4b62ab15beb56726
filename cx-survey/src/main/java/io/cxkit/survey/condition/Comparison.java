package io.cxkit.survey.condition;

import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.AnswerValue.CodesValue;
import io.cxkit.survey.spi.AnswerValue.FlagValue;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import io.cxkit.survey.spi.AnswerValue.TextValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One typed comparison of an operand's value, the leaf of every {@link Condition}. What each
 * operator takes and when it holds, for a value {@code v} that is present:
 *
 * <table>
 *   <caption>operators</caption>
 *   <tr><th>operator</th><th>arguments (JSON member)</th><th>holds when</th></tr>
 *   <tr><td>{@code equals}</td><td>one value of any form ({@code value})</td><td>{@code v} has the
 *       argument's form and equals it: numbers numerically, texts exactly, flags, lists of codes as
 *       sets</td></tr>
 *   <tr><td>{@code one-of}</td><td>one or more values ({@code values})</td><td>{@code v} equals one
 *       of them as for {@code equals}</td></tr>
 *   <tr><td>{@code in-range}</td><td>two numbers, min ≤ max ({@code min}, {@code max})</td><td>{@code
 *       v} is a number with min ≤ v ≤ max</td></tr>
 *   <tr><td>{@code greater-than}, {@code less-than}</td><td>one number ({@code value})</td><td>{@code
 *       v} is a number strictly greater (less) than it</td></tr>
 *   <tr><td>{@code contains}</td><td>one non-empty text ({@code value})</td><td>{@code v} is a list
 *       of codes holding the text as one code (exactly), or a text containing it, ignoring
 *       case</td></tr>
 *   <tr><td>{@code is-answered}</td><td>none</td><td>always</td></tr>
 *   <tr><td>{@code is-skipped}</td><td>none</td><td>never</td></tr>
 * </table>
 *
 * <p>When the value is missing only {@code is-skipped} holds. Ignoring case means comparing {@code
 * char} by {@code char} as {@link String#regionMatches(boolean, int, String, int, int)} does,
 * without a locale.
 *
 * @param operand what is compared, such as a question's answer
 * @param operator how it is compared
 * @param arguments what it is compared with, as the table says; copied, unmodifiable
 */
public record Comparison(Operand operand, ConditionOperator operator, List<AnswerValue> arguments)
    implements Condition {

  /**
   * @throws InvalidConditionException if the arguments do not fit the operator (their number, their
   *     form, an empty text for {@code contains}, a minimum above the maximum, a text with an
   *     unpaired surrogate), naming the JSON
   *     member ({@code value}, {@code values}, {@code min}, {@code max}) and the rule
   */
  public Comparison {
    Objects.requireNonNull(operand, "operand");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(arguments, "arguments");
    List<AnswerValue> copy = new ArrayList<>(arguments.size());
    for (int n = 0; n < arguments.size(); n++) {
      int i = n;
      copy.add(Objects.requireNonNull(arguments.get(n), () -> "arguments[" + i + "]"));
    }
    arguments = Collections.unmodifiableList(copy);
    checkArguments(operator, arguments);
    for (int i = 0; i < arguments.size(); i++) {
      requireWellFormed(operator == ConditionOperator.ONE_OF ? "values[" + i + "]" : "value",
          arguments.get(i));
    }
  }

  /**
   * @param operand what is compared
   * @param operator how it is compared
   * @param arguments what it is compared with
   * @return the comparison
   * @throws InvalidConditionException if the arguments do not fit the operator
   */
  public static Comparison of(Operand operand, ConditionOperator operator, AnswerValue... arguments) {
    return new Comparison(operand, operator,
        java.util.Arrays.asList(Objects.requireNonNull(arguments, "arguments")));
  }

  private static void checkArguments(ConditionOperator operator, List<AnswerValue> arguments) {
    switch (operator) {
      case EQUALS:
        requireCount("value", operator, arguments, 1);
        break;
      case ONE_OF:
        if (arguments.isEmpty()) {
          throw new InvalidConditionException("values", "[]",
              "one-of must be given at least one value");
        }
        break;
      case IN_RANGE:
        requireCount("min", operator, arguments, 2);
        double min = requireNumber("min", operator, arguments.get(0));
        double max = requireNumber("max", operator, arguments.get(1));
        if (min > max) {
          throw new InvalidConditionException("min", format(arguments.get(0)),
              "must be ≤ max " + format(arguments.get(1)));
        }
        break;
      case GREATER_THAN:
      case LESS_THAN:
        requireCount("value", operator, arguments, 1);
        requireNumber("value", operator, arguments.get(0));
        break;
      case CONTAINS:
        requireCount("value", operator, arguments, 1);
        AnswerValue text = arguments.get(0);
        if (!(text instanceof TextValue t) || t.value().isEmpty()) {
          throw new InvalidConditionException("value", format(text),
              "contains must be given a non-empty text");
        }
        break;
      case IS_ANSWERED:
      case IS_SKIPPED:
        if (!arguments.isEmpty()) {
          throw new InvalidConditionException("value", formatAll(arguments),
              operator.id() + " takes no value");
        }
        break;
      default:
        throw new AssertionError(operator);
    }
  }

  /** A text with an unpaired surrogate has no UTF-8 form: JSON could not carry it back. */
  private static void requireWellFormed(String member, AnswerValue argument) {
    if (argument instanceof TextValue text && Ids.hasUnpairedSurrogate(text.value())) {
      throw new InvalidConditionException(member, Ids.quote(text.value()), Ids.WELL_FORMED_RULE);
    }
    if (argument instanceof CodesValue codes) {
      for (int i = 0; i < codes.values().size(); i++) {
        String code = codes.values().get(i);
        if (Ids.hasUnpairedSurrogate(code)) {
          throw new InvalidConditionException(member + "[" + i + "]", Ids.quote(code),
              Ids.WELL_FORMED_RULE);
        }
      }
    }
  }

  private static void requireCount(String member, ConditionOperator operator,
      List<AnswerValue> arguments, int count) {
    if (arguments.size() != count) {
      throw new InvalidConditionException(member, formatAll(arguments),
          operator.id() + " must be given " + (count == 1 ? "one value" : count + " values"));
    }
  }

  private static double requireNumber(String member, ConditionOperator operator, AnswerValue value) {
    if (value instanceof NumberValue number) {
      return number.value();
    }
    throw new InvalidConditionException(member, format(value),
        operator.id() + " compares numbers and must be given a number");
  }

  @Override
  public boolean test(Facts facts) {
    AnswerValue value = Objects.requireNonNull(facts, "facts").valueOf(operand);
    if (value == null) {
      return operator == ConditionOperator.IS_SKIPPED;
    }
    switch (operator) {
      case IS_ANSWERED:
        return true;
      case IS_SKIPPED:
        return false;
      case EQUALS:
        return matches(value, arguments.get(0));
      case ONE_OF:
        for (int i = 0, n = arguments.size(); i < n; i++) {
          if (matches(value, arguments.get(i))) {
            return true;
          }
        }
        return false;
      case IN_RANGE:
        return value instanceof NumberValue n
            && n.value() >= number(arguments.get(0)) && n.value() <= number(arguments.get(1));
      case GREATER_THAN:
        return value instanceof NumberValue n && n.value() > number(arguments.get(0));
      case LESS_THAN:
        return value instanceof NumberValue n && n.value() < number(arguments.get(0));
      case CONTAINS:
        return contains(value, ((TextValue) arguments.get(0)).value());
      default:
        throw new AssertionError(operator);
    }
  }

  private static double number(AnswerValue value) {
    return ((NumberValue) value).value();
  }

  /**
   * Equality by form: numbers with {@code ==} (so 0.0 equals -0.0), lists of codes as sets. The
   * sets are compared by {@code containsAll} both ways rather than as {@code HashSet}s, so that
   * evaluating a condition per response builds no sets; lists of codes are short (the options of
   * one question).
   */
  static boolean matches(AnswerValue value, AnswerValue argument) {
    if (value instanceof NumberValue n) {
      return argument instanceof NumberValue a && n.value() == a.value();
    }
    if (value instanceof TextValue t) {
      return argument instanceof TextValue a && t.value().equals(a.value());
    }
    if (value instanceof FlagValue f) {
      return argument instanceof FlagValue a && f.value() == a.value();
    }
    CodesValue codes = (CodesValue) value;
    return argument instanceof CodesValue a
        && codes.values().containsAll(a.values()) && a.values().containsAll(codes.values());
  }

  private static boolean contains(AnswerValue value, String needle) {
    if (value instanceof CodesValue codes) {
      return codes.values().contains(needle);
    }
    if (value instanceof TextValue text) {
      String haystack = text.value();
      for (int i = 0, last = haystack.length() - needle.length(); i <= last; i++) {
        if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * @param value an argument or answer value
   * @return the value as JSON writes it, for messages: {@code 9}, {@code "fully"}, {@code true},
   *     {@code ["a", "b"]}
   */
  public static String format(AnswerValue value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof NumberValue n) {
      double v = n.value();
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
    if (value instanceof TextValue t) {
      return io.cxkit.survey.internal.Ids.quote(t.value());
    }
    if (value instanceof FlagValue f) {
      return Boolean.toString(f.value());
    }
    StringBuilder out = new StringBuilder("[");
    for (String code : ((CodesValue) value).values()) {
      out.append(out.length() == 1 ? "" : ", ").append(io.cxkit.survey.internal.Ids.quote(code));
    }
    return out.append(']').toString();
  }

  private static String formatAll(List<AnswerValue> values) {
    StringBuilder out = new StringBuilder("[");
    for (AnswerValue value : values) {
      out.append(out.length() == 1 ? "" : ", ").append(format(value));
    }
    return out.append(']').toString();
  }

  /** @return the comparison as it reads, such as {@code answer:nps in-range 0 6} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(operand.toString()).append(' ').append(operator.id());
    for (AnswerValue argument : arguments) {
      out.append(' ').append(format(argument));
    }
    return out.toString();
  }
}
