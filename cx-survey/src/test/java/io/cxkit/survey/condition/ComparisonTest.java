package io.cxkit.survey.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.AnswerValue.CodesValue;
import io.cxkit.survey.spi.AnswerValue.FlagValue;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import io.cxkit.survey.spi.AnswerValue.TextValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each operator holds for, value form by value form, as the table in {@link Comparison}'s
 * javadoc says: a present value {@code v} matches when it has the argument's form and compares as
 * the row says; a missing value matches only {@code is-skipped}; a value of another form than the
 * operator compares is simply no match.
 */
class ComparisonTest {

  private static final Operand Q = Operand.answer("q");

  private static final AnswerValue NUMBER_9 = new NumberValue(9);
  private static final AnswerValue TEXT_FULLY = new TextValue("fully");
  private static final AnswerValue CODES_AB = new CodesValue(List.of("a", "b"));
  private static final AnswerValue FLAG_TRUE = new FlagValue(true);

  private static Comparison comparison(ConditionOperator operator, AnswerValue... arguments) {
    return Comparison.of(Q, operator, arguments);
  }

  private static Arguments row(Comparison comparison, @Nullable AnswerValue value, boolean holds) {
    return arguments(comparison, value == null ? "missing" : Comparison.format(value), value, holds);
  }

