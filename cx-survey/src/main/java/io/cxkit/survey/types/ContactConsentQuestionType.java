package io.cxkit.survey.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.CellFormat;
import io.cxkit.survey.spi.CellParser;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code contact_consent} question type: explicit permission to be contacted plus an e-mail,
 * summarised as the share who consented.
 *
 * <p>An e-mail is well formed when it has exactly one {@code @} with a local part of 1 to 64 and a
 * domain of 1 to 253 characters, no white space or control characters, and a domain whose labels
 * (between dots) are non-empty and neither start nor end with {@code -}. Letters of any script are
 * allowed, so {@code иван@пример.рф} and {@code 张伟@例子.中国} pass; whether the address exists is
 * for the mail server to say.
 *
 * <p>Conditions compare the consent as a flag: {@code equals true} or {@code equals false}; any
 * other value is refused when the survey is built.
 */
public final class ContactConsentQuestionType
    implements QuestionType<ContactConsentQuestion, ContactConsentAnswer> {
  /** The type id, {@code contact_consent}. */
  public static final String ID = "contact_consent";

  /** The value reported in place of an e-mail, which is personal data. */
  static final String REDACTED = "(redacted)";

  /** Creates the type; {@link java.util.ServiceLoader} calls this. */
  public ContactConsentQuestionType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<ContactConsentQuestion> questionClass() {
    return ContactConsentQuestion.class;
  }

  @Override
  public Class<ContactConsentAnswer> answerClass() {
    return ContactConsentAnswer.class;
  }

  /**
   * Reports an e-mail given without consent and a malformed e-mail, at path {@code email}, with the
   * value redacted.
   */
  @Override
  public List<Violation> validate(ContactConsentQuestion question, ContactConsentAnswer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    String email = answer.email();
    if (email == null) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>(2);
    if (!answer.consent()) {
      violations.add(new Violation("email", REDACTED,
          "must be absent unless consent is given; without consent no contact detail is kept"));
    }
    if (!isWellFormedEmail(email)) {
      violations.add(new Violation("email", REDACTED,
          "must be an e-mail address of the form name@domain"));
    }
    return Collections.unmodifiableList(violations);
  }

  /**
   * @param email a string
   * @return whether it is a well-formed e-mail address by the rule in the class comment
   */
  static boolean isWellFormedEmail(String email) {
    int at = email.indexOf('@');
    if (at < 1 || at > 64 || at != email.lastIndexOf('@')) {
      return false;
    }
    String domain = email.substring(at + 1);
    if (domain.isEmpty() || domain.length() > 253) {
      return false;
    }
    for (int i = 0; i < email.length(); ) {
      int c = email.codePointAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    for (String label : domain.split("\\.", -1)) {
      if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
    }
    return true;
  }

  @Override
  public ContactConsentSummary.Accumulator newSummary(ContactConsentQuestion question) {
    return new ContactConsentSummary.Accumulator(question);
  }

  /** @return {@code EQUALS} on the consent */
  @Override
  public Set<ConditionOperator> operators() {
    return Operators.FLAG;
  }

  /** Refuses an {@code equals} value that is not a flag: a consent is {@code true} or {@code false}. */
  @Override
  public List<Violation> validateCondition(ContactConsentQuestion question,
      ConditionOperator operator, List<AnswerValue> arguments) {
    Objects.requireNonNull(question, "question");
    Violation unfit = Operators.unfit(Operators.FLAG, ID, operator, arguments);
    if (unfit != null) {
      return Operators.only(unfit);
    }
    return Operators.eachValue(operator, arguments,
        Operators.flag("must be a flag (true or false): a consent answer is a flag"));
  }

  /** @return the consent as a {@link AnswerValue.FlagValue}; the e-mail is never a value */
  @Override
  public AnswerValue valueOf(ContactConsentAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    return new AnswerValue.FlagValue(answer.consent());
  }

  /**
   * Reads the consent from a cell, in any case and with white space around it: yes is {@code
   * true}, {@code yes}, {@code y}, {@code 1}, {@code ja}, {@code oui}, {@code да} or {@code 是}; no
   * is {@code false}, {@code no}, {@code n}, {@code 0}, {@code nein}, {@code non}, {@code нет} or
   * {@code 否} ({@link #valueOf} writes {@code true} or {@code false}). Anything else is refused at
   * field {@code consent}, listing these words. The e-mail is never in this cell: a CSV mapping
   * reads it from a column of its own ({@code <question id>.email} in cxkit's export).
   */
  @Override
  public Optional<CellParser<ContactConsentAnswer>> cellParser(ContactConsentQuestion question,
      CellFormat format) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(format, "format");
    return Optional.of(cell -> new ContactConsentAnswer(Cells.flag(cell), null));
  }

  /**
   * The question's members: {@code id}, {@code text}, {@code required}. Closed with {@code
   * additionalProperties: false}, so the generator adds {@code "type"} to its {@code properties}.
   */
  @Override
  public ObjectNode questionSchema() {
    return Schemas.question("A contact_consent question: permission to be contacted, with an e-mail")
        .build();
  }

  /**
   * The answer's members: {@code consent} (a boolean) and optional {@code email} (a string with an
   * {@code @}; validation checks it fully). Closed, like the question fragment.
   */
  @Override
  public ObjectNode answerSchema() {
    ObjectNode email = Schemas.string();
    email.put("pattern", "^[^@\\s]+@[^@\\s]+$");
    email.put("maxLength", 318);
    return Schemas.object("An answer to a contact_consent question")
        .required("consent", Schemas.bool())
        .optional("email", email)
        .build();
  }

  @Override
  public String toString() {
    return "QuestionType[" + ID + "]";
  }
}
