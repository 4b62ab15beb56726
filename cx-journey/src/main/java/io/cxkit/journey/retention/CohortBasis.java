package io.cxkit.journey.retention;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.Objects;

/**
 * Which activity starts a customer's cohort (DESIGN.md's glossary): the first ever, or every one.
 * The qualifying activity is the definition's {@linkplain CohortDefinition#entry() entry} match.
 */
public enum CohortBasis {
  /**
   * First-time cohorts: a customer belongs to exactly one cohort, the period of their first entry
   * activity; cohort sizes add up to the customers.
   */
  FIRST_TIME("first-time"),

  /**
   * Recurring cohorts: every period in which a customer has an entry activity starts a cohort
   * holding them, so a customer is in as many cohorts as periods with an entry activity, and the
   * cohort sizes add up to more than the customers.
   */
  RECURRING("recurring");

  private final String id;

  CohortBasis(String id) {
    this.id = id;
  }

  /** @return the stable id used in JSON: {@code first-time} or {@code recurring} */
  public String id() {
    return id;
  }

  /**
   * @param id a basis id, as {@link #id()} gives it
   * @return the basis with that id
   * @throws InvalidJourneyException if there is none
   */
  public static CohortBasis ofId(String id) {
    Objects.requireNonNull(id, "id");
    for (CohortBasis basis : values()) {
      if (basis.id.equals(id)) {
        return basis;
      }
    }
    throw new InvalidJourneyException("basis", JourneyIds.quote(id),
        "must be one of \"first-time\", \"recurring\"");
  }
}
