package io.cxkit.journey.retention;

import static io.cxkit.journey.retention.ChurnShop.AS_OF;
import static io.cxkit.journey.retention.ChurnShop.INACTIVITY;
import static io.cxkit.journey.retention.ChurnShop.MAP;
import static io.cxkit.journey.retention.ChurnShop.SUBSCRIPTIONS;
import static io.cxkit.journey.retention.ChurnShop.cancel;
import static io.cxkit.journey.retention.ChurnShop.start;
import static io.cxkit.journey.retention.ChurnShop.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.survival.KaplanMeier;
import io.cxkit.core.survival.LifetimeTable;
import io.cxkit.core.survival.LogRankTest;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** First lifetimes of {@link ChurnShop}, with each Kaplan–Meier step by hand, and bad inputs. */
class LifetimeAnalyzerTest {

  static LifetimeResult subscriptionResult() {
    return LifetimeAnalyzer.of(ChurnShop.subscriptionLifetimes())
        .acceptAll(ChurnShop.subscriptions().iterator()).result();
  }

  @Test
  void measuresSubscriptionLifetimesInDaysByHand() {
    // Days from the first start to the first cancel, or to asOf 2026-05-01 (censored):
    //   f 10 Feb → 20 Feb = 10, churned;     b 5 Jan → 15 Feb = 41, churned;
    //   d 3 Mar → 1 May = 59, censored;      c 20 Jan → 1 May = 101, censored;
    //   a 10 Dec → 1 May = 142, censored;    e 1 Nov → 31 Mar 12:00 = 150.5, churned.
    LifetimeResult result = subscriptionResult();
    assertThat(result.total()).isEqualTo(LifetimeTable.of(
        new double[] {10, 41, 59, 101, 142, 150.5},
        new long[] {1, 1, 0, 0, 0, 1},
        new long[] {0, 0, 1, 1, 1, 0}));
    // Kaplan–Meier, S(t) = Π (1 − d/n):
    //   t = 10:    n 6, d 1, S = 5/6;         Greenwood se = 5/6 · √(1/30) = 0.152145
    //   t = 41:    n 5, d 1, S = 5/6 · 4/5 = 2/3; se = 2/3 · √(1/30 + 1/20) = 0.192450
    //   t = 150.5: n 1 (a was censored at 142), d 1, S = 0.
    List<KaplanMeier.Step> steps = result.kaplanMeier().steps();
    assertThat(steps).extracting(KaplanMeier.Step::time).containsExactly(10.0, 41.0, 150.5);
    assertThat(steps).extracting(KaplanMeier.Step::atRisk).containsExactly(6L, 5L, 1L);
    assertThat(steps).extracting(KaplanMeier.Step::events).containsExactly(1L, 1L, 1L);
    assertThat(steps.get(0).survival()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(steps.get(1).survival()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(steps.get(2).survival()).isEqualTo(0.0);
    assertThat(steps.get(0).standardError()).isCloseTo(0.152145, within(1e-6));
    assertThat(steps.get(1).standardError()).isCloseTo(0.192450, within(1e-6));
    // The median is the first time S ≤ 0.5: 150.5 days.
    assertThat(result.medianLifetime().getAsDouble()).isEqualTo(150.5);
  }

  @Test
  void comparesPersonasByTheLogRankTestWithHolm() {
    // p1 = {b 41 churned, c 101, a 142 censored}; p2 = {f 10 churned, d 59 censored, e 150.5
    // churned}. p1 against the rest (= p2):
    //   t = 10:    at risk 3 + 3, 1 event: E1 = 3/6 = 0.5, V = 3·3·1·5 / (6²·5) = 0.25
    //   t = 41:    at risk 3 + 2, 1 event: E1 = 3/5 = 0.6, V = 3·2·1·4 / (5²·4) = 0.24
    //   t = 150.5: at risk 0 + 1: E1 = 0, V = 0
    //   O1 = 1, E1 = 1.1, V = 0.49, z = −0.1 / 0.7 = −0.142857, χ² = 0.020408.
    // p2 against p1 is the mirror (z = +0.142857), so both raw p-values are 2Φ(−0.142857) =
    // 0.886403, and Holm gives min(1, 2 × 0.886403) = 1 to both.
    LifetimeResult result = subscriptionResult();
    assertThat(result.groups()).containsOnlyKeys("p1", "p2");
    List<LifetimeGroupComparison> comparisons = result.compare();
    assertThat(comparisons).extracting(LifetimeGroupComparison::group).containsExactly("p1", "p2");
    LogRankTest p1 = comparisons.get(0).logRank().orElseThrow();
    assertThat(p1.observed()).isEqualTo(1);
    assertThat(p1.expected()).isCloseTo(1.1, within(1e-12));
    assertThat(p1.variance()).isCloseTo(0.49, within(1e-12));
    assertThat(p1.z()).isCloseTo(-0.142857, within(1e-6));
    assertThat(p1.chiSquare()).isCloseTo(0.020408, within(1e-6));
    assertThat(p1.pValue()).isCloseTo(0.886403, within(1e-6));
    assertThat(comparisons.get(1).logRank().orElseThrow().z()).isCloseTo(0.142857, within(1e-6));
    assertThat(comparisons).allSatisfy(c -> {
      assertThat(c.adjustedPValue().getAsDouble()).isEqualTo(1.0);
      assertThat(c.belowMinimum()).isTrue(); // 3 customers < 30
      assertThat(c.isSignificant(0.05)).isFalse();
      assertThat(c.n()).isEqualTo(3);
    });
    assertThat(comparisons.get(0).rest()).isEqualTo(result.group("p2").orElseThrow());
    assertThat(result.kaplanMeier("p1").orElseThrow().medianLifetime()).isEmpty(); // S stays 2/3
    assertThat(comparisons.get(1).curve().medianLifetime().getAsDouble()).isEqualTo(150.5);
  }

  @Test
  void measuresActivityLifetimesWithKOf2MonthsByHand() {
    // First life = first activity to the last activity before 2 whole months without one:
    //   h once on 15 Jan; Feb and Mar pass without activity, both ended by asOf: churned, 0 days.
    //   i 20 and 28 Dec; Jan and Feb pass: churned after 8 days (the return on 10 Mar is a
    //     second life, not counted).
    //   j 1 and 28 Feb; Mar and Apr pass (April ended at asOf 1 May): churned after 27 days.
    //   g 10 Jan … 2 Apr: May and June have not passed: censored at 10 Jan → 1 May = 111 days.
    // KM: t 0: n 4, S = 3/4; t 8: n 3, S = 1/2; t 27: n 2, S = 1/4. Median: 8 (first S ≤ 0.5).
    LifetimeResult result = LifetimeAnalyzer.of(ChurnShop.activityLifetimes())
        .acceptAll(ChurnShop.visits().iterator()).result();
    assertThat(result.total()).isEqualTo(LifetimeTable.of(new double[] {0, 8, 27, 111},
        new long[] {1, 1, 1, 0}, new long[] {0, 0, 0, 1}));
    assertThat(result.kaplanMeier().steps()).extracting(KaplanMeier.Step::survival)
        .containsExactly(0.75, 0.5, 0.25);
    assertThat(result.medianLifetime().getAsDouble()).isEqualTo(8.0);
    assertThat(result.compare()).isEmpty();

    // As of 31 March only January and February have ended: h (15 Jan, k = 2: Feb and Mar) is
    // still censored, at 75 days; i churned (Jan and Feb passed); j censored at 58 days; g at 80.
    LifetimeResult march = LifetimeAnalyzer.of(LifetimeDefinition.builder(MAP).rule(INACTIVITY)
            .period(Period.MONTH, ZoneOffset.UTC).asOf(Instant.parse("2026-03-31T00:00:00Z"))
            .build())
        .acceptAll(ChurnShop.visits().iterator()).result();
    assertThat(march.total()).isEqualTo(LifetimeTable.of(new double[] {8, 58, 75, 80},
        new long[] {1, 0, 0, 0}, new long[] {0, 1, 1, 1}));
  }

  @Test
  void refusesBadInputsLeavingStateUnchanged() {
    LifetimeAnalyzer analyzer = LifetimeAnalyzer.of(ChurnShop.subscriptionLifetimes())
        .acceptAll(ChurnShop.subscriptions().iterator());
    LifetimeResult before = analyzer.result();
    assertThatThrownBy(() -> analyzer.accept(cancel("d", "2026-03-02")))
        .isInstanceOf(SubscriptionException.class).hasMessageContaining("before it started");
    assertThatThrownBy(() -> analyzer.accept(cancel("new", "2026-03-02")))
        .isInstanceOf(SubscriptionException.class).hasMessageContaining("none is open");
    assertThatThrownBy(() -> analyzer.accept(visit("e", "2026-03-01")))
        .isInstanceOf(EventOrderException.class);
    assertThat(analyzer.result()).isEqualTo(before);
    // Events at or after asOf are ignored: nothing changes.
    analyzer.accept(cancel("a", "2026-05-02"));
    assertThat(analyzer.result()).isEqualTo(before);
    // b returns: a second life, not counted; the first stays 41 days.
    analyzer.accept(start("b", "2026-04-01"));
    assertThat(analyzer.result()).isEqualTo(before);

    assertThatThrownBy(() -> LifetimeDefinition.builder(MAP).rule(SUBSCRIPTIONS).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("asOf");
    assertThatThrownBy(() -> LifetimeDefinition.builder(MAP).rule(INACTIVITY).asOf(AS_OF).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("period");
    assertThatThrownBy(() -> LifetimeDefinition.builder(MAP).rule(SUBSCRIPTIONS).asOf(AS_OF)
        .period(Period.MONTH, ZoneOffset.UTC).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("subscription rule");
    assertThatThrownBy(() -> LifetimeDefinition.builder(MAP).asOf(AS_OF)
        .rule(ChurnRule.subscriptions(EventMatch.atTouchpoints("nowhere"), ChurnShop.END)).build())
        .isInstanceOf(UnknownTouchpointException.class).hasMessageContaining("nowhere");
    LifetimeResult other = LifetimeAnalyzer.of(LifetimeDefinition.builder(MAP).rule(SUBSCRIPTIONS)
        .asOf(AS_OF).build()).result();
    assertThat(other.isEmpty()).isTrue();
    assertThat(other.medianLifetime()).isEmpty();
    assertThatThrownBy(() -> before.plus(other)).isInstanceOf(IncompatibleMergeException.class);
    assertThat(before.plus(before).total().size()).isEqualTo(12);
  }
}
