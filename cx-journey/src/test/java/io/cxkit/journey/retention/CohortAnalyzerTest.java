package io.cxkit.journey.retention;

import static io.cxkit.journey.retention.CohortShop.BERLIN;
import static io.cxkit.journey.retention.CohortShop.event;
import static io.cxkit.journey.retention.CohortShop.run;
import static io.cxkit.journey.retention.CohortShop.view;
import static io.cxkit.journey.retention.CohortShop.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.CohortRetention;
import io.cxkit.core.RetentionMode;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cohort matrices of {@link CohortShop} and a few smaller shops. */
class CohortAnalyzerTest {

  private static List<String> rows(CohortRetention matrix) {
    return matrix.cohorts().stream().map(Object::toString).toList();
  }

  @Test
  void firstTimeWeeklyNDayCountsTheExactWeekInBerlin() {
    CohortResult result = run(weekly().build(), CohortShop.events());

    // Cohorts by first event in Berlin (see CohortShop): W10 {a, b, c, d}, W11 {e, f} (e's first
    // event, Sun 23:30Z, is Monday 00:30 in Berlin), W12 {g}, W13 {h}.
    // W10 at +1 (W11): a, d (d's Sunday-23:30Z event is W11 in Berlin) = 2; +2 (W12): a, b = 2;
    // +3 (W13): a = 1. W11 at +1 (W12): f; +2 (W13): e. W12 at +1 (W13): g.
    // As of Mon 03-30 (W14), W13 is the last complete week: W10 has 3 cells, W11 2, W12 1, W13 0.
    // c's W14 event is in no complete week; b's event after the as-of instant is ignored.
    assertThat(rows(result.total())).containsExactly("2026-03-02 (4): [2, 2, 1]",
        "2026-03-09 (2): [1, 1]", "2026-03-16 (1): [1]", "2026-03-23 (1): []");
    assertThat(result.customers()).isEqualTo(8);
    // Average curve (Mixpanel's weighted average over the cohorts that reached each offset):
    // +1: (2 + 1 + 1) / (4 + 2 + 1) = 4/7; +2: (2 + 1) / (4 + 2) = 3/6; +3: 1/4.
    assertThat(result.averageCurve()).containsExactly(Percentage.of(4, 7), Percentage.of(3, 6),
        Percentage.of(1, 4));
    assertThat(result.averageCurve().get(0).value().getAsDouble()).isCloseTo(57.142857,
        within(1e-6));
  }

  @Test
  void theSameEventsInUtcMakeOtherCohorts() {
    CohortDefinition utc = CohortDefinition.builder(CohortShop.map())
        .period(Period.ISO_WEEK, ZoneOffset.UTC).offsets(1, 2, 3).asOf(CohortShop.AS_OF).build();

    CohortResult result = run(utc, CohortShop.events());

    // In UTC both Sun 03-08 23:30Z events stay in W10: W10 = {a, b, c, d, e}; d is active in W10
    // only. W10 +1 (W11): a = 1; +2 (W12): a, b = 2; +3 (W13): a, e = 2. W11 = {f}: +1 f, +2 none.
    assertThat(rows(result.total())).containsExactly("2026-03-02 (5): [1, 2, 2]",
        "2026-03-09 (1): [1, 0]", "2026-03-16 (1): [1]", "2026-03-23 (1): []");
  }

  @Test
  void firstTimeWeeklyUnboundedCountsTheLastActiveWeek() {
    CohortResult result = run(weekly().mode(RetentionMode.UNBOUNDED).build(), CohortShop.events());

    // Retained at k when the last active week ≥ cohort + k. W10: a (last W13) [1,1,1], b (W12)
    // [1,1,0], c (W14, the incomplete week, before the as-of instant) [1,1,1], d (W11) [1,0,0]
    // = [4, 3, 2]. W11: e (W13) [1,1], f (W12) [1,0] = [2, 1]. W12: g (W13) [1].
    assertThat(rows(result.total())).containsExactly("2026-03-02 (4): [4, 3, 2]",
        "2026-03-09 (2): [2, 1]", "2026-03-16 (1): [1]", "2026-03-23 (1): []");
  }

