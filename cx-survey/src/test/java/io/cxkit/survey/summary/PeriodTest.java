package io.cxkit.survey.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Calendar periods. Weekdays and ISO weeks checked against the calendar: 2026-01-01 is a Thursday,
 * so 2026 has 53 ISO weeks (ISO 8601: a year has week 53 when it starts on a Thursday), and
 * week 53 runs from Monday 2026-12-28 to Sunday 2027-01-03.
 */
class PeriodTest {
  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void labelsFollowIso8601() {
    LocalDate monday = date("2026-11-30");
    assertThat(Period.DAY.label(monday)).isEqualTo("2026-11-30");
    // 2026-11-30 is the Monday of week 49: week 1 starts Monday 2025-12-29, and 2025-12-29 + 48
    // weeks = 2026-11-30.
    assertThat(Period.ISO_WEEK.label(monday)).isEqualTo("2026-W49");
    assertThat(Period.ISO_WEEK.label(date("2026-01-05"))).isEqualTo("2026-W02");
    assertThat(Period.MONTH.label(monday)).isEqualTo("2026-11");
    assertThat(Period.QUARTER.label(monday)).isEqualTo("2026-Q4");
    assertThat(Period.QUARTER.label(date("2026-03-31"))).isEqualTo("2026-Q1");
    assertThat(Period.QUARTER.label(date("2026-04-01"))).isEqualTo("2026-Q2");
    // Years beyond four digits carry a sign, as LocalDate#toString writes them.
    assertThat(Period.MONTH.label(date("+10000-01-15"))).isEqualTo("+10000-01");
    assertThat(Period.QUARTER.label(LocalDate.of(-1, 5, 1))).isEqualTo("-0001-Q2");
  }

  @Test
  void isoWeeksAcrossTheYearBoundary() {
    // Thursday 2026-12-31 and Friday 2027-01-01 are both in 2026-W53, whose Monday is 2026-12-28.
    for (String day : new String[] {"2026-12-28", "2026-12-31", "2027-01-01", "2027-01-03"}) {
      assertThat(Period.ISO_WEEK.start(date(day))).as(day).isEqualTo(date("2026-12-28"));
      assertThat(Period.ISO_WEEK.label(date(day))).as(day).isEqualTo("2026-W53");
    }
    // Monday 2027-01-04 starts 2027-W01.
    assertThat(Period.ISO_WEEK.start(date("2027-01-04"))).isEqualTo(date("2027-01-04"));
    assertThat(Period.ISO_WEEK.label(date("2027-01-04"))).isEqualTo("2027-W01");
    assertThat(Period.ISO_WEEK.next(date("2026-12-31"))).isEqualTo(date("2027-01-04"));
    assertThat(Period.ISO_WEEK.previous(date("2027-01-06"))).isEqualTo(date("2026-12-28"));
    // The other way round: Monday 2025-12-29 is already in 2026-W01.
    assertThat(Period.ISO_WEEK.label(date("2025-12-29"))).isEqualTo("2026-W01");
    assertThat(Period.ISO_WEEK.label(date("2025-12-28"))).isEqualTo("2025-W52");
  }

  @Test
  void startsNextAndPrevious() {
    LocalDate d = date("2026-08-17");
    assertThat(Period.DAY.start(d)).isEqualTo(d);
    assertThat(Period.ISO_WEEK.start(d)).isEqualTo(d); // a Monday
    assertThat(Period.ISO_WEEK.start(date("2026-08-23"))).isEqualTo(d); // the Sunday after
    assertThat(Period.MONTH.start(d)).isEqualTo(date("2026-08-01"));
    assertThat(Period.QUARTER.start(d)).isEqualTo(date("2026-07-01"));
    assertThat(Period.QUARTER.start(date("2026-12-31"))).isEqualTo(date("2026-10-01"));
    assertThat(Period.QUARTER.next(date("2026-11-15"))).isEqualTo(date("2027-01-01"));
    assertThat(Period.QUARTER.previous(date("2026-02-01"))).isEqualTo(date("2025-10-01"));
    assertThat(Period.MONTH.next(date("2026-01-31"))).isEqualTo(date("2026-02-01"));
    assertThat(Period.MONTH.previous(date("2026-03-31"))).isEqualTo(date("2026-02-01"));
    assertThat(Period.DAY.next(date("2028-02-28"))).isEqualTo(date("2028-02-29"));
    assertThat(Period.QUARTER.isStart(date("2026-10-01"))).isTrue();
    assertThat(Period.QUARTER.isStart(date("2026-11-01"))).isFalse();
    assertThat(Period.ISO_WEEK.isStart(date("2026-12-28"))).isTrue();
    assertThat(Period.ISO_WEEK.isStart(date("2027-01-01"))).isFalse();
    assertThat(Period.MONTH.isStart(date("2026-02-01"))).isTrue();
  }

