package io.cxkit.journey.analysis;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.internal.GroupTests;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One group's overall funnel conversion compared with the rest of the groups pooled, as {@link
 * FunnelBreakdown#compare} gives it: cx-core's {@link Percentage#comparedWith} (the two-proportion
 * z-test with the pooled proportion and Newcombe's interval of the difference, in percentage
 * points), the p-value {@linkplain io.cxkit.core.stats.Holm Holm-adjusted} across the groups.
 *
 * @param group the group's label
 * @param conversion the group's conversion: the last step's customers of the first step's
 * @param rest the conversion of every other group's customers pooled (customers without a group
 *     not included)
 * @param comparison {@code conversion − rest}, or empty where a side has no customers at the first
 *     step
 * @param adjustedPValue the Holm-adjusted p-value; empty exactly when {@code comparison} is
 * @param belowMinimum whether the group's first-step customers ({@link #n()}) are fewer than the
 *     minimum asked for: shown and compared, but too few to act on
 */
public record FunnelGroupComparison(String group, Percentage conversion, Percentage rest,
    Optional<Comparison> comparison, OptionalDouble adjustedPValue, boolean belowMinimum) {

  /** @throws InvalidValueException if the adjusted p-value is present without a comparison or absent with one */
  public FunnelGroupComparison {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(conversion, "conversion");
    Objects.requireNonNull(rest, "rest");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(adjustedPValue, "adjustedPValue");
    GroupTests.requirePaired(comparison, adjustedPValue, "adjustedPValue", "the comparison");
  }

  /** @return the group's customers at the first step: the n of its conversion */
  public long n() {
    return conversion.n();
  }

  /**
   * @param alpha the family-wise significance level, in (0, 1), such as 0.05
   * @return whether the Holm-adjusted p-value is below {@code alpha}; false where undefined
   * @throws InvalidValueException if {@code alpha} is not in (0, 1)
   */
  public boolean isSignificant(double alpha) {
    return GroupTests.isSignificant(adjustedPValue, alpha);
  }

  /**
   * The comparison as a map for JSON: {@code group}, {@code conversion} and {@code rest} ({@link
   * Percentage#toJsonShape()}), {@code belowMinimum}; and where the comparison is defined, {@code
   * difference} and {@code standardError} (percentage points), {@code pValue}, {@code
   * adjustedPValue}, {@code method} and {@code interval95} ({@code {"lower", "upper"}}).
   *
   * @return the shape; unmodifiable
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("group", group);
    shape.put("conversion", conversion.toJsonShape());
    shape.put("rest", rest.toJsonShape());
    shape.put("belowMinimum", belowMinimum);
    comparison.ifPresent(c -> GroupTests.putComparison(shape, c, adjustedPValue.getAsDouble()));
    return Collections.unmodifiableMap(shape);
  }
}
