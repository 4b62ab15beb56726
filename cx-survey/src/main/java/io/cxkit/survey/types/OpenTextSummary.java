package io.cxkit.survey.types;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Mean;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The summary of an {@link OpenTextQuestion}'s answers: how many were given and their {@linkplain
 * #length() length} in code points as a cx-core {@link Mean}. It holds the exact sums of the lengths
 * and of their squares, so summaries add exactly (the mean and its spread follow from the sums).
 *
 * @param maxLength the question's longest answer, in code points
 * @param answered the number of answers, ≥ 0
 * @param totalLength the sum of their lengths in code points
 * @param totalSquaredLength the sum of the squares of their lengths
 */
public record OpenTextSummary(int maxLength, long answered, long totalLength, long totalSquaredLength)
    implements QuestionSummary<OpenTextSummary> {

  /**
   * @throws InvalidValueException if {@code maxLength} is outside 1..{@value
   *     OpenTextQuestion#MAX_LENGTH}, a sum is negative, or the sums are impossible for {@code
   *     answered} lengths in {@code 0..maxLength}
   */
  public OpenTextSummary {
    if (maxLength < 1 || maxLength > OpenTextQuestion.MAX_LENGTH) {
      throw new InvalidValueException("maxLength", maxLength,
          "must lie in 1.." + OpenTextQuestion.MAX_LENGTH);
    }
    if (answered < 0 || totalLength < 0 || totalSquaredLength < 0) {
      throw new InvalidValueException("answered, totalLength, totalSquaredLength",
          answered + ", " + totalLength + ", " + totalSquaredLength, "must be ≥ 0");
    }
    BigInteger n = BigInteger.valueOf(answered);
    BigInteger sum = BigInteger.valueOf(totalLength);
    BigInteger squares = BigInteger.valueOf(totalSquaredLength);
    BigInteger max = BigInteger.valueOf(maxLength);
    // Each length lies in 0..maxLength: the sum is at most n·max, each square at most max times the
    // length; and the squares are at least sum²/n (Cauchy–Schwarz), or the spread would be negative.
    if (sum.compareTo(n.multiply(max)) > 0 || squares.compareTo(sum.multiply(max)) > 0
        || sum.multiply(sum).compareTo(n.multiply(squares)) > 0) {
      throw new InvalidValueException("totalLength, totalSquaredLength",
          totalLength + ", " + totalSquaredLength,
          "are impossible for " + answered + " lengths in 0.." + maxLength);
    }
  }

  /**
   * @param question the question
   * @return the summary of no answers
   */
  public static OpenTextSummary empty(OpenTextQuestion question) {
    Objects.requireNonNull(question, "question");
    return new OpenTextSummary(question.maxLength(), 0, 0, 0);
  }

  /**
   * @return the mean length in code points, bounded by {@code 0..maxLength}, with its sample variance
   *     and t-interval (absent for fewer than 2 answers); empty when there are no answers
   */
  public Mean length() {
    if (answered == 0) {
      return Mean.empty().withBounds(0, maxLength);
    }
    double mean = (double) totalLength / answered;
    double variance = 0;
    if (answered > 1) {
      // Σx² − (Σx)²/n exactly, then one rounding to double.
      BigInteger n = BigInteger.valueOf(answered);
      BigInteger sum = BigInteger.valueOf(totalLength);
      BigInteger scaledM2 = n.multiply(BigInteger.valueOf(totalSquaredLength)).subtract(sum.multiply(sum));
      variance = scaledM2.doubleValue() / answered / (answered - 1);
    }
    return Mean.of(answered, mean, variance).withBounds(0, maxLength);
  }

  /**
   * @throws IncompatibleMergeException if the questions' {@code maxLength} differ
   * @throws CountOverflowException if a sum would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public OpenTextSummary plus(OpenTextSummary other) {
    Objects.requireNonNull(other, "other");
    requireSameMaxLength(maxLength, other.maxLength);
    return new OpenTextSummary(maxLength, add("answered", answered, other.answered),
        add("totalLength", totalLength, other.totalLength),
        add("totalSquaredLength", totalSquaredLength, other.totalSquaredLength));
  }

  private static void requireSameMaxLength(int left, int right) {
    if (left != right) {
      throw new IncompatibleMergeException("OpenTextSummary", "maxLength", left, right);
    }
  }

  private static long add(String field, long a, long b) {
    if (a + b < 0) {
      throw new CountOverflowException(field, a, b);
    }
    return a + b;
  }

  /**
   * Sums the lengths of one open-text question's answers: a code-point count and three additions
   * per answer, no allocation. Not thread-safe.
   */
  public static final class Accumulator implements SummaryAccumulator<OpenTextAnswer, OpenTextSummary> {
    private final int maxLength;
    private long answered;
    private long totalLength;
    private long totalSquaredLength;

    /** @param question the question whose answers are summarised */
    public Accumulator(OpenTextQuestion question) {
      this.maxLength = Objects.requireNonNull(question, "question").maxLength();
    }

    /**
     * @throws InvalidResponseException if the text is longer than the question allows
     * @throws CountOverflowException if a sum would exceed {@link Long#MAX_VALUE}; nothing is added
     *     then
     */
    @Override
    public void add(OpenTextAnswer answer) {
      Objects.requireNonNull(answer, "answer");
      long length = answer.length();
      if (length > maxLength) {
        throw new InvalidResponseException("text", length + " code points",
            "must be at most maxLength = " + maxLength + " code points");
      }
      long n = OpenTextSummary.add("answered", answered, 1);
      long sum = OpenTextSummary.add("totalLength", totalLength, length);
      long squares = OpenTextSummary.add("totalSquaredLength", totalSquaredLength, length * length);
      answered = n;
      totalLength = sum;
      totalSquaredLength = squares;
    }

    /**
     * @throws IncompatibleMergeException if {@code summary} has another {@code maxLength}
     * @throws CountOverflowException if a sum would exceed {@link Long#MAX_VALUE}; nothing is added
     *     then
     */
    @Override
    public void merge(OpenTextSummary summary) {
      Objects.requireNonNull(summary, "summary");
      OpenTextSummary sum = snapshot().plus(summary);
      answered = sum.answered();
      totalLength = sum.totalLength();
      totalSquaredLength = sum.totalSquaredLength();
    }

    @Override
    public OpenTextSummary snapshot() {
      return new OpenTextSummary(maxLength, answered, totalLength, totalSquaredLength);
    }

    @Override
    public String toString() {
      return "OpenTextSummary.Accumulator{maxLength=" + maxLength + ", n=" + answered + "}";
    }
  }
}
