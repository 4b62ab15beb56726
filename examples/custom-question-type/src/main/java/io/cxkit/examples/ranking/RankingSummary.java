package io.cxkit.examples.ranking;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.spi.QuestionSummary;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The summary of a ranking question's answers: per option the sum of the ranks it was given (rank 1
 * = first), from which its mean rank and its Borda points follow. With {@code n} options, an option
 * ranked {@code r} earns {@code n - r} Borda points (de Borda, 1781: the last place earns 0), so
 * over {@code answered} answers its points are {@code answered × n − rankSum}. Immutable; summaries
 * of disjoint answers add with {@link #plus}.
 *
 * @param options the question's option codes, in its order
 * @param answered how many answers are counted
 * @param rankSums per option (same order), the sum of the ranks it was given
 */
public record RankingSummary(List<String> options, long answered, List<Long> rankSums)
    implements QuestionSummary<RankingSummary> {

  /**
   * Checks the summary.
   *
   * @throws InvalidValueException if there are fewer than 2 options or two are equal, the lists
   *     differ in length, {@code answered} is negative, a rank sum is outside {@code
   *     answered..answered × n} (the range of {@code answered} ranks), or the sums do not total
   *     {@code answered × n(n + 1) / 2} (each answer gives the ranks 1 to n once)
   */
  public RankingSummary {
    options = List.copyOf(options);
    rankSums = List.copyOf(rankSums);
    if (answered < 0) {
      throw new InvalidValueException("answered", answered, "must be ≥ 0");
    }
    if (rankSums.size() != options.size()) {
      throw new InvalidValueException("rankSums", rankSums.size() + " sums",
          "must hold one sum per option, " + options.size());
    }
    if (options.size() < 2 || new HashSet<>(options).size() != options.size()) {
      throw new InvalidValueException("options", options, "must be 2 or more distinct option codes");
    }
    long n = options.size();
    // Each answer gives an option a rank from 1 to n; the bound saturates rather than overflows.
    long most = answered > Long.MAX_VALUE / n ? Long.MAX_VALUE : answered * n;
    for (int i = 0; i < rankSums.size(); i++) {
      long sum = rankSums.get(i);
      if (sum < answered || sum > most) {
        throw new InvalidValueException("rankSums[" + i + "]", sum,
            "must lie in " + answered + ".." + most + " for " + answered + " rankings of " + n
                + " options");
      }
    }
    // Exact, as a summary of many answers to many options may pass a long.
    BigInteger total = BigInteger.ZERO;
    for (long sum : rankSums) {
      total = total.add(BigInteger.valueOf(sum));
    }
    BigInteger expected = BigInteger.valueOf(answered).multiply(BigInteger.valueOf(n))
        .multiply(BigInteger.valueOf(n + 1)).shiftRight(1);
    if (!total.equals(expected)) {
      throw new InvalidValueException("rankSums", rankSums,
          "must total " + expected + " = " + answered + " × " + n + " × " + (n + 1) + " / 2, the ranks 1 to "
              + n + " of " + answered + " rankings");
    }
  }

  /**
   * @param options the question's option codes, in its order
   * @return the summary of no answers
   */
  public static RankingSummary empty(List<String> options) {
    return new RankingSummary(options, 0, Collections.nCopies(options.size(), 0L));
  }

  /**
   * @param code an option code
   * @return the option's mean rank on 1..n (1 = always first); empty when nothing was answered
   * @throws InvalidValueException if the question has no such option
   */
  public OptionalDouble meanRank(String code) {
    long sum = rankSums.get(index(code));
    return answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / answered);
  }

  /**
   * @param code an option code
   * @return the option's Borda points: {@code n - rank} summed over the answers; 0 when nothing was
   *     answered
   * @throws InvalidValueException if the question has no such option
   * @throws ArithmeticException if the points overflow a {@code long}
   */
  public long bordaPoints(String code) {
    long sum = rankSums.get(index(code));
    return Math.multiplyExact(answered, (long) options.size()) - sum;
  }

  /**
   * @return the option codes from most to fewest Borda points (equivalently, lowest to highest mean
   *     rank); ties keep the question's order
   */
  public List<String> order() {
    List<String> order = new ArrayList<>(options);
    order.sort(Comparator.comparingLong((String code) -> rankSums.get(options.indexOf(code))));
    return Collections.unmodifiableList(order);
  }

  /**
   * Adds the summaries of two disjoint sets of answers to the same question.
   *
   * @param other a summary of other answers to the same question
   * @return the summary of both
   * @throws IncompatibleMergeException if {@code other} has other options
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  @Override
  public RankingSummary plus(RankingSummary other) {
    Objects.requireNonNull(other, "other");
    requireSameOptions(options, other.options);
    List<Long> sums = new ArrayList<>(rankSums.size());
    for (int i = 0; i < rankSums.size(); i++) {
      sums.add(Math.addExact(rankSums.get(i), other.rankSums.get(i)));
    }
    return new RankingSummary(options, Math.addExact(answered, other.answered), sums);
  }

  static void requireSameOptions(List<String> left, List<String> right) {
    if (!left.equals(right)) {
      throw new IncompatibleMergeException("RankingSummary", "options", left, right);
    }
  }

  private int index(String code) {
    Objects.requireNonNull(code, "code");
    int index = options.indexOf(code);
    if (index < 0) {
      throw new InvalidValueException("code", '"' + code + '"', "must be one of the options " + options);
    }
    return index;
  }
}
