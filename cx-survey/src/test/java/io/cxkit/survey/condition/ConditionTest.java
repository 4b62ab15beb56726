package io.cxkit.survey.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import io.cxkit.survey.spi.AnswerValue.TextValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link AllOf}, {@link AnyOf} and {@link Not} over comparisons, and the {@link Operand}s and
 * {@link Facts} they are evaluated with: short-circuit order, negation of a skipped answer, malformed
 * parts refused with {@code path = value: rule}, and value semantics.
 */
class ConditionTest {

  private static final Condition NOT_FULLY = Condition.answer("goal").oneOf("partially", "not-achieved");
  private static final Condition DETRACTOR = Condition.answer("nps").inRange(0, 6);

  /** Facts that record which operands a condition asked for, in order. */
  private static final class Recording implements Facts {
    final List<String> asked = new ArrayList<>();
    final Map<Operand, AnswerValue> values = new HashMap<>();

    Recording with(String questionId, AnswerValue value) {
      values.put(Operand.answer(questionId), value);
      return this;
    }

    @Override
    public @Nullable AnswerValue valueOf(Operand operand) {
      asked.add(operand.name());
      return values.get(operand);
    }
  }

  @Test
  void allOfStopsAtTheFirstConditionThatFails() {
    Recording facts = new Recording().with("a", new NumberValue(1)).with("b", new NumberValue(2));
    Condition all = Condition.allOf(Condition.answer("a").equalTo(1), Condition.answer("b").equalTo(0),
        Condition.answer("c").isSkipped());
    assertThat(all.test(facts)).isFalse();
    assertThat(facts.asked).containsExactly("a", "b");

    Recording every = new Recording().with("a", new NumberValue(1));
    assertThat(Condition.allOf(Condition.answer("a").equalTo(1), Condition.answer("c").isSkipped())
        .test(every)).isTrue();
    assertThat(every.asked).containsExactly("a", "c");
  }

  @Test
  void anyOfStopsAtTheFirstConditionThatHolds() {
    Recording facts = new Recording().with("b", new NumberValue(2));
    Condition any = Condition.anyOf(Condition.answer("a").isAnswered(), Condition.answer("b").equalTo(2),
        Condition.answer("c").isSkipped());
    assertThat(any.test(facts)).isTrue();
    assertThat(facts.asked).containsExactly("a", "b");

    Recording none = new Recording();
    assertThat(Condition.anyOf(Condition.answer("a").isAnswered(), Condition.answer("b").equalTo(2))
        .test(none)).isFalse();
    assertThat(none.asked).containsExactly("a", "b");
  }

  @Test
  void notOfASkippedAnswerHolds() {
    // The Not javadoc: a comparison on a skipped question is false, so its negation is true.
    Condition notFullyByNegation = Condition.not(Condition.answer("goal").equalTo("fully"));
    assertThat(notFullyByNegation.test(Facts.none())).isTrue();
    assertThat(NOT_FULLY.test(Facts.none())).isFalse();
    // Answered, the two agree.
    Facts partially = Facts.of(Map.of(Operand.answer("goal"), new TextValue("partially")));
    Facts fully = Facts.of(Map.of(Operand.answer("goal"), new TextValue("fully")));
    assertThat(notFullyByNegation.test(partially)).isTrue();
    assertThat(NOT_FULLY.test(partially)).isTrue();
    assertThat(notFullyByNegation.test(fully)).isFalse();
    assertThat(NOT_FULLY.test(fully)).isFalse();
    // Negating twice gives the condition back, skipped or not.
    assertThat(NOT_FULLY.negate().negate().test(Facts.none())).isFalse();
  }

  @Test
  void andOrNegateBuildTheComposites() {
    assertThat(DETRACTOR.and(NOT_FULLY)).isEqualTo(new AllOf(List.of(DETRACTOR, NOT_FULLY)));
    assertThat(DETRACTOR.or(NOT_FULLY)).isEqualTo(new AnyOf(List.of(DETRACTOR, NOT_FULLY)));
    assertThat(DETRACTOR.negate()).isEqualTo(new Not(DETRACTOR)).isEqualTo(Condition.not(DETRACTOR));
    assertThat(Condition.allOf(DETRACTOR)).isEqualTo(new AllOf(List.of(DETRACTOR)));
    assertThat(Condition.anyOf(DETRACTOR, NOT_FULLY)).isEqualTo(new AnyOf(List.of(DETRACTOR, NOT_FULLY)));
    // AllOf and AnyOf of the same parts are different conditions.
    assertThat(new AllOf(List.of(DETRACTOR))).isNotEqualTo(new AnyOf(List.of(DETRACTOR)));
    assertThat(new AllOf(List.of(DETRACTOR, NOT_FULLY)).hashCode())
        .isEqualTo(new AllOf(List.of(DETRACTOR, NOT_FULLY)).hashCode());
  }

