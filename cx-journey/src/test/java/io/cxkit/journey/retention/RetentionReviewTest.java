package io.cxkit.journey.retention;

import static io.cxkit.journey.retention.ChurnShop.AS_OF;
import static io.cxkit.journey.retention.ChurnShop.MAP;
import static io.cxkit.journey.retention.ChurnShop.SUBSCRIPTIONS;
import static io.cxkit.journey.retention.ChurnShop.cancel;
import static io.cxkit.journey.retention.ChurnShop.start;
import static io.cxkit.journey.retention.ChurnShop.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.PeriodRetention;
import io.cxkit.core.RetentionMode;
import io.cxkit.core.survival.LifetimeTable;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges a release review found or checked: year ends and far-off dates, customers who come
 * and go within one period, returns after being lost, censoring exactly at the analysis instant,
 * the order of events after it, and the bound of the recurring cohorts' per-customer list.
 */
class RetentionReviewTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final JourneyMap SHOP = CohortShop.map();

  private static JourneyEvent view(String customer, String instant) {
    return CohortShop.view(customer, instant);
  }

  private static JourneyEvent purchase(String customer, String instant) {
    return CohortShop.event(customer, "order-confirmation", instant, EventKind.PURCHASE);
  }

  @Test
  void anIsoWeekAcrossTheYearEndIsOneCohortLabelledByItsMonday() {
    // 2026-01-01 is a Thursday, so 2026 has 53 ISO weeks: 2026-W53 runs Mon 2026-12-28 to Sun
    // 2027-01-03 and 2027-W01 starts Mon 2027-01-04. In Berlin (CET, UTC+1):
    //   x: Mon 2026-12-28 10:00 (W53), Mon 2027-01-04 10:00 (W01)         → W53 cohort, +1 yes
    //   y: Sat 2027-01-02 23:30Z = Sun 01-03 00:30 CET (W53), 2027-01-12 (W02) → W53, +1 no, +2 yes
    //   z: Sun 2027-01-03 23:30Z = Mon 01-04 00:30 CET (W01), Tue 01-05 (W01)  → W01, +1 no
    // As of Mon 2027-01-18 (W03): W53 has cells +1 (W01) and +2 (W02); W01 has +1 (W02).
    CohortDefinition definition = CohortDefinition.builder(SHOP).period(Period.ISO_WEEK, BERLIN)
        .offsets(1, 2, 3).asOf(Instant.parse("2027-01-18T06:00:00Z")).build();
    CohortResult result = CohortShop.run(definition, List.of(
        view("x", "2026-12-28T09:00:00Z"), view("y", "2027-01-02T23:30:00Z"),
        view("z", "2027-01-03T23:30:00Z"), view("x", "2027-01-04T09:00:00Z"),
        view("z", "2027-01-05T09:00:00Z"), view("y", "2027-01-12T09:00:00Z")));

    assertThat(result.total().cohort("2026-12-28").orElseThrow().size()).isEqualTo(2);
    assertThat(result.total().cohort("2026-12-28").orElseThrow().retained()).containsExactly(1, 1);
    assertThat(result.total().cohort("2027-01-04").orElseThrow().size()).isEqualTo(1);
    assertThat(result.total().cohort("2027-01-04").orElseThrow().retained()).containsExactly(0);
    assertThat(Period.ISO_WEEK.label(LocalDate.of(2027, 1, 3))).isEqualTo("2026-W53");
  }

  @Test
  void moreThanSixteenCohortRowsAreCounted() {
    // The matrix rows live in a table that starts with room for 16 (group, cohort) rows; the 17th
    // grows it. 20 daily cohorts in UTC from 2026-01-01, customer i first seen on day i and back
    // on day i + 1; as of 2026-02-01 every cell +1 is complete: each cohort size 1, retained 1.
    List<JourneyEvent> events = new java.util.ArrayList<>();
    Instant day = Instant.parse("2026-01-01T10:00:00Z");
    for (int i = 0; i < 20; i++) {
      events.add(JourneyEvent.of("c" + i, "home", day.plusSeconds(86_400L * i), EventKind.VIEW));
      events.add(JourneyEvent.of("c" + i, "home", day.plusSeconds(86_400L * (i + 1)),
          EventKind.VIEW));
    }
    events.sort(java.util.Comparator.comparing(JourneyEvent::at));
    CohortResult result = CohortShop.run(CohortDefinition.builder(SHOP)
        .period(Period.DAY, ZoneOffset.UTC).offsets(1).asOf(Instant.parse("2026-02-01T00:00:00Z"))
        .build(), events);
    assertThat(result.total().cohorts()).hasSize(20)
        .allSatisfy(cohort -> {
          assertThat(cohort.size()).isEqualTo(1);
          assertThat(cohort.retained()).containsExactly(1);
        });
    assertThat(result.customers()).isEqualTo(20);
  }

  @Test
  void unboundedCountsAReturnInOffsetKOrAnyLaterOne() {
    // DESIGN.md: N-day = returned in period k exactly; unbounded = in period k or any later one.
    // Monthly in UTC, one customer: first active January, again in February and April only; as
    // of 2026-06-10 (May complete). Offsets 1..4 are Feb, Mar, Apr, May.
    //   N-day:     Feb 1, Mar 0, Apr 1, May 0.
    //   unbounded: last active period April, so offsets 1, 2, 3 (Feb..Apr ≤ Apr) 1, May 0.
    List<JourneyEvent> events = List.of(view("u", "2026-01-05T10:00:00Z"),
        view("u", "2026-02-05T10:00:00Z"), view("u", "2026-04-05T10:00:00Z"));
    CohortDefinition.Builder nDay = CohortDefinition.builder(SHOP)
        .period(Period.MONTH, ZoneOffset.UTC).offsets(1, 2, 3, 4)
        .asOf(Instant.parse("2026-06-10T00:00:00Z"));
    CohortDefinition.Builder unbounded = CohortDefinition.builder(SHOP)
        .period(Period.MONTH, ZoneOffset.UTC).offsets(1, 2, 3, 4)
        .asOf(Instant.parse("2026-06-10T00:00:00Z")).mode(RetentionMode.UNBOUNDED);

    assertThat(CohortShop.run(nDay.build(), events).total().cohort("2026-01-01").orElseThrow()
        .retained()).containsExactly(1, 0, 1, 0);
    assertThat(CohortShop.run(unbounded.build(), events).total().cohort("2026-01-01")
        .orElseThrow().retained()).containsExactly(1, 1, 1, 0);
  }

  @Test
  void anEventAfterAsOfBeyondTheYear9999IsIgnoredNotRefused() {
    // Events at or after asOf are documented as checked for touchpoint and order only; their
    // calendar period is never needed, so one in the year 10000 must not fail the analysis.
    CohortAnalyzer analyzer = CohortAnalyzer.of(CohortShop.weekly().build())
        .accept(view("a", "2026-03-03T10:00:00Z"));
    CohortResult before = analyzer.result();
    analyzer.accept(JourneyEvent.of("a", "home", Instant.parse("+10000-01-01T00:00:00Z"),
        EventKind.VIEW));
    assertThat(analyzer.result()).isEqualTo(before);
    // ...and it is still the customer's latest event for the order check.
    assertThatThrownBy(() -> analyzer.accept(view("a", "2026-04-01T10:00:00Z")))
        .isInstanceOf(EventOrderException.class);
  }

  @Test
  void recurringCohortsKeepABoundedListWhenEntryIsNotActivity() {
    // Entry = purchases, activity = home-page views only: a customer buying every day for 400
    // days without one view. Daily periods, largest offset 7: an entry p can gain an N-day cell
    // only from activity in p + 1..p + 7, so once the customer's events have reached p + 8 it is
    // settled, and the list holds at most 8 entries (the documented bound: largest offset + 1).
    CohortDefinition definition = CohortDefinition.builder(SHOP)
        .period(Period.DAY, ZoneOffset.UTC).offsets(1, 7).recurring()
        .entry(EventMatch.atTouchpoints("order-confirmation"))
        .activity(EventMatch.atTouchpoints("home")).asOf(Instant.parse("2028-01-01T00:00:00Z"))
        .build();
    CohortTracker tracker = new CohortTracker(definition);
    Instant day = Instant.parse("2026-01-01T10:00:00Z");
    for (int i = 0; i < 400; i++) {
      tracker.accept(JourneyEvent.of("buyer", "order-confirmation", day.plusSeconds(86_400L * i),
          EventKind.PURCHASE));
    }
    assertThat(tracker.pendingEntries("buyer")).isLessThanOrEqualTo(8);
    // A view on day 400 (2027-02-05) is day +1 of the entry of day 399 only.
    tracker.accept(JourneyEvent.of("buyer", "home", day.plusSeconds(86_400L * 400),
        EventKind.VIEW));
    CohortResult result = tracker.result();
    assertThat(result.total().cohort("2027-02-04").orElseThrow().retained()).containsExactly(1, 0);
    assertThat(result.total().cohort("2027-01-29").orElseThrow().retained()).containsExactly(0, 1);
    assertThat(result.total().cohort("2027-01-28").orElseThrow().retained()).containsExactly(0, 0);
    assertThat(result.total().cohorts()).hasSize(400);
  }

  @Test
  void aSubscriptionStartedAndCancelledInOnePeriodIsCountedAsAcquiredAndLost() {
    // Monthly in UTC, as of 2026-05-01:
    //   a: since 2025-12-10, open                        → a customer throughout
    //   f: 2026-02-10 to 2026-02-20                      → never a customer at a month's end
    //   g: 2026-02-03 to 02-05, again 02-25 to 2026-03-02 → one stretch over February's end
    //      (a restart in the month of the cancel goes on), lost in March
    //   h: 2026-03-05 to 03-06, again 2026-04-07 to 04-08 → in and out in March and in April
    // Feb: S {a} 1, L 0, N {g} 1, E {a, g} 2, in and out {f} 1.
    // Mar: S 2, L {g} 1, N 0, E 1, in and out {h} 1.   Apr: S 1, L 0, N 0, E 1, in and out {h} 1.
    ChurnDefinition definition = ChurnShop.monthly(SUBSCRIPTIONS).build();
    ChurnResult result = ChurnAnalyzer.of(definition).acceptAll(List.of(
        start("a", "2025-12-10"), start("g", "2026-02-03"), cancel("g", "2026-02-05"),
        start("f", "2026-02-10"), cancel("f", "2026-02-20"), start("g", "2026-02-25"),
        cancel("g", "2026-03-02"), start("h", "2026-03-05"), cancel("h", "2026-03-06"),
        start("h", "2026-04-07"), cancel("h", "2026-04-08")).iterator()).result();

    List<ChurnPeriod> periods = result.total();
    assertThat(periods.stream().map(ChurnPeriod::counts).toList()).containsExactly(
        PeriodRetention.of(1, 0, 0, 1), PeriodRetention.of(1, 0, 1, 2),
        PeriodRetention.of(2, 1, 0, 1), PeriodRetention.of(1, 0, 0, 1));
    assertThat(periods.stream().map(ChurnPeriod::acquiredAndLost).toList())
        .containsExactly(0L, 1L, 1L, 1L);
    // Partitions by customer add up, the in-and-out counts too.
    ChurnResult left = ChurnAnalyzer.of(definition).acceptAll(List.of(start("a", "2025-12-10"),
        start("f", "2026-02-10"), cancel("f", "2026-02-20")).iterator()).result();
    ChurnResult right = ChurnAnalyzer.of(definition).acceptAll(List.of(
        start("g", "2026-02-03"), cancel("g", "2026-02-05"), start("g", "2026-02-25"),
        cancel("g", "2026-03-02"), start("h", "2026-03-05"), cancel("h", "2026-03-06"),
        start("h", "2026-04-07"), cancel("h", "2026-04-08")).iterator()).result();
    assertThat(left.plus(right)).isEqualTo(result);
    assertThat(left.total().get(1).acquiredAndLost()).isEqualTo(1);
    // A result whose only customers came and went is not empty.
    assertThat(ChurnAnalyzer.of(definition).acceptAll(List.of(start("f", "2026-02-10"),
        cancel("f", "2026-02-20")).iterator()).result().isEmpty()).isFalse();
  }

  @Test
  void aCustomerLostByInactivityWhoReturnsIsNewAgain() {
    // Monthly in UTC, k = 1: r active in January, silent in February, back in March and April;
    // as of 2026-05-01. Jan: N 1, E 1. Feb: S 1, L 1 (one whole month without activity), E 0.
    // Mar: S 0, N 1 (the return), E 1. Apr: S 1, L 0, E 1.
    ChurnDefinition definition = ChurnShop.monthly(ChurnRule.inactivity(ChurnShop.APP, 1)).build();
    ChurnResult result = ChurnAnalyzer.of(definition).acceptAll(List.of(visit("r", "2026-01-15"),
        visit("r", "2026-03-02"), visit("r", "2026-04-30T23:59:59Z")).iterator()).result();
    assertThat(result.total().stream().map(ChurnPeriod::counts).toList()).containsExactly(
        PeriodRetention.of(0, 0, 1, 1), PeriodRetention.of(1, 1, 0, 0),
        PeriodRetention.of(0, 0, 1, 1), PeriodRetention.of(1, 0, 0, 1));
  }

  @Test
  void aCancelExactlyAtAsOfIsIgnoredSoTheLifetimeIsCensoredThere() {
    // s starts 2026-04-01 and cancels at asOf (2026-05-01T00:00Z) exactly: events at or after
    // asOf are ignored, so s is still a customer then and censored at 30 days (1 April to 1 May).
    // t's only event is at asOf: t has no lifetime.
    LifetimeAnalyzer analyzer = LifetimeAnalyzer.of(LifetimeDefinition.builder(MAP)
        .rule(SUBSCRIPTIONS).asOf(AS_OF).build()).acceptAll(List.of(start("s", "2026-04-01"),
            cancel("s", "2026-05-01"), start("t", "2026-05-01")).iterator());
    assertThat(analyzer.result().total()).isEqualTo(LifetimeTable.of(new double[] {30},
        new long[] {0}, new long[] {1}));
    assertThat(analyzer.customers()).isEqualTo(1);
  }

  @Test
  void eventsAfterAsOfAreStillCheckedForOrderByChurnAndLifetimes() {
    // Documented: events at or after asOf are checked for order against the customer's earlier
    // events. The second one below is before the first, both after asOf.
    ChurnAnalyzer churn = ChurnAnalyzer.of(ChurnShop.subscriptionChurn())
        .accept(start("a", "2026-01-10")).accept(visit("a", "2026-05-10"));
    ChurnResult before = churn.result();
    assertThatThrownBy(() -> churn.accept(visit("a", "2026-05-05")))
        .isInstanceOf(EventOrderException.class);
    assertThat(churn.result()).isEqualTo(before);

    LifetimeAnalyzer lifetimes = LifetimeAnalyzer.of(ChurnShop.subscriptionLifetimes())
        .accept(start("a", "2026-01-10")).accept(visit("a", "2026-05-10"));
    assertThatThrownBy(() -> lifetimes.accept(visit("a", "2026-05-05")))
        .isInstanceOf(EventOrderException.class);
  }
}
