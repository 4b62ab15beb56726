package io.cxkit.journey.profile;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one customer: an id and typed attributes (country, plan, orders, signup
 * date, categories bought). Personas and segments are rules over these attributes.
 *
 * @param customerId the customer's id, as journey events and survey respondents name it
 * @param attributes the attributes by name (letters, digits, {@code _ . -}); copied, unmodifiable,
 *     in the order given
 */
public record CustomerProfile(String customerId, Map<String, AttributeValue> attributes) {

  /** @throws InvalidJourneyException if the id or an attribute name is malformed */
  public CustomerProfile {
    JourneyIds.requireCustomerId("customerId", Objects.requireNonNull(customerId, "customerId"));
    Objects.requireNonNull(attributes, "attributes");
    Map<String, AttributeValue> copy = new LinkedHashMap<>(attributes.size() * 2);
    for (Map.Entry<String, AttributeValue> entry : attributes.entrySet()) {
      String name = Objects.requireNonNull(entry.getKey(), "attributes key");
      AttributeValue value =
          Objects.requireNonNull(entry.getValue(), () -> "attributes[" + name + "]");
      if (!JourneyIds.isId(name)) {
        throw new InvalidJourneyException("attributes", JourneyIds.quote(name),
            "an attribute name " + JourneyIds.ID_RULE);
      }
      copy.put(name, value);
    }
    attributes = Collections.unmodifiableMap(copy);
  }

  /**
   * @param customerId the customer's id
   * @return a profile without attributes
   */
  public static CustomerProfile of(String customerId) {
    return new CustomerProfile(customerId, Map.of());
  }

  /**
   * @param name an attribute's name
   * @return its value, or empty if the profile lacks it
   */
  public Optional<AttributeValue> attribute(String name) {
    return Optional.ofNullable(attributes.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * @param name an attribute's name
   * @param value its value
   * @return this profile with that attribute set (replaced if present)
   */
  public CustomerProfile with(String name, AttributeValue value) {
    Map<String, AttributeValue> copy = new LinkedHashMap<>(attributes);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new CustomerProfile(customerId, copy);
  }
}
