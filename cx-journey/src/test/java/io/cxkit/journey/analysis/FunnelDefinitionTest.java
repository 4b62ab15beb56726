package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.FunnelFixtures.checkout;
import static io.cxkit.journey.analysis.FunnelFixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.EventKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A definition's defaults, value semantics and JSON shape. */
class FunnelDefinitionTest {

  @Test
  void theModeIsInOrderUnlessSet() {
    FunnelDefinition definition = checkout().build();

    assertThat(definition.mode()).isEqualTo(FunnelMode.IN_ORDER);
    assertThat(definition.window()).isEqualTo(Duration.ofHours(1));
    assertThat(definition.steps()).extracting(FunnelStep::name)
        .containsExactly("product-page", "cart", "checkout", "purchased");
    assertThat(FunnelMode.ofId("any-order")).isEqualTo(FunnelMode.ANY_ORDER);
  }

  @Test
  void definitionsAreValues() {
    assertThat(checkout().build()).isEqualTo(checkout().build())
        .hasSameHashCodeAs(checkout().build())
        .isNotEqualTo(checkout().mode(FunnelMode.STRICT_ORDER).build());
    assertThat(checkout().build().toString()).isEqualTo("FunnelDefinition{checkout, in-order, "
        + "window PT1H, map shop, steps [product-page, cart, checkout, purchased]}");
  }

  @Test
  void stepsKeepTheirKindsInKindOrder() {
    FunnelStep step = FunnelStep.stage("purchase", EventKind.PURCHASE, EventKind.START)
        .named("bought");

    assertThat(step.kinds()).containsExactly(EventKind.START, EventKind.PURCHASE);
    assertThat(step.accepts(EventKind.START)).isTrue();
    assertThat(step.accepts(EventKind.VIEW)).isFalse();
    assertThat(FunnelStep.touchpoint("cart").accepts(EventKind.VIEW)).isTrue();
    assertThat(step).hasToString("bought (stage purchase, start, purchase)");
    assertThat(step.toJsonShape()).isEqualTo(Map.of("name", "bought", "scope", "stage",
        "target", "purchase", "kinds", List.of("start", "purchase")));
  }

  @Test
  void theJsonShapeNamesTheMapModeWindowAndSteps() {
    FunnelDefinition definition = FunnelDefinition.builder("f", shop()).touchpoint("cart")
        .touchpoint("checkout").window(Duration.ofMillis(90_500)).mode(FunnelMode.ANY_ORDER)
        .build();

    Map<String, Object> shape = definition.toJsonShape();

    // 90.5 s as a number of seconds.
    assertThat(shape).containsEntry("name", "f").containsEntry("map", "shop")
        .containsEntry("mode", "any-order").containsEntry("windowSeconds", 90.5);
    assertThat(shape.get("steps")).isEqualTo(List.of(
        Map.of("name", "cart", "scope", "touchpoint", "target", "cart", "kinds", List.of()),
        Map.of("name", "checkout", "scope", "touchpoint", "target", "checkout", "kinds",
            List.of())));
  }
}
