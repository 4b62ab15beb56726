package io.cxkit.journey.retention;

import io.cxkit.core.CohortRetention;
import io.cxkit.core.RetentionMode;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.internal.CustomerClock;
import io.cxkit.journey.internal.CustomerIndex;
import io.cxkit.journey.internal.GroupIndex;
import io.cxkit.journey.internal.PeriodIds;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The counting behind {@link CohortAnalyzer}. Cells are counted as events arrive, which time order
 * per customer makes possible: a customer's active periods only grow, so each new active period q
 * adds the cells it completes and no cell is counted twice.
 *
 * <p>First-time, per customer: the cohort's period and the last active period. At a new active
 * period q, N-day adds the cell of offset q − cohort; unbounded adds every cell whose period lies in
 * (previous last active, q], since "last active ≥ p + k" has just become true for those.
 *
 * <p>Recurring, per customer: the last entry period, the last active period and the sorted list of
 * the entry periods whose cells are not all settled. An entry p is settled once the last active
 * period reaches p + the largest offset (no later activity can add to it) and is then dropped, and
 * in N-day mode also once a later entry lies beyond p + the largest offset (only activity in p + 1
 * to p + the largest offset adds to it, and later events lie later); entries too young to have a
 * complete cell are never listed. So the list holds at most the largest offset + 1 entries, except
 * in unbounded mode with an entry match that is not an activity: there a later activity adds to
 * every earlier entry, so each entry period since the customer's last activity stays listed (at
 * most one per period before the as-of period).
 */
final class CohortTracker {
  private static final int NONE = Integer.MIN_VALUE;

  private final CohortDefinition definition;
  private final JourneyMap map;
  private final Period period;
  private final PeriodIds periodIds;
  private final EventMatch.Bound entry;
  private final EventMatch.Bound activity;
  private final boolean sameMatch;
  private final Instant asOf;
  private final int asOfPeriod;
  private final boolean recurring;
  private final boolean unbounded;
  private final int[] offsets;
  private final int maxOffset;
  private final GroupIndex groups;
  private final boolean grouped;

  private final CustomerClock customers = new CustomerClock();
  /** First-time: the cohort's period; recurring: the last entry period; NONE before any. */
  private int[] entered = new int[0];
  private int[] lastActive = new int[0];
  /** The group's number, {@link GroupIndex#NO_GROUP} for none; only with a grouping. */
  private int[] group = new int[0];
  /** Recurring only: each customer's unsettled entry periods, ascending, and how many. */
  private int[] @Nullable [] pending = new int[0][];
  private int[] pendingCount = new int[0];
  private long customersEntered;

  private final Rows rows;

