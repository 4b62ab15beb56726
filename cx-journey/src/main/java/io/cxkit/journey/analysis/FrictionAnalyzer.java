package io.cxkit.journey.analysis;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.CustomerClock;
import io.cxkit.journey.internal.CustomerIndex;
import io.cxkit.journey.internal.PeriodIds;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Counts back-and-forth friction episodes ({@link FrictionDefinition}) in a stream of journey
 * events, and the distinct customers who visited each touchpoint. The mutable side of the analysis;
 * not thread-safe: use one per partition of the customers and add the results with {@link
 * FrictionResult#plus}.
 *
 * <p>State per customer, in primitive arrays: the last instant (8 bytes), the current run's two
 * touchpoints and its switch count (12), an episode flag (1), the instants of the run's last {@code
 * switches} switches (8 each) and two bit sets over the touchpoints, visited and with friction (8
 * bytes per 64 touchpoints each); with 3 switches and up to 64 touchpoints, 61 bytes, besides the
 * {@link CustomerIndex} (about 12 bytes and the id string). Per touchpoint pair with an episode one count. Nothing
 * is kept per event.
 *
 * <p>{@link #accept} refuses an event earlier than the same customer's previous one with an {@link
 * EventOrderException}, and one at a touchpoint the map lacks with an {@link
 * UnknownTouchpointException}; a refused event changes nothing.
 */
public final class FrictionAnalyzer {
  private static final int NONE = -1;
  /** The longest array this analyzer makes. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final FrictionDefinition definition;
  private final JourneyMap map;
  private final int touchpoints;
  private final int k;
  private final long window;
  /** Longs per customer in each bit set. */
  private final int words;
  private final CustomerClock customers = new CustomerClock();
  private int[] current = new int[0];
  private int[] other = new int[0];
  private int[] switches = new int[0];
  private byte[] counted = new byte[0];
  /** The run's switch instants, {@code k} per customer, switch number s (1-based) at (s − 1) mod k. */
  private long[] ring = new long[0];
  private long[] visited = new long[0];
  private long[] withFriction = new long[0];
  private final long[] visitors;
  private final long[] episodes;
  private final long[] frictionCustomers;
  /**
   * Episodes by pair, keyed first · touchpoints + second with first &lt; second in map order; a map
   * rather than a touchpoints² array, since few pairs ever have an episode, and looked up per
   * episode, not per event.
   */
  private final Map<Long, long[]> pairs = new HashMap<>();

  private FrictionAnalyzer(FrictionDefinition definition) {
    this.definition = definition;
    this.map = definition.map();
    this.touchpoints = map.touchpoints().size();
    this.k = definition.switches();
    this.window = definition.windowMicros();
    this.words = Math.max(1, (touchpoints + 63) >>> 6);
    this.visitors = new long[touchpoints];
    this.episodes = new long[touchpoints];
    this.frictionCustomers = new long[touchpoints];
  }

  /**
   * @param definition the switches and window of an episode
   * @return an analyzer that has seen no event
   */
  public static FrictionAnalyzer of(FrictionDefinition definition) {
    return new FrictionAnalyzer(Objects.requireNonNull(definition, "definition"));
  }

