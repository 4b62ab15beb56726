package io.cxkit.journey.analysis;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.CustomerClock;
import io.cxkit.journey.internal.CustomerIndex;
import io.cxkit.journey.internal.PeriodIds;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Counts the touchpoint paths of a {@link PathDefinition} in a stream of journey events. Paths live
 * in a prefix trie of at most {@link PathDefinition#maxNodes()} nodes; each customer keeps only the
 * number of the trie node its current path has reached, so the paths are exact while the distinct
 * prefixes fit the cap, and a path that would need one more node is counted as "other" from then
 * on. The mutable side of the analysis; not thread-safe: use one per partition of the customers and
 * add the results with {@link PathResult#plus}.
 *
 * <p>State is kept per customer, never per session, so it grows with the customers however many
 * sessions each has: in primitive arrays indexed by the customer's {@link CustomerIndex} number
 * (about 12 bytes and the id string), the last instant (8 bytes) and, for {@link PathUnit#SESSION},
 * the current session's id (a reference: one session id string per customer, the latest) with its
 * path's trie node and cut flag (5 bytes); a customer's events without a session id, or every
 * event for {@link PathUnit#CUSTOMER}, have one more trie node and cut flag (5 bytes, allocated
 * once such an event comes). Paths finished when their customer moved on to another session are
 * counted at their trie node (16 bytes per node). Per trie node 12 bytes and about 24 of the
 * child table: 3.6 MB at the default cap of 100 000 nodes, 5.2 MB with the finished counts.
 * Nothing is kept per event.
 *
 * <p>A customer's sessions are taken not to interleave (see {@link PathUnit#SESSION}): an event
 * with another session id than the customer's previous sessioned event finishes that session's
 * path and starts a new one, so a session seen again after another starts a new path. Each
 * customer's events must come in time order, across its sessions and its session-less events
 * alike, as every other analysis of this package asks; {@link #accept} refuses an event earlier
 * than the customer's previous one with an {@link EventOrderException}, and one at a touchpoint
 * the map lacks with an {@link UnknownTouchpointException}; a refused event changes nothing.
 */
public final class PathAnalyzer {
  private static final int ROOT = 0;
  private static final int OTHER = -1;

  private final PathDefinition definition;
  private final JourneyMap map;
  private final CustomerClock customers = new CustomerClock();
  /** By customer: the instant of its previous event, in epoch microseconds. */
  /** By customer: the session id of its current session path, null before its first. */
  private @Nullable String[] sessionIds = new String[0];
  /** By customer: the path of its current session ({@link PathUnit#SESSION} only). */
  private final Paths sessionPaths = new Paths();
  /** By customer: the path of its events without a session, or of all its events per customer. */
  private final Paths customerPaths = new Paths();
  /** By trie node: the paths finished there (their customer moved to another session), not cut. */
  private long[] finishedEnds = new long[0];
  /** By trie node: the finished paths cut there at the step limit. */
  private long[] finishedCuts = new long[0];
  private long finishedOther;
  private long finished;
  private int[] nodeTouchpoint = new int[16];
  private int[] nodeParent = new int[16];
  private int[] nodeDepth = new int[16];
  private int nodes = 1;
  /** The child table: keys parent << 32 | touchpoint (-1 for empty), values the child node. */
  private long[] keys;
  private int[] children;

  /**
   * One path per customer: the trie node reached ({@link #ROOT}, the zero of a new array entry,
   * while the customer has no such path) and whether it was cut at the step limit.
   */
  private static final class Paths {
    int[] node = new int[0];
    byte[] cut = new byte[0];

    void ensure(int customer) {
      node = CustomerIndex.grow(node, customer + 1);
      cut = CustomerIndex.grow(cut, customer + 1);
    }

    int nodeOf(int customer) {
      return customer < node.length ? node[customer] : ROOT;
    }
  }

  private PathAnalyzer(PathDefinition definition) {
    this.definition = definition;
    this.map = definition.map();
    this.keys = new long[32];
    Arrays.fill(keys, -1L);
    this.children = new int[32];
    nodeTouchpoint[ROOT] = -1;
    nodeParent[ROOT] = -1;
  }

  /**
   * @param definition the unit, step limit and cap
   * @return an analyzer that has seen no event
   */
  public static PathAnalyzer of(PathDefinition definition) {
    return new PathAnalyzer(Objects.requireNonNull(definition, "definition"));
  }

  /** @return the definition analysed */
  public PathDefinition definition() {
    return definition;
  }

  /**
   * Takes one event: the next step of its customer's current session path (or customer path),
   * unless it is at the same touchpoint as the step before (collapsed) or beyond the step limit
   * (the path is marked cut). For {@link PathUnit#SESSION}, an event whose session id differs from
   * the customer's current session finishes that session's path and starts a new one.
   *
   * @param event the customer's next event
   * @return this analyzer
   * @throws UnknownTouchpointException if the map has no such touchpoint; nothing changes
   * @throws EventOrderException if the event is earlier than its customer's previous one; nothing
   *     changes
   * @throws io.cxkit.journey.InvalidJourneyException if the instant is beyond ±292 000 years;
   *     nothing changes
   */
  public PathAnalyzer accept(JourneyEvent event) {
    int tp = CustomerClock.touchpointOf(map, event);
    long at = PeriodIds.micros(event.at(), "at");
    int u = customers.check(event.customerId(), event.at(), at);
    if (u < 0) {
      u = customers.add(event.customerId());
    }
    customers.record(u, at);
    String session = event.sessionId();
    if (definition.unit() == PathUnit.SESSION && session != null) {
      sessionPaths.ensure(u);
      sessionIds = grow(sessionIds, u + 1);
      String current = sessionIds[u];
      if (!session.equals(current)) {
        finish(u);
        sessionIds[u] = session;
      }
      step(sessionPaths, u, tp);
    } else {
      customerPaths.ensure(u);
      step(customerPaths, u, tp);
    }
    return this;
  }

  private static @Nullable String[] grow(@Nullable String[] array, int needed) {
    return needed <= array.length ? array
        : Arrays.copyOf(array, Math.max(needed, array.length + (array.length >> 1) + 16));
  }

  /** Counts the customer's current session path, if any, as finished and clears it. */
  private void finish(int u) {
    int node = sessionPaths.node[u];
    if (node == ROOT) {
      return;
    }
    if (node == OTHER) {
      finishedOther++;
    } else if (sessionPaths.cut[u] != 0) {
      finishedCuts = CustomerIndex.grow(finishedCuts, node + 1);
      finishedCuts[node]++;
    } else {
      finishedEnds = CustomerIndex.grow(finishedEnds, node + 1);
      finishedEnds[node]++;
    }
    finished++;
    sessionPaths.node[u] = ROOT;
    sessionPaths.cut[u] = 0;
  }

  private void step(Paths paths, int u, int tp) {
    int node = paths.node[u];
    if (node == OTHER || (node != ROOT && nodeTouchpoint[node] == tp)) {
      return;
    }
    if (nodeDepth[node] == definition.maxSteps()) {
      paths.cut[u] = 1;
      return;
    }
    int child = child(node, tp);
    if (child < 0) {
      child = nodes - 1 == definition.maxNodes() ? OTHER : newNode(node, tp);
    }
    paths.node[u] = child;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private int child(int parent, int tp) {
    long key = ((long) parent << 32) | tp;
    int mask = keys.length - 1;
    for (int s = slot(key, mask); ; s = (s + 1) & mask) {
      if (keys[s] == key) {
        return children[s];
      }
      if (keys[s] == -1L) {
        return -1;
      }
    }
  }

  private int newNode(int parent, int tp) {
    int node = nodes++;
    nodeTouchpoint = CustomerIndex.grow(nodeTouchpoint, nodes);
    nodeParent = CustomerIndex.grow(nodeParent, nodes);
    nodeDepth = CustomerIndex.grow(nodeDepth, nodes);
    nodeTouchpoint[node] = tp;
    nodeParent[node] = parent;
    nodeDepth[node] = nodeDepth[parent] + 1;
    if (nodes * 2 > keys.length) {
      rehash();
    }
    put(((long) parent << 32) | tp, node);
    return node;
  }

  private void put(long key, int node) {
    int mask = keys.length - 1;
    int s = slot(key, mask);
    while (keys[s] != -1L) {
      s = (s + 1) & mask;
    }
    keys[s] = key;
    children[s] = node;
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldChildren = children;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, -1L);
    children = new int[oldKeys.length * 2];
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != -1L) {
        put(oldKeys[s], oldChildren[s]);
      }
    }
  }

  /**
   * Takes every remaining event of an iterator, such as a journey event reader.
   *
   * @param events the events
   * @return this analyzer
   * @throws io.cxkit.journey.InvalidJourneyException as {@link #accept} does, at the first refused
   *     event; those before it are taken
   */
  public PathAnalyzer acceptAll(Iterator<JourneyEvent> events) {
    Objects.requireNonNull(events, "events");
    while (events.hasNext()) {
      accept(events.next());
    }
    return this;
  }

  /**
   * @return the paths so far, each customer's current paths counted as they stand beside the
   *     finished ones; may be called again, and the analyzer goes on taking events
   */
  public PathResult result() {
    long[] ends = Arrays.copyOf(finishedEnds, nodes);
    long[] cutEnds = Arrays.copyOf(finishedCuts, nodes);
    long other = finishedOther;
    long units = finished;
    for (Paths paths : new Paths[] {sessionPaths, customerPaths}) {
      for (int u = 0; u < customers.size(); u++) {
        int node = paths.nodeOf(u);
        if (node == ROOT) {
          continue;
        }
        units++;
        if (node == OTHER) {
          other++;
        } else if (paths.cut[u] != 0) {
          cutEnds[node]++;
        } else {
          ends[node]++;
        }
      }
    }
    Map<List<String>, long[]> counts = new LinkedHashMap<>();
    for (int node = 1; node < nodes; node++) {
      if (ends[node] > 0 || cutEnds[node] > 0) {
        counts.put(path(node), new long[] {ends[node], cutEnds[node]});
      }
    }
    return new PathResult(definition, units, other, counts);
  }

  private List<String> path(int node) {
    String[] ids = new String[nodeDepth[node]];
    for (int n = node; n != ROOT; n = nodeParent[n]) {
      ids[nodeDepth[n] - 1] = map.touchpoints().get(nodeTouchpoint[n]).id();
    }
    return List.of(ids);
  }

  /** @return the number of trie nodes in use, the root excluded: distinct path prefixes */
  public int nodes() {
    return nodes - 1;
  }

  /**
   * The customers whose state is kept: one entry each, however many sessions they had. For tests
   * that state grows with customers, not sessions.
   */
  int trackedUnits() {
    return customers.size();
  }

  /** @return e.g. {@code PathAnalyzer{map=ecommerce, customers=3, nodes=7}} */
  @Override
  public String toString() {
    return "PathAnalyzer{map=" + map.id() + ", customers=" + customers.size() + ", nodes="
        + (nodes - 1) + "}";
  }
}
