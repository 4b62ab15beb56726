package io.cxkit.survey;

import java.util.Objects;

/**
 * Where a {@link RoutingRule} sends the respondent: to another question, or to the end of the
 * survey. The question may stand earlier in the survey's order as long as the routing makes no
 * loop. In JSON a rule says {@code "goTo": "reasons"} or {@code "endSurvey": true}.
 */
public sealed interface Destination {

  /** The end of the survey: no more questions are shown. */
  Destination END_SURVEY = new EndSurvey();

  /**
   * @param questionId the id of the question to show next
   * @return that destination
   */
  static Destination goTo(String questionId) {
    return new GoTo(questionId);
  }

  /**
   * Go on with a question.
   *
   * @param questionId the id of the question to show next
   */
  record GoTo(String questionId) implements Destination {
    /** @throws InvalidSurveyException if the id is malformed */
    public GoTo {
      Objects.requireNonNull(questionId, "questionId");
      Survey.requireSurveyId("goTo", questionId);
    }

    /** @return {@code goTo <id>} */
    @Override
    public String toString() {
      return "goTo " + questionId;
    }
  }

  /** End the survey; use {@link #END_SURVEY}. */
  record EndSurvey() implements Destination {
    /** @return {@code endSurvey} */
    @Override
    public String toString() {
      return "endSurvey";
    }
  }
}