  @Test
  void recurringWeeklyNDayPutsACustomerInEveryActiveWeek() {
    CohortResult result = run(weekly().recurring().build(), CohortShop.events());

    // Every active week starts a cohort: W10 {a, b, c, d}, W11 {a, d, e, f}, W12 {a, b, f, g},
    // W13 {a, e, g, h}, W14 {c} (c's Monday event, before the as-of instant).
    // W10 as first-time: [2, 2, 1]. W11 +1 (W12): a, f; +2 (W13): a, e → [2, 2].
    // W12 +1 (W13): a, g → [2]. W13 and W14 have no complete offset.
    assertThat(rows(result.total())).containsExactly("2026-03-02 (4): [2, 2, 1]",
        "2026-03-09 (4): [2, 2]", "2026-03-16 (4): [2]", "2026-03-23 (4): []",
        "2026-03-30 (1): []");
    // 8 customers in 17 cohort places.
    assertThat(result.customers()).isEqualTo(8);
  }

  @Test
  void recurringWeeklyUnbounded() {
    CohortResult result = run(weekly().recurring().mode(RetentionMode.UNBOUNDED).build(),
        CohortShop.events());

    // Last active weeks: a W13, b W12, c W14, d W11, e W13, f W12, g W13, h W13.
    // W10 {a, b, c, d}: [4, 3, 2] as first-time. W11 {a, d, e, f}: +1 (W12) a, e, f; +2 (W13) a, e
    // → [3, 2]. W12 {a, b, f, g}: +1 (W13) a, g → [2].
    assertThat(rows(result.total())).containsExactly("2026-03-02 (4): [4, 3, 2]",
        "2026-03-09 (4): [3, 2]", "2026-03-16 (4): [2]", "2026-03-23 (4): []",
        "2026-03-30 (1): []");
  }

  @Test
  void byPersonaGroupsAddUpToTheTotalAndCompareAgainstTheRest() {
    CohortResult result = run(weekly().groups("persona", CohortShop.personas()).build(),
        CohortShop.events());

    // bargain-hunter {a, b, c, e}: W10 {a, b, c} +1 a, +2 a b, +3 a → [1, 2, 1]; W11 {e} → [0, 1].
    // loyal {d, f, g}: W10 {d} [1, 0, 0]; W11 {f} [1, 0]; W12 {g} [1]. h has no persona: total only.
    assertThat(result.groups()).containsOnlyKeys("bargain-hunter", "loyal");
    assertThat(rows(result.group("bargain-hunter").orElseThrow()))
        .containsExactly("2026-03-02 (3): [1, 2, 1]", "2026-03-09 (1): [0, 1]");
    assertThat(rows(result.group("loyal").orElseThrow())).containsExactly(
        "2026-03-02 (1): [1, 0, 0]", "2026-03-09 (1): [1, 0]", "2026-03-16 (1): [1]");
    assertThat(rows(result.total())).containsExactly("2026-03-02 (4): [2, 2, 1]",
        "2026-03-09 (2): [1, 1]", "2026-03-16 (1): [1]", "2026-03-23 (1): []");

    // At +1: bargain-hunter (1 + 0) / (3 + 1) = 25 %, loyal (1 + 1 + 1) / 3 = 100 %; each is the
    // other's rest. Both are below the default minimum of 30 customers: flagged, still compared.
    List<CohortGroupComparison> compared = result.compare(1);
    assertThat(compared).extracting(CohortGroupComparison::group)
        .containsExactly("bargain-hunter", "loyal");
    CohortGroupComparison bargain = compared.get(0);
    assertThat(bargain.retention()).isEqualTo(Percentage.of(1, 4));
    assertThat(bargain.rest()).isEqualTo(Percentage.of(3, 3));
    assertThat(bargain.n()).isEqualTo(4);
    assertThat(bargain.belowMinimum()).isTrue();
    assertThat(bargain.comparison().orElseThrow().difference()).isCloseTo(-75.0, within(1e-9));
    // Two groups, each against the other: equal raw p-values, so Holm gives both min(1, 2p).
    double p = bargain.comparison().orElseThrow().pValue();
    assertThat(bargain.adjustedPValue().getAsDouble()).isCloseTo(Math.min(1, 2 * p), within(1e-12));
    assertThat(compared.get(1).adjustedPValue().getAsDouble())
        .isCloseTo(Math.min(1, 2 * p), within(1e-12));
    assertThat(result.compare(1, 3)).extracting(CohortGroupComparison::belowMinimum)
        .containsExactly(false, false);
    assertThat(bargain.toJsonShape()).containsEntry("group", "bargain-hunter")
        .containsEntry("offset", 1).containsEntry("belowMinimum", true).containsKey("interval95");
  }

