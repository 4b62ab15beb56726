package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.FunnelFixtures.shop;
import static io.cxkit.journey.analysis.FunnelFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.JourneyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Breakdowns by persona and by first channel, with the comparisons' arithmetic. */
class FunnelBreakdownTest {

  /** cart → checkout within a day. */
  private static FunnelDefinition cartToCheckout() {
    return FunnelDefinition.builder("cart-to-checkout", shop()).touchpoint("cart")
        .touchpoint("checkout").window(Duration.ofDays(1)).build();
  }

  /**
   * 10 "loyal" customers of whom 8 reach checkout, 10 "bargain" of whom 3 do, and one customer
   * without a persona who converts.
   */
  private static FunnelBreakdown personas() {
    Map<String, String> persona = new HashMap<>();
    List<JourneyEvent> events = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      persona.put("l" + i, "loyal");
      persona.put("b" + i, "bargain");
      events.add(view("l" + i, "cart", i));
      events.add(view("b" + i, "cart", i));
      if (i < 8) {
        events.add(view("l" + i, "checkout", 20 + i));
      }
      if (i < 3) {
        events.add(view("b" + i, "checkout", 20 + i));
      }
    }
    events.add(view("anonymous", "cart", 0));
    events.add(view("anonymous", "checkout", 1));
    FunnelBreakdownAnalyzer analyzer = FunnelBreakdownAnalyzer.of(cartToCheckout(),
        FunnelGrouping.byCustomer("persona", CustomerGroups.of(persona)));
    analyzer.acceptAll(events.iterator());
    return analyzer.result();
  }

  @Test
  void eachPersonaHasItsFunnelAndTheTotalHoldsEveryone() {
    FunnelBreakdown breakdown = personas();

    assertThat(breakdown.grouping()).isEqualTo("persona");
    assertThat(breakdown.groups()).containsOnlyKeys("bargain", "loyal");
    assertThat(breakdown.group("loyal").orElseThrow().conversion()).isEqualTo(Percentage.of(8, 10));
    assertThat(breakdown.group("bargain").orElseThrow().conversion())
        .isEqualTo(Percentage.of(3, 10));
    // Total: 10 + 10 + 1 entered, 8 + 3 + 1 = 12 converted.
    assertThat(breakdown.total().entered()).isEqualTo(21);
    assertThat(breakdown.total().conversion()).isEqualTo(Percentage.of(12, 21));
    assertThat(breakdown.group("nobody")).isEmpty();
  }

  @Test
  void eachPersonaIsComparedWithTheRestByTheTwoProportionTestAndHolm() {
    // loyal 8/10 against the rest (bargain) 3/10; the customer without a persona is in no rest.
    // Pooled p = 11/20 = 0.55; SE = sqrt(0.55 · 0.45 · (1/10 + 1/10)) = sqrt(0.0495) = 0.22249;
    // z = (0.8 − 0.3) / 0.22249 = 2.2473; two-sided p = 2 · (1 − Φ(2.2473)) = 0.0246.
    // bargain against loyal is the mirror image: −50 points, the same p. Holm over 2 equal
    // p-values: both become min(1, 2 · 0.0246) = 0.0492.
    List<FunnelGroupComparison> comparisons = personas().compare(10);

    assertThat(comparisons).extracting(FunnelGroupComparison::group)
        .containsExactly("bargain", "loyal");
    FunnelGroupComparison loyal = comparisons.get(1);
    Comparison expected = Percentage.of(8, 10).comparedWith(Percentage.of(3, 10)).orElseThrow();
    assertThat(loyal.rest()).isEqualTo(Percentage.of(3, 10));
    Comparison c = loyal.comparison().orElseThrow();
    assertThat(c.difference()).isCloseTo(50.0, within(1e-9));
    assertThat(c.pValue()).isEqualTo(expected.pValue()).isCloseTo(0.0246, within(5e-4));
    assertThat(loyal.adjustedPValue().getAsDouble()).isCloseTo(2 * expected.pValue(), within(1e-12));
    assertThat(comparisons.get(0).comparison().orElseThrow().difference())
        .isCloseTo(-50.0, within(1e-9));
    assertThat(loyal.isSignificant(0.05)).isTrue();
    assertThat(loyal.isSignificant(0.04)).isFalse();
    // n = 10 first-step customers each: not below a minimum of 10, below one of 11.
    assertThat(comparisons).noneMatch(FunnelGroupComparison::belowMinimum);
    assertThat(personas().compare(11)).allMatch(FunnelGroupComparison::belowMinimum);
    assertThat(loyal.toJsonShape()).containsEntry("group", "loyal")
        .containsEntry("belowMinimum", false).containsEntry("difference", c.difference())
        .containsKey("interval95");
  }

  @Test
  void byFirstChannelUsesTheTouchpointWhereTheFirstAttemptStarted() {
    // Steps: stage browse → cart, window 1 day.
    //   x1: app-product 0, cart 1 → app, converted
    //   x2: product-page 0 → web, 1 step
    //   x3: product-page 0, cart 2 → web, converted
    //   x4: app-product 0, product-page 1, cart 2 → app (its first attempt began in the app)
    //   x5: cart 0 only → never entered, in no group
    // app: entered 2, converted 2; web: entered 2, converted 1.
    FunnelDefinition definition = FunnelDefinition.builder("browse-to-cart", shop())
        .stage("browse").touchpoint("cart").window(Duration.ofDays(1)).build();
    FunnelBreakdownAnalyzer analyzer =
        FunnelBreakdownAnalyzer.of(definition, FunnelGrouping.byFirstChannel());
    analyzer.acceptAll(List.of(view("x1", "app-product", 0), view("x1", "cart", 1),
        view("x2", "product-page", 0), view("x3", "product-page", 0), view("x3", "cart", 2),
        view("x4", "app-product", 0), view("x4", "product-page", 1), view("x4", "cart", 2),
        view("x5", "cart", 0)).iterator());

    FunnelBreakdown breakdown = analyzer.result();

    assertThat(breakdown.grouping()).isEqualTo("channel");
    assertThat(breakdown.groups()).containsOnlyKeys("app", "web");
    assertThat(breakdown.group("app").orElseThrow().conversion()).isEqualTo(Percentage.of(2, 2));
    assertThat(breakdown.group("web").orElseThrow().conversion()).isEqualTo(Percentage.of(1, 2));
    assertThat(breakdown.total().entered()).isEqualTo(4);
    assertThat(analyzer.customersSeen()).isEqualTo(5);
  }

  @Test
  void fewerThanTwoGroupsHaveNothingToCompare() {
    FunnelBreakdownAnalyzer analyzer = FunnelBreakdownAnalyzer.of(cartToCheckout(),
        FunnelGrouping.byCustomer("persona", id -> "only"));
    analyzer.accept(view("a", "cart", 0));

    assertThat(analyzer.result().compare(0)).isEmpty();
    assertThatThrownBy(() -> analyzer.result().compare(-1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("minimumN");
  }

  @Test
  void breakdownsOfPartitionsAddUpAndRefuseAnotherGrouping() {
    FunnelBreakdown whole = personas();

    assertThat(whole.plus(whole).total().entered()).isEqualTo(42);
    assertThat(whole.plus(whole).group("loyal").orElseThrow().conversion())
        .isEqualTo(Percentage.of(16, 20));
    FunnelBreakdown byChannel = FunnelBreakdownAnalyzer.of(cartToCheckout(),
        FunnelGrouping.byFirstChannel()).result();
    assertThatThrownBy(() -> whole.plus(byChannel)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("grouping persona").hasMessageContaining("grouping channel");
  }

  @Test
  void theJsonShapeHoldsTheTotalAndEachGroup() {
    Map<String, Object> shape = personas().toJsonShape();

    assertThat(shape).containsEntry("grouping", "persona").containsKey("total");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> groups = (Map<String, Map<String, Object>>) shape.get("groups");
    assertThat(groups).containsOnlyKeys("bargain", "loyal");
    assertThat(groups.get("loyal")).containsEntry("entered", 10L)
        .containsEntry("conversion", Percentage.of(8, 10).toJsonShape())
        .doesNotContainKey("definition");
  }
}
