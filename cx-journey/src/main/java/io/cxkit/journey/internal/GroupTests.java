package io.cxkit.journey.internal;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Holm;
import io.cxkit.core.stats.Interval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * What the "each group against the rest" comparisons of the funnel and retention results share: the
 * {@linkplain Holm Holm} adjustment of tests that may be undefined, the pairing of a test with its
 * adjusted p-value, significance at a level, and the JSON members of a {@link Comparison}.
 */
public final class GroupTests {
  private GroupTests() {}

  /**
   * @param tests one test per group, empty where undefined
   * @param pValue a test's unadjusted p-value
   * @param <T> the type of test
   * @return per group the Holm-adjusted p-value across the defined tests, empty where undefined
   */
  public static <T> List<OptionalDouble> holm(List<Optional<T>> tests, ToDoubleFunction<T> pValue) {
    double[] raw = tests.stream().flatMap(Optional::stream).mapToDouble(pValue).toArray();
    double[] adjusted = Holm.adjust(raw);
    List<OptionalDouble> out = new ArrayList<>(tests.size());
    int next = 0;
    for (Optional<T> test : tests) {
      out.add(test.isPresent() ? OptionalDouble.of(adjusted[next++]) : OptionalDouble.empty());
    }
    return out;
  }

  /**
   * @param test a test, empty where undefined
   * @param adjustedPValue its adjusted p-value
   * @param field the p-value's field, for the message
   * @param what the test, completing "is present exactly when … is"
   * @throws InvalidValueException if one is present without the other
   */
  public static void requirePaired(Optional<?> test, OptionalDouble adjustedPValue, String field,
      String what) {
    if (test.isPresent() != adjustedPValue.isPresent()) {
      throw new InvalidValueException(field, adjustedPValue,
          "is present exactly when " + what + " is");
    }
  }

  /**
   * @param adjustedPValue a Holm-adjusted p-value, empty where undefined
   * @param alpha the family-wise significance level, in (0, 1)
   * @return whether the p-value is below {@code alpha}; false where undefined
   * @throws InvalidValueException if {@code alpha} is not in (0, 1)
   */
  public static boolean isSignificant(OptionalDouble adjustedPValue, double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new InvalidValueException("alpha", alpha, "a significance level must be in (0, 1)");
    }
    return adjustedPValue.isPresent() && adjustedPValue.getAsDouble() < alpha;
  }

  /**
   * Adds a comparison's members to a JSON shape: {@code difference} and {@code standardError}
   * (percentage points), {@code pValue}, {@code adjustedPValue}, {@code method} and {@code
   * interval95} ({@code {"lower", "upper"}}).
   *
   * @param shape the shape to add to
   * @param comparison the comparison
   * @param adjustedPValue its Holm-adjusted p-value
   */
  public static void putComparison(Map<String, Object> shape, Comparison comparison,
      double adjustedPValue) {
    shape.put("difference", comparison.difference());
    shape.put("standardError", comparison.standardError());
    shape.put("pValue", comparison.pValue());
    shape.put("adjustedPValue", adjustedPValue);
    shape.put("method", comparison.method());
    Interval interval = comparison.confidenceInterval(0.95);
    Map<String, Object> bounds = new LinkedHashMap<>();
    bounds.put("lower", interval.lower());
    bounds.put("upper", interval.upper());
    shape.put("interval95", Collections.unmodifiableMap(bounds));
  }
}
