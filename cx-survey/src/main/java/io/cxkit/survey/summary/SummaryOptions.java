package io.cxkit.survey.summary;

/**
 * How a summary counts. Summaries merge only with summaries counted the same way.
 *
 * @param dismissedInDenominators whether dismissed responses (shown and closed without an answer)
 *     join the denominators of response rates: the survey completion rate when displays are not
 *     given, and the first question's reach, answer rate and drop-off (where a dismissal is a
 *     respondent who saw it and left). Off by default: dismissals are counted apart, and rates are
 *     over respondents who started. Scores (an NPS, a CSAT) are always over the answers given, never
 *     over respondents who gave none.
 */
public record SummaryOptions(boolean dismissedInDenominators) {

  /** Dismissed responses counted apart, out of every denominator. */
  public static final SummaryOptions DEFAULT = new SummaryOptions(false);

  /**
   * @param include whether dismissed responses join the denominators of response rates
   * @return these options with that setting
   */
  public SummaryOptions withDismissedInDenominators(boolean include) {
    return new SummaryOptions(include);
  }
}
