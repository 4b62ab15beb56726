package io.cxkit.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CohortPeriods} agrees with cx-survey's {@link Period} (which goes through {@link
 * LocalDate}) for instants across the years 1..9999, and numbers consecutive periods
 * consecutively.
 */
class CohortPeriodsProperties {
  private static final ZoneId[] ZONES = {ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/Los_Angeles"), ZoneId.of("Pacific/Kiritimati"), ZoneOffset.ofHours(-12),
      ZoneId.of("Australia/Lord_Howe")};

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(LocalDate.of(1, 1, 2).toEpochDay() * 86_400,
        LocalDate.of(9999, 12, 30).toEpochDay() * 86_400).map(Instant::ofEpochSecond);
  }

  @Property(tries = 2000)
  void agreesWithPeriodStart(@ForAll("instants") Instant at,
      @ForAll("periods") Period period, @ForAll("zones") ZoneId zone) {
    long day = CohortPeriods.epochDay(at, zone.getRules());
    int id = CohortPeriods.id(period, day);

    assertThat(day).isEqualTo(LocalDate.ofInstant(at, zone).toEpochDay());
    assertThat(CohortPeriods.start(period, id)).isEqualTo(period.start(at, zone));
    assertThat(CohortPeriods.id(period, period.start(at, zone))).isEqualTo(id);
    if (CohortPeriods.start(period, id).isBefore(LocalDate.of(9999, 10, 1))) {
      assertThat(CohortPeriods.id(period, period.next(period.start(at, zone)))).isEqualTo(id + 1);
    }
  }

  @Provide
  Arbitrary<Period> periods() {
    return Arbitraries.of(Period.values());
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  @Example
  void refusesDatesOutsideTheYearsOneToNineThousandNineHundredNinetyNine() {
    // 9999-12-31T23:30Z is 10000-01-01 in Berlin; 0001-01-01T00:30Z is 0000-12-31 in Los Angeles.
    assertThat(CohortPeriods.epochDay(Instant.parse("9999-12-31T23:30:00Z"),
        ZoneId.of("Europe/Berlin").getRules())).isEqualTo(Long.MIN_VALUE);
    assertThat(CohortPeriods.epochDay(Instant.parse("0001-01-01T00:30:00Z"),
        ZoneId.of("America/Los_Angeles").getRules())).isEqualTo(Long.MIN_VALUE);
    assertThat(CohortPeriods.epochDay(Instant.MAX, ZoneOffset.UTC.getRules()))
        .isEqualTo(Long.MIN_VALUE);
    // 1970-01-05 was a Monday: week 1; 1970-01-04, a Sunday, is in week 0.
    assertThat(CohortPeriods.id(Period.ISO_WEEK, LocalDate.of(1970, 1, 5))).isEqualTo(1);
    assertThat(CohortPeriods.id(Period.ISO_WEEK, LocalDate.of(1970, 1, 4))).isZero();
    // Months: 2026 × 12 + 2 for March 2026; quarters: 2026 × 4 + 3 for Q4.
    assertThat(CohortPeriods.id(Period.MONTH, LocalDate.of(2026, 3, 31))).isEqualTo(24314);
    assertThat(CohortPeriods.id(Period.QUARTER, LocalDate.of(2026, 11, 30))).isEqualTo(8107);
    assertThat(CohortPeriods.inRange(LocalDate.of(10000, 1, 1))).isFalse();
  }
}
