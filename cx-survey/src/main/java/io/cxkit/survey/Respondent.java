package io.cxkit.survey;

import io.cxkit.survey.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * Who answered: a customer id that joins the response to a profile and persona, and contact details
 * only if the respondent explicitly agreed to be contacted.
 *
 * @param id the respondent's customer id, or null for an anonymous visitor
 * @param contactConsent whether the respondent agreed to be contacted about this feedback
 * @param contact how to reach the respondent; present only with consent
 */
public record Respondent(@Nullable String id, boolean contactConsent, @Nullable ContactDetails contact) {

  /**
   * Checks the respondent.
   *
   * @throws InvalidResponseException if the id is malformed, or contact details are given without
   *     consent
   */
  public Respondent {
    if (id != null) {
      try {
        Ids.requireId("respondent.id", id);
      } catch (io.cxkit.core.InvalidValueException e) {
        throw new InvalidResponseException(e.field(), e.value(), e.rule());
      }
    }
    if (contact != null && !contactConsent) {
      throw new InvalidResponseException("respondent.contact", contact,
          "contact details may only be kept when contactConsent is true");
    }
  }

  /**
   * @param id the customer id
   * @return a respondent known by id, who gave no consent to be contacted
   */
  public static Respondent of(String id) {
    return new Respondent(java.util.Objects.requireNonNull(id, "id"), false, null);
  }

  /**
   * @param id the customer id, or null for an anonymous visitor
   * @param contact how to reach the respondent
   * @return a respondent who agreed to be contacted
   */
  public static Respondent withConsent(@Nullable String id, ContactDetails contact) {
    return new Respondent(id, true, java.util.Objects.requireNonNull(contact, "contact"));
  }
}
