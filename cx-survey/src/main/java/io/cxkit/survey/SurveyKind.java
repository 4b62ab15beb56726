package io.cxkit.survey;

import io.cxkit.survey.internal.Ids;

/**
 * When and why a survey is asked, which decides how its results are read: a transactional CSAT
 * right after a support chat says something else than a quarterly relationship NPS. Each kind has a
 * stable {@linkplain #id() id} for JSON.
 */
public enum SurveyKind {
  /** Right after an interaction (a support chat or call, a delivery); id {@code transactional}. */
  TRANSACTIONAL("transactional"),
  /** On a schedule (quarterly, yearly) to follow the relationship over time; id {@code relationship}. */
  RELATIONSHIP("relationship"),
  /** A few days to two weeks after purchase, once the product has been used; id {@code product}. */
  PRODUCT("product"),
  /** Shown as a visitor leaves: did you achieve the goal of your visit? id {@code exit-feedback}. */
  EXIT_FEEDBACK("exit-feedback"),
  /** Always available on a page or in an app, such as a feedback button; id {@code embedded}. */
  EMBEDDED("embedded");

  private final String id;

  SurveyKind(String id) {
    this.id = id;
  }

  /** @return the stable id used in JSON, such as {@code exit-feedback} */
  public String id() {
    return id;
  }

  /**
   * @param id a kind's id, as {@link #id()} gives it
   * @return the kind with that id
   * @throws io.cxkit.core.InvalidValueException naming the valid ids if no kind has that id
   */
  public static SurveyKind ofId(String id) {
    return Ids.ofId("kind", id, values(), SurveyKind::id);
  }
}
