package io.cxkit.journey.retention;

import io.cxkit.core.CohortRetention;
import io.cxkit.core.RetentionMode;
import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.MatchShapes;
import io.cxkit.journey.internal.PeriodIds;
import io.cxkit.journey.internal.RetentionSettings;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a cohort analysis counts: cohorts of customers by the calendar {@linkplain #period()
 * period} (day, ISO week, month or quarter in a {@linkplain #zone() zone}) of their entry activity,
 * and for each cohort the customers retained at each period {@linkplain #offsets() offset}, as
 * cx-core's {@link CohortRetention} matrix. Immutable, checked against the journey map when built.
 *
 * <p><b>Entry and activity.</b> The {@linkplain #entry() entry} match says which events put a
 * customer in a cohort (a first purchase, say); the {@linkplain #activity() activity} match which
 * events make the customer active in a period (any visit). Entry is the activity match unless set.
 *
 * <p><b>Cohorts.</b> {@link CohortBasis#FIRST_TIME}: a customer's cohort is the period of their
 * first entry event. {@link CohortBasis#RECURRING}: every period holding an entry event of a
 * customer starts a cohort holding them.
 *
 * <p><b>Retained.</b> With a cohort of period p, in {@link RetentionMode#N_DAY} the customer is
 * retained at offset k when they were active in period p + k exactly; in {@link
 * RetentionMode#UNBOUNDED} when their last active period is p + k or later (the glossary's
 * "returned in period k or any later one", computed from each customer's last active period).
 *
 * <p><b>As of.</b> The analysis is made as of an instant {@link #asOf()}: events at or after it are
 * ignored (only checked for order and touchpoint), so the same events and as-of instant always
 * give the same matrix. A cohort has the cell of offset k only when period p + k has
 * <em>completed</em> by then — the period holding {@code asOf} is later than p + k — which is
 * Mixpanel's rule of counting complete buckets only: an incomplete period would show too few
 * customers retained. Cohorts whose first offset is not complete yet (the period of {@code asOf}
 * itself) are listed with their size and no cell. In unbounded mode activity in the incomplete
 * current period, before {@code asOf}, still counts as "a later period".
 *
 * <p><b>Groups.</b> With {@link Builder#groups(String, CustomerGroups)} each customer's group (a
 * persona, a segment) is asked once, at the customer's first event; a customer without one (null)
 * is counted in the total only. Two definitions are equal when every property but the grouping's
 * function and {@link #maxGroups()} is (a function cannot be compared; the grouping's name stands
 * for it), so results of partitions analysed with equal definitions merge.
 */
public final class CohortDefinition {
  /** The most groups a grouping may open unless {@link Builder#maxGroups(int)} says otherwise. */
  public static final int DEFAULT_MAX_GROUPS = RetentionSettings.DEFAULT_MAX_GROUPS;
  /** The largest period offset: about 27 years of days. */
  public static final int MAX_OFFSET = 10_000;
  /** The grouping's name when {@link Builder#groups(CustomerGroups)} is given no name. */
  public static final String DEFAULT_GROUPING = "group";

  private static final int[] DEFAULT_OFFSETS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

  private final JourneyMap map;
  private final CohortBasis basis;
  private final Period period;
  private final ZoneId zone;
  private final int[] offsets;
  private final RetentionMode mode;
  private final EventMatch entry;
  private final EventMatch activity;
  private final Instant asOf;
  private final @Nullable String grouping;
  private final @Nullable CustomerGroups groups;
  private final int maxGroups;

  private final EventMatch.Bound boundEntry;
  private final EventMatch.Bound boundActivity;
  private final int asOfPeriod;
  /** Per offset k in 0..max offset: its column, or -1 when k is no column. */
  private final int[] column;

  private CohortDefinition(Builder b, int[] offsets, EventMatch.Bound entry,
      EventMatch.Bound activity, Instant asOf, Period period, int asOfPeriod) {
    this.map = b.map;
    this.basis = b.basis == null ? CohortBasis.FIRST_TIME : b.basis;
    this.period = period;
    this.zone = Objects.requireNonNull(b.settings.zone());
    this.offsets = offsets;
    this.mode = b.mode == null ? RetentionMode.N_DAY : b.mode;
    this.boundEntry = entry;
    this.boundActivity = activity;
    this.entry = entry.match();
    this.activity = activity.match();
    this.asOf = asOf;
    this.grouping = b.settings.grouping();
    this.groups = b.settings.groups();
    this.maxGroups = b.settings.maxGroups();
    this.asOfPeriod = asOfPeriod;
    this.column = new int[offsets[offsets.length - 1] + 1];
    Arrays.fill(column, -1);
    for (int i = 0; i < offsets.length; i++) {
      column[offsets[i]] = i;
    }
  }

  /**
   * @param map the journey map the events are on
   * @return a builder of a cohort analysis over that map
   */
  public static Builder builder(JourneyMap map) {
    return new Builder(Objects.requireNonNull(map, "map"));
  }

  /** @return the journey map the events are on */
  public JourneyMap map() {
    return map;
  }

  /** @return whether a customer's first entry or every entry starts a cohort */
  public CohortBasis basis() {
    return basis;
  }

  /** @return the calendar bucket of cohorts and offsets */
  public Period period() {
    return period;
  }

  /** @return the zone whose calendar the periods follow */
  public ZoneId zone() {
    return zone;
  }

  /** @return the period offsets of the matrix's columns, ≥ 1 and increasing (a copy) */
  public int[] offsets() {
    return offsets.clone();
  }

  /** @return how a retained customer is counted */
  public RetentionMode mode() {
    return mode;
  }

  /** @return the events that put a customer in a cohort */
  public EventMatch entry() {
    return entry;
  }

  /** @return the events that make a customer active in a period */
  public EventMatch activity() {
    return activity;
  }

  /** @return the instant the analysis is made at: later events are ignored, cells need completed periods */
  public Instant asOf() {
    return asOf;
  }

  /** @return the first day of the period holding {@link #asOf()}, the first period not complete */
  public LocalDate asOfPeriod() {
    return PeriodIds.start(period, asOfPeriod);
  }

  /** @return the grouping's name, such as {@code persona}; empty without a grouping */
  public Optional<String> grouping() {
    return Optional.ofNullable(grouping);
  }

  /** @return the group of each customer; empty without a grouping */
  public Optional<CustomerGroups> groups() {
    return Optional.ofNullable(groups);
  }

  /** @return the most groups the grouping may open */
  public int maxGroups() {
    return maxGroups;
  }

  EventMatch.Bound boundEntry() {
    return boundEntry;
  }

  EventMatch.Bound boundActivity() {
    return boundActivity;
  }

  int asOfPeriodId() {
    return asOfPeriod;
  }

  /** @return the column of offset {@code k}, or -1 when k is no column */
  int columnOf(int k) {
    return k >= 0 && k < column.length ? column[k] : -1;
  }

  int offsetAt(int columnIndex) {
    return offsets[columnIndex];
  }

  int columns() {
    return offsets.length;
  }

  /**
   * @param cohortPeriod a cohort's period number
   * @return the number of offsets whose period has completed by {@code asOf}: the cohort's cells
   */
  int observed(int cohortPeriod) {
    int n = 0;
    while (n < offsets.length && (long) cohortPeriod + offsets[n] < asOfPeriod) {
      n++;
    }
    return n;
  }

  /**
   * The definition as a map for JSON: {@code map} (its id), {@code basis}, {@code period} (ids),
   * {@code zone}, {@code mode} (its id), {@code offsets}, {@code entry} and {@code activity} (each
   * {@code {"touchpoints":[…],"stages":[…],"kinds":[…],"attributes":{…}}}, empty lists for any),
   * {@code asOf} (ISO-8601) and {@code grouping} (the name, or null).
   *
   * @return the shape; unmodifiable
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("map", map.id());
    shape.put("basis", basis.id());
    shape.put("period", period.id());
    shape.put("zone", zone.getId());
    shape.put("mode", mode.id());
    shape.put("offsets", offsetList());
    shape.put("entry", MatchShapes.shape(entry));
    shape.put("activity", MatchShapes.shape(activity));
    shape.put("asOf", asOf.toString());
    shape.put("grouping", grouping);
    return Collections.unmodifiableMap(shape);
  }

  List<Integer> offsetList() {
    List<Integer> list = new ArrayList<>(offsets.length);
    for (int offset : offsets) {
      list.add(offset);
    }
    return Collections.unmodifiableList(list);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CohortDefinition other && map.equals(other.map) && basis == other.basis
        && period == other.period && zone.equals(other.zone) && Arrays.equals(offsets, other.offsets)
        && mode == other.mode && entry.equals(other.entry) && activity.equals(other.activity)
        && asOf.equals(other.asOf) && Objects.equals(grouping, other.grouping);
  }

  @Override
  public int hashCode() {
    return Objects.hash(map.id(), basis, period, zone, Arrays.hashCode(offsets), mode, entry,
        activity, asOf, grouping);
  }

  /**
   * @return e.g. {@code CohortDefinition{first-time, iso-week in Europe/Berlin, n-day, offsets [1,
   *     2, 3], entry EventMatch[any], activity EventMatch[any], as of 2026-03-30T08:00:00Z, map
   *     shop}}
   */
  @Override
  public String toString() {
    return "CohortDefinition{" + basis.id() + ", " + period.id() + " in " + zone + ", " + mode.id()
        + ", offsets " + Arrays.toString(offsets) + ", entry " + entry + ", activity " + activity
        + ", as of " + asOf + (grouping == null ? "" : ", by " + grouping) + ", map " + map.id()
        + "}";
  }

  /**
   * Collects a cohort analysis's options, each at most once (a second call throws {@link
   * IllegalStateException}); {@link #build()} checks them. Required: {@link #period} and {@link
   * #asOf}. Defaults: first-time cohorts, offsets 1 to 12 (a year of months, a quarter of weeks),
   * N-day mode, activity {@link EventMatch#any()}, entry = activity, no grouping.
   */
  public static final class Builder {
    private final JourneyMap map;
    private final RetentionSettings settings = new RetentionSettings();
    private @Nullable CohortBasis basis;
    private int @Nullable [] offsets;
    private @Nullable RetentionMode mode;
    private @Nullable EventMatch entry;
    private @Nullable EventMatch activity;

    private Builder(JourneyMap map) {
      this.map = map;
    }

    /**
     * Cohorts by each customer's first entry activity (the default).
     *
     * @return this builder
     * @throws IllegalStateException if the basis was set already
     */
    public Builder firstTime() {
      return basis(CohortBasis.FIRST_TIME);
    }

    /**
     * Cohorts by every period of a customer's entry activity.
     *
     * @return this builder
     * @throws IllegalStateException if the basis was set already
     */
    public Builder recurring() {
      return basis(CohortBasis.RECURRING);
    }

    /**
     * @param cohortBasis first-time or recurring cohorts
     * @return this builder
     * @throws IllegalStateException if the basis was set already
     */
    public Builder basis(CohortBasis cohortBasis) {
      Objects.requireNonNull(cohortBasis, "cohortBasis");
      RetentionSettings.once("basis", basis == null ? null : basis.id());
      basis = cohortBasis;
      return this;
    }

    /**
     * @param bucket the calendar bucket of cohorts and offsets
     * @param calendarZone the zone whose calendar it follows (never the JVM's default implicitly)
     * @return this builder
     * @throws IllegalStateException if the period was set already
     */
    public Builder period(Period bucket, ZoneId calendarZone) {
      settings.period(bucket, calendarZone);
      return this;
    }

    /**
     * @param periodOffsets the columns: offsets ≥ 1, increasing, at most {@value #MAX_OFFSET};
     *     1 to 12 unless set
     * @return this builder
     * @throws IllegalStateException if the offsets were set already
     */
    public Builder offsets(int... periodOffsets) {
      Objects.requireNonNull(periodOffsets, "periodOffsets");
      RetentionSettings.once("offsets", offsets == null ? null : Arrays.toString(offsets));
      offsets = periodOffsets.clone();
      return this;
    }

    /**
     * @param retentionMode N-day (the default) or unbounded
     * @return this builder
     * @throws IllegalStateException if the mode was set already
     */
    public Builder mode(RetentionMode retentionMode) {
      Objects.requireNonNull(retentionMode, "retentionMode");
      RetentionSettings.once("mode", mode == null ? null : mode.id());
      mode = retentionMode;
      return this;
    }

    /**
     * @param match the events that make a customer active in a period; any event unless set
     * @return this builder
     * @throws IllegalStateException if the activity was set already
     */
    public Builder activity(EventMatch match) {
      Objects.requireNonNull(match, "match");
      RetentionSettings.once("activity", activity);
      activity = match;
      return this;
    }

    /**
     * @param match the events that put a customer in a cohort, such as purchases; the activity
     *     match unless set
     * @return this builder
     * @throws IllegalStateException if the entry was set already
     */
    public Builder entry(EventMatch match) {
      Objects.requireNonNull(match, "match");
      RetentionSettings.once("entry", entry);
      entry = match;
      return this;
    }

    /**
     * @param instant the analysis instant: later events are ignored, cells need periods completed
     *     by then
     * @return this builder
     * @throws IllegalStateException if the instant was set already
     */
    public Builder asOf(Instant instant) {
      settings.asOf(instant);
      return this;
    }

    /**
     * Groups the customers, named {@value #DEFAULT_GROUPING}.
     *
     * @param customerGroups each customer's group, or null for none
     * @return this builder
     * @throws IllegalStateException if a grouping was set already
     */
    public Builder groups(CustomerGroups customerGroups) {
      return groups(DEFAULT_GROUPING, customerGroups);
    }

    /**
     * @param name the grouping's name, such as {@code persona} or {@code segment} (an id: letters,
     *     digits, {@code _ . -})
     * @param customerGroups each customer's group, or null for none
     * @return this builder
     * @throws IllegalStateException if a grouping was set already
     */
    public Builder groups(String name, CustomerGroups customerGroups) {
      settings.groups(name, customerGroups);
      return this;
    }

    /**
     * @param most the most groups the grouping may open, ≥ 1; {@value #DEFAULT_MAX_GROUPS} unless
     *     set
     * @return this builder
     * @throws IllegalStateException if it was set already
     */
    public Builder maxGroups(int most) {
      settings.maxGroups(most);
      return this;
    }

    /**
     * @return the definition
     * @throws InvalidJourneyException if the period or as-of instant is missing, the as-of date in
     *     the zone lies outside the years {@value PeriodIds#MIN_YEAR} to {@value
     *     PeriodIds#MAX_YEAR}, an offset is below 1, above {@value #MAX_OFFSET}, repeated or
     *     out of order, the offsets are empty, the grouping's name is malformed, {@code maxGroups}
     *     is below 1 or set without a grouping, or a match names a stage the map lacks
     * @throws UnknownTouchpointException if the entry or activity match names a touchpoint the
     *     map lacks
     */
    public CohortDefinition build() {
      Period period = settings.requirePeriod(
          "a cohort analysis needs a period (day, iso-week, month or quarter) and a zone");
      Instant asOf = settings.requireAsOf("a cohort analysis needs the instant it is made at:"
          + " cells exist for periods completed by then");
      int[] checked = checkOffsets(offsets == null ? DEFAULT_OFFSETS : offsets);
      int asOfPeriod = new PeriodIds(period, Objects.requireNonNull(settings.zone()))
          .idOf(asOf, "asOf");
      settings.checkGroups();
      EventMatch activityMatch = activity == null ? EventMatch.any() : activity;
      EventMatch.Bound boundActivity = bind("activity", activityMatch);
      EventMatch.Bound boundEntry = entry == null ? boundActivity : bind("entry", entry);
      return new CohortDefinition(this, checked, boundEntry, boundActivity, asOf, period,
          asOfPeriod);
    }

    private EventMatch.Bound bind(String field, EventMatch match) {
      try {
        return match.bind(map);
      } catch (UnknownTouchpointException e) {
        throw new UnknownTouchpointException(field + "." + e.field(), e.touchpointId(),
            map.id());
      } catch (InvalidJourneyException e) {
        throw new InvalidJourneyException(field + "." + e.field(), e.value(), e.rule());
      }
    }

    private static int[] checkOffsets(int[] offsets) {
      if (offsets.length == 0) {
        throw new InvalidJourneyException("offsets", "[]", "must hold at least one period offset");
      }
      for (int i = 0; i < offsets.length; i++) {
        String field = "offsets[" + i + "]";
        if (offsets[i] < 1) {
          throw new InvalidJourneyException(field, offsets[i], "must be ≥ 1: offset 0 is the"
              + " cohort's own period, where every customer is active");
        }
        if (offsets[i] > MAX_OFFSET) {
          throw new InvalidJourneyException(field, offsets[i], "must be ≤ " + MAX_OFFSET);
        }
        // Increasing order is required, so a repeat that is not adjacent is reported as disorder.
        if (i > 0 && offsets[i] == offsets[i - 1]) {
          throw new InvalidJourneyException(field, offsets[i],
              "repeats offsets[" + (i - 1) + "]; each offset is one column");
        }
        if (i > 0 && offsets[i] < offsets[i - 1]) {
          throw new InvalidJourneyException(field, offsets[i],
              "must be greater than offsets[" + (i - 1) + "] = " + offsets[i - 1]);
        }
      }
      return offsets.clone();
    }
  }
}
