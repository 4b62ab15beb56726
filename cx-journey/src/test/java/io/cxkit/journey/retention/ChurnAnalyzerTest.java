package io.cxkit.journey.retention;

import static io.cxkit.journey.retention.ChurnShop.AS_OF;
import static io.cxkit.journey.retention.ChurnShop.INACTIVITY;
import static io.cxkit.journey.retention.ChurnShop.SUBSCRIPTIONS;
import static io.cxkit.journey.retention.ChurnShop.cancel;
import static io.cxkit.journey.retention.ChurnShop.monthly;
import static io.cxkit.journey.retention.ChurnShop.start;
import static io.cxkit.journey.retention.ChurnShop.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.PeriodRetention;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Period churn of {@link ChurnShop}, counted by hand, and the inputs it refuses. */
class ChurnAnalyzerTest {

  static ChurnResult subscriptionResult() {
    return ChurnAnalyzer.of(ChurnShop.subscriptionChurn())
        .acceptAll(ChurnShop.subscriptions().iterator()).result();
  }

  private static List<PeriodRetention> counts(List<ChurnPeriod> periods) {
    return periods.stream().map(ChurnPeriod::counts).toList();
  }

  @Test
  void countsSubscriptionsPerMonthByHand() {
    // Customer at the end of a month = a subscription open after its last event:
    //   a [Dec →), b [Jan, Feb) cancelled 15 Feb, c [Jan →), d [Mar →), e [Nov, Mar) cancelled
    //   31 Mar 12:00, f started and cancelled in February (never a customer at a month's end,
    //   so in none of S, L, N, E but acquired and lost in February).
    // Jan: S = {a, e} 2, L 0, N = {b, c} 2, E = {a, b, c, e} 4.
    // Feb: S 4, L = {b} 1, N 0, E = {a, c, e} 3.
    // Mar: S 3, L = {e} 1, N = {d} 1, E = {a, c, d} 3.
    // Apr: S 3, L 0, N 0, E 3.
    ChurnResult result = subscriptionResult();
    assertThat(result.periods()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    assertThat(counts(result.total())).containsExactly(PeriodRetention.of(2, 0, 2, 4),
        PeriodRetention.of(4, 1, 0, 3), PeriodRetention.of(3, 1, 1, 3),
        PeriodRetention.of(3, 0, 0, 3));
    // Churn L/S: 0/2, 1/4 = 25 %, 1/3 = 33.33 %, 0/3; retention (E − N)/S: 2/2, 3/4 = 75 %, 2/3, 3/3.
    ChurnPeriod february = result.period(LocalDate.of(2026, 2, 14));
    assertThat(february.start()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(february.end()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(february.churnRate().value().getAsDouble()).isEqualTo(25.0);
    assertThat(february.retentionRate().value().getAsDouble()).isEqualTo(75.0);
    assertThat(february.counts().newCustomersLost()).isZero();
    assertThat(february.acquiredAndLost()).isEqualTo(1);
    assertThat(result.period(LocalDate.of(2026, 3, 1)).churnRate().value().getAsDouble())
        .isCloseTo(100.0 / 3, within(1e-12));
    assertThat(result.period(LocalDate.of(2026, 3, 1)).retentionRate().value().getAsDouble())
        .isCloseTo(200.0 / 3, within(1e-12));
    assertThat(result.period(LocalDate.of(2026, 1, 1)).retentionRate().value().getAsDouble())
        .isEqualTo(100.0);
  }

  @Test
  void countsEachPersonaAndTheyAddUpToTheTotal() {
    // p1 = a, b, c: Jan S {a} N {b, c} E 3; Feb S 3 L {b} E 2; Mar and Apr S 2 E 2.
    // p2 = d, e, f: Jan S {e} E 1; Feb S 1 E 1; Mar S 1 L {e} N {d} E 1; Apr S 1 E 1.
    ChurnResult result = subscriptionResult();
    assertThat(result.groups()).containsOnlyKeys("p1", "p2");
    assertThat(counts(result.group("p1").orElseThrow())).containsExactly(
        PeriodRetention.of(1, 0, 2, 3), PeriodRetention.of(3, 1, 0, 2),
        PeriodRetention.of(2, 0, 0, 2), PeriodRetention.of(2, 0, 0, 2));
    assertThat(counts(result.group("p2").orElseThrow())).containsExactly(
        PeriodRetention.of(1, 0, 0, 1), PeriodRetention.of(1, 0, 0, 1),
        PeriodRetention.of(1, 1, 1, 1), PeriodRetention.of(1, 0, 0, 1));
    assertThat(result.group("p3")).isEmpty();
  }

  @Test
  void comparesEachPersonaAgainstTheRestAndFlagsSmallGroups() {
    // February: p1 churn 1/3, p2 0/1. Two groups: each one's rest is the other, so the two
    // retention tests have one p-value, and Holm makes both min(1, 2p).
    List<ChurnGroupComparison> february = subscriptionResult().compare(LocalDate.of(2026, 2, 1));
    assertThat(february).extracting(ChurnGroupComparison::group).containsExactly("p1", "p2");
    ChurnGroupComparison p1 = february.get(0);
    assertThat(p1.counts()).isEqualTo(PeriodRetention.of(3, 1, 0, 2));
    assertThat(p1.rest()).isEqualTo(PeriodRetention.of(1, 0, 0, 1));
    assertThat(p1.n()).isEqualTo(3);
    assertThat(p1.belowMinimum()).isTrue(); // 3 < the default minimum n of 30
    // p1 retention 2/3, p2 1/1 = 100 %: difference −33.33 points; churn 33.33 − 0.
    assertThat(p1.retention().orElseThrow().difference()).isCloseTo(-100.0 / 3, within(1e-9));
    assertThat(p1.churn().orElseThrow().difference()).isCloseTo(100.0 / 3, within(1e-9));
    double p = p1.retention().orElseThrow().pValue();
    assertThat(p1.retentionAdjustedPValue().getAsDouble()).isEqualTo(Math.min(1, 2 * p));
    assertThat(february.get(1).retentionAdjustedPValue().getAsDouble())
        .isEqualTo(Math.min(1, 2 * p));
    assertThat(subscriptionResult().comparisons()).hasSize(4);
  }

  @Test
  void countsTheInactivityRuleByHand() {
    // k = 2 months: a customer at a month's end had activity in it or the month before.
    //   g active Jan, Feb, Apr: a customer at the ends of Jan..Apr.
    //   h once in January: a customer at the ends of Jan and Feb, lost in March.
    //   i active in Dec: a customer at the ends of Dec and Jan, lost in Feb; back in March: new.
    //   j active in Feb: a customer at the ends of Feb and Mar, lost in April.
    // Jan: S {i} 1, L 0, N {g, h} 2, E {g, h, i} 3.  Feb: S 3, L {i}, N {j}, E {g, h, j} 3.
    // Mar: S 3, L {h}, N {i}, E {g, i, j} 3.        Apr: S 3, L {j}, N 0, E {g, i} 2.
    ChurnResult result = ChurnAnalyzer.of(monthly(INACTIVITY).build())
        .acceptAll(ChurnShop.visits().iterator()).result();
    assertThat(counts(result.total())).containsExactly(PeriodRetention.of(1, 0, 2, 3),
        PeriodRetention.of(3, 1, 1, 3), PeriodRetention.of(3, 1, 1, 3),
        PeriodRetention.of(3, 1, 0, 2));
    assertThat(result.groups()).isEmpty();
    assertThat(result.compare(LocalDate.of(2026, 4, 1))).isEmpty();
  }

  @Test
  void leavesTheRunningPeriodOut() {
    // As of 15 April, April is still running: only January to March are reported, and the same.
    ChurnResult result = ChurnAnalyzer.of(ChurnDefinition.builder(ChurnShop.MAP)
            .rule(SUBSCRIPTIONS).period(Period.MONTH, ZoneOffset.UTC).from(ChurnShop.FROM)
            .asOf(Instant.parse("2026-04-15T00:00:00Z")).build())
        .acceptAll(ChurnShop.subscriptions().iterator()).result();
    assertThat(result.periods()).hasSize(3);
    assertThat(counts(result.total())).containsExactly(PeriodRetention.of(2, 0, 2, 4),
        PeriodRetention.of(4, 1, 0, 3), PeriodRetention.of(3, 1, 1, 3));
    assertThatThrownBy(() -> result.period(LocalDate.of(2026, 4, 1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("reported period");
  }

  @Test
  void weeksFollowTheZoneAndRestartsWithinAPeriodKeepTheCustomer() {
    // Weeks in Europe/Berlin: Sunday 2026-03-01T23:30Z is Monday 00:30 in Berlin, week of 2 March.
    // x starts then, cancels on 4 March and starts again on 6 March: still a customer at the end
    // of that week, so N 1 and E 1, no loss.
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    ChurnDefinition weekly = ChurnDefinition.builder(ChurnShop.MAP).rule(SUBSCRIPTIONS)
        .period(Period.ISO_WEEK, berlin).from(LocalDate.of(2026, 2, 25))
        .asOf(Instant.parse("2026-03-16T00:00:00Z")).build();
    assertThat(weekly.from()).isEqualTo(LocalDate.of(2026, 2, 23));
    ChurnResult result = ChurnAnalyzer.of(weekly)
        .accept(start("x", "2026-03-01T23:30:00Z"))
        .accept(cancel("x", "2026-03-04"))
        .accept(start("x", "2026-03-06"))
        .result();
    // Weeks of 23 Feb, 2 Mar and 9 Mar (the week of 16 Mar is running at asOf).
    assertThat(counts(result.total())).containsExactly(PeriodRetention.empty(),
        PeriodRetention.of(0, 0, 1, 1), PeriodRetention.of(1, 0, 0, 1));
  }

  @Test
  void refusesAnEndBeforeItsStartAndAnEndWithoutStartLeavingStateUnchanged() {
    ChurnAnalyzer analyzer = ChurnAnalyzer.of(ChurnShop.subscriptionChurn())
        .acceptAll(ChurnShop.subscriptions().iterator());
    ChurnResult before = analyzer.result();
    // d started on 3 March; a cancel dated 1 March ends the subscription before it started.
    assertThatThrownBy(() -> analyzer.accept(cancel("d", "2026-03-01")))
        .isInstanceOf(SubscriptionException.class)
        .hasMessageContaining("customer \"d\"").hasMessageContaining("2026-03-01T00:00:00Z")
        .hasMessageContaining("2026-03-03T00:00:00Z")
        .hasMessageContaining("ends the subscription before it started")
        .hasMessageContaining("subscriptions(start=");
    // b's subscription ended on 15 Feb: a second cancel has nothing to end.
    assertThatThrownBy(() -> analyzer.accept(cancel("b", "2026-03-20")))
        .isInstanceOf(SubscriptionException.class).hasMessageContaining("none is open");
    // z was never seen: a cancel first is a subscription ending before it starts.
    assertThatThrownBy(() -> analyzer.accept(cancel("z", "2026-03-20")))
        .isInstanceOf(SubscriptionException.class)
        .satisfies(e -> assertThat(((SubscriptionException) e).customerId()).isEqualTo("z"))
        .satisfies(e -> assertThat(((SubscriptionException) e).startedAt()).isEmpty());
    assertThatThrownBy(() -> analyzer.accept(visit("c", "2026-01-01")))
        .isInstanceOf(EventOrderException.class);
    assertThatThrownBy(() -> analyzer.accept(JourneyEvent.of("c", "checkout",
        Instant.parse("2026-04-01T00:00:00Z"), EventKind.VIEW)))
        .isInstanceOf(UnknownTouchpointException.class).hasMessageContaining("checkout");
    assertThat(analyzer.result()).isEqualTo(before);
    assertThat(analyzer.customers()).isEqualTo(6);
  }

  @Test
  void refusesAnEventMatchingBothStartAndEnd() {
    ChurnRule overlapping = ChurnRule.subscriptions(EventMatch.atTouchpoints("plan"),
        EventMatch.builder().kinds(EventKind.ABANDON).build());
    ChurnAnalyzer analyzer = ChurnAnalyzer.of(monthly(overlapping).build());
    assertThatThrownBy(() -> analyzer.accept(cancel("a", "2026-01-02")))
        .isInstanceOf(SubscriptionException.class).hasMessageContaining("both the start and the end");
    assertThat(analyzer.customers()).isZero();
  }

  @Test
  void refusesBadDefinitions() {
    assertThatThrownBy(() -> ChurnRule.inactivity(EventMatch.any(), 0))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("periods")
        .hasMessageContaining("must be 1 to 10000");
    assertThatThrownBy(() -> ChurnRule.inactivity(EventMatch.any(), -3))
        .isInstanceOf(InvalidJourneyException.class);
    assertThatThrownBy(() -> ChurnRule.subscriptions(ChurnShop.START, ChurnShop.START))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("must differ from start");
    assertThatThrownBy(() -> ChurnDefinition.builder(ChurnShop.MAP).rule(SUBSCRIPTIONS)
        .period(Period.MONTH, ZoneOffset.UTC).from(ChurnShop.FROM).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("asOf")
        .hasMessageContaining("must be given");
    assertThatThrownBy(() -> ChurnDefinition.builder(ChurnShop.MAP).rule(SUBSCRIPTIONS)
        .period(Period.MONTH, ZoneOffset.UTC).asOf(AS_OF).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("from");
    assertThatThrownBy(() -> ChurnDefinition.builder(ChurnShop.MAP).period(Period.MONTH,
        ZoneOffset.UTC).from(ChurnShop.FROM).asOf(AS_OF).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("rule");
    // A match naming a touchpoint the map lacks is refused when the definition is built.
    assertThatThrownBy(() -> monthly(ChurnRule.inactivity(EventMatch.atTouchpoints("checkout"), 2))
        .build()).isInstanceOf(UnknownTouchpointException.class).hasMessageContaining("checkout");
    // From May 2026 as of 1 May: no month has ended.
    assertThatThrownBy(() -> ChurnDefinition.builder(ChurnShop.MAP).rule(SUBSCRIPTIONS)
        .period(Period.MONTH, ZoneOffset.UTC).from(LocalDate.of(2026, 5, 1)).asOf(AS_OF).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("running month");
    assertThatThrownBy(() -> monthly(SUBSCRIPTIONS).maxGroups(0).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("maxGroups");
    assertThatThrownBy(() -> monthly(SUBSCRIPTIONS).asOf(AS_OF))
        .isInstanceOf(IllegalStateException.class).hasMessage("asOf is set already (" + AS_OF + ")");
    // The checks every retention definition shares: years 1..9999, maxGroups with a grouping.
    assertThatThrownBy(() -> ChurnDefinition.builder(ChurnShop.MAP).rule(SUBSCRIPTIONS)
        .period(Period.MONTH, ZoneOffset.UTC).from(LocalDate.of(0, 12, 1)).asOf(AS_OF).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("from = 0000-12-01: must lie within the years 1..9999");
    assertThatThrownBy(() -> monthly(SUBSCRIPTIONS).maxGroups(5).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("maxGroups = 5: limits a grouping's groups; give groups(...) too");
    assertThatThrownBy(() -> monthly(SUBSCRIPTIONS).groups("by persona", id -> "a").build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("grouping = \"by persona\"");
  }

  @Test
  void refusesAGroupTooManyAndMergesOnlyUnderOneDefinition() {
    ChurnAnalyzer analyzer = ChurnAnalyzer.of(monthly(SUBSCRIPTIONS)
        .groups("customer", id -> id).maxGroups(1).build());
    analyzer.accept(start("a", "2026-01-02"));
    assertThatThrownBy(() -> analyzer.accept(start("b", "2026-01-03")))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("maxGroups");
    assertThat(analyzer.customers()).isEqualTo(1);
    ChurnResult other = ChurnAnalyzer.of(monthly(SUBSCRIPTIONS).build()).result();
    assertThatThrownBy(() -> analyzer.result().plus(other))
        .isInstanceOf(IncompatibleMergeException.class);
  }

  @Test
  void anEmptyAnalysisSaysSo() {
    ChurnResult empty = ChurnAnalyzer.of(ChurnShop.subscriptionChurn()).result();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.total()).allSatisfy(p -> {
      assertThat(p.churnRate().value()).isEmpty();
      assertThat(p.retentionRate().value()).isEmpty();
    });
    assertThat(subscriptionResult().isEmpty()).isFalse();
    assertThat(empty.plus(subscriptionResult())).isEqualTo(subscriptionResult());
    assertThat(Map.of("r", subscriptionResult()).get("r").toString())
        .startsWith("ChurnResult{month, 2026-01: S=2 L=0 N=2 E=4");
  }
}