  @Test
  void firstPurchaseCohortsRetainedByAnyVisit() {
    CohortDefinition definition = CohortDefinition.builder(CohortShop.map())
        .period(Period.DAY, ZoneOffset.UTC).offsets(1, 2)
        .entry(EventMatch.builder().touchpoints("order-confirmation").kinds(EventKind.PURCHASE)
            .build())
        .asOf(Instant.parse("2026-03-06T00:00:00Z")).build();
    List<JourneyEvent> events = List.of(
        view("p1", "2026-03-01T10:00:00Z"),
        event("p1", "order-confirmation", "2026-03-02T10:00:00Z", EventKind.PURCHASE),
        view("p1", "2026-03-03T10:00:00Z"),
        view("p2", "2026-03-01T11:00:00Z"),
        event("p3", "order-confirmation", "2026-03-02T12:00:00Z", EventKind.PURCHASE),
        event("p3", "order-confirmation", "2026-03-04T12:00:00Z", EventKind.PURCHASE));

    CohortAnalyzer analyzer = CohortAnalyzer.of(definition).acceptAll(events.iterator());

    // Cohort 03-02 = the first purchases of p1 and p3 (p2 never buys: in no cohort; p1's visit on
    // 03-01 precedes its cohort). +1 (03-03): p1 visits; +2 (03-04): p3 buys, which is activity.
    assertThat(rows(analyzer.result().total())).containsExactly("2026-03-02 (2): [1, 1]");
    assertThat(analyzer.result().customers()).isEqualTo(2);
    assertThat(analyzer.customersSeen()).isEqualTo(3);
  }

  @Test
  void recurringUnboundedWithEntriesThatAreNoActivity() {
    // Entry: a purchase; activity: a visit to the home page only. Purchases on 03-01, 03-05 and
    // 03-09 start three one-customer cohorts; the only activity is the visit on 03-11.
    CohortDefinition.Builder builder = CohortDefinition.builder(CohortShop.map())
        .period(Period.DAY, ZoneOffset.UTC).offsets(1, 2, 3).recurring()
        .entry(EventMatch.builder().kinds(EventKind.PURCHASE).build())
        .activity(EventMatch.atTouchpoints("home"))
        .asOf(Instant.parse("2026-03-20T00:00:00Z"));
    List<JourneyEvent> events = List.of(
        event("r", "order-confirmation", "2026-03-01T10:00:00Z", EventKind.PURCHASE),
        event("r", "order-confirmation", "2026-03-05T10:00:00Z", EventKind.PURCHASE),
        event("r", "order-confirmation", "2026-03-09T10:00:00Z", EventKind.PURCHASE),
        view("r", "2026-03-11T10:00:00Z"));

    CohortResult unbounded = run(builder.mode(RetentionMode.UNBOUNDED).build(), events);

    // Last active day 03-11: cohort 03-01's cells 03-02..03-04 and 03-05's 03-06..03-08 all lie
    // before it → [1, 1, 1]; 03-09's cells 03-10, 03-11 do, 03-12 does not → [1, 1, 0].
    assertThat(rows(unbounded.total())).containsExactly("2026-03-01 (1): [1, 1, 1]",
        "2026-03-05 (1): [1, 1, 1]", "2026-03-09 (1): [1, 1, 0]");

    CohortResult nDay = run(CohortDefinition.builder(CohortShop.map())
        .period(Period.DAY, ZoneOffset.UTC).offsets(1, 2, 3).recurring()
        .entry(EventMatch.builder().kinds(EventKind.PURCHASE).build())
        .activity(EventMatch.atTouchpoints("home"))
        .asOf(Instant.parse("2026-03-20T00:00:00Z")).build(), events);

    // N-day: active on 03-11 only, which is 03-09 + 2.
    assertThat(rows(nDay.total())).containsExactly("2026-03-01 (1): [0, 0, 0]",
        "2026-03-05 (1): [0, 0, 0]", "2026-03-09 (1): [0, 1, 0]");
  }

