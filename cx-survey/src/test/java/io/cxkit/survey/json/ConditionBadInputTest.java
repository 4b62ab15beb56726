package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.InvalidConditionException;
import io.cxkit.survey.condition.Not;
import org.junit.jupiter.api.Test;

/**
 * Bad conditions read alone ({@link SurveyJson#readCondition(String)}): every failure names the
 * JSON path and, where the JSON is at fault, the line and column; where a well-formed condition
 * breaks a rule of the condition records, the record's own message with the JSON path prepended.
 *
 * <p>Columns are 1-based positions in the one-line documents: a value is located at its first
 * character, found with {@code indexOf} on a part that occurs once; a missing member at the
 * object's closing brace.
 */
class ConditionBadInputTest {
  private final SurveyJson json = SurveyJson.standard();

  private static final String OPERATORS = "\"equals\", \"one-of\", \"in-range\", \"greater-than\","
      + " \"less-than\", \"is-answered\", \"is-skipped\", \"contains\"";
  private static final String RESERVED =
      "\"allOf\", \"anyOf\", \"not\", \"operator\", \"value\", \"values\", \"min\", \"max\"";
  private static final String SHAPES = "a condition is {\"allOf\": […]}, {\"anyOf\": […]},"
      + " {\"not\": {…}} or a comparison such as {\"answer\": \"q1\", \"operator\": \"is-answered\"}";

  private SurveyJsonException error(String document) {
    SurveyJsonException e = catchThrowableOfType(SurveyJsonException.class,
        () -> json.readCondition(document));
    assertThat(e).as(document).isNotNull();
    return e;
  }

  private static int column(String document, String part) {
    int index = document.indexOf(part);
    assertThat(index).as("%s in %s", part, document).isNotNegative();
    assertThat(document.indexOf(part, index + 1)).as("%s once in %s", part, document).isNegative();
    return index + 1;
  }

  private static String at(String path, String document, String part) {
    return path + " (line 1, column " + column(document, part) + "): ";
  }

  @Test
  void unknownOperatorNamesTheValidIds() {
    String document = "{\"answer\":\"q\",\"operator\":\"equal\"}";

    SurveyJsonException e = error(document);

    assertThat(e).hasMessage(at("$.operator", document, "\"equal\"")
        + "\"equal\" is not a condition operator id; must be one of " + OPERATORS);
    assertThat(e.column()).isEqualTo(26); // {"answer":"q","operator": is 25 characters
  }

  @Test
  void theOperatorMustBeAStringAndPresent() {
    String wrongType = "{\"answer\":\"q\",\"operator\":3}";
    assertThat(error(wrongType)).hasMessage(at("$.operator", wrongType, "3")
        + "expected a condition operator id as a string, found an integer");
    String isNull = "{\"answer\":\"q\",\"operator\":null}";
    assertThat(error(isNull)).hasMessage(at("$.operator", isNull, "null")
        + "expected a condition operator id as a string, found null");
    String missing = "{\"answer\":\"q\",\"value\":3}";
    assertThat(error(missing)).hasMessage(at("$", missing, "}")
        + "member \"operator\" is missing; a comparison must have it");
  }

  @Test
  void aComparisonWithoutOperand() {
    String document = "{\"operator\":\"is-skipped\"}";

    assertThat(error(document)).hasMessage(at("$", document, "}")
        + "a comparison must name its operand in a member such as \"answer\": \"<question id>\"; "
        + SHAPES);
  }

  @Test
  void aComparisonWithTwoOperands() {
    String document = "{\"answer\":\"q\",\"attribute\":\"plan\",\"operator\":\"is-skipped\"}";

    assertThat(error(document)).hasMessage(at("$.attribute", document, "\"plan\"")
        + "a comparison has one operand, but \"answer\" and \"attribute\" both name one (every"
        + " member other than " + RESERVED + " names an operand kind)");
  }

  @Test
  void aMisspeltMemberReadsAsAnOperandKindAndSaysSo() {
    // "vlaue" is a well-formed kind, so it is taken for a second operand.
    String typo = "{\"answer\":\"q\",\"operator\":\"equals\",\"vlaue\":3}";
    assertThat(error(typo).problem()).startsWith(
        "a comparison has one operand, but \"answer\" and \"vlaue\" both name one");
    String typoFirst = "{\"vlaue\":3,\"answer\":\"q\",\"operator\":\"equals\"}";
    assertThat(error(typoFirst)).hasMessage(at("$.vlaue", typoFirst, "3") + "\"vlaue\" names an"
        + " operand kind (it is none of " + RESERVED + "), so its value must be the operand's name as"
        + " a string, found an integer");
    String notAKind = "{\"Answer\":\"q\",\"operator\":\"is-skipped\"}";
    assertThat(error(notAKind)).hasMessage(at("$.Answer", notAKind, "\"q\"") + "\"Answer\" is"
        + " neither a member of a condition (" + RESERVED + ") nor an operand kind, which must be 1"
        + " to 32 characters of lower-case letters, digits and '-', starting with a letter");
  }

