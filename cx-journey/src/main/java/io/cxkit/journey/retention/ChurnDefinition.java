package io.cxkit.journey.retention;

import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.ChurnPeriods;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a period-churn analysis asks: the {@linkplain ChurnRule rule} that says who is a customer
 * when, the calendar {@linkplain Period period} in a {@link ZoneId}, the first period reported
 * ({@code from}), the analysis instant ({@code asOf}) and, optionally, the customers' groups
 * (persona, segment). Validated against its journey map when built.
 *
 * <p>The periods reported run from {@code from} up to the last one that ended by {@code asOf}: the
 * period holding {@code asOf} is still running and is <em>not</em> reported, because its lost and
 * new customers are not known yet. With monthly periods and {@code asOf} = 2026-05-10, the last
 * month reported is April 2026; with {@code asOf} = 2026-05-01T00:00 in the zone, April too. Events
 * before {@code from} count (they decide who is a customer at its start); events at or after
 * {@code asOf} are ignored.
 */
public final class ChurnDefinition {
  /** The most groups unless {@link Builder#maxGroups} says otherwise. */
  public static final int DEFAULT_MAX_GROUPS = 1_000;
  /** The customers at a period's start below which a group is flagged, unless set. */
  public static final long DEFAULT_MINIMUM_N = 30;
  /** The most periods one definition reports (27 years of days; per group 32 bytes a period). */
  public static final int MAX_PERIODS = 10_000;

  private final JourneyMap map;
  private final ChurnRule rule;
  private final Period period;
  private final ZoneId zone;
  private final LocalDate from;
  private final Instant asOf;
  private final @Nullable String grouping;
  private final @Nullable CustomerGroups groups;
  private final int maxGroups;
  private final long minimumN;
  private final EventMatch.@Nullable Bound start;
  private final EventMatch.@Nullable Bound end;
  private final EventMatch.@Nullable Bound activity;
  private final int fromId;
  private final int lastId;
  private final long asOfMicros;
  private final List<LocalDate> periodStarts;

  private ChurnDefinition(Builder b, ChurnRule rule, Period period, ZoneId zone, LocalDate from,
      Instant asOf, int fromId, int lastId) {
    this.map = b.map;
    this.rule = rule;
    this.period = period;
    this.zone = zone;
    this.from = from;
    this.asOf = asOf;
    this.grouping = b.grouping;
    this.groups = b.groups;
    this.maxGroups = b.maxGroups;
    this.minimumN = b.minimumN;
    if (rule instanceof ChurnRule.Subscriptions s) {
      this.start = s.start().bind(map);
      this.end = s.end().bind(map);
      this.activity = null;
    } else {
      this.start = null;
      this.end = null;
      this.activity = ((ChurnRule.Inactivity) rule).activity().bind(map);
    }
    this.fromId = fromId;
    this.lastId = lastId;
    this.asOfMicros = ChurnPeriods.micros(asOf, "asOf");
    List<LocalDate> starts = new ArrayList<>(lastId - fromId + 1);
    for (int id = fromId; id <= lastId; id++) {
      starts.add(ChurnPeriods.start(period, id));
    }
    this.periodStarts = Collections.unmodifiableList(starts);
  }

  /**
   * @param map the journey map the events are of
   * @return a builder of a definition over that map
   */
  public static Builder builder(JourneyMap map) {
    return new Builder(Objects.requireNonNull(map, "map"));
  }

  /** @return the journey map */
  public JourneyMap map() {
    return map;
  }

  /** @return who is a customer when */
  public ChurnRule rule() {
    return rule;
  }

  /** @return the calendar period of the counts */
  public Period period() {
    return period;
  }

  /** @return the zone whose calendar the periods follow */
  public ZoneId zone() {
    return zone;
  }

  /** @return the first day of the first period reported */
  public LocalDate from() {
    return from;
  }

  /** @return the analysis instant: periods that ended by then are reported, later events ignored */
  public Instant asOf() {
    return asOf;
  }

  /** @return the grouping's name, such as {@code persona}; empty without groups */
  public Optional<String> grouping() {
    return Optional.ofNullable(grouping);
  }

  /** @return the most groups the customers may fall into */
  public int maxGroups() {
    return maxGroups;
  }

  /** @return the customers at a period's start below which a group's comparison is flagged */
  public long minimumN() {
    return minimumN;
  }

  /** @return the number of periods reported, at least 1 */
  public int periodCount() {
    return lastId - fromId + 1;
  }

  /** @return the first days of the periods reported, ascending; unmodifiable */
  public List<LocalDate> periodStarts() {
    return periodStarts;
  }

  @Nullable CustomerGroups customerGroups() {
    return groups;
  }

  EventMatch.@Nullable Bound start() {
    return start;
  }

  EventMatch.@Nullable Bound end() {
    return end;
  }

  EventMatch.@Nullable Bound activity() {
    return activity;
  }

  int fromId() {
    return fromId;
  }

  int lastId() {
    return lastId;
  }

  long asOfMicros() {
    return asOfMicros;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ChurnDefinition d && d.map.equals(map) && d.rule.equals(rule)
        && d.period == period && d.zone.equals(zone) && d.from.equals(from) && d.asOf.equals(asOf)
        && Objects.equals(d.grouping, grouping) && d.maxGroups == maxGroups
        && d.minimumN == minimumN;
  }

  @Override
  public int hashCode() {
    return Objects.hash(map, rule, period, zone, from, asOf, grouping, maxGroups, minimumN);
  }

