package io.cxkit.journey.retention;

import io.cxkit.journey.EventMatch;
import io.cxkit.journey.InvalidJourneyException;
import java.util.Map;
import java.util.Objects;

/**
 * How a customer's life as a customer is known from journey events: the one notion that both the
 * {@linkplain ChurnAnalyzer period churn} and the {@linkplain LifetimeAnalyzer lifetime} analyses
 * use.
 *
 * <ul>
 *   <li>{@link #subscriptions(EventMatch, EventMatch) Subscriptions}: an event matching {@code
 *       start} opens a subscription and one matching {@code end} (a cancel) closes it; a
 *       customer is a customer at the end of a period when a subscription is open after its last
 *       event there. A second start while one is open is ignored (a renewal or an upgrade: the
 *       subscription goes on). A start after an end opens a new subscription: the customer
 *       returns, new again in period churn (lifetimes count the first subscription only). An end without an open
 *       subscription, an end earlier than the open subscription's start, or an event matching both
 *       {@code start} and {@code end} is refused with a {@link SubscriptionException}.
 *   <li>{@link #inactivity(EventMatch, int) Inactivity}: a customer is acquired at the first event
 *       matching {@code activity} and is a customer at the end of every period in which there was
 *       activity in that period or one of the {@code k − 1} before it; a customer inactive for
 *       {@code k} whole periods is lost, counted in the k-th inactive period. With monthly periods
 *       and k = 2, a customer last active on 20 January is still a customer at the end of
 *       February and is lost in March (S counts them in March, E does not); activity again in May
 *       makes them a new customer of May. In lifetimes, that customer churned on 20 January, the
 *       last activity, once March has ended before the analysis instant.
 * </ul>
 */
public sealed interface ChurnRule permits ChurnRule.Subscriptions, ChurnRule.Inactivity {
  /** The most periods of inactivity an {@link Inactivity} rule may ask for. */
  int MAX_INACTIVE_PERIODS = 10_000;

  /**
   * @param start the events that start a subscription, such as {@code subscribe} events
   * @param end the events that end one, such as {@code cancel} events; must differ from {@code start}
   * @return the rule
   * @throws InvalidJourneyException if the two matches are equal
   */
  static ChurnRule subscriptions(EventMatch start, EventMatch end) {
    return new Subscriptions(start, end);
  }

  /**
   * @param activity the events that count as activity ({@link EventMatch#any()}: every event)
   * @param periods k: the whole periods without activity after which a customer is lost, 1 to
   *     {@value #MAX_INACTIVE_PERIODS}
   * @return the rule
   * @throws InvalidJourneyException if {@code periods} is out of range
   */
  static ChurnRule inactivity(EventMatch activity, int periods) {
    return new Inactivity(activity, periods);
  }

  /**
   * @return the rule as a JSON shape: {@code {"type":"subscriptions","start":match,"end":match}} or
   *     {@code {"type":"inactivity","activity":match,"periods":k}}, each match {@code
   *     {"touchpoints":[…],"stages":[…],"kinds":[…],"attributes":{…}}}; unmodifiable
   */
  Map<String, Object> toJsonShape();

  /**
   * Subscription events start and end a customer's life as a customer.
   *
   * @param start the events that start a subscription
   * @param end the events that end one (cancels)
   */
  record Subscriptions(EventMatch start, EventMatch end) implements ChurnRule {
    /** @throws InvalidJourneyException if {@code start} equals {@code end} */
    public Subscriptions {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (start.equals(end)) {
        throw new InvalidJourneyException("end", end,
            "must differ from start: an event cannot both start and end a subscription");
      }
    }

    @Override
    public Map<String, Object> toJsonShape() {
      return ChurnRules.shape(this);
    }

    /** @return e.g. {@code subscriptions(start=EventMatch[…], end=EventMatch[…])} */
    @Override
    public String toString() {
      return "subscriptions(start=" + start + ", end=" + end + ")";
    }
  }

  /**
   * Activity keeps a customer; k whole periods without it lose them.
   *
   * @param activity the events that count as activity
   * @param periods k, the whole periods of inactivity that lose a customer, 1 to {@value
   *     ChurnRule#MAX_INACTIVE_PERIODS}
   */
  record Inactivity(EventMatch activity, int periods) implements ChurnRule {
    /** @throws InvalidJourneyException if {@code periods} is out of range */
    public Inactivity {
      Objects.requireNonNull(activity, "activity");
      if (periods < 1 || periods > MAX_INACTIVE_PERIODS) {
        throw new InvalidJourneyException("periods", periods, "must be 1 to "
            + MAX_INACTIVE_PERIODS + ": the whole periods without activity that lose a customer");
      }
    }

    @Override
    public Map<String, Object> toJsonShape() {
      return ChurnRules.shape(this);
    }

    /** @return e.g. {@code inactivity(activity=EventMatch[any], periods=2)} */
    @Override
    public String toString() {
      return "inactivity(activity=" + activity + ", periods=" + periods + ")";
    }
  }
}
