package io.cxkit.journey.profile;

import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.CustomerIndex;
import io.cxkit.journey.internal.JourneyIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The group of every customer whose profile was streamed through a {@link ProfileGrouping} (a
 * {@link PersonaClassifier}, a {@link Segmentation}), as the {@link CustomerGroups} that funnel,
 * exit and path breakdowns ask, with each group's count and share of the customers.
 *
 * <p>Compact: the customer ids in an open-addressing table and a group number per customer, about
 * 16 bytes per customer besides the id strings themselves (a {@code HashMap<String, String>} costs
 * about 48 more), and one entry per distinct group. Immutable once built and safe to share between
 * threads.
 */
public final class ProfileGroups implements CustomerGroups {
  private final CustomerIndex customers;
  /** The group number of each customer by customer number, -1 for none. */
  private final int[] groupOf;
  private final List<String> groups;
  private final Map<String, Integer> groupNumbers;
  private final long[] counts;

  private ProfileGroups(CustomerIndex customers, int[] groupOf, List<String> groups,
      Map<String, Integer> groupNumbers, long[] counts) {
    this.customers = customers;
    this.groupOf = groupOf;
    this.groups = groups;
    this.groupNumbers = groupNumbers;
    this.counts = counts;
  }

  /**
   * @param grouping how to group a profile
   * @return an empty builder
   */
  public static Builder builder(ProfileGrouping grouping) {
    return new Builder(Objects.requireNonNull(grouping, "grouping"));
  }

  /**
   * @param grouping how to group a profile
   * @param profiles the customers' profiles, each customer once
   * @return every customer's group
   * @throws InvalidJourneyException if a customer's profile is given twice, or the grouping
   *     refuses a profile
   */
  public static ProfileGroups collect(ProfileGrouping grouping, Iterable<CustomerProfile> profiles) {
    Builder builder = builder(grouping);
    for (CustomerProfile profile : Objects.requireNonNull(profiles, "profiles")) {
      builder.add(profile);
    }
    return builder.build();
  }

  @Override
  public @Nullable String groupOf(String customerId) {
    int customer = customers.find(Objects.requireNonNull(customerId, "customerId"));
    if (customer < 0) {
      return null;
    }
    int group = groupOf[customer];
    return group < 0 ? null : groups.get(group);
  }

  /** @return the groups, in the order first seen; unmodifiable */
  public List<String> groups() {
    return groups;
  }

  /** @return the number of customers whose profiles were read */
  public long customers() {
    return customers.size();
  }

  /** @return whether no profile was read */
  public boolean isEmpty() {
    return customers.size() == 0;
  }

  /**
   * @param group a group
   * @return the customers in it; 0 for a group no customer is in
   */
  public long count(String group) {
    Integer i = groupNumbers.get(Objects.requireNonNull(group, "group"));
    return i == null ? 0 : counts[i];
  }

  /**
   * @param group a group
   * @return the share of customers in it: count / customers
   */
  public Percentage share(String group) {
    return Percentage.of(count(group), customers.size());
  }

  /** @return each group's {@linkplain #share share}, in the order first seen; unmodifiable */
  public Map<String, Percentage> shares() {
    Map<String, Percentage> shares = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      shares.put(groups.get(i), Percentage.of(counts[i], customers.size()));
    }
    return Collections.unmodifiableMap(shares);
  }

  /** @return the customers in no group */
  public long ungrouped() {
    long grouped = 0;
    for (long count : counts) {
      grouped += count;
    }
    return customers.size() - grouped;
  }

  /** @return the share of customers in no group */
  public Percentage ungroupedShare() {
    return Percentage.of(ungrouped(), customers.size());
  }

  /** @return the counts, such as {@code ProfileGroups{customers=10, DE=6, FR=3, ungrouped=1}} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ProfileGroups{customers=").append(customers.size());
    for (int i = 0; i < groups.size(); i++) {
      out.append(", ").append(groups.get(i)).append('=').append(counts[i]);
    }
    return out.append(", ungrouped=").append(ungrouped()).append('}').toString();
  }

  /**
   * Reads profiles one at a time, refusing a customer given twice. Not thread-safe; {@link
   * #build()} ends it.
   */
  public static final class Builder {
    private final ProfileGrouping grouping;
    private @Nullable CustomerIndex customers = new CustomerIndex();
    private int[] groupOf = new int[16];
    private final List<String> groups = new ArrayList<>();
    private final Map<String, Integer> groupNumbers = new HashMap<>();
    private long[] counts = new long[4];

    private Builder(ProfileGrouping grouping) {
      this.grouping = grouping;
    }

    private CustomerIndex open() {
      if (customers == null) {
        throw new IllegalStateException("the builder was built already");
      }
      return customers;
    }

    /**
     * @param profile a customer's profile
     * @return this builder
     * @throws InvalidJourneyException if the customer was read already, or the grouping refuses
     *     the profile; nothing is recorded then
     * @throws IllegalStateException if the builder was built already, or holds as many customers
     *     as one index can (2^29: split the profiles by customer); nothing is recorded then
     */
    public Builder add(CustomerProfile profile) {
      Objects.requireNonNull(profile, "profile");
      CustomerIndex index = open();
      if (index.find(profile.customerId()) >= 0) {
        throw new InvalidJourneyException("customerId", JourneyIds.quote(profile.customerId()),
            "is read already; each customer's profile is given once");
      }
      String group = grouping.groupOf(profile);
      // Numbered after the grouping (which may refuse the profile) and before any group is
      // counted, so that an index that is full refuses the profile with nothing recorded.
      int customer = index.indexOf(profile.customerId());
      int number = -1;
      if (group != null) {
        Integer known = groupNumbers.get(group);
        if (known == null) {
          known = groups.size();
          groups.add(group);
          groupNumbers.put(group, known);
          if (known == counts.length) {
            counts = CustomerIndex.grow(counts, known + 1);
          }
        }
        number = known;
        counts[number]++;
      }
      groupOf = CustomerIndex.grow(groupOf, customer + 1);
      groupOf[customer] = number;
      return this;
    }

    /** @return the groups read so far, with their counts */
    public ProfileGroups build() {
      CustomerIndex index = open();
      customers = null;
      return new ProfileGroups(index, groupOf, List.copyOf(groups), Map.copyOf(groupNumbers),
          java.util.Arrays.copyOf(counts, groups.size()));
    }

    @Override
    public String toString() {
      return "ProfileGroups.Builder{customers=" + (customers == null ? "built" : customers.size())
          + ", groups=" + groups.size() + "}";
    }
  }
}
