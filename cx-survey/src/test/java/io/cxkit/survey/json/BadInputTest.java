package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.UnknownQuestionTypeException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bad-input set of issue 4: malformed JSON, wrong JSON types, unknown type ids, a class name in
 * "type", duplicate ids and keys, a missing or other format version, unknown members. Every
 * expected message is the one the reader is meant to give: JSON path, line and column where the
 * JSON is at fault; the model's own rule where a value is.
 *
 * <p>Lines and columns are 1-based positions in the documents built here, counted by hand: a
 * wrong or unknown value is located at its first character (the {@code "true"} given for {@code
 * required} starts in column 164 of the one-line survey), a missing member at the closing brace of
 * its object (column 154 once {@code "type":"goal",} is left out).
 */
class BadInputTest {
  private final SurveyJson json = SurveyJson.using(TestTypes.registry());

  private static final String HEAD = "{\"formatVersion\":1,\"id\":\"s\",\"version\":1,"
      + "\"defaultLocale\":\"en\",\"title\":{\"en\":\"T\"},\"kind\":\"product\",\"questions\":[";
  private static final String GOAL =
      "{\"type\":\"goal\",\"id\":\"g\",\"text\":{\"en\":\"x\"},\"required\":true}";
  private static final String RESPONSE_HEAD = "{\"formatVersion\":1,\"id\":\"r\",\"surveyId\":\"s\","
      + "\"surveyVersion\":1,\"submittedAt\":\"2026-11-30T10:15:00Z\",\"status\":\"completed\",";

  private static String survey(String questions) {
    return HEAD + questions + "]}";
  }

  private SurveyJsonException jsonError(String document) {
    return catchThrowableOfType(SurveyJsonException.class, () -> json.readSurvey(document));
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    // Line 3 is `"required":true,}`; the '}' after the comma is its 17th character.
    SurveyJsonException e = jsonError(HEAD + "{\"type\":\"goal\",\"id\":\"g\",\n"
        + "\"text\":{\"en\":\"x\"},\n\"required\":true,}]}");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(17);
    assertThat(e.path()).isEqualTo("$.questions[0]");
    assertThat(e).hasMessage("$.questions[0] (line 3, column 17): malformed JSON: Unexpected "
        + "character ('}' (code 125)): was expecting double-quote to start field name");
  }

  @Test
  void emptyTruncatedAndTrailingInput() {
    assertThat(jsonError("")).hasMessage("$ (line 1): the document is empty");
    assertThat(jsonError(survey(GOAL) + " {}").problem())
        .isEqualTo("unexpected content after the end of the JSON value");
    assertThat(jsonError(HEAD + GOAL).problem()).startsWith("malformed JSON: Unexpected end-of-input");
    assertThat(jsonError("[]")).hasMessage(
        "$ (line 1, column 1): expected a survey document as a JSON object, found an array");
  }

  @Test
  void wrongJsonTypes() {
    assertThat(jsonError(survey(GOAL.replace("true", "\"true\""))).getMessage()).isEqualTo(
        "$.questions[0].required (line 1, column 164): expected true or false, found a string (\"true\")");
    assertThat(jsonError(survey(GOAL.replace("true", "1"))).problem())
        .isEqualTo("expected true or false, found an integer (1)");
    assertThat(jsonError(survey(GOAL.replace("\"g\"", "5"))).problem())
        .isEqualTo("expected a string, found an integer (5)");
    assertThat(jsonError(HEAD.replace("\"version\":1", "\"version\":1.0") + GOAL + "]}"))
        .hasMessage("$.version (line 1, column 39): expected an integer, found a floating-point number (1.0)");
    assertThat(jsonError(HEAD.replace("\"version\":1", "\"version\":\"1\"") + GOAL + "]}").problem())
        .isEqualTo("expected an integer, found a string (\"1\")");
    assertThat(jsonError(survey("{\"type\":\"pick\",\"id\":\"p\",\"text\":{\"en\":\"x\"},"
        + "\"required\":true,\"codes\":\"a\"}")).getMessage())
        .startsWith("$.questions[0].codes (").endsWith("expected an array, found a string");
    assertThat(jsonError(survey(GOAL.replace("\"x\"", "3"))).problem())
        .isEqualTo("the text for \"en\" must be a string, found an integer");
    assertThat(jsonError(survey("{\"type\":\"score\",\"id\":\"n\",\"text\":{\"en\":\"x\"},"
        + "\"required\":true,\"variant\":\"standard\",\"max\":99999999999}")).problem())
        .startsWith("number out of range: Numeric value (99999999999) out of range of int");
  }

