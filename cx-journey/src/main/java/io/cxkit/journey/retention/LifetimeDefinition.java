package io.cxkit.journey.retention;

import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.PeriodIds;
import io.cxkit.journey.internal.RetentionSettings;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a customer-lifetime analysis asks: the {@linkplain ChurnRule rule} that says when a
 * customer's life begins and ends, the analysis instant {@code asOf} at which customers still
 * active are censored, for an {@linkplain ChurnRule.Inactivity inactivity rule} the calendar period
 * its k counts in, and optionally the customers' groups (persona, segment). Validated against its
 * journey map when built.
 *
 * <p><b>One lifetime per customer: the first.</b> Kaplan–Meier wants one duration per subject, so
 * a customer's lifetime is the first one: from the first subscription start to its end, or from
 * the first activity to the last activity before the first gap of k whole periods. A customer who
 * returns later is not counted again (their later events are still checked). Durations are in
 * <b>days</b> of 86 400 seconds of elapsed time, as doubles (12 h is 0.5).
 *
 * <ul>
 *   <li>Subscriptions: churned at the first end, duration = end − start; still open at {@code
 *       asOf}: censored, duration = asOf − start. Customers who never started have no lifetime.
 *   <li>Inactivity: churned at the last activity when the k periods after its period have all
 *       ended by {@code asOf} without activity (the period holding {@code asOf} has not ended),
 *       duration = last − first activity (0 for a single visit); otherwise censored, duration =
 *       asOf − first activity. Monthly, k = 2: first 3 January, last 20 January, asOf 1 April →
 *       churned after 17 days; asOf 31 March → censored at 87 days.
 * </ul>
 * Events at or after {@code asOf} are ignored.
 */
public final class LifetimeDefinition {
  /** The most groups unless {@link Builder#maxGroups} says otherwise. */
  public static final int DEFAULT_MAX_GROUPS = ChurnDefinition.DEFAULT_MAX_GROUPS;
  /** The customers below which a group is flagged, unless set. */
  public static final long DEFAULT_MINIMUM_N = ChurnDefinition.DEFAULT_MINIMUM_N;
  /** The unit of every duration, as the JSON shape names it. */
  public static final String UNIT = "days";

  private final JourneyMap map;
  private final ChurnRule rule;
  private final Instant asOf;
  private final @Nullable Period period;
  private final @Nullable ZoneId zone;
  private final @Nullable String grouping;
  private final @Nullable CustomerGroups groups;
  private final int maxGroups;
  private final long minimumN;
  private final ChurnRules.Bound bound;
  private final long asOfMicros;
  private final int lastWholeId;

