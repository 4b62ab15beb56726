package io.cxkit.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventMatchTest {
  private static final JourneyMap SHOP = JourneyMap.ecommerce();
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void anyMatchesEveryEventOfTheMap() {
    EventMatch.Bound any = EventMatch.any().bind(SHOP);
    assertThat(EventMatch.builder().build()).isSameAs(EventMatch.any());
    for (Touchpoint touchpoint : SHOP.touchpoints()) {
      assertThat(any.test(JourneyEvent.of("c1", touchpoint.id(), AT, EventKind.VIEW))).isTrue();
    }
    // A touchpoint the map lacks is never activity of this map.
    assertThat(any.test(JourneyEvent.of("c1", "nowhere", AT, EventKind.VIEW))).isFalse();
  }

  @Test
  void touchpointsStagesKindsAndAttributesAllHaveToHold() {
    String delivery = SHOP.touchpointsOf("delivery").get(0).id();
    EventMatch match = EventMatch.builder().stages("delivery").kinds(EventKind.COMPLETE)
        .attribute("carrier", "dhl").build();
    EventMatch.Bound bound = match.bind(SHOP);
    JourneyEvent done = new JourneyEvent("c1", null, delivery, AT, EventKind.COMPLETE,
        Map.of("carrier", "dhl"));
    assertThat(bound.test(done)).isTrue();
    // Each part on its own fails the match: another kind, another attribute value, another stage.
    assertThat(bound.test(new JourneyEvent("c1", null, delivery, AT, EventKind.VIEW,
        Map.of("carrier", "dhl")))).isFalse();
    assertThat(bound.test(new JourneyEvent("c1", null, delivery, AT, EventKind.COMPLETE,
        Map.of("carrier", "ups")))).isFalse();
    assertThat(bound.test(JourneyEvent.of("c1", delivery, AT, EventKind.COMPLETE))).isFalse();
    String cart = SHOP.touchpointsOf("purchase").get(0).id();
    assertThat(bound.test(new JourneyEvent("c1", null, cart, AT, EventKind.COMPLETE,
        Map.of("carrier", "dhl")))).isFalse();
    assertThat(match.toString())
        .isEqualTo("EventMatch[stages=[delivery], kinds=[complete], attributes={carrier=dhl}]");
  }

  @Test
  void touchpointsAndStagesAddUp() {
    String cart = SHOP.touchpointsOf("purchase").get(0).id();
    String delivery = SHOP.touchpointsOf("delivery").get(0).id();
    EventMatch.Bound bound = EventMatch.builder().touchpoints(cart).stages("delivery").build()
        .bind(SHOP);
    assertThat(bound.test(JourneyEvent.of("c", cart, AT, EventKind.VIEW))).isTrue();
    assertThat(bound.test(JourneyEvent.of("c", delivery, AT, EventKind.VIEW))).isTrue();
    String support = SHOP.touchpointsOf("support").get(0).id();
    assertThat(bound.test(JourneyEvent.of("c", support, AT, EventKind.VIEW))).isFalse();
  }

  @Test
  void unknownPlacesAndBadPartsAreTyped() {
    assertThatThrownBy(() -> EventMatch.atTouchpoints("nowhere").bind(SHOP))
        .isInstanceOf(UnknownTouchpointException.class).hasMessageContaining("nowhere")
        .hasMessageContaining("touchpoints[0]");
    assertThatThrownBy(() -> EventMatch.builder().stages("moon").build().bind(SHOP))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("stages[0]")
        .hasMessageContaining("moon");
    assertThatThrownBy(() -> EventMatch.builder().touchpoints("a", "a"))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("touchpoints[1]");
    assertThatThrownBy(() -> EventMatch.builder().attribute("bad name", "x"))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("bad name");
    assertThatThrownBy(() -> EventMatch.builder().kinds(EventKind.VIEW).kinds(EventKind.START))
        .isInstanceOf(IllegalStateException.class);
  }
}