  @Test
  void nullOrMissingPrimitivesAndMembers() {
    assertThat(jsonError(survey(GOAL.replace("true", "null"))).getMessage()).isEqualTo(
        "$.questions[0].required (line 1, column 164): member is missing or null; it must be true or false");
    assertThat(jsonError(survey(GOAL.replace(",\"required\":true", ""))).path())
        .isEqualTo("$.questions[0].required");
    assertThat(catchThrowableOfType(SurveyJsonException.class, () -> json.readResponse(
            RESPONSE_HEAD + "\"answers\":{\"q1\":{\"type\":\"goal\"}}}")).getMessage())
        .isEqualTo("$.answers.q1 (line 1, column 150): member \"outcome\" is missing or null");
    assertThat(catchThrowableOfType(SurveyJsonException.class,
            () -> json.readResponse(RESPONSE_HEAD + "\"lastQuestionSeen\":null}")).problem())
        .isEqualTo("member \"answers\" is missing or null; a response document must have it");
  }

  @Test
  void unknownTypeIdNamesIdLocationAndRegisteredIds() {
    UnknownQuestionTypeException e = catchThrowableOfType(UnknownQuestionTypeException.class,
        () -> json.readSurvey(HEAD + GOAL + ",\n {\"id\":\"r\",\n\"type\":\"ranking\","
            + "\"text\":{\"en\":\"x\"},\"required\":true}]}"));

    // "ranking" starts in column 8 of line 3: `"type":` takes the first 7 characters.
    assertThat(e).hasMessage("$.questions[1].type (line 3, column 8) = \"ranking\": unknown "
        + "question type; registered types are score, pick, goal");
    assertThat(e.typeId()).isEqualTo("ranking");
    assertThat(e.location()).isEqualTo("$.questions[1].type (line 3, column 8)");
    assertThat(e.registeredIds()).containsExactly("score", "pick", "goal");
  }

  @Test
  void unknownAnswerTypeInAResponse() {
    assertThatThrownBy(() -> json.readResponse(
            RESPONSE_HEAD + "\"answers\":{\"q-1\":{\"type\":\"nps\",\"score\":3}}}"))
        .isInstanceOf(UnknownQuestionTypeException.class)
        .hasMessageStartingWith("$.answers.q-1.type (line 1, column 145) = \"nps\": unknown question type");
  }

  @Test
  void aClassNameInTypeIsJustAnUnknownId() {
    for (String className : List.of("io.cxkit.survey.json.TestTypes$GoalQuestion",
        TestTypes.GoalQuestion.class.getName(), "java.util.HashMap")) {
      assertThatThrownBy(() -> json.readSurvey(survey(GOAL.replace("\"goal\"", "\"" + className + "\""))))
          .isInstanceOf(UnknownQuestionTypeException.class)
          .hasMessageContaining("= \"" + className + "\": unknown question type");
    }
    assertThat(jsonError(survey("{\"@class\":\"java.lang.Object\"," + GOAL.substring(1))).problem())
        .isEqualTo("unknown member \"@class\"; known members are \"id\", \"text\", \"required\"");
  }

