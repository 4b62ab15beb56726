package io.cxkit.journey.intercept;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The current visit of one person: who (the id sampling and history use — a customer id, or the
 * site's visitor cookie for someone not signed in), which session, and its events so far in time
 * order. Immutable; a web service builds one per request from what the browser sent.
 */
public final class VisitorSession {
  private final String personId;
  private final String sessionId;
  private final List<SessionEvent> events;

  private VisitorSession(String personId, String sessionId, List<SessionEvent> events) {
    this.personId = personId;
    this.sessionId = sessionId;
    this.events = events;
  }

  /**
   * @param personId who: 1 to 256 characters, not blank, no control characters
   * @param sessionId which visit: the same rule
   * @param events the visit's events in time order (equal instants allowed); copied
   * @return the session
   * @throws io.cxkit.journey.InvalidJourneyException if an id is malformed
   * @throws EventOrderException if an event is earlier than the one before it
   */
  public static VisitorSession of(String personId, String sessionId, List<SessionEvent> events) {
    JourneyIds.requireCustomerId("personId", Objects.requireNonNull(personId, "personId"));
    JourneyIds.requireCustomerId("sessionId", Objects.requireNonNull(sessionId, "sessionId"));
    List<SessionEvent> copy = List.copyOf(Objects.requireNonNull(events, "events"));
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i).at().isBefore(copy.get(i - 1).at())) {
        throw new EventOrderException(personId, copy.get(i).at(), copy.get(i - 1).at(),
            "events[" + i + "] of session " + JourneyIds.quote(sessionId)
                + " must not be earlier than the event before it");
      }
    }
    return new VisitorSession(personId, sessionId, copy);
  }

  /** @return who, as sampling and survey history name them */
  public String personId() {
    return personId;
  }

  /** @return which visit */
  public String sessionId() {
    return sessionId;
  }

  /** @return the events so far, in time order; unmodifiable */
  public List<SessionEvent> events() {
    return events;
  }

  /** @return the latest event, or empty for a session without any */
  public Optional<SessionEvent> lastEvent() {
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VisitorSession other && personId.equals(other.personId)
        && sessionId.equals(other.sessionId) && events.equals(other.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(personId, sessionId, events);
  }

  /** @return ids and event count (person ids are pseudonymous, but kept out all the same) */
  @Override
  public String toString() {
    return "VisitorSession[" + JourneyIds.quote(sessionId) + ", " + events.size() + " events]";
  }
}
