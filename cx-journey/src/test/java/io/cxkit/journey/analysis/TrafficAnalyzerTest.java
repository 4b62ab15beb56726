package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.ExitShop.T0;
import static io.cxkit.journey.analysis.ExitShop.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.UnknownTouchpointException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Traffic and conversion of {@link TrafficShop}, counted by hand. */
class TrafficAnalyzerTest {

  private static TrafficResult shop() {
    return TrafficAnalyzer.of(TrafficShop.purchase()).acceptAll(TrafficShop.events().iterator())
        .result();
  }

  @Test
  void countsEventsVisitorsAndConversionPerTouchpoint() {
    TrafficResult result = shop();

    // 10 customers; c1, c3, c4 and c7 purchased: 4/10 = 40 %.
    assertThat(result.customers()).isEqualTo(10);
    assertThat(result.converted()).isEqualTo(4);
    assertThat(result.conversion()).contains(Percentage.of(4, 10));
    // Per touchpoint (events, visitors, converted visitors), from the table in TrafficShop:
    // home: 8 events (c5 twice), visitors c1 c2 c3 c5 c6 c7 c10 = 7, converted c1 c3 c7 = 3;
    // product-page: 6 events, visitors c1 c2 c4 c6 c7 c8 = 6, converted c1 c4 c7 = 3;
    // cart: 7 events (c3 twice), visitors c1 c2 c3 c4 c7 c8 = 6, converted c1 c3 c7 = 3 — c4 first
    //   came to the cart after its purchase, a visit but not a conversion of the cart;
    // checkout: visitors c1 c3 c7 c8 = 4, converted 3;
    // order-confirmation: visitors c1 c3 c4 c7 c9 = 5, converted 4 (c9 only viewed it);
    // help: visitors c4 c7 c10 = 3, converted c7 only (c4 came after its purchase) = 1.
    assertThat(result.touchpoints())
        .extracting(t -> t.touchpoint().id(), TrafficTouchpoint::events,
            TrafficTouchpoint::visitors, TrafficTouchpoint::converted)
        .containsExactly(tuple("home", 8L, 7L, 3L), tuple("product-page", 6L, 6L, 3L),
            tuple("cart", 7L, 6L, 3L), tuple("checkout", 4L, 4L, 3L),
            tuple("order-confirmation", 5L, 5L, 4L), tuple("help", 3L, 3L, 1L));
    TrafficTouchpoint cart = result.touchpoint("cart");
    assertThat(cart.stage().id()).isEqualTo("purchase");
    // Share of all customers: 6/10 = 60 %; conversion 3/6 = 50 %.
    assertThat(cart.share()).isEqualTo(Percentage.of(6, 10));
    assertThat(cart.conversion()).contains(Percentage.of(3, 6));
    // Wilson 95 % for 3/6, z = 1.959964, z² = 3.841459: centre 0.5, half-width
    // z / (1 + z²/6) · sqrt(0.25/6 + z²/144) = 1.194923 · 0.261426 = 0.312384.
    Interval wilson = cart.conversion().orElseThrow().wilsonInterval(0.95).orElseThrow();
    assertThat(wilson.lower()).isCloseTo(18.762, within(0.001));
    assertThat(wilson.upper()).isCloseTo(81.238, within(0.001));
    assertThat(result.touchpoint("home").share().value().getAsDouble()).isEqualTo(70.0);
  }

  @Test
  void countsEachStageVisitorOnce() {
    TrafficResult result = shop();

    // consideration = home ∪ product-page: everyone but c9 = 9 visitors, 8 + 6 = 14 events;
    //   converted c1 c3 c4 c7 (c4's product-page visit came before its purchase) = 4;
    // purchase = cart ∪ checkout ∪ order-confirmation: c1 c2 c3 c4 c7 c8 c9 = 7, 7 + 4 + 5 = 16
    //   events, converted 4; support = help: 3 visitors, 3 events, converted 1 (c7).
    assertThat(result.stages())
        .extracting(s -> s.stage().id(), TrafficStage::events, TrafficStage::visitors,
            TrafficStage::converted)
        .containsExactly(tuple("consideration", 14L, 9L, 4L), tuple("purchase", 16L, 7L, 4L),
            tuple("support", 3L, 3L, 1L));
    assertThat(result.stage("consideration").share()).isEqualTo(Percentage.of(9, 10));
    assertThat(result.stage("support").conversion()).contains(Percentage.of(1, 3));
  }

  @Test
  void withoutAGoalCountsTrafficAndNoConversion() {
    TrafficResult result = TrafficAnalyzer.of(TrafficDefinition.of(ExitShop.map()))
        .acceptAll(TrafficShop.events().iterator()).result();

    assertThat(result.conversion()).isEmpty();
    assertThat(result.converted()).isZero();
    assertThat(result.touchpoint("cart").visitors()).isEqualTo(6);
    assertThat(result.touchpoint("cart").conversion()).isEmpty();
    assertThat(result.stage("purchase").conversion()).isEmpty();
  }

