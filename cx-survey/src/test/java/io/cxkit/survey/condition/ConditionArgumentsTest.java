package io.cxkit.survey.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Arguments the condition builders refuse: a null inside a list is API misuse and gets an NPE
 * naming the parameter and the index (not a bare NPE from deep inside a copy), and a number that
 * is not finite names the JSON member it would be ({@code min}, {@code max}, {@code values[1]}).
 */
class ConditionArgumentsTest {
  private static final ComparisonBuilder Q = Condition.answer("q");

  @Test
  void aNullCodeIsNamedByItsIndex() {
    assertThatThrownBy(() -> Q.equalToCodes(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class).hasMessage("codes[1]");
    assertThatThrownBy(() -> Q.oneOfCodes(List.of(List.of("a"), Arrays.asList(null, "b"))))
        .isInstanceOf(NullPointerException.class).hasMessage("codeSets[1][0]");
    assertThatThrownBy(() -> new AnswerValue.CodesValue(Arrays.asList("a", "b", null)))
        .isInstanceOf(NullPointerException.class).hasMessage("values[2]");
  }

  @Test
  void aNullInFactsIsNamed() {
    Map<Operand, AnswerValue> values = new HashMap<>();
    values.put(Operand.answer("a"), null);
    assertThatThrownBy(() -> Facts.of(values)).isInstanceOf(NullPointerException.class)
        .hasMessage("values[answer:a]");
    Map<Operand, AnswerValue> keys = new HashMap<>();
    keys.put(null, new AnswerValue.FlagValue(true));
    assertThatThrownBy(() -> Facts.of(keys)).isInstanceOf(NullPointerException.class)
        .hasMessage("values key");
  }

  @Test
  void aNullViolationIsNamedByItsIndex() {
    assertThatThrownBy(() -> new InvalidResponseException(
            Arrays.asList(new Violation("answers.a", "1", "must be 2"), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("violations[1]");
  }

  @Test
  void aNumberThatIsNotFiniteNamesItsMember() {
    assertThatThrownBy(() -> Q.inRange(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("max = Infinity: must be a finite number");
    assertThatThrownBy(() -> Q.inRange(Double.NaN, 6))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("min = NaN: must be a finite number");
    assertThatThrownBy(() -> Q.oneOf(1, Double.NEGATIVE_INFINITY))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("values[1] = -Infinity: must be a finite number");
    assertThatThrownBy(() -> Q.lessThan(Double.NaN))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("value = NaN: must be a finite number");
    assertThatThrownBy(() -> Q.equalTo(Double.NaN))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("value = NaN: must be a finite number");
  }

  @Test
  void validArgumentsStillMakeTheSameComparisons() {
    assertThat(Q.equalToCodes(List.of("a", "b")))
        .isEqualTo(Comparison.of(Operand.answer("q"), io.cxkit.survey.spi.ConditionOperator.EQUALS,
            new AnswerValue.CodesValue(List.of("a", "b"))));
    assertThat(Q.inRange(0, 6)).hasToString("answer:q in-range 0 6");
    assertThat(Q.oneOf(1, 2)).hasToString("answer:q one-of 1 2");
    assertThat(Facts.of(Map.of(Operand.answer("a"), new AnswerValue.NumberValue(3)))
        .valueOf(Operand.answer("a"))).isEqualTo(new AnswerValue.NumberValue(3));
  }
}
