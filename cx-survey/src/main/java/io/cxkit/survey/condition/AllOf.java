package io.cxkit.survey.condition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Holds when every one of its conditions holds; in JSON {@code {"allOf": [ … ]}}. Evaluation stops at the first
 * condition that decides the result.
 *
 * @param conditions one or more conditions, in order; copied, unmodifiable
 */
public record AllOf(List<Condition> conditions) implements Condition {

  /**
   * @throws InvalidConditionException if there is no condition
   */
  public AllOf {
    Objects.requireNonNull(conditions, "conditions");
    if (conditions.isEmpty()) {
      throw new InvalidConditionException("allOf", "[]", "must hold at least one condition");
    }
    List<Condition> copy = new ArrayList<>(conditions.size());
    for (int n = 0; n < conditions.size(); n++) {
      int i = n;
      Condition condition = conditions.get(n);
      copy.add(Objects.requireNonNull(condition, () -> "conditions[" + i + "]"));
    }
    conditions = Collections.unmodifiableList(copy);
  }

  @Override
  public boolean test(Facts facts) {
    Objects.requireNonNull(facts, "facts");
    for (Condition condition : conditions) {
      if (!condition.test(facts)) {
        return false;
      }
    }
    return true;
  }
}
