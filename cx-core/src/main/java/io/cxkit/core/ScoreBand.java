package io.cxkit.core;

import io.cxkit.core.stats.Percentage;

/**
 * An inclusive band of points on a rating scale that counts as the good answer of a metric: CSAT's
 * "satisfied" (4..5, top-2-box), CES's "agree" (5..7) or "low effort" (1..2). CSAT and CES both
 * report the share of responses in such a band, and count it here so that they count it the same
 * way.
 *
 * @param lowest the lowest point in the band, inclusive
 * @param highest the highest point in the band, inclusive, ≥ {@code lowest}
 */
record ScoreBand(int lowest, int highest) {

  ScoreBand {
    if (highest < lowest) {
      throw new IllegalArgumentException("band " + lowest + ".." + highest + " is empty");
    }
  }

  /**
   * @param score a score
   * @return whether {@code lowest ≤ score ≤ highest}
   */
  boolean contains(int score) {
    return score >= lowest && score <= highest;
  }

  /**
   * @param distribution a distribution
   * @return how many of its responses lie in the band
   */
  long countIn(ScoreDistribution distribution) {
    return distribution.countBetween(lowest, highest);
  }

  /**
   * @param distribution a distribution
   * @return the percentage of its responses that lie in the band; empty when it has none
   */
  Percentage shareOf(ScoreDistribution distribution) {
    return Percentage.of(countIn(distribution), distribution.total());
  }

  /** @return {@code lowest..highest}, e.g. {@code 4..5} */
  @Override
  public String toString() {
    return lowest + ".." + highest;
  }
}
