package io.cxkit.survey.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.core.NpsVariant;
import io.cxkit.core.RatingScale;
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
 * The {@code nps} question type: a likelihood-to-recommend score on 0..10 (or 1..10), summarised as
 * a Net Promoter Score.
 *
 * <p>Conditions compare the score as a number ({@code equals}, {@code one-of}, {@code in-range},
 * {@code greater-than}, {@code less-than}); one that no point of the variant's scale could meet,
 * such as {@code equals 11} or {@code greater-than 10}, is refused when the survey is built.
 */
public final class NpsQuestionType implements QuestionType<NpsQuestion, NpsAnswer> {
  /** The type id, {@code nps}. */
  public static final String ID = "nps";

  /** Creates the type; {@link java.util.ServiceLoader} calls this. */
  public NpsQuestionType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<NpsQuestion> questionClass() {
    return NpsQuestion.class;
  }

  @Override
  public Class<NpsAnswer> answerClass() {
    return NpsAnswer.class;
  }

  /** Reports a score off the variant's scale, at path {@code score}. */
  @Override
  public List<Violation> validate(NpsQuestion question, NpsAnswer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    return Rules.scoreViolations(answer.score(), question.scale());
  }

  @Override
  public NpsSummary.Accumulator newSummary(NpsQuestion question) {
    return new NpsSummary.Accumulator(question);
  }

  /** @return {@code EQUALS, ONE_OF, IN_RANGE, GREATER_THAN, LESS_THAN} on the score */
  @Override
  public Set<ConditionOperator> operators() {
    return Operators.SCORE;
  }

  /**
   * Refuses a condition no score on the question's scale (0..10 or 1..10 by the variant) could meet: an {@code
   * equals} or {@code one-of} value that is not a number ({@code must be a number: question scores
   * are numbers}) or not a point of the scale ({@code must be a point of the scale 0..10}), an
   * {@code in-range} holding no point of the scale, a {@code greater-than} at or above its top or a
   * {@code less-than} at or below its bottom ({@code can never hold on the scale 0..10}).
   */
  @Override
  public List<Violation> validateCondition(NpsQuestion question, ConditionOperator operator,
      List<AnswerValue> arguments) {
    Objects.requireNonNull(question, "question");
    return Operators.score(question.scale(), ID, operator, arguments);
  }

  /** @return the score as a {@link AnswerValue.NumberValue} */
  @Override
  public AnswerValue valueOf(NpsAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    return new AnswerValue.NumberValue(answer.score());
  }

  /**
   * Reads a score from a cell: a whole number ({@code 9}, as {@link #valueOf} writes it), with white
   * space around it allowed, or an integral decimal ({@code 9.0}, or {@code 9,0} when {@code format}
   * uses a decimal comma; only the format's separator is accepted). Anything else, and a score off
   * the question's scale ({@code 0..10}, or {@code 1..10} for the one-to-ten variant), is refused
   * at field {@code score} with the value and the scale. Out-of-scale scores are refused here
   * rather than left to validation, so that the message names the column the score came from.
   */
  @Override
  public Optional<CellParser<NpsAnswer>> cellParser(NpsQuestion question, CellFormat format) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(format, "format");
    RatingScale scale = question.scale();
    return Optional.of(cell -> new NpsAnswer(Cells.score(cell, scale, format)));
  }

  /**
   * The question's members: {@code id}, {@code text}, {@code required}, {@code variant} ({@code
   * "standard"} or {@code "one-to-ten"}), optional {@code lowLabel} and {@code highLabel}. Closed
   * with {@code additionalProperties: false}, so the generator adds {@code "type"} to its {@code
   * properties}.
   */
  @Override
  public ObjectNode questionSchema() {
    return Schemas.question("An nps question: likelihood to recommend on 0..10 or 1..10")
        .required("variant", Schemas.oneOf(NpsVariant.STANDARD.id(), NpsVariant.ONE_TO_TEN.id()))
        .optional("lowLabel", Schemas.localizedText())
        .optional("highLabel", Schemas.localizedText())
        .build();
  }

  /**
   * The answer's one member, {@code score}: a whole number on 0..10 (whether 0 is allowed depends
   * on the question's variant, which validation checks). Closed, like the question fragment.
   */
  @Override
  public ObjectNode answerSchema() {
    return Schemas.object("An answer to an nps question")
        .required("score", Schemas.integer(0, 10))
        .build();
  }

  @Override
  public String toString() {
    return "QuestionType[" + ID + "]";
  }
}
