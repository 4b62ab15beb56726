package io.cxkit.survey.text;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Holm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The phrases of a focus group of comments compared with those of a reference group (detractors
 * against promoters, one segment against the rest), as computed by {@link DistinctivePhrases}:
 * every phrase that passed the minimum count, ranked by {@code z} from the most typical of the
 * focus group to the most typical of the reference group. Empty, and {@link #isEmpty()} says so,
 * when either group has no phrase at all.
 *
 * @param focusComments the comments of the focus group
 * @param referenceComments the comments of the reference group
 * @param focusPhrases {@code n_i}: the (comment, phrase) pairs of the focus group
 * @param referencePhrases {@code n_j}: the (comment, phrase) pairs of the reference group
 * @param priorStrength {@code α0}, the total prior pseudo-count used
 * @param exact whether both groups' counts were exact (not Space-Saving estimates)
 * @param phrases the phrases, by {@code z} from highest to lowest (ties by phrase), unmodifiable
 */
public record DistinctiveComparison(long focusComments, long referenceComments, long focusPhrases,
    long referencePhrases, double priorStrength, boolean exact, List<DistinctivePhrase> phrases) {
  /** Checks the counts and copies the list. */
  public DistinctiveComparison {
    requireNonNegative("focusComments", focusComments);
    requireNonNegative("referenceComments", referenceComments);
    requireNonNegative("focusPhrases", focusPhrases);
    requireNonNegative("referencePhrases", referencePhrases);
    phrases = List.copyOf(Objects.requireNonNull(phrases, "phrases"));
  }

  private static void requireNonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidValueException(field, value, "must be ≥ 0");
    }
  }

  /** @return whether there is no phrase to compare */
  public boolean isEmpty() {
    return phrases.isEmpty();
  }

  /**
   * @param n how many, ≥ 0
   * @return up to {@code n} phrases with {@code z > 0}, the most typical of the focus group first
   * @throws InvalidValueException if {@code n} is negative
   */
  public List<DistinctivePhrase> topOfFocus(int n) {
    requireNonNegative("n", n);
    List<DistinctivePhrase> out = new ArrayList<>(Math.min(n, phrases.size()));
    for (int i = 0; i < phrases.size() && out.size() < n && phrases.get(i).z() > 0; i++) {
      out.add(phrases.get(i));
    }
    return List.copyOf(out);
  }

  /**
   * @param n how many, ≥ 0
   * @return up to {@code n} phrases with {@code z < 0}, the most typical of the reference group
   *     first
   * @throws InvalidValueException if {@code n} is negative
   */
  public List<DistinctivePhrase> topOfReference(int n) {
    requireNonNegative("n", n);
    List<DistinctivePhrase> out = new ArrayList<>(Math.min(n, phrases.size()));
    for (int i = phrases.size() - 1; i >= 0 && out.size() < n && phrases.get(i).z() < 0; i--) {
      out.add(phrases.get(i));
    }
    return List.copyOf(out);
  }

  /**
   * The phrases that stay significant when every phrase of the comparison is tested at once: the
   * {@linkplain DistinctivePhrase#pValue() p-values} are Holm-adjusted (Holm 1979, cx-core's
   * {@link Holm}) over all {@link #phrases()}, which controls the chance of any false finding at
   * {@code alpha}.
   *
   * @param alpha the family-wise significance level, strictly between 0 and 1 (e.g. 0.05)
   * @return the phrases whose adjusted p-value is below {@code alpha}, in {@link #phrases()} order;
   *     unmodifiable
   * @throws InvalidValueException if {@code alpha} is not in (0, 1)
   */
  public List<DistinctivePhrase> significant(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new InvalidValueException("alpha", alpha, "must be strictly between 0 and 1");
    }
    double[] p = new double[phrases.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = phrases.get(i).pValue();
    }
    double[] adjusted = p.length == 0 ? p : Holm.adjust(p);
    List<DistinctivePhrase> out = new ArrayList<>();
    for (int i = 0; i < adjusted.length; i++) {
      if (adjusted[i] < alpha) {
        out.add(phrases.get(i));
      }
    }
    return List.copyOf(out);
  }

  /**
   * @param phrase a phrase
   * @return its entry, or empty if it was in neither group or below the minimum count
   */
  public Optional<DistinctivePhrase> phrase(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    return phrases.stream().filter(p -> p.phrase().equals(phrase)).findFirst();
  }
}
