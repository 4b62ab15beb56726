package io.cxkit.journey.intercept;

import io.cxkit.journey.internal.JourneyIds;
import java.util.List;
import java.util.Objects;

/**
 * How one intercept fared in one decision: its trigger rule's check (with each named trigger's own
 * {@link TriggerCheck}) and every {@link Reason} that stood
 * against it. A candidate is shown exactly when no reason stands against it, and at most one
 * candidate of a decision is.
 *
 * @param interceptId the intercept
 * @param surveyId its survey
 * @param priority its priority (the higher wins)
 * @param trigger what its trigger rule said, fired or not, with each trigger's check by id
 * @param reasons every reason it was not shown, in the order of {@link Reason}'s types; empty when
 *     shown; copied, unmodifiable
 */
public record Candidate(String interceptId, String surveyId, int priority, TriggerRuleCheck trigger,
    List<Reason> reasons) {

  /** Checks the parts are there, and copies the reasons. */
  public Candidate {
    Objects.requireNonNull(interceptId, "interceptId");
    Objects.requireNonNull(surveyId, "surveyId");
    Objects.requireNonNull(trigger, "trigger");
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
  }

  /** @return whether this candidate is the one shown */
  public boolean shown() {
    return reasons.isEmpty();
  }

  /** @return such as {@code Candidate["exit" shown]} or {@code Candidate["nps" cooling-down, ...]} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Candidate[").append(JourneyIds.quote(interceptId));
    if (reasons.isEmpty()) {
      out.append(" shown");
    }
    for (int i = 0; i < reasons.size(); i++) {
      out.append(i == 0 ? " " : ", ").append(reasons.get(i).code());
    }
    return out.append(']').toString();
  }

  /** A percent as {@code 10} or {@code 2.5}, for messages. */
  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : Double.toString(value);
  }
}
