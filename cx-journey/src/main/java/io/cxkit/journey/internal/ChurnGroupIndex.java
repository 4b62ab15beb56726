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
 * The groups of the churn and lifetime analyses: numbers each group label 0, 1, 2… in the order
 * first seen and refuses, before anything changes, a blank label or one group more than the
 * maximum. Not thread-safe.
 */
public final class ChurnGroupIndex {
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
  public ChurnGroupIndex(@Nullable CustomerGroups groups, int maxGroups) {
    this.groups = groups;
    this.maxGroups = maxGroups;
  }

  /**
   * Asks for a new customer's group, without opening it.
   *
   * @param customerId the customer
   * @return the label, or null for none
   * @throws InvalidJourneyException if the label is blank or would open a group too many
   */
  public @Nullable String labelOf(String customerId) {
    if (groups == null) {
      return null;
    }
    String label = groups.groupOf(customerId);
    if (label == null) {
      return null;
    }
    if (label.isBlank()) {
      throw new InvalidJourneyException("group of customer " + JourneyIds.quote(customerId),
          JourneyIds.quote(label), "a group's label must not be blank");
    }
    if (labels.size() == maxGroups && !numbers.containsKey(label)) {
      throw new InvalidJourneyException("group of customer " + JourneyIds.quote(customerId),
          JourneyIds.quote(label), "would open group " + (maxGroups + 1) + " of at most "
              + maxGroups + " (maxGroups): a grouping with a value per customer groups nothing;"
              + " choose a coarser one or raise maxGroups");
    }
    return label;
  }

  /**
   * @param label a label {@link #labelOf} gave, or null
   * @return its number, opened now if new; {@link #NO_GROUP} for null
   */
  public int open(@Nullable String label) {
    if (label == null) {
      return NO_GROUP;
    }
    Integer number = numbers.get(label);
    if (number != null) {
      return number;
    }
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
