package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import org.junit.jupiter.api.Test;

/** The edges of conditions in JSON that {@link SurveyJson}'s javadoc promises. */
class ConditionJsonEdgesTest {
  private static final SurveyJson JSON = SurveyJson.standard();

  private static double valueRead(String number) {
    Comparison read = (Comparison) JSON.readCondition(
        "{\"answer\":\"q\",\"operator\":\"equals\",\"value\":" + number + "}");
    return ((NumberValue) read.arguments().get(0)).value();
  }

  @Test
  void numbersAreReadAsDoubles() {
    // 2^53 + 1 has no double; the nearest is 2^53 = 9007199254740992, written in exponent form as
    // integers of 1e15 and more are.
    assertThat(valueRead("9007199254740993")).isEqualTo(9007199254740992.0);
    assertThat(JSON.writeCondition(JSON.readCondition(
            "{\"answer\":\"q\",\"operator\":\"equals\",\"value\":9007199254740993}")))
        .isEqualTo("{\"answer\":\"q\",\"operator\":\"equals\",\"value\":9.007199254740992E15}");
    // An integer -0 is the integer 0; the double -0.0 stays itself and is written so.
    assertThat(Double.doubleToRawLongBits(valueRead("-0"))).isEqualTo(0L);
    assertThat(Double.doubleToRawLongBits(valueRead("-0.0")))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    // Below the smallest double (4.9e-324) a number rounds to 0; beyond the largest it is refused.
    assertThat(valueRead("1e-400")).isEqualTo(0.0);
    assertThatThrownBy(() -> valueRead("1e400")).isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.value (line 1, column 43): number out of range: 1e400 is beyond the range of"
            + " a double");
  }

  @Test
  void aConditionNestedDeeperThanJacksonWritesFailsTyped() {
    // 999 nots around a comparison are 1000 objects, Jackson's limit; one more is refused.
    Condition condition = Condition.answer("q").isSkipped();
    for (int i = 0; i < 999; i++) {
      condition = Condition.not(condition);
    }
    assertThat(JSON.writeCondition(condition)).startsWith("{\"not\":{\"not\":");
    Condition tooDeep = Condition.not(condition);
    assertThatThrownBy(() -> JSON.writeCondition(tooDeep)).isInstanceOf(SurveyJsonException.class)
        .hasMessageStartingWith("$: cannot be written as JSON: Document nesting depth (1001) exceeds"
            + " the maximum allowed (1000");
  }
}
