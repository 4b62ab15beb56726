package io.cxkit.journey.internal;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import java.time.Instant;
import java.util.Objects;

/**
 * The customers an analyzer has seen, numbered 0, 1, 2… by a {@link CustomerIndex}, with each
 * one's last event instant in epoch microseconds: the checks every analyzer makes before an event
 * changes anything (the touchpoint, then the customer's time order). A new customer is numbered
 * only by {@link #add}, once the event has passed every other check of the analyzer, so that a
 * refused event leaves no trace. 8 bytes per customer besides the index. Not thread-safe.
 */
public final class CustomerClock {
  private final CustomerIndex index = new CustomerIndex();
  private long[] lastAt = new long[0];

  /**
   * @param map the analysis's map
   * @param event an event
   * @return the number of the event's touchpoint in the map
   * @throws UnknownTouchpointException if the map has no such touchpoint
   */
  public static int touchpointOf(JourneyMap map, JourneyEvent event) {
    Objects.requireNonNull(event, "event");
    return JourneyIds.touchpointIndex(map, "touchpointId", event.touchpointId());
  }

  /** @return the number of customers seen */
  public int size() {
    return index.size();
  }

  /**
   * @param customerId a customer id
   * @return its number, or -1 if it was never added
   */
  public int find(String customerId) {
    return index.find(customerId);
  }

  /**
   * Finds the customer of an event and checks the event comes no earlier than their previous one.
   *
   * @param customerId the event's customer
   * @param at the event's instant
   * @param micros the same in epoch microseconds ({@link PeriodIds#micros})
   * @return the customer's number, or -1 for a customer not seen yet
   * @throws EventOrderException if the event is earlier than the customer's previous one
   */
  public int check(String customerId, Instant at, long micros) {
    int customer = index.find(customerId);
    if (customer >= 0) {
      PeriodIds.requireInOrder(customerId, at, micros, lastAt[customer]);
    }
    return customer;
  }

  /**
   * @param customer a customer's number, or -1
   * @return their last event's instant in epoch microseconds; {@link PeriodIds#NO_INSTANT} for -1
   */
  public long lastAt(int customer) {
    return customer < 0 ? PeriodIds.NO_INSTANT : lastAt[customer];
  }

  /**
   * Numbers a new customer, once their first event has passed every check.
   *
   * @param customerId a customer id not seen yet
   * @return its number, one more than the last
   * @throws IllegalStateException if {@link CustomerIndex#MAX_CUSTOMERS} are numbered already
   */
  public int add(String customerId) {
    int customer = index.indexOf(customerId);
    lastAt = CustomerIndex.grow(lastAt, customer + 1);
    lastAt[customer] = PeriodIds.NO_INSTANT;
    return customer;
  }

  /**
   * @param customer a customer's number
   * @param micros their event's instant in epoch microseconds, which the next one must not precede
   */
  public void record(int customer, long micros) {
    lastAt[customer] = micros;
  }
}
