package io.cxkit.journey.intercept;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.profile.CustomerProfile;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Inputs for trigger tests: a visitor's session at instants written out in UTC. */
final class TriggerFixtures {
  static final ZoneId UTC = ZoneOffset.UTC;

  private TriggerFixtures() {}

  static Instant at(String utc) {
    return Instant.parse(utc);
  }

  static TriggerInput session(String now, SessionEvent... events) {
    return TriggerInput.of(VisitorSession.of("visitor-1", "session-1", List.of(events)), List.of(),
        null, SurveyHistory.empty(), at(now), UTC);
  }

  static TriggerInput customer(String now, ZoneId zone, CustomerProfile profile,
      SurveyHistory history, List<JourneyEvent> events) {
    return TriggerInput.of(VisitorSession.of("c-1", "session-1", List.of()), events, profile,
        history, at(now), zone);
  }

  static SessionEvent view(String at, String page) {
    return SessionEvent.pageView(at(at), page);
  }

  static SessionEvent exit(String at, String page) {
    return SessionEvent.exitIntent(at(at), page);
  }

  static SessionEvent scroll(String at, String page, int percent) {
    return SessionEvent.scrolled(at(at), page, percent);
  }
}
