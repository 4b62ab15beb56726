package io.cxkit.core;

import io.cxkit.core.internal.Checks;
import java.util.Objects;

/**
 * A mutable, single-threaded counter of scores on a {@link RatingScale}, for hot loops: one array
 * increment per score, no boxing, no allocation. {@link #snapshot()} hands out an immutable
 * {@link ScoreDistribution}. For recording from several threads use
 * {@link ConcurrentScoreAccumulator}, or one accumulator per thread merged at the end.
 *
 * <p>Every batch method is all-or-nothing: if a score in the batch is off the scale, the
 * accumulator is left exactly as it was and the exception names the index of the first bad score.
 */
public final class ScoreAccumulator {
  private final RatingScale scale;
  private final int min;
  private final int points;
  private final long[] counts;
  /**
   * Set once a count reaches 2^62, which only a bulk {@link #add(int, long)} or {@link #merge} can
   * do: counting one by one from 0 to 2^62 would take centuries. Until then {@link #add(int)} needs
   * no overflow check, and a per-score check measured 30 % slower.
   */
  private boolean nearLimit;

  private static final long NEAR_LIMIT = 1L << 62;

  /**
   * Creates an empty accumulator.
   *
   * @param scale the scale scores must lie on
   */
  public ScoreAccumulator(RatingScale scale) {
    this.scale = Objects.requireNonNull(scale, "scale");
    this.min = scale.min();
    this.points = scale.points();
    this.counts = new long[points];
  }

  /** @return the scale scores must lie on */
  public RatingScale scale() {
    return scale;
  }

  /**
   * Records one score.
   *
   * @param score the score
   * @return this accumulator
   * @throws ScoreOutOfScaleException if {@code score} is not on the scale
   * @throws CountOverflowException if the score's count or the total is already
   *     {@link Long#MAX_VALUE} (only reachable after {@link #add(int, long)} or {@link #merge} with
   *     huge counts)
   */
  public ScoreAccumulator add(int score) {
    int index = score - min;
    // One unsigned comparison checks both bounds.
    if (Integer.compareUnsigned(index, points) >= 0) {
      throw new ScoreOutOfScaleException("score", score, scale);
    }
    if (nearLimit) {
      return addNearLimit(score);
    }
    counts[index]++;
    return this;
  }

  // Kept out of add(int) so that the hot method stays small enough to inline.
  private ScoreAccumulator addNearLimit(int score) {
    return add(score, 1); // checks the count and the total
  }

  /**
   * Records {@code count} responses with the same score.
   *
   * @param score the score
   * @param count how many, ≥ 0
   * @return this accumulator
   * @throws ScoreOutOfScaleException if {@code score} is not on the scale
   * @throws InvalidValueException if {@code count} is negative
   * @throws CountOverflowException if the count or the total would exceed {@link Long#MAX_VALUE};
   *     nothing is recorded then
   */
  public ScoreAccumulator add(int score, long count) {
    scale.requireOnScale("score", score);
    Checks.requireNonNegative("count", count);
    int index = score - min;
    long updated = Checks.addCounts("counts[" + index + "]", counts[index], count);
    // A total past Long.MAX_VALUE could never be snapshotted: refuse it here, where it happens.
    Checks.addCounts("total", total(), count);
    counts[index] = updated;
    noteNearLimit();
    return this;
  }

  /**
   * Records every score of an array.
   *
   * @param scores the scores
   * @return this accumulator
   * @throws ScoreOutOfScaleException naming the index of the first score off the scale; nothing of
   *     the batch is recorded then
   */
  public ScoreAccumulator addAll(int[] scores) {
    Objects.requireNonNull(scores, "scores");
    return addAll(scores, 0, scores.length);
  }

  /**
   * Records the scores {@code scores[from..to)}.
   *
   * @param scores the scores
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @return this accumulator
   * @throws ScoreOutOfScaleException naming the index of the first score off the scale; nothing of
   *     the batch is recorded then
   * @throws IndexOutOfBoundsException if the range is not within the array
   * @throws CountOverflowException if the total would exceed {@link Long#MAX_VALUE}; nothing is
   *     recorded then
   */
  public ScoreAccumulator addAll(int[] scores, int from, int to) {
    Objects.requireNonNull(scores, "scores");
    Objects.checkFromToIndex(from, to, scores.length);
    // Each score adds one, so checking the total up front rules out every overflow in the loop.
    Checks.addCounts("total", total(), to - from);
    final long[] c = counts;
    final int lo = min;
    final int n = points;
    for (int i = from; i < to; i++) {
      int index = scores[i] - lo;
      if (Integer.compareUnsigned(index, n) >= 0) {
        undo(scores, from, i);
        throw new ScoreOutOfScaleException("scores[" + i + "]", scores[i], scale);
      }
      c[index]++;
    }
    noteNearLimit();
    return this;
  }

