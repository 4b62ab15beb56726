package io.cxkit.journey.intercept;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link InterceptEngine} decided for one page view: the intercept to show, if any, and
 * for every intercept of the engine (in the engine's order) how it fared and why it was not shown.
 *
 * @param at the instant of the decision (the engine's clock)
 * @param candidates every intercept's outcome, in the engine's order; copied, unmodifiable
 */
public record InterceptDecision(Instant at, List<Candidate> candidates) {

  /** @throws IllegalArgumentException if more than one candidate is shown */
  public InterceptDecision {
    Objects.requireNonNull(at, "at");
    candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
    int shown = 0;
    for (Candidate candidate : candidates) {
      shown += candidate.shown() ? 1 : 0;
    }
    if (shown > 1) {
      throw new IllegalArgumentException("at most one candidate of a decision is shown, not "
          + shown);
    }
  }

  /** @return the candidate shown, or empty when none is */
  public Optional<Candidate> shown() {
    for (Candidate candidate : candidates) {
      if (candidate.shown()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** @return the survey to show, or empty when none is */
  public Optional<String> surveyId() {
    return shown().map(Candidate::surveyId);
  }

  /**
   * @param interceptId an intercept of the engine
   * @return its outcome, or empty if the engine has no intercept of that id
   */
  public Optional<Candidate> candidate(String interceptId) {
    Objects.requireNonNull(interceptId, "interceptId");
    for (Candidate candidate : candidates) {
      if (candidate.interceptId().equals(interceptId)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
