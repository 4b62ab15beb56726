package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.Survey;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.InvalidConditionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A survey's {@code routing} in JSON: the two routed surveys of issue 5 ({@link RoutingExamples})
 * as hand-written fixtures, and bad routing with the reader's exact messages. Lines and columns are
 * 1-based positions in the one-line documents built here, found with {@code indexOf} on a part that
 * occurs once (a value at its first character, a missing member at its object's closing brace).
 */
class RoutingJsonTest {
  private static final SurveyJson STANDARD = SurveyJson.standard();
  private static final Schema SURVEY_SCHEMA =
      SchemaValidation.compile(SurveySchema.of(STANDARD.registry()).survey());

  /** The exit-feedback survey with its three questions and no routing: "routing" is appended. */
  private static final String QUESTIONS = "{\"formatVersion\":1,\"id\":\"s\",\"version\":1,"
      + "\"defaultLocale\":\"en\",\"title\":{\"en\":\"T\"},\"kind\":\"exit-feedback\",\"questions\":["
      + "{\"type\":\"goal_completion\",\"id\":\"goal\",\"text\":{\"en\":\"x\"},\"required\":true},"
      + "{\"type\":\"single_choice\",\"id\":\"reasons\",\"text\":{\"en\":\"x\"},\"required\":true,"
      + "\"choices\":[{\"code\":\"price\",\"label\":{\"en\":\"x\"}}]},"
      + "{\"type\":\"contact_consent\",\"id\":\"contact\",\"text\":{\"en\":\"x\"},\"required\":false}]";

  private static String routed(String rules) {
    return QUESTIONS + ",\"routing\":[" + rules + "]}";
  }

  private static SurveyJsonException error(String document) {
    SurveyJsonException e = catchThrowableOfType(SurveyJsonException.class,
        () -> STANDARD.readSurvey(document));
    assertThat(e).as(document).isNotNull();
    return e;
  }

  private static String at(String path, String document, String part) {
    int index = document.indexOf(part);
    assertThat(index).as("%s in %s", part, document).isNotNegative();
    assertThat(document.indexOf(part, index + 1)).as("%s once in %s", part, document).isNegative();
    return path + " (line 1, column " + (index + 1) + "): ";
  }

  @ParameterizedTest
  @CsvSource({"routed-exit-feedback.survey.json, exitFeedback", "routed-nps.survey.json, npsFollowUps"})
  void theIssuesRoutedSurveysAreTheirFixtures(String fixture, String example) {
    Survey expected = example.equals("exitFeedback") ? RoutingExamples.exitFeedback()
        : RoutingExamples.npsFollowUps();
    String text = FixturesTest.fixture(fixture);

    Survey read = STANDARD.readSurvey(text);

    assertThat(read).isEqualTo(expected);
    assertThat(read.routing()).isEqualTo(expected.routing());
    assertThat(STANDARD.writeSurvey(expected)).isEqualTo(FixturesTest.normalised(text));
    assertThat(STANDARD.readSurvey(STANDARD.writeSurvey(read))).isEqualTo(expected);
    assertThat(SchemaValidation.errors(SURVEY_SCHEMA, text)).isEmpty();
  }

  @Test
  void routingComesAfterQuestionsAndIsLeftOutWhenEmpty() {
    String written = STANDARD.writeSurvey(RoutingExamples.npsFollowUps());

    // The NPS example's rules: 0-6 → went-wrong, > 8 → liked, else end; went-wrong → end.
    assertThat(written).endsWith("],\"routing\":["
        + "{\"after\":\"nps\",\"when\":{\"answer\":\"nps\",\"operator\":\"in-range\",\"min\":0,"
        + "\"max\":6},\"goTo\":\"went-wrong\"},"
        + "{\"after\":\"nps\",\"when\":{\"answer\":\"nps\",\"operator\":\"greater-than\",\"value\":8},"
        + "\"goTo\":\"liked\"},"
        + "{\"after\":\"nps\",\"endSurvey\":true},{\"after\":\"went-wrong\",\"endSurvey\":true}]}");
    assertThat(STANDARD.writeSurvey(STANDARD.readSurvey(QUESTIONS + "}"))).doesNotContain("routing");
    assertThat(STANDARD.readSurvey(QUESTIONS + ",\"routing\":[]}").routing()).isEmpty();
    assertThat(STANDARD.readSurvey(QUESTIONS + ",\"routing\":null}").routing()).isEmpty();
  }

  @Test
  void aRuleReadsAloneThroughTheModule() throws Exception {
    ObjectMapper mapper = STANDARD.mapper();
    String rule = "{\"after\":\"nps\",\"when\":{\"answer\":\"nps\",\"operator\":\"less-than\","
        + "\"value\":7},\"goTo\":\"why\"}";

    RoutingRule read = mapper.readValue(rule, RoutingRule.class);

    assertThat(read).isEqualTo(RoutingRule.after("nps").when(Condition.answer("nps").lessThan(7))
        .goTo("why"));
    assertThat(mapper.writeValueAsString(read)).isEqualTo(rule);
  }

  @Test
  void anOperatorTheQuestionsTypeDoesNotSupport() {
    // goal_completion supports equals and one-of (Operators.CODE), plus is-answered/is-skipped.
    assertThatThrownBy(() -> STANDARD.readSurvey(routed("{\"after\":\"goal\",\"when\":{\"answer\":"
            + "\"goal\",\"operator\":\"contains\",\"value\":\"full\"},\"endSurvey\":true}")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.routing[0].when.operator = contains: question goal is of type"
            + " goal_completion, which supports equals, one-of, is-answered, is-skipped");
  }

  @Test
  void aTeamsOwnTypeIsCheckedWithTheRegistryOfTheReader() {
    // The test type "goal" is unknown to the standard registry, so building the survey cannot
    // check it; reading verifies with TestTypes' registry, where goal supports equals only.
    String survey = "{\"formatVersion\":1,\"id\":\"s\",\"version\":1,\"defaultLocale\":\"en\","
        + "\"title\":{\"en\":\"T\"},\"kind\":\"product\",\"questions\":["
        + "{\"type\":\"goal\",\"id\":\"g\",\"text\":{\"en\":\"x\"},\"required\":true},"
        + "{\"type\":\"goal\",\"id\":\"h\",\"text\":{\"en\":\"x\"},\"required\":true}],"
        + "\"routing\":[{\"after\":\"g\",\"when\":{\"anyOf\":[{\"answer\":\"g\",\"operator\":"
        + "\"is-skipped\"},{\"answer\":\"g\",\"operator\":\"one-of\",\"values\":[\"fully\"]}]},"
        + "\"endSurvey\":true}]}";

    assertThatThrownBy(() -> SurveyJson.using(TestTypes.registry()).readSurvey(survey))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.routing[0].when.anyOf[1].operator = one-of: question g is of type goal,"
            + " which supports equals, is-answered, is-skipped");
    Survey fine = SurveyJson.using(TestTypes.registry()).readSurvey(
        survey.replace("\"one-of\",\"values\":[\"fully\"]", "\"equals\",\"value\":\"fully\""));
    assertThat(fine.routing()).hasSize(1);
  }

  @Test
  void aLoopIsRefusedWithItsPath() {
    // reasons → goal is backwards; goal's default next is reasons: goal → reasons → goal.
    assertThatThrownBy(() -> STANDARD.readSurvey(routed("{\"after\":\"reasons\",\"goTo\":\"goal\"}")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.routing[0] = goal → reasons → goal: must not loop: it goes back to goal,"
            + " from where the routing can lead here again, so a respondent could be sent round"
            + " these questions forever");
  }

  @Test
  void unknownQuestionsInRules() {
    assertThatThrownBy(() -> STANDARD.readSurvey(routed("{\"after\":\"goal\",\"goTo\":\"nowhere\"}")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.routing[0].goTo = \"nowhere\": must name a question of the survey");
    assertThatThrownBy(() -> STANDARD.readSurvey(routed(
            "{\"after\":\"goal\",\"endSurvey\":true},{\"after\":\"gaol\",\"endSurvey\":true}")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.routing[1].after = \"gaol\": must name a question of the survey");
    assertThatThrownBy(() -> STANDARD.readSurvey(routed("{\"after\":\"goal\",\"when\":{\"answer\":"
            + "\"contact\",\"operator\":\"is-answered\"},\"endSurvey\":true}")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.routing[0].when.answer = \"contact\": must name question goal or one that can"
            + " come before it; contact never comes before goal");
    assertThatThrownBy(() -> STANDARD.readSurvey(routed("{\"after\":\"goal\",\"when\":{\"attribute\":"
            + "\"plan\",\"operator\":\"is-answered\"},\"endSurvey\":true}")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.routing[0].when.attribute = \"plan\": routing compares answers only; use"
            + " {\"answer\": <question id>}");
  }

  @Test
  void bothGoToAndEndSurvey() {
    String document = routed("{\"after\":\"goal\",\"goTo\":\"contact\",\"endSurvey\":true}");

    assertThat(error(document)).hasMessage(at("$.routing[0].endSurvey", document, "true}]}")
        + "a routing rule either goes to a question (\"goTo\") or ends the survey (\"endSurvey\":"
        + " true), not both");
    String reversed = routed("{\"after\":\"goal\",\"endSurvey\":true,\"goTo\":\"contact\"}");
    assertThat(error(reversed).path()).isEqualTo("$.routing[0].goTo");
  }

  @Test
  void neitherGoToNorEndSurveyAndEndSurveyFalse() {
    String rule = "{\"after\":\"goal\"}";
    String neither = routed(rule);
    // Located at the rule's closing brace, its 16th character.
    assertThat(error(neither)).hasMessage("$.routing[0] (line 1, column "
        + (neither.indexOf(rule) + 16) + "): a routing rule must have \"goTo\": <question id> or \"endSurvey\": true; neither is given");
    String no = routed("{\"after\":\"goal\",\"endSurvey\":false}");
    assertThat(error(no)).hasMessage(at("$.routing[0].endSurvey", no, "false}]}")
        + "endSurvey must be true; a rule that does not end the survey names the question to go to"
        + " in \"goTo\"");
    String text = routed("{\"after\":\"goal\",\"endSurvey\":\"yes\"}");
    assertThat(error(text).problem()).isEqualTo("expected true or false, found a string (\"yes\")");
  }

  @Test
  void aNullConditionIsRefusedNotReadAsAlways() {
    String document = routed("{\"after\":\"goal\",\"when\":null,\"endSurvey\":true}");

    assertThat(error(document)).hasMessage(at("$.routing[0].when", document, "null")
        + "expected a condition as a JSON object, found null; leave \"when\" out for a rule that"
        + " always applies");
  }

  @Test
  void strictMembersOfRulesAndTheirConditions() {
    String unknown = routed("{\"after\":\"goal\",\"then\":\"contact\"}");
    // Jackson locates an unknown member just inside its value, as for every document.
    assertThat(error(unknown)).hasMessage(at("$.routing[0].then", unknown, "contact\"}]}")
        + "unknown member \"then\"; known members are \"after\", \"when\", \"goTo\", \"endSurvey\"");
    String missingAfter = routed("{\"endSurvey\":true}");
    assertThat(error(missingAfter).problem())
        .isEqualTo("member \"after\" is missing or null; a routing rule must have it");
    String scalar = routed("\"goal\"");
    assertThat(error(scalar)).hasMessage(at("$.routing[0]", scalar, "\"goal\"]")
        + "expected a routing rule as a JSON object, found a string");
    assertThat(error(QUESTIONS + ",\"routing\":{}}").problem()).startsWith("expected an array");
    String badOperator = routed("{\"after\":\"goal\",\"when\":{\"answer\":\"goal\",\"operator\":"
        + "\"equal\",\"value\":\"fully\"},\"endSurvey\":true}");
    assertThat(error(badOperator)).hasMessageStartingWith(at("$.routing[0].when.operator",
        badOperator, "\"equal\"") + "\"equal\" is not a condition operator id; must be one of");
    assertThatThrownBy(() -> STANDARD.readSurvey(routed("{\"after\":\"goal\",\"goTo\":\"a b\"}")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("$.routing[0].goTo = \"a b\": must be 1 to 128 characters");
    assertThatThrownBy(() -> STANDARD.readSurvey(routed("null")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.routing[0] = null: must be a rule, not null");
  }

  @Test
  void aConditionsOwnRuleInsideASurvey() {
    assertThatThrownBy(() -> STANDARD.readSurvey(routed("{\"after\":\"goal\",\"when\":{\"answer\":"
            + "\"goal\",\"operator\":\"in-range\",\"min\":7,\"max\":3},\"endSurvey\":true}")))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage("$.routing[0].when.min = 7: must be ≤ max 3");
  }

  @Test
  void aRuleThatCanNeverApply() {
    assertThatThrownBy(() -> STANDARD.readSurvey(routed("{\"after\":\"goal\",\"goTo\":\"contact\"},"
            + "{\"after\":\"goal\",\"endSurvey\":true}")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("$.routing[1] = after goal: endSurvey: can never apply");
  }

  @Test
  void writtenRoutingReadsBackForEveryDestination() {
    Survey survey = STANDARD.readSurvey(routed("{\"after\":\"goal\",\"when\":{\"not\":{\"answer\":"
        + "\"goal\",\"operator\":\"one-of\",\"values\":[\"partially\",\"not-achieved\"]}},"
        + "\"endSurvey\":true},{\"after\":\"reasons\",\"goTo\":\"contact\"}"));

    assertThat(survey.routing()).containsExactly(
        RoutingRule.after("goal").when(Condition.not(Condition.answer("goal").oneOf("partially",
            "not-achieved"))).endSurvey(),
        RoutingRule.after("reasons").goTo("contact"));
    assertThat(STANDARD.readSurvey(STANDARD.writeSurvey(survey))).isEqualTo(survey);
    assertThat(SchemaValidation.errors(SURVEY_SCHEMA, STANDARD.writeSurvey(survey))).isEmpty();
  }
}
