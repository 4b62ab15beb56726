package io.cxkit.journey.internal;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.survey.summary.Period;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Calendar periods as dense ints for the churn and lifetime analyses, and instants as epoch
 * microseconds, so that per-customer state is a few primitives. A period is numbered from its first
 * day: a day by its epoch day, an ISO week by ⌊epoch day of its Monday / 7⌋, a month by year × 12 +
 * month − 1, a quarter by year × 4 + quarter − 1; consecutive periods have consecutive numbers.
 * An instance converts instants in one zone and remembers the last period it found, so that events
 * mostly in time order cost two comparisons each and allocate nothing. Not thread-safe.
 */
public final class ChurnPeriods {
  /** No instant yet: below every instant {@link #micros} gives. */
  public static final long NO_INSTANT = Long.MIN_VALUE;

  private static final String ORDER_RULE = "is earlier than the customer's previous event; an"
      + " analysis takes each customer's events in time order (the journey readers reorder small"
      + " disorder)";

  private final Period period;
  private final ZoneId zone;
  private long cachedFrom = Long.MAX_VALUE;
  private long cachedUntil = Long.MIN_VALUE;
  private int cachedId;

  /**
   * @param period the calendar period
   * @param zone the zone whose calendar it follows
   */
  public ChurnPeriods(Period period, ZoneId zone) {
    this.period = Objects.requireNonNull(period, "period");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * @param at an instant
   * @return the number of the period holding it in this zone
   * @throws InvalidJourneyException if the period's number does not fit an int
   */
  public int idOf(Instant at) {
    long second = at.getEpochSecond();
    if (second >= cachedFrom && second < cachedUntil) {
      return cachedId;
    }
    LocalDate start;
    long lower;
    long upper;
    try {
      start = period.start(LocalDate.ofInstant(at, zone));
      lower = start.atStartOfDay(zone).toEpochSecond();
      upper = period.next(start).atStartOfDay(zone).toEpochSecond();
    } catch (DateTimeException | io.cxkit.core.InvalidValueException e) {
      throw new InvalidJourneyException("at", at, "must lie in a " + period.id() + " of years "
          + LocalDate.MIN.getYear() + ".." + LocalDate.MAX.getYear() + " in " + zone);
    }
    int id = id(period, start);
    cachedFrom = lower;
    cachedUntil = upper;
    cachedId = id;
    return id;
  }

  /**
   * @param period the calendar period
   * @param start a day, the first of its period
   * @return the period's number
   * @throws InvalidJourneyException if it does not fit an int
   */
  public static int id(Period period, LocalDate start) {
    long id = switch (period) {
      case DAY -> start.toEpochDay();
      case ISO_WEEK -> Math.floorDiv(start.toEpochDay(), 7);
      case MONTH -> start.getYear() * 12L + start.getMonthValue() - 1;
      case QUARTER -> start.getYear() * 4L + (start.getMonthValue() - 1) / 3;
    };
    if (id != (int) id || id == Integer.MIN_VALUE || id > Integer.MAX_VALUE / 2) {
      throw new InvalidJourneyException("period", start, "must lie within about 2^30 " + period.id()
          + "s of 1970 to be numbered");
    }
    return (int) id;
  }

  /**
   * @param period the calendar period
   * @param id a number {@link #id} gave
   * @return the first day of that period
   */
  public static LocalDate start(Period period, int id) {
    return switch (period) {
      case DAY -> LocalDate.ofEpochDay(id);
      // Mondays are 4 days after a multiple of 7 from the epoch, a Thursday.
      case ISO_WEEK -> LocalDate.ofEpochDay(id * 7L + 4);
      case MONTH -> LocalDate.of(Math.floorDiv(id, 12), Math.floorMod(id, 12) + 1, 1);
      case QUARTER -> LocalDate.of(Math.floorDiv(id, 4), Math.floorMod(id, 4) * 3 + 1, 1);
    };
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
