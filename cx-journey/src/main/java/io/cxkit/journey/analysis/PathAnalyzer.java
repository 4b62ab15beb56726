package io.cxkit.journey.analysis;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.CustomerIndex;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts the touchpoint paths of a {@link PathDefinition} in a stream of journey events. Paths live
 * in a prefix trie of at most {@link PathDefinition#maxNodes()} nodes; each session or customer
 * keeps only the number of its trie node, so the paths are exact while the distinct prefixes fit
 * the cap, and a unit that would need one more node is counted as "other" from then on. The
 * mutable side of the analysis; not thread-safe: use one per partition of the customers and add
 * the results with {@link PathResult#plus}.
 *
 * <p>State per unit (session or customer) in primitive arrays: the trie node (4 bytes), the last
 * instant (8) and a cut flag (1), besides the {@link CustomerIndex} of its id (about 12 bytes and
 * the id string). Per trie node 12 bytes and about 24 of the child table: 3.6 MB at the default
 * cap of 100 000 nodes. Nothing is kept per event.
 *
 * <p>Each unit's events must come in time order (the time order of a session is that of its
 * customer's events there); {@link #accept} refuses an event earlier than the unit's previous one
 * with an {@link EventOrderException}, and one at a touchpoint the map lacks with an {@link
 * UnknownTouchpointException}; a refused event changes nothing.
 */
public final class PathAnalyzer {
  private static final int ROOT = 0;
  private static final int OTHER = -1;

  private final PathDefinition definition;
  private final JourneyMap map;
  private final Units sessions = new Units();
  private final Units customers = new Units();
  private int[] nodeTouchpoint = new int[16];
  private int[] nodeParent = new int[16];
  private int[] nodeDepth = new int[16];
  private int nodes = 1;
  /** The child table: keys parent << 32 | touchpoint (-1 for empty), values the child node. */
  private long[] keys;
  private int[] children;

  /** The units of one id space: sessions, or customers. */
  private static final class Units {
    final CustomerIndex index = new CustomerIndex();
    int[] node = new int[0];
    long[] lastAt = new long[0];
    byte[] cut = new byte[0];

    int add(String id) {
      int u = index.indexOf(id);
      node = CustomerIndex.grow(node, u + 1);
      lastAt = CustomerIndex.grow(lastAt, u + 1);
      cut = CustomerIndex.grow(cut, u + 1);
      node[u] = ROOT;
      return u;
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
   * Takes one event: the next step of its session's (or customer's) path, unless it is at the same
   * touchpoint as the step before (collapsed) or beyond the step limit (the path is marked cut).
   *
   * @param event the unit's next event
   * @return this analyzer
   * @throws UnknownTouchpointException if the map has no such touchpoint; nothing changes
   * @throws EventOrderException if the event is earlier than its unit's previous one; nothing
   *     changes
   * @throws io.cxkit.journey.InvalidJourneyException if the instant is beyond ±292 000 years;
   *     nothing changes
   */
  public PathAnalyzer accept(JourneyEvent event) {
    Objects.requireNonNull(event, "event");
    int tp = map.touchpointIndex(event.touchpointId());
    if (tp < 0) {
      throw new UnknownTouchpointException("touchpointId", event.touchpointId(), map.id());
    }
    long at = ExitClock.micros(event.at(), "at");
    String session = event.sessionId();
    Units units;
    String id;
    if (definition.unit() == PathUnit.SESSION && session != null) {
      units = sessions;
      id = session;
    } else {
      units = customers;
      id = event.customerId();
    }
    int u = units.index.find(id);
    if (u >= 0) {
      ExitClock.requireInOrder(event.customerId(), event.at(), at, units.lastAt[u]);
    } else {
      u = units.add(id);
    }
    units.lastAt[u] = at;
    int node = units.node[u];
    if (node == OTHER || (node != ROOT && nodeTouchpoint[node] == tp)) {
      return this;
    }
    if (nodeDepth[node] == definition.maxSteps()) {
      units.cut[u] = 1;
      return this;
    }
    int child = child(node, tp);
    if (child < 0) {
      child = nodes - 1 == definition.maxNodes() ? OTHER : newNode(node, tp);
    }
    units.node[u] = child;
    return this;
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
   * @return the paths so far, each unit counted at its whole path; may be called again, and the
   *     analyzer goes on taking events
   */
  public PathResult result() {
    long[] ends = new long[nodes];
    long[] cutEnds = new long[nodes];
    long other = 0;
    for (Units units : new Units[] {sessions, customers}) {
      for (int u = 0; u < units.index.size(); u++) {
        int node = units.node[u];
        if (node == OTHER) {
          other++;
        } else if (units.cut[u] != 0) {
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
    return new PathResult(definition, (long) sessions.index.size() + customers.index.size(), other,
        counts);
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

  @Override
  public String toString() {
    return "PathAnalyzer{map=" + map.id() + ", units="
        + (sessions.index.size() + customers.index.size()) + ", nodes=" + (nodes - 1) + "}";
  }
}