  @Test
  void aMissingArgumentNamesWhatTheOperatorTakes() {
    String equals = "{\"answer\":\"q\",\"operator\":\"equals\"}";
    assertThat(error(equals)).hasMessage(at("$", equals, "}")
        + "member \"value\" is missing; operator equals takes \"value\"");
    String range = "{\"answer\":\"q\",\"operator\":\"in-range\",\"max\":6}";
    assertThat(error(range)).hasMessage(at("$", range, "}")
        + "member \"min\" is missing; operator in-range takes \"min\" and \"max\"");
    String oneOf = "{\"answer\":\"q\",\"operator\":\"one-of\"}";
    assertThat(error(oneOf).problem())
        .isEqualTo("member \"values\" is missing; operator one-of takes \"values\"");
  }

  @Test
  void anArgumentTheOperatorDoesNotTakeNamesTheOperator() {
    String skipped = "{\"answer\":\"q\",\"operator\":\"is-skipped\",\"value\":3}";
    assertThat(error(skipped)).hasMessage(at("$.value", skipped, "3")
        + "\"value\" is not an argument of operator is-skipped, which takes no arguments");
    // Arguments may come before the operator: the check waits for the whole object.
    String early = "{\"values\":[1],\"answer\":\"q\",\"operator\":\"equals\",\"value\":1}";
    assertThat(error(early)).hasMessage(at("$.values", early, "[1]")
        + "\"values\" is not an argument of operator equals, which takes \"value\"");
    String range = "{\"answer\":\"q\",\"operator\":\"in-range\",\"min\":0,\"max\":6,\"value\":3}";
    assertThat(error(range).problem())
        .isEqualTo("\"value\" is not an argument of operator in-range, which takes \"min\" and \"max\"");
  }

  @Test
  void argumentsOfTheWrongJsonType() {
    String object = "{\"answer\":\"q\",\"operator\":\"equals\",\"value\":{\"a\":1}}";
    assertThat(error(object)).hasMessage(at("$.value", object, "{\"a\"")
        + "expected a number, a string, true or false or an array of strings, found an object");
    String isNull = "{\"answer\":\"q\",\"operator\":\"equals\",\"value\":null}";
    assertThat(error(isNull)).hasMessage(at("$.value", isNull, "null")
        + "expected a number, a string, true or false or an array of strings, found null");
    String values = "{\"answer\":\"q\",\"operator\":\"one-of\",\"values\":\"a\"}";
    assertThat(error(values)).hasMessage(at("$.values", values, "\"a\"")
        + "expected an array of values (numbers, strings, true or false, or arrays of strings), found a string");
    String nestedList = "{\"answer\":\"q\",\"operator\":\"one-of\",\"values\":[\"a\",[\"b\",{}]]}";
    assertThat(error(nestedList)).hasMessage(at("$.values[1][1]", nestedList, "{}]]}")
        + "expected a code as a string, found an object");
    String code = "{\"answer\":\"q\",\"operator\":\"equals\",\"value\":[\"a\",1]}";
    assertThat(error(code)).hasMessage(at("$.value[1]", code, "1]")
        + "expected a code as a string, found an integer");
    String range = "{\"answer\":\"q\",\"operator\":\"in-range\",\"min\":[0],\"max\":6}";
    assertThat(error(range)).hasMessage(at("$.min", range, "[0]")
        + "expected a number, a string, true or false, found an array");
    String huge = "{\"answer\":\"q\",\"operator\":\"less-than\",\"value\":1e999}";
    assertThat(error(huge)).hasMessage(at("$.value", huge, "1e999")
        + "number out of range: 1e999 is beyond the range of a double");
  }

  @Test
  void nullEmptyAndMixedConditions() {
    assertThat(error("null"))
        .hasMessage("$ (line 1, column 1): expected a condition as a JSON object, found null");
    assertThat(error("[]"))
        .hasMessage("$ (line 1, column 1): expected a condition as a JSON object, found an array");
    assertThat(error("{}")).hasMessage("$ (line 1, column 2): an empty object is not a condition; "
        + SHAPES);
    String notNull = "{\"not\":null}";
    assertThat(error(notNull)).hasMessage(at("$.not", notNull, "null")
        + "expected a condition as a JSON object, found null");
    String elementNull = "{\"anyOf\":[{\"answer\":\"q\",\"operator\":\"is-skipped\"},null]}";
    assertThat(error(elementNull)).hasMessage(at("$.anyOf[1]", elementNull, "null")
        + "expected a condition as a JSON object, found null");
    String notAList = "{\"allOf\":{\"answer\":\"q\",\"operator\":\"is-skipped\"}}";
    assertThat(error(notAList)).hasMessage(at("$.allOf", notAList, "{\"answer\"")
        + "expected an array of conditions, found an object");
    String mixed = "{\"allOf\":[{\"answer\":\"q\",\"operator\":\"is-skipped\"}],\"answer\":\"r\"}";
    assertThat(error(mixed)).hasMessage(at("$.answer", mixed, "\"r\"")
        + "\"allOf\" and \"answer\" cannot be combined in one object: " + SHAPES);
    String twoCombinations = "{\"not\":{\"answer\":\"q\",\"operator\":\"is-skipped\"},\"anyOf\":[]}";
    assertThat(error(twoCombinations).problem())
        .isEqualTo("\"not\" and \"anyOf\" cannot be combined in one object: " + SHAPES);
  }

