package io.cxkit.survey.summary;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.GroupComparison;
import io.cxkit.core.stats.MergeableEstimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one place where estimates of unknown type ({@code MergeableEstimate<?>}, as summaries hand
 * them out) are pooled and compared: each operation checks first that the estimates are of one
 * class (and, for {@link Rate}s, of one denominator), so that the unchecked cast to a common type
 * cannot fail later with a {@link ClassCastException}.
 */
final class GroupEstimates {
  private GroupEstimates() {}

  /**
   * @param key the estimate compared, for the message
   * @param estimates the groups' estimates of that key, by group label
   * @return each group against the rest pooled, Holm-adjusted across the groups, in the map's order
   * @throws IncompatibleMergeException if two estimates are of different classes or denominators
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static List<GroupComparison<String, ?>> eachAgainstRest(EstimateKey key,
      Map<String, MergeableEstimate<?>> estimates) {
    requireAlike(key, estimates);
    // Every estimate is of one class T (checked above), which implements MergeableEstimate<T>.
    List<GroupComparison> raw = GroupComparison.eachAgainstRest((Map) estimates);
    List<GroupComparison<String, ?>> out = new ArrayList<>(raw.size());
    for (GroupComparison comparison : raw) {
      out.add(comparison);
    }
    return out;
  }

  /**
   * @param key the estimate compared, for the message
   * @param estimate the estimate
   * @param baseline the baseline
   * @param estimateLabel what {@code estimate} is, for the message (a group, a period)
   * @param baselineLabel what {@code baseline} is
   * @return {@code estimate.comparedWith(baseline)}
   * @throws IncompatibleMergeException if they are of different classes or denominators
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Optional<Comparison> compare(EstimateKey key, MergeableEstimate<?> estimate,
      MergeableEstimate<?> baseline, String estimateLabel, String baselineLabel) {
    Map<String, MergeableEstimate<?>> pair = new LinkedHashMap<>();
    pair.put(estimateLabel, estimate);
    pair.put(baselineLabel, baseline);
    requireAlike(key, pair);
    return ((MergeableEstimate) estimate).comparedWith(baseline);
  }

  /**
   * Checks a Holm-adjusted p-value against the comparison it adjusts, as {@link GroupResult} and
   * {@link VariantComparison} hold them.
   *
   * @throws InvalidValueException if it is present without the comparison (or absent with it), or
   *     outside [raw p-value, 1]
   */
  static void requireAdjustedPValue(Optional<Comparison> comparison,
      OptionalDouble adjustedPValue) {
    if (comparison.isPresent() != adjustedPValue.isPresent()) {
      throw new InvalidValueException("adjustedPValue", adjustedPValue,
          "must be present exactly when the comparison is (" + comparison + ")");
    }
    if (adjustedPValue.isPresent()) {
      double p = adjustedPValue.getAsDouble();
      if (!(p >= comparison.get().pValue() && p <= 1)) {
        throw new InvalidValueException("adjustedPValue", p,
            "must lie in [raw p-value, 1] = [" + comparison.get().pValue() + ", 1]");
      }
    }
  }

  /**
   * @return whether a Holm-adjusted p-value is below {@code alpha}; false where there is none
   * @throws InvalidValueException if {@code alpha} is not in (0, 1)
   */
  static boolean isSignificant(OptionalDouble adjustedPValue, double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new InvalidValueException("alpha", alpha, "a significance level must lie in (0, 1)");
    }
    return adjustedPValue.isPresent() && adjustedPValue.getAsDouble() < alpha;
  }

  private static void requireAlike(EstimateKey key, Map<String, MergeableEstimate<?>> estimates) {
    String firstLabel = null;
    MergeableEstimate<?> first = null;
    for (Map.Entry<String, MergeableEstimate<?>> entry : estimates.entrySet()) {
      MergeableEstimate<?> estimate = entry.getValue();
      if (first == null) {
        firstLabel = entry.getKey();
        first = estimate;
        continue;
      }
      if (estimate.getClass() != first.getClass()) {
        throw new IncompatibleMergeException("estimate " + key, "class",
            first.getClass().getSimpleName() + " (" + firstLabel + ")",
            estimate.getClass().getSimpleName() + " (" + entry.getKey() + ")");
      }
      if (first instanceof Rate a && estimate instanceof Rate b
          && !a.denominator().equals(b.denominator())) {
        // A survey completion rate over displays for one group and over starts for another: give
        // displays for every group or for none.
        throw new IncompatibleMergeException("rate " + key, "denominator",
            a.denominator() + " (" + firstLabel + ")", b.denominator() + " (" + entry.getKey() + ")");
      }
    }
  }
}
