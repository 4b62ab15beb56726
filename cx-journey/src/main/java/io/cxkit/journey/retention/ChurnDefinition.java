package io.cxkit.journey.retention;

import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.PeriodIds;
import io.cxkit.journey.internal.RetentionSettings;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
  public static final int DEFAULT_MAX_GROUPS = RetentionSettings.DEFAULT_MAX_GROUPS;
  /** The customers at a period's start below which a group is flagged, unless set. */
  public static final long DEFAULT_MINIMUM_N = RetentionSettings.DEFAULT_MINIMUM_N;
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
  private final ChurnRules.Bound bound;
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
    this.grouping = b.settings.grouping();
    this.groups = b.settings.groups();
    this.maxGroups = b.settings.maxGroups();
    this.minimumN = b.settings.minimumN();
    this.bound = new ChurnRules.Bound(rule, map);
    this.fromId = fromId;
    this.lastId = lastId;
    this.asOfMicros = PeriodIds.micros(asOf, "asOf");
    List<LocalDate> starts = new ArrayList<>(lastId - fromId + 1);
    for (int id = fromId; id <= lastId; id++) {
      starts.add(PeriodIds.start(period, id));
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

  ChurnRules.Bound bound() {
    return bound;
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
        + ", " + from + ".." + PeriodIds.start(period, lastId) + ", asOf=" + asOf
        + (grouping == null ? "" : ", grouping=" + grouping) + "}";
  }

  /** Collects the settings; each may be given once, and {@link #build()} checks them. */
  public static final class Builder {
    private final JourneyMap map;
    private final RetentionSettings settings = new RetentionSettings();
    private @Nullable ChurnRule rule;
    private @Nullable LocalDate from;

    private Builder(JourneyMap map) {
      this.map = map;
    }

    /**
     * @param rule who is a customer when: subscriptions or inactivity
     * @return this builder
     * @throws IllegalStateException if the rule was already set
     */
    public Builder rule(ChurnRule rule) {
      Objects.requireNonNull(rule, "rule");
      RetentionSettings.once("rule", this.rule);
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
      settings.period(period, zone);
      return this;
    }

    /**
     * @param from a day of the first period reported (its period's first day is kept)
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder from(LocalDate from) {
      Objects.requireNonNull(from, "from");
      RetentionSettings.once("from", this.from);
      this.from = from;
      return this;
    }

    /**
     * @param asOf the analysis instant: periods that ended by then are reported
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder asOf(Instant asOf) {
      settings.asOf(asOf);
      return this;
    }

    /**
     * @param name what the groups are, such as {@code persona} (letters, digits, {@code _ . -});
     *     results merge only under the same name; checked by {@link #build()}
     * @param groups the group of each customer, asked once at the customer's first event; null
     *     means no group (counted in the totals only)
     * @return this builder
     * @throws IllegalStateException if groups were already set
     */
    public Builder groups(String name, CustomerGroups groups) {
      settings.groups(name, groups);
      return this;
    }

    /**
     * @param maxGroups the most groups, ≥ 1 (default {@value ChurnDefinition#DEFAULT_MAX_GROUPS});
     *     checked by {@link #build()}
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder maxGroups(int maxGroups) {
      settings.maxGroups(maxGroups);
      return this;
    }

    /**
     * @param minimumN the customers at a period's start below which a group is flagged, ≥ 0
     *     (default {@value ChurnDefinition#DEFAULT_MINIMUM_N}); checked by {@link #build()}
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder minimumN(long minimumN) {
      settings.minimumN(minimumN);
      return this;
    }

    /**
     * @return the definition
     * @throws InvalidJourneyException if the rule, period, {@code from} or {@code asOf} is missing,
     *     {@code from} or the local date of {@code asOf} lies outside the years {@value
     *     PeriodIds#MIN_YEAR} to {@value PeriodIds#MAX_YEAR}, no whole period lies from {@code
     *     from} up to {@code asOf}, there are more than {@value ChurnDefinition#MAX_PERIODS}
     *     periods, the grouping's name is not an id, or {@code maxGroups} / {@code minimumN} is
     *     out of range ({@code maxGroups} also without a grouping)
     * @throws UnknownTouchpointException if a match of the rule names a touchpoint the map lacks
     */
    public ChurnDefinition build() {
      if (rule == null) {
        throw new InvalidJourneyException("rule", "absent",
            "must be given: ChurnRule.subscriptions(start, end) or ChurnRule.inactivity(activity, k)");
      }
      Period period = settings.requirePeriod(
          "must be given with its zone: the calendar period of the counts");
      ZoneId zone = Objects.requireNonNull(settings.zone());
      if (from == null) {
        throw new InvalidJourneyException("from", "absent", "must be given: the first period reported");
      }
      Instant asOf = settings.requireAsOf("must be given: the analysis instant; only periods that"
          + " ended by then are reported");
      settings.checkGroups();
      int fromId = PeriodIds.id(period, from, "from");
      LocalDate first = PeriodIds.start(period, fromId);
      int lastId = new PeriodIds(period, zone).idOf(asOf, "asOf") - 1;
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
}
