package io.cxkit.journey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.intercept.AfterEventTrigger;
import io.cxkit.journey.intercept.BackAndForthTrigger;
import io.cxkit.journey.intercept.CustomEventTrigger;
import io.cxkit.journey.intercept.DwellTrigger;
import io.cxkit.journey.intercept.ExitIntentTrigger;
import io.cxkit.journey.intercept.InvalidTriggerException;
import io.cxkit.journey.intercept.PagePattern;
import io.cxkit.journey.intercept.Trigger;
import io.cxkit.journey.intercept.TriggerCheck;
import io.cxkit.journey.intercept.TriggerFacts;
import io.cxkit.journey.intercept.TriggerInput;
import io.cxkit.journey.intercept.TriggerRule;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.InvalidConditionException;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class TriggerJsonTest {
  private final TriggerJson json = TriggerJson.standard();

  private static final String RULE = "{\"formatVersion\":1,"
      + "\"triggers\":{\"exit-checkout\":{\"type\":\"exit-intent\",\"page\":\"/checkout/**\"},"
      + "\"long-help\":{\"type\":\"dwell\",\"page\":\"/help/**\",\"atLeast\":\"PT1M\"}},"
      + "\"when\":{\"allOf\":[{\"trigger\":\"exit-checkout\",\"operator\":\"equals\",\"value\":true},"
      + "{\"not\":{\"attribute\":\"country\",\"operator\":\"equals\",\"value\":\"US\"}}]}}";

  @Test
  void readsTheDocumentedRule() {
    TriggerRule rule = json.readRule(RULE);
    assertThat(rule).isEqualTo(TriggerRule.builder()
        .trigger("exit-checkout", new ExitIntentTrigger(PagePattern.of("/checkout/**")))
        .trigger("long-help", DwellTrigger.seconds("/help/**", 60))
        .when(Condition.allOf(TriggerFacts.trigger("exit-checkout").equalTo(true),
            Condition.not(ProfileFacts.attribute("country").equalTo("US"))))
        .build());
    // Written back: the same text, member for member
    assertThat(json.writeRule(rule)).isEqualTo(RULE);
    assertThat(json.readRule(new StringReader(RULE))).isEqualTo(rule);
    assertThat(json.readRule(new ByteArrayInputStream(("\uFEFF" + RULE)
        .getBytes(StandardCharsets.UTF_8)))).isEqualTo(rule);
  }

  @Test
  void readsEachType() {
    assertThat(json.readTrigger("{\"formatVersion\":1,\"type\":\"back-and-forth\",\"switches\":3,"
        + "\"within\":\"PT2M\"}"))
        .isEqualTo(new BackAndForthTrigger(PagePattern.any(), 3, Duration.ofMinutes(2)));
    assertThat(json.readTrigger("{\"type\":\"custom\",\"name\":\"video-played\","
        + "\"formatVersion\":1}")).isEqualTo(CustomEventTrigger.named("video-played"));
    Trigger product = json.readTrigger("{\"formatVersion\":1,\"type\":\"after-event\","
        + "\"event\":{\"touchpoints\":[\"delivery\"],\"kinds\":[\"complete\"],"
        + "\"attributes\":{\"carrier\":\"dhl\"}},\"delay\":\"P7D\"}");
    assertThat(product).isEqualTo(AfterEventTrigger.after(EventMatch.builder()
        .touchpoints("delivery").kinds(EventKind.COMPLETE).attribute("carrier", "dhl").build(),
        Duration.ofDays(7)));
    assertThat(json.writeTrigger(product)).isEqualTo("{\"formatVersion\":1,\"type\":\"after-event\","
        + "\"event\":{\"touchpoints\":[\"delivery\"],\"kinds\":[\"complete\"],"
        + "\"attributes\":{\"carrier\":\"dhl\"}},\"delay\":\"P7D\",\"validFor\":\"P7D\"}");
    assertThat(json.readTrigger("{\"formatVersion\":1,\"type\":\"recurring\","
        + "\"since\":\"signed-up\",\"every\":\"P3M\"}").toString())
        .isEqualTo("RecurringTrigger[since=signed-up, every=P3M]");
    assertThat(json.readTrigger("{\"formatVersion\":1,\"type\":\"recurring\","
        + "\"since\":\"signed-up\",\"every\":\"P3M\"}"))
        .isEqualTo(new io.cxkit.journey.intercept.RecurringTrigger("signed-up", Period.ofMonths(3)));
  }

  private void rejectsRule(String body, Class<? extends Exception> type, String message) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> json.readRule("{\"formatVersion\":1," + body + "}"));
    assertThat(thrown).isInstanceOf(type);
    if (thrown instanceof SurveyJsonException located && message.startsWith("$")
        && message.contains(": ")) {
      // "path: problem" — the exception puts the line and column between the two
      int colon = message.indexOf(": ");
      assertThat(located.path()).isEqualTo(message.substring(0, colon));
      assertThat(located.getMessage()).contains(message.substring(colon + 2));
    } else {
      assertThat(thrown.getMessage()).contains(message);
    }
  }

  @Test
  void badDefinitionsAreTyped() {
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"hover\"}}", SurveyJsonException.class,
        "$.triggers.a.type: unknown trigger type \"hover\"");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"dwell\",\"page\":\"/help\"}}",
        SurveyJsonException.class, "member \"atLeast\" is missing");
    rejectsRule("\"triggers\":{\"a\":{\"page\":\"/help\"}}", SurveyJsonException.class,
        "member \"type\" is missing");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"dwell\",\"page\":\"/help\",\"atLeast\":\"PT0S\"}}",
        InvalidTriggerException.class, "$.triggers.a.atLeast = PT0S: must be positive");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"dwell\",\"page\":\"/help\",\"atLeast\":\"-PT5S\"}}",
        InvalidTriggerException.class, "$.triggers.a.atLeast = PT-5S: must be positive");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"dwell\",\"page\":\"/help\",\"atLeast\":\"60\"}}",
        SurveyJsonException.class, "$.triggers.a.atLeast: \"60\" is not an ISO-8601 duration");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"scroll\",\"page\":\"/blog/**\",\"percent\":120}}",
        InvalidTriggerException.class, "$.triggers.a.percent = 120: must be within 1..100");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"exit-intent\",\"page\":\"checkout/**\"}}",
        InvalidTriggerException.class, "$.triggers.a.page = \"checkout/**\"");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"exit-intent\",\"page\":\"/c\"}},"
        + "\"when\":{\"trigger\":\"b\",\"operator\":\"equals\",\"value\":true}",
        InvalidTriggerException.class, "$.when = trigger:b: names no trigger of the rule");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"exit-intent\",\"page\":\"/c\",\"colour\":1}}",
        SurveyJsonException.class, "$.triggers.a.colour: unknown member \"colour\"");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"exit-intent\",\"page\":\"/c\",\"percent\":1}}",
        SurveyJsonException.class, "$.triggers.a.percent: member \"percent\" is not one of a"
            + " exit-intent trigger");
    rejectsRule("\"triggers\":{}", InvalidTriggerException.class,
        "$.triggers = {}: a rule needs at least one trigger");
    rejectsRule("\"triggers\":{\"bad id\":{\"type\":\"exit-intent\",\"page\":\"/c\"}}",
        InvalidTriggerException.class, "$.triggers['bad id']");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"after-event\",\"event\":{\"kinds\":[\"bought\"]},"
        + "\"delay\":\"P7D\"}}", InvalidJourneyException.class,
        "$.triggers.a.event.kinds[0] = \"bought\"");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"after-event\",\"event\":{\"touchpoints\":[]},"
        + "\"delay\":\"P7D\"}}", InvalidJourneyException.class,
        "$.triggers.a.event.touchpoints = []");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"recurring\",\"since\":\"s\",\"every\":\"P0D\"}}",
        InvalidTriggerException.class, "$.triggers.a.every = P0D: must be positive");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"recurring\",\"since\":\"s\",\"every\":\"3M\"}}",
        SurveyJsonException.class, "is not an ISO-8601 period");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"exit-intent\",\"page\":\"/c\"}},"
        + "\"when\":{\"trigger\":\"a\",\"operator\":\"about\"}", SurveyJsonException.class,
        "$.when");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"exit-intent\",\"page\":\"/c\"}},"
        + "\"when\":{\"trigger\":\"a\",\"operator\":\"in-range\",\"min\":2,\"max\":1}",
        InvalidConditionException.class, "$.when");
    rejectsRule("\"triggers\":{\"a\":{\"type\":\"exit-intent\",\"page\":\"/c\","
        + "\"page\":\"/d\"}}", SurveyJsonException.class, "member \"page\" is given twice");
    assertThatThrownBy(() -> json.readRule("{\"triggers\":{}}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("member \"formatVersion\" is missing");
    assertThatThrownBy(() -> json.readRule("{\"formatVersion\":1,\"triggers\":{\"a\":"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> json.readTrigger("{\"formatVersion\":2,\"type\":\"dwell\"}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("unsupported format");
  }

  @Test
  void errorsCarryLineAndColumn() {
    String document = "{\"formatVersion\": 1,\n \"triggers\": {\n  \"a\": {\"type\": \"hover\"}}}";
    assertThatThrownBy(() -> json.readRule(document))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.path()).isEqualTo("$.triggers.a.type");
        });
  }

  @Test
  void aTriggerOfOurOwnHasNoJsonForm() {
    Trigger own = new Trigger() {
      @Override
      public String type() {
        return "own";
      }

      @Override
      public TriggerCheck check(TriggerInput input) {
        return TriggerCheck.fired("always");
      }
    };
    assertThatThrownBy(() -> json.writeTrigger(own)).isInstanceOf(InvalidTriggerException.class)
        .hasMessageContaining("has no JSON form");
  }
}
