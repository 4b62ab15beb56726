package io.cxkit.journey.cx;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A response is to a survey the {@link JourneyCx} definition was not given, so it cannot be
 * summarised: the message names the response, the survey id and the surveys there are. Readers and
 * callers can count it as a bad record and go on; nothing of it was counted.
 */
public class UnknownSurveyException extends InvalidJourneyException {
  private static final long serialVersionUID = 1L;

  private final String responseId;
  private final String surveyId;

  /**
   * @param responseId the id of the response
   * @param surveyId the survey id it names
   * @param known the ids of the surveys given
   */
  public UnknownSurveyException(String responseId, String surveyId, Collection<String> known) {
    super("surveyId", JourneyIds.quote(surveyId), "response " + JourneyIds.quote(responseId)
        + " is to a survey not given to this join; the surveys are " + List.copyOf(known));
    this.responseId = Objects.requireNonNull(responseId, "responseId");
    this.surveyId = surveyId;
  }

  /** @return the id of the response refused */
  public String responseId() {
    return responseId;
  }

  /** @return the survey id it names */
  public String surveyId() {
    return surveyId;
  }
}