  /** @return e.g. {@code ChurnDefinition{map=ecommerce, inactivity(…), month in UTC, 2026-01-01..2026-04-01, asOf=…}} */
  @Override
  public String toString() {
    return "ChurnDefinition{map=" + map.id() + ", " + rule + ", " + period.id() + " in " + zone
        + ", " + from + ".." + ChurnPeriods.start(period, lastId) + ", asOf=" + asOf
        + (grouping == null ? "" : ", grouping=" + grouping) + "}";
  }

  /** Collects the settings; each may be given once, and {@link #build()} checks them. */
  public static final class Builder {
    private final JourneyMap map;
    private final Set<String> set = new HashSet<>();
    private @Nullable ChurnRule rule;
    private @Nullable Period period;
    private @Nullable ZoneId zone;
    private @Nullable LocalDate from;
    private @Nullable Instant asOf;
    private @Nullable String grouping;
    private @Nullable CustomerGroups groups;
    private int maxGroups = DEFAULT_MAX_GROUPS;
    private long minimumN = DEFAULT_MINIMUM_N;

    private Builder(JourneyMap map) {
      this.map = map;
    }

    private void once(String setting) {
      if (!set.add(setting)) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    /**
     * @param rule who is a customer when: subscriptions or inactivity
     * @return this builder
     * @throws IllegalStateException if the rule was already set
     */
    public Builder rule(ChurnRule rule) {
      Objects.requireNonNull(rule, "rule");
      once("rule");
      this.rule = rule;
      return this;
    }

    /**
     * @param period the calendar period of the counts, such as {@link Period#MONTH}
     * @param zone the zone whose calendar it follows (never the JVM's default)
     * @return this builder
     * @throws IllegalStateException if the period was already set
     */
    public Builder period(Period period, ZoneId zone) {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(zone, "zone");
      once("period");
      this.period = period;
      this.zone = zone;
      return this;
    }

    /**
     * @param from a day of the first period reported (its period's first day is kept)
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder from(LocalDate from) {
      Objects.requireNonNull(from, "from");
      once("from");
      this.from = from;
      return this;
    }

    /**
     * @param asOf the analysis instant: periods that ended by then are reported
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder asOf(Instant asOf) {
      Objects.requireNonNull(asOf, "asOf");
      once("asOf");
      this.asOf = asOf;
      return this;
    }

    /**
     * @param name what the groups are, such as {@code persona} (letters, digits, {@code _ . -});
     *     results merge only under the same name
     * @param groups the group of each customer, asked once at the customer's first event; null
     *     means no group (counted in the totals only)
     * @return this builder
     * @throws InvalidJourneyException if the name is not an id
     * @throws IllegalStateException if groups were already set
     */
    public Builder groups(String name, CustomerGroups groups) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(groups, "groups");
      once("groups");
      this.grouping = JourneyIds.requireId("grouping", name);
      this.groups = groups;
      return this;
    }

    /**
     * @param maxGroups the most groups, ≥ 1 (default {@value ChurnDefinition#DEFAULT_MAX_GROUPS});
     *     checked by {@link #build()}
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder maxGroups(int maxGroups) {
      once("maxGroups");
      this.maxGroups = maxGroups;
      return this;
    }

    /**
     * @param minimumN the customers at a period's start below which a group is flagged, ≥ 0
     *     (default {@value ChurnDefinition#DEFAULT_MINIMUM_N}); checked by {@link #build()}
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder minimumN(long minimumN) {
      once("minimumN");
      this.minimumN = minimumN;
      return this;
    }

    /**
     * @return the definition
     * @throws InvalidJourneyException if the rule, period, {@code from} or {@code asOf} is missing,
     *     no whole period lies from {@code from} up to {@code asOf}, there are more than {@value
     *     ChurnDefinition#MAX_PERIODS} periods, or {@code maxGroups} / {@code minimumN} is out of
     *     range
     * @throws UnknownTouchpointException if a match of the rule names a touchpoint the map lacks
     */
    public ChurnDefinition build() {
      if (rule == null) {
        throw new InvalidJourneyException("rule", "null",
            "must be given: ChurnRule.subscriptions(start, end) or ChurnRule.inactivity(activity, k)");
      }
      if (period == null || zone == null) {
        throw new InvalidJourneyException("period", "null",
            "must be given with its zone: the calendar period of the counts");
      }
      if (from == null) {
        throw new InvalidJourneyException("from", "null", "must be given: the first period reported");
      }
      if (asOf == null) {
        throw new InvalidJourneyException("asOf", "null", "must be given: the analysis instant;"
            + " only periods that ended by then are reported");
      }
      requireGroupLimits(maxGroups, minimumN);
      ChurnPeriods.micros(asOf, "asOf");
      LocalDate first = period.start(from);
      int fromId = ChurnPeriods.id(period, first);
      int lastId = new ChurnPeriods(period, zone).idOf(asOf) - 1;
      if (lastId < fromId) {
        throw new InvalidJourneyException("from", from, "must lie in a " + period.id()
            + " that ended by asOf = " + asOf + " (in " + zone + "): the running " + period.id()
            + " is not reported");
      }
      if ((long) lastId - fromId + 1 > MAX_PERIODS) {
        throw new InvalidJourneyException("from", from, "gives " + ((long) lastId - fromId + 1)
            + " " + period.id() + "s up to asOf; at most " + MAX_PERIODS + " are reported");
      }
      return new ChurnDefinition(this, rule, period, zone, first, asOf, fromId, lastId);
    }
  }

  static void requireGroupLimits(int maxGroups, long minimumN) {
    if (maxGroups < 1) {
      throw new InvalidJourneyException("maxGroups", maxGroups, "must be ≥ 1");
    }
    if (minimumN < 0) {
      throw new InvalidJourneyException("minimumN", minimumN, "must be a count ≥ 0");
    }
  }
}
