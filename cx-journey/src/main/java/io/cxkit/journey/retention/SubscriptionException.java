package io.cxkit.journey.retention;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's subscription events broke a {@linkplain ChurnRule.Subscriptions subscription rule}:
 * an end (a cancel) without an open subscription, an end before the start of the open one, or an
 * event that matches both the rule's start and its end. Thrown by the churn and lifetime analyzers'
 * {@code accept}, which leave their state unchanged. The message names the customer, the instants
 * and the rule.
 */
public class SubscriptionException extends InvalidJourneyException {
  private static final long serialVersionUID = 1L;

  private final String customerId;
  private final Instant at;
  private final @Nullable Instant startedAt;

  /**
   * @param customerId the event's customer
   * @param at the event's instant
   * @param startedAt the start of the customer's open subscription, or null when none is open
   * @param rule the rule broken
   * @param problem what is wrong, completing "…: ", such as "ends a subscription, but none is open"
   */
  public SubscriptionException(String customerId, Instant at, @Nullable Instant startedAt,
      ChurnRule rule, String problem) {
    super("at", at + " (customer " + JourneyIds.quote(customerId)
        + (startedAt == null ? ", no open subscription" : ", subscription open since " + startedAt)
        + ")", problem + "; rule " + Objects.requireNonNull(rule, "rule"));
    this.customerId = customerId;
    this.at = at;
    this.startedAt = startedAt;
  }

  /** @return the customer whose event was refused */
  public String customerId() {
    return customerId;
  }

  /** @return the refused event's instant */
  public Instant at() {
    return at;
  }

  /** @return the start of the customer's open subscription; empty when none was open */
  public Optional<Instant> startedAt() {
    return Optional.ofNullable(startedAt);
  }
}
