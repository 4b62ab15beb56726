package io.cxkit.sample.internal;

import io.cxkit.journey.profile.CustomerProfile;
import java.time.Instant;
import java.time.ZoneId;

/** PLACEHOLDER: a customer's traits. */
public final class Traits {
  private final int index;

  private Traits(int index) {
    this.index = index;
  }

  /**
   * @param seed s
   * @param index i
   * @param customers n
   * @param start a
   * @param end b
   * @param zone z
   * @return traits
   */
  public static Traits of(long seed, int index, int customers, Instant start, Instant end,
      ZoneId zone) {
    return new Traits(index);
  }

  /**
   * @param index i
   * @return id
   */
  public static String customerId(int index) {
    return String.format("c-%08d", index);
  }

  /** @return profile */
  public CustomerProfile profile() {
    return CustomerProfile.of(customerId(index));
  }
}