  @Test
  void instantsFallOnTheirLocalDateInTheZoneGiven() {
    // 23:30Z is 00:30 the next day in Berlin (CET, UTC+1 in winter).
    Instant lateMonday = Instant.parse("2026-11-30T23:30:00Z");
    assertThat(Period.DAY.start(lateMonday, UTC)).isEqualTo(date("2026-11-30"));
    assertThat(Period.DAY.start(lateMonday, BERLIN)).isEqualTo(date("2026-12-01"));
    assertThat(Period.MONTH.start(lateMonday, UTC)).isEqualTo(date("2026-11-01"));
    assertThat(Period.MONTH.start(lateMonday, BERLIN)).isEqualTo(date("2026-12-01"));
    // New Year's morning in UTC is still 2026-12-31 in Los Angeles (UTC−8): Q4, not Q1.
    Instant newYear = Instant.parse("2027-01-01T05:00:00Z");
    assertThat(Period.QUARTER.label(Period.QUARTER.start(newYear, UTC))).isEqualTo("2027-Q1");
    assertThat(Period.QUARTER.label(Period.QUARTER.start(newYear, ZoneId.of("America/Los_Angeles"))))
        .isEqualTo("2026-Q4");
  }

  @Test
  void daylightSavingDaysHaveTheirOwnLength() {
    // Berlin springs forward on 2026-03-29 at 01:00Z (02:00 CET → 03:00 CEST): that day runs from
    // 2026-03-28T23:00Z to 2026-03-29T22:00Z, 23 hours.
    assertThat(Period.DAY.start(Instant.parse("2026-03-28T22:59:59Z"), BERLIN))
        .isEqualTo(date("2026-03-28"));
    assertThat(Period.DAY.start(Instant.parse("2026-03-28T23:00:00Z"), BERLIN))
        .isEqualTo(date("2026-03-29"));
    assertThat(Period.DAY.start(Instant.parse("2026-03-29T21:59:59Z"), BERLIN))
        .isEqualTo(date("2026-03-29"));
    assertThat(Period.DAY.start(Instant.parse("2026-03-29T22:00:00Z"), BERLIN))
        .isEqualTo(date("2026-03-30"));
    // It falls back on 2026-10-25 at 01:00Z (03:00 CEST → 02:00 CET): that day runs from
    // 2026-10-24T22:00Z to 2026-10-25T23:00Z, 25 hours.
    assertThat(Period.DAY.start(Instant.parse("2026-10-24T21:59:59Z"), BERLIN))
        .isEqualTo(date("2026-10-24"));
    assertThat(Period.DAY.start(Instant.parse("2026-10-24T22:00:00Z"), BERLIN))
        .isEqualTo(date("2026-10-25"));
    assertThat(Period.DAY.start(Instant.parse("2026-10-25T22:59:59Z"), BERLIN))
        .isEqualTo(date("2026-10-25"));
    assertThat(Period.DAY.start(Instant.parse("2026-10-25T23:00:00Z"), BERLIN))
        .isEqualTo(date("2026-10-26"));
  }

  @Test
  void idsAndTheEdgesOfTheCalendar() {
    assertThat(Period.ofId("iso-week")).isEqualTo(Period.ISO_WEEK);
    assertThat(Period.QUARTER.id()).isEqualTo("quarter");
    assertThatThrownBy(() -> Period.ofId("week")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"day\", \"iso-week\", \"month\", \"quarter\"");
    // Instant.MAX is in year 1 000 000 000, beyond LocalDate.MAX: a typed error, not a
    // DateTimeException.
    assertThatThrownBy(() -> Period.DAY.start(Instant.MAX, UTC))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("instant");
    assertThatThrownBy(() -> Period.DAY.next(LocalDate.MAX)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Period.MONTH.previous(LocalDate.MIN))
        .isInstanceOf(InvalidValueException.class);
    // LocalDate.MIN (−999999999-01-01) is a Monday, so its week starts on it; the week before
    // does not exist.
    assertThat(Period.ISO_WEEK.start(LocalDate.MIN)).isEqualTo(LocalDate.MIN);
    assertThatThrownBy(() -> Period.ISO_WEEK.previous(LocalDate.MIN))
        .isInstanceOf(InvalidValueException.class);
    // LocalDate.MAX (999999999-12-31) is a Friday in the last week of its week-based year.
    assertThat(Period.ISO_WEEK.label(LocalDate.MAX)).startsWith("+999999999-W");
  }
}
