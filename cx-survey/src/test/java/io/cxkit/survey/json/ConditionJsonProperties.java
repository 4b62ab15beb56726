package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.cxkit.core.CxException;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated conditions ({@link ConditionArbitraries}) round-trip exactly through JSON and validate
 * against the schemas: the standalone condition schema for any operand kind, the survey schema's
 * condition definition for conditions over answers only.
 */
class ConditionJsonProperties {
  private static final SurveyJson JSON = SurveyJson.standard();
  private static final SurveySchema SCHEMAS = SurveySchema.of(JSON.registry());
  private static final Schema CONDITION = SchemaValidation.compile(SCHEMAS.condition());
  private static final Schema SURVEY_CONDITION = SchemaValidation.compile(surveysCondition());

  /** @return the survey schema with its condition definition as the root */
  static ObjectNode surveysCondition() {
    ObjectNode schema = SCHEMAS.survey();
    schema.retain("$schema", "$defs");
    schema.put("$ref", "#/$defs/condition");
    return schema;
  }

  @Provide
  Arbitrary<Condition> conditions() {
    return ConditionArbitraries.conditions();
  }

  @Provide
  Arbitrary<Condition> answerConditions() {
    return ConditionArbitraries.answerConditions();
  }

  @Property
  void conditionsRoundTripExactly(@ForAll("conditions") Condition condition) {
    String written = JSON.writeCondition(condition);
    Condition read = JSON.readCondition(written);

    assertThat(read).isEqualTo(condition);
    assertThat(JSON.writeCondition(read)).isEqualTo(written);
  }

  @Property(tries = 200)
  void writtenConditionsValidateAgainstTheConditionSchema(@ForAll("conditions") Condition condition) {
    assertThat(SchemaValidation.errors(CONDITION, JSON.writeCondition(condition))).isEmpty();
  }

  @Property(tries = 200)
  void inASurveyOnlyAnswersAreOperands(@ForAll("answerConditions") Condition overAnswers,
      @ForAll("conditions") Condition any) {
    assertThat(SchemaValidation.errors(SURVEY_CONDITION, JSON.writeCondition(overAnswers))).isEmpty();
    boolean onlyAnswers = any.comparisons().stream().allMatch(c -> c.operand().isAnswer());
    assertThat(SchemaValidation.errors(SURVEY_CONDITION, JSON.writeCondition(any)).isEmpty())
        .as(JSON.writeCondition(any)).isEqualTo(onlyAnswers);
  }

  /**
   * Whatever a written condition is mangled into, reading it gives a condition or a cxkit
   * exception: never an NPE, a ClassCastException, an index error or a raw Jackson exception.
   */
  @Property(tries = 500)
  void mangledConditionsFailOnlyWithCxExceptions(@ForAll("conditions") Condition condition,
      @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll @IntRange(min = 1, max = 3) int length,
      @ForAll("debris") String debris) {
    String document = JSON.writeCondition(condition);
    int from = at % document.length();
    String mangled = document.substring(0, from) + debris
        + document.substring(Math.min(document.length(), from + length));

    Throwable failure = catchThrowable(() -> JSON.readCondition(mangled));

    if (failure != null) {
      assertThat(failure).as(mangled).isInstanceOf(CxException.class);
    }
  }

  @Provide
  Arbitrary<String> debris() {
    return Arbitraries.of("", "{", "}", "[", "]", "\"", ",", ":", "null", "0", "-1", "1.5", "true",
        "\"x\"", "{}", "[]", "\"not\":", "\"allOf\":[", "\"operator\":\"equals\",",
        "\"value\":", "\"values\":[1],", "\"min\":9,", "\"attribute\":\"a\",", "\"Answer\":",
        "\\", "1e999", "\"\\ud800\"", "\u0000");
  }

  @Property
  void comparisonsWriteTheirOperandFirstAndOperatorSecond(
      @ForAll("conditions") Condition condition) {
    for (Comparison comparison : condition.comparisons()) {
      String written = JSON.writeCondition(comparison);
      // Kinds and names are ids, which JSON writes without escapes.
      assertThat(written).startsWith("{\"" + comparison.operand().kind() + "\":\""
          + comparison.operand().name() + "\",\"operator\":\"" + comparison.operator().id() + "\"");
    }
  }
}
