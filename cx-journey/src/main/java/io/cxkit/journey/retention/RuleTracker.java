package io.cxkit.journey.retention;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.CustomerClock;
import io.cxkit.journey.internal.CustomerIndex;
import io.cxkit.journey.internal.PeriodIds;
import java.time.Instant;
import java.util.Arrays;

/**
 * What the churn and lifetime analyzers' {@code accept} share: the customers and their last
 * event's instant, with subscriptions the open subscription's start, and the checks of an event
 * against a {@link ChurnRules.Bound bound rule} before anything changes. An analyzer calls {@link
 * #check}, then its own checks, then {@link #add} for a new customer, then {@link #take}; the
 * customer and instant of the event being taken are held between those calls. Per customer 8
 * bytes, and 8 more with subscriptions, besides the {@link CustomerIndex}. Not thread-safe.
 */
final class RuleTracker {
  /** What {@link #check} gives for an event at or after {@code asOf}: checked, not counted. */
  static final int NOT_COUNTED = -1;

  private final JourneyMap map;
  private final ChurnRules.Bound rule;
  private final long asOf;
  private final CustomerClock customers = new CustomerClock();
  /** With subscriptions: the open subscription's start, {@link PeriodIds#NO_INSTANT} for none. */
  private long[] openSince = new long[0];
  private int customer;
  private long micros;

  /**
   * @param map the map the rule is bound to
   * @param rule the bound rule
   * @param asOfMicros the analysis instant in epoch microseconds
   */
  RuleTracker(JourneyMap map, ChurnRules.Bound rule, long asOfMicros) {
    this.map = map;
    this.rule = rule;
    this.asOf = asOfMicros;
  }

  /** @return the number of customers added */
  int size() {
    return customers.size();
  }

  /**
   * Checks and classifies an event, in the order both analyzers document: its touchpoint, an end
   * earlier than the open subscription's start, time order, then (before {@code asOf} only) an
   * event both starting and ending, and an end with nothing open. An event at or after {@code
   * asOf} changes only its known customer's last instant, against which the next is checked.
   *
   * @param event the customer's next event
   * @return the event's {@link ChurnRules.Bound#START}, {@link ChurnRules.Bound#END} and {@link
   *     ChurnRules.Bound#ACTIVE} bits, or {@link #NOT_COUNTED}
   * @throws UnknownTouchpointException if the map has no such touchpoint
   * @throws io.cxkit.journey.InvalidJourneyException if the instant is beyond ±292 000 years
   * @throws SubscriptionException if it breaks the subscription rule
   * @throws EventOrderException if it is earlier than the customer's previous event
   */
  int check(JourneyEvent event) {
    int touchpoint = CustomerClock.touchpointOf(map, event);
    long at = PeriodIds.micros(event.at(), "at");
    String id = event.customerId();
    int c = customers.find(id);
    int kinds = rule.classify(touchpoint, event);
    long startAt = c >= 0 && rule.subscriptions() ? openSince[c] : PeriodIds.NO_INSTANT;
    boolean open = startAt != PeriodIds.NO_INSTANT;
    boolean isEnd = (kinds & ChurnRules.Bound.END) != 0;
    Instant instant = event.at();
    if (isEnd && open && at < startAt) {
      throw new SubscriptionException(id, instant, PeriodIds.instant(startAt), rule.rule(),
          "ends the subscription before it started");
    }
    PeriodIds.requireInOrder(id, instant, at, customers.lastAt(c));
    if (at >= asOf) {
      if (c >= 0) {
        customers.record(c, at); // not counted, but the next event's order is checked against it
      }
      return NOT_COUNTED;
    }
    if (isEnd && (kinds & ChurnRules.Bound.START) != 0) {
      throw new SubscriptionException(id, instant, open ? PeriodIds.instant(startAt) : null,
          rule.rule(), "matches both the start and the end of the rule");
    }
    if (isEnd && !open) {
      throw new SubscriptionException(id, instant, null, rule.rule(),
          "ends a subscription, but none is open: a subscription must start before it ends");
    }
    customer = c;
    micros = at;
    return kinds;
  }

  /** @return the number of the checked event's customer, or -1 for one not added yet */
  int customer() {
    return customer;
  }

  /** @return the checked event's instant in epoch microseconds */
  long micros() {
    return micros;
  }

  /**
   * Numbers the checked event's new customer, once the analyzer's own checks have passed.
   *
   * @param customerId the customer
   * @return the customer's number
   */
  int add(String customerId) {
    customer = customers.add(customerId);
    if (rule.subscriptions()) {
      int old = openSince.length;
      openSince = CustomerIndex.grow(openSince, customer + 1);
      Arrays.fill(openSince, old, openSince.length, PeriodIds.NO_INSTANT);
    }
    return customer;
  }

  /**
   * Takes the checked event into its customer's last instant and open subscription: a start opens
   * one unless one is open (a renewal or an upgrade goes on with it), an end closes it.
   *
   * @param kinds the event's bits from {@link #check}
   * @return whether the event opened a subscription
   */
  boolean take(int kinds) {
    customers.record(customer, micros);
    if ((kinds & ChurnRules.Bound.START) != 0) {
      if (openSince[customer] != PeriodIds.NO_INSTANT) {
        return false;
      }
      openSince[customer] = micros;
      return true;
    }
    if ((kinds & ChurnRules.Bound.END) != 0) {
      openSince[customer] = PeriodIds.NO_INSTANT;
    }
    return false;
  }
}
