package io.cxkit.survey.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.core.InvalidValueException;
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
 * The {@code single_choice} question type: one option of a list, optionally "other" with the
 * respondent's own words, summarised as counts and shares per option.
 *
 * <p>Conditions compare the chosen code as a text with {@code equals} or {@code one-of}; a code the
 * question does not offer is refused when the survey is built.
 */
public final class SingleChoiceQuestionType implements QuestionType<SingleChoiceQuestion, SingleChoiceAnswer> {
  /** The type id, {@code single_choice}. */
  public static final String ID = "single_choice";

  /** Creates the type; {@link java.util.ServiceLoader} calls this. */
  public SingleChoiceQuestionType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<SingleChoiceQuestion> questionClass() {
    return SingleChoiceQuestion.class;
  }

  @Override
  public Class<SingleChoiceAnswer> answerClass() {
    return SingleChoiceAnswer.class;
  }

  /**
   * Reports a code the question does not offer ({@code choice}), and an {@code otherText} given
   * without "other" chosen (or without the question offering it), blank, longer than the longest
   * open text ({@value OpenTextQuestion#MAX_LENGTH} code points), or missing when "other" is chosen.
   */
  @Override
  public List<Violation> validate(SingleChoiceQuestion question, SingleChoiceAnswer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    List<Violation> violations = new ArrayList<>(0);
    if (!question.offers(answer.choice())) {
      violations.add(Violation.of("choice", Rules.quoted(answer.choice()),
          "must be one of " + Rules.listed(question.codes())));
    }
    Rules.checkOtherText(question.hasOther(), answer.choice().equals(Choice.OTHER),
        answer.otherText(), violations);
    return violations.isEmpty() ? List.of() : Collections.unmodifiableList(violations);
  }

  @Override
  public ChoiceSummary.Accumulator newSummary(SingleChoiceQuestion question) {
    return new ChoiceSummary.Accumulator(question);
  }

  /** @return {@code EQUALS, ONE_OF} on the chosen code */
  @Override
  public Set<ConditionOperator> operators() {
    return Operators.CODE;
  }

  /**
   * Refuses an {@code equals} or {@code one-of} value that no answer chooses: one that is not a
   * text, or a code the question does not offer ({@code other} only when it has an {@code
   * otherLabel}).
   */
  @Override
  public List<Violation> validateCondition(SingleChoiceQuestion question,
      ConditionOperator operator, List<AnswerValue> arguments) {
    Objects.requireNonNull(question, "question");
    Violation unfit = Operators.unfit(Operators.CODE, ID, operator, arguments);
    if (unfit != null) {
      return Operators.only(unfit);
    }
    return Operators.eachValue(operator, arguments, Operators.text(question::offers,
        "must be a text: a single-choice answer is the code chosen",
        text -> "must be one of " + Rules.listed(question.codes())));
  }

  /** @return the chosen code as a {@link AnswerValue.TextValue} */
  @Override
  public AnswerValue valueOf(SingleChoiceAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    return new AnswerValue.TextValue(answer.choice());
  }

  /**
   * Reads the chosen option from a cell: its code ({@code price}, as {@link #valueOf} writes it)
   * or, with white space around it and in any case, the code or the label of an option in any of the
   * question's languages ({@code Der Preis}, {@code 价格}); {@code other} and the "other" label
   * choose "other". When the question offers "other", a text that names no option is "other" with
   * that text, trimmed, as its {@code otherText}; otherwise it is refused at field {@code choice},
   * listing the codes. A text that two options' labels share is refused too, never guessed.
   */
  @Override
  public Optional<CellParser<SingleChoiceAnswer>> cellParser(SingleChoiceQuestion question,
      CellFormat format) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(format, "format");
    Cells.Lookup<String> options = Cells.options(question);
    boolean other = question.hasOther();
    String rule = Cells.optionRule(question);
    return Optional.of(cell -> {
      String code = options.find(cell, "choice");
      if (code != null) {
        return SingleChoiceAnswer.of(code);
      }
      if (!other) {
        throw new InvalidValueException("choice", Rules.quoted(cell), rule);
      }
      return new SingleChoiceAnswer(Choice.OTHER, Cells.strip(cell));
    });
  }

  /**
   * The question's members: {@code id}, {@code text}, {@code required}, {@code choices} (at least
   * one object of {@code code} and {@code label}; the code {@code "other"} is reserved), optional
   * {@code otherLabel}. Closed with {@code additionalProperties: false}, so the generator adds
   * {@code "type"} to its {@code properties}.
   */
  @Override
  public ObjectNode questionSchema() {
    return Schemas.question("A single_choice question: one option, optionally \"other\"")
        .required("choices", Schemas.choices())
        .optional("otherLabel", Schemas.localizedText())
        .build();
  }

  /**
   * The answer's members: {@code choice} (a code) and optional {@code otherText}. Closed, like the
   * question fragment.
   */
  @Override
  public ObjectNode answerSchema() {
    return Schemas.object("An answer to a single_choice question")
        .required("choice", Schemas.string())
        .optional("otherText", Schemas.otherText())
        .build();
  }

  @Override
  public String toString() {
    return "QuestionType[" + ID + "]";
  }
}
