package io.cxkit.core;

import java.util.Objects;

/**
 * How the cells of a {@link CohortRetention} matrix were counted (DESIGN.md's glossary). The
 * period unit (day, week, month) is the caller's; "N-day" is the name analytics tools use for it
 * whatever the unit.
 */
public enum RetentionMode {

  /**
   * N-day retention: a cell counts the customers of the cohort who were active in period k
   * <em>exactly</em>. A row may rise and fall (a customer can skip a period and come back).
   */
  N_DAY(1, "n-day"),

  /**
   * Unbounded retention: a cell counts the customers who were active in period k <em>or any later
   * one</em>. The caller computes it from each customer's last active period (retained at k when
   * the last active period is ≥ k), so a row never increases, and the matrix checks that.
   */
  UNBOUNDED(2, "unbounded");

  private final int tag;
  private final String id;

  RetentionMode(int tag, String id) {
    this.tag = tag;
    this.id = id;
  }

  /** @return the stable id used in JSON: {@code n-day} or {@code unbounded} */
  public String id() {
    return id;
  }

  /**
   * @param id a mode id, as returned by {@link #id()}
   * @return the mode with that id
   * @throws InvalidValueException if there is none
   */
  public static RetentionMode ofId(String id) {
    Objects.requireNonNull(id, "id");
    for (RetentionMode mode : values()) {
      if (mode.id.equals(id)) {
        return mode;
      }
    }
    throw new InvalidValueException("mode", "\"" + id + "\"", "must be one of \"n-day\", \"unbounded\"");
  }

  /** @return the tag byte of the binary serial form */
  int tag() {
    return tag;
  }

  /**
   * @param tag a tag byte
   * @return the mode with that tag
   * @throws InvalidValueException if there is none
   */
  static RetentionMode ofTag(int tag) {
    for (RetentionMode mode : values()) {
      if (mode.tag == tag) {
        return mode;
      }
    }
    throw new InvalidValueException("mode", tag, "must be 1 (n-day) or 2 (unbounded)");
  }
}
