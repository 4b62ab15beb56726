package io.cxkit.survey.json;

import io.cxkit.survey.condition.AllOf;
import io.cxkit.survey.condition.AnyOf;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Not;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.AnswerValue.CodesValue;
import io.cxkit.survey.spi.AnswerValue.FlagValue;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import io.cxkit.survey.spi.AnswerValue.TextValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Valid conditions of every shape, at most three levels deep (a combination of combinations of
 * comparisons), over the answer operand and other kinds, with every operator and arguments that
 * fit it: numbers (integral, fractional, negative, -0.0, the extremes of a double), texts (any
 * well-formed Unicode, astral characters included), flags and lists of codes (in {@code equals} and
 * among the values of {@code one-of}).
 */
final class ConditionArbitraries {
  private ConditionArbitraries() {}

  /** @return conditions up to three levels deep */
  static Arbitrary<Condition> conditions() {
    return condition(3, operands());
  }

  /** @return conditions up to three levels deep whose operands are all answers */
  static Arbitrary<Condition> answerConditions() {
    return condition(3, ids().map(Operand::answer));
  }

  private static Arbitrary<Condition> condition(int depth, Arbitrary<Operand> operands) {
    Arbitrary<Condition> comparison = comparisons(operands).map(c -> c);
    if (depth <= 1) {
      return comparison;
    }
    Arbitrary<Condition> inner = Arbitraries.lazy(() -> condition(depth - 1, operands));
    return Arbitraries.frequencyOf(
        Tuple.of(3, comparison),
        Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(3).map(AllOf::new)),
        Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(3).map(AnyOf::new)),
        Tuple.of(1, inner.map(Not::new)));
  }

  static Arbitrary<Comparison> comparisons(Arbitrary<Operand> operands) {
    return Combinators.combine(operands, Arbitraries.of(ConditionOperator.class))
        .flatAs((operand, operator) -> arguments(operator)
            .map(arguments -> new Comparison(operand, operator, arguments)));
  }

  private static Arbitrary<List<AnswerValue>> arguments(ConditionOperator operator) {
    switch (operator) {
      case EQUALS:
        return Arbitraries.oneOf(numbers(), texts(), flags(), codes()).map(List::of);
      case ONE_OF:
        // Lists of codes too: one-of the sets a multiple choice may have chosen.
        return Arbitraries.oneOf(numbers(), texts(), flags(), codes()).list().ofMinSize(1).ofMaxSize(4);
      case IN_RANGE:
        return Combinators.combine(numbers(), numbers()).as((a, b) -> {
          NumberValue x = (NumberValue) a;
          NumberValue y = (NumberValue) b;
          return x.value() <= y.value() ? List.of(a, b) : List.of(b, a);
        });
      case GREATER_THAN:
      case LESS_THAN:
        return numbers().map(List::of);
      case CONTAINS:
        return text().filter(t -> !t.isEmpty()).map(t -> List.of(new TextValue(t)));
      default:
        return Arbitraries.just(List.of());
    }
  }

  static Arbitrary<Operand> operands() {
    Arbitrary<String> generatedKinds = Combinators.combine(
            Arbitraries.chars().range('a', 'z'),
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-')
                .ofMaxLength(31))
        .as((first, rest) -> first + rest)
        .filter(kind -> !Operand.RESERVED.contains(kind));
    Arbitrary<String> kinds = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Operand.ANSWER)),
        Tuple.of(2, Arbitraries.of("attribute", "event", "event-count", "segment")),
        Tuple.of(1, generatedKinds));
    return Combinators.combine(kinds, ids()).as(Operand::new);
  }

  /** @return ids as {@code Ids.ID_REGEX} allows: a letter or digit, then up to 20 of [A-Za-z0-9_.-] */
  static Arbitrary<String> ids() {
    return Combinators.combine(
            Arbitraries.chars().alpha().numeric(),
            Arbitraries.strings().alpha().numeric().withChars('_', '.', '-').ofMaxLength(20))
        .as((first, rest) -> first + rest);
  }

  private static Arbitrary<AnswerValue> numbers() {
    Arbitrary<Double> values = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(-1000, 1000).map(i -> (double) i)),
        Tuple.of(3, Arbitraries.doubles().between(-1e6, 1e6).ofScale(3)),
        Tuple.of(1, Arbitraries.of(-0.0, 0.0, 1e15, 1e15 - 1, -1e15 + 1, 1e20, 4.9e-324,
            Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1.0 / 3)));
    return values.map(NumberValue::new);
  }

  private static Arbitrary<String> text() {
    Arbitrary<String> bmp = Arbitraries.strings().withCharRange('\u0000', '\uD7FF')
        .withCharRange('\uE000', '\uFFFF').ofMaxLength(12);
    // Astral characters are surrogate pairs, which a char range cannot make.
    Arbitrary<String> astral = Arbitraries.of("😀", "𝄞 clef", "a\uD83D\uDE00b");
    return Arbitraries.frequencyOf(Tuple.of(5, bmp), Tuple.of(1, astral));
  }

  private static Arbitrary<AnswerValue> texts() {
    return text().map(TextValue::new);
  }

  private static Arbitrary<AnswerValue> flags() {
    return Arbitraries.of(true, false).map(FlagValue::new);
  }

  private static Arbitrary<AnswerValue> codes() {
    return text().list().ofMaxSize(4).map(CodesValue::new);
  }
}
