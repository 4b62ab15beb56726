package io.cxkit.journey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.intercept.Audience;
import io.cxkit.journey.intercept.Candidate;
import io.cxkit.journey.intercept.ContactOutcome;
import io.cxkit.journey.intercept.Intercept;
import io.cxkit.journey.intercept.InterceptConfiguration;
import io.cxkit.journey.intercept.InterceptDecision;
import io.cxkit.journey.intercept.InterceptEngine;
import io.cxkit.journey.intercept.InvalidTriggerException;
import io.cxkit.journey.intercept.Pacing;
import io.cxkit.journey.intercept.Reason;
import io.cxkit.journey.intercept.Sampling;
import io.cxkit.journey.intercept.SessionEvent;
import io.cxkit.journey.intercept.SurveyContact;
import io.cxkit.journey.intercept.SurveyHistory;
import io.cxkit.journey.intercept.TriggerCheck;
import io.cxkit.journey.intercept.VisitorSession;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's configuration document: the golden fixture {@code fixtures/intercepts.json} holds
 * the six trigger scenarios of the seed articles (CONTEXT.md: exit intent on checkout, dwell 60 s on
 * a help article, three back-and-forth switches in two minutes, cart viewed without checkout in 30
 * minutes, a product survey 7 days after delivery, a quarterly relationship NPS); it is loaded into
 * an engine and one page view per scenario is decided, every expected detail worked out by hand.
 */