  /**
   * The rows of the javadoc table. Each operator meets a number, a text, a list of codes, a flag
   * and a missing value; the operator's own form gets a match and a near miss.
   */
  static Stream<Arguments> table() {
    List<Arguments> rows = new ArrayList<>();
    // equals, number: numerically (9 == 9.0); other forms never, even when they read the same.
    Comparison equals9 = comparison(ConditionOperator.EQUALS, new NumberValue(9.0));
    rows.addAll(List.of(row(equals9, NUMBER_9, true), row(equals9, new NumberValue(8), false),
        row(equals9, new TextValue("9"), false), row(equals9, new CodesValue(List.of("9")), false),
        row(equals9, FLAG_TRUE, false), row(equals9, null, false)));
    // equals, text: exactly, case included.
    Comparison equalsFully = comparison(ConditionOperator.EQUALS, TEXT_FULLY);
    rows.addAll(List.of(row(equalsFully, TEXT_FULLY, true), row(equalsFully, new TextValue("Fully"), false),
        row(equalsFully, new CodesValue(List.of("fully")), false), row(equalsFully, NUMBER_9, false),
        row(equalsFully, FLAG_TRUE, false), row(equalsFully, null, false)));
    // equals, flag.
    Comparison equalsTrue = comparison(ConditionOperator.EQUALS, FLAG_TRUE);
    rows.addAll(List.of(row(equalsTrue, FLAG_TRUE, true), row(equalsTrue, new FlagValue(false), false),
        row(equalsTrue, new TextValue("true"), false), row(equalsTrue, new NumberValue(1), false),
        row(equalsTrue, null, false)));
    // equals, codes: as sets, so order and repeats do not matter, but every code does.
    Comparison equalsAb = comparison(ConditionOperator.EQUALS, CODES_AB);
    rows.addAll(List.of(row(equalsAb, new CodesValue(List.of("b", "a")), true),
        row(equalsAb, new CodesValue(List.of("a", "b", "a")), true),
        row(equalsAb, new CodesValue(List.of("a")), false),
        row(equalsAb, new CodesValue(List.of("a", "b", "c")), false),
        row(equalsAb, new TextValue("a"), false), row(equalsAb, NUMBER_9, false), row(equalsAb, null, false)));
    // one-of: equals one of its values, each by its own form.
    Comparison oneOf = comparison(ConditionOperator.ONE_OF, new NumberValue(0), new TextValue("price"),
        new CodesValue(List.of("x")));
    rows.addAll(List.of(row(oneOf, new NumberValue(0), true), row(oneOf, new NumberValue(-0.0), true),
        row(oneOf, new TextValue("price"), true), row(oneOf, new CodesValue(List.of("x")), true),
        row(oneOf, new NumberValue(1), false), row(oneOf, new TextValue("0"), false),
        row(oneOf, new CodesValue(List.of("price")), false), row(oneOf, FLAG_TRUE, false),
        row(oneOf, null, false)));
    // in-range: a number with min <= v <= max, both ends included.
    Comparison range = comparison(ConditionOperator.IN_RANGE, new NumberValue(0), new NumberValue(6));
    rows.addAll(List.of(row(range, new NumberValue(0), true), row(range, new NumberValue(6), true),
        row(range, new NumberValue(3.5), true), row(range, new NumberValue(6.01), false),
        row(range, new NumberValue(-1), false), row(range, new TextValue("3"), false),
        row(range, new CodesValue(List.of("3")), false), row(range, FLAG_TRUE, false),
        row(range, null, false)));
    // greater-than / less-than: strictly.
    Comparison above8 = comparison(ConditionOperator.GREATER_THAN, new NumberValue(8));
    rows.addAll(List.of(row(above8, NUMBER_9, true), row(above8, new NumberValue(8), false),
        row(above8, new TextValue("9"), false), row(above8, new CodesValue(List.of("9")), false),
        row(above8, FLAG_TRUE, false), row(above8, null, false)));
    Comparison below7 = comparison(ConditionOperator.LESS_THAN, new NumberValue(7));
    rows.addAll(List.of(row(below7, new NumberValue(6.99), true), row(below7, new NumberValue(7), false),
        row(below7, new TextValue("6"), false), row(below7, FLAG_TRUE, false), row(below7, null, false)));
    // contains: one code of a list exactly; within a text ignoring case.
    Comparison containsTech = comparison(ConditionOperator.CONTAINS, new TextValue("tech"));
    rows.addAll(List.of(row(containsTech, new CodesValue(List.of("price", "tech")), true),
        row(containsTech, new CodesValue(List.of("technical-problem")), false),
        row(containsTech, new CodesValue(List.of("TECH")), false),
        row(containsTech, new TextValue("Hi-TECH trouble"), true),
        row(containsTech, new TextValue("tech"), true),
        row(containsTech, new TextValue("tec"), false),
        row(containsTech, NUMBER_9, false), row(containsTech, FLAG_TRUE, false),
        row(containsTech, null, false)));
    // is-answered: any present value; is-skipped: only a missing one.
    Comparison answered = comparison(ConditionOperator.IS_ANSWERED);
    Comparison skipped = comparison(ConditionOperator.IS_SKIPPED);
    for (AnswerValue value : Arrays.asList(NUMBER_9, TEXT_FULLY, new TextValue(""), CODES_AB,
        new CodesValue(List.of()), FLAG_TRUE, new FlagValue(false))) {
      rows.add(row(answered, value, true));
      rows.add(row(skipped, value, false));
    }
    rows.add(row(answered, null, false));
    rows.add(row(skipped, null, true));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} on {1} holds: {3}")
  @MethodSource("table")
  void holdsAsTheJavadocTableSays(Comparison comparison, String shown, @Nullable AnswerValue value,
      boolean holds) {
    Facts facts = value == null ? Facts.none() : Facts.of(Map.of(Q, value));
    assertThat(comparison.test(facts)).isEqualTo(holds);
  }

  @Test
  void containsIgnoresCaseCharByCharWithoutALocale() {
    // Case is folded per char by Character's own mappings, alike in every locale: the Turkish İ and
    // ı fold to i as I does (in a Turkish locale "I".toLowerCase() is "ı"); ß is not "ss".
    Comparison containsI = comparison(ConditionOperator.CONTAINS, new TextValue("i"));
    assertThat(containsI.test(Facts.of(Map.of(Q, new TextValue("İSTANBUL"))))).isTrue();
    assertThat(containsI.test(Facts.of(Map.of(Q, new TextValue("ıSTANBUL"))))).isTrue();
    assertThat(containsI.test(Facts.of(Map.of(Q, new TextValue("ISTANBUL"))))).isTrue();
    Comparison containsSs = comparison(ConditionOperator.CONTAINS, new TextValue("ss"));
    assertThat(containsSs.test(Facts.of(Map.of(Q, new TextValue("Straße"))))).isFalse();
    // Cyrillic letters have cases too.
    Comparison containsCyrillic = comparison(ConditionOperator.CONTAINS, new TextValue("ошибка"));
    assertThat(containsCyrillic.test(Facts.of(Map.of(Q, new TextValue("ОШИБКА при оплате"))))).isTrue();
  }

