package io.cxkit.journey.retention;

import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.survey.Channel;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A small shop of 8 customers over four ISO weeks of March 2026 in Europe/Berlin (CET, UTC+1, until
 * the switch to CEST on Sunday 29 March):
 *
 * <pre>
 *   W10 = Mon 2026-03-02 .. Sun 03-08   W11 = 03-09 .. 03-15   W12 = 03-16 .. 03-22
 *   W13 = 03-23 .. 03-29                W14 = 03-30 ..  (as of Mon 03-30 08:00Z = 10:00 CEST)
 *
 *   a  W10 W11 W12 W13
 *   b  W10     W12          (and one event on 03-30 09:00Z, after the as-of instant: ignored)
 *   c  W10                  W14 (03-30 07:00Z, before the as-of instant)
 *   d  W10 W11              (W11 = Sun 03-08 23:30Z, which is Mon 03-09 00:30 CET in Berlin)
 *   e      W11     W13      (first event Sun 03-08 23:30Z: W11 in Berlin, W10 in UTC)
 *   f      W11 W12
 *   g          W12 W13
 *   h              W13
 * </pre>
 *
 * Personas: a, b, c, e are {@code bargain-hunter}; d, f, g are {@code loyal}; h has none.
 */
final class CohortShop {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant AS_OF = Instant.parse("2026-03-30T08:00:00Z");

  private CohortShop() {}

  /** consideration: home, product-page; purchase: cart, order-confirmation; support: help. */
  static JourneyMap map() {
    return JourneyMap.builder("shop", "Small shop")
        .stage("consideration", "Consideration")
        .touchpoint("home", "Home page", "consideration", Channel.WEB)
        .touchpoint("product-page", "Product page", "consideration", Channel.WEB)
        .stage("purchase", "Purchase")
        .touchpoint("cart", "Cart", "purchase", Channel.WEB)
        .touchpoint("order-confirmation", "Order confirmation", "purchase", Channel.WEB)
        .stage("support", "Support")
        .touchpoint("help", "Help centre", "support", Channel.WEB)
        .build();
  }

  static JourneyEvent view(String customer, String instant) {
    return JourneyEvent.of(customer, "home", Instant.parse(instant), EventKind.VIEW);
  }

  static JourneyEvent event(String customer, String touchpoint, String instant, EventKind kind) {
    return JourneyEvent.of(customer, touchpoint, Instant.parse(instant), kind);
  }

  /** The shop's events, in time order. */
  static List<JourneyEvent> events() {
    List<JourneyEvent> events = new ArrayList<>(List.of(
        view("a", "2026-03-03T10:00:00Z"), view("a", "2026-03-10T10:00:00Z"),
        event("a", "cart", "2026-03-17T10:00:00Z", EventKind.START),
        event("a", "order-confirmation", "2026-03-24T10:00:00Z", EventKind.PURCHASE),
        view("b", "2026-03-04T10:00:00Z"), event("b", "help", "2026-03-18T10:00:00Z",
            EventKind.CONTACT),
        view("b", "2026-03-30T09:00:00Z"),
        view("c", "2026-03-05T10:00:00Z"), view("c", "2026-03-30T07:00:00Z"),
        view("d", "2026-03-08T12:00:00Z"), event("d", "product-page", "2026-03-08T23:30:00Z",
            EventKind.VIEW),
        view("e", "2026-03-08T23:30:00Z"), view("e", "2026-03-25T10:00:00Z"),
        view("f", "2026-03-11T10:00:00Z"), view("f", "2026-03-19T10:00:00Z"),
        view("g", "2026-03-16T10:00:00Z"), view("g", "2026-03-26T10:00:00Z"),
        view("h", "2026-03-27T10:00:00Z")));
    events.sort(Comparator.comparing(JourneyEvent::at));
    return List.copyOf(events);
  }

  static CustomerGroups personas() {
    return CustomerGroups.of(Map.of("a", "bargain-hunter", "b", "bargain-hunter",
        "c", "bargain-hunter", "e", "bargain-hunter", "d", "loyal", "f", "loyal", "g", "loyal"));
  }

  /** Weekly cohorts in Berlin as of {@link #AS_OF}, offsets 1, 2, 3. */
  static CohortDefinition.Builder weekly() {
    return CohortDefinition.builder(map()).period(Period.ISO_WEEK, BERLIN).offsets(1, 2, 3)
        .asOf(AS_OF);
  }

  static CohortResult run(CohortDefinition definition, List<JourneyEvent> events) {
    return CohortAnalyzer.of(definition).acceptAll(events.iterator()).result();
  }
}
