package io.cxkit.survey.types;

import io.cxkit.survey.Answer;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * An answer to a {@link ContactConsentQuestion}: whether the respondent agrees to be contacted, and
 * the e-mail address to use. The e-mail is personal data: {@link #toString()} redacts it. Any
 * e-mail is accepted here; {@link ContactConsentQuestionType#validate} reports one given without
 * consent or not of the form {@code name@domain}.
 *
 * @param consent whether the respondent agrees to be contacted
 * @param email where to write, or null (for example when the respondent is known by id)
 */
public record ContactConsentAnswer(boolean consent, @Nullable String email) implements Answer {

  /**
   * @throws io.cxkit.survey.InvalidResponseException if the e-mail holds an unpaired surrogate char,
   *     which no JSON or CSV file can hold (the message redacts the e-mail)
   */
  public ContactConsentAnswer {
    if (email != null && Ids.hasUnpairedSurrogate(email)) {
      throw new InvalidResponseException("email", ContactConsentQuestionType.REDACTED,
          Ids.WELL_FORMED_RULE);
    }
  }

  /**
   * @param email where to write
   * @return a consenting answer with that e-mail
   */
  public static ContactConsentAnswer consenting(String email) {
    return new ContactConsentAnswer(true, java.util.Objects.requireNonNull(email, "email"));
  }

  /** @return an answer declining contact */
  public static ContactConsentAnswer declining() {
    return new ContactConsentAnswer(false, null);
  }

  /** @return the consent and whether an e-mail is present, never the e-mail itself */
  @Override
  public String toString() {
    return "ContactConsentAnswer[consent=" + consent + ", email="
        + (email == null ? "absent" : "(redacted)") + "]";
  }
}