  @Test
  void missingTypeNamesTheObject() {
    assertThat(jsonError(survey(GOAL.replace("\"type\":\"goal\",", ""))).getMessage()).isEqualTo(
        "$.questions[0] (line 1, column 154): a question must name its type in a \"type\" member;"
            + " registered types are score, pick, goal");
    assertThatThrownBy(() -> json.readAnswer("{\"score\":3}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("an answer must name its type");
  }

  @Test
  void duplicateQuestionIdsAreTheModelsErrorAtTheirJsonPath() {
    InvalidSurveyException e = catchThrowableOfType(InvalidSurveyException.class,
        () -> json.readSurvey(survey(GOAL + "," + GOAL)));

    assertThat(e).hasMessage("$.questions[1].id = \"g\": duplicates the id of questions[0];"
        + " question ids must be unique");
    assertThat(e.field()).isEqualTo("$.questions[1].id");
    assertThat(e.getCause()).isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("questions[1].id = ");
  }

  @Test
  void duplicateKeysFail() {
    assertThat(jsonError(survey(GOAL.replace("\"id\":\"g\"", "\"id\":\"g\",\"id\":\"h\"")))
        .problem()).isEqualTo("member \"id\" is given twice");
    assertThat(jsonError(survey(GOAL).replace("\"title\":{\"en\":\"T\"}",
        "\"title\":{\"en\":\"T\",\"en\":\"U\"}")).problem()).isEqualTo("member \"en\" is given twice");
  }

  @Test
  void formatVersionIsRequiredAndChecked() {
    assertThat(jsonError(survey(GOAL).replace("\"formatVersion\":1,", "")).problem()).isEqualTo(
        "member \"formatVersion\" is missing; a survey document must carry \"formatVersion\": 1");
    assertThat(jsonError(survey(GOAL).replace("\"formatVersion\":1", "\"formatVersion\":2")))
        .hasMessage("$.formatVersion (line 1, column 18): formatVersion 2 is not supported;"
            + " this release reads formatVersion 1");
    assertThat(jsonError(survey(GOAL).replace("\"formatVersion\":1", "\"formatVersion\":\"1\""))
        .problem()).isEqualTo("formatVersion must be the integer 1, the format version this "
            + "release reads; found a string");
    assertThat(catchThrowableOfType(SurveyJsonException.class, () -> json.readResponse(
            RESPONSE_HEAD.replace("\"formatVersion\":1,", "") + "\"answers\":{}}")).problem())
        .isEqualTo("member \"formatVersion\" is missing; a response document must carry \"formatVersion\": 1");
  }

  @Test
  void unknownMembersFailEverywhere() {
    assertThat(jsonError(survey(GOAL).replace("{\"formatVersion\":1,", "{\"formatVersion\":1,\"colour\":1,")))
        .satisfies(e -> assertThat(e.path()).isEqualTo("$.colour"))
        .satisfies(e -> assertThat(e.problem()).startsWith("unknown member \"colour\"; known members"
            + " are \"formatVersion\", \"id\", \"version\""));
    assertThat(jsonError(survey(GOAL.replace("\"id\"", "\"colour\":1,\"id\""))).path())
        .isEqualTo("$.questions[0].colour");
    assertThat(catchThrowableOfType(SurveyJsonException.class, () -> json.readResponse(
            RESPONSE_HEAD + "\"context\":{\"browser\":\"x\"},\"answers\":{}}")).path())
        .isEqualTo("$.context.browser");
    assertThat(catchThrowableOfType(SurveyJsonException.class, () -> json.readResponse(
            RESPONSE_HEAD + "\"respondent\":{\"contactConsent\":false,\"age\":3},\"answers\":{}}"))
        .path()).isEqualTo("$.respondent.age");
  }

  @Test
  void badIdsAndEnumsAtTheirPath() {
    assertThat(jsonError(survey(GOAL).replace("\"product\"", "\"sometimes\""))).hasMessage(
        "$.kind (line 1, column 88): \"sometimes\" is not a survey kind id; must be one of "
            + "\"transactional\", \"relationship\", \"product\", \"exit-feedback\", \"embedded\"");
    assertThat(jsonError(survey(GOAL).replace("\"en\",", "\"en_US\",")).problem()).isEqualTo(
        "\"en_US\" is not a well-formed BCP 47 language tag such as \"en\", \"ru-RU\" or \"zh-Hans\"");
    assertThat(catchThrowableOfType(SurveyJsonException.class, () -> json.readResponse(
            RESPONSE_HEAD + "\"answers\":{\"q1\":{\"type\":\"goal\",\"outcome\":\"not_achieved\"}}}"))
        .problem()).isEqualTo("\"not_achieved\" is not a goal outcome id; must be one of "
            + "\"fully\", \"partially\", \"not-achieved\"");
    assertThat(catchThrowableOfType(SurveyJsonException.class, () -> json.readResponse(
            RESPONSE_HEAD.replace("10:15:00Z", "10:15:00") + "\"answers\":{}}")).problem())
        .isEqualTo("\"2026-11-30T10:15:00\" is not an ISO-8601 instant in UTC such as \"2026-11-30T10:15:00Z\"");
    assertThatThrownBy(() -> json.readSurvey(survey(GOAL).replace("\"id\":\"s\"", "\"id\":\"s s\"")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("$.id = \"s s\": must be 1 to 128 characters");
  }

  @Test
  void aTypesOwnEnumOfTheIdConventionReadsOnlyItsIds() {
    // Column 82 is the opening quote of "ONE_COLUMN", counted 1-based in the one-line document.
    String pick = "{\"type\":\"pick\",\"id\":\"p\",\"text\":{\"en\":\"x\"},\"required\":true,"
        + "\"codes\":[\"a\"],\"layout\":\"%s\"}";

    assertThat(json.readQuestion(String.format(pick, "one-column")))
        .isEqualTo(new TestTypes.PickQuestion("p", io.cxkit.survey.LocalizedText.of("en", "x"), true,
            List.of("a"), TestTypes.Layout.ONE_COLUMN, null));
    assertThatThrownBy(() -> json.readQuestion(String.format(pick, "ONE_COLUMN")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.layout (line 1, column 82): \"ONE_COLUMN\" is not a layout id; must be one of"
            + " \"one-column\", \"two-columns\"");
  }

  @Test
  void modelRulesKeepTheirTypeAndGainThePath() {
    assertThatThrownBy(() -> json.readSurvey(survey("{\"type\":\"score\",\"id\":\"n\",\"text\":"
            + "{\"en\":\"x\"},\"required\":true,\"variant\":\"standard\",\"max\":0}")))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("$.questions[0].max = 0: must be ≥ 1");
    assertThatThrownBy(() -> json.readSurvey(survey(GOAL.replace("\"x\"", "\" \""))))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("$.questions[0].text.en = \" \": must not be blank");
    assertThatThrownBy(() -> json.readSurvey(survey(GOAL.replace("\"en\":\"x\"", "\"de\":\"x\""))))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.questions[0].text = [de]: must have a text for the survey's default locale en");
    assertThatThrownBy(() -> json.readSurvey(survey("null")))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("$.questions[0] = null: must be a question, not null");
    assertThatThrownBy(() -> json.readSurvey(HEAD + "]}"))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("$.questions = []: must hold at least one question");
  }

  @Test
  void responseRulesNameTheirPathOnce() {
    assertThatThrownBy(() -> json.readResponse(RESPONSE_HEAD
            + "\"respondent\":{\"contactConsent\":true,\"contact\":{\"email\":\"ab.example\"}},\"answers\":{}}"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("$.respondent.contact.email = (redacted): must be an e-mail address of the form name@domain");
    assertThatThrownBy(() -> json.readResponse(RESPONSE_HEAD
            + "\"respondent\":{\"contactConsent\":false,\"contact\":{\"email\":\"a@b.example\"}},\"answers\":{}}"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("$.respondent.contact = ContactDetails[email=(redacted)");
    assertThatThrownBy(() -> json.readResponse(RESPONSE_HEAD + "\"context\":{\"touchpointId\":\"a b\"},\"answers\":{}}"))
        .isInstanceOf(InvalidResponseException.class).hasMessageStartingWith("$.context.touchpointId = \"a b\": ");
    assertThatThrownBy(() -> json.readResponse(RESPONSE_HEAD + "\"answers\":{\"q1\":null}}"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("$.answers.q1 = null: must be an answer, not null; leave a skipped question out");
    assertThatThrownBy(() -> json.readResponse(RESPONSE_HEAD.replace("completed", "partial") + "\"answers\":{}}"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("$.lastQuestionSeen = null: a partial response must name the last question seen");
  }

  @Test
  void aJavaExceptionFromARecordIsNotLeaked() {
    // PickQuestion copies its codes with List.copyOf, which throws NullPointerException for null.
    assertThat(jsonError(survey("{\"type\":\"pick\",\"id\":\"p\",\"text\":{\"en\":\"x\"},"
        + "\"required\":true,\"codes\":[null]}")).problem())
        .isEqualTo("cannot be built: a member holds null where a value is required");
  }
}
