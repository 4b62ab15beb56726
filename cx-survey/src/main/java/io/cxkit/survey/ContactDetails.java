package io.cxkit.survey;

import io.cxkit.survey.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * How a respondent who agreed to be contacted can be reached. This is personal data: {@link
 * #toString()} redacts it, so it never reaches a log by accident.
 *
 * @param email an e-mail address, or null
 * @param name the respondent's name, or null
 * @param phone a phone number, or null
 */
public record ContactDetails(@Nullable String email, @Nullable String name, @Nullable String phone) {

  /**
   * Checks that there is a way to reach the respondent.
   *
   * @throws InvalidResponseException if all three are absent or blank, the e-mail has no {@code @},
   *     or a detail holds an unpaired surrogate char (no JSON or CSV file can hold it)
   */
  public ContactDetails {
    if (isBlank(email) && isBlank(name) && isBlank(phone)) {
      throw new InvalidResponseException("respondent.contact", "{}",
          "must hold an e-mail, a name or a phone number");
    }
    for (String detail : new String[] {email, name, phone}) {
      if (detail != null && Ids.hasUnpairedSurrogate(detail)) {
        throw new InvalidResponseException("respondent.contact", "(redacted)", Ids.WELL_FORMED_RULE);
      }
    }
    if (email != null && (email.isBlank() || email.indexOf('@') <= 0 || email.endsWith("@"))) {
      throw new InvalidResponseException("respondent.contact.email", "(redacted)",
          "must be an e-mail address of the form name@domain");
    }
  }

  /**
   * @param email an e-mail address
   * @return contact details holding only the e-mail
   */
  public static ContactDetails ofEmail(String email) {
    return new ContactDetails(java.util.Objects.requireNonNull(email, "email"), null, null);
  }

  private static boolean isBlank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  /** @return which details are present, never the details themselves */
  @Override
  public String toString() {
    return "ContactDetails[email=" + (email == null ? "absent" : "(redacted)")
        + ", name=" + (name == null ? "absent" : "(redacted)")
        + ", phone=" + (phone == null ? "absent" : "(redacted)") + "]";
  }
}