  @Test
  void nestedFailuresCarryTheirWholePath() {
    String document = "{\"anyOf\":[{\"answer\":\"q\",\"operator\":\"is-skipped\"},"
        + "{\"not\":{\"allOf\":[{\"answer\":\"q\",\"operator\":\"more\"}]}}]}";

    assertThat(error(document).path()).isEqualTo("$.anyOf[1].not.allOf[0].operator");
  }

  @Test
  void duplicateMembersFail() {
    String document = "{\"answer\":\"q\",\"operator\":\"equals\",\"value\":1,\"value\":2}";
    assertThat(error(document).problem()).isEqualTo("member \"value\" is given twice");
  }

  @Test
  void rulesOfTheConditionRecordsKeepTheirTypeAndGainThePath() {
    // Comparison: min 7 above max 3; AllOf: no condition; Operand: a malformed name; contains: an
    // empty text; greater-than: a text. Each message is the record's, under the JSON path.
    assertThatThrownBy(() -> json.readCondition(
            "{\"answer\":\"nps\",\"operator\":\"in-range\",\"min\":7,\"max\":3}"))
        .isInstanceOf(InvalidConditionException.class).hasMessage("$.min = 7: must be ≤ max 3");
    assertThatThrownBy(() -> json.readCondition("{\"allOf\":[{\"answer\":\"q\",\"operator\":"
            + "\"is-answered\"},{\"answer\":\"nps\",\"operator\":\"in-range\",\"min\":7,\"max\":3}]}"))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("$.allOf[1].min = 7: must be ≤ max 3");
    assertThatThrownBy(() -> json.readCondition("{\"not\":{\"allOf\":[]}}"))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("$.not.allOf = []: must hold at least one condition");
    assertThatThrownBy(() -> json.readCondition("{\"answer\":\"q r\",\"operator\":\"is-skipped\"}"))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("$.answer = \"q r\": must be 1 to 128 characters of letters, digits, '_', '-' or"
            + " '.', starting with a letter or digit");
    assertThatThrownBy(() -> json.readCondition("{\"answer\":\"q\",\"operator\":\"contains\",\"value\":\"\"}"))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("$.value = \"\": contains must be given a non-empty text");
    assertThatThrownBy(() -> json.readCondition(
            "{\"answer\":\"q\",\"operator\":\"greater-than\",\"value\":\"7\"}"))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("$.value = \"7\": greater-than compares numbers and must be given a number");
    assertThatThrownBy(() -> json.readCondition(
            "{\"answer\":\"q\",\"operator\":\"one-of\",\"values\":[]}"))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("$.values = []: one-of must be given at least one value");
    assertThatThrownBy(() -> json.readCondition(
            "{\"answer\":\"q\",\"operator\":\"equals\",\"value\":[\"a\",\"\\ud800\"]}"))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("$.value[1] = \"\\ud800\": must be valid Unicode text: it holds an unpaired"
            + " surrogate char");
  }

  @Test
  void deepNestingReadsUpToTheParsersLimitAndFailsPastIt() {
    // Jackson's StreamReadConstraints allow 1000 levels of nesting; each "not" takes one.
    String leaf = "{\"answer\":\"q\",\"operator\":\"is-skipped\"}";
    String deep = "{\"not\":".repeat(999) + leaf + "}".repeat(999);
    Condition read = json.readCondition(deep);
    int depth = 0;
    for (Condition c = read; c instanceof Not not; c = not.condition()) {
      depth++;
    }
    assertThat(depth).isEqualTo(999);
    assertThat(json.writeCondition(read)).isEqualTo(deep);

    String tooDeep = "{\"not\":".repeat(1000) + leaf + "}".repeat(1000);
    assertThat(error(tooDeep).problem())
        .isEqualTo("too large to read: document nesting depth 1001 exceeds the limit of 1000");
  }

  @Test
  void malformedJsonIsLocated() {
    SurveyJsonException e = error("{\"answer\":\"q\",\n\"operator\":\"is-skipped\",}");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).startsWith("malformed JSON: Unexpected character ('}'");
  }
}
