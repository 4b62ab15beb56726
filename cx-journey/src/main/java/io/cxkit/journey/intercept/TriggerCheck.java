package io.cxkit.journey.intercept;

import java.util.Objects;

/**
 * Whether a trigger fired for one input, and a short phrase saying why or why not, for a person
 * debugging a live intercept: {@code "dwell 42 s on /help/returns, needs 60 s"}, {@code "due
 * 2026-03-09T10:00:00Z, 7 days after delivery"}.
 *
 * @param fired whether the trigger fired
 * @param detail why, in a short phrase without personal data
 */
public record TriggerCheck(boolean fired, String detail) {
  /** Checks the detail is there. */
  public TriggerCheck {
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * @param detail why it fired
   * @return a fired check
   */
  public static TriggerCheck fired(String detail) {
    return new TriggerCheck(true, detail);
  }

  /**
   * @param detail why it did not fire
   * @return a check that did not fire
   */
  public static TriggerCheck notFired(String detail) {
    return new TriggerCheck(false, detail);
  }
}
