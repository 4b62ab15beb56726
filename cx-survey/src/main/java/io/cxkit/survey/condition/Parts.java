package io.cxkit.survey.condition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The parts of an {@link AllOf} or {@link AnyOf}: one or more conditions, none null. */
final class Parts {
  private Parts() {}

  /**
   * @param member the combination's JSON member ({@code allOf}, {@code anyOf}), for the message
   * @param conditions the parts given
   * @return an unmodifiable copy
   * @throws InvalidConditionException if there is no part
   */
  static List<Condition> copy(String member, List<Condition> conditions) {
    Objects.requireNonNull(conditions, "conditions");
    if (conditions.isEmpty()) {
      throw new InvalidConditionException(member, "[]", "must hold at least one condition");
    }
    List<Condition> copy = new ArrayList<>(conditions.size());
    for (int n = 0; n < conditions.size(); n++) {
      int i = n;
      copy.add(Objects.requireNonNull(conditions.get(n), () -> "conditions[" + i + "]"));
    }
    return Collections.unmodifiableList(copy);
  }
}
