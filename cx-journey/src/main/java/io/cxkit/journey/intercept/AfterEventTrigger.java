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
 * customer events} that matches {@code event} and is <em>due</em> ({@code E + delay ≤ now}). The
 * trigger fires when {@code now < E + delay + validFor} and the candidate survey ({@link
 * TriggerInput#surveyId()}) has not been shown since {@code E} (its last display, if any, is before
 * {@code E}): once per occasion, and not for an occasion gone stale. Without a candidate survey the
 * history is not looked at. A matching event not yet due does not hide one that is: a customer
 * whose deliveries come every 5 days is asked 7 days after the first (had the latest event alone
 * counted, each new delivery would postpone the survey, and they would never be asked); one
 * survey shown after both events answers for both, since it was shown after each. When no matching
 * event is due, the detail says when the earliest one not yet due will be.
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
    // The latest event due, and (for the detail, when none is) the earliest one not yet due.
    JourneyEvent latest = null;
    JourneyEvent next = null;
    for (JourneyEvent e : input.customerEvents()) {
      if (!matches(e)) {
        continue;
      }
      if (!TriggerText.plus(e.at(), delay).isAfter(now)) {
        if (latest == null || e.at().isAfter(latest.at())) {
          latest = e;
        }
      } else if (!e.at().isAfter(now) && (next == null || e.at().isBefore(next.at()))) {
        next = e;
      }
    }
    if (latest == null && next == null) {
      return TriggerCheck.notFired("no customer event matching " + describe() + " yet");
    }
    Instant due = latest == null ? Instant.MAX : TriggerText.plus(latest.at(), delay);
    Instant closes = TriggerText.plus(due, validFor);
    if (next != null && (latest == null || !now.isBefore(closes))) {
      // Nothing open now: the occasion to come says more than one gone stale.
      return TriggerCheck.notFired("due " + TriggerText.plus(next.at(), delay) + ", "
          + occasion(next));
    }
    String occasion = occasion(latest);
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

  private String occasion(JourneyEvent e) {
    return TriggerText.exact(delay) + " after " + e.kind().id() + " at "
        + JourneyIds.quote(e.touchpointId()) + " at " + e.at();
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
