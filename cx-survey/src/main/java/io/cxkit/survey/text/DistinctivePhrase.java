package io.cxkit.survey.text;

import io.cxkit.core.stats.Comparison;
import java.util.Objects;

/**
 * One phrase of a {@link DistinctiveComparison}: the counts behind it and its weighted log-odds
 * ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn, "Fightin' Words",
 * Political Analysis 16(4), 2008, eq. 16–22). A positive {@code z} says the phrase is more
 * typical of the focus group, a negative one of the reference group; |z| &gt; 1.96 is about the
 * two-sided 5 % level for one phrase taken alone, not corrected for the many phrases compared
 * ({@link #pValue()} gives it exactly; {@link DistinctiveComparison#significant(double)} corrects
 * for the many by Holm's method).
 *
 * @param phrase the phrase, tokens joined by one space
 * @param focusCount the comments of the focus group that mention it ({@code y_wi})
 * @param referenceCount the comments of the reference group that mention it ({@code y_wj})
 * @param prior its prior pseudo-count {@code α_w = α0 · (y_wi + y_wj) / (n_i + n_j)}
 * @param logOddsRatio {@code δ_w}, the difference of its smoothed log-odds in the two groups
 * @param variance the approximate variance of {@code δ_w}: {@code 1/(y_wi + α_w) + 1/(y_wj + α_w)}
 * @param z {@code δ_w / sqrt(variance)}, the ranking score
 */
public record DistinctivePhrase(String phrase, long focusCount, long referenceCount, double prior,
    double logOddsRatio, double variance, double z) {
  /** Checks that the phrase is present. */
  public DistinctivePhrase {
    Objects.requireNonNull(phrase, "phrase");
  }

  /** @return {@code sqrt(variance)}, the standard error of {@link #logOddsRatio()} */
  public double standardError() {
    return Math.sqrt(variance);
  }

  /**
   * The log-odds ratio as a z-test against no difference, by cx-core's {@link
   * Comparison#normal}: {@code difference} is {@link #logOddsRatio()} (on the log-odds scale,
   * unbounded), its standard error {@link #standardError()}, and the interval {@code δ ± q·σ}.
   *
   * @return the comparison behind {@link #pValue()}
   */
  public Comparison comparison() {
    return Comparison.normal(logOddsRatio, standardError(), Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, "weighted log-odds z-test (Monroe, Colaresi and Quinn 2008)");
  }

  /**
   * @return the two-sided p-value of {@link #z()} under the standard normal, {@code 2·(1 −
   *     Φ(|z|))}, in [0, 1]: for this phrase taken alone, as Monroe et al. read z; when many
   *     phrases are screened, use {@link DistinctiveComparison#significant(double)}
   */
  public double pValue() {
    return comparison().pValue();
  }
}
