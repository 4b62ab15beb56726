package io.cxkit.journey.analysis;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.survey.Channel;
import java.time.Duration;
import java.time.Instant;

/** A small shop's map and event helpers for the funnel tests. */
final class FunnelFixtures {
  static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  private FunnelFixtures() {}

  /**
   * Stages browse (product-page and help-center on the web, app-product in the app), purchase
   * (cart, checkout, order-confirmation on the web) and support (support-chat).
   */
  static JourneyMap shop() {
    return JourneyMap.builder("shop", "Small shop")
        .stage("browse", "Browse")
        .touchpoint("product-page", "Product page", "browse", Channel.WEB)
        .touchpoint("app-product", "Product in the app", "browse", Channel.APP)
        .touchpoint("help-center", "Help centre", "browse", Channel.WEB)
        .stage("purchase", "Purchase")
        .touchpoint("cart", "Cart", "purchase", Channel.WEB)
        .touchpoint("checkout", "Checkout", "purchase", Channel.WEB)
        .touchpoint("order-confirmation", "Order confirmation", "purchase", Channel.WEB)
        .stage("support", "Support")
        .touchpoint("support-chat", "Support chat", "support", Channel.CHAT)
        .build();
  }

  /** product-page → cart → checkout → purchased (order-confirmation, purchase), window 1 h. */
  static FunnelDefinition.Builder checkout() {
    return FunnelDefinition.builder("checkout", shop())
        .touchpoint("product-page").touchpoint("cart").touchpoint("checkout")
        .step(FunnelStep.touchpoint("order-confirmation", EventKind.PURCHASE).named("purchased"))
        .window(Duration.ofHours(1));
  }

  /** A view by the customer at the touchpoint, {@code minutes} after {@link #T0}. */
  static JourneyEvent view(String customer, String touchpoint, double minutes) {
    return at(customer, touchpoint, minutes, EventKind.VIEW);
  }

  static JourneyEvent at(String customer, String touchpoint, double minutes, EventKind kind) {
    return JourneyEvent.of(customer, touchpoint,
        T0.plusNanos(Math.round(minutes * 60_000_000_000.0)), kind);
  }

  static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }
}
