package io.cxkit.survey.types;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Mean;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The summary of an {@link OpenTextQuestion}'s answers: how many were given, their {@linkplain
 * #length() length} in code points as a cx-core {@link Mean}, and the texts of the first {@code cap}
 * answers in the order they were recorded. The count and the sums of the lengths and of their
 * squares are exact, so they add exactly (the mean and its spread follow from the sums); the texts
 * are a bounded sample for reading, so that a summary of millions of answers stays small.
 *
 * <p>Which texts are kept: an accumulator keeps the first {@code cap} texts it records, and {@link
 * #plus} keeps this summary's texts, then the other's, up to the smaller of the two caps. So
 * summaries of contiguous parts of a stream of answers, added in stream order, keep exactly the
 * texts the summary of the whole stream keeps. Summaries added in another order, or of parts that
 * interleave (responses dealt to threads round-robin), keep <em>some</em> {@code cap} of the
 * answers — a sample that is not the first ones. The count and the lengths are exact whatever the
 * order. {@link #toString()} shows no text, since free text may hold personal data.
 *
 * @param maxLength the question's longest answer, in code points
 * @param answered the number of answers, ≥ 0
 * @param totalLength the sum of their lengths in code points
 * @param totalSquaredLength the sum of the squares of their lengths
 * @param cap how many answer texts the summary keeps at most, ≥ 0 (0 keeps none)
 * @param texts the texts kept: the first {@code min(cap, answered)} answers as described above,
 *     each a valid answer to the question (not blank, at most {@code maxLength} code points);
 *     copied, unmodifiable
 */
public record OpenTextSummary(int maxLength, long answered, long totalLength, long totalSquaredLength,
    int cap, List<String> texts) implements QuestionSummary<OpenTextSummary> {

  /**
   * How many answer texts a summary keeps per question unless told otherwise: enough to read what
   * respondents say, few enough that a summary per group and period stays small.
   */
  public static final int DEFAULT_CAP = 100;

  /**
   * @throws InvalidValueException if {@code maxLength} is outside 1..{@value
   *     OpenTextQuestion#MAX_LENGTH}, a sum or the cap is negative, the sums are impossible for
   *     {@code answered} lengths in {@code 0..maxLength}, the texts are not {@code min(cap,
   *     answered)} many, or a text is null, blank, longer than {@code maxLength} code points, or
   *     the kept texts are longer in all than {@code totalLength} (their squares than {@code
   *     totalSquaredLength}), or every answer's text is kept and the sums are not theirs
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
    if (cap < 0) {
      throw new InvalidValueException("cap", cap, "must be ≥ 0: the most answer texts kept");
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
    Objects.requireNonNull(texts, "texts");
    long kept = Math.min(cap, answered);
    if (texts.size() != kept) {
      throw new InvalidValueException("texts", texts.size() + " texts",
          "must hold min(cap, answered) = " + kept + " texts: the first answers up to the cap");
    }
    long keptLength = 0;
    long keptSquares = 0;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String field = "texts[" + i + "]";
      if (text == null) {
        throw new InvalidValueException(field, null, "must be an answer's text");
      }
      int length = Rules.codePoints(Ids.requireWellFormed(field, text));
      if (text.isBlank() || length > maxLength) {
        throw new InvalidValueException(field, length + " code points",
            "must be a valid answer: not blank and at most maxLength = " + maxLength + " code points");
      }
      keptLength += length;
      keptSquares += (long) length * length;
    }
    if (keptLength > totalLength) {
      throw new InvalidValueException("texts", keptLength + " code points",
          "must be at most totalLength = " + totalLength + ": the texts kept are some of the answers");
    }
    if (keptSquares > totalSquaredLength) {
      throw new InvalidValueException("texts", keptSquares + " squared code points",
          "must be at most totalSquaredLength = " + totalSquaredLength
              + ": the texts kept are some of the answers");
    }
    if (kept == answered && (keptLength != totalLength || keptSquares != totalSquaredLength)) {
      throw new InvalidValueException("totalLength, totalSquaredLength",
          totalLength + ", " + totalSquaredLength, "must be " + keptLength + ", " + keptSquares
              + ", the sums of the texts' lengths and their squares, since every answer's text is"
              + " kept");
    }
    texts = List.copyOf(texts);
  }

  /**
   * @param question the question
   * @return the summary of no answers, keeping up to {@value #DEFAULT_CAP} texts
   */
  public static OpenTextSummary empty(OpenTextQuestion question) {
    return empty(question, DEFAULT_CAP);
  }

  /**
   * @param question the question
   * @param cap how many answer texts to keep at most, ≥ 0
   * @return the summary of no answers
   * @throws InvalidValueException if {@code cap} is negative
   */
  public static OpenTextSummary empty(OpenTextQuestion question, int cap) {
    Objects.requireNonNull(question, "question");
    return new OpenTextSummary(question.maxLength(), 0, 0, 0, cap, List.of());
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

  /** @return whether every answer's text is kept: no more answers than the cap */
  public boolean keepsEveryText() {
    return answered <= cap;
  }

  /**
   * Adds the summaries of two sets of answers: the counts and sums exactly, and the texts of this
   * summary followed by the other's, up to the smaller cap (a summary that keeps fewer texts says
   * that more were not wanted, and the smaller cap keeps the sum associative).
   *
   * @throws IncompatibleMergeException if the questions' {@code maxLength} differ
   * @throws CountOverflowException if a sum would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public OpenTextSummary plus(OpenTextSummary other) {
    Objects.requireNonNull(other, "other");
    requireSameMaxLength(maxLength, other.maxLength);
    long n = add("answered", answered, other.answered);
    long sum = add("totalLength", totalLength, other.totalLength);
    long squares = add("totalSquaredLength", totalSquaredLength, other.totalSquaredLength);
    int smaller = Math.min(cap, other.cap);
    return new OpenTextSummary(maxLength, n, sum, squares, smaller, first(smaller, texts, other.texts));
  }

  /** @return the first {@code cap} of {@code left} then {@code right} */
  private static List<String> first(int cap, List<String> left, List<String> right) {
    if (right.isEmpty() && left.size() <= cap) {
      return left;
    }
    List<String> kept = new ArrayList<>(Math.min(cap, left.size() + right.size()));
    for (int i = 0; i < left.size() && kept.size() < cap; i++) {
      kept.add(left.get(i));
    }
    for (int i = 0; i < right.size() && kept.size() < cap; i++) {
      kept.add(right.get(i));
    }
    return kept;
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
   * @return the counts and the number of texts kept, such as {@code OpenTextSummary{maxLength=2000,
   *     answered=250, totalLength=21000, texts=100 of cap 100}}; never the texts, which may hold
   *     personal data
   */
  @Override
  public String toString() {
    return "OpenTextSummary{maxLength=" + maxLength + ", answered=" + answered + ", totalLength="
        + totalLength + ", texts=" + texts.size() + " of cap " + cap + "}";
  }

  /**
   * Sums the lengths of one open-text question's answers and keeps the first {@code cap} texts: a
   * code-point count and three additions per answer, and a reference to the text while fewer than
   * {@code cap} are kept. Not thread-safe.
   */
  public static final class Accumulator implements SummaryAccumulator<OpenTextAnswer, OpenTextSummary> {
    private final int maxLength;
    private int cap;
    private final List<String> kept;
    private long answered;
    private long totalLength;
    private long totalSquaredLength;

    /**
     * Keeps up to {@value OpenTextSummary#DEFAULT_CAP} texts.
     *
     * @param question the question whose answers are summarised
     */
    public Accumulator(OpenTextQuestion question) {
      this(question, DEFAULT_CAP);
    }

    /**
     * @param question the question whose answers are summarised
     * @param cap how many answer texts to keep at most, ≥ 0 (0 keeps none)
     * @throws InvalidValueException if {@code cap} is negative
     */
    public Accumulator(OpenTextQuestion question, int cap) {
      this.maxLength = Objects.requireNonNull(question, "question").maxLength();
      if (cap < 0) {
        throw new InvalidValueException("cap", cap, "must be ≥ 0: the most answer texts kept");
      }
      this.cap = cap;
      this.kept = new ArrayList<>(Math.min(cap, 16));
    }

    /** @return how many answer texts this accumulator keeps at most */
    public int cap() {
      return cap;
    }

    /**
     * @throws InvalidResponseException if the text is blank or longer than the question allows;
     *     nothing is added then
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
      if (answer.text().isBlank()) {
        // A kept text must be a valid answer; a blank one is not (OpenTextQuestionType.validate).
        throw new InvalidResponseException("text", Rules.quoted(answer.text()),
            "must not be blank; leave the question out to skip it");
      }
      long n = OpenTextSummary.add("answered", answered, 1);
      long sum = OpenTextSummary.add("totalLength", totalLength, length);
      long squares = OpenTextSummary.add("totalSquaredLength", totalSquaredLength, length * length);
      answered = n;
      totalLength = sum;
      totalSquaredLength = squares;
      if (kept.size() < cap) {
        kept.add(answer.text());
      }
    }

    /**
     * Adds another summary as {@link OpenTextSummary#plus} does: this accumulator's texts come
     * first, and its cap becomes the summary's when that is smaller.
     *
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
      cap = sum.cap();
      kept.clear();
      kept.addAll(sum.texts());
    }

    @Override
    public OpenTextSummary snapshot() {
      return new OpenTextSummary(maxLength, answered, totalLength, totalSquaredLength, cap, kept);
    }

    @Override
    public String toString() {
      return "OpenTextSummary.Accumulator{maxLength=" + maxLength + ", n=" + answered + ", cap=" + cap
          + "}";
    }
  }
}
