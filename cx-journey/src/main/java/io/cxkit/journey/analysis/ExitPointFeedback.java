package io.cxkit.journey.analysis;

import io.cxkit.survey.summary.SurveySummary;
import java.util.Objects;

/**
 * The "why" beside the "where": one exit point with the survey feedback given at its touchpoint,
 * summarised by cx-survey exactly as any survey summary is (goal completion with its outcome
 * shares, reason shares, CES and NPS with their intervals, open-text comments).
 *
 * @param exitPoint where and how often customers left
 * @param feedback the summary of the responses given there (an empty summary when none was)
 */
public record ExitPointFeedback(ExitPoint exitPoint, SurveySummary feedback) {

  /** Checks the parts are present. */
  public ExitPointFeedback {
    Objects.requireNonNull(exitPoint, "exitPoint");
    Objects.requireNonNull(feedback, "feedback");
  }
}
