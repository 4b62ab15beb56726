package io.cxkit.journey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.intercept.Audience;
import io.cxkit.journey.intercept.ExitIntentTrigger;
import io.cxkit.journey.intercept.Intercept;
import io.cxkit.journey.intercept.InterceptConfiguration;
import io.cxkit.journey.intercept.InvalidTriggerException;
import io.cxkit.journey.intercept.Pacing;
import io.cxkit.journey.intercept.PagePattern;
import io.cxkit.journey.intercept.TriggerRule;
import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the three documents of this package share (they open, read and write through one helper):
 * the same failure for the same fault, whichever document it is in.
 */
class JsonDocumentsTest {
  private static final JourneyJson JOURNEY = JourneyJson.standard();
  private static final TriggerJson TRIGGERS = TriggerJson.standard();
  private static final InterceptJson INTERCEPTS = InterceptJson.standard();

  /** Jackson refuses to write beyond 1000 levels of nesting; 1200 "not"s alone go past it. */
  private static Condition tooDeep() {
    Condition condition = ProfileFacts.attribute("country").equalTo("US");
    for (int i = 0; i < 1200; i++) {
      condition = Condition.not(condition);
    }
    return condition;
  }

  private static final String TOO_DEEP = "$: cannot be written as JSON: Document nesting depth"
      + " (1001) exceeds the maximum allowed (1000";

  @Test
  void aConditionTooDeepToWriteIsTheSameTypedErrorInEveryDocument() {
    // The depth is the data's (a rule someone built), not an I/O failure: a SurveyJsonException
    // at "$", as cx-survey's SurveyJson.writeCondition throws for the same condition.
    PersonaSet personas = PersonaSet.of(Persona.builder("deep", "Deep").rule(tooDeep()).build());
    assertThatThrownBy(() -> JOURNEY.writePersonas(personas))
        .isInstanceOf(SurveyJsonException.class).hasMessageStartingWith(TOO_DEEP);

    TriggerRule rule = TriggerRule.builder()
        .trigger("exit", new ExitIntentTrigger(PagePattern.any())).when(tooDeep()).build();
    assertThatThrownBy(() -> TRIGGERS.writeRule(rule))
        .isInstanceOf(SurveyJsonException.class).hasMessageStartingWith(TOO_DEEP);

    InterceptConfiguration configuration = InterceptConfiguration.of(Pacing.standard(),
        Intercept.builder("exit", "exit-feedback")
            .when(TriggerRule.builder().trigger("exit", new ExitIntentTrigger(PagePattern.any()))
                .build())
            .audience(Audience.matching(tooDeep())).build());
    assertThatThrownBy(() -> INTERCEPTS.writeConfiguration(configuration))
        .isInstanceOf(SurveyJsonException.class).hasMessageStartingWith(TOO_DEEP);
  }

  @Test
  void theDocumentLevelFailuresNameTheirDocument() {
    assertThatThrownBy(() -> JOURNEY.readMap(" ")).isInstanceOf(SurveyJsonException.class)
        // At the end of the input there is no column to name.
        .hasMessage("$ (line 1): the document is empty; expected a journey map document");
    assertThatThrownBy(() -> TRIGGERS.readRule("[]")).isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 1, column 1): expected a trigger rule document as a JSON object,"
            + " found an array");
    assertThatThrownBy(() -> INTERCEPTS.readHistory("{\"contacts\":[]} {}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 1, column 17): unexpected content after the end of the JSON value");
    assertThatThrownBy(() -> INTERCEPTS.readSession("{\"formatVersion\":2}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.formatVersion (line 1, column 18): unsupported format version 2; this"
            + " reader reads 1");
    assertThatThrownBy(() -> TRIGGERS.readTrigger("{\"type\":\"exit-intent\",\"type\":\"x\"}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageStartingWith("$.type (line 1, column ").hasMessageEndingWith(
            "member \"type\" is given twice");
  }

  @Test
  void aByteOrderMarkIsSkippedFromEverySource() {
    String history = "{\"formatVersion\":1,\"contacts\":[]}";
    assertThat(INTERCEPTS.readHistory("\uFEFF" + history).contacts()).isEmpty();
    assertThat(INTERCEPTS.readHistory(new ByteArrayInputStream(
        ("\uFEFF" + history).getBytes(StandardCharsets.UTF_8))).contacts()).isEmpty();
    String segmentation = "{\"formatVersion\":1,\"attribute\":\"country\"}";
    assertThat(JOURNEY.readSegmentation(new StringReader("\uFEFF" + segmentation)))
        .isEqualTo(JOURNEY.readSegmentation(segmentation));
  }

  @Test
  void durationsAndPeriodsThatAreNotIsoNameTheirPathAndAnExample() {
    // Each document keeps the examples that fit its durations: trigger times, pacing spans.
    assertThatThrownBy(() -> TRIGGERS.readTrigger("{\"formatVersion\":1,\"type\":\"dwell\","
        + "\"page\":\"/**\",\"atLeast\":\"60s\"}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.atLeast (line 1, column 58): \"60s\" is not an ISO-8601 duration such as"
            + " \"PT60S\", \"PT30M\" or \"P7D\"");
    assertThatThrownBy(() -> TRIGGERS.readTrigger("{\"formatVersion\":1,\"type\":\"recurring\","
        + "\"since\":\"signed-up\",\"every\":\"3 months\"}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.every (line 1, column 67): \"3 months\" is not an ISO-8601 period such as"
            + " \"P3M\", \"P1Y\" or \"P14D\"");
    assertThatThrownBy(() -> INTERCEPTS.readConfiguration("{\"formatVersion\":1,"
        + "\"pacing\":{\"cooldown\":\"2 weeks\"},\"intercepts\":[]}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.pacing.cooldown (line 1, column 41): \"2 weeks\" is not an ISO-8601"
            + " duration such as \"P14D\" or \"PT12H\"");
  }

  @Test
  void aModelRuleBrokenInsideATriggerKeepsItsTypeAndPath() {
    // PagePattern refuses a pattern without a leading '/'; the field is the member's path.
    assertThatThrownBy(() -> TRIGGERS.readRule("{\"formatVersion\":1,\"triggers\":{\"exit\":"
        + "{\"type\":\"exit-intent\",\"page\":\"checkout\"}}}"))
        .isInstanceOf(InvalidTriggerException.class)
        .hasMessageStartingWith("$.triggers.exit.page = \"checkout\": ");
    assertThatThrownBy(() -> INTERCEPTS.readConfiguration("{\"formatVersion\":1,\"intercepts\":"
        + "[{\"id\":\"a\",\"surveyId\":\"s\",\"trigger\":{\"triggers\":{\"exit\":"
        + "{\"type\":\"dwell\",\"page\":\"/**\",\"atLeast\":\"PT0S\"}}}}]}"))
        .isInstanceOf(InvalidTriggerException.class)
        .hasMessageStartingWith("$.intercepts[0].trigger.triggers.exit.atLeast = PT0S: ");
  }
}