  @Test
  void comparisonsAreListedDepthFirstInOrder() {
    Comparison a = Condition.answer("a").isAnswered();
    Comparison b = Condition.answer("b").isSkipped();
    Comparison c = Condition.answer("c").equalTo(1);
    Condition nested = Condition.anyOf(Condition.allOf(a, Condition.not(b)), c, a);
    assertThat(nested.comparisons()).containsExactly(a, b, c, a);
    assertThat(c.comparisons()).containsExactly(c);
    assertThatThrownBy(() -> nested.comparisons().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void emptyCompositesAreRefused() {
    assertThatThrownBy(() -> Condition.allOf()).isInstanceOf(InvalidConditionException.class)
        .hasMessage("allOf = []: must hold at least one condition");
    assertThatThrownBy(() -> new AnyOf(List.of())).isInstanceOf(InvalidConditionException.class)
        .hasMessage("anyOf = []: must hold at least one condition");
  }

  @Test
  void aNullPartIsMisuseAndNamed() {
    assertThatThrownBy(() -> new AllOf(Arrays.asList(DETRACTOR, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("conditions[1]");
    assertThatThrownBy(() -> new AnyOf(Arrays.asList(null, DETRACTOR)))
        .isInstanceOf(NullPointerException.class).hasMessage("conditions[0]");
    assertThatThrownBy(() -> new Not(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("condition");
    assertThatThrownBy(() -> DETRACTOR.and(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("other");
    assertThatThrownBy(() -> new Not(DETRACTOR).test(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("facts");
  }

  @Test
  void partsAreCopiedAndUnmodifiable() {
    List<Condition> parts = new ArrayList<>(List.of(DETRACTOR));
    AllOf all = new AllOf(parts);
    parts.add(NOT_FULLY);
    assertThat(all.conditions()).containsExactly(DETRACTOR);
    assertThatThrownBy(() -> all.conditions().add(NOT_FULLY)).isInstanceOf(UnsupportedOperationException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // Operands

  @Test
  void anOperandKindIsAnOpenIdButNotAReservedMemberName() {
    assertThat(new Operand("attribute", "plan").kind()).isEqualTo("attribute");
    assertThat(new Operand("event-count", "checkout.failed").toString()).isEqualTo("event-count:checkout.failed");
    assertThat(Operand.answer("goal").isAnswer()).isTrue();
    assertThat(new Operand("attribute", "goal").isAnswer()).isFalse();

    assertThatThrownBy(() -> new Operand("Answer", "goal")).isInstanceOf(InvalidConditionException.class)
        .hasMessage("kind = \"Answer\": must be 1 to 32 characters of lower-case letters, digits and '-',"
            + " starting with a letter");
    assertThatThrownBy(() -> new Operand("", "goal")).isInstanceOf(InvalidConditionException.class)
        .hasMessage("kind = \"\": must be 1 to 32 characters of lower-case letters, digits and '-',"
            + " starting with a letter");
    assertThatThrownBy(() -> new Operand("a".repeat(33), "goal")).isInstanceOf(InvalidConditionException.class)
        .hasMessageStartingWith("kind = \"aaaa");
    for (String reserved : List.of("operator", "value", "values", "min", "max", "not")) {
      assertThatThrownBy(() -> new Operand(reserved, "goal")).isInstanceOf(InvalidConditionException.class)
          .hasMessage("kind = \"" + reserved + "\": is a member name of a comparison and cannot name an"
              + " operand kind");
    }
  }

  @Test
  void anOperandNameFollowsTheIdRuleAndIsNamedByItsKind() {
    // The message names the JSON member, which is the kind: {"answer": "bad name", …}.
    assertThatThrownBy(() -> Operand.answer("bad name")).isInstanceOf(InvalidConditionException.class)
        .hasMessage("answer = \"bad name\": must be 1 to 128 characters of letters, digits, '_', '-' or"
            + " '.', starting with a letter or digit");
    assertThatThrownBy(() -> new Operand("attribute", "")).isInstanceOf(InvalidConditionException.class)
        .hasMessageStartingWith("attribute = \"\": must be 1 to 128 characters");
    assertThatThrownBy(() -> Operand.answer(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("questionId");
  }

  @Test
  void operandsAreValues() {
    assertThat(Operand.answer("q")).isEqualTo(new Operand("answer", "q"))
        .hasSameHashCodeAs(new Operand("answer", "q"));
    assertThat(Operand.answer("q")).isNotEqualTo(new Operand("attribute", "q"));
  }

  // ---------------------------------------------------------------------------------------------
  // Facts

  @Test
  void factsOfAMapAreACopy() {
    Map<Operand, AnswerValue> values = new HashMap<>(Map.of(Operand.answer("q"), new NumberValue(1)));
    Facts facts = Facts.of(values);
    values.put(Operand.answer("r"), new NumberValue(2));
    assertThat(facts.valueOf(Operand.answer("q"))).isEqualTo(new NumberValue(1));
    assertThat(facts.valueOf(Operand.answer("r"))).isNull();
    assertThat(Facts.none().valueOf(Operand.answer("q"))).isNull();
  }
}
