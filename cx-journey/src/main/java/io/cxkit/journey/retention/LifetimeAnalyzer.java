package io.cxkit.journey.retention;

import io.cxkit.core.survival.LifetimeAccumulator;
import io.cxkit.core.survival.LifetimeTable;
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
import org.jspecify.annotations.Nullable;

/**
 * Measures each customer's first lifetime under a {@link LifetimeDefinition} from streamed journey
 * events, and gives cx-core's {@link LifetimeTable} overall and per group, from which {@link
 * LifetimeResult} draws the Kaplan–Meier curves and log-rank tests. The mutable side of the
 * analysis; not thread-safe: use one per partition of the customers and add the results with
 * {@link LifetimeResult#plus}.
 *
 * <p><b>State.</b> Per customer 33 bytes in primitive arrays (8 each for the first and last
 * instants of the first life and the last event's instant; 4 each for the last active period and
 * the group; a flag byte) and 8 more with subscriptions (the open subscription's start), besides
 * the {@link CustomerIndex}; nothing per event. {@link #result()} turns
 * every customer into one duration, churned or censored.
 *
 * <p><b>Bad events.</b> As the churn analyzer: an unknown touchpoint ({@link
 * UnknownTouchpointException}), an event earlier than the customer's previous one ({@link
 * EventOrderException}) or one breaking the subscription rule ({@link SubscriptionException}) is
 * refused and changes nothing.
 */
public final class LifetimeAnalyzer {
  private static final byte STARTED = 1;
  private static final byte ENDED = 2;

  private final LifetimeDefinition definition;
  private final JourneyMap map;
  private final ChurnRules.Bound rule;
  private final int inactivePeriods;
  private final @Nullable PeriodIds periods;
  private final RuleTracker customers;
  private final GroupIndex groupIndex;
  private long[] firstAt = new long[0];
  private long[] lifeEnd = new long[0];
  private int[] lastPeriod = new int[0];
  private byte[] flags = new byte[0];
  private int[] group = new int[0];

  private LifetimeAnalyzer(LifetimeDefinition definition) {
    this.definition = definition;
    this.map = definition.map();
    this.rule = definition.bound();
    this.inactivePeriods = rule.inactivePeriods();
    this.customers = new RuleTracker(map, rule, definition.asOfMicros());
    this.periods = rule.subscriptions() ? null
        : new PeriodIds(definition.period().orElseThrow(), definition.zone().orElseThrow());
    this.groupIndex = new GroupIndex(definition.customerGroups(), definition.maxGroups());
  }

  /**
   * @param definition the rule, censoring instant and groups
   * @return an analyzer that has seen no event
   */
  public static LifetimeAnalyzer of(LifetimeDefinition definition) {
    return new LifetimeAnalyzer(Objects.requireNonNull(definition, "definition"));
  }

  /** @return the definition analysed */
  public LifetimeDefinition definition() {
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
  public LifetimeAnalyzer accept(JourneyEvent event) {
    int kinds = customers.check(Objects.requireNonNull(event, "event"));
    if (kinds == RuleTracker.NOT_COUNTED) {
      return this;
    }
    boolean isEnd = (kinds & ChurnRules.Bound.END) != 0;
    boolean isActive = (kinds & ChurnRules.Bound.ACTIVE) != 0;
    int p = isActive ? Objects.requireNonNull(periods).idOf(event.at(), "at") : 0;
    int c = customers.customer();
    if (c < 0) {
      String id = event.customerId();
      int g = groupIndex.numberOf(id);
      c = customers.add(id);
      int needed = c + 1;
      firstAt = CustomerIndex.grow(firstAt, needed);
      lifeEnd = CustomerIndex.grow(lifeEnd, needed);
      lastPeriod = CustomerIndex.grow(lastPeriod, needed);
      flags = CustomerIndex.grow(flags, needed);
      group = CustomerIndex.grow(group, needed);
      group[c] = g;
    }
    long at = customers.micros();
    boolean opened = customers.take(kinds);
    byte f = flags[c];
    if (opened) {
      if ((f & STARTED) == 0) {
        f |= STARTED;
        firstAt[c] = at;
      }
    } else if (isEnd) {
      if ((f & ENDED) == 0) {
        f |= ENDED;
        lifeEnd[c] = at;
      }
    } else if (isActive && (f & ENDED) == 0) {
      if ((f & STARTED) == 0) {
        f |= STARTED;
        firstAt[c] = at;
        lifeEnd[c] = at;
        lastPeriod[c] = p;
      } else if (p > lastPeriod[c] + inactivePeriods) {
        f |= ENDED; // k whole periods passed without activity: the first life ended at lifeEnd
      } else {
        lifeEnd[c] = at;
        lastPeriod[c] = p;
      }
    }
    flags[c] = f;
    return this;
  }

  /**
   * Takes every remaining event of an iterator, such as a journey event reader.
   *
   * @param events the events
   * @return this analyzer
   * @throws InvalidJourneyException as {@link #accept} does, at the first refused event; those
   *     before it are taken
   */
  public LifetimeAnalyzer acceptAll(Iterator<JourneyEvent> events) {
    Objects.requireNonNull(events, "events");
    while (events.hasNext()) {
      accept(events.next());
    }
    return this;
  }

  /** @return the number of customers seen before {@code asOf}, with a lifetime or not */
  public long customers() {
    return customers.size();
  }

  /**
   * Every customer's first lifetime so far, churned or censored at {@code asOf}, in days. May be
   * called again later; the analyzer goes on.
   *
   * @return the result so far
   */
  public LifetimeResult result() {
    LifetimeAccumulator all = new LifetimeAccumulator();
    List<LifetimeAccumulator> byGroup = new ArrayList<>(groupIndex.size());
    for (int g = 0; g < groupIndex.size(); g++) {
      byGroup.add(new LifetimeAccumulator());
    }
    long asOf = definition.asOfMicros();
    int lastWhole = definition.lastWholeId();
    for (int c = 0; c < customers.size(); c++) {
      byte f = flags[c];
      if ((f & STARTED) == 0) {
        continue;
      }
      boolean churned = (f & ENDED) != 0
          || !rule.subscriptions() && (long) lastPeriod[c] + inactivePeriods <= lastWhole;
      double days = PeriodIds.days(firstAt[c], churned ? lifeEnd[c] : asOf);
      all.add(days, churned);
      if (group[c] != GroupIndex.NO_GROUP) {
        byGroup.get(group[c]).add(days, churned);
      }
    }
    SortedMap<String, LifetimeTable> groups = new TreeMap<>();
    for (int g = 0; g < byGroup.size(); g++) {
      LifetimeTable table = byGroup.get(g).snapshot();
      if (!table.isEmpty()) {
        groups.put(groupIndex.label(g), table);
      }
    }
    return new LifetimeResult(definition, all.snapshot(), groups);
  }

  @Override
  public String toString() {
    return "LifetimeAnalyzer{map=" + map.id() + ", " + definition.rule() + ", customers="
        + customers.size() + "}";
  }
}
