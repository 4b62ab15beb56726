package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.survey.condition.AllOf;
import io.cxkit.survey.condition.AnyOf;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.InvalidConditionException;
import io.cxkit.survey.condition.Not;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue.CodesValue;
import io.cxkit.survey.spi.AnswerValue.FlagValue;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import io.cxkit.survey.spi.AnswerValue.TextValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON shapes of conditions fixed for issue 5 (see the brief's design decisions): {@code
 * allOf}, {@code anyOf}, {@code not} and comparisons of an operand with the operator's arguments.
 * Every expected document is written by hand from those shapes.
 */
class ConditionJsonTest {
  private final SurveyJson json = SurveyJson.standard();

  /** The four comparisons the issue's design names, as Java and as JSON. */
  @Test
  void theIssuesExamplesWriteAndReadAsDecided() {
    assertRoundTrip(Condition.answer("goal").equalTo("fully"),
        "{\"answer\":\"goal\",\"operator\":\"equals\",\"value\":\"fully\"}");
    assertRoundTrip(Condition.answer("nps").inRange(0, 6),
        "{\"answer\":\"nps\",\"operator\":\"in-range\",\"min\":0,\"max\":6}");
    assertRoundTrip(Condition.answer("reasons").oneOf("price", "other"),
        "{\"answer\":\"reasons\",\"operator\":\"one-of\",\"values\":[\"price\",\"other\"]}");
    assertRoundTrip(Condition.answer("q").isSkipped(), "{\"answer\":\"q\",\"operator\":\"is-skipped\"}");
  }

  @Test
  void everyOperatorWithItsArguments() {
    assertRoundTrip(Condition.answer("nps").greaterThan(8),
        "{\"answer\":\"nps\",\"operator\":\"greater-than\",\"value\":8}");
    assertRoundTrip(Condition.answer("nps").lessThan(7),
        "{\"answer\":\"nps\",\"operator\":\"less-than\",\"value\":7}");
    assertRoundTrip(Condition.answer("why").contains("slow"),
        "{\"answer\":\"why\",\"operator\":\"contains\",\"value\":\"slow\"}");
    assertRoundTrip(Condition.answer("q").isAnswered(), "{\"answer\":\"q\",\"operator\":\"is-answered\"}");
    assertRoundTrip(Condition.answer("consent").equalTo(true),
        "{\"answer\":\"consent\",\"operator\":\"equals\",\"value\":true}");
    assertRoundTrip(Condition.answer("features").equalToCodes(List.of("speed", "price")),
        "{\"answer\":\"features\",\"operator\":\"equals\",\"value\":[\"speed\",\"price\"]}");
    assertRoundTrip(Condition.answer("nps").oneOf(0, 10),
        "{\"answer\":\"nps\",\"operator\":\"one-of\",\"values\":[0,10]}");
  }

  @Test
  void combinationsNest() {
    Condition condition = Condition.anyOf(
        Condition.allOf(Condition.answer("nps").lessThan(7), Condition.answer("why").isAnswered()),
        Condition.not(Condition.answer("goal").equalTo("fully")));

    assertRoundTrip(condition, "{\"anyOf\":["
        + "{\"allOf\":[{\"answer\":\"nps\",\"operator\":\"less-than\",\"value\":7},"
        + "{\"answer\":\"why\",\"operator\":\"is-answered\"}]},"
        + "{\"not\":{\"answer\":\"goal\",\"operator\":\"equals\",\"value\":\"fully\"}}]}");
  }

  @Test
  void membersMayComeInAnyOrderAndAreWrittenOperandFirst() {
    Condition read = json.readCondition(
        "{\"max\": 6, \"operator\": \"in-range\", \"min\": 0, \"answer\": \"nps\"}");

    assertThat(read).isEqualTo(Condition.answer("nps").inRange(0, 6));
    assertThat(json.writeCondition(read))
        .isEqualTo("{\"answer\":\"nps\",\"operator\":\"in-range\",\"min\":0,\"max\":6}");
  }

  @Test
  void jsonTypesReadAsTheFourValueForms() {
    assertThat(comparison("1.5").arguments()).containsExactly(new NumberValue(1.5));
    assertThat(comparison("\"1.5\"").arguments()).containsExactly(new TextValue("1.5"));
    assertThat(comparison("false").arguments()).containsExactly(new FlagValue(false));
    assertThat(comparison("[\"a\",\"b\"]").arguments())
        .containsExactly(new CodesValue(List.of("a", "b")));
    assertThat(comparison("[]").arguments()).containsExactly(new CodesValue(List.of()));
    assertThat(((Comparison) json.readCondition(
            "{\"answer\":\"q\",\"operator\":\"one-of\",\"values\":[1,\"a\",true]}")).arguments())
        .containsExactly(new NumberValue(1), new TextValue("a"), new FlagValue(true));
  }

  private Comparison comparison(String value) {
    return (Comparison) json.readCondition(
        "{\"answer\":\"q\",\"operator\":\"equals\",\"value\":" + value + "}");
  }

