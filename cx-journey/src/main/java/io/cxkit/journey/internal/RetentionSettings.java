package io.cxkit.journey.internal;

import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The settings every retention definition's builder shares — the calendar period and zone, the
 * analysis instant, the grouping, its most groups and minimum n — each settable once (a second
 * call throws {@link IllegalStateException} naming the value set), with the checks of {@code
 * build()}. Mutable; one per builder.
 */
public final class RetentionSettings {
  /** The most groups a grouping may open unless the builder says otherwise. */
  public static final int DEFAULT_MAX_GROUPS = 1_000;
  /** The customers below which a group is flagged unless the builder says otherwise. */
  public static final long DEFAULT_MINIMUM_N = 30;

  private @Nullable Period period;
  private @Nullable ZoneId zone;
  private @Nullable Instant asOf;
  private @Nullable String grouping;
  private @Nullable CustomerGroups groups;
  private @Nullable Integer maxGroups;
  private @Nullable Long minimumN;

  /**
   * @param setting the setting's name, for the message
   * @param current its value so far, or null while unset
   * @throws IllegalStateException if it is set already
   */
  public static void once(String setting, @Nullable Object current) {
    if (current != null) {
      throw new IllegalStateException(setting + " is set already (" + current + ")");
    }
  }

  /**
   * @param bucket the calendar period
   * @param calendarZone the zone whose calendar it follows
   */
  public void period(Period bucket, ZoneId calendarZone) {
    Objects.requireNonNull(bucket, "period");
    Objects.requireNonNull(calendarZone, "zone");
    once("period", period == null ? null : period.id() + " in " + zone);
    period = bucket;
    zone = calendarZone;
  }

  /** @param instant the analysis instant */
  public void asOf(Instant instant) {
    Objects.requireNonNull(instant, "asOf");
    once("asOf", asOf);
    asOf = instant;
  }

  /**
   * @param name the grouping's name, checked by {@link #checkGroups()}
   * @param customerGroups each customer's group
   */
  public void groups(String name, CustomerGroups customerGroups) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(customerGroups, "groups");
    once("groups", grouping);
    grouping = name;
    groups = customerGroups;
  }

  /** @param most the most groups, checked by {@link #checkGroups()} */
  public void maxGroups(int most) {
    once("maxGroups", maxGroups);
    maxGroups = most;
  }

  /** @param n the minimum n, checked by {@link #checkGroups()} */
  public void minimumN(long n) {
    once("minimumN", minimumN);
    minimumN = n;
  }

  /** @return the period, or null while unset */
  public @Nullable Period period() {
    return period;
  }

  /** @return the zone, or null while unset */
  public @Nullable ZoneId zone() {
    return zone;
  }

  /**
   * @param rule why it is needed, for the message
   * @return the period; {@link #zone()} is then set too
   * @throws InvalidJourneyException if it is unset
   */
  public Period requirePeriod(String rule) {
    if (period == null) {
      throw new InvalidJourneyException("period", "absent", rule);
    }
    return period;
  }

  /**
   * @param rule why it is needed, for the message
   * @return the analysis instant
   * @throws InvalidJourneyException if it is unset
   */
  public Instant requireAsOf(String rule) {
    if (asOf == null) {
      throw new InvalidJourneyException("asOf", "absent", rule);
    }
    return asOf;
  }

  /** @return the grouping's name, or null without one */
  public @Nullable String grouping() {
    return grouping;
  }

  /** @return each customer's group, or null without a grouping */
  public @Nullable CustomerGroups groups() {
    return groups;
  }

  /** @return the most groups; {@value #DEFAULT_MAX_GROUPS} unless set */
  public int maxGroups() {
    return maxGroups == null ? DEFAULT_MAX_GROUPS : maxGroups;
  }

  /** @return the minimum n; {@value #DEFAULT_MINIMUM_N} unless set */
  public long minimumN() {
    return minimumN == null ? DEFAULT_MINIMUM_N : minimumN;
  }

  /**
   * @throws InvalidJourneyException if the grouping's name is not an id, {@code maxGroups} is
   *     below 1 or set without a grouping, or {@code minimumN} is negative
   */
  public void checkGroups() {
    if (grouping != null) {
      JourneyIds.requireId("grouping", grouping);
    }
    if (maxGroups != null) {
      if (maxGroups < 1) {
        throw new InvalidJourneyException("maxGroups", maxGroups, "must be ≥ 1");
      }
      if (groups == null) {
        throw new InvalidJourneyException("maxGroups", maxGroups,
            "limits a grouping's groups; give groups(...) too");
      }
    }
    if (minimumN != null && minimumN < 0) {
      throw new InvalidJourneyException("minimumN", minimumN, "must be a count ≥ 0");
    }
  }
}
