package io.cxkit.benchmarks;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.intercept.AfterEventTrigger;
import io.cxkit.journey.intercept.Audience;
import io.cxkit.journey.intercept.BackAndForthTrigger;
import io.cxkit.journey.intercept.CartWithoutCheckoutTrigger;
import io.cxkit.journey.intercept.ContactOutcome;
import io.cxkit.journey.intercept.ContactThenLeaveTrigger;
import io.cxkit.journey.intercept.DwellTrigger;
import io.cxkit.journey.intercept.ExitIntentTrigger;
import io.cxkit.journey.intercept.Intercept;
import io.cxkit.journey.intercept.InterceptDecision;
import io.cxkit.journey.intercept.InterceptEngine;
import io.cxkit.journey.intercept.Pacing;
import io.cxkit.journey.intercept.PagePattern;
import io.cxkit.journey.intercept.RecurringTrigger;
import io.cxkit.journey.intercept.Sampling;
import io.cxkit.journey.intercept.SessionEvent;
import io.cxkit.journey.intercept.SurveyContact;
import io.cxkit.journey.intercept.SurveyHistory;
import io.cxkit.journey.intercept.TriggerFacts;
import io.cxkit.journey.intercept.TriggerRule;
import io.cxkit.journey.intercept.VisitorSession;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.ProfileFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One intercept decision for a realistic page view, with the built-in triggers: an engine of
 * {@value #INTERCEPTS} intercepts — the six scenarios of the seed articles (exit intent on checkout
 * with a {@code when} keeping staff out, cart viewed without checkout for 30 min, three
 * back-and-forth switches in two minutes or the contact page opened then leaving, dwell 60 s on a
 * help article, a product survey 7 days after delivery, a quarterly relationship NPS for loyal
 * customers, 10 % sampled) and a persona-targeted onboarding survey — a session of {@value
 * #EVENTS} events ending in an exit intent on the payment page, a signed-up customer's profile with
 * four attributes and three journey events, and a history of {@value #CONTACTS} contacts older than
 * the cooldown: the exit survey is shown, three other intercepts fired and are outranked, three did
 * not fire. The score is per decision (every intercept checked, the "why not" of each built);
 * {@link #decideLongSession} is the same decision over a session of {@value #LONG_EVENTS} events
 * (the triggers scan the session, so its cost grows linearly); {@link #sampleHash} is the sampling
 * hash alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InterceptBenchmark {
  /** The intercepts of the engine. */
  static final int INTERCEPTS = 7;
  /** The events of the session. */
  static final int EVENTS = 20;
  /** The events of the long session. */
  static final int LONG_EVENTS = 1_000;
  /** The contacts of the history. */
  static final int CONTACTS = 5;

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  InterceptEngine engine;
  VisitorSession session;
  VisitorSession longSession;
  CustomerProfile profile;
  SurveyHistory history;
  List<JourneyEvent> customerEvents;

  @Setup
  public void setUp() {
    Persona loyal = Persona.builder("loyal", "Loyal regular")
        .rule(ProfileFacts.attribute("orders").greaterThan(4)).priority(2).build();
    Persona newcomer = Persona.builder("newcomer", "Newcomer")
        .rule(ProfileFacts.daysSince("signed-up").lessThan(30)).priority(1).build();
    TriggerRule exit = TriggerRule.builder()
        .trigger("exit-checkout", new ExitIntentTrigger(PagePattern.of("/checkout/**")))
        .when(TriggerFacts.trigger("exit-checkout").equalTo(true)
            .and(ProfileFacts.attribute("staff").equalTo("yes").negate()))
        .build();
    TriggerRule confused = TriggerRule.builder()
        .trigger("switching", new BackAndForthTrigger(PagePattern.of("/product/**"), 3,
            Duration.ofMinutes(2)))
        .trigger("contact-left", new ContactThenLeaveTrigger(PagePattern.of("/contact")))
        .build();
    engine = InterceptEngine.builder()
        .intercepts(
            Intercept.builder("checkout-exit", "exit-feedback").when(exit).priority(10).build(),
            Intercept.builder("cart-abandon", "cart-feedback")
                .when(TriggerRule.of("cart-idle", new CartWithoutCheckoutTrigger(
                    PagePattern.of("/cart"), PagePattern.of("/checkout/**"),
                    Duration.ofMinutes(30))))
                .priority(7).maxDisplays(2).build(),
            Intercept.builder("confused", "navigation-feedback").when(confused).priority(6)
                .build(),
            Intercept.builder("help-dwell", "help-feedback")
                .when(TriggerRule.of("long-help", DwellTrigger.seconds("/help/**", 60)))
                .priority(5).build(),
            Intercept.builder("product-7d", "product-review")
                .when(TriggerRule.of("delivered", AfterEventTrigger.after(EventMatch.builder()
                    .touchpoints("delivery").kinds(EventKind.COMPLETE).build(),
                    Duration.ofDays(7))))
                .audience(Audience.builder().anonymousVisitors(false).build())
                .priority(3).unlimitedDisplays().askAgainAfterCompleting().build(),
            Intercept.builder("welcome", "onboarding")
                .when(TriggerRule.of("account", DwellTrigger.seconds("/account/**", 20)))
                .audience(Audience.personas("newcomer")).priority(2).build(),
            Intercept.builder("quarterly-nps", "relationship-nps")
                .when(TriggerRule.of("quarter", new RecurringTrigger("signed-up",
                    Period.ofMonths(3))))
                .audience(Audience.personas("loyal")).samplePercent(10).priority(1)
                .unlimitedDisplays().askAgainAfterCompleting().build())
        .personas(PersonaSet.of(loyal, newcomer))
        .pacing(Pacing.builder().displayLimit(4, Duration.ofDays(90)).build())
        .clock(Clock.fixed(NOW, ZoneId.of("Europe/Berlin")))
        .build();

    String[] pages = {"/", "/search", "/product/123", "/product/456", "/cart", "/help/returns",
        "/product/789", "/cart", "/checkout", "/checkout/payment"};
    List<SessionEvent> events = new ArrayList<>(EVENTS);
    Instant at = NOW.minus(Duration.ofMinutes(12));
    for (int i = 0; i < EVENTS - 1; i++) {
      String page = pages[i % pages.length];
      events.add(i % 3 == 2 ? SessionEvent.scrolled(at, page, 75)
          : SessionEvent.pageView(at, page));
      at = at.plusSeconds(35);
    }
    events.add(SessionEvent.exitIntent(NOW, "/checkout/payment"));
    session = VisitorSession.of("customer-4711", "s-20260302-1", events);
    List<SessionEvent> many = new ArrayList<>(LONG_EVENTS);
    at = NOW.minus(Duration.ofSeconds(LONG_EVENTS));
    for (int i = 0; i < LONG_EVENTS - 1; i++) {
      String page = pages[i % pages.length];
      many.add(i % 3 == 2 ? SessionEvent.scrolled(at, page, 75) : SessionEvent.pageView(at, page));
      at = at.plusSeconds(1);
    }
    many.add(SessionEvent.exitIntent(NOW, "/checkout/payment"));
    longSession = VisitorSession.of("customer-4711", "s-20260302-2", many);

    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    attributes.put("country", AttributeValue.text("DE"));
    attributes.put("orders", AttributeValue.number(6));
    attributes.put("signed-up", AttributeValue.date(LocalDate.of(2025, 6, 1)));
    attributes.put("plan", AttributeValue.text("plus"));
    profile = new CustomerProfile("customer-4711", attributes);

    customerEvents = List.of(
        JourneyEvent.of("customer-4711", "checkout", NOW.minus(Duration.ofDays(12)),
            EventKind.PURCHASE),
        JourneyEvent.of("customer-4711", "delivery", NOW.minus(Duration.ofDays(9)),
            EventKind.COMPLETE),
        JourneyEvent.of("customer-4711", "support", NOW.minus(Duration.ofDays(2)),
            EventKind.CONTACT));

    List<SurveyContact> contacts = new ArrayList<>(CONTACTS);
    // 200, 170, 140, 110 and 80 days ago: one within the 90-day window of the display limit, all
    // before the delivery 9 days ago; the exit survey only dismissed, so it may be shown again.
    String[] surveys = {"relationship-nps", "help-feedback", "exit-feedback", "relationship-nps",
        "product-review"};
    for (int i = 0; i < CONTACTS; i++) {
      contacts.add(new SurveyContact(surveys[i], NOW.minus(Duration.ofDays(200 - 30L * i)),
          i % 2 == 0 ? ContactOutcome.DISMISSED : ContactOutcome.COMPLETED));
    }
    history = SurveyHistory.of(contacts);
  }

  /** @return the decision for the page view */
  @Benchmark
  public InterceptDecision decide() {
    return engine.decide(session, profile, history, customerEvents);
  }

  /** @return the decision for a page view ending a session of {@value #LONG_EVENTS} events */
  @Benchmark
  public InterceptDecision decideLongSession() {
    return engine.decide(longSession, profile, history, customerEvents);
  }

  /** @return the same page view by a visitor not known (no profile, no events, no history) */
  @Benchmark
  public InterceptDecision decideAnonymous() {
    return engine.decide(session, null, SurveyHistory.empty(), List.of());
  }

  /** @return the sampling hash of one (survey, person) */
  @Benchmark
  public long sampleHash() {
    return Sampling.hash("exit-feedback", "customer-4711");
  }
}
