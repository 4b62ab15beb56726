package io.cxkit.journey;

import io.cxkit.journey.internal.JourneyIds;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a customer did at a touchpoint at an instant: the unit of journey analytics. Events are
 * read one at a time and never kept (analyses keep compact per-customer state), so this record is
 * transient by design.
 *
 * @param customerId who; 1 to 256 characters, not blank, no control characters
 * @param sessionId the visit or conversation it belongs to, or null when the source has none
 * @param touchpointId where: a touchpoint of the journey map
 * @param at when
 * @param kind what
 * @param attributes further facts (a product, an order value, a device), by name (letters, digits,
 *     {@code _ . -}); copied, unmodifiable, in the order given, which is the order writers write
 *     them in (a {@code Map.of} of two or more entries iterates in an order that changes from one
 *     JVM run to the next: give a {@code LinkedHashMap} or {@code TreeMap} for the same bytes
 *     every run)
 */
public record JourneyEvent(String customerId, @Nullable String sessionId, String touchpointId,
    Instant at, EventKind kind, Map<String, String> attributes) {

  /** @throws InvalidJourneyException if an id or attribute name is malformed */
  public JourneyEvent {
    JourneyIds.requireCustomerId("customerId", Objects.requireNonNull(customerId, "customerId"));
    if (sessionId != null) {
      JourneyIds.requireCustomerId("sessionId", sessionId);
    }
    Objects.requireNonNull(touchpointId, "touchpointId");
    if (!JourneyIds.isId(touchpointId)) {
      throw new InvalidJourneyException("touchpointId", JourneyIds.quote(touchpointId),
          JourneyIds.ID_RULE);
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(attributes, "attributes");
    if (attributes.isEmpty()) {
      attributes = Map.of();
    } else {
      Map<String, String> copy = new LinkedHashMap<>(attributes.size() * 2);
      for (Map.Entry<String, String> entry : attributes.entrySet()) {
        String name = Objects.requireNonNull(entry.getKey(), "attributes key");
        String value = Objects.requireNonNull(entry.getValue(), () -> "attributes[" + name + "]");
        if (!JourneyIds.isId(name)) {
          throw new InvalidJourneyException("attributes", JourneyIds.quote(name),
              "an attribute name " + JourneyIds.ID_RULE);
        }
        copy.put(name, value);
      }
      attributes = Collections.unmodifiableMap(copy);
    }
  }

  /**
   * @param customerId who
   * @param touchpointId where
   * @param at when
   * @param kind what
   * @return an event without session or attributes
   */
  public static JourneyEvent of(String customerId, String touchpointId, Instant at,
      EventKind kind) {
    return new JourneyEvent(customerId, null, touchpointId, at, kind, Map.of());
  }

  /**
   * @param sessionId the visit it belongs to
   * @return this event in that session
   */
  public JourneyEvent inSession(String sessionId) {
    return new JourneyEvent(customerId, Objects.requireNonNull(sessionId, "sessionId"),
        touchpointId, at, kind, attributes);
  }
}