class InterceptJsonConfigurationTest {
  private static final InterceptJson JSON = InterceptJson.standard();
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private static String fixture;
  private static PersonaSet personas;
  private static InterceptEngine engine;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = InterceptJsonConfigurationTest.class
        .getResourceAsStream("/fixtures/intercepts.json")) {
      fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (InputStream in = InterceptJsonConfigurationTest.class
        .getResourceAsStream("/fixtures/shop-personas.json")) {
      personas = JourneyJson.standard().readPersonas(in);
    }
    InterceptConfiguration configuration = JSON.readConfiguration(fixture, personas);
    engine = InterceptEngine.builder().configuration(configuration).personas(personas)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
  }

  private static VisitorSession session(String person, SessionEvent... events) {
    return VisitorSession.of(person, "s-1", List.of(events));
  }

  private static SessionEvent view(long secondsAgo, String page) {
    return SessionEvent.pageView(NOW.minusSeconds(secondsAgo), page);
  }

  // --- the golden file ---------------------------------------------------------------------------

  @Test
  void theFixtureReadsAsWrittenAndWritesBackTheSameDocument() throws IOException {
    InterceptConfiguration read = JSON.readConfiguration(fixture);
    assertThat(read.intercepts()).extracting(Intercept::id).containsExactly("checkout-exit",
        "cart-abandon", "product-compare", "help-dwell", "product-7d", "quarterly-nps");
    assertThat(read.pacing()).isEqualTo(Pacing.builder().cooldown(Duration.ofDays(14))
        .displayLimit(4, Duration.ofDays(90)).build());
    Intercept nps = read.intercepts().get(5);
    assertThat(nps.sampling()).isEqualTo(Sampling.percent(50));
    assertThat(nps.audience()).isEqualTo(Audience.builder().personas("loyal")
        .anonymousVisitors(false).build());
    assertThat(nps.maxDisplays()).isEmpty();
    assertThat(nps.neverAgainAfterCompleting()).isFalse();

    // The writer gives every member the fixture spells out, so the documents are the same JSON.
    String written = JSON.writeConfiguration(read);
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(fixture));
    assertThat(JSON.readConfiguration(written)).isEqualTo(read);
    assertThat(engine.configuration()).isEqualTo(read);
  }

  // --- one decision per scenario -----------------------------------------------------------------

  @Test
  void exitIntentOnCheckoutShowsTheExitFeedback() {
    InterceptDecision decision = engine.decide(session("visitor-8f2c",
        view(180, "/cart"), view(120, "/checkout/payment"),
        SessionEvent.exitIntent(NOW, "/checkout/payment")), null, SurveyHistory.empty(), List.of());

    assertThat(decision.surveyId()).contains("exit-feedback");
    Candidate shown = decision.shown().orElseThrow();
    // A visitor not known has no "staff" attribute: the not(...) holds.
    assertThat(shown.trigger().detail()).isEqualTo("when holds; fired: exit-checkout");
    assertThat(shown.trigger().checks()).containsExactly(
        entry("exit-checkout", TriggerCheck.fired("exit intent on /checkout/payment")));
    // The cart was viewed, but the checkout (09:58) came after it.
    assertThat(decision.candidate("cart-abandon").orElseThrow().reasons()).containsExactly(
        new Reason.NotTriggered("cart-idle: checkout /checkout/payment viewed at"
            + " 2026-03-02T09:58:00Z, after any cart view"));
  }

  @Test
  void theExitRulesWhenKeepsStaffOut() {
    CustomerProfile staff = new CustomerProfile("customer-42",
        Map.of("staff", AttributeValue.text("yes")));
    InterceptDecision decision = engine.decide(session("customer-42", view(120, "/checkout"),
        SessionEvent.exitIntent(NOW, "/checkout")), staff, SurveyHistory.empty(), List.of());

    assertThat(decision.shown()).isEmpty();
    assertThat(decision.candidate("checkout-exit").orElseThrow().reasons()).containsExactly(
        new Reason.NotTriggered("when does not hold; fired: exit-checkout; exit-checkout: exit"
            + " intent on /checkout"));
  }

  @Test
  void dwellOfSixtySecondsOnAHelpArticle() {
    // Viewed 75 s ago: 75 s ≥ 60 s.
    InterceptDecision decision = engine.decide(session("visitor-1", view(300, "/"),
        view(75, "/help/returns")), null, SurveyHistory.empty(), List.of());

    assertThat(decision.surveyId()).contains("help-feedback");
    assertThat(decision.shown().orElseThrow().trigger().checks().get("long-help"))
        .isEqualTo(TriggerCheck.fired("dwell 75 s on /help/returns, needs 60 s"));
  }

  @Test
  void threeBackAndForthSwitchesInTwoMinutes() {
    // /product/1 → /product/2 (−40 s) → /product/1 (−20 s) → /product/2 (now): three switches,
    // the first 40 s before the last, within 2 min.
    InterceptDecision decision = engine.decide(session("visitor-2", view(60, "/product/1"),
        view(40, "/product/2"), view(20, "/product/1"), view(0, "/product/2")), null,
        SurveyHistory.empty(), List.of());

    assertThat(decision.surveyId()).contains("navigation-feedback");
    assertThat(decision.shown().orElseThrow().trigger().checks().get("switching"))
        .isEqualTo(TriggerCheck.fired("3 switches between /product/1 and /product/2, 3 of them"
            + " from 2026-03-02T09:59:20Z to 2026-03-02T10:00:00Z, needs 3 within 2 min"));
    assertThat(decision.candidate("cart-abandon").orElseThrow().reasons()).containsExactly(
        new Reason.NotTriggered("cart-idle: no view of /cart in the session"));
  }

  @Test
  void cartViewedWithoutCheckoutForThirtyMinutes() {
    // The cart 31 min ago, then a product page 20 min ago, no checkout: 31 min ≥ 30 min.
    InterceptDecision decision = engine.decide(session("visitor-3", view(31 * 60, "/cart"),
        view(20 * 60, "/product/3")), null, SurveyHistory.empty(), List.of());

    assertThat(decision.surveyId()).contains("cart-feedback");
    assertThat(decision.shown().orElseThrow().trigger().checks().get("cart-idle"))
        .isEqualTo(TriggerCheck.fired("cart /cart viewed 31 min ago without checkout, needs 30 min"));
  }

  @Test
  void productSurveySevenDaysAfterDelivery() {
    // Delivered 2026-02-23T08:00Z: due 7 days later, 2026-03-02T08:00Z, two hours before now.
    Instant delivered = Instant.parse("2026-02-23T08:00:00Z");
    CustomerProfile profile = new CustomerProfile("customer-42", Map.of(
        "orders", AttributeValue.number(2),
        "signed-up", AttributeValue.date(LocalDate.of(2025, 6, 1))));
    InterceptDecision decision = engine.decide(session("customer-42", view(10, "/account/orders")),
        profile, SurveyHistory.empty(),
        List.of(JourneyEvent.of("customer-42", "delivery", delivered, EventKind.COMPLETE)));

    assertThat(decision.surveyId()).contains("product-review");
    assertThat(decision.shown().orElseThrow().trigger().checks().get("delivered"))
        .isEqualTo(TriggerCheck.fired("due 2026-03-02T08:00:00Z, 7 d after complete at"
            + " \"delivery\" at 2026-02-23T08:00:00Z"));
    // The quarter since 2025-06-01 began 2026-03-01, but: 2 orders and 274 days since signing up
    // make no persona (loyal needs more than 4 orders, newcomer under 90 days or no order), and
    // ("relationship-nps", "customer-42") hashes to bucket 66.05 % (Python's hashlib: first 8
    // bytes a913eb1ec1fbf28c), outside the 50 % sample.
    assertThat(decision.candidate("quarterly-nps").orElseThrow().reasons()).containsExactly(
        new Reason.NotInAudience("no persona matches the profile; the audience is personas [loyal]"),
        new Reason.NotSampled(Sampling.bucket("relationship-nps", "customer-42"), 50));
    assertThat(Sampling.bucket("relationship-nps", "customer-42")).isBetween(66.04, 66.05);
  }

  @Test
  void quarterlyRelationshipNpsForALoyalCustomer() {
    // Signed up 2025-12-01: the quarter's occurrence is 2026-03-01, the day before. 6 orders make
    // the profile loyal; ("relationship-nps", "customer-1001") hashes to bucket 7.93 % (first 8
    // bytes 144a546b72bfd68d), inside 50 %. Completed last quarter, before 2026-03-01: asked again.
    CustomerProfile loyal = new CustomerProfile("customer-1001", Map.of(
        "orders", AttributeValue.number(6),
        "signed-up", AttributeValue.date(LocalDate.of(2025, 12, 1))));
    SurveyHistory lastQuarter = SurveyHistory.of(List.of(new SurveyContact("relationship-nps",
        Instant.parse("2025-12-05T09:00:00Z"), ContactOutcome.COMPLETED)));
    InterceptDecision decision = engine.decide(session("customer-1001", view(5, "/")), loyal,
        lastQuarter, List.of());

    assertThat(decision.surveyId()).contains("relationship-nps");
    assertThat(decision.shown().orElseThrow().trigger().checks().get("quarter"))
        .isEqualTo(TriggerCheck.fired("due 2026-03-01 (every P3M since signed-up 2025-12-01)"));
    assertThat(decision.candidate("product-7d").orElseThrow().reasons()).containsExactly(
        new Reason.NotTriggered("delivered: no customer event matching complete at delivery yet"));
  }

  // --- bad configurations ------------------------------------------------------------------------

  private static final String ONE = "{\"id\": \"exit\", \"surveyId\": \"exit-feedback\","
      + " \"trigger\": {\"triggers\": {\"exit\": {\"type\": \"exit-intent\", \"page\": \"/**\"}}}";

  private static String configuration(String intercepts) {
    return "{\"formatVersion\": 1, \"intercepts\": [" + intercepts + "]}";
  }

  private static SurveyJsonException malformed(String json) {
    try {
      JSON.readConfiguration(json);
    } catch (SurveyJsonException e) {
      return e;
    }
    throw new AssertionError("expected a SurveyJsonException reading " + json);
  }

  @Test
  void theDefaultsOfAMinimalConfiguration() {
    InterceptConfiguration read = JSON.readConfiguration(configuration(ONE + "}"));
    assertThat(read.pacing()).isEqualTo(Pacing.standard());
    Intercept exit = read.intercepts().get(0);
    assertThat(exit.audience()).isSameAs(Audience.everyone());
    assertThat(exit.sampling()).isSameAs(Sampling.all());
    assertThat(exit.priority()).isZero();
    assertThat(exit.maxDisplays()).hasValue(Intercept.DEFAULT_MAX_DISPLAYS);
    assertThat(exit.neverAgainAfterCompleting()).isTrue();
  }

  @Test
  void anUnknownMemberIsNamedWithItsLineAndColumn() {
    SurveyJsonException e = malformed("{\"formatVersion\": 1,\n \"intercepts\": [" + ONE
        + ",\n  \"sample\": 10}]}");
    assertThat(e.path()).isEqualTo("$.intercepts[0].sample");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e).hasMessageContaining("unknown member \"sample\"")
        .hasMessageContaining("\"samplePercent\"");

    assertThat(malformed("{\"formatVersion\": 1, \"intercepts\": [], \"engine\": {}}").path())
        .isEqualTo("$.engine");
    assertThat(malformed("{\"formatVersion\": 1, \"pacing\": {\"cooldown\": \"P1D\","
        + " \"limit\": 3}, \"intercepts\": []}").path()).isEqualTo("$.pacing.limit");
    assertThat(malformed(configuration(ONE + ", \"audience\": {\"persona\": [\"loyal\"]}}")).path())
        .isEqualTo("$.intercepts[0].audience.persona");
  }

  @Test
  void aDuplicateInterceptIdIsNamed() {
    assertThatThrownBy(() -> JSON.readConfiguration(configuration(ONE + "}, " + ONE + "}")))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.intercepts[1].id").hasMessageContaining("\"exit\"")
        .hasMessageContaining("duplicates the id of intercepts[0]");
  }

  @Test
  void anUnknownPersonaIsNamed() {
    String vip = configuration(ONE + ", \"audience\": {\"personas\": [\"loyal\", \"vip\"]}}");
    // With the persona set, the reader names the persona's path.
    assertThatThrownBy(() -> JSON.readConfiguration(vip, personas))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.intercepts[0].audience.personas[1]")
        .hasMessageContaining("\"vip\"").hasMessageContaining("[loyal, bargain, newcomer]");
    // Without it, the engine does when built.
    InterceptConfiguration read = JSON.readConfiguration(vip);
    assertThatThrownBy(() -> InterceptEngine.builder().configuration(read).personas(personas)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("intercepts[0].audience.personas[1]").hasMessageContaining("\"vip\"");
  }

  @Test
  void aPercentOutOfRangeIsNamed() {
    assertThatThrownBy(() -> JSON.readConfiguration(configuration(ONE + ", \"samplePercent\": 120}")))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.intercepts[0].samplePercent").hasMessageContaining("120")
        .hasMessageContaining("within 0..100");
    assertThatThrownBy(() -> JSON.readConfiguration(configuration(ONE + ", \"samplePercent\": -0.5}")))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.intercepts[0].samplePercent");
    SurveyJsonException text = malformed(configuration(ONE + ", \"samplePercent\": \"10%\"}"));
    assertThat(text.path()).isEqualTo("$.intercepts[0].samplePercent");
    assertThat(text).hasMessageContaining("expected a number");
  }

  @Test
  void aNegativeCooldownIsNamed() {
    assertThatThrownBy(() -> JSON.readConfiguration("{\"formatVersion\": 1, \"pacing\":"
        + " {\"cooldown\": \"-P1D\"}, \"intercepts\": [" + ONE + "}]}"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.pacing.cooldown").hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> JSON.readConfiguration("{\"formatVersion\": 1, \"pacing\":"
        + " {\"displayLimit\": {\"maxDisplays\": 3, \"window\": \"PT0S\"}}, \"intercepts\": ["
        + ONE + "}]}"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.pacing.displayLimit.window").hasMessageContaining("positive");
    SurveyJsonException notIso = malformed("{\"formatVersion\": 1, \"pacing\": {\"cooldown\":"
        + " \"14 days\"}, \"intercepts\": [" + ONE + "}]}");
    assertThat(notIso.path()).isEqualTo("$.pacing.cooldown");
    assertThat(notIso).hasMessageContaining("\"14 days\" is not an ISO-8601 duration");
    // Beyond a Duration (more than 2^63 seconds): a parse failure, not an ArithmeticException.
    SurveyJsonException huge = malformed("{\"formatVersion\": 1, \"pacing\": {\"cooldown\":"
        + " \"PT99999999999999999999H\"}, \"intercepts\": [" + ONE + "}]}");
    assertThat(huge.path()).isEqualTo("$.pacing.cooldown");
  }

  @Test
  void otherBadValuesAreTyped() {
    SurveyJsonException never = malformed(configuration(ONE + ", \"maxDisplays\": \"never\"}"));
    assertThat(never.path()).isEqualTo("$.intercepts[0].maxDisplays");
    assertThat(never).hasMessageContaining("\"never\" is not a display limit");
    assertThatThrownBy(() -> JSON.readConfiguration(configuration(ONE + ", \"maxDisplays\": 0}")))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.intercepts[0].maxDisplays");
    SurveyJsonException flag = malformed(configuration(ONE + ", \"askAgainAfterCompleting\": 1}"));
    assertThat(flag.path()).isEqualTo("$.intercepts[0].askAgainAfterCompleting");
    assertThat(flag).hasMessageContaining("expected true or false");
    // A trigger's failure is named under the intercept's trigger rule.
    assertThatThrownBy(() -> JSON.readConfiguration(configuration("{\"id\": \"help\", \"surveyId\":"
        + " \"help\", \"trigger\": {\"triggers\": {\"long\": {\"type\": \"dwell\", \"page\":"
        + " \"/help/**\", \"atLeast\": \"PT0S\"}}}}")))
        .isInstanceOf(InvalidTriggerException.class)
        .hasMessageContaining("$.intercepts[0].trigger.triggers.long.atLeast");
    assertThatThrownBy(() -> JSON.readConfiguration(configuration("{\"id\": \"bad id\","
        + " \"surveyId\": \"s\", \"trigger\": {\"triggers\": {\"t\": {\"type\": \"exit-intent\","
        + " \"page\": \"/\"}}}}")))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("$.intercepts[0].id");
    // An audience rule over answers is no profile rule.
    assertThatThrownBy(() -> JSON.readConfiguration(configuration(ONE + ", \"audience\": {\"rule\":"
        + " {\"answer\": \"goal\", \"operator\": \"equals\", \"value\": \"fully\"}}}")))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("$.intercepts[0].audience.rule");
    assertThat(malformed(configuration(ONE + "}").replace("\"formatVersion\": 1, ", "")))
        .hasMessageContaining("member \"formatVersion\" is missing");
    assertThat(malformed(configuration(ONE + "}").replace("1", "2")).path())
        .isEqualTo("$.formatVersion");
    assertThatThrownBy(() -> JSON.readConfiguration(configuration("")))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("at least one intercept");
    assertThat(malformed(configuration(ONE + "}, ")).path()).startsWith("$.intercepts");
  }

  @Test
  void aConfigurationIsSetOnceAndNotBesideItsParts() {
    InterceptConfiguration read = JSON.readConfiguration(configuration(ONE + "}"));
    assertThatThrownBy(() -> InterceptEngine.builder().pacing(Pacing.none()).configuration(read))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> InterceptEngine.builder().configuration(read)
        .intercepts(read.intercepts())).isInstanceOf(IllegalStateException.class);
  }
}
