package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.ExitShop.T0;
import static io.cxkit.journey.analysis.ExitShop.days;
import static io.cxkit.journey.analysis.ExitShop.event;
import static io.cxkit.journey.analysis.ExitShop.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.stats.Interval;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.UnknownTouchpointException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExitAnalyzerTest {

  static ExitDefinition purchase() {
    return ExitDefinition.builder(ExitShop.map()).goal("order-confirmation", EventKind.PURCHASE)
        .horizon(days(1)).end(T0.plus(days(10))).build();
  }

  /**
   * Seven customers, goal = a purchase at the order confirmation, horizon 1 day, end T0 + 10 days.
   * c1 buys; c7 buys and later browses the home page (still converted); c2 leaves at the cart on
   * day 0 and c3 on day 1; c5 leaves at the product page on day 2; c6 only views the order
   * confirmation on day 3 (a view is not a purchase): an exit there; c4 is last seen one hour
   * before the end, less than the horizon: still active.
   */
  static List<JourneyEvent> shop() {
    return List.of(
        view("c1", "home", Duration.ZERO),
        view("c1", "product-page", Duration.ofMinutes(1)),
        view("c1", "cart", Duration.ofMinutes(2)),
        view("c1", "checkout", Duration.ofMinutes(3)),
        event("c1", "order-confirmation", Duration.ofMinutes(4), EventKind.PURCHASE),
        view("c2", "home", Duration.ZERO),
        view("c2", "product-page", Duration.ofMinutes(1)),
        view("c2", "cart", Duration.ofMinutes(2)),
        event("c7", "order-confirmation", Duration.ofMinutes(5), EventKind.PURCHASE),
        view("c3", "home", days(1)),
        view("c3", "cart", days(1).plusMinutes(1)),
        view("c7", "home", days(1).plusMinutes(2)),
        view("c5", "product-page", days(2)),
        view("c6", "order-confirmation", days(3)),
        view("c4", "product-page", days(10).minusHours(1)));
  }

  @Test
  void sortsEveryCustomerIntoConvertedStillActiveOrAnExit() {
    ExitResult result = ExitAnalyzer.of(purchase()).acceptAll(shop().iterator()).result();

    // 7 customers = 2 converted (c1, c7) + 1 still active (c4) + 4 exits (c2, c3, c5, c6).
    assertThat(result.customers()).isEqualTo(7);
    assertThat(result.converted()).isEqualTo(2);
    assertThat(result.stillActive()).isEqualTo(1);
    assertThat(result.exits()).isEqualTo(4);
    assertThat(result.end()).contains(T0.plus(days(10)));
    // Exits: cart 2 (c2, c3) = 2/4 = 50 %; product-page 1/4 = 25 %; order-confirmation 1/4 = 25 %,
    // the tie in map order.
    assertThat(result.exitPoints()).extracting(p -> p.touchpoint().id(), ExitPoint::exits)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cart", 2L),
            org.assertj.core.groups.Tuple.tuple("product-page", 1L),
            org.assertj.core.groups.Tuple.tuple("order-confirmation", 1L));
    ExitPoint cart = result.exitPoints().get(0);
    assertThat(cart.stage().id()).isEqualTo("purchase");
    assertThat(cart.share().value().getAsDouble()).isEqualTo(50.0);
    // Wilson 95 % for 2/4, z = 1.959964, z² = 3.841459: centre (0.5 + z²/8) / (1 + z²/4) = 0.5;
    // half-width z / (1 + z²/4) · sqrt(0.25/4 + z²/64) = 0.999795 · 0.350033 = 0.349961.
    Interval interval = cart.share().wilsonInterval(0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(15.004, within(0.001));
    assertThat(interval.upper()).isCloseTo(84.996, within(0.001));
    // By stage: purchase 3 (cart 2 + order-confirmation 1) = 75 %, consideration 1 = 25 %.
    assertThat(result.exitStages()).extracting(s -> s.stage().id(), ExitStage::exits)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("purchase", 3L),
            org.assertj.core.groups.Tuple.tuple("consideration", 1L));
    assertThat(result.exitStages().get(0).share().value().getAsDouble()).isEqualTo(75.0);
    // 2/7 + 1/7 + 4/7 of the customers.
    assertThat(result.convertedShare().successes() + result.stillActiveShare().successes()
        + result.exitShare().successes()).isEqualTo(7);
    assertThat(result.exitPoint("help").exits()).isZero();
  }

  @Test
  void tellsEachCustomersExitPoint() {
    ExitAnalyzer analyzer = ExitAnalyzer.of(purchase()).acceptAll(shop().iterator());

    assertThat(analyzer.exitPointOf("c2")).contains("cart");
    assertThat(analyzer.exitPointOf("c6")).contains("order-confirmation");
    assertThat(analyzer.exitPointOf("c1")).isEmpty(); // converted
    assertThat(analyzer.exitPointOf("c7")).isEmpty(); // converted, then left: still converted
    assertThat(analyzer.exitPointOf("c4")).isEmpty(); // still active
    assertThat(analyzer.exitPointOf("nobody")).isEmpty();
  }

  @Test
  void aGoalWithoutKindsIsReachedByAnyEvent() {
    ExitDefinition anyKind = ExitDefinition.builder(ExitShop.map()).goal("order-confirmation")
        .horizon(days(1)).end(T0.plus(days(10))).build();

    ExitResult result = ExitAnalyzer.of(anyKind).acceptAll(shop().iterator()).result();

    // c6's view of the order confirmation now converts: 3 converted, 3 exits (c2, c3, c5).
    assertThat(result.converted()).isEqualTo(3);
    assertThat(result.exits()).isEqualTo(3);
    assertThat(anyKind.goals().get("order-confirmation")).containsAll(Set.of(EventKind.values()));
  }

  @Test
  void exactlyAHorizonAwayIsAnExitAndLessIsStillActive() {
    ExitDefinition definition = ExitDefinition.builder(ExitShop.map()).goal("checkout")
        .horizon(days(1)).end(T0.plus(days(1))).build();
    ExitAnalyzer analyzer = ExitAnalyzer.of(definition)
        .accept(view("a", "cart", Duration.ZERO)) // end − last = 1 day = horizon: left
        .accept(view("b", "cart", Duration.ofSeconds(1))); // 1 day − 1 s < horizon: active

    ExitResult result = analyzer.result();

    assertThat(result.exits()).isEqualTo(1);
    assertThat(result.stillActive()).isEqualTo(1);
  }

  @Test
  void withoutAnEndTheLatestEventEndsTheAnalysis() {
    ExitDefinition definition = ExitDefinition.builder(ExitShop.map()).goal("checkout")
        .horizon(days(1)).build();
    ExitAnalyzer analyzer = ExitAnalyzer.of(definition);

    assertThat(analyzer.result().isEmpty()).isTrue();
    assertThat(analyzer.result().end()).isEmpty();
    assertThat(analyzer.result().exitPoints()).isEmpty();
    assertThat(analyzer.result().exitShare().value()).isEmpty();

    analyzer.accept(view("a", "cart", Duration.ZERO)).accept(view("b", "home", days(2)));
    // The end is b's event at T0 + 2 days: a is 2 days away (an exit), b 0 (still active).
    ExitResult result = analyzer.result();
    assertThat(result.end()).contains(T0.plus(days(2)));
    assertThat(result.exitPoints()).singleElement()
        .satisfies(p -> assertThat(p.touchpoint().id()).isEqualTo("cart"));
    assertThat(result.stillActive()).isEqualTo(1);
  }

  @Test
  void refusedEventsChangeNothing() {
    ExitAnalyzer analyzer = ExitAnalyzer.of(purchase()).accept(view("c1", "cart", days(1)));
    ExitResult before = analyzer.result();

    assertThatThrownBy(() -> analyzer.accept(view("c1", "home", Duration.ZERO)))
        .isInstanceOf(EventOrderException.class).hasMessageContaining("c1")
        .hasMessageContaining("previous event");
    assertThatThrownBy(() -> analyzer.accept(view("c2", "basket", days(2))))
        .isInstanceOf(UnknownTouchpointException.class).hasMessageContaining("basket")
        .hasMessageContaining("shop");

    assertThat(analyzer.result()).isEqualTo(before);
    assertThat(analyzer.customers()).isEqualTo(1);
    // Equal instants are in order.
    analyzer.accept(view("c1", "checkout", days(1)));
    assertThat(analyzer.exitPointOf("c1")).contains("checkout");
  }

  @Test
  void definitionsAreChecked() {
    ExitDefinition.Builder noGoal = ExitDefinition.builder(ExitShop.map()).horizon(days(1));
    assertThatThrownBy(noGoal::build).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("goals");
    assertThatThrownBy(() -> ExitDefinition.builder(ExitShop.map()).goal("basket")
        .horizon(days(1)).build()).isInstanceOf(UnknownTouchpointException.class)
        .hasMessageContaining("basket");
    assertThatThrownBy(() -> ExitDefinition.builder(ExitShop.map()).goal("cart")
        .horizon(Duration.ZERO).build()).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("horizon").hasMessageContaining("positive");
    // 500 ns is positive but below the microsecond the analyses count in: it would be a horizon
    // of 0 µs, under which a customer last seen at the very end (end − last = 0 < 500 ns, so
    // still active by the rule) would count as an exit.
    assertThatThrownBy(() -> ExitDefinition.builder(ExitShop.map()).goal("cart")
        .horizon(Duration.ofNanos(500)).build()).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("horizon").hasMessageContaining("1 µs");
    assertThatThrownBy(() -> ExitDefinition.builder(ExitShop.map()).goal("cart").build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("horizon");
    assertThatThrownBy(() -> ExitDefinition.builder(ExitShop.map()).horizon(days(1))
        .horizon(days(2))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ExitDefinition.builder(ExitShop.map()).goal("cart").goal("cart"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void mergesPartitionsAndRefusesOtherDefinitionsOrEnds() {
    List<JourneyEvent> events = shop();
    ExitAnalyzer left = ExitAnalyzer.of(purchase());
    ExitAnalyzer right = ExitAnalyzer.of(purchase());
    for (JourneyEvent event : events) {
      (Set.of("c1", "c2", "c3").contains(event.customerId()) ? left : right).accept(event);
    }
    ExitResult whole = ExitAnalyzer.of(purchase()).acceptAll(events.iterator()).result();

    assertThat(left.result().plus(right.result())).isEqualTo(whole);

    ExitDefinition longer = ExitDefinition.builder(ExitShop.map())
        .goal("order-confirmation", EventKind.PURCHASE).horizon(days(2)).end(T0.plus(days(10)))
        .build();
    assertThatThrownBy(() -> whole.plus(ExitAnalyzer.of(longer).result()))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("definition");
    ExitDefinition open = ExitDefinition.builder(ExitShop.map()).goal("cart").horizon(days(1))
        .build();
    ExitResult early = ExitAnalyzer.of(open).accept(view("a", "home", Duration.ZERO)).result();
    ExitResult late = ExitAnalyzer.of(open).accept(view("b", "home", days(1))).result();
    assertThatThrownBy(() -> early.plus(late)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("end");
    // An empty partition without an end adds nothing.
    assertThat(early.plus(ExitAnalyzer.of(open).result())).isEqualTo(early);
  }

  @Test
  void jsonShapeNamesEveryFigure() {
    Map<String, Object> shape = ExitAnalyzer.of(purchase()).acceptAll(shop().iterator()).result()
        .toJsonShape();

    assertThat(shape).containsEntry("kind", "exit-points").containsEntry("customers", 7L)
        .containsEntry("converted", 2L).containsEntry("stillActive", 1L).containsEntry("exits", 4L)
        .containsEntry("horizon", "PT24H").containsEntry("end", "2024-03-11T09:00:00Z")
        .containsEntry("goals", Map.of("order-confirmation", List.of("purchase")));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> points = (List<Map<String, Object>>) shape.get("exitPoints");
    assertThat(points.get(0)).containsEntry("touchpoint", "cart").containsEntry("stage", "purchase")
        .containsEntry("exits", 2L);
    assertThat(points.get(0).get("share")).isEqualTo(Map.of("format", 1, "kind", "percentage",
        "successes", 2L, "n", 4L));
  }
}
