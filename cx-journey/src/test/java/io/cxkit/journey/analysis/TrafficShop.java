package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.ExitShop.event;
import static io.cxkit.journey.analysis.ExitShop.view;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Ten customers walking through {@link ExitShop#map()} (consideration: home, product-page;
 * purchase: cart, checkout, order-confirmation; support: help), the fixture of the traffic and
 * scorecard tests (public for the scorecard's, in package cx). The goal is a purchase at the order
 * confirmation.
 *
 * <pre>
 * c1   home, product-page, cart, checkout, order-confirmation(purchase)      converted
 * c2   home, product-page, cart                                              —
 * c3   home, cart, checkout, order-confirmation(purchase), cart              converted
 * c4   product-page, order-confirmation(purchase), cart, help                converted; its cart
 *      and help visits come after the purchase: visits, not conversions of them
 * c5   home, home                                                            —
 * c6   home, product-page                                                    —
 * c7   help, home, product-page, cart, checkout, order-confirmation(purchase) converted
 * c8   product-page, cart, checkout                                          —
 * c9   order-confirmation (a view, not a purchase)                           —
 * c10  home, help                                                            —
 * </pre>
 */
public final class TrafficShop {
  /** The instant of every customer's first event. */
  public static final Instant T0 = ExitShop.T0;

  private TrafficShop() {}

  /** @return {@link ExitShop#map()} */
  public static JourneyMap map() {
    return ExitShop.map();
  }

  /** @return traffic with the goal: a purchase at the order confirmation */
  public static TrafficDefinition purchase() {
    return TrafficDefinition.builder(ExitShop.map())
        .goal(EventMatch.builder().touchpoints("order-confirmation").kinds(EventKind.PURCHASE)
            .build())
        .build();
  }

  /** @return the ten customers' events above, a minute apart, in order per customer */
  public static List<JourneyEvent> events() {
    List<JourneyEvent> events = new ArrayList<>();
    walk(events, "c1", "home", "product-page", "cart", "checkout", "order-confirmation!");
    walk(events, "c2", "home", "product-page", "cart");
    walk(events, "c3", "home", "cart", "checkout", "order-confirmation!", "cart");
    walk(events, "c4", "product-page", "order-confirmation!", "cart", "help");
    walk(events, "c5", "home", "home");
    walk(events, "c6", "home", "product-page");
    walk(events, "c7", "help", "home", "product-page", "cart", "checkout", "order-confirmation!");
    walk(events, "c8", "product-page", "cart", "checkout");
    walk(events, "c9", "order-confirmation");
    walk(events, "c10", "home", "help");
    return List.copyOf(events);
  }

  /** One customer's events a minute apart; a touchpoint ending in {@code !} is a purchase there. */
  private static void walk(List<JourneyEvent> events, String customer, String... touchpoints) {
    for (int i = 0; i < touchpoints.length; i++) {
      String t = touchpoints[i];
      Duration after = Duration.ofMinutes(i);
      events.add(t.endsWith("!")
          ? event(customer, t.substring(0, t.length() - 1), after, EventKind.PURCHASE)
          : view(customer, t, after));
    }
  }
}
