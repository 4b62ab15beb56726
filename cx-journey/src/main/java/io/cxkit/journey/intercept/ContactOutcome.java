package io.cxkit.journey.intercept;

/** How a past survey contact ended, as a person's {@link SurveyHistory} records it. */
public enum ContactOutcome {
  /** The survey was shown and neither completed nor dismissed (yet). */
  SHOWN,
  /** The survey was shown and closed without an answer. */
  DISMISSED,
  /** The survey was shown and completed. */
  COMPLETED
}
