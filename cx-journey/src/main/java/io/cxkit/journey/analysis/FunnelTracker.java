package io.cxkit.journey.analysis;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.internal.CustomerClock;
import io.cxkit.journey.internal.CustomerIndex;
import io.cxkit.journey.internal.GroupIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The state machine behind {@link FunnelAnalyzer} and {@link FunnelBreakdownAnalyzer}: per
 * customer, in arrays indexed by the customer's number, the instant of the last event and of the
 * current attempt's start (µs since 1970), the attempt's progress (steps reached in order, or the
 * bit set of steps done in any order), the best step reached and, with a grouping, the group's
 * number. Counts and time histograms are kept per group as customers advance, so a result costs
 * O(steps × groups).
 */
final class FunnelTracker {
  private final FunnelDefinition definition;
  private final JourneyMap map;
  private final FunnelMode mode;
  private final int steps;
  private final long window;
  private final boolean byChannel;
  private final boolean grouped;
  private final CustomerClock customers = new CustomerClock();
  private long[] start = new long[0];
  private int[] progress = new int[0];
  /** 0 = never entered; otherwise 1 + the number of steps of the best attempt. */
  private byte[] reached = new byte[0];
  /** The group's number, {@link GroupIndex#NO_GROUP} for none; only with a grouping. */
  private int[] group = new int[0];

  private final Tally total;
  /** The groups, at most {@code maxGroups} of a {@link FunnelGrouping.ByCustomer}. */
  private final GroupIndex groupIndex;
  private final List<Tally> tallies = new ArrayList<>();

