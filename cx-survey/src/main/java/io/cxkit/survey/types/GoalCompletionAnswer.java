package io.cxkit.survey.types;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Answer;
import io.cxkit.survey.InvalidResponseException;

/**
 * An answer to a {@link GoalCompletionQuestion}; in JSON {@code "outcome": "fully"}, {@code
 * "partially"} or {@code "not-achieved"}.
 *
 * @param outcome whether the goal of the visit was achieved
 */
public record GoalCompletionAnswer(GoalOutcome outcome) implements Answer {

  /** @throws InvalidResponseException if the outcome is absent */
  public GoalCompletionAnswer {
    Rules.requirePart("outcome", outcome);
  }
}