  CohortTracker(CohortDefinition definition) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.map = definition.map();
    this.period = definition.period();
    this.periodIds = new PeriodIds(period, definition.zone());
    this.entry = definition.boundEntry();
    this.activity = definition.boundActivity();
    this.sameMatch = entry == activity;
    this.asOf = definition.asOf();
    this.asOfPeriod = definition.asOfPeriodId();
    this.recurring = definition.basis() == CohortBasis.RECURRING;
    this.unbounded = definition.mode() == RetentionMode.UNBOUNDED;
    this.offsets = definition.offsets();
    this.maxOffset = offsets[offsets.length - 1];
    this.groups = new GroupIndex(definition.groups().orElse(null), definition.maxGroups());
    this.grouped = definition.groups().isPresent();
    this.rows = new Rows(1 + offsets.length);
  }

  int customersSeen() {
    return customers.size();
  }

  /**
   * @param customerId a customer
   * @return how many of their recurring entry periods are not settled yet; 0 for first-time cohorts
   *     or a customer not seen
   */
  int pendingEntries(String customerId) {
    int c = customers.find(customerId);
    return c < 0 || !recurring ? 0 : pendingCount[c];
  }

  void accept(JourneyEvent event) {
    int touchpoint = CustomerClock.touchpointOf(map, event);
    Instant at = event.at();
    long t = PeriodIds.micros(at, "at");
    String id = event.customerId();
    int c = customers.check(id, at, t);
    boolean counted = at.isBefore(asOf);
    // Only a counted event needs its period: one after asOf may lie beyond the year 9999.
    int q = counted ? periodIds.idOf(at, "at") : 0;
    if (c < 0) {
      int number = groups.numberOf(id);
      c = customers.add(id);
      int needed = c + 1;
      int old = entered.length;
      entered = CustomerIndex.grow(entered, needed);
      lastActive = CustomerIndex.grow(lastActive, needed);
      Arrays.fill(entered, old, entered.length, NONE);
      Arrays.fill(lastActive, old, lastActive.length, NONE);
      if (grouped) {
        group = CustomerIndex.grow(group, needed);
        group[c] = number;
      }
      if (recurring) {
        pendingCount = CustomerIndex.grow(pendingCount, needed);
        if (pending.length < needed) {
          pending = Arrays.copyOf(pending, pendingCount.length);
        }
      }
    }
    customers.record(c, t);
    if (!counted) {
      return; // at or after the analysis instant: checked, not counted
    }
    boolean isEntry = entry.test(touchpoint, event.kind(), event.attributes());
    boolean isActivity = sameMatch ? isEntry
        : activity.test(touchpoint, event.kind(), event.attributes());
    if (!isEntry && !isActivity) {
      return;
    }
    int g = grouped ? group[c] : GroupIndex.NO_GROUP;
    if (recurring) {
      recurring(c, g, q, isEntry, isActivity);
    } else {
      firstTime(c, g, q, isEntry, isActivity);
    }
  }

  private void firstTime(int c, int g, int q, boolean isEntry, boolean isActivity) {
    if (isEntry && entered[c] == NONE) {
      entered[c] = q;
      customersEntered++;
      rows.add(g, q, 0);
    }
    if (!isActivity || q <= lastActive[c]) {
      return;
    }
    int cohort = entered[c];
    if (cohort != NONE && q > cohort) {
      if (unbounded) {
        countUpTo(g, cohort, Math.max(lastActive[c], cohort), q);
      } else if (q < asOfPeriod) {
        int column = definition.columnOf(q - cohort);
        if (column >= 0) {
          rows.add(g, cohort, 1 + column);
        }
      }
    }
    lastActive[c] = q;
  }

  /** Unbounded: counts the cells of cohort p whose period lies in (from, to] and has completed. */
  private void countUpTo(int g, int p, int from, int to) {
    for (int i = 0; i < offsets.length; i++) {
      int cell = p + offsets[i];
      if (cell > to || cell >= asOfPeriod) {
        return;
      }
      if (cell > from) {
        rows.add(g, p, 1 + i);
      }
    }
  }

  private void recurring(int c, int g, int q, boolean isEntry, boolean isActivity) {
    if (isEntry && entered[c] < q) { // NONE is below every period
      if (entered[c] == NONE) {
        customersEntered++;
      }
      entered[c] = q;
      rows.add(g, q, 0);
      if (!unbounded) {
        settleBefore(c, q - maxOffset);
      }
      if ((long) q + offsets[0] < asOfPeriod) {
        push(c, q);
      }
    }
    if (!isActivity || q <= lastActive[c]) {
      return;
    }
    int[] list = pending[c];
    int count = pendingCount[c];
    if (list != null) {
      if (unbounded) {
        int from = lastActive[c];
        for (int i = 0; i < count && list[i] < q; i++) {
          countUpTo(g, list[i], Math.max(from, list[i]), q);
        }
      } else if (q < asOfPeriod) {
        for (int i = 0; i < offsets.length; i++) {
          int p = q - offsets[i];
          if (Arrays.binarySearch(list, 0, count, p) >= 0) {
            rows.add(g, p, 1 + i);
          }
        }
      }
      // Entries whose last cell lies at or before q are settled: no later activity adds to them.
      settleBefore(c, q - maxOffset + 1);
    }
    lastActive[c] = q;
  }

  /** Drops the customer's pending entries of periods before {@code period}. */
  private void settleBefore(int c, long period) {
    int[] list = pending[c];
    int count = pendingCount[c];
    int settled = 0;
    while (settled < count && list[settled] < period) {
      settled++;
    }
    if (settled > 0) {
      System.arraycopy(list, settled, list, 0, count - settled);
      pendingCount[c] = count - settled;
    }
  }

  private void push(int c, int q) {
    int[] list = pending[c];
    int count = pendingCount[c];
    if (list == null) {
      list = new int[4];
    } else if (count == list.length) {
      list = Arrays.copyOf(list, count * 2);
    }
    list[count] = q;
    pending[c] = list;
    pendingCount[c] = count + 1;
  }

  CohortResult result() {
    // Rows by group number, then by period: the total sums every group's, "no group" included.
    List<TreeMap<Integer, long[]>> byGroup = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      byGroup.add(new TreeMap<>());
    }
    TreeMap<Integer, long[]> total = new TreeMap<>();
    for (int r = 0; r < rows.size(); r++) {
      int g = rows.groupOf(r);
      int p = rows.periodOf(r);
      long[] cells = rows.cells(r);
      if (g != GroupIndex.NO_GROUP) {
        byGroup.get(g).put(p, cells);
      }
      long[] sum = total.computeIfAbsent(p, k -> new long[cells.length]);
      for (int i = 0; i < cells.length; i++) {
        sum[i] += cells[i]; // at most the customers, far below a long's range
      }
    }
    SortedMap<String, CohortRetention> matrices = new TreeMap<>();
    for (int g = 0; g < groups.size(); g++) {
      if (!byGroup.get(g).isEmpty()) {
        matrices.put(groups.label(g), matrix(byGroup.get(g)));
      }
    }
    return new CohortResult(definition, customersEntered, matrix(total), matrices);
  }

  private CohortRetention matrix(TreeMap<Integer, long[]> byPeriod) {
    CohortRetention.Builder builder = CohortRetention.builder(definition.mode(), offsets);
    for (Map.Entry<Integer, long[]> row : byPeriod.entrySet()) {
      int p = row.getKey();
      long[] data = row.getValue();
      builder.cohort(CohortResult.label(period, p), data[0],
          Arrays.copyOfRange(data, 1, 1 + definition.observed(p)));
    }
    return builder.build();
  }

  /**
   * The matrix rows of every (group, period) seen: an open-addressing table of the keys and a flat
   * array of the counts, {@code stride} longs a row (the size, then one per offset).
   */
  private static final class Rows {
    private final int stride;
    private long[] keys = new long[16];
    private long[] data;
    private int size;
    /** Slots holding row + 1, 0 for empty; the length is a power of two. */
    private int[] slots = new int[32];

    Rows(int stride) {
      this.stride = stride;
      this.data = new long[16 * stride];
    }

    int size() {
      return size;
    }

    int groupOf(int row) {
      return (int) (keys[row] >>> 32);
    }

    int periodOf(int row) {
      return (int) keys[row];
    }

    long[] cells(int row) {
      return Arrays.copyOfRange(data, row * stride, row * stride + stride);
    }

    void add(int group, int period, int cell) {
      // row() may grow data: read the field after it, not before (Java evaluates the array first).
      int row = row(((long) group << 32) | (period & 0xFFFF_FFFFL));
      data[row * stride + cell]++;
    }

    private int row(long key) {
      int mask = slots.length - 1;
      int slot = mix(key) & mask;
      while (true) {
        int held = slots[slot];
        if (held == 0) {
          break;
        }
        if (keys[held - 1] == key) {
          return held - 1;
        }
        slot = (slot + 1) & mask;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        data = Arrays.copyOf(data, size * 2 * stride);
      }
      keys[size] = key;
      slots[slot] = ++size;
      if (size * 2 > slots.length) {
        rehash();
      }
      return size - 1;
    }

    private void rehash() {
      int[] grown = new int[slots.length * 2];
      int mask = grown.length - 1;
      for (int i = 0; i < size; i++) {
        int slot = mix(keys[i]) & mask;
        while (grown[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        grown[slot] = i + 1;
      }
      slots = grown;
    }

    private static int mix(long key) {
      long h = key * 0x9E37_79B9_7F4A_7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }
}
