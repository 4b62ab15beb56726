package io.cxkit.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;

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
 * {@link PeriodIds} agrees with cx-survey's {@link Period} (which goes through {@link
 * LocalDate}) for instants across the years 1..9999, and numbers consecutive periods
 * consecutively.
 */
class PeriodIdsProperties {
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
    int id = new PeriodIds(period, zone).idOf(at, "at");

    assertThat(id).isEqualTo(PeriodIds.id(period, LocalDate.ofInstant(at, zone), "day"));
    assertThat(PeriodIds.start(period, id)).isEqualTo(period.start(at, zone));
    assertThat(PeriodIds.id(period, period.start(at, zone), "start")).isEqualTo(id);
    if (PeriodIds.start(period, id).isBefore(LocalDate.of(9999, 10, 1))) {
      assertThat(PeriodIds.id(period, period.next(period.start(at, zone)), "next"))
          .isEqualTo(id + 1);
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
    assertThatThrownBy(() -> new PeriodIds(Period.DAY, ZoneId.of("Europe/Berlin"))
        .idOf(Instant.parse("9999-12-31T23:30:00Z"), "at"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("at = 9999-12-31T23:30:00Z: must have a local date in Europe/Berlin within"
            + " the years 1..9999");
    assertThatThrownBy(() -> new PeriodIds(Period.MONTH, ZoneId.of("America/Los_Angeles"))
        .idOf(Instant.parse("0001-01-01T00:30:00Z"), "asOf"))
        .isInstanceOf(InvalidJourneyException.class).hasMessageStartingWith("asOf = ");
    assertThatThrownBy(() -> new PeriodIds(Period.DAY, ZoneOffset.UTC).idOf(Instant.MAX, "at"))
        .isInstanceOf(InvalidJourneyException.class);
    assertThatThrownBy(() -> PeriodIds.id(Period.MONTH, LocalDate.of(10000, 1, 1), "from"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("from = +10000-01-01: must lie within the years 1..9999");
    // 1970-01-05 was a Monday: week 1; 1970-01-04, a Sunday, is in week 0.
    assertThat(PeriodIds.id(Period.ISO_WEEK, LocalDate.of(1970, 1, 5), "d")).isEqualTo(1);
    assertThat(PeriodIds.id(Period.ISO_WEEK, LocalDate.of(1970, 1, 4), "d")).isZero();
    // Months: 2026 × 12 + 2 for March 2026; quarters: 2026 × 4 + 3 for Q4.
    assertThat(PeriodIds.id(Period.MONTH, LocalDate.of(2026, 3, 31), "d")).isEqualTo(24314);
    assertThat(PeriodIds.id(Period.QUARTER, LocalDate.of(2026, 11, 30), "d")).isEqualTo(8107);
    assertThat(PeriodIds.inRange(LocalDate.of(10000, 1, 1))).isFalse();
  }

  @Example
  void convertsInstantsToMicrosecondsAndChecksEachCustomersOrder() {
    Instant at = Instant.parse("2026-03-02T10:00:00.000001999Z");
    long micros = PeriodIds.micros(at, "at");

    // 1 772 445 600 s since 1970 (2026-03-02T10:00Z), in microseconds, plus 1 µs (999 ns cut).
    assertThat(micros).isEqualTo(1_772_445_600_000_001L);
    assertThat(PeriodIds.instant(micros)).isEqualTo(Instant.parse("2026-03-02T10:00:00.000001Z"));
    // 36 h apart: 1.5 days of 86 400 s.
    assertThat(PeriodIds.days(micros, micros + 129_600_000_000L)).isEqualTo(1.5);
    assertThatThrownBy(() -> PeriodIds.micros(Instant.MAX, "at"))
        .isInstanceOf(InvalidJourneyException.class).hasMessageStartingWith("at = ");
    PeriodIds.requireInOrder("a", at, micros, PeriodIds.NO_INSTANT);
    PeriodIds.requireInOrder("a", at, micros, micros);
    assertThatThrownBy(() -> PeriodIds.requireInOrder("a", at, micros, micros + 1))
        .isInstanceOf(EventOrderException.class)
        .hasMessageContaining("is before the customer's previous event");
  }
}
