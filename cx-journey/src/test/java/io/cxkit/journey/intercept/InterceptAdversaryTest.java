package io.cxkit.journey.intercept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.json.InterceptJson;
import io.cxkit.survey.json.SurveyJsonException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine reviewed as an adversary would use it: durations and instants at the ends of the time
 * line, a session of 10,000 events, configurations of too many intercepts, custom trigger types
 * that are no ids.
 */
class InterceptAdversaryTest {
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Intercept EXIT = Intercept.builder("exit", "exit-feedback")
      .when(TriggerRule.of("exit", new ExitIntentTrigger(PagePattern.any()))).build();

  private static VisitorSession leaving() {
    return VisitorSession.of("p-1", "s-1", List.of(SessionEvent.pageView(NOW.minusSeconds(9), "/"),
        SessionEvent.exitIntent(NOW, "/")));
  }

  @Test
  void aCooldownBeyondTheTimeLineHoldsForeverInsteadOfOverflowing() {
    // Long.MAX_VALUE seconds after 2026 is past Instant.MAX: the end saturates there (before,
    // Instant.plus threw a DateTimeException out of decide).
    Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
    InterceptEngine engine = InterceptEngine.builder().intercepts(EXIT)
        .pacing(Pacing.builder().cooldown(forever).build()).clock(CLOCK).build();
    Instant shown = NOW.minus(Duration.ofDays(1));
    InterceptDecision decision = engine.decide(leaving(), null, SurveyHistory.of(List.of(
        new SurveyContact("nps", shown, ContactOutcome.DISMISSED))), List.of());

    assertThat(decision.candidate("exit").orElseThrow().reasons())
        .containsExactly(new Reason.CoolingDown("nps", shown, Instant.MAX));
  }

  @Test
  void aDisplayLimitWindowBeyondTheTimeLineCountsEveryContact() {
    // now − (Long.MAX_VALUE s) is before Instant.MIN: the window starts there, so a contact of
    // 1970 counts (1 of at most 1).
    Duration always = Duration.ofSeconds(Long.MAX_VALUE);
    InterceptEngine engine = InterceptEngine.builder().intercepts(EXIT)
        .pacing(Pacing.builder().cooldown(Duration.ZERO).displayLimit(1, always).build())
        .clock(CLOCK).build();
    InterceptDecision decision = engine.decide(leaving(), null, SurveyHistory.of(List.of(
        new SurveyContact("nps", Instant.EPOCH, ContactOutcome.SHOWN))), List.of());

    assertThat(decision.candidate("exit").orElseThrow().reasons())
        .containsExactly(new Reason.PacingLimitReached(1, 1, always));
  }

  @Test
  void aContactRecordedAtTheEndOfTimeCoolsDownWithoutOverflowing() {
    // Instant.MAX + 14 days is past the end: the cooldown ends at Instant.MAX.
    InterceptEngine engine = InterceptEngine.builder().intercepts(EXIT).clock(CLOCK).build();
    InterceptDecision decision = engine.decide(leaving(), null, SurveyHistory.of(List.of(
        new SurveyContact("nps", Instant.MAX, ContactOutcome.SHOWN))), List.of());

    assertThat(decision.candidate("exit").orElseThrow().reasons())
        .containsExactly(new Reason.CoolingDown("nps", Instant.MAX, Instant.MAX));
  }

  @Test
  void aSessionOfTenThousandEventsIsDecidedInOnePass() {
    // 10,000 page views one second apart, switching between /product/1 (even i) and /product/2
    // (odd i): 9,999 switches; the first three (views 1..3, 2 s apart) already fall within 2 min.
    Instant start = NOW.minusSeconds(9_999);
    List<SessionEvent> events = new ArrayList<>(10_000);
    for (int i = 0; i < 10_000; i++) {
      events.add(SessionEvent.pageView(start.plusSeconds(i), "/product/" + (1 + i % 2)));
    }
    VisitorSession session = VisitorSession.of("p-1", "s-1", events);
    Intercept switching = Intercept.builder("compare", "navigation-feedback")
        .when(TriggerRule.of("switching", new BackAndForthTrigger(PagePattern.of("/product/**"),
            3, Duration.ofMinutes(2))))
        .build();
    Intercept help = Intercept.builder("help", "help-feedback")
        .triggers(DwellTrigger.seconds("/help/**", 60)).build();
    InterceptEngine engine = InterceptEngine.builder().intercepts(help, switching).clock(CLOCK)
        .build();

    InterceptDecision decision = engine.decide(session, null, SurveyHistory.empty(), List.of());

    assertThat(decision.surveyId()).contains("navigation-feedback");
    // The last view (i = 9,999, odd) is /product/2 at now.
    assertThat(decision.shown().orElseThrow().trigger().checks().get("switching"))
        .isEqualTo(TriggerCheck.fired("9999 switches between /product/1 and /product/2, 3 of"
            + " them from " + start.plusSeconds(1) + " to " + start.plusSeconds(3)
            + ", needs 3 within 2 min"));
    assertThat(decision.candidate("help").orElseThrow().reasons())
        .containsExactly(new Reason.NotTriggered("dwell: on /product/2, not on /help/**"));
    // The same session through the browser's JSON gives the same decision.
    VisitorSession read = InterceptJson.standard().readSession(
        InterceptJson.standard().writeSession(session));
    assertThat(engine.decide(read, null, SurveyHistory.empty(), List.of())).isEqualTo(decision);
  }

  @Test
  void aConfigurationOfMoreInterceptsThanAnEngineHoldsIsRefusedWhereItOverflows() {
    StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"intercepts\": [");
    for (int i = 0; i <= InterceptEngine.MAX_INTERCEPTS; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"id\": \"i").append(i)
          .append("\", \"surveyId\": \"s\", \"trigger\": {\"triggers\": {\"t\": {\"type\":")
          .append(" \"exit-intent\", \"page\": \"/**\"}}}}");
    }
    json.append("]}");

    assertThatThrownBy(() -> InterceptJson.standard().readConfiguration(json.toString()))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.intercepts[1000]");
          // One intercept a line: the 1,001st is on line 1,001.
          assertThat(e.line()).isEqualTo(1_001);
        })
        .hasMessageContaining("at most 1000 intercepts");
  }

  @Test
  void theTriggersShorthandNamesRepeatedTypesAndRefusesATypeThatIsNoId() {
    Intercept twoDwells = Intercept.builder("help", "help-feedback")
        .triggers(DwellTrigger.seconds("/help/**", 60), DwellTrigger.seconds("/faq/**", 30),
            new ExitIntentTrigger(PagePattern.of("/help/**")))
        .build();
    assertThat(twoDwells.triggerRule().triggers().keySet())
        .containsExactly("dwell", "dwell-2", "exit-intent");

    Trigger spaced = new Trigger() {
      @Override
      public String type() {
        return "my trigger";
      }

      @Override
      public TriggerCheck check(TriggerInput input) {
        return TriggerCheck.fired("always");
      }
    };
    assertThatThrownBy(() -> Intercept.builder("x", "s").triggers(spaced))
        .isInstanceOf(InvalidTriggerException.class).hasMessageContaining("\"my trigger\"");
    assertThatThrownBy(() -> Intercept.builder("x", "s").triggers(List.of()))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("at least one trigger");
  }
}
