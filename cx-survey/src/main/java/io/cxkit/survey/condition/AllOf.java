package io.cxkit.survey.condition;

import java.util.List;
import java.util.Objects;

/**
 * Holds when every one of its conditions holds; in JSON {@code {"allOf": [ … ]}}. Evaluation
 * stops at the first condition that decides the result.
 *
 * @param conditions one or more conditions, in order; copied, unmodifiable
 */
public record AllOf(List<Condition> conditions) implements Condition {

  /**
   * @throws InvalidConditionException if there is no condition
   */
  public AllOf {
    conditions = Parts.copy("allOf", conditions);
  }

  @Override
  public boolean test(Facts facts) {
    Objects.requireNonNull(facts, "facts");
    // An index, not an iterator: evaluation allocates nothing (the list is an ArrayList copy).
    for (int i = 0, n = conditions.size(); i < n; i++) {
      if (!conditions.get(i).test(facts)) {
        return false;
      }
    }
    return true;
  }
}
