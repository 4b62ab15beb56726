package io.cxkit.journey;

import io.cxkit.journey.internal.JourneyIds;
import java.time.Duration;
import java.time.Instant;

/**
 * An event came too far out of time order: earlier than events already passed on by more than the
 * reader's reordering tolerance, or earlier than the customer's previous event in an analysis.
 * Journey exports are expected in time order; small disorder is repaired, larger is reported.
 */
public class EventOrderException extends InvalidJourneyException {
  private static final long serialVersionUID = 1L;

  private final Instant at;
  private final Instant after;

  /**
   * @param customerId the event's customer
   * @param at the event's instant
   * @param after the instant it should not precede (the last passed on, or the customer's last)
   * @param rule what the order rule is, completing "…: " (such as "is more than PT5M before an
   *     event already read; the reader reorders events up to that tolerance")
   */
  public EventOrderException(String customerId, Instant at, Instant after, String rule) {
    super("at", at + " (customer " + JourneyIds.quote(customerId) + ", "
        + Duration.between(at, after) + " before " + after + ")", rule);
    this.at = at;
    this.after = after;
  }

  /** @return the event's instant */
  public Instant at() {
    return at;
  }

  /** @return the instant it came after in the input */
  public Instant after() {
    return after;
  }
}
