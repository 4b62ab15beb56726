package io.cxkit.journey.analysis;

import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.Objects;

/**
 * How a {@link FunnelBreakdownAnalyzer} splits customers into groups: by a {@link CustomerGroups}
 * (persona, segment, country), asked once per customer when the customer's first event arrives,
 * or by the channel of the touchpoint where the customer's first attempt started.
 */
public sealed interface FunnelGrouping permits FunnelGrouping.ByCustomer,
    FunnelGrouping.ByFirstChannel {

  /** @return the grouping's name in reports, such as {@code persona} or {@code channel} */
  String name();

  /**
   * @param name what the groups are, such as {@code persona}
   * @param groups the group of each customer; a customer without one (null) is in the totals only
   * @return the grouping
   * @throws InvalidJourneyException if the name is not an id
   */
  static FunnelGrouping byCustomer(String name, CustomerGroups groups) {
    return new ByCustomer(name, groups);
  }

  /** @return the grouping by the channel of each customer's first attempt, named {@code channel} */
  static FunnelGrouping byFirstChannel() {
    return new ByFirstChannel();
  }

  /**
   * Groups by what a {@link CustomerGroups} says of each customer. Two such groupings are told
   * apart by their name only, which is what merging breakdowns compares.
   *
   * @param name what the groups are (letters, digits, {@code _ . -})
   * @param groups the group of each customer
   */
  record ByCustomer(String name, CustomerGroups groups) implements FunnelGrouping {
    /** @throws InvalidJourneyException if the name is not an id */
    public ByCustomer {
      JourneyIds.requireId("name", Objects.requireNonNull(name, "name"));
      Objects.requireNonNull(groups, "groups");
    }

    @Override
    public String toString() {
      return "FunnelGrouping.ByCustomer{" + name + "}";
    }
  }

  /**
   * Groups by the {@linkplain io.cxkit.survey.Channel#id() channel id} of the touchpoint where the
   * customer's first attempt started ({@code web}, {@code app}…); customers who never entered are
   * in no group.
   */
  record ByFirstChannel() implements FunnelGrouping {
    /** @return {@code channel} */
    @Override
    public String name() {
      return "channel";
    }
  }
}
