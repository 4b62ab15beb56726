package io.cxkit.journey.retention;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.UnknownTouchpointException;
import java.util.Iterator;
import java.util.Objects;

/**
 * Counts the cohort matrices of a {@link CohortDefinition} over streamed journey events, each
 * customer's events in time order (customers may interleave). Cells are counted as events arrive,
 * so {@link #result()} costs O(cohorts × groups × offsets) and may be called at any time.
 *
 * <p>Memory per customer, besides {@code CustomerIndex}'s table (about 12 bytes) and the id
 * string: first-time cohorts 16 bytes (the last event's instant, the cohort's period, the last
 * active period) and 4 more with a grouping (the group's number); recurring cohorts 8 bytes more
 * (a count and a reference) plus, once the customer has an entry with a complete cell, an {@code
 * int[]} of the entry periods whose cells are not settled (16 bytes and 4 per slot, the slots
 * doubling as needed). That list holds at most the largest offset + 1 entries (at most 10 001, 40
 * kB, with {@link CohortDefinition#MAX_OFFSET}) however long the history, except in unbounded mode
 * with an {@linkplain CohortDefinition#entry() entry} match that is not also an activity: a later
 * activity can then add to every earlier entry, so each entry period since the customer's last
 * activity stays listed. Per cohort and group: one long per offset and the size. Not thread-safe: give each thread its own analyzer over
 * its own customers and {@linkplain CohortResult#plus add} the results.
 */
public final class CohortAnalyzer {
  private final CohortTracker tracker;

  private CohortAnalyzer(CohortDefinition definition) {
    this.tracker = new CohortTracker(definition);
  }

  /**
   * @param definition what to count
   * @return an analyzer that has seen no event
   */
  public static CohortAnalyzer of(CohortDefinition definition) {
    return new CohortAnalyzer(Objects.requireNonNull(definition, "definition"));
  }

  /**
   * Counts one event. An event that fails leaves the analyzer's state unchanged, so a caller can
   * catch the exception, count the event as bad and go on. Events at or after the definition's
   * as-of instant are checked but not counted.
   *
   * @param event the next event
   * @return this analyzer
   * @throws UnknownTouchpointException if the map has no such touchpoint
   * @throws EventOrderException if the event is earlier than the customer's previous event
   * @throws InvalidJourneyException if it is before {@code asOf} and its local date lies outside
   *     the years 0001..9999 (an event at or after {@code asOf} may lie later), or the
   *     customer's group label is blank or would open one group more than the definition's {@code
   *     maxGroups}
   */
  public CohortAnalyzer accept(JourneyEvent event) {
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
  public CohortAnalyzer acceptAll(Iterator<JourneyEvent> events) {
    Objects.requireNonNull(events, "events");
    while (events.hasNext()) {
      tracker.accept(events.next());
    }
    return this;
  }

  /** @return the number of customers seen, whether or not they entered a cohort */
  public int customersSeen() {
    return tracker.customersSeen();
  }

  /** @return the matrices of the events so far; counting can go on afterwards */
  public CohortResult result() {
    return tracker.result();
  }

  @Override
  public String toString() {
    return "CohortAnalyzer{" + customersSeen() + " customers seen, " + tracker.result() + "}";
  }
}
