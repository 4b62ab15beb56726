package io.cxkit.journey.analysis;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.CustomerClock;
import io.cxkit.journey.internal.CustomerIndex;
import io.cxkit.journey.internal.PeriodIds;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the exit points of an {@link ExitDefinition} in a stream of journey events: per customer it
 * keeps the last event's touchpoint and instant and whether a goal was reached, and {@link
 * #result()} sorts each customer into converted, still active or an exit at that last touchpoint.
 * The mutable side of the analysis; not thread-safe: use one per partition of the customers and add
 * the results with {@link ExitResult#plus}.
 *
 * <p>State is 13 bytes per customer in primitive arrays (an 8-byte instant in microseconds, a 4-byte
 * touchpoint number, a 1-byte flag) besides the {@link CustomerIndex} (about 12 bytes and the id
 * string); nothing is kept per event. A million customers take about 25 MB and their ids.
 *
 * <p>Each customer's events must come in time order (equal instants are fine); the journey readers
 * repair small disorder. {@link #accept} refuses an event earlier than the same customer's previous
 * one with an {@link EventOrderException}, and an event at a touchpoint the map lacks with an
 * {@link UnknownTouchpointException}; a refused event changes nothing, so a caller can catch, count
 * and go on.
 */
public final class ExitAnalyzer {
  private final ExitDefinition definition;
  private final JourneyMap map;
  private final CustomerClock customers = new CustomerClock();
  private int[] lastTouchpoint = new int[0];
  private byte[] converted = new byte[0];
  private long latest = PeriodIds.NO_INSTANT;

  private ExitAnalyzer(ExitDefinition definition) {
    this.definition = definition;
    this.map = definition.map();
  }

  /**
   * @param definition the goals, horizon and end
   * @return an analyzer that has seen no event
   */
  public static ExitAnalyzer of(ExitDefinition definition) {
    return new ExitAnalyzer(Objects.requireNonNull(definition, "definition"));
  }

  /** @return the definition analysed */
  public ExitDefinition definition() {
    return definition;
  }

  /**
   * Takes one event.
   *
   * @param event the customer's next event
   * @return this analyzer
   * @throws UnknownTouchpointException if the map has no such touchpoint; nothing changes
   * @throws EventOrderException if the event is earlier than the customer's previous one; nothing
   *     changes
   * @throws io.cxkit.journey.InvalidJourneyException if the instant is beyond ±292 000 years;
   *     nothing changes
   */
  public ExitAnalyzer accept(JourneyEvent event) {
    int touchpoint = CustomerClock.touchpointOf(map, event);
    long at = PeriodIds.micros(event.at(), "at");
    int customer = customers.check(event.customerId(), event.at(), at);
    if (customer < 0) {
      customer = customers.add(event.customerId());
      lastTouchpoint = CustomerIndex.grow(lastTouchpoint, customer + 1);
      converted = CustomerIndex.grow(converted, customer + 1);
    }
    customers.record(customer, at);
    lastTouchpoint[customer] = touchpoint;
    if (definition.isGoal(touchpoint, event.kind())) {
      converted[customer] = 1;
    }
    if (at > latest) {
      latest = at;
    }
    return this;
  }

  /**
   * Takes every remaining event of an iterator, such as a journey event reader.
   *
   * @param events the events
   * @return this analyzer
   * @throws io.cxkit.journey.InvalidJourneyException as {@link #accept} does, at the first refused
   *     event; those before it are taken, and the iterator stands after the refused one
   */
  public ExitAnalyzer acceptAll(Iterator<JourneyEvent> events) {
    Objects.requireNonNull(events, "events");
    while (events.hasNext()) {
      accept(events.next());
    }
    return this;
  }

  /** @return the number of customers seen */
  public long customers() {
    return customers.size();
  }

  /** @return the end in microseconds, or {@link PeriodIds#NO_INSTANT} when there is none yet */
  private long endMicros() {
    return definition.end().map(end -> PeriodIds.micros(end, "end")).orElse(latest);
  }

  /** @return the last instant of a customer that is still inside the horizon, exclusive */
  private long activeAfter(long end) {
    long horizon = definition.horizonMicros();
    return end < Long.MIN_VALUE + 1 + horizon ? Long.MIN_VALUE : end - horizon;
  }

  /**
   * Sorts every customer seen so far: converted if a goal was ever reached; otherwise still active
   * if the last event is less than the horizon before the end (end − last &lt; horizon, events after
   * the end included), otherwise an exit at the last event's touchpoint (end − last ≥ horizon).
   * The end is the definition's, or else the latest event seen. May be called again later; the
   * analyzer goes on taking events.
   *
   * @return the result so far; empty before the first event
   */
  public ExitResult result() {
    long end = endMicros();
    long[] exits = new long[map.touchpoints().size()];
    long convertedCount = 0;
    long active = 0;
    int n = customers.size();
    if (n > 0) {
      long threshold = activeAfter(end);
      for (int c = 0; c < n; c++) {
        if (converted[c] != 0) {
          convertedCount++;
        } else if (customers.lastAt(c) > threshold) {
          active++;
        } else {
          exits[lastTouchpoint[c]]++;
        }
      }
    }
    Instant endInstant = end == PeriodIds.NO_INSTANT ? null : PeriodIds.instant(end);
    if (definition.end().isPresent()) {
      endInstant = definition.end().get();
    }
    return new ExitResult(definition, endInstant, convertedCount, active, exits);
  }

  /**
   * The exit point of one customer, as {@link #result()} would count it now: what joins a
   * customer's survey responses to where the customer left.
   *
   * @param customerId a customer's id
   * @return the id of the touchpoint the customer left at; empty if the customer converted, is
   *     still active or was never seen
   */
  public Optional<String> exitPointOf(String customerId) {
    Objects.requireNonNull(customerId, "customerId");
    int c = customers.find(customerId);
    if (c < 0 || converted[c] != 0 || customers.lastAt(c) > activeAfter(endMicros())) {
      return Optional.empty();
    }
    return Optional.of(map.touchpoints().get(lastTouchpoint[c]).id());
  }

  @Override
  public String toString() {
    return "ExitAnalyzer{map=" + map.id() + ", customers=" + customers.size() + "}";
  }
}