  @Test
  void anEmptyResultListsEveryRowWithEmptyShares() {
    TrafficResult empty = TrafficAnalyzer.of(TrafficShop.purchase()).result();

    assertThat(empty.isEmpty()).isTrue();
    // Every touchpoint and stage is listed; shares over no customers are empty, never NaN.
    assertThat(empty.touchpoints()).hasSize(6);
    assertThat(empty.stages()).hasSize(3);
    assertThat(empty.touchpoint("help").share().value()).isEmpty();
    assertThat(empty.touchpoint("help").conversion()).contains(Percentage.empty());
    assertThat(empty.conversion()).contains(Percentage.empty());
  }

  @Test
  void aGoalAtAStageOrOfAnyKindConvertsEveryTouchpointVisitedSoFar() {
    // Goal: any event in the support stage. c7's help visit is its first event, so everything c7
    // visits afterwards comes after the goal: only help converts for c7.
    TrafficDefinition help = TrafficDefinition.builder(ExitShop.map())
        .goal(EventMatch.builder().stages("support").build()).build();
    TrafficResult result = TrafficAnalyzer.of(help).acceptAll(TrafficShop.events().iterator())
        .result();

    // Converted customers: c4, c7, c10. c4: product-page, order-confirmation, cart before help;
    // c10: home before help.
    assertThat(result.converted()).isEqualTo(3);
    assertThat(result.touchpoint("help").converted()).isEqualTo(3);
    assertThat(result.touchpoint("home").converted()).isEqualTo(1); // c10
    assertThat(result.touchpoint("cart").converted()).isEqualTo(1); // c4
    assertThat(result.touchpoint("checkout").converted()).isZero();
  }

  @Test
  void refusesEventsAtUnknownTouchpointsAndOutOfOrderLeavingStateUnchanged() {
    TrafficAnalyzer analyzer = TrafficAnalyzer.of(TrafficShop.purchase())
        .acceptAll(TrafficShop.events().iterator());
    TrafficResult before = analyzer.result();

    assertThatThrownBy(() -> analyzer.accept(view("c1", "basket", Duration.ofHours(1))))
        .isInstanceOf(UnknownTouchpointException.class)
        .hasMessageContaining("basket").hasMessageContaining("shop");
    // c1's last event is at minute 4; minute 3 is earlier.
    assertThatThrownBy(() -> analyzer.accept(view("c1", "help", Duration.ofMinutes(3))))
        .isInstanceOf(EventOrderException.class);
    assertThat(analyzer.result()).isEqualTo(before);
    assertThat(analyzer.customers()).isEqualTo(10);
    // An event at the same instant as the previous one is in order.
    analyzer.accept(JourneyEvent.of("c1", "help", T0.plus(Duration.ofMinutes(4)), EventKind.VIEW));
    assertThat(analyzer.result().touchpoint("help").visitors()).isEqualTo(4);
  }

  @Test
  void refusesBadDefinitionsAndMergesOfAnotherDefinition() {
    assertThatThrownBy(() -> TrafficDefinition.builder(ExitShop.map())
        .goal(EventMatch.atTouchpoints("basket")).build())
        .isInstanceOf(UnknownTouchpointException.class).hasMessageContaining("basket");
    assertThatThrownBy(() -> TrafficDefinition.builder(ExitShop.map())
        .goal(EventMatch.builder().stages("loyalty").build()).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("loyalty");
    assertThatThrownBy(() -> TrafficDefinition.builder(ExitShop.map())
        .goal(EventMatch.any()).goal(EventMatch.any()))
        .isInstanceOf(IllegalStateException.class);
    TrafficResult noGoal = TrafficAnalyzer.of(TrafficDefinition.of(ExitShop.map())).result();
    assertThatThrownBy(() -> shop().plus(noGoal)).isInstanceOf(IncompatibleMergeException.class);
    assertThatThrownBy(() -> shop().touchpoint("basket"))
        .isInstanceOf(UnknownTouchpointException.class);
    assertThatThrownBy(() -> shop().stage("loyalty")).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("loyalty");
  }

  @Test
  void addsPartitionsAndPrintsShortly() {
    TrafficAnalyzer left = TrafficAnalyzer.of(TrafficShop.purchase());
    TrafficAnalyzer right = TrafficAnalyzer.of(TrafficShop.purchase());
    for (JourneyEvent e : TrafficShop.events()) {
      (e.customerId().compareTo("c5") < 0 ? left : right).accept(e);
    }
    assertThat(left.result().plus(right.result())).isEqualTo(shop());
    assertThat(left.result().plus(right.result()).hashCode()).isEqualTo(shop().hashCode());
    assertThat(shop().toString()).isEqualTo("TrafficResult{map=shop, customers=10, converted=4,"
        + " visitors={home=7, product-page=6, cart=6, checkout=4, order-confirmation=5, help=3}}");
    assertThat(Optional.of(shop().touchpoint("checkout").conversion().orElseThrow().value()
        .getAsDouble())).contains(75.0);
  }
}