  private void undo(int[] scores, int from, int to) {
    for (int i = from; i < to; i++) {
      counts[scores[i] - min]--;
    }
  }

  /**
   * Records every score of a byte array, each byte read as a signed value (-128..127).
   *
   * @param scores the scores
   * @return this accumulator
   * @throws ScoreOutOfScaleException naming the index of the first score off the scale; nothing of
   *     the batch is recorded then
   * @throws CountOverflowException if the total would exceed {@link Long#MAX_VALUE}; nothing is
   *     recorded then
   */
  public ScoreAccumulator addAll(byte[] scores) {
    Objects.requireNonNull(scores, "scores");
    return addAll(scores, 0, scores.length);
  }

  /**
   * Records the scores {@code scores[from..to)}, each byte read as a signed value (-128..127).
   *
   * @param scores the scores
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @return this accumulator
   * @throws ScoreOutOfScaleException naming the index of the first score off the scale; nothing of
   *     the batch is recorded then
   * @throws CountOverflowException if the total would exceed {@link Long#MAX_VALUE}; nothing is
   *     recorded then
   * @throws IndexOutOfBoundsException if the range is not within the array
   */
  public ScoreAccumulator addAll(byte[] scores, int from, int to) {
    Objects.requireNonNull(scores, "scores");
    Objects.checkFromToIndex(from, to, scores.length);
    Checks.addCounts("total", total(), to - from);
    // Count all 256 byte values first (branch-free), then check and fold into the scale's points.
    // (Measured: four interleaved stripes of counters made this loop slower, not faster, on C2.)
    long[] byByte = new long[256];
    for (int i = from; i < to; i++) {
      byByte[scores[i] & 0xFF]++;
    }
    for (int v = -128; v < 128; v++) {
      if (byByte[v & 0xFF] != 0 && !scale.contains(v)) {
        for (int i = from; i < to; i++) {
          if (!scale.contains(scores[i])) {
            throw new ScoreOutOfScaleException("scores[" + i + "]", scores[i], scale);
          }
        }
      }
    }
    int lo = Math.max(min, -128);
    int hi = Math.min(scale.max(), 127);
    for (int v = lo; v <= hi; v++) {
      counts[v - min] += byByte[v & 0xFF];
    }
    noteNearLimit();
    return this;
  }

  /**
   * Adds a distribution's counts.
   *
   * @param distribution a distribution on the same scale
   * @return this accumulator
   * @throws IncompatibleMergeException if the scales differ
   * @throws CountOverflowException if a count or the total would exceed {@link Long#MAX_VALUE};
   *     nothing is added then
   */
  public ScoreAccumulator merge(ScoreDistribution distribution) {
    Objects.requireNonNull(distribution, "distribution");
    if (!scale.equals(distribution.scale())) {
      throw new IncompatibleMergeException("ScoreAccumulator", "scale", scale, distribution.scale());
    }
    long[] other = distribution.counts();
    for (int i = 0; i < points; i++) {
      Checks.addCounts("counts[" + i + "]", counts[i], other[i]);
    }
    Checks.addCounts("total", total(), distribution.total());
    for (int i = 0; i < points; i++) {
      counts[i] += other[i];
    }
    noteNearLimit();
    return this;
  }

  /**
   * Adds another accumulator's counts (for example one per thread, merged at the end).
   *
   * @param other another accumulator on the same scale
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator: merge its snapshot instead
   * @throws IncompatibleMergeException if the scales differ
   */
  public ScoreAccumulator merge(ScoreAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException(
          "an accumulator cannot merge itself; to double it, merge(snapshot()) instead");
    }
    return merge(other.snapshot());
  }

  private void noteNearLimit() {
    for (long count : counts) {
      nearLimit |= count >= NEAR_LIMIT;
    }
  }

  /** @return the number of scores recorded */
  public long total() {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    return total;
  }

  /** @return an immutable copy of the counts so far */
  public ScoreDistribution snapshot() {
    return ScoreDistribution.adopt(scale, counts.clone());
  }

  /** Forgets every score recorded. */
  public void reset() {
    java.util.Arrays.fill(counts, 0);
    nearLimit = false;
  }

  @Override
  public String toString() {
    return "ScoreAccumulator{scale=" + scale + ", n=" + total() + "}";
  }
}
