package io.cxkit.core;

import io.cxkit.core.internal.Checks;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * A thread-safe counter of scores on a {@link RatingScale}: one {@link LongAdder} per scale point,
 * so that many threads record without contending on one lock or cache line.
 *
 * <p>A {@link #snapshot()} taken while other threads record is not an atomic cut: like
 * {@link LongAdder#sum()}, it may include some of the scores recorded concurrently with it and not
 * others, and part of a concurrent {@link #addAll} or {@link #merge}. No score is lost or counted
 * twice across consecutive {@link #snapshotAndReset()} calls (each adder cell is reset atomically),
 * but a score recorded during one may land in that interval or the next. The overflow checks of
 * {@link #add(int, long)} and {@link #merge} are exact from one thread and best effort under
 * concurrent recording.
 */
public final class ConcurrentScoreAccumulator {
  private final RatingScale scale;
  private final int min;
  private final int points;
  private final LongAdder[] counts;
  /**
   * Set once a count reaches 2^62, which only {@link #add(int, long)} or {@link #merge} can do;
   * from then on {@link #add(int)} takes the checked path too.
   */
  private volatile boolean nearLimit;

  private static final long NEAR_LIMIT = 1L << 62;

  /**
   * Creates an empty accumulator.
   *
   * @param scale the scale scores must lie on
   */
  public ConcurrentScoreAccumulator(RatingScale scale) {
    this.scale = Objects.requireNonNull(scale, "scale");
    this.min = scale.min();
    this.points = scale.points();
    this.counts = new LongAdder[points];
    for (int i = 0; i < points; i++) {
      counts[i] = new LongAdder();
    }
  }

  /** @return the scale scores must lie on */
  public RatingScale scale() {
    return scale;
  }

  /**
   * Records one score.
   *
   * @param score the score
   * @throws ScoreOutOfScaleException if {@code score} is not on the scale
   */
  public void add(int score) {
    int index = score - min;
    if (Integer.compareUnsigned(index, points) >= 0) {
      throw new ScoreOutOfScaleException("score", score, scale);
    }
    if (nearLimit) {
      add(score, 1);
      return;
    }
    counts[index].increment();
  }

  /**
   * Records {@code count} responses with the same score.
   *
   * @param score the score
   * @param count how many, ≥ 0
   * @throws ScoreOutOfScaleException if {@code score} is not on the scale
   * @throws InvalidValueException if {@code count} is negative
   * @throws CountOverflowException if the count or the total would exceed {@link Long#MAX_VALUE};
   *     nothing is recorded then
   */
  public void add(int score, long count) {
    scale.requireOnScale("score", score);
    Checks.requireNonNegative("count", count);
    int index = score - min;
    // Exact from one thread; under concurrent recording the sums may move between this check and
    // the add, but single increments cannot realistically carry a count the rest of the way.
    Checks.addCounts("counts[" + index + "]", counts[index].sum(), count);
    Checks.addCounts("total", total(), count);
    counts[index].add(count);
    if (counts[index].sum() >= NEAR_LIMIT) {
      nearLimit = true;
    }
  }

  private long total() {
    long total = 0;
    for (LongAdder count : counts) {
      total += count.sum();
    }
    return total;
  }

  /**
   * Records every score of an array: counted locally first, then added point by point, so a batch
   * with a score off the scale records nothing.
   *
   * @param scores the scores
   * @throws ScoreOutOfScaleException naming the index of the first score off the scale
   */
  public void addAll(int[] scores) {
    merge(ScoreDistribution.ofScores(scale, scores));
  }

  /**
   * Records every score of a byte array (signed bytes), all or nothing.
   *
   * @param scores the scores
   * @throws ScoreOutOfScaleException naming the index of the first score off the scale
   */
  public void addAll(byte[] scores) {
    merge(ScoreDistribution.ofScores(scale, scores));
  }

  /**
   * Adds a distribution's counts, for example a partial result from another process.
   *
   * @param distribution a distribution on the same scale
   * @throws IncompatibleMergeException if the scales differ
   * @throws CountOverflowException if a count or the total would exceed {@link Long#MAX_VALUE};
   *     nothing is added then
   */
  public void merge(ScoreDistribution distribution) {
    Objects.requireNonNull(distribution, "distribution");
    if (!scale.equals(distribution.scale())) {
      throw new IncompatibleMergeException(
          "ConcurrentScoreAccumulator", "scale", scale, distribution.scale());
    }
    // Checked like add(score, count): exact from one thread, best effort under concurrent recording.
    for (int i = 0; i < points; i++) {
      Checks.addCounts("counts[" + i + "]", counts[i].sum(), distribution.count(min + i));
    }
    Checks.addCounts("total", total(), distribution.total());
    for (int i = 0; i < points; i++) {
      long c = distribution.count(min + i);
      if (c != 0) {
        counts[i].add(c);
        if (counts[i].sum() >= NEAR_LIMIT) {
          nearLimit = true;
        }
      }
    }
  }

  /** @return the counts so far, as an immutable distribution */
  public ScoreDistribution snapshot() {
    long[] snapshot = new long[points];
    for (int i = 0; i < points; i++) {
      snapshot[i] = counts[i].sum();
    }
    return ScoreDistribution.adopt(scale, snapshot);
  }

  /** @return the counts so far, resetting each point to zero as it is read */
  public ScoreDistribution snapshotAndReset() {
    long[] snapshot = new long[points];
    for (int i = 0; i < points; i++) {
      snapshot[i] = counts[i].sumThenReset();
    }
    return ScoreDistribution.adopt(scale, snapshot);
  }

  @Override
  public String toString() {
    return "ConcurrentScoreAccumulator{scale=" + scale + "}";
  }
}
