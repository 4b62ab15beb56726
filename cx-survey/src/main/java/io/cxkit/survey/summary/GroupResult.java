package io.cxkit.survey.summary;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.survey.internal.Ids;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One group's estimate compared with the rest of the groups pooled, as {@link
 * GroupedSummary#compare} gives it: the segment's NPS against every other segment's answers
 * together. The comparison is cx-core's {@link MergeableEstimate#comparedWith} of the estimate's
 * type ({@code estimate − rest}: NPS points, percentage points or answer-scale units), and its
 * p-value is Holm-adjusted across the groups of the same key and estimate.
 *
 * @param group the group's label, such as {@code B} or {@code de-DE}
 * @param key the estimate compared
 * @param estimate the group's estimate
 * @param rest the estimate of every other group's responses pooled (responses without a group not
 *     included)
 * @param comparison {@code estimate} compared with {@code rest}, or empty where undefined (a side
 *     without data, a mean of fewer than 2 answers)
 * @param adjustedPValue the {@linkplain io.cxkit.core.stats.Holm Holm-adjusted} p-value across the
 *     groups whose comparison is defined; empty exactly when {@code comparison} is
 * @param belowMinimum whether the group's {@link #n()} is below the minimum n asked for: its
 *     figures are shown but too few to act on; it is compared and adjusted like the others
 */
public record GroupResult(String group, EstimateKey key, MergeableEstimate<?> estimate,
    MergeableEstimate<?> rest, Optional<Comparison> comparison, OptionalDouble adjustedPValue,
    boolean belowMinimum) {

  /**
   * @throws InvalidValueException if the label is blank, or the adjusted p-value is present without
   *     a comparison (or absent with one), below the raw p-value or outside [0, 1]
   */
  public GroupResult {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(rest, "rest");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(adjustedPValue, "adjustedPValue");
    if (group.isBlank()) {
      throw new InvalidValueException("group", Ids.quote(group), "a group's label must not be blank");
    }
    GroupEstimates.requireAdjustedPValue(comparison, adjustedPValue);
  }

  /** @return the number of observations of the group's estimate (answers, or a rate's denominator) */
  public long n() {
    return estimate.n();
  }

  /**
   * @param alpha the family-wise significance level, in (0, 1), such as 0.05
   * @return whether the Holm-adjusted p-value is below {@code alpha}; false where undefined
   * @throws InvalidValueException if {@code alpha} is not in (0, 1)
   */
  public boolean isSignificant(double alpha) {
    return GroupEstimates.isSignificant(adjustedPValue, alpha);
  }
}
