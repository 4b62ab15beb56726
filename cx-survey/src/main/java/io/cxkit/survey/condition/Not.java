package io.cxkit.survey.condition;

import java.util.Objects;

/**
 * Holds when its condition does not; in JSON {@code {"not": { … }}}. Note that a comparison on a
 * skipped question is false, so its negation is true: {@code not(answer("goal").equalTo("fully"))}
 * holds when the goal question was skipped, {@code answer("goal").oneOf("partially",
 * "not-achieved")} does not.
 *
 * @param condition the condition negated
 */
public record Not(Condition condition) implements Condition {

  /** Checks that the condition is present. */
  public Not {
    Objects.requireNonNull(condition, "condition");
  }

  @Override
  public boolean test(Facts facts) {
    return !condition.test(Objects.requireNonNull(facts, "facts"));
  }
}
