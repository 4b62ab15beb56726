package io.cxkit.journey.intercept;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.internal.JourneyIds;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fires a delay after a customer event: the product survey 7 days after the order was delivered,
 * the support survey an hour after the ticket was closed, the transactional survey right after a
 * chat (a delay of zero).
 *
 * <p>The rule. Let {@code E} be the latest of the input's {@linkplain TriggerInput#customerEvents()
 * customer events} that matches {@code event} and is not after now. The trigger is <em>due</em> at
 * {@code E + delay} and fires when {@code E + delay ≤ now < E + delay + validFor} and the candidate
 * survey ({@link TriggerInput#surveyId()}) has not been shown since {@code E} (its last display, if
 * any, is before {@code E}): once per occasion, and not for an occasion gone stale. Without a
 * candidate survey the history is not looked at. Only the latest matching event counts: a second
 * delivery before the first one's survey was due replaces it.
 *
 * <p>The match is tested without a journey map, by touchpoint id, kind and attributes, so that the
 * trigger reads on its own in JSON: {@code event} may not name stages (binding them would need a
 * map).
 *
 * @param event which customer events count, by touchpoints, kinds and attributes (no stages)
 * @param delay the wait after the event, zero or positive, at most ten years
 * @param validFor how long after it is due the occasion stays open, positive, at most ten years
 */
public record AfterEventTrigger(EventMatch event, Duration delay, Duration validFor)
    implements Trigger {
  /** The type id, {@value}. */
  public static final String TYPE = "after-event";

  /** How long an occasion stays open unless set: 7 days. */
  public static final Duration DEFAULT_VALID_FOR = Duration.ofDays(7);

  /**
   * @throws InvalidTriggerException if {@code event} names stages, {@code delay} is negative or
   *     {@code validFor} not positive, or either is above ten years
   */
  public AfterEventTrigger {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(validFor, "validFor");
    if (!event.stages().isEmpty()) {
      throw new InvalidTriggerException("event.stages", event.stages(),
          "an after-event trigger matches events without a journey map: name touchpoints, not"
              + " stages");
    }
    TriggerText.requireNotNegative("delay", delay);
    TriggerText.requirePositive("validFor", validFor);
  }

  /**
   * @param event which customer events count
   * @param delay the wait after the event
   * @return the trigger, open for {@link #DEFAULT_VALID_FOR} once due
   */
  public static AfterEventTrigger after(EventMatch event, Duration delay) {
    return new AfterEventTrigger(event, delay, DEFAULT_VALID_FOR);
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** @return whether the event matches, as {@link EventMatch} says, without a map */
  boolean matches(JourneyEvent e) {
    List<String> touchpoints = event.touchpoints();
    if (!touchpoints.isEmpty() && !touchpoints.contains(e.touchpointId())) {
      return false;
    }
    Set<EventKind> kinds = event.kinds();
    if (!kinds.isEmpty() && !kinds.contains(e.kind())) {
      return false;
    }
    for (Map.Entry<String, String> wanted : event.attributes().entrySet()) {
      if (!wanted.getValue().equals(e.attributes().get(wanted.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return fired with {@code "due 2026-03-09T10:00:00Z, 7 d after view at delivery at …"}, or not
   *     with when it is due, when it closed, or the display since
   */
  @Override
  public TriggerCheck check(TriggerInput input) {
    Objects.requireNonNull(input, "input");
    Instant now = input.now();
    JourneyEvent latest = null;
    for (JourneyEvent e : input.customerEvents()) {
      if (!e.at().isAfter(now) && (latest == null || e.at().isAfter(latest.at())) && matches(e)) {
        latest = e;
      }
    }
    if (latest == null) {
      return TriggerCheck.notFired("no customer event matching " + describe() + " yet");
    }
    Instant due = TriggerText.plus(latest.at(), delay);
    Instant closes = TriggerText.plus(due, validFor);
    String occasion = TriggerText.exact(delay) + " after " + latest.kind().id() + " at "
        + JourneyIds.quote(latest.touchpointId()) + " at " + latest.at();
    if (now.isBefore(due)) {
      return TriggerCheck.notFired("due " + due + ", " + occasion);
    }
    if (!now.isBefore(closes)) {
      return TriggerCheck.notFired("closed " + closes + ", " + TriggerText.exact(validFor)
          + " after it was due " + due + ", " + occasion);
    }
    Optional<String> survey = input.surveyId();
    if (survey.isPresent()) {
      Optional<Instant> shown = input.history().lastShown(survey.get());
      if (shown.isPresent() && !shown.get().isBefore(latest.at())) {
        return TriggerCheck.notFired("survey " + JourneyIds.quote(survey.get()) + " shown "
            + shown.get() + " since the event, " + occasion);
      }
    }
    return TriggerCheck.fired("due " + due + ", " + occasion);
  }

  private String describe() {
    StringBuilder out = new StringBuilder();
    if (!event.kinds().isEmpty()) {
      EnumSet<EventKind> kinds = EnumSet.copyOf(event.kinds());
      StringBuilder ids = new StringBuilder();
      for (EventKind kind : kinds) {
        ids.append(ids.length() == 0 ? "" : "/").append(kind.id());
      }
      out.append(ids);
    } else {
      out.append("any kind");
    }
    if (!event.touchpoints().isEmpty()) {
      out.append(" at ").append(String.join("/", event.touchpoints()));
    }
    if (!event.attributes().isEmpty()) {
      out.append(" with ").append(event.attributes().keySet());
    }
    return out.toString();
  }
}
