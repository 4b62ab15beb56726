package io.cxkit.journey.internal;

import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * Calendar periods as dense ints, for per-customer state in primitive arrays: a day is its epoch
 * day, an ISO week {@code floor((epoch day + 3) / 7)} (1970-01-01 was a Thursday, so every Monday
 * to Sunday shares one number and consecutive weeks differ by 1), a month {@code year × 12 + month
 * − 1}, a quarter {@code year × 4 + quarter − 1}. Consecutive periods have consecutive numbers, so
 * an offset of k periods is a difference of k. Dates are limited to the years {@value #MIN_YEAR}
 * to {@value #MAX_YEAR}, whose ISO dates sort as text in calendar order (cohort labels rely on
 * it). The conversion from an instant computes the local date arithmetically (Hinnant's
 * days-from-civil inverse), so it allocates no {@link LocalDate} per event.
 */
public final class CohortPeriods {
  /** The first year a period may lie in. */
  public static final int MIN_YEAR = 1;
  /** The last year a period may lie in. */
  public static final int MAX_YEAR = 9999;

  /** The epoch day of 0001-01-01 (a Monday, so no ISO week starts before it). */
  public static final long MIN_EPOCH_DAY = LocalDate.of(MIN_YEAR, 1, 1).toEpochDay();
  /** The epoch day of 9999-12-31. */
  public static final long MAX_EPOCH_DAY = LocalDate.of(MAX_YEAR, 12, 31).toEpochDay();

  private static final long SECONDS_PER_DAY = 86_400;

  private CohortPeriods() {}

  /**
   * @param at an instant
   * @param rules the rules of the zone whose calendar the periods follow
   * @return the epoch day of the instant's local date in that zone, or {@link Long#MIN_VALUE} if
   *     that date lies outside the years {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public static long epochDay(Instant at, ZoneRules rules) {
    long seconds = at.getEpochSecond();
    // Beyond ±2^50 s (about 35 million years) no zone offset can bring the date into range.
    if (Math.abs(seconds) > 1L << 50) {
      return Long.MIN_VALUE;
    }
    long day = Math.floorDiv(seconds + rules.getOffset(at).getTotalSeconds(), SECONDS_PER_DAY);
    return day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY ? Long.MIN_VALUE : day;
  }

  /**
   * @param period the kind of period
   * @param epochDay a day within {@link #MIN_EPOCH_DAY}..{@link #MAX_EPOCH_DAY}
   * @return the number of the period holding it
   */
  public static int id(Period period, long epochDay) {
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
   * @return the number of the period holding it
   */
  public static int id(Period period, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return id(period, date.toEpochDay());
  }

  /**
   * @param period the kind of period
   * @param id a period's number, as {@link #id(Period, long)} gives it
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
}
