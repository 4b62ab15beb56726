package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.Response;
import io.cxkit.survey.UnknownQuestionTypeException;
import io.cxkit.survey.types.NpsAnswer;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile input a reviewer tried against the built-in types: JSON {@code null} documents, the
 * wrapper-array form of a type id, scalars where a question or answer belongs, nesting and lengths
 * past the parser's limits, huge and odd numbers, control characters and unpaired surrogates, very
 * long values, locales, instants without a zone and answers of the wrong type. Each must fail with
 * a CxException naming the JSON path (with line and column when Jackson knows them), the value and
 * the rule; values in messages are escaped and cut to 64 code points, so a message never carries an
 * invisible character or a megabyte of input.
 *
 * <p>Columns are 1-based and computed from the document with {@code indexOf} (the first character
 * of the offending value), so they follow the documents written here.
 */
class HostileInputTest {
  private final SurveyJson json = SurveyJson.standard();

  private static final String HEAD = "{\"formatVersion\":1,\"id\":\"s\",\"version\":1,"
      + "\"defaultLocale\":\"en\",\"title\":{\"en\":\"T\"},\"kind\":\"product\",\"questions\":[";
  private static final String NPS =
      "{\"type\":\"nps\",\"id\":\"n\",\"text\":{\"en\":\"x\"},\"required\":true,\"variant\":\"standard\"}";
  private static final String RESPONSE_HEAD = "{\"formatVersion\":1,\"id\":\"r\",\"surveyId\":\"s\","
      + "\"surveyVersion\":1,\"submittedAt\":\"2026-11-30T10:15:00Z\",\"status\":\"completed\",";

  private static String survey(String questions) {
    return HEAD + questions + "]}";
  }

  private static String response(String members, String answers) {
    return RESPONSE_HEAD + members + "\"answers\":" + answers + "}";
  }

  /** @return the 1-based column of the first occurrence of {@code part} in a one-line document */
  private static int column(String document, String part) {
    int index = document.indexOf(part);
    assertThat(index).as("%s in %s", part, document).isNotNegative();
    return index + 1;
  }

  @Test
  void aNullDocumentIsRefusedNotReturned() {
    // Before: readSurvey("null") returned null, so the caller's next call threw an NPE.
    assertThatThrownBy(() -> json.readSurvey("null")).isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 1, column 1): expected a survey document as a JSON object, found null");
    assertThatThrownBy(() -> json.readSurvey(new StringReader(" null")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 1, column 2): expected a survey document as a JSON object, found null");
    assertThatThrownBy(() -> json.readResponse(
            new ByteArrayInputStream("null".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 1, column 1): expected a response document as a JSON object, found null");
    assertThatThrownBy(() -> json.readQuestion("null")).isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 1, column 1): expected a question as a JSON object, found null");
    assertThatThrownBy(() -> json.readAnswer("\n null")).isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 2, column 2): expected an answer as a JSON object, found null");
  }

