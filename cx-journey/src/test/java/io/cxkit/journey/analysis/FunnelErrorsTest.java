package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.FunnelFixtures.checkout;
import static io.cxkit.journey.analysis.FunnelFixtures.shop;
import static io.cxkit.journey.analysis.FunnelFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.survey.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad definitions and bad events get typed errors; a refused event leaves the state unchanged. */
class FunnelErrorsTest {

  @Test
  void aFunnelNeedsTwoToThirtyTwoSteps() {
    assertThatThrownBy(() -> FunnelDefinition.builder("one", shop()).touchpoint("cart")
        .window(Duration.ofHours(1)).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("steps").hasMessageContaining("1 steps")
        .hasMessageContaining("2 to 32 steps");
    JourneyMap.Builder big = JourneyMap.builder("big", "Big").stage("s", "S");
    for (int i = 0; i < 33; i++) {
      big.touchpoint("t" + i, "T" + i, "s", Channel.WEB);
    }
    FunnelDefinition.Builder many =
        FunnelDefinition.builder("many", big.build()).window(Duration.ofHours(1));
    for (int i = 0; i < 33; i++) {
      many.touchpoint("t" + i);
    }
    assertThatThrownBy(many::build).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("33 steps");
  }

  @Test
  void stepsMustBeOnTheMap() {
    assertThatThrownBy(() -> FunnelDefinition.builder("f", shop()).touchpoint("cart")
        .touchpoint("basket").window(Duration.ofHours(1)).build())
        .isInstanceOf(UnknownTouchpointException.class)
        .hasMessageContaining("steps[1].targetId").hasMessageContaining("\"basket\"")
        .hasMessageContaining("\"shop\"");
    assertThatThrownBy(() -> FunnelDefinition.builder("f", shop()).touchpoint("cart")
        .stage("delivery").window(Duration.ofHours(1)).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("steps[1].targetId").hasMessageContaining("\"delivery\"")
        .hasMessageContaining("[browse, purchase, support]");
    JourneyMap emptyStage = shop().toBuilder().stage("loyalty", "Loyalty").build();
    assertThatThrownBy(() -> FunnelDefinition.builder("f", emptyStage).touchpoint("cart")
        .stage("loyalty").window(Duration.ofHours(1)).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("stage without touchpoints");
  }

  @Test
  void aStepMayNotRepeatNorShareAName() {
    assertThatThrownBy(() -> FunnelDefinition.builder("f", shop()).touchpoint("cart")
        .touchpoint("checkout").step(FunnelStep.touchpoint("cart").named("again"))
        .window(Duration.ofHours(1)).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("steps[2]").hasMessageContaining("same events as steps[0]");
    assertThatThrownBy(() -> FunnelDefinition.builder("f", shop()).touchpoint("cart")
        .step(FunnelStep.touchpoint("checkout").named("cart")).window(Duration.ofHours(1))
        .build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("steps[1].name").hasMessageContaining("unique");
    // The same touchpoint with other kinds is another step.
    assertThat(FunnelDefinition.builder("f", shop()).touchpoint("checkout", EventKind.START)
        .step(FunnelStep.touchpoint("checkout", EventKind.COMPLETE).named("done"))
        .window(Duration.ofHours(1)).build().stepCount()).isEqualTo(2);
  }

  @Test
  void theWindowIsRequiredPositiveAndSetOnce() {
    FunnelDefinition.Builder noWindow = FunnelDefinition.builder("f", shop()).touchpoint("cart")
        .touchpoint("checkout");
    assertThatThrownBy(noWindow::build).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("window").hasMessageContaining("conversion window");
    for (Duration bad : List.of(Duration.ZERO, Duration.ofMinutes(-5), Duration.ofNanos(999))) {
      assertThatThrownBy(() -> FunnelDefinition.builder("f", shop()).touchpoint("cart")
          .touchpoint("checkout").window(bad).build())
          .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("must be positive");
    }
    assertThatThrownBy(() -> FunnelDefinition.builder("f", shop()).touchpoint("cart")
        .touchpoint("checkout").window(Duration.ofSeconds(Long.MAX_VALUE)).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("292,000 years");
    assertThatThrownBy(() -> FunnelDefinition.builder("f", shop()).window(Duration.ofHours(1))
        .window(Duration.ofHours(2))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> FunnelDefinition.builder("f", shop()).mode(FunnelMode.ANY_ORDER)
        .mode(FunnelMode.IN_ORDER)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> FunnelDefinition.builder(" ", shop()).touchpoint("cart")
        .touchpoint("checkout").window(Duration.ofHours(1)).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> FunnelMode.ofId("sideways"))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("\"sideways\"");
  }

  @Test
  void anUnknownTouchpointIsRefusedAndChangesNothing() {
    FunnelAnalyzer analyzer = FunnelAnalyzer.of(checkout().build());
    analyzer.accept(view("c", "product-page", 0));
    FunnelResult before = analyzer.result();

    assertThatThrownBy(() -> analyzer.accept(view("new", "basket", 1)))
        .isInstanceOf(UnknownTouchpointException.class)
        .hasMessageContaining("touchpointId").hasMessageContaining("\"basket\"");

    assertThat(analyzer.result()).isEqualTo(before);
    assertThat(analyzer.customersSeen()).isEqualTo(1);
  }

  @Test
  void anEventBeforeTheCustomersPreviousOneIsRefusedAndCountingGoesOn() {
    FunnelAnalyzer analyzer = FunnelAnalyzer.of(checkout().build());
    analyzer.accept(view("c", "product-page", 10));
    FunnelResult before = analyzer.result();

    assertThatThrownBy(() -> analyzer.accept(view("c", "cart", 5)))
        .isInstanceOf(EventOrderException.class)
        .hasMessageContaining("\"c\"").hasMessageContaining("PT5M before")
        .hasMessageContaining("time order");
    assertThat(analyzer.result()).isEqualTo(before);

    // The caller counts the bad event and goes on: the cart at 11 min still counts.
    analyzer.accept(view("c", "cart", 11));
    assertThat(analyzer.result().customersAt(1)).isEqualTo(1);
    // Another customer's earlier event is fine: order is per customer.
    analyzer.accept(view("d", "product-page", 0));
    assertThat(analyzer.result().entered()).isEqualTo(2);
  }

  @Test
  void anInstantBeyondMicrosecondsIsRefused() {
    FunnelAnalyzer analyzer = FunnelAnalyzer.of(checkout().build());

    assertThatThrownBy(() -> analyzer.accept(
        JourneyEvent.of("c", "product-page", Instant.MAX, EventKind.VIEW)))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("292,000 years");
    assertThat(analyzer.customersSeen()).isZero();
  }

  @Test
  void aBlankGroupLabelIsRefusedAndChangesNothing() {
    FunnelBreakdownAnalyzer analyzer = FunnelBreakdownAnalyzer.of(checkout().build(),
        FunnelGrouping.byCustomer("persona", CustomerGroups.of(java.util.Map.of("c", " "))));

    assertThatThrownBy(() -> analyzer.accept(view("c", "product-page", 0)))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("group of customer \"c\"").hasMessageContaining("blank");
    assertThat(analyzer.customersSeen()).isZero();
    assertThatThrownBy(() -> FunnelGrouping.byCustomer("a persona", id -> null))
        .isInstanceOf(io.cxkit.core.InvalidValueException.class);
  }

  @Test
  void aGroupingWithAValuePerCustomerIsCappedAndTheRefusedEventChangesNothing() {
    // A grouping by something unique per customer (an e-mail, an id) groups nothing and would
    // keep a count and a histogram per step for every customer. With at most 2 groups, customers
    // a ("x") and b ("y") open the two; c ("z") would open a third and is refused; d ("x") joins
    // an existing group.
    FunnelBreakdownAnalyzer analyzer = FunnelBreakdownAnalyzer.of(checkout().build(),
        FunnelGrouping.byCustomer("email", CustomerGroups.of(
            java.util.Map.of("a", "x", "b", "y", "c", "z", "d", "x"))), 2);
    analyzer.accept(view("a", "product-page", 0));
    analyzer.accept(view("b", "product-page", 1));
    FunnelBreakdown before = analyzer.result();

    assertThatThrownBy(() -> analyzer.accept(view("c", "product-page", 2)))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("group of customer \"c\"").hasMessageContaining("\"z\"")
        .hasMessageContaining("group 3 of at most 2").hasMessageContaining("maxGroups");
    assertThat(analyzer.result()).isEqualTo(before);
    assertThat(analyzer.customersSeen()).isEqualTo(2);

    analyzer.accept(view("d", "product-page", 3));
    // x: a and d entered; y: b. Totals 3.
    assertThat(analyzer.result().group("x").orElseThrow().entered()).isEqualTo(2);
    assertThat(analyzer.result().total().entered()).isEqualTo(3);
    assertThatThrownBy(() -> FunnelBreakdownAnalyzer.of(checkout().build(),
        FunnelGrouping.byFirstChannel(), 0)).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("maxGroups");
  }

  @Test
  void resultsOfDifferentFunnelsDoNotMerge() {
    FunnelResult inOrder = FunnelResult.empty(checkout().build());
    FunnelResult strict = FunnelResult.empty(checkout().mode(FunnelMode.STRICT_ORDER).build());

    assertThatThrownBy(() -> inOrder.plus(strict)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("FunnelResult").hasMessageContaining("strict-order");
  }

  @Test
  void nullArgumentsNameTheParameter() {
    FunnelAnalyzer analyzer = FunnelAnalyzer.of(checkout().build());

    assertThatThrownBy(() -> analyzer.accept(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("event");
    assertThatThrownBy(() -> FunnelAnalyzer.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("definition");
  }
}
