package io.cxkit.survey.text;

import java.util.Objects;

/**
 * One phrase of a {@link DistinctiveComparison}: the counts behind it and its weighted log-odds
 * ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn, "Fightin' Words",
 * Political Analysis 16(4), 2008, eq. 16–22). A positive {@code z} says the phrase is more
 * typical of the focus group, a negative one of the reference group; |z| &gt; 1.96 is about the
 * two-sided 5 % level for one phrase taken alone, not corrected for the many phrases compared.
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
}
