package io.cxkit.core;

import java.util.Objects;

/**
 * The answer to the goal question of an exit-feedback form, "Did you achieve the goal of your
 * visit?": fully, partially or not at all. Each outcome has a stable {@linkplain #id() id} for JSON
 * and a stable {@linkplain #code() code} for compact batches ({@link
 * GoalCompletionAccumulator#addAll(byte[])}); neither ever changes meaning.
 */
public enum GoalOutcome {
  /** The visitor fully achieved the goal of the visit; id {@code "fully"}, code 0. */
  FULLY("fully"),
  /** The visitor partially achieved the goal of the visit; id {@code "partially"}, code 1. */
  PARTIALLY("partially"),
  /** The visitor did not achieve the goal of the visit; id {@code "not-achieved"}, code 2. */
  NOT_ACHIEVED("not-achieved");

  /** The rule every outcome code obeys, for error messages. */
  static final String CODE_RULE = "must be 0 (fully), 1 (partially) or 2 (not achieved)";

  private static final GoalOutcome[] BY_CODE = values();

  private final String id;

  GoalOutcome(String id) {
    this.id = id;
  }

  /** @return the stable id used in JSON: {@code "fully"}, {@code "partially"} or {@code "not-achieved"} */
  public String id() {
    return id;
  }

  /** @return the stable code used in byte batches: 0 = fully, 1 = partially, 2 = not achieved */
  public int code() {
    return ordinal();
  }

  /**
   * @param id {@code "fully"}, {@code "partially"} or {@code "not-achieved"} (exactly, lower case)
   * @return the outcome with that id
   * @throws InvalidValueException if no outcome has that id
   */
  public static GoalOutcome ofId(String id) {
    Objects.requireNonNull(id, "id");
    for (GoalOutcome outcome : BY_CODE) {
      if (outcome.id.equals(id)) {
        return outcome;
      }
    }
    throw new InvalidValueException("id", "\"" + id + "\"",
        "must be \"fully\", \"partially\" or \"not-achieved\"");
  }

  /**
   * @param code 0 = fully, 1 = partially, 2 = not achieved
   * @return the outcome with that code
   * @throws InvalidValueException if the code is not 0, 1 or 2
   */
  public static GoalOutcome ofCode(int code) {
    if (code < 0 || code >= BY_CODE.length) {
      throw new InvalidValueException("code", code, CODE_RULE);
    }
    return BY_CODE[code];
  }
}