  FunnelTracker(FunnelDefinition definition, @Nullable FunnelGrouping grouping, int maxGroups) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.map = definition.map();
    this.mode = definition.mode();
    this.steps = definition.stepCount();
    this.window = definition.windowMicros();
    this.groupIndex = new GroupIndex(
        grouping instanceof FunnelGrouping.ByCustomer by ? by.groups() : null, maxGroups);
    this.byChannel = grouping instanceof FunnelGrouping.ByFirstChannel;
    this.grouped = grouping != null;
    this.total = new Tally(steps);
  }

  int customers() {
    return customers.size();
  }

  void accept(JourneyEvent event) {
    int touchpoint = CustomerClock.touchpointOf(map, event);
    long t = micros(event.at());
    String id = event.customerId();
    int c = customers.check(id, event.at(), t);
    if (c < 0) {
      // Checked before anything changes: a grouping with a value per customer (an e-mail, an id)
      // groups nothing and would keep a count and a histogram per step for each.
      int g = groupIndex.numberOf(id);
      c = customers.add(id);
      int needed = c + 1;
      start = CustomerIndex.grow(start, needed);
      progress = CustomerIndex.grow(progress, needed);
      reached = CustomerIndex.grow(reached, needed);
      if (grouped) {
        group = CustomerIndex.grow(group, needed);
        group[c] = g == GroupIndex.NO_GROUP ? g : tally(g);
      }
    }
    customers.record(c, t);
    if (reached[c] == steps + 1) {
      return; // converted: later events change nothing
    }
    int matches = definition.matches(touchpoint, event.kind());
    switch (mode) {
      case IN_ORDER -> inOrder(c, touchpoint, matches, t);
      case STRICT_ORDER -> strictOrder(c, touchpoint, matches, t);
      case ANY_ORDER -> anyOrder(c, touchpoint, matches, t);
      default -> throw new AssertionError(mode);
    }
  }

  private boolean expired(int c, long t) {
    // t ≥ start, so the unsigned difference is exact even where the signed one would overflow.
    return Long.compareUnsigned(t - start[c], window) > 0;
  }

  private void inOrder(int c, int touchpoint, int matches, long t) {
    if (matches == 0) {
      return;
    }
    int p = progress[c];
    if (p > 0 && expired(c, t)) {
      p = 0;
    }
    if (p == 0) {
      if ((matches & 1) != 0) {
        begin(c, touchpoint, t);
        p = 1;
        reach(c, 1, t);
      }
    } else if ((matches & (1 << p)) != 0) {
      p++;
      reach(c, p, t);
    }
    progress[c] = p;
  }

  private void strictOrder(int c, int touchpoint, int matches, long t) {
    int p = progress[c];
    if (p > 0 && expired(c, t)) {
      p = 0;
    }
    if (p > 0) {
      if ((matches & (1 << p)) != 0) {
        p++;
        reach(c, p, t);
      } else if ((definition.stepsAt(touchpoint) & ((1 << p) | (1 << (p - 1)))) == 0) {
        p = 0; // an event elsewhere ends the attempt; it may start the next one below
      }
    }
    if (p == 0 && (matches & 1) != 0) {
      begin(c, touchpoint, t);
      p = 1;
      reach(c, 1, t);
    }
    progress[c] = p;
  }

  private void anyOrder(int c, int touchpoint, int matches, long t) {
    if (matches == 0) {
      return;
    }
    int done = progress[c];
    if (done != 0 && expired(c, t)) {
      done = 0;
    }
    if (done == 0) {
      begin(c, touchpoint, t);
    }
    done |= matches;
    progress[c] = done;
    int prefix = Integer.numberOfTrailingZeros(~done);
    if (prefix > reached[c] - 1) {
      reach(c, prefix, t);
    }
  }

  /** Starts an attempt at {@code t}; the customer's first attempt enters the funnel. */
  private void begin(int c, int touchpoint, long t) {
    start[c] = t;
    if (reached[c] != 0) {
      return;
    }
    reached[c] = 1;
    total.entered++;
    if (byChannel) {
      group[c] = tally(groupIndex.numberOfLabel(map.touchpoints().get(touchpoint).channel().id()));
    }
    if (grouped && group[c] >= 0) {
      tallies.get(group[c]).entered++;
    }
  }

  /** Credits the customer with steps up to {@code stepsReached} (1-based) reached at {@code t}. */
  private void reach(int c, int stepsReached, long t) {
    int best = reached[c] - 1;
    if (stepsReached <= best) {
      return;
    }
    long elapsed = t - start[c];
    Tally tally = grouped && group[c] >= 0 ? tallies.get(group[c]) : null;
    for (int s = best; s < stepsReached; s++) {
      total.customers[s]++;
      total.times[s].recordMicros(elapsed);
      if (tally != null) {
        tally.customers[s]++;
        tally.times[s].recordMicros(elapsed);
      }
    }
    reached[c] = (byte) (stepsReached + 1);
  }

  /** @return the group's number, its tally opened if it is new */
  private int tally(int group) {
    if (group == tallies.size()) {
      tallies.add(new Tally(steps));
    }
    return group;
  }

  FunnelResult result() {
    return total.result(definition);
  }

  SortedMap<String, FunnelResult> groupResults() {
    SortedMap<String, FunnelResult> out = new TreeMap<>();
    for (int g = 0; g < tallies.size(); g++) {
      out.put(groupIndex.label(g), tallies.get(g).result(definition));
    }
    return out;
  }

  static long micros(Instant at) {
    try {
      return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L),
          at.getNano() / 1000);
    } catch (ArithmeticException e) {
      throw new InvalidJourneyException("at", at,
          "must be within about 292,000 years of 1970: funnels count time in microseconds");
    }
  }

  /** The counts of the customers of one group (or all). */
  private static final class Tally {
    long entered;
    final long[] customers;
    final DurationHistogram.Accumulator[] times;

    Tally(int steps) {
      customers = new long[steps];
      times = new DurationHistogram.Accumulator[steps];
      for (int s = 0; s < steps; s++) {
        times[s] = DurationHistogram.accumulator();
      }
    }

    FunnelResult result(FunnelDefinition definition) {
      DurationHistogram[] snapshots = new DurationHistogram[times.length];
      for (int s = 0; s < times.length; s++) {
        snapshots[s] = times[s].snapshot();
      }
      return new FunnelResult(definition, entered, customers.clone(), snapshots);
    }
  }
}
