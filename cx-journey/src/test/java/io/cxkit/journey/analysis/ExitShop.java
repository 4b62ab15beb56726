package io.cxkit.journey.analysis;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.survey.Channel;
import java.time.Duration;
import java.time.Instant;

/** The small shop the exit, friction and path tests walk through. */
final class ExitShop {
  static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");

  private ExitShop() {}

  /** consideration: home, product-page; purchase: cart, checkout, order-confirmation; support: help. */
  static JourneyMap map() {
    return JourneyMap.builder("shop", "Small shop")
        .stage("consideration", "Consideration")
        .touchpoint("home", "Home page", "consideration", Channel.WEB)
        .touchpoint("product-page", "Product page", "consideration", Channel.WEB)
        .stage("purchase", "Purchase")
        .touchpoint("cart", "Cart", "purchase", Channel.WEB)
        .touchpoint("checkout", "Checkout", "purchase", Channel.WEB)
        .touchpoint("order-confirmation", "Order confirmation", "purchase", Channel.WEB)
        .stage("support", "Support")
        .touchpoint("help", "Help centre", "support", Channel.WEB)
        .build();
  }

  static JourneyEvent view(String customer, String touchpoint, Duration after) {
    return JourneyEvent.of(customer, touchpoint, T0.plus(after), EventKind.VIEW);
  }

  static JourneyEvent event(String customer, String touchpoint, Duration after, EventKind kind) {
    return JourneyEvent.of(customer, touchpoint, T0.plus(after), kind);
  }

  static Duration days(long d) {
    return Duration.ofDays(d);
  }

  static Duration minutes(double m) {
    return Duration.ofSeconds(Math.round(m * 60));
  }
}
