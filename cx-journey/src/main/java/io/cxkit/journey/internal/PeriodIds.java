package io.cxkit.journey.internal;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * Calendar periods as dense ints and instants as epoch microseconds, so that the journey
 * analyses keep per-customer state in primitive arrays. A day is its epoch day, an ISO week {@code
 * floor((epoch day + 3) / 7)} (1970-01-01 was a Thursday, so every Monday to Sunday shares one
 * number), a month {@code year × 12 + month − 1}, a quarter {@code year × 4 + quarter − 1}:
 * consecutive periods have consecutive numbers, so an offset of k periods is a difference of k.
 * Dates are limited to the years {@value #MIN_YEAR} to {@value #MAX_YEAR}, whose ISO dates sort as
 * text in calendar order (cohort labels rely on it). An instance converts instants in one zone
 * arithmetically (Hinnant's days-from-civil inverse), allocating no {@link LocalDate} per event.
 */
public final class PeriodIds {
  /** The first year a period may lie in. */
  public static final int MIN_YEAR = 1;
  /** The last year a period may lie in. */
  public static final int MAX_YEAR = 9999;
  /** No instant yet: below every instant {@link #micros} gives. */
  public static final long NO_INSTANT = Long.MIN_VALUE;

  private static final long MIN_EPOCH_DAY = LocalDate.of(MIN_YEAR, 1, 1).toEpochDay();
  private static final long MAX_EPOCH_DAY = LocalDate.of(MAX_YEAR, 12, 31).toEpochDay();
  private static final long SECONDS_PER_DAY = 86_400;
  private static final String ORDER_RULE = "is before the customer's previous event; an analysis"
      + " needs each customer's events in time order (the journey event readers repair small"
      + " disorder)";

  private final Period period;
  private final ZoneId zone;
  private final ZoneRules rules;

  /**
   * @param period the calendar period
   * @param zone the zone whose calendar it follows
   */
  public PeriodIds(Period period, ZoneId zone) {
    this.period = Objects.requireNonNull(period, "period");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.rules = zone.getRules();
  }

  /** @return the calendar period */
  public Period period() {
    return period;
  }

  /**
   * @param at an instant
   * @param field the field, for the message
   * @return the number of the period holding it in this zone
   * @throws InvalidJourneyException if its local date lies outside the years {@value #MIN_YEAR}
   *     to {@value #MAX_YEAR}
   */
  public int idOf(Instant at, String field) {
    long seconds = at.getEpochSecond();
    // Beyond ±2^50 s (about 35 million years) no zone offset can bring the date into range.
    long day = Math.abs(seconds) > 1L << 50 ? Long.MIN_VALUE
        : Math.floorDiv(seconds + rules.getOffset(at).getTotalSeconds(), SECONDS_PER_DAY);
    if (day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY) {
      throw new InvalidJourneyException(field, at, "must have a local date in " + zone
          + " within the years " + MIN_YEAR + ".." + MAX_YEAR);
    }
    return id(period, day);
  }

  private static int id(Period period, long epochDay) {
    switch (period) {
      case DAY:
        return (int) epochDay;
      case ISO_WEEK:
        return (int) Math.floorDiv(epochDay + 3, 7);
      default:
        // Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days.
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        return period == Period.MONTH ? year * 12 + month - 1 : year * 4 + (month - 1) / 3;
    }
  }

  /**
   * @param period the kind of period
   * @param date a date within the years {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @param field the field, for the message
   * @return the number of the period holding it
   * @throws InvalidJourneyException if the date lies outside those years
   */
  public static int id(Period period, LocalDate date, String field) {
    Objects.requireNonNull(date, "date");
    if (!inRange(date)) {
      throw new InvalidJourneyException(field, date, "must lie within the years " + MIN_YEAR
          + ".." + MAX_YEAR);
    }
    return id(period, date.toEpochDay());
  }

  /**
   * @param period the kind of period
   * @param id a period's number, as {@link #idOf} gives it
   * @return the period's first day, as {@link Period#start(LocalDate)} gives it
   */
  public static LocalDate start(Period period, int id) {
    switch (period) {
      case DAY:
        return LocalDate.ofEpochDay(id);
      case ISO_WEEK:
        return LocalDate.ofEpochDay(id * 7L - 3);
      case MONTH:
        return LocalDate.of(Math.floorDiv(id, 12), Math.floorMod(id, 12) + 1, 1);
      default:
        return LocalDate.of(Math.floorDiv(id, 4), Math.floorMod(id, 4) * 3 + 1, 1);
    }
  }

  /**
   * @param date a date
   * @return whether it lies within the years {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public static boolean inRange(LocalDate date) {
    return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
  }

  /**
   * @param at an instant
   * @param field the field, for the message
   * @return microseconds since the epoch, rounded down
   * @throws InvalidJourneyException if the instant is beyond about 292 000 years of 1970
   */
  public static long micros(Instant at, String field) {
    try {
      long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L),
          at.getNano() / 1_000);
      if (micros == NO_INSTANT) {
        throw new ArithmeticException("reserved");
      }
      return micros;
    } catch (ArithmeticException e) {
      throw new InvalidJourneyException(field, at,
          "must be within about 292 000 years of 1970 (a long of microseconds)");
    }
  }

  /**
   * @param micros epoch microseconds
   * @return the instant
   */
  public static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
        Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  /**
   * @param from epoch microseconds
   * @param to epoch microseconds, not before {@code from}
   * @return the time between them in days of 86 400 seconds
   */
  public static double days(long from, long to) {
    // to ≥ from, so the unsigned difference is exact where the signed one could overflow.
    long micros = to - from;
    double d = micros >= 0 ? micros : 0x1p64 + micros;
    return d / 86_400_000_000.0;
  }

  /**
   * @param customerId the event's customer
   * @param at the event's instant
   * @param atMicros the same in microseconds
   * @param lastMicros the customer's previous event, or {@link #NO_INSTANT}
   * @throws EventOrderException if the event is earlier than the previous one
   */
  public static void requireInOrder(String customerId, Instant at, long atMicros, long lastMicros) {
    if (lastMicros != NO_INSTANT && atMicros < lastMicros) {
      throw new EventOrderException(customerId, at, instant(lastMicros), ORDER_RULE);
    }
  }
}
