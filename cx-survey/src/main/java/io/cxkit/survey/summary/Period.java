package io.cxkit.survey.summary;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar bucket of a {@link Trend}: a day, an ISO week, a month or a quarter. A period is named
 * by its first day, a {@link LocalDate}; an instant falls into the period of its local date in the
 * {@link ZoneId} given, never the JVM's default zone, so 2026-11-30T23:30Z is on 2026-12-01 in
 * Europe/Berlin. Each period has a stable {@linkplain #id() id} for serial forms.
 */
public enum Period {
  /** A calendar day; labelled {@code 2026-11-30}; id {@code day}. */
  DAY("day"),
  /**
   * An ISO-8601 week: Monday to Sunday, numbered in its week-based year, whose week 1 is the week
   * holding the year's first Thursday; labelled {@code 2026-W49}; id {@code iso-week}. The days of
   * a week may straddle two calendar years: 2027-01-01 (a Friday) lies in 2026-W53, which starts
   * on Monday 2026-12-28.
   */
  ISO_WEEK("iso-week"),
  /** A calendar month; labelled {@code 2026-11}; id {@code month}. */
  MONTH("month"),
  /** A calendar quarter: January–March is Q1; labelled {@code 2026-Q4}; id {@code quarter}. */
  QUARTER("quarter");

  private final String id;

  Period(String id) {
    this.id = id;
  }

  /** @return the stable id used in serial forms, such as {@code iso-week} */
  public String id() {
    return id;
  }

  /**
   * @param id a period's id, as {@link #id()} gives it
   * @return the period with that id
   * @throws InvalidValueException naming the valid ids if no period has that id
   */
  public static Period ofId(String id) {
    return Ids.ofId("period", id, values(), Period::id);
  }

  /**
   * @param instant an instant, such as a response's {@code submittedAt}
   * @param zone the zone whose calendar the periods follow
   * @return the first day of the period holding the instant's local date in {@code zone}
   * @throws InvalidValueException if the instant's local date lies outside the years {@link
   *     LocalDate} can hold
   */
  public LocalDate start(Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    LocalDate date;
    try {
      date = LocalDate.ofInstant(instant, zone);
    } catch (DateTimeException e) {
      throw new InvalidValueException("instant", instant,
          "must have a local date in " + zone + " within years " + LocalDate.MIN.getYear() + ".."
              + LocalDate.MAX.getYear());
    }
    return start(date);
  }

  /**
   * @param date a day
   * @return the first day of the period holding it: the day itself, the Monday of its ISO week, the
   *     first of its month, or the first day of its quarter
   * @throws InvalidValueException if that Monday would fall before {@link LocalDate#MIN}
   */
  public LocalDate start(LocalDate date) {
    Objects.requireNonNull(date, "date");
    try {
      switch (this) {
        case DAY:
          return date;
        case ISO_WEEK:
          return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH:
          return date.withDayOfMonth(1);
        default:
          return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      }
    } catch (DateTimeException e) {
      throw outOfRange("date", date);
    }
  }

  /**
   * @param date a day
   * @return whether it is the first day of its period
   */
  public boolean isStart(LocalDate date) {
    Objects.requireNonNull(date, "date");
    switch (this) {
      case DAY:
        return true;
      case ISO_WEEK:
        return date.getDayOfWeek() == DayOfWeek.MONDAY;
      case MONTH:
        return date.getDayOfMonth() == 1;
      default:
        return date.getDayOfMonth() == 1 && (date.getMonthValue() - 1) % 3 == 0;
    }
  }

  /**
   * @param date a day
   * @return the first day of the period after the one holding {@code date}
   * @throws InvalidValueException if that day would lie after {@link LocalDate#MAX}
   */
  public LocalDate next(LocalDate date) {
    return shift(start(date), 1);
  }

  /**
   * @param date a day
   * @return the first day of the period before the one holding {@code date}
   * @throws InvalidValueException if that day would lie before {@link LocalDate#MIN}
   */
  public LocalDate previous(LocalDate date) {
    return shift(start(date), -1);
  }

  /**
   * @param date a day
   * @return the label of the period holding it: {@code 2026-11-30}, {@code 2026-W49} (ISO
   *     week-based year and week, two digits), {@code 2026-11} or {@code 2026-Q4}
   */
  public String label(LocalDate date) {
    Objects.requireNonNull(date, "date");
    switch (this) {
      case DAY:
        return date.toString();
      case ISO_WEEK:
        // The week-based year of the last days of LocalDate.MAX's year would be one past it.
        long weekYear = date.getLong(IsoFields.WEEK_BASED_YEAR);
        return String.format(Locale.ROOT, "%s-W%02d", year(weekYear),
            date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return String.format(Locale.ROOT, "%s-%02d", year(date.getYear()), date.getMonthValue());
      default:
        return year(date.getYear()) + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
    }
  }

  /**
   * @param from the first day of a period
   * @param to the first day of a period, not before {@code from}
   * @return how many periods lie from {@code from} up to {@code to}, so 0 for the same period
   */
  long between(LocalDate from, LocalDate to) {
    switch (this) {
      case DAY:
        return ChronoUnit.DAYS.between(from, to);
      case ISO_WEEK:
        return ChronoUnit.WEEKS.between(from, to);
      case MONTH:
        return ChronoUnit.MONTHS.between(from, to);
      default:
        return ChronoUnit.MONTHS.between(from, to) / 3;
    }
  }

  private LocalDate shift(LocalDate start, int periods) {
    try {
      switch (this) {
        case DAY:
          return start.plusDays(periods);
        case ISO_WEEK:
          return start.plusWeeks(periods);
        case MONTH:
          return start.plusMonths(periods);
        default:
          return start.plusMonths(3L * periods);
      }
    } catch (DateTimeException e) {
      throw outOfRange("date", start);
    }
  }

  /** ISO 8601 writes years with at least four digits, as {@link LocalDate#toString()} does. */
  private static String year(long year) {
    return year > 9999 ? "+" + year
        : (year < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d", Math.abs(year));
  }

  private InvalidValueException outOfRange(String field, LocalDate date) {
    return new InvalidValueException(field, date, "the " + id + " around it must lie within "
        + LocalDate.MIN + ".." + LocalDate.MAX);
  }
}