  /** @return the definition analysed */
  public FrictionDefinition definition() {
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
   * @throws IllegalStateException if a new customer would not fit in the analyzer's arrays (about
   *     2<sup>31</sup> / {@code switches} customers); split the input by customer
   */
  public FrictionAnalyzer accept(JourneyEvent event) {
    int tp = CustomerClock.touchpointOf(map, event);
    long at = PeriodIds.micros(event.at(), "at");
    int c = customers.check(event.customerId(), event.at(), at);
    if (c < 0) {
      c = add(event.customerId());
    }
    customers.record(c, at);
    int bit = c * words + (tp >>> 6);
    if ((visited[bit] & (1L << tp)) == 0) {
      visited[bit] |= 1L << tp;
      visitors[tp]++;
    }
    int previous = current[c];
    if (previous == NONE) {
      current[c] = tp;
      return this;
    }
    if (previous == tp) {
      return this; // a reload: one visit, no switch
    }
    int s = switches[c];
    int base = c * k;
    if (tp == other[c] && at - ring[base + (s - 1) % k] <= window) {
      s++;
      if (s >= 2 * k) {
        s -= k; // keeps s ≥ k and s mod k, so that a long run cannot overflow
      }
    } else {
      s = 1;
      counted[c] = 0;
    }
    other[c] = previous; // the run's pair is now {previous, tp}; a to-and-fro returns to previous
    ring[base + (s - 1) % k] = at;
    switches[c] = s;
    current[c] = tp;
    if (counted[c] == 0 && s >= k && at - ring[base + s % k] <= window) {
      counted[c] = 1;
      episode(c, tp, other[c]);
    }
    return this;
  }

  private void episode(int c, int a, int b) {
    episodes[a]++;
    episodes[b]++;
    pairs.computeIfAbsent((long) Math.min(a, b) * touchpoints + Math.max(a, b),
        key -> new long[1])[0]++;
    markFriction(c, a);
    markFriction(c, b);
  }

  private void markFriction(int c, int tp) {
    int bit = c * words + (tp >>> 6);
    if ((withFriction[bit] & (1L << tp)) == 0) {
      withFriction[bit] |= 1L << tp;
      frictionCustomers[tp]++;
    }
  }

  private int add(String customerId) {
    if ((long) (customers.size() + 1) * Math.max(k, words) > MAX_ARRAY) {
      throw new IllegalStateException("more than " + customers.size() + " customers in one"
          + " friction analyzer of " + k + " switches; split the input by customer and merge the"
          + " results");
    }
    int c = customers.add(customerId);
    int n = c + 1;
    int before = current.length;
    current = CustomerIndex.grow(current, n);
    other = CustomerIndex.grow(other, n);
    for (int i = before; i < current.length; i++) {
      current[i] = NONE;
      other[i] = NONE;
    }
    switches = CustomerIndex.grow(switches, n);
    counted = CustomerIndex.grow(counted, n);
    ring = growTo(ring, (long) n * k, (long) current.length * k);
    visited = growTo(visited, (long) n * words, (long) current.length * words);
    withFriction = growTo(withFriction, (long) n * words, (long) current.length * words);
    return c;
  }

  /** @return the array, or a copy of the wanted length (at most {@link #MAX_ARRAY}) if it is short */
  private static long[] growTo(long[] array, long needed, long wanted) {
    return needed <= array.length ? array
        : java.util.Arrays.copyOf(array, (int) Math.min(Math.max(needed, wanted), MAX_ARRAY));
  }

  /**
   * Takes every remaining event of an iterator, such as a journey event reader.
   *
   * @param events the events
   * @return this analyzer
   * @throws io.cxkit.journey.InvalidJourneyException as {@link #accept} does, at the first refused
   *     event; those before it are taken
   */
  public FrictionAnalyzer acceptAll(Iterator<JourneyEvent> events) {
    Objects.requireNonNull(events, "events");
    while (events.hasNext()) {
      accept(events.next());
    }
    return this;
  }

  /**
   * @return the episodes and visitors so far; may be called again, and the analyzer goes on taking
   *     events
   */
  public FrictionResult result() {
    return new FrictionResult(definition, customers.size(), visitors.clone(), episodes.clone(),
        frictionCustomers.clone(), pairCounts());
  }

  private Map<Long, Long> pairCounts() {
    Map<Long, Long> counts = new HashMap<>();
    pairs.forEach((key, count) -> counts.put(key, count[0]));
    return counts;
  }

  @Override
  public String toString() {
    return "FrictionAnalyzer{map=" + map.id() + ", customers=" + customers.size() + "}";
  }
}