  @Test
  void dailyCohortsFollowTheZonesCalendar() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo"); // UTC+9, no daylight saving time
    CohortDefinition.Builder builder = CohortDefinition.builder(CohortShop.map())
        .period(Period.DAY, tokyo).offsets(1, 2, 3).asOf(Instant.parse("2026-03-05T00:00:00Z"));
    List<JourneyEvent> events = List.of(
        view("x", "2026-03-01T14:30:00Z"), // 23:30 on 03-01 in Tokyo
        view("x", "2026-03-01T15:30:00Z"), // 00:30 on 03-02
        view("y", "2026-03-01T16:00:00Z"), // 01:00 on 03-02
        view("y", "2026-03-04T01:00:00Z")); // 10:00 on 03-04

    CohortResult nDay = run(builder.build(), events);

    // As of 09:00 on 03-05 in Tokyo, 03-04 is the last complete day. Cohort 03-01 {x}: cells
    // 03-02, 03-03, 03-04 → x active on 03-02 → [1, 0, 0]. Cohort 03-02 {y}: 03-03, 03-04 → [0, 1].
    assertThat(rows(nDay.total())).containsExactly("2026-03-01 (1): [1, 0, 0]",
        "2026-03-02 (1): [0, 1]");
    assertThat(nDay.definition().asOfPeriod()).hasToString("2026-03-05");
  }

  @Test
  void monthlyCohortsInBerlin() {
    CohortDefinition.Builder builder = CohortDefinition.builder(CohortShop.map())
        .period(Period.MONTH, BERLIN).offsets(1, 2, 3).mode(RetentionMode.UNBOUNDED)
        .asOf(Instant.parse("2026-05-01T00:00:00Z")); // 02:00 CEST on 1 May: April is complete
    List<JourneyEvent> events = List.of(
        view("m1", "2026-01-15T10:00:00Z"),
        view("m1", "2026-01-31T23:30:00Z"), // 00:30 CET on 1 February
        view("m2", "2026-02-20T10:00:00Z"),
        view("m1", "2026-04-10T10:00:00Z"));

    CohortResult result = run(builder.build(), events);

    // m1: cohort January, active February and April, last active April → unbounded [1, 1, 1]
    // (March counts: April is later). m2: cohort February, never back → [0, 0] (May incomplete).
    assertThat(rows(result.total())).containsExactly("2026-01-01 (1): [1, 1, 1]",
        "2026-02-01 (1): [0, 0]");
  }

  @Test
  void anEmptyAnalysisSaysSo() {
    CohortResult result = CohortAnalyzer.of(weekly().build()).result();

    assertThat(result.isEmpty()).isTrue();
    assertThat(result.customers()).isZero();
    assertThat(result.averageCurve()).allSatisfy(rate -> assertThat(rate.value()).isEmpty());
    assertThat(result.compare(1)).isEmpty();
  }

  @Test
  void resultCanBeTakenWhileCountingGoesOn() {
    CohortAnalyzer analyzer = CohortAnalyzer.of(weekly().build());
    List<JourneyEvent> events = CohortShop.events();
    analyzer.acceptAll(events.subList(0, 5).iterator());
    CohortResult early = analyzer.result();

    analyzer.acceptAll(events.subList(5, events.size()).iterator());

    assertThat(analyzer.result()).isEqualTo(run(weekly().build(), events));
    assertThat(early).isNotEqualTo(analyzer.result());
    assertThat(analyzer.toString()).contains("8 customers seen");
  }
}
