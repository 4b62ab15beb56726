package io.cxkit.journey.intercept;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.time.Instant;
import java.util.Objects;

/**
 * One time a survey was shown to a person, and how it ended.
 *
 * @param surveyId the survey shown
 * @param shownAt when it was shown
 * @param outcome how it ended
 */
public record SurveyContact(String surveyId, Instant shownAt, ContactOutcome outcome) {
  /** @throws InvalidJourneyException if the survey id is malformed */
  public SurveyContact {
    Objects.requireNonNull(surveyId, "surveyId");
    if (!JourneyIds.isId(surveyId)) {
      throw new InvalidJourneyException("surveyId", JourneyIds.quote(surveyId),
          JourneyIds.ID_RULE);
    }
    Objects.requireNonNull(shownAt, "shownAt");
    Objects.requireNonNull(outcome, "outcome");
  }
}
