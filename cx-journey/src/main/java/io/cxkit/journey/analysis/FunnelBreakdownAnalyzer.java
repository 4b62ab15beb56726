package io.cxkit.journey.analysis;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.UnknownTouchpointException;
import java.util.Iterator;
import java.util.Objects;

/**
 * Counts a funnel over streamed events as {@link FunnelAnalyzer} does, and also per group of a
 * {@link FunnelGrouping} (persona, segment, first channel), giving a {@link FunnelBreakdown}. Per
 * customer it holds the analyzer's 21 bytes and 4 more for the group's number; per group, one count
 * and one {@link DurationHistogram} per step. A {@link FunnelGrouping.ByCustomer} is asked once per
 * customer, when the customer's first event arrives, and may open at most {@code maxGroups}
 * groups ({@value #DEFAULT_MAX_GROUPS} unless given): each group keeps a count and a histogram per
 * step (up to about 19 KB each for times up to 30 days), so a grouping with a value per customer
 * (an e-mail, an id) would grow without bound and groups nothing. Groups by first channel are at
 * most the number of channels. Not thread-safe.
 */
public final class FunnelBreakdownAnalyzer {
  /** The most groups of a {@link FunnelGrouping.ByCustomer} unless the constructor is given more. */
  public static final int DEFAULT_MAX_GROUPS = 1_000;

  private final FunnelGrouping grouping;
  private final FunnelTracker tracker;

  /**
   * @param definition the funnel to count
   * @param grouping how to group the customers, into at most {@value #DEFAULT_MAX_GROUPS} groups
   * @return an analyzer that has seen no event
   */
  public static FunnelBreakdownAnalyzer of(FunnelDefinition definition, FunnelGrouping grouping) {
    return new FunnelBreakdownAnalyzer(definition, grouping, DEFAULT_MAX_GROUPS);
  }

  /**
   * @param definition the funnel to count
   * @param grouping how to group the customers
   * @param maxGroups the most groups a {@link FunnelGrouping.ByCustomer} may open, ≥ 1
   * @return an analyzer that has seen no event
   * @throws InvalidJourneyException if {@code maxGroups} is below 1
   */
  public static FunnelBreakdownAnalyzer of(FunnelDefinition definition, FunnelGrouping grouping,
      int maxGroups) {
    return new FunnelBreakdownAnalyzer(definition, grouping, maxGroups);
  }

  private FunnelBreakdownAnalyzer(FunnelDefinition definition, FunnelGrouping grouping,
      int maxGroups) {
    this.grouping = Objects.requireNonNull(grouping, "grouping");
    if (maxGroups < 1) {
      throw new InvalidJourneyException("maxGroups", maxGroups, "must be ≥ 1");
    }
    this.tracker = new FunnelTracker(Objects.requireNonNull(definition, "definition"), grouping,
        maxGroups);
  }

  /**
   * Counts one event. An event that fails leaves the analyzer's state unchanged, so a caller can
   * catch the exception, count the event as bad and go on.
   *
   * @param event the next event
   * @throws UnknownTouchpointException if the map has no such touchpoint
   * @throws EventOrderException if the event is earlier than the customer's previous event
   * @throws InvalidJourneyException if its instant is more than about 292,000 years from 1970, or
   *     the customer's group label is blank or would open one group more than {@code maxGroups}
   * @return this analyzer
   */
  public FunnelBreakdownAnalyzer accept(JourneyEvent event) {
    tracker.accept(event);
    return this;
  }

  /**
   * Counts every event of an iterator in turn; the first event that fails ends the call with its
   * exception, the events before it counted.
   *
   * @param events the events
   * @return this analyzer
   */
  public FunnelBreakdownAnalyzer acceptAll(Iterator<JourneyEvent> events) {
    Objects.requireNonNull(events, "events");
    while (events.hasNext()) {
      tracker.accept(events.next());
    }
    return this;
  }

  /** @return the number of customers seen, whether or not they entered the funnel */
  public int customersSeen() {
    return tracker.customers();
  }

  /** @return the breakdown of the events so far; counting can go on afterwards */
  public FunnelBreakdown result() {
    return new FunnelBreakdown(grouping.name(), tracker.result(), tracker.groupResults());
  }

  @Override
  public String toString() {
    return "FunnelBreakdownAnalyzer{" + grouping.name() + ", " + tracker.result() + "}";
  }
}
