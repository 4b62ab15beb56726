package io.cxkit.journey.retention;

import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.survey.Channel;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A small subscription shop for the churn and lifetime tests: a plan page where subscriptions
 * start ({@code start} events) and are cancelled ({@code abandon} events), and an app whose visits
 * are the activity. Months January to April 2026 in UTC, analysed as of 2026-05-01T00:00Z.
 */
final class ChurnShop {
  static final Instant AS_OF = Instant.parse("2026-05-01T00:00:00Z");
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final EventMatch START = EventMatch.builder().touchpoints("plan").kinds(EventKind.START)
      .build();
  static final EventMatch END = EventMatch.builder().touchpoints("plan").kinds(EventKind.ABANDON)
      .build();
  static final EventMatch APP = EventMatch.atTouchpoints("app");
  static final ChurnRule SUBSCRIPTIONS = ChurnRule.subscriptions(START, END);
  static final ChurnRule INACTIVITY = ChurnRule.inactivity(APP, 2);
  /** a, b, c are persona p1; d, e, f persona p2; the app users g..j have none. */
  static final CustomerGroups PERSONAS = CustomerGroups.of(Map.of("a", "p1", "b", "p1", "c", "p1",
      "d", "p2", "e", "p2", "f", "p2"));

  static final JourneyMap MAP = JourneyMap.builder("subscription-shop", "Subscription shop")
      .stage("account", "Account")
      .touchpoint("plan", "Plan page", "account", Channel.WEB)
      .stage("use", "Use")
      .touchpoint("app", "App", "use", Channel.APP)
      .build();

  private ChurnShop() {}

  static Instant at(String instant) {
    return Instant.parse(instant.length() == 10 ? instant + "T00:00:00Z" : instant);
  }

  static JourneyEvent start(String customer, String when) {
    return JourneyEvent.of(customer, "plan", at(when), EventKind.START);
  }

  static JourneyEvent cancel(String customer, String when) {
    return JourneyEvent.of(customer, "plan", at(when), EventKind.ABANDON);
  }

  static JourneyEvent visit(String customer, String when) {
    return JourneyEvent.of(customer, "app", at(when), EventKind.VIEW);
  }

  /**
   * Six subscribers: a since 2025-12-10, open; b 2026-01-05 to 2026-02-15 (cancel mid-month); c
   * since 2026-01-20, open; d since 2026-03-03 (new in March), open; e 2025-11-01 to
   * 2026-03-31T12:00; f 2026-02-10 to 2026-02-20 (in and out within February). a, c and d are
   * censored at asOf. Sorted by instant, as an export would be.
   */
  static List<JourneyEvent> subscriptions() {
    List<JourneyEvent> events = new ArrayList<>(List.of(
        start("a", "2025-12-10"),
        start("b", "2026-01-05"), cancel("b", "2026-02-15"),
        start("c", "2026-01-20"), visit("c", "2026-02-01"),
        start("d", "2026-03-03"),
        start("e", "2025-11-01"), start("e", "2026-01-01"), // a renewal while open: ignored
        cancel("e", "2026-03-31T12:00:00Z"),
        start("f", "2026-02-10"), cancel("f", "2026-02-20")));
    events.sort(Comparator.comparing(JourneyEvent::at));
    return events;
  }

  /**
   * Four app users, inactivity rule k = 2 months: g active 10 Jan, 25 Jan, 5 Feb, 2 Apr; h once,
   * 15 Jan; i 20 and 28 Dec 2025, back on 10 Mar; j 1 and 28 Feb.
   */
  static List<JourneyEvent> visits() {
    List<JourneyEvent> events = new ArrayList<>(List.of(
        visit("g", "2026-01-10"), visit("g", "2026-01-25"), visit("g", "2026-02-05"),
        visit("g", "2026-04-02"),
        visit("h", "2026-01-15"),
        visit("i", "2025-12-20"), visit("i", "2025-12-28"), visit("i", "2026-03-10"),
        start("i", "2026-03-10"), // not activity under the rule: only app visits count
        visit("j", "2026-02-01"), visit("j", "2026-02-28")));
    events.sort(Comparator.comparing(JourneyEvent::at));
    return events;
  }

  static ChurnDefinition.Builder monthly(ChurnRule rule) {
    return ChurnDefinition.builder(MAP).rule(rule).period(Period.MONTH, ZoneOffset.UTC).from(FROM)
        .asOf(AS_OF);
  }

  static ChurnDefinition subscriptionChurn() {
    return monthly(SUBSCRIPTIONS).groups("persona", PERSONAS).build();
  }

  static LifetimeDefinition subscriptionLifetimes() {
    return LifetimeDefinition.builder(MAP).rule(SUBSCRIPTIONS).asOf(AS_OF)
        .groups("persona", PERSONAS).build();
  }

  static LifetimeDefinition activityLifetimes() {
    return LifetimeDefinition.builder(MAP).rule(INACTIVITY).period(Period.MONTH, ZoneOffset.UTC)
        .asOf(AS_OF).build();
  }
}
