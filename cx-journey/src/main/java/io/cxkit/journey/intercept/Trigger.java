package io.cxkit.journey.intercept;

/**
 * A moment to ask: something in the visitor's session (exit intent, dwell, back-and-forth) or in the
 * customer's events after a delay (7 days after delivery). A trigger is an immutable value, thread
 * safe, and its check is a pure function of the {@link TriggerInput}: the same input always gives
 * the same answer, and the clock is the input's, never the system's.
 */
public interface Trigger {

  /** @return the trigger's type id as JSON names it, such as {@code exit-intent} or {@code dwell} */
  String type();

  /**
   * @param input the session, the customer's events and history, and the instant now
   * @return whether the trigger fires now, and why or why not
   */
  TriggerCheck check(TriggerInput input);
}
