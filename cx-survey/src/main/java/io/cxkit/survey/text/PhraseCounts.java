package io.cxkit.survey.text;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How many comments mention each phrase: an immutable snapshot of a {@link PhraseCounter}, which
 * merges with {@link #plus} across partitions (threads, files, days). Counts are <em>document
 * frequencies</em>: a phrase said twice in one comment counts once, so {@code count /
 * totalComments} is the share of comments that say it ({@link #share}).
 *
 * <p><b>Exact, then bounded.</b> While the distinct phrases seen fit in {@link #capacity()} the
 * counts are exact ({@link #isExact()}). Beyond it the counter keeps {@code capacity} phrases
 * with the Space-Saving algorithm (Metwally, Agrawal and El Abbadi, "Efficient Computation of
 * Frequent and Top-k Elements in Data Streams", ICDT 2005): every held count is an upper bound,
 * at most {@link PhraseCount#maxError()} above the true one, and a phrase not held was mentioned
 * by at most {@link #unmonitoredBound()} comments. Every error is at most {@code
 * unmonitoredBound}, which is at most {@code totalPhrases / capacity}: a phrase said in more than
 * that share of the (comment, phrase) pairs is always held, so the frequent phrases — the ones
 * worth reading — survive the cap.
 *
 * <p>Memory is bounded by {@code capacity} phrases whatever the number of comments, each of at
 * most {@link Phrases#maxWords()} tokens of at most {@value Phrases#MAX_TOKEN_LENGTH} chars.
 */
public final class PhraseCounts {
  /** The default {@link #capacity()}: 100 000 distinct phrases. */
  public static final int DEFAULT_CAPACITY = 100_000;

  // Highest count first; among equal counts by phrase, so that rankings are reproducible.
  static final Comparator<PhraseCount> RANKING = Comparator.comparingLong(PhraseCount::count)
      .reversed().thenComparing(PhraseCount::phrase);

  private final int maxWords;
  private final int capacity;
  private final long totalComments;
  private final long totalPhrases;
  private final long unmonitoredBound;
  private final Map<String, PhraseCount> byPhrase;
  private final List<PhraseCount> ranked;

  private PhraseCounts(int maxWords, int capacity, long totalComments, long totalPhrases,
      long unmonitoredBound, Map<String, PhraseCount> byPhrase) {
    this.maxWords = maxWords;
    this.capacity = capacity;
    this.totalComments = totalComments;
    this.totalPhrases = totalPhrases;
    this.unmonitoredBound = unmonitoredBound;
    this.byPhrase = Collections.unmodifiableMap(byPhrase);
    PhraseCount[] sorted = byPhrase.values().toArray(new PhraseCount[0]);
    Arrays.sort(sorted, RANKING);
    this.ranked = List.of(sorted);
  }

  /** Assembles counts the counter or a merge has already made consistent; adopts the map. */
  static PhraseCounts adopt(int maxWords, int capacity, long totalComments, long totalPhrases,
      long unmonitoredBound, Map<String, PhraseCount> byPhrase) {
    return new PhraseCounts(maxWords, capacity, totalComments, totalPhrases, unmonitoredBound,
        byPhrase);
  }

  /**
   * @param maxWords the phrase length the counts are for, in 1..{@value Phrases#MAX_WORDS_LIMIT}
   * @param capacity the most distinct phrases held, ≥ 1
   * @return counts of no comments, to start a fold of {@link #plus}
   * @throws InvalidValueException if an argument is out of range
   */
  public static PhraseCounts empty(int maxWords, int capacity) {
    checkMaxWords(maxWords);
    checkCapacity(capacity);
    return new PhraseCounts(maxWords, capacity, 0, 0, 0, new HashMap<>());
  }

  static void checkMaxWords(int maxWords) {
    if (maxWords < 1 || maxWords > Phrases.MAX_WORDS_LIMIT) {
      throw new InvalidValueException("maxWords", maxWords, "must be in 1.." + Phrases.MAX_WORDS_LIMIT);
    }
  }

  static void checkCapacity(int capacity) {
    if (capacity < 1) {
      throw new InvalidValueException("capacity", capacity, "must be ≥ 1");
    }
  }

  /** @return the longest phrase counted, in tokens ({@link Phrases#maxWords()}) */
  public int maxWords() {
    return maxWords;
  }

  /** @return the most distinct phrases held; beyond it the counts are Space-Saving estimates */
  public int capacity() {
    return capacity;
  }

  /** @return the number of comments counted, exact, including those that had no phrase */
  public long totalComments() {
    return totalComments;
  }

  /**
   * @return the number of (comment, distinct phrase) pairs counted, exact: the sum of the true
   *     counts of all phrases, held or not
   */
  public long totalPhrases() {
    return totalPhrases;
  }

  /** @return whether no comment was counted */
  public boolean isEmpty() {
    return totalComments == 0;
  }

  /** @return whether every count is exact: no phrase was ever dropped for lack of capacity */
  public boolean isExact() {
    return unmonitoredBound == 0;
  }

  /**
   * @return the most comments a phrase that is not held can have been mentioned by, and the
   *     largest {@link PhraseCount#maxError()} of any held phrase; 0 when {@linkplain #isExact()
   *     exact}, at most {@code totalPhrases / capacity} otherwise
   */
  public long unmonitoredBound() {
    return unmonitoredBound;
  }

  /** @return the number of distinct phrases held, at most {@link #capacity()} */
  public int size() {
    return byPhrase.size();
  }

  /**
   * @param phrase a phrase, tokens joined by one space
   * @return its count if held; otherwise the count of a phrase not held: 0 exactly when the counts
   *     are exact, else {@code [0, unmonitoredBound]} as {@code (unmonitoredBound, maxError =
   *     unmonitoredBound)}
   */
  public PhraseCount count(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    PhraseCount held = byPhrase.get(phrase);
    return held != null ? held : new PhraseCount(phrase, unmonitoredBound, unmonitoredBound);
  }

  /**
   * The share of comments that mention a phrase, on 0..100 with the Wilson interval of {@link
   * Percentage}. Only an exact count makes a share: an estimate is a bound, not a count of
   * successes.
   *
   * @param phrase a phrase
   * @return its share of {@link #totalComments()} (empty-valued when no comment was counted), or
   *     empty when its count is not exact
   */
  public Optional<Percentage> share(String phrase) {
    PhraseCount count = count(phrase);
    return count.isExact() ? Optional.of(Percentage.of(count.count(), totalComments)) : Optional.empty();
  }

  /** @return every phrase held, highest count first (ties by phrase), unmodifiable */
  public List<PhraseCount> ranked() {
    return ranked;
  }

  /**
   * @param n how many, ≥ 0
   * @return the {@code n} phrases with the highest counts (ties by phrase), or all held if fewer;
   *     for estimates the order is by the upper bound, as Space-Saving reports its top-k
   * @throws InvalidValueException if {@code n} is negative
   */
  public List<PhraseCount> topN(int n) {
    if (n < 0) {
      throw new InvalidValueException("n", n, "must be ≥ 0");
    }
    return ranked.subList(0, Math.min(n, ranked.size()));
  }

  /** @return every phrase held with its count, unmodifiable */
  public Map<String, PhraseCount> asMap() {
    return byPhrase;
  }

  /**
   * The counts of both partitions together. When both are exact and their phrases together fit
   * in the capacity the result is exact and equal to counting all the comments at once.
   * Otherwise this is the Space-Saving merge (Cafaro, Pulimeno and Tempesta, "A parallel space
   * saving algorithm for frequent items and the Hurwitz zeta distribution", Information Sciences
   * 329 (2016) 1–19; the counterpart of the Misra–Gries merge of Agarwal et al., "Mergeable
   * Summaries", PODS 2012, since the two summaries are isomorphic): a phrase's count and error
   * are the sums of its count and error in each part, where a part that does not hold it
   * contributes its {@link #unmonitoredBound()} to both; then the {@code capacity} highest counts
   * are kept and the new unmonitored bound is the larger of the two parts' bounds added and the
   * highest count dropped. Each true count still lies in {@code [count − maxError, count]}, and
   * the bound stays at most {@code totalPhrases / capacity}.
   *
   * @param other counts of other comments, of the same phrase length and capacity
   * @return the merged counts
   * @throws IncompatibleMergeException if {@link #maxWords()} or {@link #capacity()} differ
   * @throws CountOverflowException if a total would exceed {@link Long#MAX_VALUE}
   */
  public PhraseCounts plus(PhraseCounts other) {
    Objects.requireNonNull(other, "other");
    if (maxWords != other.maxWords) {
      throw new IncompatibleMergeException("PhraseCounts", "maxWords", maxWords, other.maxWords);
    }
    if (capacity != other.capacity) {
      throw new IncompatibleMergeException("PhraseCounts", "capacity", capacity, other.capacity);
    }
    long comments = add("totalComments", totalComments, other.totalComments);
    long phrases = add("totalPhrases", totalPhrases, other.totalPhrases);
    // Every count is at most totalPhrases, so once that sum fits, no count below can overflow.
    long boundSum = unmonitoredBound + other.unmonitoredBound;
    List<PhraseCount> union = new ArrayList<>(byPhrase.size() + other.byPhrase.size());
    for (PhraseCount mine : byPhrase.values()) {
      @Nullable PhraseCount theirs = other.byPhrase.get(mine.phrase());
      long count = mine.count() + (theirs == null ? other.unmonitoredBound : theirs.count());
      long error = mine.maxError() + (theirs == null ? other.unmonitoredBound : theirs.maxError());
      union.add(new PhraseCount(mine.phrase(), count, error));
    }
    for (PhraseCount theirs : other.byPhrase.values()) {
      if (!byPhrase.containsKey(theirs.phrase())) {
        union.add(new PhraseCount(theirs.phrase(), theirs.count() + unmonitoredBound,
            theirs.maxError() + unmonitoredBound));
      }
    }
    long bound = boundSum;
    if (union.size() > capacity) {
      union.sort(RANKING);
      bound = Math.max(boundSum, union.get(capacity).count());
      union = union.subList(0, capacity);
    }
    Map<String, PhraseCount> merged = new HashMap<>(Math.max(16, union.size() * 4 / 3 + 1));
    for (PhraseCount count : union) {
      merged.put(count.phrase(), count);
    }
    return new PhraseCounts(maxWords, capacity, comments, phrases, bound, merged);
  }

  private static long add(String field, long a, long b) {
    long sum = a + b;
    if (sum < 0) {
      throw new CountOverflowException(field, a, b);
    }
    return sum;
  }

  /** Value equality: the same settings, totals, bound and counts. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PhraseCounts that
        && maxWords == that.maxWords
        && capacity == that.capacity
        && totalComments == that.totalComments
        && totalPhrases == that.totalPhrases
        && unmonitoredBound == that.unmonitoredBound
        && byPhrase.equals(that.byPhrase);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxWords, capacity, totalComments, totalPhrases, unmonitoredBound, byPhrase);
  }

  /** Sizes only: phrases are customers' words and may hold personal data. */
  @Override
  public String toString() {
    return "PhraseCounts{comments=" + totalComments + ", phrases=" + totalPhrases + ", held="
        + byPhrase.size() + "/" + capacity + (isExact() ? ", exact" : ", bound=" + unmonitoredBound)
        + "}";
  }
}
