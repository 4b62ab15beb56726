package io.cxkit.journey.internal;

import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.InvalidJourneyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The groups of the analyses that break their counts down by customer group: asks a customer's group once, numbers each group label 0,
 * 1, 2… in the order first seen, and refuses, before anything changes, a blank label or one group
 * more than the maximum (a grouping with a value per customer, an e-mail or an id, groups nothing
 * and would keep counts for each). Not thread-safe.
 */
public final class GroupIndex {
  /** No group: the customer is counted in the totals only. */
  public static final int NO_GROUP = -1;

  private final @Nullable CustomerGroups groups;
  private final int maxGroups;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> labels = new ArrayList<>();

  /**
   * @param groups the group of each customer, or null when the analysis has no groups
   * @param maxGroups the most groups it may open
   */
  public GroupIndex(@Nullable CustomerGroups groups, int maxGroups) {
    this.groups = groups;
    this.maxGroups = maxGroups;
  }

  /**
   * Asks for a new customer's group and opens it if it is new; call it once the customer's event
   * has passed every other check, so that a refusal here is the last that can happen.
   *
   * @param customerId the customer
   * @return the group's number, or {@link #NO_GROUP}
   * @throws InvalidJourneyException if the label is blank or would open a group too many; nothing
   *     changes
   */
  public int numberOf(String customerId) {
    if (groups == null) {
      return NO_GROUP;
    }
    String label = groups.groupOf(customerId);
    if (label == null) {
      return NO_GROUP;
    }
    Integer number = numbers.get(label);
    if (number != null) {
      return number;
    }
    if (label.isBlank()) {
      throw new InvalidJourneyException("group of customer " + JourneyIds.quote(customerId),
          JourneyIds.quote(label), "a group's label must not be blank");
    }
    if (labels.size() == maxGroups) {
      throw new InvalidJourneyException("group of customer " + JourneyIds.quote(customerId),
          JourneyIds.quote(label), "would open group " + (maxGroups + 1) + " of at most "
              + maxGroups + " (maxGroups): a grouping with a value per customer groups nothing;"
              + " choose a coarser one or raise maxGroups");
    }
    return open(label);
  }

  /**
   * Numbers a label the analysis derives itself from a closed set, such as the id of a customer's
   * first channel: neither blank nor too many, so unchecked.
   *
   * @param label the label
   * @return its number, given now if it is new
   */
  public int numberOfLabel(String label) {
    Integer number = numbers.get(Objects.requireNonNull(label, "label"));
    return number != null ? number : open(label);
  }

  private int open(String label) {
    labels.add(label);
    numbers.put(label, labels.size() - 1);
    return labels.size() - 1;
  }

  /** @return the number of groups opened */
  public int size() {
    return labels.size();
  }

  /**
   * @param number a group's number
   * @return its label
   */
  public String label(int number) {
    return labels.get(Objects.checkIndex(number, labels.size()));
  }
}
