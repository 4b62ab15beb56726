package io.cxkit.journey.intercept;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a {@link TriggerRule} fired for one input, with each of its triggers' own checks — what
 * the intercept engine reports when a candidate survey was not shown.
 *
 * @param fired whether the rule fired
 * @param detail why, in a short phrase: {@code "fired: exit-checkout"}, {@code "no trigger fired"},
 *     {@code "when does not hold; fired: exit-checkout"}
 * @param checks each trigger's check, by its id, in the rule's order; copied, unmodifiable
 */
public record TriggerRuleCheck(boolean fired, String detail, Map<String, TriggerCheck> checks) {
  /** Copies the checks. */
  public TriggerRuleCheck {
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(checks, "checks");
    Map<String, TriggerCheck> copy = new LinkedHashMap<>(checks.size() * 2);
    for (Map.Entry<String, TriggerCheck> entry : checks.entrySet()) {
      String id = Objects.requireNonNull(entry.getKey(), "checks key");
      copy.put(id, Objects.requireNonNull(entry.getValue(), () -> "checks[" + id + "]"));
    }
    checks = Collections.unmodifiableMap(copy);
  }
}
