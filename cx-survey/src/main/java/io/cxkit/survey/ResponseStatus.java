package io.cxkit.survey;

import io.cxkit.survey.internal.Ids;

/**
 * How far a respondent got. Dismissed responses (the survey was closed without an answer) are
 * counted apart from partial ones, so that a survey completion rate can say what its denominator
 * holds. Each status has a stable {@linkplain #id() id} for JSON.
 */
public enum ResponseStatus {
  /** Every question on the respondent's path was shown and submitted; id {@code completed}. */
  COMPLETED("completed"),
  /** The respondent stopped after some questions; the response names the last question seen; id {@code partial}. */
  PARTIAL("partial"),
  /** The survey was shown and closed without any answer; id {@code dismissed}. */
  DISMISSED("dismissed");

  private final String id;

  ResponseStatus(String id) {
    this.id = id;
  }

  /** @return the stable id used in JSON, such as {@code partial} */
  public String id() {
    return id;
  }

  /**
   * @param id a status id, as {@link #id()} gives it
   * @return the status with that id
   * @throws io.cxkit.core.InvalidValueException naming the valid ids if no status has that id
   */
  public static ResponseStatus ofId(String id) {
    return Ids.ofId("status", id, values(), ResponseStatus::id);
  }
}
