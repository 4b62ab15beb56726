package io.cxkit.survey.text;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Which phrases set one group of comments apart from another: the weighted log-odds ratio with an
 * informative Dirichlet prior of Monroe, Colaresi and Quinn ("Fightin' Words: Lexical Feature
 * Selection and Evaluation for Identifying the Content of Political Conflict", Political
 * Analysis 16(4), 2008, 372–403, eq. 16–22). With {@code y_wi} the comments of group i that
 * mention phrase w, {@code n_i} the (comment, phrase) pairs of group i (its {@link
 * PhraseCounts#totalPhrases()}), and the prior taken from both groups pooled,
 *
 * <pre>
 *   α_w = α0 · (y_wi + y_wj) / (n_i + n_j)
 *   δ_w = log((y_wi + α_w) / (n_i + α0 − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α0 − y_wj − α_w))
 *   σ²(δ_w) ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w)
 *   z_w = δ_w / σ(δ_w)
 * </pre>
 *
 * <p>The prior shrinks the log-odds of rare phrases towards 0, so that a phrase said once in a
 * small group does not top the list, and the z-score accounts for how much evidence there is:
 * ranking by z favours phrases that are both frequent and lopsided. The counts are document
 * frequencies (a comment counts once per phrase), used as the multinomial counts of the model.
 *
 * <p><b>Defaults.</b> {@code α0} is the pooled total {@code n_i + n_j}, so that {@code α_w =
 * y_wi + y_wj}: the prior weighs as much as the data, a scale-free choice for corpora of any
 * size; set a fixed {@code α0} with {@link Builder#priorStrength(double)}. Every phrase is
 * scored ({@link Builder#minCount(long)} = 1). Space-Saving estimates are refused, because their
 * counts are upper bounds that inflate rare phrases; {@link Builder#allowInexactCounts()} accepts
 * them, scoring held phrases at their estimated count and phrases a group does not hold at 0.
 *
 * <p>Immutable and thread-safe.
 */
public final class DistinctivePhrases {
  private static final DistinctivePhrases STANDARD = new Builder().build();

  private static final Comparator<DistinctivePhrase> BY_Z =
      Comparator.comparingDouble(DistinctivePhrase::z).reversed()
          .thenComparing(DistinctivePhrase::phrase);

  private final double priorStrength;
  private final long minCount;
  private final boolean allowInexact;

  private DistinctivePhrases(double priorStrength, long minCount, boolean allowInexact) {
    this.priorStrength = priorStrength;
    this.minCount = minCount;
    this.allowInexact = allowInexact;
  }

  /** @return the defaults: pooled prior strength, minimum count 1, exact counts only */
  public static DistinctivePhrases standard() {
    return STANDARD;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the fixed {@code α0}, or empty when it is the pooled total {@code n_i + n_j} */
  public OptionalDouble priorStrength() {
    return Double.isNaN(priorStrength) ? OptionalDouble.empty() : OptionalDouble.of(priorStrength);
  }

  /** @return the fewest comments of both groups together a phrase needs to be scored */
  public long minCount() {
    return minCount;
  }

  /** @return whether Space-Saving estimates are accepted */
  public boolean allowsInexactCounts() {
    return allowInexact;
  }

  /**
   * Compares the phrases of two groups.
   *
   * @param focus the counts of the group to characterise (i)
   * @param reference the counts of the group it is set against (j)
   * @return the comparison; empty if either group has no phrase
   * @throws IncompatibleMergeException if the two were counted with different phrase lengths
   * @throws InvalidValueException if a group's counts are not exact and inexact counts are not
   *     allowed
   */
  public DistinctiveComparison compare(PhraseCounts focus, PhraseCounts reference) {
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(reference, "reference");
    if (focus.maxWords() != reference.maxWords()) {
      throw new IncompatibleMergeException("DistinctivePhrases", "maxWords", focus.maxWords(),
          reference.maxWords());
    }
    requireExact("focus", focus);
    requireExact("reference", reference);
    Map<String, long[]> vocabulary = new HashMap<>();
    focus.asMap().forEach((phrase, count) -> vocabulary.put(phrase, new long[] {count.count(), 0}));
    reference.asMap().forEach((phrase, count) ->
        vocabulary.computeIfAbsent(phrase, p -> new long[2])[1] = count.count());
    return score(vocabulary, focus.totalComments(), reference.totalComments(), focus.totalPhrases(),
        reference.totalPhrases(), focus.isExact() && reference.isExact());
  }

  /**
   * Compares two groups of grouped counts, such as {@code "detractor"} against {@code
   * "promoter"}.
   *
   * @param groups the grouped counts
   * @param focus the name of the group to characterise
   * @param reference the name of the group it is set against
   * @return the comparison
   * @throws InvalidValueException if a name is not one of the groups, or a group's counts are not
   *     exact and inexact counts are not allowed
   */
  public DistinctiveComparison compare(PhraseGroupCounts groups, String focus, String reference) {
    Objects.requireNonNull(groups, "groups");
    return compare(group(groups, "focus", focus), group(groups, "reference", reference));
  }

  private static PhraseCounts group(PhraseGroupCounts groups, String field, String name) {
    Objects.requireNonNull(name, field);
    return groups.group(name).orElseThrow(() -> new InvalidValueException(field, "\"" + name + "\"",
        "must be one of the groups " + groups.groups().keySet()));
  }

  /**
   * Compares each group with all the other groups pooled ("the rest"): the rest's count of a
   * phrase is the sum of the other groups' counts, and its {@code n} the sum of theirs. The rest
   * is summed exactly, not through a capacity-bounded merge, so exact groups give an exact rest.
   *
   * @param groups the grouped counts
   * @return each group's comparison with the rest, in group name order, unmodifiable; a group's
   *     comparison is empty when it or the rest has no phrase (one group alone has no rest)
   * @throws InvalidValueException if a group's counts are not exact and inexact counts are not
   *     allowed
   * @throws CountOverflowException if the groups' totals together exceed {@link Long#MAX_VALUE}
   */
  public Map<String, DistinctiveComparison> eachAgainstRest(PhraseGroupCounts groups) {
    Objects.requireNonNull(groups, "groups");
    Map<String, long[]> totals = new HashMap<>();
    long allComments = 0;
    long allPhrases = 0;
    for (Map.Entry<String, PhraseCounts> group : groups.groups().entrySet()) {
      requireExact("groups[" + group.getKey() + "]", group.getValue());
      group.getValue().asMap().forEach((phrase, count) ->
          totals.computeIfAbsent(phrase, p -> new long[1])[0] += count.count());
      allComments = add("totalComments", allComments, group.getValue().totalComments());
      allPhrases = add("totalPhrases", allPhrases, group.getValue().totalPhrases());
    }
    Map<String, DistinctiveComparison> out = new LinkedHashMap<>();
    for (Map.Entry<String, PhraseCounts> group : groups.groups().entrySet()) {
      PhraseCounts focus = group.getValue();
      Map<String, long[]> vocabulary = new HashMap<>(Math.max(16, totals.size() * 4 / 3 + 1));
      totals.forEach((phrase, total) -> {
        long mine = focus.asMap().containsKey(phrase) ? focus.asMap().get(phrase).count() : 0;
        vocabulary.put(phrase, new long[] {mine, total[0] - mine});
      });
      out.put(group.getKey(), score(vocabulary, focus.totalComments(),
          allComments - focus.totalComments(), focus.totalPhrases(), allPhrases - focus.totalPhrases(),
          groups.isExact()));
    }
    return Collections.unmodifiableMap(out);
  }

  private static long add(String field, long a, long b) {
    long sum = a + b;
    if (sum < 0) {
      throw new CountOverflowException(field, a, b);
    }
    return sum;
  }

  private void requireExact(String field, PhraseCounts counts) {
    if (!allowInexact && !counts.isExact()) {
      throw new InvalidValueException(field + ".unmonitoredBound", counts.unmonitoredBound(),
          "must be 0 (exact counts): Space-Saving counts are upper bounds that inflate rare "
              + "phrases; raise the counter's capacity or allow inexact counts");
    }
  }

  private DistinctiveComparison score(Map<String, long[]> vocabulary, long focusComments,
      long referenceComments, long ni, long nj, boolean exact) {
    double pooled = (double) ni + nj;
    double a0 = Double.isNaN(priorStrength) ? pooled : priorStrength;
    List<DistinctivePhrase> scored = new ArrayList<>();
    if (ni > 0 && nj > 0) {
      for (Map.Entry<String, long[]> entry : vocabulary.entrySet()) {
        long yi = entry.getValue()[0];
        long yj = entry.getValue()[1];
        if (yi + yj < minCount) {
          continue;
        }
        double alpha = a0 * (yi + yj) / pooled;
        double restI = ni + a0 - yi - alpha;
        double restJ = nj + a0 - yj - alpha;
        // Zero only when this phrase is every pair of both groups: there are no odds to compare.
        if (restI <= 0 || restJ <= 0) {
          continue;
        }
        double delta = Math.log((yi + alpha) / restI) - Math.log((yj + alpha) / restJ);
        double variance = 1 / (yi + alpha) + 1 / (yj + alpha);
        scored.add(new DistinctivePhrase(entry.getKey(), yi, yj, alpha, delta, variance,
            delta / Math.sqrt(variance)));
      }
    }
    scored.sort(BY_Z);
    return new DistinctiveComparison(focusComments, referenceComments, ni, nj, a0, exact, scored);
  }

  @Override
  public String toString() {
    return "DistinctivePhrases{priorStrength=" + (Double.isNaN(priorStrength) ? "pooled" : priorStrength)
        + ", minCount=" + minCount + (allowInexact ? ", inexact allowed" : "") + "}";
  }

  /** Sets the options of a {@link DistinctivePhrases}; each at most once. */
  public static final class Builder {
    private double priorStrength = Double.NaN;
    private boolean priorSet;
    private long minCount = 1;
    private boolean minCountSet;
    private boolean allowInexact;

    private Builder() {}

    /**
     * @param alpha0 the total prior pseudo-count {@code α0}, finite and &gt; 0, instead of the
     *     pooled total
     * @return this builder
     * @throws IllegalStateException if it was set already
     */
    public Builder priorStrength(double alpha0) {
      if (priorSet) {
        throw new IllegalStateException("priorStrength is set already");
      }
      priorSet = true;
      priorStrength = alpha0;
      return this;
    }

    /**
     * @param count the fewest comments of both groups together a phrase needs to be scored, ≥ 1
     * @return this builder
     * @throws IllegalStateException if it was set already
     */
    public Builder minCount(long count) {
      if (minCountSet) {
        throw new IllegalStateException("minCount is set already");
      }
      minCountSet = true;
      minCount = count;
      return this;
    }

    /**
     * Accepts Space-Saving estimates; their over-counting then biases the scores of rare phrases.
     *
     * @return this builder
     * @throws IllegalStateException if it was set already
     */
    public Builder allowInexactCounts() {
      if (allowInexact) {
        throw new IllegalStateException("allowInexactCounts is set already");
      }
      allowInexact = true;
      return this;
    }

    /**
     * @return the analyser
     * @throws InvalidValueException if the prior strength is not finite and positive, or the
     *     minimum count is below 1
     */
    public DistinctivePhrases build() {
      if (priorSet && !(priorStrength > 0 && Double.isFinite(priorStrength))) {
        throw new InvalidValueException("priorStrength", priorStrength, "must be finite and > 0");
      }
      if (minCount < 1) {
        throw new InvalidValueException("minCount", minCount, "must be ≥ 1");
      }
      return new DistinctivePhrases(priorStrength, minCount, allowInexact);
    }
  }
}
