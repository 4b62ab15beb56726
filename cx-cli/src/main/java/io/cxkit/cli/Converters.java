package io.cxkit.cli;

import io.cxkit.cli.report.GroupBy;
import io.cxkit.core.CxException;
import io.cxkit.survey.summary.Period;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli's converters of the options' values, each with a message that says what is accepted;
 * picocli puts the option's name and the value before it.
 */
final class Converters {
  private Converters() {}

  /** {@code day}, {@code week} (ISO week, Monday start) or {@code month}. */
  static final class PeriodConverter implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "day" -> Period.DAY;
        case "week" -> Period.ISO_WEEK;
        case "month" -> Period.MONTH;
        default -> throw new TypeConversionException("'" + value + "' must be day, week or month");
      };
    }
  }

  /** A grouping's id, as {@link GroupBy#ofId} reads it. */
  static final class GroupByConverter implements ITypeConverter<GroupBy> {
    @Override
    public GroupBy convert(String value) {
      try {
        return GroupBy.ofId(value.toLowerCase(Locale.ROOT));
      } catch (CxException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A zone id such as {@code Europe/Berlin}, {@code UTC} or {@code +02:00}. */
  static final class ZoneConverter implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a zone id such as Europe/Berlin, UTC or +02:00");
      }
    }
  }

  /** A day, {@code 2026-03-01}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date such as 2026-03-01");
      }
    }
  }

  /**
   * A duration: ISO-8601 ({@code PT1H}, {@code P7D}) or a number with a unit, {@code 90s},
   * {@code 30m}, {@code 2h}, {@code 7d} or {@code 2w}.
   */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhdw])");

    @Override
    public Duration convert(String value) {
      Matcher m = SHORT.matcher(value.toLowerCase(Locale.ROOT));
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          case "d" -> Duration.ofDays(n);
          default -> Duration.ofDays(7 * n);
        };
      }
      try {
        return Duration.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "'"
            + " is not a duration such as PT1H, P7D, 90s, 30m, 2h, 7d or 2w");
      }
    }
  }

  /**
   * Reads {@code --as-of}: an instant with an offset ({@code 2026-12-31T23:00:00Z}), a local
   * date-time in the zone, or a date, meaning midnight at its start in the zone ({@code
   * 2027-01-01}: the end of 2026, as the sample's end is).
   *
   * @param value the option's value
   * @param zone the report's zone
   * @return the instant
   * @throws IllegalArgumentException saying what is accepted, when the value is none of them
   */
  static Instant asOf(String value, ZoneId zone) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(value).atZone(zone).toInstant();
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(value).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notDate) {
          throw new IllegalArgumentException("--as-of " + value + ": is not an instant"
              + " (2026-12-31T23:00:00Z), a date-time in the zone (2026-12-31T23:00) or a date"
              + " (2027-01-01, its midnight in the zone)");
        }
      }
    }
  }
}
