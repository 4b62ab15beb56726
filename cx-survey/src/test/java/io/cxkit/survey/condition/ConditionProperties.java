package io.cxkit.survey.condition;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.AnswerValue.CodesValue;
import io.cxkit.survey.spi.AnswerValue.FlagValue;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import io.cxkit.survey.spi.AnswerValue.TextValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue 5: "conditions evaluated on missing answers never throw". Random valid conditions, nested
 * up to depth 4 over answers and other operand kinds, are evaluated against {@link Facts#none()},
 * against facts that know only some operands, and against facts whose values have any form (a text
 * where a number was expected, a list of codes, a flag): evaluation never throws, gives the same
 * result when repeated, and {@code not}, {@code allOf} and {@code anyOf} agree with plain boolean
 * logic over their parts.
 */
class ConditionProperties {

  /** The deepest nesting of composites generated; a comparison alone has depth 0. */
  private static final int MAX_DEPTH = 4;

  private static final List<Operand> OPERANDS = List.of(Operand.answer("goal"), Operand.answer("nps"),
      Operand.answer("reasons"), new Operand("attribute", "plan"), new Operand("event", "checkout.failed"));

  // ---------------------------------------------------------------------------------------------
  // Generators

  /** Texts from plain codes to any chars, lone surrogates included. */
  private static Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.of("fully", "partially", "price", "Tech", "i", "İ", "ß", "😀"),
        Arbitraries.strings().ofMaxLength(12), Arbitraries.strings().all().ofMaxLength(6));
  }

  /** Values of every form: numbers near the usual scales and at the edges, texts, codes, flags. */
  static Arbitrary<AnswerValue> values() {
    Arbitrary<AnswerValue> numbers = Arbitraries.oneOf(
        Arbitraries.integers().between(-2, 22).map(half -> half / 2.0),
        Arbitraries.of(-0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 1e15, 0.1 + 0.2))
        .map(NumberValue::new);
    Arbitrary<AnswerValue> text = texts().map(TextValue::new);
    Arbitrary<AnswerValue> codes = texts().list().ofMaxSize(4).map(CodesValue::new);
    Arbitrary<AnswerValue> flags = Arbitraries.of(true, false).map(FlagValue::new);
    return Arbitraries.frequencyOf(Tuple.of(3, numbers), Tuple.of(3, text), Tuple.of(2, codes),
        Tuple.of(1, flags));
  }

  /** A valid comparison: arguments drawn to fit the operator, as the Comparison table requires. */
  static Arbitrary<Comparison> comparisons() {
    Arbitrary<Operand> operands = Arbitraries.of(OPERANDS);
    Arbitrary<double[]> range = Combinators.combine(Arbitraries.integers().between(-2, 22),
        Arbitraries.integers().between(0, 12)).as((from, width) -> new double[] {from / 2.0, (from + width) / 2.0});
    Arbitrary<AnswerValue> number = Arbitraries.integers().between(-2, 22).map(half -> new NumberValue(half / 2.0));
    Arbitrary<AnswerValue> needle = texts().filter(text -> !text.isEmpty())
        .filter(text -> !Ids.hasUnpairedSurrogate(text)).map(TextValue::new);
    // A comparison refuses an argument with an unpaired surrogate (JSON could not carry it back);
    // the facts it is evaluated on may hold any text.
    Arbitrary<AnswerValue> arguments = values().filter(ConditionProperties::wellFormed);
    return Arbitraries.of(ConditionOperator.values()).flatMap(operator -> operands.flatMap(operand -> {
      switch (operator) {
        case EQUALS:
          return arguments.map(value -> Comparison.of(operand, operator, value));
        case ONE_OF:
          return arguments.list().ofMinSize(1).ofMaxSize(3).map(list -> new Comparison(operand, operator, list));
        case IN_RANGE:
          return range.map(r -> Comparison.of(operand, operator, new NumberValue(r[0]), new NumberValue(r[1])));
        case GREATER_THAN:
        case LESS_THAN:
          return number.map(value -> Comparison.of(operand, operator, value));
        case CONTAINS:
          return needle.map(value -> Comparison.of(operand, operator, value));
        default:
          return Arbitraries.just(Comparison.of(operand, operator));
      }
    }));
  }

  private static boolean wellFormed(AnswerValue value) {
    if (value instanceof TextValue text) {
      return !Ids.hasUnpairedSurrogate(text.value());
    }
    if (value instanceof CodesValue codes) {
      return codes.values().stream().noneMatch(Ids::hasUnpairedSurrogate);
    }
    return true;
  }

  /** Conditions nested at most {@code depth} deep. */
  static Arbitrary<Condition> conditions(int depth) {
    if (depth == 0) {
      return comparisons().map(comparison -> comparison);
    }
    Arbitrary<Condition> inner = Arbitraries.lazy(() -> conditions(depth - 1));
    Arbitrary<List<Condition>> parts = inner.list().ofMinSize(1).ofMaxSize(3);
    return Arbitraries.frequencyOf(
        Tuple.of(3, comparisons().map(comparison -> (Condition) comparison)),
        Tuple.of(2, parts.map(AllOf::new)),
        Tuple.of(2, parts.map(AnyOf::new)),
        Tuple.of(1, inner.map(Not::new)));
  }

  /** Facts that know some operands, with values of any form, and not the others. */
  static Arbitrary<Facts> partialFacts() {
    return Arbitraries.subsetOf(OPERANDS).flatMap(known -> values().list().ofSize(known.size()).map(values -> {
      Map<Operand, AnswerValue> map = new HashMap<>();
      int i = 0;
      for (Operand operand : known) {
        map.put(operand, values.get(i++));
      }
      return Facts.of(map);
    }));
  }

  @Provide
  Arbitrary<Condition> anyCondition() {
    return conditions(MAX_DEPTH);
  }

  @Provide
  Arbitrary<Facts> anyFacts() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Facts.none())), Tuple.of(4, partialFacts()));
  }

  @Provide
  Arbitrary<List<Condition>> someConditions() {
    return conditions(2).list().ofMinSize(1).ofMaxSize(4);
  }

  // ---------------------------------------------------------------------------------------------
  // Properties

  @Property(tries = 500)
  void neverThrowsOnMissingAnswersAndIsStable(@ForAll("anyCondition") Condition condition,
      @ForAll("anyFacts") Facts facts) {
    assertThat(depth(condition)).isLessThanOrEqualTo(MAX_DEPTH);
    boolean first = condition.test(facts);
    // Side-effect free: the same facts give the same result.
    assertThat(condition.test(facts)).isEqualTo(first);
  }

  @Property(tries = 500)
  void onNoFactsOnlyIsSkippedHolds(@ForAll("anyCondition") Condition condition) {
    for (Comparison comparison : condition.comparisons()) {
      assertThat(comparison.test(Facts.none())).as("%s", comparison)
          .isEqualTo(comparison.operator() == ConditionOperator.IS_SKIPPED);
    }
    assertThat(condition.test(Facts.none())).as("%s", condition).isEqualTo(onNone(condition));
  }

  /** The value of a condition when every operand is missing, by the Comparison javadoc's rule. */
  private static boolean onNone(Condition condition) {
    if (condition instanceof Comparison comparison) {
      return comparison.operator() == ConditionOperator.IS_SKIPPED;
    }
    if (condition instanceof AllOf all) {
      return all.conditions().stream().allMatch(ConditionProperties::onNone);
    }
    if (condition instanceof AnyOf any) {
      return any.conditions().stream().anyMatch(ConditionProperties::onNone);
    }
    return !onNone(((Not) condition).condition());
  }

  @Property(tries = 500)
  void notIsTheNegation(@ForAll("anyCondition") Condition condition, @ForAll("anyFacts") Facts facts) {
    assertThat(Condition.not(condition).test(facts)).isEqualTo(!condition.test(facts));
  }

  @Property(tries = 300)
  void allOfAndAnyOfAgreeWithAllMatchAndAnyMatch(@ForAll("someConditions") List<Condition> parts,
      @ForAll("anyFacts") Facts facts) {
    assertThat(new AllOf(parts).test(facts)).isEqualTo(parts.stream().allMatch(part -> part.test(facts)));
    assertThat(new AnyOf(parts).test(facts)).isEqualTo(parts.stream().anyMatch(part -> part.test(facts)));
  }

  @Property(tries = 300)
  void aComparisonOnAValueOfAnyFormNeverThrows(@ForAll("comparisons") Comparison comparison,
      @ForAll("formValues") AnswerValue value) {
    Facts facts = Facts.of(Map.of(comparison.operand(), value));
    boolean holds = comparison.test(facts);
    // A present value: is-answered holds, is-skipped does not; a value of a form the operator does
    // not compare is no match (a text for greater-than, a number or flag for contains).
    ConditionOperator operator = comparison.operator();
    assertThat(Comparison.of(comparison.operand(), ConditionOperator.IS_ANSWERED).test(facts)).isTrue();
    if (operator == ConditionOperator.IS_SKIPPED) {
      assertThat(holds).isFalse();
    }
    boolean numeric = operator == ConditionOperator.IN_RANGE || operator == ConditionOperator.GREATER_THAN
        || operator == ConditionOperator.LESS_THAN;
    if (numeric && !(value instanceof NumberValue)
        || operator == ConditionOperator.CONTAINS && (value instanceof NumberValue || value instanceof FlagValue)) {
      assertThat(holds).as("%s on %s", comparison, value).isFalse();
    }
    if (operator == ConditionOperator.EQUALS && value.getClass() != comparison.arguments().get(0).getClass()) {
      assertThat(holds).as("%s on %s", comparison, value).isFalse();
    }
  }

  @Provide("comparisons")
  Arbitrary<Comparison> comparisonsProvider() {
    return comparisons();
  }

  @Provide
  Arbitrary<AnswerValue> formValues() {
    return values();
  }

  private static int depth(Condition condition) {
    if (condition instanceof AllOf all) {
      return 1 + maxDepth(all.conditions());
    }
    if (condition instanceof AnyOf any) {
      return 1 + maxDepth(any.conditions());
    }
    if (condition instanceof Not not) {
      return 1 + depth(not.condition());
    }
    return 0;
  }

  private static int maxDepth(List<Condition> conditions) {
    List<Integer> depths = new ArrayList<>();
    for (Condition condition : conditions) {
      depths.add(depth(condition));
    }
    return depths.stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
