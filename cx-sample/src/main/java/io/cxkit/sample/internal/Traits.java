package io.cxkit.sample.internal;

import io.cxkit.journey.io.AttributeType;
import io.cxkit.journey.profile.CustomerProfile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Instant;
import java.time.ZoneId;

/** PLACEHOLDER: a customer's traits. */
public final class Traits {
  /** The profile attributes in the order written, with their types (for CSV). */
  public static final Map<String, AttributeType> ATTRIBUTES = attributes();

  private final int index;

  private static Map<String, AttributeType> attributes() {
    Map<String, AttributeType> map = new LinkedHashMap<>();
    map.put("signed-up", AttributeType.DATE);
    map.put("country", AttributeType.TEXT);
    map.put("language", AttributeType.TEXT);
    map.put("age", AttributeType.NUMBER);
    map.put("device", AttributeType.TEXT);
    map.put("acquisition", AttributeType.TEXT);
    map.put("interests", AttributeType.SET);
    map.put("checkout-variant", AttributeType.TEXT);
    map.put("member-since", AttributeType.DATE);
    return java.util.Collections.unmodifiableMap(map);
  }

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
