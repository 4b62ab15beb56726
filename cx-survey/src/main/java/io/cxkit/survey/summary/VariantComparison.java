package io.cxkit.survey.summary;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Holm;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.survey.internal.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One figure of an A/B test: a variant's estimate against the baseline's, as {@link
 * GroupedSummary#compareVariants} gives it. The comparison is the variant's {@link
 * MergeableEstimate#comparedWith comparedWith(baseline)}: the difference {@code variant −
 * baseline} (NPS points, percentage points, answer-scale units), its interval and two-sided p-value
 * by the estimate's own method (the pooled two-proportion z-test with Newcombe's interval for a
 * rate or share, Rocks' adjusted-Wald test for an NPS, Welch's t-test for a mean).
 *
 * <p>Testing several figures of one experiment raises the chance that one of them looks
 * significant by luck, so the p-values are {@linkplain Holm Holm-adjusted} across the figures
 * compared in one call (the family is the keys passed, whose comparison is defined): to keep the
 * family-wise error rate at α, judge each figure by {@link #adjustedPValue()}. With one key the
 * adjusted p-value is the raw one.
 *
 * @param key the estimate compared
 * @param baseline the baseline group's label, such as {@code A}
 * @param variant the variant group's label, such as {@code B}
 * @param baselineEstimate the baseline's estimate
 * @param variantEstimate the variant's estimate
 * @param comparison {@code variantEstimate} compared with {@code baselineEstimate}, or empty where
 *     undefined (a side without data, a mean of fewer than 2 answers)
 * @param adjustedPValue the Holm-adjusted p-value across the call's defined comparisons; empty
 *     exactly when {@code comparison} is
 */
public record VariantComparison(EstimateKey key, String baseline, String variant,
    MergeableEstimate<?> baselineEstimate, MergeableEstimate<?> variantEstimate,
    Optional<Comparison> comparison, OptionalDouble adjustedPValue) {

  /**
   * @throws InvalidValueException if a label is blank, the labels are equal, or the adjusted
   *     p-value is present without a comparison (or absent with one), below the raw p-value or
   *     above 1
   */
  public VariantComparison {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(baselineEstimate, "baselineEstimate");
    Objects.requireNonNull(variantEstimate, "variantEstimate");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(adjustedPValue, "adjustedPValue");
    GroupedSummary.requireLabel("baseline", baseline);
    GroupedSummary.requireLabel("variant", variant);
    if (baseline.equals(variant)) {
      throw new InvalidValueException("variant", Ids.quote(variant),
          "must differ from the baseline: a group compared with itself tells nothing");
    }
    GroupEstimates.requireAdjustedPValue(comparison, adjustedPValue);
  }

  /**
   * @param alpha the family-wise significance level, in (0, 1), such as 0.05
   * @return whether the Holm-adjusted p-value is below {@code alpha}; false where undefined
   * @throws InvalidValueException if {@code alpha} is not in (0, 1)
   */
  public boolean isSignificant(double alpha) {
    return GroupEstimates.isSignificant(adjustedPValue, alpha);
  }

  /** The work of {@link GroupedSummary#compareVariants}. */
  static List<VariantComparison> of(GroupedSummary groups, String baseline, String variant,
      Collection<EstimateKey> keys) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(keys, "keys");
    if (baseline.equals(variant)) {
      throw new InvalidValueException("variant", Ids.quote(variant),
          "must differ from the baseline: a group compared with itself tells nothing");
    }
    SurveySummary a = groups.group(baseline);
    SurveySummary b = groups.group(variant);
    Set<EstimateKey> seen = new HashSet<>();
    List<EstimateKey> ordered = new ArrayList<>(keys.size());
    List<MergeableEstimate<?>> as = new ArrayList<>(keys.size());
    List<MergeableEstimate<?>> bs = new ArrayList<>(keys.size());
    List<Optional<Comparison>> comparisons = new ArrayList<>(keys.size());
    int defined = 0;
    for (EstimateKey key : keys) {
      Objects.requireNonNull(key, "keys element");
      if (!seen.add(key)) {
        throw new InvalidValueException("keys", key,
            "must name each estimate once: a repeated key would count twice in the Holm family");
      }
      MergeableEstimate<?> ea = a.estimate(key);
      MergeableEstimate<?> eb = b.estimate(key);
      Optional<Comparison> comparison = GroupEstimates.compare(key, eb, ea,
          groups.keyName() + " " + variant, groups.keyName() + " " + baseline);
      ordered.add(key);
      as.add(ea);
      bs.add(eb);
      comparisons.add(comparison);
      defined += comparison.isPresent() ? 1 : 0;
    }
    double[] raw = new double[defined];
    int next = 0;
    for (Optional<Comparison> comparison : comparisons) {
      if (comparison.isPresent()) {
        raw[next++] = comparison.get().pValue();
      }
    }
    double[] adjusted = Holm.adjust(raw);
    List<VariantComparison> out = new ArrayList<>(comparisons.size());
    next = 0;
    for (int i = 0; i < ordered.size(); i++) {
      Optional<Comparison> comparison = comparisons.get(i);
      OptionalDouble p = comparison.isPresent() ? OptionalDouble.of(adjusted[next++])
          : OptionalDouble.empty();
      out.add(new VariantComparison(ordered.get(i), baseline, variant, as.get(i), bs.get(i),
          comparison, p));
    }
    return List.copyOf(out);
  }
}