  @Test
  void factsOfAnotherOperandAreMissing() {
    // The comparison asks for its own operand only; a value under another name is no answer.
    Facts facts = Facts.of(Map.of(Operand.answer("other"), NUMBER_9,
        new Operand("attribute", "q"), NUMBER_9));
    assertThat(comparison(ConditionOperator.EQUALS, NUMBER_9).test(facts)).isFalse();
    assertThat(comparison(ConditionOperator.IS_SKIPPED).test(facts)).isTrue();
  }

  // ---------------------------------------------------------------------------------------------
  // Malformed comparisons: InvalidConditionException, "path = value: rule"

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments(ConditionOperator.EQUALS, List.of(), "value = []: equals must be given one value"),
        arguments(ConditionOperator.EQUALS, List.of(NUMBER_9, TEXT_FULLY),
            "value = [9, \"fully\"]: equals must be given one value"),
        arguments(ConditionOperator.ONE_OF, List.of(), "values = []: one-of must be given at least one value"),
        arguments(ConditionOperator.IN_RANGE, List.of(new NumberValue(0)),
            "min = [0]: in-range must be given 2 values"),
        arguments(ConditionOperator.IN_RANGE, List.of(new NumberValue(0), new NumberValue(1), new NumberValue(2)),
            "min = [0, 1, 2]: in-range must be given 2 values"),
        arguments(ConditionOperator.IN_RANGE, List.of(new TextValue("0"), new NumberValue(6)),
            "min = \"0\": in-range compares numbers and must be given a number"),
        arguments(ConditionOperator.IN_RANGE, List.of(new NumberValue(0), FLAG_TRUE),
            "max = true: in-range compares numbers and must be given a number"),
        arguments(ConditionOperator.IN_RANGE, List.of(new NumberValue(7), new NumberValue(3)),
            "min = 7: must be ≤ max 3"),
        arguments(ConditionOperator.IN_RANGE, List.of(new NumberValue(6.5), new NumberValue(6.25)),
            "min = 6.5: must be ≤ max 6.25"),
        arguments(ConditionOperator.GREATER_THAN, List.of(new TextValue("8")),
            "value = \"8\": greater-than compares numbers and must be given a number"),
        arguments(ConditionOperator.LESS_THAN, List.of(CODES_AB),
            "value = [\"a\", \"b\"]: less-than compares numbers and must be given a number"),
        arguments(ConditionOperator.LESS_THAN, List.of(),
            "value = []: less-than must be given one value"),
        arguments(ConditionOperator.CONTAINS, List.of(new TextValue("")),
            "value = \"\": contains must be given a non-empty text"),
        arguments(ConditionOperator.CONTAINS, List.of(NUMBER_9),
            "value = 9: contains must be given a non-empty text"),
        arguments(ConditionOperator.CONTAINS, List.of(CODES_AB),
            "value = [\"a\", \"b\"]: contains must be given a non-empty text"),
        arguments(ConditionOperator.IS_ANSWERED, List.of(NUMBER_9), "value = [9]: is-answered takes no value"),
        arguments(ConditionOperator.IS_SKIPPED, List.of(FLAG_TRUE, TEXT_FULLY),
            "value = [true, \"fully\"]: is-skipped takes no value"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("malformed")
  void argumentsThatDoNotFitTheOperatorAreRefused(ConditionOperator operator, List<AnswerValue> arguments,
      String message) {
    assertThatThrownBy(() -> new Comparison(Q, operator, arguments))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage(message);
  }

  @Test
  void aNullArgumentIsMisuseAndNamed() {
    List<AnswerValue> withNull = Arrays.asList(NUMBER_9, null);
    assertThatThrownBy(() -> new Comparison(Q, ConditionOperator.ONE_OF, withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("arguments[1]");
    assertThatThrownBy(() -> new Comparison(null, ConditionOperator.IS_SKIPPED, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("operand");
    assertThatThrownBy(() -> comparison(ConditionOperator.IS_SKIPPED).test(null))
        .isInstanceOf(NullPointerException.class).hasMessage("facts");
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  @Test
  void argumentsAreCopiedAndUnmodifiable() {
    List<AnswerValue> arguments = new ArrayList<>(List.of(NUMBER_9));
    Comparison comparison = new Comparison(Q, ConditionOperator.ONE_OF, arguments);
    arguments.add(TEXT_FULLY);
    assertThat(comparison.arguments()).containsExactly(NUMBER_9);
    assertThatThrownBy(() -> comparison.arguments().add(TEXT_FULLY))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalWhenOperandOperatorAndArgumentsAreEqual() {
    Comparison a = Condition.answer("nps").inRange(0, 6);
    Comparison same = comparison(ConditionOperator.IN_RANGE, new NumberValue(0), new NumberValue(6.0));
    Comparison sameOnQ = new Comparison(Operand.answer("nps"), ConditionOperator.IN_RANGE,
        List.of(new NumberValue(0), new NumberValue(6)));
    assertThat(a).isEqualTo(sameOnQ).hasSameHashCodeAs(sameOnQ);
    assertThat(a).isNotEqualTo(same); // another operand
    assertThat(a).isNotEqualTo(Condition.answer("nps").inRange(0, 7));
    assertThat(a).isNotEqualTo(Condition.on(new Operand("attribute", "nps")).inRange(0, 6));
    // The arguments are compared in order: one-of 1 2 and one-of 2 1 hold alike but differ as data.
    assertThat(Condition.answer("q").oneOf(1, 2)).isNotEqualTo(Condition.answer("q").oneOf(2, 1));
  }

  @Test
  void readsAsItIsWritten() {
    assertThat(Condition.answer("nps").inRange(0, 6)).hasToString("answer:nps in-range 0 6");
    assertThat(Condition.answer("nps").greaterThan(8.5)).hasToString("answer:nps greater-than 8.5");
    assertThat(Condition.answer("goal").oneOf("partially", "not-achieved"))
        .hasToString("answer:goal one-of \"partially\" \"not-achieved\"");
    assertThat(Condition.answer("reasons").equalToCodes(List.of("price", "other")))
        .hasToString("answer:reasons equals [\"price\", \"other\"]");
    assertThat(Condition.answer("contact").equalTo(true)).hasToString("answer:contact equals true");
    assertThat(Condition.on(new Operand("attribute", "plan")).isSkipped())
        .hasToString("attribute:plan is-skipped");
    // A quote inside a text is escaped, so the text cannot end early.
    assertThat(Condition.answer("why").contains("say \"hi\"")).hasToString("answer:why contains \"say \\\"hi\\\"\"");
  }

  @Test
  void formatWritesValuesAsJsonDoes() {
    assertThat(Comparison.format(new NumberValue(6))).isEqualTo("6");
    assertThat(Comparison.format(new NumberValue(-0.0))).isEqualTo("0");
    assertThat(Comparison.format(new NumberValue(6.25))).isEqualTo("6.25");
    assertThat(Comparison.format(new NumberValue(1e20))).isEqualTo("1.0E20");
    assertThat(Comparison.format(new TextValue("fully"))).isEqualTo("\"fully\"");
    assertThat(Comparison.format(new CodesValue(List.of()))).isEqualTo("[]");
    assertThat(Comparison.format(new FlagValue(false))).isEqualTo("false");
  }

  // ---------------------------------------------------------------------------------------------
  // The builder

  @Test
  void theBuilderMakesEachOperatorsComparison() {
    ComparisonBuilder nps = Condition.answer("nps");
    Operand operand = Operand.answer("nps");
    assertThat(nps.operand()).isEqualTo(operand);
    assertThat(nps.equalTo(9)).isEqualTo(new Comparison(operand, ConditionOperator.EQUALS, List.of(NUMBER_9)));
    assertThat(nps.equalTo("fully"))
        .isEqualTo(new Comparison(operand, ConditionOperator.EQUALS, List.of(TEXT_FULLY)));
    assertThat(nps.equalTo(true))
        .isEqualTo(new Comparison(operand, ConditionOperator.EQUALS, List.of(FLAG_TRUE)));
    assertThat(nps.equalToCodes(List.of("a", "b")))
        .isEqualTo(new Comparison(operand, ConditionOperator.EQUALS, List.of(CODES_AB)));
    assertThat(nps.oneOf("a", "b")).isEqualTo(new Comparison(operand, ConditionOperator.ONE_OF,
        List.of(new TextValue("a"), new TextValue("b"))));
    assertThat(nps.oneOf(9, 10)).isEqualTo(new Comparison(operand, ConditionOperator.ONE_OF,
        List.of(NUMBER_9, new NumberValue(10))));
    assertThat(nps.oneOfCodes(List.of(List.of("a", "b"), List.of()))).isEqualTo(new Comparison(operand,
        ConditionOperator.ONE_OF, List.of(CODES_AB, new CodesValue(List.of()))));
    assertThat(nps.inRange(0, 6)).isEqualTo(new Comparison(operand, ConditionOperator.IN_RANGE,
        List.of(new NumberValue(0), new NumberValue(6))));
    assertThat(nps.greaterThan(8)).isEqualTo(new Comparison(operand, ConditionOperator.GREATER_THAN,
        List.of(new NumberValue(8))));
    assertThat(nps.lessThan(7)).isEqualTo(new Comparison(operand, ConditionOperator.LESS_THAN,
        List.of(new NumberValue(7))));
    assertThat(nps.contains("x")).isEqualTo(new Comparison(operand, ConditionOperator.CONTAINS,
        List.of(new TextValue("x"))));
    assertThat(nps.isAnswered()).isEqualTo(new Comparison(operand, ConditionOperator.IS_ANSWERED, List.of()));
    assertThat(nps.isSkipped()).isEqualTo(new Comparison(operand, ConditionOperator.IS_SKIPPED, List.of()));
  }

  @Test
  void theBuilderRefusesWhatTheComparisonRefuses() {
    ComparisonBuilder q = Condition.answer("q");
    assertThatThrownBy(() -> q.oneOf(new String[0])).isInstanceOf(InvalidConditionException.class)
        .hasMessage("values = []: one-of must be given at least one value");
    assertThatThrownBy(() -> q.oneOf(new double[0])).isInstanceOf(InvalidConditionException.class)
        .hasMessage("values = []: one-of must be given at least one value");
    assertThatThrownBy(() -> q.oneOfCodes(List.of())).isInstanceOf(InvalidConditionException.class)
        .hasMessage("values = []: one-of must be given at least one value");
    assertThatThrownBy(() -> q.inRange(7, 3)).isInstanceOf(InvalidConditionException.class)
        .hasMessage("min = 7: must be ≤ max 3");
    assertThatThrownBy(() -> q.contains("")).isInstanceOf(InvalidConditionException.class)
        .hasMessage("value = \"\": contains must be given a non-empty text");
    // A number that is not finite is not a value at all.
    assertThatThrownBy(() -> q.greaterThan(Double.NaN)).isInstanceOf(InvalidValueException.class)
        .hasMessage("value = NaN: must be a finite number");
    assertThatThrownBy(() -> q.oneOf("a", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("values[1]");
  }
}
