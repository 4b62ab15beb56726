package io.cxkit.benchmarks;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.intercept.Audience;
import io.cxkit.journey.intercept.ContactOutcome;
import io.cxkit.journey.intercept.Intercept;
import io.cxkit.journey.intercept.InterceptDecision;
import io.cxkit.journey.intercept.InterceptEngine;
import io.cxkit.journey.intercept.Pacing;
import io.cxkit.journey.intercept.Sampling;
import io.cxkit.journey.intercept.SessionEvent;
import io.cxkit.journey.intercept.SessionEventType;
import io.cxkit.journey.intercept.SurveyContact;
import io.cxkit.journey.intercept.SurveyHistory;
import io.cxkit.journey.intercept.Trigger;
import io.cxkit.journey.intercept.TriggerCheck;
import io.cxkit.journey.intercept.TriggerInput;
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
 * One intercept decision for a realistic page view: an engine of {@value #INTERCEPTS} intercepts
 * (exit intent on checkout, dwell on help articles, a product survey 7 days after delivery, a
 * persona-targeted onboarding survey, a 10 % sampled NPS), a session of {@value #EVENTS} events, a
 * signed-in customer's profile with four attributes and three journey events, and a history of
 * {@value #CONTACTS} contacts older than the cooldown. The triggers are small stand-ins written
 * here over the {@link Trigger} interface, scanning the session as built-in triggers do. The
 * score is per decision; {@link #sampleHash} is the sampling hash alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InterceptBenchmark {
  /** The intercepts of the engine. */
  static final int INTERCEPTS = 5;
  /** The events of the session. */
  static final int EVENTS = 20;
  /** The contacts of the history. */
  static final int CONTACTS = 5;

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  InterceptEngine engine;
  VisitorSession session;
  CustomerProfile profile;
  SurveyHistory history;
  List<JourneyEvent> customerEvents;

  /** An exit intent as the session's latest event, on a page of a prefix. */
  record ExitIntent(String prefix) implements Trigger {
    @Override
    public String type() {
      return "exit-intent";
    }

    @Override
    public TriggerCheck check(TriggerInput input) {
      List<SessionEvent> events = input.session().events();
      SessionEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
      return last != null && last.type() == SessionEventType.EXIT_INTENT
          && last.page().startsWith(prefix) ? TriggerCheck.fired("exit intent on " + last.page())
          : TriggerCheck.notFired("no exit intent on " + prefix + "*");
    }
  }

  /** At least some seconds on the current page, when it is of a prefix. */
  record Dwell(String prefix, long seconds) implements Trigger {
    @Override
    public String type() {
      return "dwell";
    }

    @Override
    public TriggerCheck check(TriggerInput input) {
      List<SessionEvent> events = input.session().events();
      for (int i = events.size() - 1; i >= 0; i--) {
        SessionEvent event = events.get(i);
        if (event.type() == SessionEventType.PAGE_VIEW) {
          long dwelt = Duration.between(event.at(), input.now()).getSeconds();
          return event.page().startsWith(prefix) && dwelt >= seconds
              ? TriggerCheck.fired("dwell " + dwelt + " s on " + event.page())
              : TriggerCheck.notFired("dwell " + dwelt + " s on " + event.page() + ", needs "
                  + seconds + " s on " + prefix + "*");
        }
      }
      return TriggerCheck.notFired("no page view");
    }
  }

  /** Due a delay after the latest customer event of a kind. */
  record After(EventKind kind, Duration delay) implements Trigger {
    @Override
    public String type() {
      return "after-event";
    }

    @Override
    public TriggerCheck check(TriggerInput input) {
      Instant latest = null;
      for (JourneyEvent event : input.customerEvents()) {
        if (event.kind() == kind && (latest == null || event.at().isAfter(latest))) {
          latest = event.at();
        }
      }
      if (latest == null) {
        return TriggerCheck.notFired("no " + kind.id() + " event");
      }
      Instant due = latest.plus(delay);
      return input.now().isBefore(due) ? TriggerCheck.notFired("due " + due)
          : TriggerCheck.fired("due " + due);
    }
  }

  @Setup
  public void setUp() {
    Persona loyal = Persona.builder("loyal", "Loyal regular")
        .rule(ProfileFacts.attribute("orders").greaterThan(4)).priority(2).build();
    Persona newcomer = Persona.builder("newcomer", "Newcomer")
        .rule(ProfileFacts.daysSince("signed-up").lessThan(30)).priority(1).build();
    engine = InterceptEngine.builder()
        .intercepts(
            Intercept.builder("checkout-exit", "exit-feedback")
                .triggers(new ExitIntent("/checkout")).priority(10).build(),
            Intercept.builder("help-dwell", "help-feedback")
                .triggers(new Dwell("/help/", 60)).priority(5).build(),
            Intercept.builder("product-7d", "product-survey")
                .triggers(new After(EventKind.COMPLETE, Duration.ofDays(7))).priority(3).build(),
            Intercept.builder("welcome", "onboarding").triggers(new Dwell("/account", 20))
                .audience(Audience.personas("newcomer")).priority(2).build(),
            Intercept.builder("nps", "nps").triggers(new Dwell("/", 30)).samplePercent(10)
                .audience(Audience.matching(ProfileFacts.attribute("country").equalTo("DE")))
                .priority(1).build())
        .personas(PersonaSet.of(loyal, newcomer))
        .pacing(Pacing.builder().displayLimit(4, Duration.ofDays(180)).build())
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
    String[] surveys = {"nps", "exit-feedback", "help-feedback", "nps", "product-survey"};
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
