package io.cxkit.survey.internal.io;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the instant of a timestamp cell, ISO-8601 or of a pattern, with the zone of the options for
 * a timestamp without an offset or zone. Immutable and thread-safe.
 *
 * <p>A local date-time is placed in the zone by {@link java.time.LocalDateTime#atZone}: a time in a
 * gap (clocks put forward, such as 02:30 on the last Sunday of March in Europe/Berlin) is moved
 * forward by the length of the gap (03:30 summer time); a time in an overlap (clocks put back, 02:30
 * on the last Sunday of October) takes the earlier offset (summer time). A date alone is the start
 * of that day in the zone ({@link LocalDate#atStartOfDay(ZoneId)}: midnight, or the first time
 * after a gap at midnight).
 */
public final class CsvTimestamps {

  /**
   * ISO-8601: a date ({@code 2026-11-30}), optionally followed by {@code T} (or, as databases
   * write it, a space) and a time of hours and minutes, optional seconds and fraction, then
   * optionally an offset ({@code Z}, {@code +01:00}, {@code +0100}, {@code +01}) and a zone in
   * brackets ({@code [Europe/Berlin]}).
   */
  private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .appendLiteral('T')
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart()
      // Lenient "+HH" takes +01, +0100, +01:00 and +01:00:30 alike (colons as the text has them);
      // a strict "+HH:MM:ss" would refuse the +0100 the builder documents.
      .parseLenient()
      .appendOffset("+HH", "Z")
      .parseStrict()
      .optionalEnd()
      .optionalStart()
      .appendLiteral('[')
      .parseCaseSensitive()
      .appendZoneRegionId()
      .appendLiteral(']')
      .optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT)
      .withChronology(IsoChronology.INSTANCE)
      .withResolverStyle(ResolverStyle.STRICT);

  private final DateTimeFormatter formatter;
  private final @Nullable String pattern;
  private final ZoneId zone;
  private final String rule;

  private CsvTimestamps(DateTimeFormatter formatter, @Nullable String pattern, ZoneId zone) {
    this.formatter = formatter;
    this.pattern = pattern;
    this.zone = zone;
    String in = shown(zone);
    this.rule = pattern == null
        ? "must be an ISO-8601 instant, date-time or date, such as 2026-11-30T09:15:00Z, "
            + "2026-11-30T10:15:00+01:00, 2026-11-30 10:15 or 2026-11-30 (without an offset: in "
            + in + ")"
        : "must be a date-time of the pattern " + pattern + " (without an offset or zone: in "
            + in + ")";
  }

  /**
   * @param zone the zone of timestamps without an offset or zone
   * @return ISO-8601 timestamps
   */
  public static CsvTimestamps iso(ZoneId zone) {
    return new CsvTimestamps(ISO, null, zone);
  }

  /**
   * @param pattern a {@link DateTimeFormatter} pattern, read with {@link Locale#ROOT} (so month
   *     names are English) and strictly (a 31 February is refused, not moved to the 28th); {@code
   *     yyyy} needs no era
   * @param zone the zone of timestamps without an offset or zone
   * @return timestamps of that pattern
   * @throws InvalidValueException if the pattern is not one
   */
  public static CsvTimestamps pattern(String pattern, ZoneId zone) {
    DateTimeFormatter formatter;
    try {
      formatter = new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern(pattern)
          // STRICT resolving needs an era for the year-of-era of "yyyy"; all exports are in AD.
          .parseDefaulting(ChronoField.ERA, 1)
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("pattern", Ids.quote(pattern),
          "must be a java.time.format.DateTimeFormatter pattern such as dd.MM.yyyy HH:mm: "
              + e.getMessage());
    }
    return new CsvTimestamps(formatter, pattern, zone);
  }

  /**
   * @param cell a timestamp, not blank
   * @return its instant
   * @throws InvalidValueException at field {@code submittedAt} if it is not a timestamp of this
   *     form, or holds no date
   */
  public Instant parse(String cell) {
    return parse(cell, "submittedAt");
  }

  /**
   * @param cell a timestamp, not blank
   * @param field the field it gives, for the message, such as {@code at}
   * @return its instant
   * @throws InvalidValueException at that field if it is not a timestamp of this form, or holds
   *     no date
   */
  public Instant parse(String cell, String field) {
    String text = cell.strip();
    if (pattern == null && text.length() > 10 && text.charAt(10) == ' ') {
      text = text.substring(0, 10) + 'T' + text.substring(11);
    }
    try {
      TemporalAccessor parsed = formatter.parse(text);
      if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
        return Instant.from(parsed);
      }
      LocalDate date = parsed.query(TemporalQueries.localDate());
      if (date == null) {
        throw new InvalidValueException(field, Ids.quote(cell), rule
            + "; the pattern gives no date");
      }
      LocalTime time = parsed.query(TemporalQueries.localTime());
      ZoneId in = parsed.query(TemporalQueries.zone());
      ZoneId where = in != null ? in : zone;
      return time == null ? date.atStartOfDay(where).toInstant()
          : date.atTime(time).atZone(where).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidValueException(field, Ids.quote(cell), rule);
    }
  }

  /** @return the zone of timestamps without one */
  public ZoneId zone() {
    return zone;
  }

  /** @return the zone as messages name it: {@code UTC} rather than {@code Z} */
  private static String shown(ZoneId zone) {
    return zone.equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  @Override
  public String toString() {
    return (pattern == null ? "ISO-8601" : pattern) + " in " + shown(zone);
  }
}
