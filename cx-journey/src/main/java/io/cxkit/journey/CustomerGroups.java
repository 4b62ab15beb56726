package io.cxkit.journey;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The group of each customer for a breakdown: a persona's id, a segment, a country. Analyses ask it
 * once per customer; a customer without a group (null) is counted in no group but in the totals.
 */
@FunctionalInterface
public interface CustomerGroups {

  /**
   * @param customerId a customer's id
   * @return the customer's group, or null when the customer has none
   */
  @Nullable String groupOf(String customerId);

  /**
   * @param groups the group of each customer; copied
   * @return groups looked up in that map
   */
  static CustomerGroups of(Map<String, String> groups) {
    Map<String, String> copy = Map.copyOf(Objects.requireNonNull(groups, "groups"));
    return copy::get;
  }
}