  private LifetimeDefinition(Builder b, ChurnRule rule, Instant asOf, int lastWholeId) {
    this.map = b.map;
    this.rule = rule;
    this.asOf = asOf;
    this.period = b.settings.period();
    this.zone = b.settings.zone();
    this.grouping = b.settings.grouping();
    this.groups = b.settings.groups();
    this.maxGroups = b.settings.maxGroups();
    this.minimumN = b.settings.minimumN();
    this.bound = new ChurnRules.Bound(rule, map);
    this.lastWholeId = lastWholeId;
    this.asOfMicros = PeriodIds.micros(asOf, "asOf");
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

  /** @return when a customer's life begins and ends */
  public ChurnRule rule() {
    return rule;
  }

  /** @return the analysis instant: customers still active then are censored at it */
  public Instant asOf() {
    return asOf;
  }

  /** @return the period an inactivity rule's k counts in; empty with a subscription rule */
  public Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  /** @return the zone of {@link #period()}; empty with a subscription rule */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /** @return the grouping's name, such as {@code persona}; empty without groups */
  public Optional<String> grouping() {
    return Optional.ofNullable(grouping);
  }

  /** @return the most groups the customers may fall into */
  public int maxGroups() {
    return maxGroups;
  }

  /** @return the customers below which a group's comparison is flagged */
  public long minimumN() {
    return minimumN;
  }

  @Nullable CustomerGroups customerGroups() {
    return groups;
  }

  ChurnRules.Bound bound() {
    return bound;
  }

  long asOfMicros() {
    return asOfMicros;
  }

  /** The number of the last period that ended by {@code asOf} (inactivity rules only). */
  int lastWholeId() {
    return lastWholeId;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LifetimeDefinition d && d.map.equals(map) && d.rule.equals(rule)
        && d.asOf.equals(asOf) && d.period == period && Objects.equals(d.zone, zone)
        && Objects.equals(d.grouping, grouping) && d.maxGroups == maxGroups
        && d.minimumN == minimumN;
  }

  @Override
  public int hashCode() {
    return Objects.hash(map, rule, asOf, period, zone, grouping, maxGroups, minimumN);
  }

  /** @return e.g. {@code LifetimeDefinition{map=ecommerce, subscriptions(…), asOf=…}} */
  @Override
  public String toString() {
    return "LifetimeDefinition{map=" + map.id() + ", " + rule
        + (period == null ? "" : ", " + period.id() + " in " + zone) + ", asOf=" + asOf
        + (grouping == null ? "" : ", grouping=" + grouping) + "}";
  }

  /** Collects the settings; each may be given once, and {@link #build()} checks them. */
  public static final class Builder {
    private final JourneyMap map;
    private final RetentionSettings settings = new RetentionSettings();
    private @Nullable ChurnRule rule;

    private Builder(JourneyMap map) {
      this.map = map;
    }

    /**
     * @param rule when a customer's life begins and ends
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
     * @param asOf the analysis instant, at which customers still active are censored
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder asOf(Instant asOf) {
      settings.asOf(asOf);
      return this;
    }

    /**
     * @param period the calendar period an inactivity rule's k counts in (required with one,
     *     refused with a subscription rule)
     * @param zone the zone whose calendar it follows
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder period(Period period, ZoneId zone) {
      settings.period(period, zone);
      return this;
    }

    /**
     * @param name what the groups are, such as {@code persona}; results merge only under one
     *     name; checked by {@link #build()}
     * @param groups the group of each customer, asked once at the customer's first event; null
     *     means none (counted in the total only)
     * @return this builder
     * @throws IllegalStateException if groups were already set
     */
    public Builder groups(String name, CustomerGroups groups) {
      settings.groups(name, groups);
      return this;
    }

    /**
     * @param maxGroups the most groups, ≥ 1 (default {@value LifetimeDefinition#DEFAULT_MAX_GROUPS})
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder maxGroups(int maxGroups) {
      settings.maxGroups(maxGroups);
      return this;
    }

    /**
     * @param minimumN the customers below which a group is flagged, ≥ 0 (default {@value
     *     LifetimeDefinition#DEFAULT_MINIMUM_N})
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder minimumN(long minimumN) {
      settings.minimumN(minimumN);
      return this;
    }

    /**
     * @return the definition
     * @throws InvalidJourneyException if the rule or {@code asOf} is missing, an inactivity rule
     *     has no period or a subscription rule has one, the local date of {@code asOf} lies
     *     outside the years {@value PeriodIds#MIN_YEAR} to {@value PeriodIds#MAX_YEAR} (with a
     *     period), the grouping's name is not an id, or {@code maxGroups} / {@code minimumN} is
     *     out of range ({@code maxGroups} also without a grouping)
     * @throws UnknownTouchpointException if a match of the rule names a touchpoint the map lacks
     */
    public LifetimeDefinition build() {
      if (rule == null) {
        throw new InvalidJourneyException("rule", "absent",
            "must be given: ChurnRule.subscriptions(start, end) or ChurnRule.inactivity(activity, k)");
      }
      Instant asOf = settings.requireAsOf("must be given: the analysis instant, at which"
          + " customers still active are censored");
      Period period = settings.period();
      if (rule instanceof ChurnRule.Inactivity && period == null) {
        settings.requirePeriod("must be given with an inactivity rule: the calendar period its k"
            + " whole periods count in");
      }
      if (rule instanceof ChurnRule.Subscriptions && period != null) {
        throw new InvalidJourneyException("period", period.id(), "must not be given with a"
            + " subscription rule: subscription events alone say when a lifetime ends");
      }
      settings.checkGroups();
      PeriodIds.micros(asOf, "asOf");
      int lastWholeId = period == null ? 0
          : new PeriodIds(period, Objects.requireNonNull(settings.zone())).idOf(asOf, "asOf") - 1;
      return new LifetimeDefinition(this, rule, asOf, lastWholeId);
    }
  }
}