  @Test
  void contentAfterTheValueIsStillRefusedAndLocated() {
    String document = survey(NPS) + " {}";
    assertThatThrownBy(() -> json.readSurvey(document)).isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 1, column " + (column(document, " {}") + 1) + "): unexpected content"
            + " after the end of the JSON value");
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"nps\",\"score\":9} 1"))
        .isInstanceOf(SurveyJsonException.class)
        // The object ends in column 24; after a space, the 1 stands in column 26.
        .hasMessage("$ (line 1, column 26): unexpected content after the end of the JSON value");
  }

  @Test
  void theWrapperArrayFormOfATypeIdIsRefused() {
    // Jackson's property type ids also accept ["nps", {...}]; SurveyJson never writes it and the
    // schema requires an object, so reading it would accept what the schema refuses.
    String wrapped = "[\"nps\",{\"id\":\"n\",\"text\":{\"en\":\"x\"},\"required\":true,"
        + "\"variant\":\"standard\"}]";
    String document = survey(wrapped);
    assertThatThrownBy(() -> json.readSurvey(document)).isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.questions[0] (line 1, column " + column(document, wrapped) + "): expected a"
            + " question as a JSON object with a \"type\" member, found an array");
    assertThatThrownBy(() -> json.readQuestion(wrapped)).isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 1, column 1): expected a question as a JSON object with a \"type\""
            + " member, found an array");
    String answers = response("", "{\"n\":[\"nps\",{\"score\":9}]}");
    assertThatThrownBy(() -> json.readResponse(answers)).isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.answers.n (line 1, column " + column(answers, "[\"nps\"") + "): expected an"
            + " answer as a JSON object with a \"type\" member, found an array");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "5          | an integer",
      "\"nps\"    | a string",
      "true       | a boolean",
      "[]         | an array",
      "[[[[[]]]]] | an array"})
  void aScalarOrArrayWhereAQuestionBelongs(String value, String found) {
    String document = survey(value);
    assertThatThrownBy(() -> json.readSurvey(document)).isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.questions[0] (line 1, column " + column(document, value + "]}") + "): expected"
            + " a question as a JSON object with a \"type\" member, found " + found);
  }

  @Test
  void nestingPastTheParsersLimitIsLocatedAndWorded() {
    // Jackson's StreamReadConstraints allow 1000 levels; a question whose "type" comes last is
    // buffered whole, so the limit trips inside an unknown member before it is refused as unknown.
    String deep = "[".repeat(1500) + "]".repeat(1500);
    SurveyJsonException e = catchThrowableOfType(SurveyJsonException.class,
        () -> json.readQuestion("{\"id\":\"n\",\"x\":" + deep + ",\"type\":\"nps\"}"));

    assertThat(e.problem()).isEqualTo(
        "too large to read: document nesting depth 1001 exceeds the limit of 1000");
    // The 1001st level opens at column 15 + 999 = 1014 ({"id":"n","x": takes 14 characters); the
    // parser stands just after it. The path is cut after 32 levels.
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1015);
    assertThat(e.path()).isEqualTo("$.x" + "[0]".repeat(31) + "…");
  }

  @Test
  void numbersAndNamesPastTheParsersLimits() {
    String digits = "9".repeat(5000);
    String document = "{\"type\":\"nps\",\"score\":" + digits + "}";
    SurveyJsonException e = catchThrowableOfType(SurveyJsonException.class,
        () -> json.readAnswer(document));
    // Jackson's default limit: numbers of at most 1000 characters.
    // The parser reports where it stands once the digits are read: on the closing brace.
    assertThat(e).hasMessage("$.score (line 1, column " + document.length() + "): too large"
        + " to read: number value length 5000 exceeds the limit of 1000");

    String name = "x".repeat(60_000);
    // Jackson's default limit: member names of at most 50000 characters.
    assertThat(catchThrowableOfType(SurveyJsonException.class,
            () -> json.readAnswer("{\"type\":\"nps\",\"" + name + "\":1}")).problem())
        .isEqualTo("too large to read: name length 60000 exceeds the limit of 50000");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // 1e400 is a JSON number no double holds; for an int member it is not an integer at all.
      "1e400                 | expected an integer, found a floating-point number (1e400)",
      "-0.0                  | expected an integer, found a floating-point number (-0.0)",
      "2.0                   | expected an integer, found a floating-point number (2.0)",
      "9223372036854775808   | number out of range: Numeric value (9223372036854775808) out of range of int (-2147483648 - 2147483647)",
      "2147483648            | number out of range: Numeric value (2147483648) out of range of int (-2147483648 - 2147483647)"})
  void hugeAndOddNumbersForAnIntMember(String number, String problem) {
    String document = HEAD.replace("\"version\":1", "\"version\":" + number) + NPS + "]}";
    assertThatThrownBy(() -> json.readSurvey(document)).isInstanceOf(SurveyJsonException.class)
        .hasMessageStartingWith("$.version (line 1, column ")
        .hasMessageEndingWith("): " + problem);
  }

  @Test
  void nonNumericTokensAndNegativeZero() {
    // Before, Jackson's advice followed: "enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to
    // allow", which a caller of SurveyJson cannot do.
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"nps\",\"score\":NaN}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.score (line 1, column 26): malformed JSON: Non-standard token 'NaN' (not"
            + " allowed in strict JSON, RFC 8259)");
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"nps\",\"score\":-Infinity}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("malformed JSON: Non-standard token '-Infinity'")
        .hasMessageNotContaining("enable");
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"nps\",/* c */\"score\":1}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("maybe a (non-standard) comment? (not allowed in strict JSON, RFC 8259)");
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"nps\",\"score\":+1}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("JSON spec does not allow numbers to have plus signs (not allowed in"
            + " strict JSON, RFC 8259)");
    // RFC 8259: -0 is an integer equal to 0, so it reads as a score of 0 (and is written as 0).
    assertThat(json.readAnswer("{\"type\":\"nps\",\"score\":-0}")).isEqualTo(new NpsAnswer(0));
    assertThatThrownBy(() -> json.readSurvey(HEAD.replace("\"version\":1", "\"version\":-0") + NPS + "]}"))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("$.version = 0: must be ≥ 1");
    assertThatThrownBy(() -> json.readSurvey(HEAD.replace("\"formatVersion\":1", "\"formatVersion\":-0")
            + NPS + "]}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.formatVersion (line 1, column 18): formatVersion -0 is not supported; this"
            + " release reads formatVersion 1");
  }

  @Test
  void anUnclosedObjectSaysWhereItOpenedWithoutJacksonsSourceDescription() {
    // Before: "… expected close marker for Object (start marker at [Source: REDACTED
    // (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])".
    assertThatThrownBy(() -> json.readSurvey("{\n"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 2, column 1): malformed JSON: Unexpected end-of-input: expected close"
            + " marker for Object (opened at line 1, column 1)");
  }

  @Test
  void controlCharactersInIdsAreEscapedInMessages() {
    // Before: the message held the raw U+0001 / newline / U+0007 and printed as "s", a line break, "".
    assertThatThrownBy(() -> json.readSurvey(HEAD.replace("\"id\":\"s\"", "\"id\":\"s\\u0001\"")
            + NPS + "]}"))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.id = \"s\\u0001\": must be 1 to 128 characters of letters, digits, '_', '-'"
            + " or '.', starting with a letter or digit");
    assertThatThrownBy(() -> json.readSurvey(survey(NPS.replace("\"n\"", "\"n\\n\""))))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("$.questions[0].id = \"n\\u000a\": must be 1 to 128 characters");
    assertThatThrownBy(() -> json.readResponse(response("",
            "{\"\\u0007\":{\"type\":\"nps\",\"score\":9}}")))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("$.answers = \"\\u0007\": must be 1 to 128 characters");
    // A raw control character is not JSON at all (RFC 8259 section 7).
    assertThatThrownBy(() -> json.readResponse(response("\"context\":{\"device\":\"\u0000\"},", "{}")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("$.context.device (line 1, column ")
        .hasMessageContaining("malformed JSON: Illegal unquoted character ((CTRL-CHAR, code 0))");
  }

  @Test
  void controlCharactersInMemberNamesAreEscapedInPaths() {
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"nps\",\"score\":9,\"a\\u0000'b\":1}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageStartingWith("$['a\\u0000\\'b'] (line 1, column ")
        .hasMessageContaining("unknown member \"a\\u0000'b\"; known members are \"score\"");
  }

  @Test
  void veryLongValuesAreCutInMessages() {
    String id = "a".repeat(100_000);
    // 64 code points are shown, then … and the length.
    assertThatThrownBy(() -> json.readSurvey(HEAD.replace("\"id\":\"s\"", "\"id\":\"" + id + "\"")
            + NPS + "]}"))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.id = \"" + "a".repeat(64) + "…\" (100000 characters): must be 1 to 128"
            + " characters of letters, digits, '_', '-' or '.', starting with a letter or digit");
    assertThatThrownBy(() -> json.readQuestion("{\"type\":\"" + id + "\"}"))
        .isInstanceOf(UnknownQuestionTypeException.class)
        .hasMessageStartingWith("$.type (line 1, column 9) = \"" + "a".repeat(64) + "…\" (100000"
            + " characters): unknown question type");
    assertThatThrownBy(() -> json.readSurvey(HEAD.replace("\"product\"", "\"" + id + "\"") + NPS + "]}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining(": \"" + "a".repeat(64) + "…\" (100000 characters) is not a survey kind id");
    // A long text is fine where the model allows it: 100000 code points of open text.
    assertThat(json.readAnswer("{\"type\":\"open_text\",\"text\":\"" + id + "\"}")).isNotNull();
  }

  @Test
  void unpairedSurrogatesInTextsAreRefused() {
    // Such a string has no UTF-8 form: written to a file it became "?" and read back as another
    // text. Before, all of these were read without complaint.
    String rule = "must be valid Unicode text: it holds an unpaired surrogate char";
    assertThatThrownBy(() -> json.readSurvey(HEAD.replace("{\"en\":\"T\"}", "{\"en\":\"T\\ud800\"}")
            + NPS + "]}"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.title.en = \"T\\ud800\": " + rule);
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"open_text\",\"text\":\"a\\udc00b\"}"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("$.text = \"a\\udc00b\": " + rule);
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"single_choice\",\"choice\":\"other\","
            + "\"otherText\":\"\\ud83d\"}"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("$.otherText = \"\\ud83d\": " + rule);
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"multiple_choice\",\"choices\":[\"a\\udfff\"]}"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("$.choices[0] = \"a\\udfff\": " + rule);
    assertThatThrownBy(() -> json.readResponse(response("\"context\":{\"variant\":\"\\ud800\"},", "{}")))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("$.context.variant = \"\\ud800\": " + rule);
    // A whole pair is one character (U+1F600) and passes.
    assertThat(json.readAnswer("{\"type\":\"open_text\",\"text\":\"\\ud83d\\ude00\"}")).isNotNull();
  }

  @Test
  void unpairedSurrogatesInContactDetailsAreRefusedWithoutTheDetail() {
    String email = "a\\ud800@b.example";
    assertThatThrownBy(() -> json.readResponse(response("\"respondent\":{\"id\":\"c\","
            + "\"contactConsent\":true,\"contact\":{\"email\":\"" + email + "\"}},", "{}")))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("$.respondent.contact = (redacted): must be valid Unicode text: it holds an"
            + " unpaired surrogate char");
    assertThatThrownBy(() -> json.readResponse(response("",
            "{\"c\":{\"type\":\"contact_consent\",\"consent\":true,\"email\":\"" + email + "\"}}")))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("$.answers.c.email = (redacted): must be valid Unicode text: it holds an"
            + " unpaired surrogate char");
  }

  @Test
  void invalidUtf8IsLocated() {
    byte[] document = (HEAD.replace("{\"en\":\"T\"}", "{\"en\":\"T_\"}") + NPS + "]}")
        .getBytes(StandardCharsets.UTF_8);
    int at = new String(document, StandardCharsets.ISO_8859_1).indexOf('_');
    document[at] = (byte) 0xFF; // never a UTF-8 byte
    byte[] bytes = document;
    assertThatThrownBy(() -> json.readSurvey(new ByteArrayInputStream(bytes)))
        .isInstanceOf(SurveyJsonException.class)
        // The bad byte is at column at + 1; Jackson reports the position after it.
        .hasMessage("$.title (line 1, column " + (at + 2) + "): malformed JSON: Invalid UTF-8 start"
            + " byte 0xff");
  }

  @Test
  void typeMembersThatAreNoId() {
    String expected = "unknown question type; registered types are nps, csat, ces, rating,"
        + " goal_completion, single_choice, multiple_choice, open_text, contact_consent";
    for (String type : new String[] {"\"\"", "\"NPS\"", "\"io.cxkit.survey.types.NpsQuestion\""}) {
      assertThatThrownBy(() -> json.readQuestion(NPS.replace("\"nps\"", type)))
          .isInstanceOf(UnknownQuestionTypeException.class)
          .hasMessage("$.type (line 1, column 9) = " + type + ": " + expected);
    }
    for (String type : new String[] {"null", "{}", "[\"nps\"]"}) {
      assertThatThrownBy(() -> json.readQuestion(NPS.replace("\"nps\"", type)))
          .isInstanceOf(SurveyJsonException.class)
          .hasMessageContaining("a question must name its type in a \"type\" member");
    }
    assertThatThrownBy(() -> json.readQuestion(NPS.replace("{\"type\":\"nps\",",
            "{\"@class\":\"io.cxkit.survey.types.NpsQuestion\",\"type\":\"nps\",")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageStartingWith("$['@class'] (line 1, column ")
        .hasMessageContaining("unknown member \"@class\"");
  }

  @Test
  void answersAndQuestionsInTheWrongShape() {
    assertThatThrownBy(() -> json.readResponse(response("", "[]")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("$.answers (line 1, column 130): expected an object, found an array");
    assertThatThrownBy(() -> json.readResponse(response("", "null")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("member \"answers\" is missing or null; a response document must have it");
    assertThatThrownBy(() -> json.readSurvey(HEAD.replace("\"questions\":[", "\"questions\":{}}")
            .replace("}}", "}")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("): expected an array, found an object");
    // An answer's type is the question's type id; members of another type are unknown here.
    assertThatThrownBy(() -> json.readResponse(response("",
            "{\"n\":{\"type\":\"nps\",\"outcome\":\"fully\"}}")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageStartingWith("$.answers.n.score (line 1, column ");
  }

  @Test
  void localesAtTheEdgesOfBcp47() {
    Function<String, Response> withLocale = tag -> json.readResponse(
        response("\"context\":{\"locale\":\"" + tag + "\"},", "{}"));
    // Well-formed tags read and write back unchanged (Locale#toLanguageTag).
    for (String tag : new String[] {"x-private", "zh-Hans-CN-u-nu-hanidec", "und", "ru-RU"}) {
      Response read = withLocale.apply(tag);
      assertThat(read.context().locale()).isEqualTo(Locale.forLanguageTag(tag));
      assertThat(json.writeResponse(read)).contains("\"locale\":\"" + tag + "\"");
    }
    assertThatThrownBy(() -> withLocale.apply("")).isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("\"\" is not a well-formed BCP 47 language tag such as \"en\","
            + " \"ru-RU\" or \"zh-Hans\"");
    // "NY" is no BCP 47 variant (5 to 8 characters, or a digit and 3 more).
    assertThatThrownBy(() -> withLocale.apply("no-NO-NY")).isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("\"no-NO-NY\" is not a well-formed BCP 47 language tag");
    assertThatThrownBy(() -> json.readSurvey(HEAD.replace("{\"en\":\"T\"}", "{\"en\":\"T\",\"\":\"U\"}")
            + NPS + "]}"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.title = \"\": a locale must be a BCP 47 language tag such as \"en\" or \"zh-Hans\"");
  }

  @Test
  void instantsWithoutAZoneAreRefused() {
    assertThatThrownBy(() -> json.readResponse(RESPONSE_HEAD.replace("10:15:00Z", "10:15:00")
            + "\"answers\":{}}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.submittedAt (line 1, column 76): \"2026-11-30T10:15:00\" is not an ISO-8601"
            + " instant in UTC such as \"2026-11-30T10:15:00Z\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"required\":\"\"  | $.required | expected true or false, found an empty string (\"\")",
      "\"required\":\" \" | $.required | expected true or false, found a blank string"})
  void emptyAndBlankStringsForAFlag(String member, String path, String problem) {
    // Before: Jackson's own words, "Cannot coerce empty String ("") to `boolean` value (but could if
    // coercion was enabled using `CoercionConfig`)".
    String question = NPS.replace("\"required\":true", member);
    SurveyJsonException e = catchThrowableOfType(SurveyJsonException.class,
        () -> json.readQuestion(question));
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.column()).isEqualTo(column(question, member) + "\"required\":".length());
    assertThat(e.problem()).isEqualTo(problem);
  }

  @Test
  void emptyStringsWhereAnObjectArrayOrNumberBelongs() {
    assertThat(catchThrowableOfType(SurveyJsonException.class,
            () -> json.readAnswer("{\"type\":\"nps\",\"score\":\"\"}")))
        .hasMessage("$.score (line 1, column 23): expected an integer, found an empty string (\"\")");
    assertThat(catchThrowableOfType(SurveyJsonException.class,
            () -> json.readAnswer("{\"type\":\"multiple_choice\",\"choices\":\"\"}")))
        .hasMessage("$.choices (line 1, column 37): expected an array, found an empty string (\"\")");
    // Before, this one named a Java class: "to `io.cxkit.survey.Respondent` value".
    assertThat(catchThrowableOfType(SurveyJsonException.class,
            () -> json.readResponse(response("\"respondent\":\"\",", "{}"))).problem())
        .isEqualTo("expected an object, found an empty string (\"\")");
    assertThat(catchThrowableOfType(SurveyJsonException.class,
            () -> json.readResponse(response("\"context\":{\"attributes\":\"\"},", "{}"))).problem())
        .isEqualTo("expected an object, found an empty string (\"\")");
  }

  @Test
  void aStringForAnIntegerIsShownEscapedAndCut() {
    String digits = "1".repeat(100_000);
    assertThat(catchThrowableOfType(SurveyJsonException.class, () -> json.readSurvey(
            HEAD.replace("\"version\":1", "\"version\":\"" + digits + "\"") + NPS + "]}")).problem())
        .isEqualTo("expected an integer, found a string (\"" + "1".repeat(64) + "…\" (100000 characters))");
    // A value holding Jackson's own ") to `" is shown whole, and the newline escaped.
    assertThat(catchThrowableOfType(SurveyJsonException.class, () -> json.readSurvey(
            HEAD.replace("\"version\":1", "\"version\":\"1\\n) to `x\"") + NPS + "]}")).problem())
        .isEqualTo("expected an integer, found a string (\"1\\u000a) to `x\")");
  }

  @Test
  void anAttributeNameWithAControlCharacterIsEscapedInThePath() {
    // The name itself is allowed (any non-blank text); the message shows it escaped.
    assertThatThrownBy(() -> json.readResponse(response(
            "\"context\":{\"attributes\":{\"order\\u0007\":\"\\udc00\"}},", "{}")))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("$.context.attributes.order\\u0007 = \"\\udc00\": must be valid Unicode text: it"
            + " holds an unpaired surrogate char");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "5    | an integer (5)",
      "9.5  | a floating-point number (9.5)",
      "true | a boolean (true)"})
  void aTypeThatIsNoStringIsNamedAsSuch(String type, String found) {
    // Before: Jackson read 5 as the text "5", reported as the unknown type id "5".
    String question = NPS.replace("\"nps\"", type);
    assertThatThrownBy(() -> json.readQuestion(question))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.type (line 1, column 9): expected a question type id as a string, found "
            + found + "; registered types are nps, csat, ces, rating, goal_completion,"
            + " single_choice, multiple_choice, open_text, contact_consent");
    // A string is an id, however odd: "5" is unknown.
    assertThatThrownBy(() -> json.readQuestion(NPS.replace("\"nps\"", "\"5\"")))
        .isInstanceOf(UnknownQuestionTypeException.class);
  }
}
