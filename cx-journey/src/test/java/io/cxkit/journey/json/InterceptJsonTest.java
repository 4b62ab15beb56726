package io.cxkit.journey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.intercept.Candidate;
import io.cxkit.journey.intercept.ContactOutcome;
import io.cxkit.journey.intercept.InterceptDecision;
import io.cxkit.journey.intercept.Reason;
import io.cxkit.journey.intercept.SessionEvent;
import io.cxkit.journey.intercept.SurveyContact;
import io.cxkit.journey.intercept.SurveyHistory;
import io.cxkit.journey.intercept.TriggerCheck;
import io.cxkit.journey.intercept.TriggerRuleCheck;
import io.cxkit.journey.intercept.VisitorSession;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterceptJsonTest {
  private static final InterceptJson JSON = InterceptJson.standard();
  private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

  private static final String SESSION = """
      {"personId": "visitor-8f2c", "sessionId": "s-1",
       "events": [{"at": "2026-03-02T10:00:00Z", "type": "page-view", "page": "/cart"},
                  {"at": "2026-03-02T10:01:10Z", "type": "scroll", "page": "/cart", "scrollPercent": 80},
                  {"at": "2026-03-02T12:01:30+02:00", "type": "custom", "page": "/cart", "name": "coupon-tried"},
                  {"at": "2026-03-02T10:02:00Z", "type": "exit-intent", "page": "/cart"}]}
      """;

  @Test
  void readsTheSessionABrowserSends() {
    VisitorSession session = JSON.readSession(SESSION);

    assertThat(session.personId()).isEqualTo("visitor-8f2c");
    assertThat(session.sessionId()).isEqualTo("s-1");
    // 12:01:30+02:00 is 10:01:30Z.
    assertThat(session.events()).containsExactly(
        SessionEvent.pageView(T, "/cart"),
        SessionEvent.scrolled(Instant.parse("2026-03-02T10:01:10Z"), "/cart", 80),
        SessionEvent.custom(Instant.parse("2026-03-02T10:01:30Z"), "/cart", "coupon-tried"),
        SessionEvent.exitIntent(Instant.parse("2026-03-02T10:02:00Z"), "/cart"));
    assertThat(JSON.readSession(new ByteArrayInputStream(SESSION.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(session);
  }

  @Test
  void sessionsRoundTrip() {
    VisitorSession session = JSON.readSession(SESSION);
    String written = JSON.writeSession(session);

    assertThat(written).isEqualTo("{\"personId\":\"visitor-8f2c\",\"sessionId\":\"s-1\",\"events\":["
        + "{\"at\":\"2026-03-02T10:00:00Z\",\"type\":\"page-view\",\"page\":\"/cart\"},"
        + "{\"at\":\"2026-03-02T10:01:10Z\",\"type\":\"scroll\",\"page\":\"/cart\",\"scrollPercent\":80},"
        + "{\"at\":\"2026-03-02T10:01:30Z\",\"type\":\"custom\",\"page\":\"/cart\",\"name\":\"coupon-tried\"},"
        + "{\"at\":\"2026-03-02T10:02:00Z\",\"type\":\"exit-intent\",\"page\":\"/cart\"}]}");
    assertThat(JSON.readSession(written)).isEqualTo(session);
    assertThat(JSON.readSession("{\"formatVersion\": 1, \"personId\": \"p\", \"sessionId\": \"s\","
        + " \"events\": []}").events()).isEmpty();
  }

  @Test
  void historiesRoundTrip() {
    SurveyHistory history = SurveyHistory.of(List.of(
        new SurveyContact("nps", T.minus(Duration.ofDays(40)), ContactOutcome.COMPLETED),
        new SurveyContact("exit-feedback", T.minus(Duration.ofDays(3)), ContactOutcome.DISMISSED),
        new SurveyContact("exit-feedback", T, ContactOutcome.SHOWN)));
    String written = JSON.writeHistory(history);

    assertThat(written).isEqualTo("{\"formatVersion\":1,\"contacts\":["
        + "{\"surveyId\":\"nps\",\"shownAt\":\"2026-01-21T10:00:00Z\",\"outcome\":\"completed\"},"
        + "{\"surveyId\":\"exit-feedback\",\"shownAt\":\"2026-02-27T10:00:00Z\",\"outcome\":\"dismissed\"},"
        + "{\"surveyId\":\"exit-feedback\",\"shownAt\":\"2026-03-02T10:00:00Z\",\"outcome\":\"shown\"}]}");
    assertThat(JSON.readHistory(written)).isEqualTo(history);
    assertThat(JSON.readHistory("{\"contacts\": []}")).isEqualTo(SurveyHistory.empty());
  }

  @Test
  void writesADecisionWithEveryReasonsParts() {
    Instant last = T.minus(Duration.ofDays(3));
    InterceptDecision decision = new InterceptDecision(T, List.of(
        new Candidate("cart-exit", "exit-feedback", 10, new TriggerRuleCheck(true,
            "fired: exit-cart", Map.of("exit-cart", TriggerCheck.fired("exit intent on /cart"))),
            List.of()),
        new Candidate("nps", "nps", 1, new TriggerRuleCheck(true, "fired: every-page",
            Map.of("every-page", TriggerCheck.fired("always"))),
            List.of(new Reason.Outranked("cart-exit", "exit-feedback", 10))),
        new Candidate("q", "relationship", 0, new TriggerRuleCheck(false, "no trigger fired",
            Map.of("quarterly", TriggerCheck.notFired("next quarter 2026-04-01"))),
            List.of(new Reason.NotTriggered("quarterly: next quarter 2026-04-01"),
                new Reason.NotInAudience("no profile: visitors not known are not in this audience"),
                new Reason.NotSampled(56.25, 10),
                new Reason.CompletedBefore(last),
                new Reason.DisplayLimitReached(3, 3),
                new Reason.CoolingDown("nps", last, last.plus(Duration.ofDays(14))),
                new Reason.PacingLimitReached(2, 2, Duration.ofDays(30))))));

    assertThat(JSON.writeDecision(decision)).isEqualTo("{\"formatVersion\":1,"
        + "\"at\":\"2026-03-02T10:00:00Z\","
        + "\"show\":{\"interceptId\":\"cart-exit\",\"surveyId\":\"exit-feedback\"},"
        + "\"candidates\":["
        + "{\"interceptId\":\"cart-exit\",\"surveyId\":\"exit-feedback\",\"priority\":10,"
        + "\"shown\":true,\"trigger\":{\"fired\":true,\"detail\":\"fired: exit-cart\","
        + "\"checks\":{\"exit-cart\":{\"fired\":true,\"detail\":\"exit intent on /cart\"}}},"
        + "\"reasons\":[]},"
        + "{\"interceptId\":\"nps\",\"surveyId\":\"nps\",\"priority\":1,\"shown\":false,"
        + "\"trigger\":{\"fired\":true,\"detail\":\"fired: every-page\","
        + "\"checks\":{\"every-page\":{\"fired\":true,\"detail\":\"always\"}}},\"reasons\":["
        + "{\"reason\":\"outranked\",\"detail\":\"outranked by intercept \\\"cart-exit\\\""
        + " (survey \\\"exit-feedback\\\", priority 10)\",\"interceptId\":\"cart-exit\","
        + "\"surveyId\":\"exit-feedback\",\"priority\":10}]},"
        + "{\"interceptId\":\"q\",\"surveyId\":\"relationship\",\"priority\":0,\"shown\":false,"
        + "\"trigger\":{\"fired\":false,\"detail\":\"no trigger fired\",\"checks\":{\"quarterly\":"
        + "{\"fired\":false,\"detail\":\"next quarter 2026-04-01\"}}},\"reasons\":["
        + "{\"reason\":\"not-triggered\",\"detail\":\"quarterly: next quarter 2026-04-01\"},"
        + "{\"reason\":\"not-in-audience\",\"detail\":\"no profile: visitors not known are not in"
        + " this audience\"},"
        + "{\"reason\":\"not-sampled\",\"detail\":\"bucket 56.2500 % is outside the sample of 10 %\","
        + "\"bucket\":56.25,\"samplePercent\":10.0},"
        + "{\"reason\":\"completed-before\",\"detail\":\"completed the survey shown at"
        + " 2026-02-27T10:00:00Z; never asked again after that"
        + " (askAgainAfterCompleting: a recurring survey asks again)\","
        + "\"completedAt\":\"2026-02-27T10:00:00Z\"},"
        + "{\"reason\":\"display-limit\",\"detail\":\"shown 3 of at most 3 times\","
        + "\"displays\":3,\"maxDisplays\":3},"
        + "{\"reason\":\"cooling-down\",\"detail\":\"survey \\\"nps\\\" was shown at"
        + " 2026-02-27T10:00:00Z; cooling down until 2026-03-13T10:00:00Z\","
        + "\"lastSurveyId\":\"nps\",\"lastShownAt\":\"2026-02-27T10:00:00Z\","
        + "\"until\":\"2026-03-13T10:00:00Z\"},"
        + "{\"reason\":\"pacing-limit\",\"detail\":\"2 surveys shown within P30D, at most 2"
        + " allowed\",\"displays\":2,\"maxDisplays\":2,\"window\":\"PT720H\"}]}]}");
  }

  @Test
  void aDecisionWithoutASurveyShowsNull() {
    InterceptDecision none = new InterceptDecision(T, List.of(new Candidate("a", "survey-a", 0,
        new TriggerRuleCheck(false, "no trigger fired",
            Map.of("exit", TriggerCheck.notFired("no exit intent"))),
        List.of(new Reason.NotTriggered("exit: no exit intent")))));
    assertThat(JSON.writeDecision(none)).startsWith(
        "{\"formatVersion\":1,\"at\":\"2026-03-02T10:00:00Z\",\"show\":null,\"candidates\":[");
  }

  @Test
  void malformedSessionsGetPathLineAndColumn() {
    SurveyJsonException unknown = catchJson("{\"personId\": \"p\", \"sessionId\": \"s\",\n"
        + " \"events\": [{\"at\": \"2026-03-02T10:00:00Z\", \"type\": \"page-view\", \"url\": \"/\"}]}");
    assertThat(unknown.path()).isEqualTo("$.events[0].url");
    assertThat(unknown.line()).isEqualTo(2);
    assertThat(unknown).hasMessageContaining("unknown member \"url\"")
        .hasMessageContaining("\"scrollPercent\"");

    SurveyJsonException type = catchJson("{\"personId\": \"p\", \"sessionId\": \"s\", \"events\":"
        + " [{\"at\": \"2026-03-02T10:00:00Z\", \"type\": \"tap\", \"page\": \"/\"}]}");
    assertThat(type.path()).isEqualTo("$.events[0].type");
    assertThat(type).hasMessageContaining("\"tap\" is not a session event type")
        .hasMessageContaining("\"exit-intent\"");

    SurveyJsonException at = catchJson("{\"personId\": \"p\", \"sessionId\": \"s\", \"events\":"
        + " [{\"at\": \"2026-03-02 10:00\", \"type\": \"page-view\", \"page\": \"/\"}]}");
    assertThat(at.path()).isEqualTo("$.events[0].at");
    assertThat(at).hasMessageContaining("\"2026-03-02 10:00\" is not an instant");

    SurveyJsonException missing = catchJson("{\"sessionId\": \"s\", \"events\": []}");
    assertThat(missing.path()).isEqualTo("$");
    assertThat(missing).hasMessageContaining("member \"personId\" is missing");

    SurveyJsonException twice = catchJson("{\"personId\": \"p\", \"personId\": \"q\"}");
    assertThat(twice).hasMessageContaining("member \"personId\" is given twice");

    SurveyJsonException number = catchJson("{\"personId\": 42, \"sessionId\": \"s\", \"events\": []}");
    assertThat(number.path()).isEqualTo("$.personId");
    assertThat(number).hasMessageContaining("expected a string");

    SurveyJsonException broken = catchJson("{\"personId\": \"p\", ");
    assertThat(broken).hasMessageContaining("malformed JSON");

    SurveyJsonException version = catchJson("{\"formatVersion\": 2, \"personId\": \"p\","
        + " \"sessionId\": \"s\", \"events\": []}");
    assertThat(version.path()).isEqualTo("$.formatVersion");
    assertThat(version).hasMessageContaining("unsupported format version 2");

    assertThatThrownBy(() -> JSON.readSession("")).isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("the document is empty");
  }

  @Test
  void sessionsBreakingTheModelsRulesNameTheJsonPath() {
    assertThatThrownBy(() -> JSON.readSession("{\"personId\": \"p\", \"sessionId\": \"s\","
        + " \"events\": [{\"at\": \"2026-03-02T10:00:00Z\", \"type\": \"page-view\", \"page\": \"/\","
        + " \"scrollPercent\": 50}]}"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.events[0].scrollPercent")
        .hasMessageContaining("only a scroll event has a depth");
    assertThatThrownBy(() -> JSON.readSession("{\"personId\": \"p\", \"sessionId\": \"s\","
        + " \"events\": [{\"at\": \"2026-03-02T10:00:00Z\", \"type\": \"scroll\", \"page\": \"/\","
        + " \"scrollPercent\": 140}]}"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.events[0].scrollPercent").hasMessageContaining("140");
    assertThatThrownBy(() -> JSON.readSession("{\"personId\": \"p\", \"sessionId\": \"s\","
        + " \"events\": [{\"at\": \"2026-03-02T10:00:00Z\", \"type\": \"page-view\", \"page\": \"cart\"}]}"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.events[0].page").hasMessageContaining("starting with '/'");
    assertThatThrownBy(() -> JSON.readSession("{\"personId\": \" \", \"sessionId\": \"s\","
        + " \"events\": []}"))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("$.personId");
    // Out of time order: its own type, naming the event.
    assertThatThrownBy(() -> JSON.readSession("{\"personId\": \"p\", \"sessionId\": \"s\","
        + " \"events\": [{\"at\": \"2026-03-02T10:05:00Z\", \"type\": \"page-view\", \"page\": \"/\"},"
        + " {\"at\": \"2026-03-02T10:00:00Z\", \"type\": \"exit-intent\", \"page\": \"/\"}]}"))
        .isInstanceOf(EventOrderException.class).hasMessageContaining("events[1]");
  }

  @Test
  void malformedHistoriesGetTypedErrors() {
    SurveyJsonException outcome = catchHistory("{\"contacts\": [{\"surveyId\": \"nps\","
        + " \"shownAt\": \"2026-03-02T10:00:00Z\", \"outcome\": \"opened\"}]}");
    assertThat(outcome.path()).isEqualTo("$.contacts[0].outcome");
    assertThat(outcome).hasMessageContaining("\"opened\" is not an outcome");

    SurveyJsonException missing = catchHistory("{\"contacts\": [{\"surveyId\": \"nps\","
        + " \"shownAt\": \"2026-03-02T10:00:00Z\"}]}");
    assertThat(missing.path()).isEqualTo("$.contacts[0]");
    assertThat(missing).hasMessageContaining("member \"outcome\" is missing");

    assertThatThrownBy(() -> JSON.readHistory("{\"contacts\": [{\"surveyId\": \"n p s\","
        + " \"shownAt\": \"2026-03-02T10:00:00Z\", \"outcome\": \"shown\"}]}"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.contacts[0].surveyId");

    SurveyJsonException array = catchHistory("[]");
    assertThat(array).hasMessageContaining("expected a survey history document as a JSON object");
  }

  private static SurveyJsonException catchJson(String json) {
    try {
      JSON.readSession(json);
    } catch (SurveyJsonException e) {
      return e;
    }
    throw new AssertionError("expected a SurveyJsonException reading " + json);
  }

  private static SurveyJsonException catchHistory(String json) {
    try {
      JSON.readHistory(json);
    } catch (SurveyJsonException e) {
      return e;
    }
    throw new AssertionError("expected a SurveyJsonException reading " + json);
  }
}
