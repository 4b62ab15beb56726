package io.cxkit.sample;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The sample's promises ({@link SampleInvariants}) for any seed, number of customers, period,
 * start and zone; few customers and tries, so that the build stays quick.
 */
class ShopSampleProperties {
  private static final String[] ZONES = {"Europe/Berlin", "Pacific/Kiritimati",
      "America/St_Johns", "Asia/Kathmandu", "Pacific/Apia", "America/Santiago",
      "Australia/Lord_Howe", "Pacific/Marquesas", "UTC"};

  @Property(tries = 25)
  void anySettingsKeepThePromises(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 120) int customers,
      @ForAll @IntRange(min = 1, max = 36) int months,
      @ForAll @IntRange(min = 0, max = 2_557_000) int day,
      @ForAll @IntRange(min = 0, max = 8) int zone) {
    // Days from 1970-01-01 to within 9000 (2 557 000 days is about the year 8970).
    LocalDate start = LocalDate.ofEpochDay(day);
    SampleInvariants.check(ShopSample.builder().seed(seed).customers(customers).months(months)
        .start(start).zone(ZONES[zone]).build());
  }
}
