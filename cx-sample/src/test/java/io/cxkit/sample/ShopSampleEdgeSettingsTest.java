package io.cxkit.sample;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample's promises ({@link SampleInvariants}) at the edges of its settings: the fewest
 * customers, the shortest and longest periods, starts on a change of summer time, zones far from
 * UTC or with half and quarter hours, a day that does not exist, and the first and last years.
 */
class ShopSampleEdgeSettingsTest {

  static Stream<Arguments> settings() {
    return Stream.of(
        // One and two customers: the heap empties and the next customer arrives days later.
        sample(1, 1, 12, LocalDate.of(2026, 1, 1), "Europe/Berlin", "one customer"),
        sample(2, 2, 1, LocalDate.of(2026, 1, 1), "Europe/Berlin", "two customers, one month"),
        sample(3, 999, 1, LocalDate.of(2026, 2, 1), "Europe/Berlin", "999 in February"),
        sample(4, 200, 36, LocalDate.of(2026, 1, 1), "Europe/Berlin", "36 months"),
        // Berlin's clocks go forward at 02:00 on 29 March 2026 and back at 03:00 on 25 October.
        sample(5, 300, 1, LocalDate.of(2026, 3, 29), "Europe/Berlin", "summer time starts"),
        sample(6, 300, 1, LocalDate.of(2026, 10, 25), "Europe/Berlin", "summer time ends"),
        // UTC+14: the start instant is the day before in UTC.
        sample(7, 300, 2, LocalDate.of(2026, 1, 1), "Pacific/Kiritimati", "UTC+14"),
        // UTC−3:30 with summer time; UTC+5:45.
        sample(8, 300, 13, LocalDate.of(2026, 3, 1), "America/St_Johns", "UTC-3:30"),
        sample(9, 300, 2, LocalDate.of(2026, 1, 1), "Asia/Kathmandu", "UTC+5:45"),
        // Samoa skipped 30 December 2011: the first day is the 31st.
        sample(10, 200, 1, LocalDate.of(2011, 12, 30), "Pacific/Apia",
            "starts on a day that is not"),
        // From 3 December the last sign-ups fall on day 27, the skipped 30 December (Samoa) and
        // 31 December 1994 (Kiribati's Line Islands): they sign up on the day after.
        sample(42, 300, 1, LocalDate.of(2011, 12, 3), "Pacific/Apia",
            "sign-ups on a day that is not"),
        sample(42, 300, 1, LocalDate.of(1994, 12, 3), "Pacific/Kiritimati",
            "sign-ups on a day that is not in UTC+14"),
        // Santiago's clocks go from 00:00 to 01:00 on 6 September 2026: no midnight.
        sample(11, 200, 1, LocalDate.of(2026, 9, 6), "America/Santiago", "no midnight"),
        // The first year in UTC+14 starts before the epoch; the last runs into 9003.
        sample(12, 200, 3, LocalDate.of(1970, 1, 1), "Pacific/Kiritimati", "1970"),
        sample(13, 200, 36, LocalDate.of(9000, 12, 1), "Asia/Kathmandu", "9000 + 36 months"));
  }

  private static Arguments sample(long seed, int customers, int months, LocalDate start,
      String zone, String what) {
    return Arguments.of(what, ShopSample.builder().seed(seed).customers(customers)
        .months(months).start(start).zone(zone).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void everyRecordKeepsTheSamplesPromises(String what, ShopSample sample) {
    SampleInvariants.check(sample);
  }
}
