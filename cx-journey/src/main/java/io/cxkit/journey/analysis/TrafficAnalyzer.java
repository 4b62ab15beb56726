package io.cxkit.journey.analysis;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.CustomerClock;
import io.cxkit.journey.internal.CustomerIndex;
import io.cxkit.journey.internal.PeriodIds;
import java.util.Iterator;
import java.util.Objects;

/**
 * Counts the traffic of a {@link TrafficDefinition} in a stream of journey events: per touchpoint
 * and per stage the events, the distinct customers who visited it, and how many of those reached
 * the goal at or after their first visit there. The mutable side of the analysis; not thread-safe:
 * use one per partition of the customers and add the results with {@link TrafficResult#plus}.
 *
 * <p>Per customer it keeps two bit sets of the map's touchpoints, one {@code long} word per 64
 * touchpoints each: the touchpoints visited so far, and those visited before a goal event (on a
 * goal event the visited set, the goal's own touchpoint included, is OR-ed into it). A touchpoint
 * first visited after the customer's last goal event is a visit but not a conversion of it. With
 * the previous event's instant that is 8 + 16·⌈touchpoints / 64⌉ bytes per customer (24 bytes for
 * a map of up to 64 touchpoints) besides the {@link CustomerIndex} (about 12 bytes and the id
 * string); the counts are kept as they go, so {@link #result()} costs one pass over the
 * touchpoints, not over the customers.
 *
 * <p>Each customer's events must come in time order (equal instants are fine, taken in stream
 * order). {@link #accept} refuses an event earlier than the same customer's previous one with an
 * {@link EventOrderException}, and an event at a touchpoint the map lacks with an {@link
 * UnknownTouchpointException}; a refused event changes nothing.
 */
public final class TrafficAnalyzer {
  private final TrafficDefinition definition;
  private final JourneyMap map;
  private final int words;
  /** By touchpoint number: the stage number. */
  private final int[] stageOf;
  /** By stage number, {@code words} longs each: the stage's touchpoints as a bit set. */
  private final long[] stageMasks;
  private final CustomerClock customers = new CustomerClock();
  /** {@code words} longs per customer: touchpoints visited. */
  private long[] visited = new long[0];
  /** {@code words} longs per customer: touchpoints visited at or before a goal event. */
  private long[] beforeGoal = new long[0];
  private final long[] events;
  private final long[] visitors;
  private final long[] convertedAt;
  private final long[] stageVisitors;
  private final long[] stageConverted;
  private long converted;

  private TrafficAnalyzer(TrafficDefinition definition) {
    this.definition = definition;
    this.map = definition.map();
    int touchpoints = map.touchpoints().size();
    int stages = map.stages().size();
    this.words = Math.max(1, (touchpoints + 63) >>> 6);
    this.stageOf = new int[touchpoints];
    this.stageMasks = new long[stages * words];
    for (int t = 0; t < touchpoints; t++) {
      int s = map.stageIndexOf(t);
      stageOf[t] = s;
      stageMasks[s * words + (t >>> 6)] |= 1L << t;
    }
    this.events = new long[touchpoints];
    this.visitors = new long[touchpoints];
    this.convertedAt = new long[touchpoints];
    this.stageVisitors = new long[stages];
    this.stageConverted = new long[stages];
  }

  /**
   * @param definition the map and the goal
   * @return an analyzer that has seen no event
   */
  public static TrafficAnalyzer of(TrafficDefinition definition) {
    return new TrafficAnalyzer(Objects.requireNonNull(definition, "definition"));
  }

  /** @return the definition analysed */
  public TrafficDefinition definition() {
    return definition;
  }

  /**
   * Takes one event: a visit to its touchpoint and, if it matches the goal, a conversion of every
   * touchpoint the customer has visited so far (this one included).
   *
   * @param event the customer's next event
   * @return this analyzer
   * @throws UnknownTouchpointException if the map has no such touchpoint; nothing changes
   * @throws EventOrderException if the event is earlier than the customer's previous one; nothing
   *     changes
   * @throws io.cxkit.journey.InvalidJourneyException if the instant is beyond ±292 000 years;
   *     nothing changes
   */
  public TrafficAnalyzer accept(JourneyEvent event) {
    int touchpoint = CustomerClock.touchpointOf(map, event);
    long at = PeriodIds.micros(event.at(), "at");
    int customer = customers.check(event.customerId(), event.at(), at);
    if (customer < 0) {
      customer = customers.add(event.customerId());
      visited = grow(visited, (customer + 1) * words);
      beforeGoal = grow(beforeGoal, (customer + 1) * words);
    }
    customers.record(customer, at);
    events[touchpoint]++;
    int base = customer * words;
    int word = base + (touchpoint >>> 6);
    long bit = 1L << touchpoint;
    if ((visited[word] & bit) == 0) {
      if (!intersects(visited, base, stageOf[touchpoint])) {
        stageVisitors[stageOf[touchpoint]]++;
      }
      visited[word] |= bit;
      visitors[touchpoint]++;
    }
    if (definition.isGoal(touchpoint, event.kind(), event.attributes())) {
      convert(base);
    }
    return this;
  }

  /** ORs the customer's visited set into the before-goal set, counting each bit it adds. */
  private void convert(int base) {
    boolean first = true;
    for (int w = 0; w < words; w++) {
      if (beforeGoal[base + w] != 0) {
        first = false;
        break;
      }
    }
    if (first) {
      converted++;
    }
    for (int w = 0; w < words; w++) {
      long added = visited[base + w] & ~beforeGoal[base + w];
      while (added != 0) {
        long bit = Long.lowestOneBit(added);
        int touchpoint = (w << 6) + Long.numberOfTrailingZeros(added);
        int stage = stageOf[touchpoint];
        if (!intersects(beforeGoal, base, stage)) {
          stageConverted[stage]++;
        }
        beforeGoal[base + w] |= bit;
        convertedAt[touchpoint]++;
        added &= ~bit;
      }
    }
  }

  /** @return whether the customer's set at {@code base} holds a touchpoint of the stage */
  private boolean intersects(long[] sets, int base, int stage) {
    int mask = stage * words;
    for (int w = 0; w < words; w++) {
      if ((sets[base + w] & stageMasks[mask + w]) != 0) {
        return true;
      }
    }
    return false;
  }

  private static long[] grow(long[] array, int needed) {
    return CustomerIndex.grow(array, needed);
  }

  /**
   * Takes every remaining event of an iterator, such as a journey event reader.
   *
   * @param events the events
   * @return this analyzer
   * @throws io.cxkit.journey.InvalidJourneyException as {@link #accept} does, at the first refused
   *     event; those before it are taken, and the iterator stands after the refused one
   */
  public TrafficAnalyzer acceptAll(Iterator<JourneyEvent> events) {
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

  /**
   * @return the traffic so far; empty before the first event. May be called again later; the
   *     analyzer goes on taking events
   */
  public TrafficResult result() {
    return new TrafficResult(definition, customers.size(), converted, events.clone(),
        visitors.clone(), convertedAt.clone(), stageVisitors.clone(), stageConverted.clone());
  }

  @Override
  public String toString() {
    return "TrafficAnalyzer{map=" + map.id() + ", customers=" + customers.size() + "}";
  }
}
