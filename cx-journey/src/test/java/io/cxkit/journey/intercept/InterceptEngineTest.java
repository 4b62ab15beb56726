package io.cxkit.journey.intercept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.intercept.InterceptTestTriggers.Always;
import io.cxkit.journey.intercept.InterceptTestTriggers.ExitIntentOn;
import io.cxkit.journey.intercept.InterceptTestTriggers.ForSurvey;
import io.cxkit.journey.intercept.InterceptTestTriggers.Never;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.condition.Condition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InterceptEngineTest {
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String PERSON = "customer-42";

  private static VisitorSession session(SessionEvent... events) {
    return VisitorSession.of(PERSON, "s-1", List.of(events));
  }

  private static VisitorSession checkoutExit() {
    return session(SessionEvent.pageView(NOW.minusSeconds(90), "/checkout"),
        SessionEvent.exitIntent(NOW, "/checkout"));
  }

  private static InterceptEngine engine(Pacing pacing, Intercept... intercepts) {
    return InterceptEngine.builder().intercepts(intercepts).pacing(pacing).clock(CLOCK).build();
  }

  private static Intercept always(String id, String surveyId) {
    return Intercept.builder(id, surveyId).triggers(new Always("always")).build();
  }

  private static SurveyHistory history(SurveyContact... contacts) {
    return SurveyHistory.of(List.of(contacts));
  }

  private static InterceptDecision decide(InterceptEngine engine, SurveyHistory history) {
    return engine.decide(checkoutExit(), null, history, List.of());
  }

  @Test
  void aTriggeredInterceptIsShown() {
    InterceptEngine engine = engine(Pacing.standard(), Intercept.builder("checkout-exit",
        "exit-feedback").triggers(new ExitIntentOn("/checkout")).build());

    InterceptDecision decision = decide(engine, SurveyHistory.empty());

    assertThat(decision.at()).isEqualTo(NOW);
    assertThat(decision.surveyId()).contains("exit-feedback");
    Candidate shown = decision.shown().orElseThrow();
    assertThat(shown.interceptId()).isEqualTo("checkout-exit");
    // The shorthand triggers(...) names each trigger by its type.
    assertThat(shown.trigger().fired()).isTrue();
    assertThat(shown.trigger().detail()).isEqualTo("fired: test-exit-intent");
    assertThat(shown.trigger().checks())
        .containsExactly(entry("test-exit-intent", TriggerCheck.fired("exit intent on /checkout")));
    assertThat(shown.reasons()).isEmpty();
  }

  @Test
  void theTriggerIsAskedForTheCandidatesSurvey() {
    InterceptEngine engine = engine(Pacing.none(),
        Intercept.builder("a", "survey-a").triggers(new ForSurvey("survey-a")).build(),
        Intercept.builder("b", "survey-b").triggers(new ForSurvey("survey-a")).build());

    InterceptDecision decision = decide(engine, SurveyHistory.empty());

    assertThat(decision.candidate("a").orElseThrow().trigger().fired()).isTrue();
    assertThat(decision.candidate("b").orElseThrow().reasons())
        .containsExactly(new Reason.NotTriggered("test-for-survey: asked for survey-b"));
  }

  @Test
  void anyOfSeveralTriggersFiresTheIntercept() {
    Intercept both = Intercept.builder("x", "survey-x")
        .triggers(new Never("no dwell"), new ExitIntentOn("/checkout")).build();
    Intercept neither = Intercept.builder("y", "survey-y")
        .triggers(new Never("no dwell"), new Never("no scroll")).build();
    InterceptDecision decision = decide(engine(Pacing.none(), both, neither),
        SurveyHistory.empty());

    assertThat(decision.candidate("x").orElseThrow().shown()).isTrue();
    // None fired: the details of all, joined, each after its id (a repeated type numbered).
    assertThat(decision.candidate("y").orElseThrow().reasons())
        .containsExactly(new Reason.NotTriggered("test-never: no dwell; test-never-2: no scroll"));
  }

  @Test
  void cooldownAcrossSurveysHoldsBackAnotherSurvey() {
    // Survey A shown 3 days ago; the 14-day cooldown ends at 2026-02-27T10:00Z + 14 d = 03-13.
    Instant shownA = NOW.minus(Duration.ofDays(3));
    InterceptEngine engine = engine(Pacing.standard(), always("b", "survey-b"));

    InterceptDecision decision =
        decide(engine, history(new SurveyContact("survey-a", shownA, ContactOutcome.DISMISSED)));

    assertThat(decision.shown()).isEmpty();
    Reason.CoolingDown cooling = new Reason.CoolingDown("survey-a",
        Instant.parse("2026-02-27T10:00:00Z"), Instant.parse("2026-03-13T10:00:00Z"));
    assertThat(decision.candidate("b").orElseThrow().reasons()).containsExactly(cooling);
    assertThat(cooling.detail()).isEqualTo("survey \"survey-a\" was shown at 2026-02-27T10:00:00Z;"
        + " cooling down until 2026-03-13T10:00:00Z");
  }

  @Test
  void cooldownEndsAtItsInstantAndNamesTheLatestContact() {
    // Shown exactly 14 days before now: the cooldown ends now, so it no longer holds.
    SurveyContact older = new SurveyContact("survey-a", NOW.minus(Duration.ofDays(20)),
        ContactOutcome.COMPLETED);
    SurveyContact edge = new SurveyContact("survey-c", NOW.minus(Duration.ofDays(14)),
        ContactOutcome.SHOWN);
    InterceptEngine engine = engine(Pacing.standard(), always("b", "survey-b"));
    assertThat(decide(engine, history(older, edge)).surveyId()).contains("survey-b");

    // One second later than the edge: still cooling down, and the reason names survey-c (the
    // latest), not the earlier survey-a.
    SurveyContact later = new SurveyContact("survey-c", NOW.minus(Duration.ofDays(14))
        .plusSeconds(1), ContactOutcome.SHOWN);
    assertThat(decide(engine, history(later, older)).candidate("b").orElseThrow().reasons())
        .containsExactly(new Reason.CoolingDown("survey-c", later.shownAt(), NOW.plusSeconds(1)));
  }

  @Test
  void zeroCooldownTurnsItOff() {
    InterceptEngine engine = engine(Pacing.builder().cooldown(Duration.ZERO).build(),
        always("b", "survey-b"));
    assertThat(decide(engine, history(new SurveyContact("survey-a", NOW.minusSeconds(60),
        ContactOutcome.DISMISSED))).surveyId()).contains("survey-b");
  }

  @Test
  void displayLimitPerPerson() {
    // Shown three times (dismissed twice, once still open): the default limit of 3 is reached.
    SurveyHistory threeTimes = history(
        new SurveyContact("nps", NOW.minus(Duration.ofDays(90)), ContactOutcome.DISMISSED),
        new SurveyContact("nps", NOW.minus(Duration.ofDays(60)), ContactOutcome.DISMISSED),
        new SurveyContact("nps", NOW.minus(Duration.ofDays(30)), ContactOutcome.SHOWN));
    InterceptDecision byDefault = decide(engine(Pacing.none(), always("nps", "nps")), threeTimes);
    assertThat(byDefault.candidate("nps").orElseThrow().reasons())
        .containsExactly(new Reason.DisplayLimitReached(3, 3));
    assertThat(new Reason.DisplayLimitReached(3, 3).detail())
        .isEqualTo("shown 3 of at most 3 times");

    Intercept four = Intercept.builder("nps", "nps").triggers(new Always("always"))
        .maxDisplays(4).build();
    assertThat(decide(engine(Pacing.none(), four), threeTimes).surveyId()).contains("nps");

    Intercept unlimited = Intercept.builder("nps", "nps").triggers(new Always("always"))
        .unlimitedDisplays().build();
    assertThat(unlimited.maxDisplays()).isEmpty();
    assertThat(decide(engine(Pacing.none(), unlimited), threeTimes).surveyId()).contains("nps");
  }

  @Test
  void neverAgainAfterCompletingUnlessSwitchedOff() {
    Instant completedAt = NOW.minus(Duration.ofDays(100));
    SurveyHistory completed = history(
        new SurveyContact("relationship", completedAt.minus(Duration.ofDays(90)),
            ContactOutcome.COMPLETED),
        new SurveyContact("relationship", completedAt, ContactOutcome.COMPLETED));

    InterceptDecision once = decide(engine(Pacing.standard(), always("q", "relationship")),
        completed);
    // The latest completed contact is named.
    assertThat(once.candidate("q").orElseThrow().reasons())
        .containsExactly(new Reason.CompletedBefore(completedAt));

    Intercept recurring = Intercept.builder("q", "relationship").triggers(new Always("quarter"))
        .askAgainAfterCompleting().unlimitedDisplays().build();
    assertThat(recurring.neverAgainAfterCompleting()).isFalse();
    assertThat(decide(engine(Pacing.standard(), recurring), completed).surveyId())
        .contains("relationship");
  }

  @Test
  void theHigherPriorityWinsAndTheOtherIsOutranked() {
    Intercept nps = Intercept.builder("nps", "nps").triggers(new Always("always")).priority(1)
        .build();
    Intercept exit = Intercept.builder("checkout-exit", "exit-feedback")
        .triggers(new ExitIntentOn("/checkout")).priority(10).build();
    // nps is given first, but exit's priority 10 beats nps's 1.
    InterceptDecision decision = decide(engine(Pacing.standard(), nps, exit),
        SurveyHistory.empty());

    assertThat(decision.surveyId()).contains("exit-feedback");
    Candidate outranked = decision.candidate("nps").orElseThrow();
    assertThat(outranked.trigger().fired()).isTrue();
    assertThat(outranked.reasons())
        .containsExactly(new Reason.Outranked("checkout-exit", "exit-feedback", 10));
    assertThat(outranked.reasons().get(0).detail())
        .isEqualTo("outranked by intercept \"checkout-exit\" (survey \"exit-feedback\", priority 10)");
  }

  @Test
  void equalPrioritiesGoToTheInterceptGivenFirst() {
    InterceptDecision decision = decide(engine(Pacing.standard(), always("first", "survey-1"),
        always("second", "survey-2"), always("third", "survey-3")), SurveyHistory.empty());

    assertThat(decision.surveyId()).contains("survey-1");
    assertThat(decision.candidate("second").orElseThrow().reasons())
        .containsExactly(new Reason.Outranked("first", "survey-1", 0));
    assertThat(decision.candidate("third").orElseThrow().reasons())
        .containsExactly(new Reason.Outranked("first", "survey-1", 0));
  }

  @Test
  void aCandidateFailingAnotherCheckIsNotAlsoOutranked() {
    Intercept high = Intercept.builder("high", "survey-high").triggers(new Always("always"))
        .priority(5).build();
    Intercept lowUntriggered = Intercept.builder("low", "survey-low")
        .triggers(new Never("not yet")).build();
    InterceptDecision decision = decide(engine(Pacing.standard(), high, lowUntriggered),
        SurveyHistory.empty());

    assertThat(decision.candidate("low").orElseThrow().reasons())
        .containsExactly(new Reason.NotTriggered("test-never: not yet"));
  }

  @Test
  void audienceByAttribute() {
    Condition germany = ProfileFacts.attribute("country").equalTo("DE");
    Intercept german = Intercept.builder("de", "survey-de").triggers(new Always("always"))
        .audience(Audience.matching(germany)).build();
    InterceptEngine engine = engine(Pacing.standard(), german);
    CustomerProfile de = new CustomerProfile(PERSON, Map.of("country", AttributeValue.text("DE")));
    CustomerProfile fr = new CustomerProfile(PERSON, Map.of("country", AttributeValue.text("FR")));

    assertThat(engine.decide(checkoutExit(), de, SurveyHistory.empty(), List.of()).surveyId())
        .contains("survey-de");
    assertThat(engine.decide(checkoutExit(), fr, SurveyHistory.empty(), List.of())
        .candidate("de").orElseThrow().reasons()).containsExactly(
            new Reason.NotInAudience("the profile does not meet the audience rule"));
    // Without a profile the rule cannot be checked: excluded by default...
    assertThat(engine.decide(checkoutExit(), null, SurveyHistory.empty(), List.of())
        .candidate("de").orElseThrow().reasons()).containsExactly(
            new Reason.NotInAudience("no profile: visitors not known are not in this audience"));
    // ...and let in when the audience says so, while a known French profile stays out.
    Intercept open = Intercept.builder("de", "survey-de").triggers(new Always("always"))
        .audience(Audience.builder().rule(germany).anonymousVisitors(true).build()).build();
    InterceptEngine openEngine = engine(Pacing.standard(), open);
    assertThat(openEngine.decide(checkoutExit(), null, SurveyHistory.empty(), List.of())
        .surveyId()).contains("survey-de");
    assertThat(openEngine.decide(checkoutExit(), fr, SurveyHistory.empty(), List.of())
        .surveyId()).isEmpty();
    // Everyone (the default) includes visitors not known.
    assertThat(decide(engine(Pacing.standard(), always("all", "survey-all")),
        SurveyHistory.empty()).surveyId()).contains("survey-all");
  }

  private static PersonaSet shopPersonas() {
    Persona loyal = Persona.builder("loyal", "Loyal regular")
        .rule(ProfileFacts.attribute("orders").greaterThan(4)).priority(2).build();
    Persona newcomer = Persona.builder("newcomer", "Newcomer")
        .rule(ProfileFacts.daysSince("signed-up").lessThan(30)).priority(1).build();
    return PersonaSet.of(loyal, newcomer);
  }

  @Test
  void audienceByPersonaUsesTheAssignedPersona() {
    Intercept forNewcomers = Intercept.builder("welcome", "onboarding")
        .triggers(new Always("always")).audience(Audience.personas("newcomer")).build();
    InterceptEngine engine = InterceptEngine.builder().intercepts(forNewcomers)
        .personas(shopPersonas()).clock(CLOCK).build();
    // Signed up 2026-02-20: 10 days before 2026-03-02, a newcomer.
    CustomerProfile newcomer = new CustomerProfile(PERSON,
        Map.of("signed-up", AttributeValue.date(LocalDate.of(2026, 2, 20))));
    // Also 7 orders: matches loyal too, and loyal's priority 2 beats newcomer's 1.
    CustomerProfile loyalNewcomer = newcomer.with("orders", AttributeValue.number(7));
    CustomerProfile nobody = CustomerProfile.of(PERSON);

    assertThat(engine.decide(checkoutExit(), newcomer, SurveyHistory.empty(), List.of())
        .surveyId()).contains("onboarding");
    assertThat(engine.decide(checkoutExit(), loyalNewcomer, SurveyHistory.empty(), List.of())
        .candidate("welcome").orElseThrow().reasons()).containsExactly(new Reason.NotInAudience(
            "persona \"loyal\"; the audience is personas [newcomer]"));
    assertThat(engine.decide(checkoutExit(), nobody, SurveyHistory.empty(), List.of())
        .candidate("welcome").orElseThrow().reasons()).containsExactly(new Reason.NotInAudience(
            "no persona matches the profile; the audience is personas [newcomer]"));
  }

  @Test
  void profileRulesCountDaysToTheDecisionsDateInTheEnginesZone() {
    // 2026-03-02T23:30Z is already 2026-03-03 in Berlin (UTC+1 in March before the switch).
    Clock lateEvening = Clock.fixed(Instant.parse("2026-03-02T23:30:00Z"), ZoneOffset.UTC);
    Intercept recent = Intercept.builder("recent", "onboarding").triggers(new Always("always"))
        .audience(Audience.matching(ProfileFacts.daysSince("signed-up").lessThan(1))).build();
    CustomerProfile signedUpToday = new CustomerProfile(PERSON,
        Map.of("signed-up", AttributeValue.date(LocalDate.of(2026, 3, 2))));

    InterceptEngine utc = InterceptEngine.builder().intercepts(recent).clock(lateEvening).build();
    InterceptEngine berlin = InterceptEngine.builder().intercepts(recent).clock(lateEvening)
        .zone(ZoneId.of("Europe/Berlin")).build();

    // In UTC: 0 days since 2026-03-02, less than 1. In Berlin: 1 day, not less than 1.
    assertThat(utc.decide(checkoutExit(), signedUpToday, SurveyHistory.empty(), List.of())
        .surveyId()).contains("onboarding");
    assertThat(berlin.decide(checkoutExit(), signedUpToday, SurveyHistory.empty(), List.of())
        .surveyId()).isEmpty();
  }

  @Test
  void theWhyNotListNamesEveryReasonThatApplies() {
    // One candidate failing every check at once, each reason computed by hand:
    Condition germany = ProfileFacts.attribute("country").equalTo("DE");
    // bucket of ("nps", "customer-42"): SHA-256 first 8 bytes 8fbd11cc8666d283 (Python's
    // hashlib), u = 10357454288147894915, u / 2^64 = 56.1479 %, outside 10 %.
    Intercept nps = Intercept.builder("nps", "nps").triggers(new Never("no purchase yet"))
        .audience(Audience.matching(germany)).samplePercent(10).maxDisplays(2).build();
    Pacing pacing = Pacing.builder().cooldown(Duration.ofDays(14))
        .displayLimit(2, Duration.ofDays(30)).build();
    Instant completed = NOW.minus(Duration.ofDays(20));
    Instant last = NOW.minus(Duration.ofDays(2));
    SurveyHistory history = history(new SurveyContact("nps", completed, ContactOutcome.COMPLETED),
        new SurveyContact("nps", NOW.minus(Duration.ofDays(10)), ContactOutcome.DISMISSED),
        new SurveyContact("exit-feedback", last, ContactOutcome.DISMISSED));
    CustomerProfile french =
        new CustomerProfile(PERSON, Map.of("country", AttributeValue.text("FR")));

    InterceptDecision decision = InterceptEngine.builder().intercepts(nps).pacing(pacing)
        .clock(CLOCK).build().decide(checkoutExit(), french, history, List.of());

    assertThat(decision.shown()).isEmpty();
    List<Reason> reasons = decision.candidate("nps").orElseThrow().reasons();
    assertThat(reasons).extracting(Reason::code).containsExactly("not-triggered",
        "not-in-audience", "not-sampled", "completed-before", "display-limit", "cooling-down",
        "pacing-limit");
    assertThat(reasons.get(0)).isEqualTo(new Reason.NotTriggered("test-never: no purchase yet"));
    assertThat(reasons.get(2)).isEqualTo(
        new Reason.NotSampled(Sampling.bucket("nps", PERSON), 10));
    assertThat(reasons.get(2).detail()).isEqualTo("bucket 56.1479 % is outside the sample of 10 %");
    assertThat(reasons.get(3)).isEqualTo(new Reason.CompletedBefore(completed));
    // nps shown twice (completed, dismissed): 2 of at most 2.
    assertThat(reasons.get(4)).isEqualTo(new Reason.DisplayLimitReached(2, 2));
    assertThat(reasons.get(5)).isEqualTo(
        new Reason.CoolingDown("exit-feedback", last, last.plus(Duration.ofDays(14))));
    // Within 30 days: the contacts 10 and 2 days ago (20 days ago is within too): 3 of at most 2.
    assertThat(reasons.get(6)).isEqualTo(new Reason.PacingLimitReached(3, 2, Duration.ofDays(30)));
    assertThat(reasons.get(6).detail()).isEqualTo("3 surveys shown within P30D, at most 2 allowed");
  }

  @Test
  void theEnginesDisplayLimitCountsARollingWindow() {
    Pacing twoIn30Days = Pacing.builder().cooldown(Duration.ZERO)
        .displayLimit(2, Duration.ofDays(30)).build();
    InterceptEngine engine = engine(twoIn30Days, always("b", "survey-b"));
    SurveyContact old = new SurveyContact("survey-a", NOW.minus(Duration.ofDays(31)),
        ContactOutcome.DISMISSED);
    SurveyContact recent = new SurveyContact("survey-c", NOW.minus(Duration.ofDays(5)),
        ContactOutcome.DISMISSED);

    // One contact within 30 days (the other is 31 days old): below 2, shown.
    assertThat(decide(engine, history(old, recent)).surveyId()).contains("survey-b");
    // Two within: the limit is reached.
    assertThat(decide(engine, history(old, recent, recent)).candidate("b").orElseThrow()
        .reasons()).containsExactly(new Reason.PacingLimitReached(2, 2, Duration.ofDays(30)));
  }

  @Test
  void aFixedClockMakesDecisionsRepeatable() {
    InterceptEngine engine = engine(Pacing.standard(),
        Intercept.builder("due", "product").triggers(new InterceptTestTriggers.FiresFrom(
            NOW.minusSeconds(1))).samplePercent(50).build(),
        always("other", "survey-other"));
    InterceptDecision first = decide(engine, SurveyHistory.empty());
    InterceptDecision second = decide(engine, SurveyHistory.empty());
    assertThat(second).isEqualTo(first);

    // The same engine with a clock two seconds earlier: the delayed trigger is not yet due.
    InterceptEngine earlier = InterceptEngine.builder().intercepts(engine.intercepts())
        .clock(Clock.offset(CLOCK, Duration.ofSeconds(-2))).build();
    assertThat(decide(earlier, SurveyHistory.empty()).candidate("due").orElseThrow().trigger()
        .checks().get("test-from")).isEqualTo(TriggerCheck.notFired("due 2026-03-02T09:59:59Z"));
  }

  @Test
  void oneEngineServesManyThreadsWithTheSameDecisions() throws Exception {
    Intercept exit = Intercept.builder("exit", "exit-feedback")
        .triggers(new ExitIntentOn("/checkout")).samplePercent(50).priority(3).build();
    Intercept nps = Intercept.builder("nps", "nps").triggers(new Always("always"))
        .audience(Audience.personas("loyal")).samplePercent(30).build();
    InterceptEngine engine = InterceptEngine.builder().intercepts(exit, nps)
        .personas(shopPersonas()).clock(CLOCK).build();
    List<InterceptDecision> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      expected.add(decideFor(engine, i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<InterceptDecision>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          List<InterceptDecision> got = new ArrayList<>();
          for (int i = 0; i < 200; i++) {
            got.add(decideFor(engine, i));
          }
          return got;
        }));
      }
      for (Future<List<InterceptDecision>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    // The people differ, so the sample splits them: some shown, some not sampled.
    assertThat(expected).anyMatch(d -> d.shown().isPresent());
    assertThat(expected).anyMatch(d -> d.candidate("exit").orElseThrow().reasons().stream()
        .anyMatch(r -> r instanceof Reason.NotSampled));
  }

  private static InterceptDecision decideFor(InterceptEngine engine, int i) {
    String person = "person-" + i;
    VisitorSession session = VisitorSession.of(person, "s-" + i,
        List.of(SessionEvent.exitIntent(NOW, "/checkout")));
    CustomerProfile profile =
        new CustomerProfile(person, Map.of("orders", AttributeValue.number(i % 10)));
    return engine.decide(session, profile, SurveyHistory.empty(), List.of());
  }

  @Test
  void aProfileOrEventOfAnotherPersonIsRefused() {
    InterceptEngine engine = engine(Pacing.standard(), always("a", "survey-a"));
    assertThatThrownBy(() -> engine.decide(checkoutExit(), CustomerProfile.of("someone-else"),
        SurveyHistory.empty(), List.of()))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("profile.customerId").hasMessageContaining("\"customer-42\"");
    JourneyEvent theirs = JourneyEvent.of("someone-else", "cart", NOW, EventKind.VIEW);
    assertThatThrownBy(() -> engine.decide(checkoutExit(), null, SurveyHistory.empty(),
        List.of(theirs)))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("customerEvents[0].customerId");
  }

  @Test
  void badEnginesGetTypedErrors() {
    Intercept a = always("a", "survey-a");
    assertThatThrownBy(() -> InterceptEngine.builder().intercepts(a, always("a", "survey-b"))
        .clock(CLOCK).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("intercepts[1].id").hasMessageContaining("duplicates");
    Intercept forVips = Intercept.builder("vip", "survey-vip").triggers(new Always("always"))
        .audience(Audience.personas("loyal", "vip")).build();
    assertThatThrownBy(() -> InterceptEngine.builder().intercepts(forVips)
        .personas(shopPersonas()).clock(CLOCK).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("intercepts[0].audience.personas[1]").hasMessageContaining("\"vip\"")
        .hasMessageContaining("[loyal, newcomer]");
    assertThatThrownBy(() -> InterceptEngine.builder().intercepts(forVips).clock(CLOCK).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("no persona set");
    assertThatThrownBy(() -> InterceptEngine.builder().intercepts(List.of()).clock(CLOCK).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> InterceptEngine.builder().intercepts(a).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock");
    assertThatThrownBy(() -> InterceptEngine.builder().clock(CLOCK).clock(CLOCK))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theEngineDefaultsAndSaysWhatItHolds() {
    InterceptEngine engine = InterceptEngine.builder().intercepts(always("a", "survey-a"))
        .clock(Clock.fixed(NOW, ZoneId.of("Europe/Berlin"))).build();
    assertThat(engine.pacing()).isEqualTo(Pacing.standard());
    assertThat(engine.pacing().cooldown()).isEqualTo(Duration.ofDays(14));
    assertThat(engine.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(engine.personas()).isEmpty();
    assertThat(engine.toString())
        .isEqualTo("InterceptEngine[a; Pacing[cooldown PT336H, no limit], zone Europe/Berlin]");
  }
}