  @Test
  void integralNumbersAreWrittenAsIntegersOthersAsDoubles() {
    // 9.0 is written 9; 2.0 read back is written 2; a fraction, -0.0 and 1e20 keep a double's form
    // (Double.toString), so each reads back as the same double.
    assertThat(json.writeCondition(Condition.answer("n").equalTo(9.0)))
        .isEqualTo("{\"answer\":\"n\",\"operator\":\"equals\",\"value\":9}");
    assertThat(json.writeCondition(comparison("2.0")))
        .isEqualTo("{\"answer\":\"q\",\"operator\":\"equals\",\"value\":2}");
    assertThat(json.writeCondition(Condition.answer("n").inRange(-2.5, 0.1)))
        .isEqualTo("{\"answer\":\"n\",\"operator\":\"in-range\",\"min\":-2.5,\"max\":0.1}");
    for (double value : new double[] {-0.0, 1e20, 1e15, -999_999_999_999_999.0, 4.9e-324}) {
      Condition condition = Condition.answer("n").equalTo(value);
      String written = json.writeCondition(condition);
      assertThat(json.readCondition(written)).as(written).isEqualTo(condition);
    }
    assertThat(json.writeCondition(Condition.answer("n").equalTo(-0.0))).endsWith("\"value\":-0.0}");
    assertThat(json.writeCondition(Condition.answer("n").equalTo(1e20))).endsWith("\"value\":1.0E20}");
    assertThat(json.writeCondition(Condition.answer("n").equalTo(-999_999_999_999_999.0)))
        .endsWith("\"value\":-999999999999999}");
  }

  @Test
  void operandKindsAreOpenForCxJourney() {
    Condition condition = json.readCondition("{\"allOf\":["
        + "{\"attribute\":\"plan\",\"operator\":\"equals\",\"value\":\"pro\"},"
        + "{\"event-count\":\"checkout.failed\",\"operator\":\"greater-than\",\"value\":2}]}");

    assertThat(condition).isEqualTo(Condition.allOf(
        Condition.on(new Operand("attribute", "plan")).equalTo("pro"),
        Condition.on(new Operand("event-count", "checkout.failed")).greaterThan(2)));
    assertThat(json.writeCondition(condition)).startsWith("{\"allOf\":[{\"attribute\":\"plan\",");
  }

  @Test
  void readsFromAReaderAndSkipsAByteOrderMark() {
    assertThat(json.readCondition(new StringReader("\uFEFF{\"answer\":\"q\",\"operator\":\"is-answered\"}")))
        .isEqualTo(Condition.answer("q").isAnswered());
    assertThat(json.readCondition("\uFEFF{\"answer\":\"q\",\"operator\":\"is-answered\"}"))
        .isEqualTo(Condition.answer("q").isAnswered());
  }

  @Test
  void theModuleBindsConditionsOnAPlainMapperAsInterfaceAndAsRecords() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new CxSurveyModule(TestTypes.registry()));
    String not = "{\"not\":{\"answer\":\"q\",\"operator\":\"is-skipped\"}}";
    String all = "{\"allOf\":[" + not + "]}";

    assertThat(plain.readValue(not, Not.class)).isEqualTo(Condition.not(Condition.answer("q").isSkipped()));
    assertThat(plain.readValue(all, AllOf.class)).isEqualTo(new AllOf(List.of(plain.readValue(not, Condition.class))));
    assertThat(plain.readValue("{\"anyOf\":[" + not + "]}", AnyOf.class).conditions()).hasSize(1);
    assertThat(plain.readValue("{\"answer\":\"q\",\"operator\":\"is-skipped\"}", Comparison.class))
        .isEqualTo(Condition.answer("q").isSkipped());
    assertThat(plain.writeValueAsString(plain.readValue(all, AllOf.class))).isEqualTo(all);
    assertThat(plain.writeValueAsString(List.of(Condition.answer("q").isSkipped())))
        .isEqualTo("[{\"answer\":\"q\",\"operator\":\"is-skipped\"}]");
    // A record type declared statically takes only its own shape.
    assertThatThrownBy(() -> plain.readValue(not, AllOf.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("expected an allOf condition ({\"allOf\": […]}), found a not condition");
  }

  @Test
  void listsOfCodesAmongOneOfsValuesRoundTrip() {
    // one-of on a multiple choice compares the set of codes chosen with each list.
    Comparison codesInOneOf = Condition.answer("q").oneOfCodes(List.of(List.of("a"), List.of("b", "c")));
    assertRoundTrip(codesInOneOf,
        "{\"answer\":\"q\",\"operator\":\"one-of\",\"values\":[[\"a\"],[\"b\",\"c\"]]}");
    // A text with an unpaired surrogate has no JSON form; the comparison refuses it already.
    assertThatThrownBy(() -> Condition.answer("q").equalTo("a\uD800"))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("value = \"a\\ud800\": must be valid Unicode text: it holds an unpaired surrogate char");
  }

  private void assertRoundTrip(Condition condition, String expected) {
    String written = json.writeCondition(condition);
    assertThat(written).isEqualTo(expected);
    assertThat(json.readCondition(written)).isEqualTo(condition);
  }
}
