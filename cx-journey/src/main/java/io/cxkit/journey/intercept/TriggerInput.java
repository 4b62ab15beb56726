package io.cxkit.journey.intercept;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.profile.CustomerProfile;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a trigger may look at for one decision: the visitor's current session, the customer's
 * own journey events (orders delivered, tickets closed — the ones delayed triggers wait for), their
 * profile when known, their survey history, the instant now, and the zone calendar periods (every
 * quarter since signup) are counted in. Immutable.
 */
public final class TriggerInput {
  private final VisitorSession session;
  private final List<JourneyEvent> customerEvents;
  private final @Nullable CustomerProfile profile;
  private final SurveyHistory history;
  private final Instant now;
  private final ZoneId zone;
  private final @Nullable String surveyId;

  private TriggerInput(VisitorSession session, List<JourneyEvent> customerEvents,
      @Nullable CustomerProfile profile, SurveyHistory history, Instant now, ZoneId zone,
      @Nullable String surveyId) {
    this.session = session;
    this.customerEvents = customerEvents;
    this.profile = profile;
    this.history = history;
    this.now = now;
    this.zone = zone;
    this.surveyId = surveyId;
  }

  /**
   * @param session the current visit
   * @param customerEvents the person's journey events, in any order; copied
   * @param profile the person's profile, or null for a visitor not known
   * @param history the surveys shown to the person
   * @param now the instant of the decision
   * @param zone the zone calendar periods are counted in
   * @return the input
   */
  public static TriggerInput of(VisitorSession session, List<JourneyEvent> customerEvents,
      @Nullable CustomerProfile profile, SurveyHistory history, Instant now, ZoneId zone) {
    return new TriggerInput(Objects.requireNonNull(session, "session"),
        List.copyOf(Objects.requireNonNull(customerEvents, "customerEvents")), profile,
        Objects.requireNonNull(history, "history"), Objects.requireNonNull(now, "now"),
        Objects.requireNonNull(zone, "zone"), null);
  }

  /**
   * The same input for one candidate survey, so that triggers which fire once per occasion (7 days
   * after each delivery, once per quarter) can see in the history whether that survey was shown
   * since the occasion.
   *
   * @param surveyId the candidate survey's id
   * @return this input for that survey
   */
  public TriggerInput forSurvey(String surveyId) {
    Objects.requireNonNull(surveyId, "surveyId");
    return new TriggerInput(session, customerEvents, profile, history, now, zone, surveyId);
  }

  /** @return the candidate survey this input is for, or empty before {@link #forSurvey} */
  public Optional<String> surveyId() {
    return Optional.ofNullable(surveyId);
  }

  /** @return the current visit */
  public VisitorSession session() {
    return session;
  }

  /** @return the person's journey events; unmodifiable */
  public List<JourneyEvent> customerEvents() {
    return customerEvents;
  }

  /** @return the person's profile, or empty for a visitor not known */
  public Optional<CustomerProfile> profile() {
    return Optional.ofNullable(profile);
  }

  /** @return the person's profile, or null: {@link #profile()} without the Optional */
  @Nullable CustomerProfile profileOrNull() {
    return profile;
  }

  /** @return the surveys shown to the person */
  public SurveyHistory history() {
    return history;
  }

  /** @return the instant of the decision */
  public Instant now() {
    return now;
  }

  /** @return the zone calendar periods are counted in */
  public ZoneId zone() {
    return zone;
  }

  @Override
  public String toString() {
    return "TriggerInput[" + (surveyId == null ? "" : JourneyIds.quote(surveyId) + ", ") + session + ", " + customerEvents.size() + " customer events, now "
        + now + "]";
  }
}
