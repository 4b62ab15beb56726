package io.cxkit.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of value that have a serial form, with the tag byte that follows the format version and
 * the name used in the JSON shape. Tags are part of the format: never renumber one.
 */
public enum SerialKind {
  SCORE_DISTRIBUTION(1, "score-distribution"),
  NPS(2, "nps"),
  CSAT(3, "csat"),
  CES(4, "ces"),
  GOAL_COMPLETION(5, "goal-completion"),
  PERCENTAGE(6, "percentage"),
  MEAN(7, "mean"),
  REASON_BREAKDOWN(8, "reason-breakdown"),
  PERIOD_RETENTION(9, "period-retention"),
  COHORT_RETENTION(10, "cohort-retention"),
  LIFETIME_TABLE(11, "lifetime-table");

  private final int tag;
  private final String jsonName;

  SerialKind(int tag, String jsonName) {
    this.tag = tag;
    this.jsonName = jsonName;
  }

  /** @return the tag byte */
  public int tag() {
    return tag;
  }

  /** @return the value of the {@code kind} member in the JSON shape */
  public String jsonName() {
    return jsonName;
  }

  /**
   * @param tag a tag byte
   * @return the kind with that tag, or {@code null} if there is none
   */
  public static @Nullable SerialKind ofTag(int tag) {
    for (SerialKind kind : values()) {
      if (kind.tag == tag) {
        return kind;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return jsonName + " (tag " + tag + ")";
  }
}
