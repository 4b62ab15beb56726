package io.cxkit.survey.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.CellFormat;
import io.cxkit.survey.spi.CellParser;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code open_text} question type: the respondent's own words, up to the question's length,
 * summarised as the number of answers, their mean length and the first {@link #cap()} texts
 * ({@link OpenTextSummary}). The standard registry's instance keeps {@value
 * OpenTextSummary#DEFAULT_CAP} texts per question; register {@code new OpenTextQuestionType(cap)}
 * in a registry of your own to keep more or fewer.
 *
 * <p>Conditions test whether the text {@code contains} a text, ignoring case; a text longer than
 * the question's {@code maxLength} is refused when the survey is built.
 */
public final class OpenTextQuestionType implements QuestionType<OpenTextQuestion, OpenTextAnswer> {
  /** The type id, {@code open_text}. */
  public static final String ID = "open_text";

  private final int cap;

  /**
   * Creates the type keeping {@value OpenTextSummary#DEFAULT_CAP} texts per question; {@link
   * java.util.ServiceLoader} calls this.
   */
  public OpenTextQuestionType() {
    this(OpenTextSummary.DEFAULT_CAP);
  }

  /**
   * @param cap how many answer texts a summary keeps per question, ≥ 0 (0 keeps none: only the
   *     count and lengths)
   * @throws io.cxkit.core.InvalidValueException if {@code cap} is negative
   */
  public OpenTextQuestionType(int cap) {
    if (cap < 0) {
      throw new io.cxkit.core.InvalidValueException("cap", cap,
          "must be ≥ 0: the most answer texts a summary keeps");
    }
    this.cap = cap;
  }

  /** @return how many answer texts a summary keeps per question */
  public int cap() {
    return cap;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<OpenTextQuestion> questionClass() {
    return OpenTextQuestion.class;
  }

  @Override
  public Class<OpenTextAnswer> answerClass() {
    return OpenTextAnswer.class;
  }

  /**
   * Reports a blank text (leave the question out to skip it) and a text longer than {@code
   * maxLength} code points, at path {@code text}; the value is the length, not the text.
   */
  @Override
  public List<Violation> validate(OpenTextQuestion question, OpenTextAnswer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    if (answer.text().isBlank()) {
      return List.of(Violation.of("text", Rules.quoted(answer.text()),
          "must not be blank; leave the question out to skip it"));
    }
    int length = answer.length();
    if (length > question.maxLength()) {
      return List.of(Violation.of("text", length + " code points",
          "must be at most maxLength = " + question.maxLength() + " code points"));
    }
    return List.of();
  }

  /** @return an accumulator that keeps the first {@link #cap()} texts */
  @Override
  public OpenTextSummary.Accumulator newSummary(OpenTextQuestion question) {
    return new OpenTextSummary.Accumulator(question, cap);
  }

  /** @return {@code CONTAINS}: whether the text contains a text, ignoring case */
  @Override
  public Set<ConditionOperator> operators() {
    return Operators.TEXT;
  }

  /**
   * Accepts any non-empty text to look for (the comparison itself refuses an empty one), except one
   * longer than the question's {@code maxLength} code points, which no valid answer can contain
   * ({@code value}), and a blank one exactly {@code maxLength} long, which only a blank answer
   * could contain.
   */
  @Override
  public List<Violation> validateCondition(OpenTextQuestion question, ConditionOperator operator,
      List<AnswerValue> arguments) {
    Objects.requireNonNull(question, "question");
    Violation unfit = Operators.unfit(Operators.TEXT, ID, operator, arguments);
    if (unfit != null) {
      return Operators.only(unfit);
    }
    if (operator == ConditionOperator.CONTAINS) {
      String needle = ((AnswerValue.TextValue) arguments.get(0)).value();
      int length = Rules.codePoints(needle);
      if (length > question.maxLength()) {
        // A match is as long as the text looked for, so it cannot fit in a valid answer.
        return Operators.only(Violation.of("value", length + " code points",
            "can never hold: answers are at most maxLength = " + question.maxLength()
                + " code points"));
      }
      if (length == question.maxLength() && needle.isBlank()) {
        // The only answers long enough to hold it are the blanks themselves, and a blank answer
        // is invalid: no case mapping turns a blank into anything else.
        return Operators.only(Violation.of("value", Rules.quoted(needle),
            "can never hold: answers are not blank and at most maxLength = " + question.maxLength()
                + " code points"));
      }
    }
    return List.of();
  }

  /** @return the text as a {@link AnswerValue.TextValue} */
  @Override
  public AnswerValue valueOf(OpenTextAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    return new AnswerValue.TextValue(answer.text());
  }

  /**
   * Reads the cell's text exactly as it is, white space and line breaks included, since it is what
   * the respondent wrote ({@link #valueOf} writes it unchanged). A blank cell never reaches the
   * parser: it is the question left unanswered.
   */
  @Override
  public Optional<CellParser<OpenTextAnswer>> cellParser(OpenTextQuestion question,
      CellFormat format) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(format, "format");
    return Optional.of(OpenTextAnswer::new);
  }

  /**
   * The question's members: {@code id}, {@code text}, {@code required}, {@code maxLength}
   * (1..100000), optional {@code followUpOf} (a question id). Closed with {@code
   * additionalProperties: false}, so the generator adds {@code "type"} to its {@code properties}.
   */
  @Override
  public ObjectNode questionSchema() {
    return Schemas.question("An open_text question: free text of up to maxLength code points")
        .required("maxLength", Schemas.integer(1, OpenTextQuestion.MAX_LENGTH))
        .optional("followUpOf", Schemas.id())
        .build();
  }

  /**
   * The answer's one member, {@code text}: a string with a non-space character, of at most {@value
   * OpenTextQuestion#MAX_LENGTH} code points (JSON Schema's {@code maxLength} counts code points
   * too; the question's own limit is checked by validation). Closed, like the question fragment.
   */
  @Override
  public ObjectNode answerSchema() {
    ObjectNode text = Schemas.string();
    text.put("pattern", "\\S");
    text.put("maxLength", OpenTextQuestion.MAX_LENGTH);
    return Schemas.object("An answer to an open_text question")
        .required("text", text)
        .build();
  }

  @Override
  public String toString() {
    return cap == OpenTextSummary.DEFAULT_CAP ? "QuestionType[" + ID + "]"
        : "QuestionType[" + ID + ", cap " + cap + "]";
  }
}
