package io.cxkit.journey.retention;

import io.cxkit.core.PeriodRetention;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.CustomerIndex;
import io.cxkit.journey.internal.GroupIndex;
import io.cxkit.journey.internal.PeriodIds;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts the customers at the start S, lost L, new N and at the end E of every period of a {@link
 * ChurnDefinition} over streamed journey events, overall and per group. The mutable side of the
 * analysis; not thread-safe: use one per partition of the customers and add the results with {@link
 * ChurnResult#plus}.
 *
 * <p><b>Counting.</b> Each customer is, at the end of each period, a customer or not, by the rule:
 * with subscriptions, when a subscription is open after the period's last event; with inactivity,
 * when there was activity in that period or the k − 1 before it. Then for each period: S = customers
 * at the end of the period before; E = customers at its end; L = those of S not in E; N = those not
 * in S who were acquired during it (a first start or activity, or a return after being lost) and
 * are in E. A customer whose subscription started and was cancelled within one period, never open
 * at a period's end, is in none of S, L, N and E but counted apart, as {@linkplain
 * ChurnPeriod#acquiredAndLost() acquired and lost} in that period: cx-core's {@link
 * PeriodRetention} needs N ≤ E, so counting them in N would be possible only where enough other
 * customers are in E, which would make a count depend on how the customers were partitioned and
 * the partitions' counts not add up; and HubSpot's retention (E − N) / S would count them against
 * the customers at the start, who all stayed. So N is the new customers still there at the
 * period's end, and N + acquired and lost is everyone acquired in it. Example: February with 10
 * customers at the start who all stay, 3 who subscribe and stay, and 2 who subscribe on the 10th
 * and cancel on the 20th: S 10, L 0, N 3, E 13, acquired and lost 2; retention 100 %. A customer
 * who cancels and starts again within one period stays a customer (not lost). So E = S − L + N
 * (cx-core's {@link PeriodRetention#newCustomersLost()} is 0) in every period, and each period's S
 * is the previous period's E. An inactivity rule keeps a customer at least to the end of the
 * period of their activity, so it never acquires and loses in one period.
 *
 * <p><b>State.</b> Per customer 20 bytes in primitive arrays (the first and end period of the
 * current stretch as a customer, the last event's instant, the group) and 8 more with subscriptions
 * (the open subscription's start), besides the {@link CustomerIndex}; per group and period 40 bytes.
 * A stretch that has ended is added to the counts at once; {@link #result()} adds the current ones.
 *
 * <p><b>Bad events.</b> {@link #accept} refuses an event at a touchpoint the map lacks ({@link
 * UnknownTouchpointException}), earlier than the customer's previous event ({@link
 * EventOrderException}), or breaking the subscription rule ({@link SubscriptionException}); a
 * refused event changes nothing, so a caller can catch, count and go on.
 */
public final class ChurnAnalyzer {
  private static final int NONE = Integer.MIN_VALUE;
  private static final int OPEN = Integer.MAX_VALUE;

  private final ChurnDefinition definition;
  private final JourneyMap map;
  private final ChurnRules.Bound rule;
  private final int inactivePeriods;
  private final PeriodIds periods;
  private final RuleTracker customers;
  private final GroupIndex groupIndex;
  private int[] from = new int[0];
  private int[] to = new int[0];
  private int[] group = new int[0];
  private final Counts total;
  private final List<Counts> groupCounts = new ArrayList<>();

  private ChurnAnalyzer(ChurnDefinition definition) {
    this.definition = definition;
    this.map = definition.map();
    this.rule = definition.bound();
    this.inactivePeriods = rule.inactivePeriods();
    this.customers = new RuleTracker(map, rule, definition.asOfMicros());
    this.periods = new PeriodIds(definition.period(), definition.zone());
    this.groupIndex = new GroupIndex(definition.customerGroups(), definition.maxGroups());
    this.total = new Counts(definition.fromId(), definition.lastId());
  }

  /**
   * @param definition the rule, periods and groups
   * @return an analyzer that has seen no event
   */
  public static ChurnAnalyzer of(ChurnDefinition definition) {
    return new ChurnAnalyzer(Objects.requireNonNull(definition, "definition"));
  }

  /** @return the definition analysed */
  public ChurnDefinition definition() {
    return definition;
  }

  /**
   * Takes one event. Events at or after the definition's {@code asOf} are checked (touchpoint, and
   * order against the customer's earlier events) and otherwise ignored; a customer first seen at
   * or after {@code asOf} is not kept.
   *
   * @param event the customer's next event
   * @return this analyzer
   * @throws UnknownTouchpointException if the map has no such touchpoint; nothing changes
   * @throws EventOrderException if the event is earlier than the customer's previous one; nothing
   *     changes
   * @throws SubscriptionException if it ends a subscription that is not open or that started
   *     later, or matches both the start and the end of the rule; nothing changes
   * @throws InvalidJourneyException if the customer's group is blank or one too many; nothing
   *     changes
   */
  public ChurnAnalyzer accept(JourneyEvent event) {
    int kinds = customers.check(Objects.requireNonNull(event, "event"));
    if (kinds == RuleTracker.NOT_COUNTED) {
      return this;
    }
    boolean isStart = (kinds & ChurnRules.Bound.START) != 0;
    boolean isEnd = (kinds & ChurnRules.Bound.END) != 0;
    boolean isActive = (kinds & ChurnRules.Bound.ACTIVE) != 0;
    int p = kinds != 0 ? periods.idOf(event.at(), "at") : 0;
    int c = customers.customer();
    if (c < 0) {
      String id = event.customerId();
      int g = groupIndex.numberOf(id);
      c = customers.add(id);
      int needed = c + 1;
      from = CustomerIndex.grow(from, needed);
      to = CustomerIndex.grow(to, needed);
      group = CustomerIndex.grow(group, needed);
      from[c] = NONE;
      if (g == groupCounts.size()) {
        groupCounts.add(new Counts(definition.fromId(), definition.lastId()));
      }
      group[c] = g;
    }
    boolean opened = customers.take(kinds);
    if (isStart) {
      if (!opened) {
        return this; // a renewal or an upgrade while open: the subscription goes on
      }
      if (from[c] != NONE && to[c] == p) {
        to[c] = OPEN; // cancelled and started again in one period: still a customer at its end
      } else {
        close(c);
        from[c] = p;
        to[c] = OPEN;
      }
    } else if (isEnd) {
      to[c] = p;
    } else if (isActive) {
      if (from[c] != NONE && p <= to[c]) {
        to[c] = Math.max(to[c], p + inactivePeriods);
      } else {
        close(c);
        from[c] = p;
        to[c] = p + inactivePeriods;
      }
    }
    return this;
  }

  /** Adds a customer's stretch that has ended to the counts, before a new one begins. */
  private void close(int c) {
    if (from[c] != NONE) {
      total.add(from[c], to[c]);
      if (group[c] != GroupIndex.NO_GROUP) {
        groupCounts.get(group[c]).add(from[c], to[c]);
      }
    }
  }

  /**
   * Takes every remaining event of an iterator, such as a journey event reader.
   *
   * @param events the events
   * @return this analyzer
   * @throws InvalidJourneyException as {@link #accept} does, at the first refused event; those
   *     before it are taken
   */
  public ChurnAnalyzer acceptAll(Iterator<JourneyEvent> events) {
    Objects.requireNonNull(events, "events");
    while (events.hasNext()) {
      accept(events.next());
    }
    return this;
  }

  /** @return the number of customers seen before {@code asOf} */
  public long customers() {
    return customers.size();
  }

  /**
   * The counts of every reported period so far, each customer's current stretch included (a
   * subscription still open is a customer up to the last period; an inactive stretch ends k
   * periods after its last activity). May be called again later; the analyzer goes on.
   *
   * @return the result so far
   */
  public ChurnResult result() {
    Counts all = total.copy();
    List<Counts> byGroup = new ArrayList<>(groupCounts.size());
    for (Counts counts : groupCounts) {
      byGroup.add(counts.copy());
    }
    for (int c = 0; c < customers.size(); c++) {
      if (from[c] != NONE) {
        all.add(from[c], to[c]);
        if (group[c] != GroupIndex.NO_GROUP) {
          byGroup.get(group[c]).add(from[c], to[c]);
        }
      }
    }
    SortedMap<String, ChurnResult.Counts> groups = new TreeMap<>();
    for (int g = 0; g < byGroup.size(); g++) {
      groups.put(groupIndex.label(g), byGroup.get(g).result());
    }
    return new ChurnResult(definition, all.result(), groups);
  }

  @Override
  public String toString() {
    return "ChurnAnalyzer{map=" + map.id() + ", " + definition.rule() + ", customers="
        + customers.size() + "}";
  }

  /**
   * The counts of one group (or of all) over the reported periods: N, L and the acquired and lost
   * per period, S and E as difference arrays, so that a stretch of many periods is added in
   * constant time.
   */
  private static final class Counts {
    private final int first;
    private final int last;
    private final long[] news;
    private final long[] lost;
    private final long[] inAndOut;
    private final long[] startDiff;
    private final long[] endDiff;

    Counts(int first, int last) {
      this.first = first;
      this.last = last;
      int size = last - first + 1;
      news = new long[size];
      lost = new long[size];
      inAndOut = new long[size];
      startDiff = new long[size + 1];
      endDiff = new long[size + 1];
    }

    private Counts(Counts other) {
      first = other.first;
      last = other.last;
      news = other.news.clone();
      lost = other.lost.clone();
      inAndOut = other.inAndOut.clone();
      startDiff = other.startDiff.clone();
      endDiff = other.endDiff.clone();
    }

    Counts copy() {
      return new Counts(this);
    }

    /**
     * Adds a stretch as a customer: acquired in period f and a customer at the ends of periods f
     * to t − 1 (t = OPEN: up to the last), so new in f, at the start of f + 1 to t, at the end of
     * f to t − 1, and lost in t. An empty stretch (t = f: in and out within one period) is
     * acquired and lost in f.
     */
    void add(int f, int t) {
      if (f >= first && f <= last) {
        if (t > f) {
          news[f - first]++;
        } else {
          inAndOut[f - first]++;
        }
      }
      range(endDiff, f, (long) t - 1);
      range(startDiff, (long) f + 1, t);
      if (t > f && t >= first && t <= last) {
        lost[t - first]++;
      }
    }

    private void range(long[] diff, long lo, long hi) {
      long a = Math.max(lo, first);
      long b = Math.min(hi, last);
      if (a <= b) {
        diff[(int) (a - first)]++;
        diff[(int) (b - first) + 1]--;
      }
    }

    ChurnResult.Counts result() {
      PeriodRetention[] out = new PeriodRetention[news.length];
      long s = 0;
      long e = 0;
      for (int i = 0; i < out.length; i++) {
        s += startDiff[i];
        e += endDiff[i];
        out[i] = PeriodRetention.of(s, lost[i], news[i], e);
      }
      return new ChurnResult.Counts(out, inAndOut.clone());
    }
  }
}
