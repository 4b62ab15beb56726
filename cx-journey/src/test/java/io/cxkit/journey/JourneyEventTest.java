package io.cxkit.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyEventTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void keepsWhatItIsGivenAndCopiesAttributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("sku", "A1");
    JourneyEvent event =
        new JourneyEvent("c1", "s1", "cart", AT, EventKind.VIEW, attributes);
    attributes.put("later", "x");

    assertThat(event.attributes()).containsExactly(Map.entry("sku", "A1"));
    assertThat(JourneyEvent.of("c1", "cart", AT, EventKind.PURCHASE).inSession("s2").sessionId())
        .isEqualTo("s2");
  }

  @Test
  void customerIdsMayComeFromOtherSystems() {
    // E-mail-like and colon-separated ids are fine; they only must not be blank or hold controls.
    assertThat(JourneyEvent.of("crm:42/anna@example.com", "cart", AT, EventKind.VIEW).customerId())
        .isEqualTo("crm:42/anna@example.com");
    assertThatThrownBy(() -> JourneyEvent.of(" ", "cart", AT, EventKind.VIEW))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("customerId = \" \": must be 1 to 256 characters, not blank, without control"
            + " characters");
    assertThatThrownBy(() -> JourneyEvent.of("c\u00071", "cart", AT, EventKind.VIEW))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("customerId = \"c\\u00071\"");
    assertThatThrownBy(() -> JourneyEvent.of("c".repeat(257), "cart", AT, EventKind.VIEW))
        .isInstanceOf(InvalidJourneyException.class);
  }

  @Test
  void touchpointAndAttributeNamesFollowTheIdRule() {
    assertThatThrownBy(() -> JourneyEvent.of("c1", "the cart", AT, EventKind.VIEW))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("touchpointId = \"the cart\": must be 1 to 128 characters");
    assertThatThrownBy(() -> new JourneyEvent("c1", null, "cart", AT, EventKind.VIEW,
        Map.of("a b", "x")))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("attributes = \"a b\": an attribute name must be");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> JourneyEvent.of("c1", "cart", null, EventKind.VIEW))
        .isInstanceOf(NullPointerException.class).hasMessage("at");
    assertThatThrownBy(() -> JourneyEvent.of("c1", "cart", AT, null))
        .isInstanceOf(NullPointerException.class).hasMessage("kind");
  }

  @Test
  void kindsHaveStableIds() {
    assertThat(EventKind.ofId("abandon")).isEqualTo(EventKind.ABANDON);
    assertThat(EventKind.CONTACT.id()).isEqualTo("contact");
    assertThatThrownBy(() -> EventKind.ofId("pageview"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("kind = \"pageview\": must be one of view, start, complete, abandon,"
            + " purchase, contact");
  }
}
