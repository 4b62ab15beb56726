package io.cxkit.core.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One group compared with the rest of the groups pooled (a segment's CSAT against every other
 * segment's), with the p-value Holm-adjusted across all groups compared at once.
 *
 * @param group the group's key
 * @param estimate the group's estimate
 * @param rest the pooled estimate of every other group
 * @param comparison {@code estimate} compared with {@code rest}, or empty where undefined
 * @param adjustedPValue the {@linkplain Holm Holm-adjusted} p-value across the groups whose
 *     comparison is defined, or empty where the comparison is undefined
 * @param <K> the type of group keys
 * @param <T> the type of estimate
 */
public record GroupComparison<K, T extends MergeableEstimate<T>>(
    K group, T estimate, T rest, Optional<Comparison> comparison, OptionalDouble adjustedPValue) {

  /**
   * Checks the components.
   */
  public GroupComparison {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(rest, "rest");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(adjustedPValue, "adjustedPValue");
  }

  /**
   * @param alpha the family-wise significance level, in (0, 1)
   * @return whether the Holm-adjusted p-value is below {@code alpha}
   */
  public boolean isSignificant(double alpha) {
    io.cxkit.core.internal.Checks.requireSignificanceLevel(alpha);
    return adjustedPValue.isPresent() && adjustedPValue.getAsDouble() < alpha;
  }

  /**
   * Compares each group with the rest pooled, and adjusts the p-values with Holm's method so that
   * the chance of any false "significant" among all groups stays at the chosen level.
   *
   * @param groups the estimates by group, in the order the result should have; at least 2
   * @param <K> the type of group keys
   * @param <T> the type of estimate
   * @return one comparison per group, in the groups' iteration order
   * @throws io.cxkit.core.InvalidValueException if there are fewer than 2 groups
   * @throws io.cxkit.core.IncompatibleMergeException if the estimates cannot be pooled
   */
  public static <K, T extends MergeableEstimate<T>> List<GroupComparison<K, T>> eachAgainstRest(
      Map<K, T> groups) {
    Objects.requireNonNull(groups, "groups");
    if (groups.size() < 2) {
      throw new io.cxkit.core.InvalidValueException("groups.size", groups.size(),
          "comparing each group with the rest needs at least 2 groups");
    }
    List<K> keys = new ArrayList<>(groups.keySet());
    List<T> values = new ArrayList<>(groups.values());
    int m = keys.size();
    // Pooled rest of group i = prefix[i-1] + suffix[i+1]: O(m) merges instead of O(m²).
    List<T> prefix = new ArrayList<>(Collections.nCopies(m, null));
    List<T> suffix = new ArrayList<>(Collections.nCopies(m, null));
    for (int i = 0; i < m; i++) {
      T value = Objects.requireNonNull(values.get(i), "groups value");
      prefix.set(i, i == 0 ? value : prefix.get(i - 1).plus(value));
    }
    for (int i = m - 1; i >= 0; i--) {
      suffix.set(i, i == m - 1 ? values.get(i) : values.get(i).plus(suffix.get(i + 1)));
    }
    List<T> rests = new ArrayList<>(m);
    List<Optional<Comparison>> comparisons = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      T rest = i == 0 ? suffix.get(1) : i == m - 1 ? prefix.get(m - 2) : prefix.get(i - 1).plus(suffix.get(i + 1));
      rests.add(rest);
      comparisons.add(values.get(i).comparedWith(rest));
    }
    double[] raw = comparisons.stream().filter(Optional::isPresent)
        .mapToDouble(c -> c.get().pValue()).toArray();
    double[] adjusted = Holm.adjust(raw);
    List<GroupComparison<K, T>> result = new ArrayList<>(m);
    int next = 0;
    for (int i = 0; i < m; i++) {
      OptionalDouble adj = comparisons.get(i).isPresent() ? OptionalDouble.of(adjusted[next++]) : OptionalDouble.empty();
      result.add(new GroupComparison<>(keys.get(i), values.get(i), rests.get(i), comparisons.get(i), adj));
    }
    return List.copyOf(result);
  }
}
