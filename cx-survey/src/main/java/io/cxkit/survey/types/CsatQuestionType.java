package io.cxkit.survey.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The {@code csat} question type: a satisfaction score on the question's scale, summarised as the
 * percentage satisfied (at or above the question's threshold) and the mean score.
 *
 * <p>Conditions compare the score as a number ({@code equals}, {@code one-of}, {@code in-range},
 * {@code greater-than}, {@code less-than}); one that no point of the question's scale could meet,
 * such as {@code equals 0} on 1..5, is refused when the survey is built.
 */
public final class CsatQuestionType implements QuestionType<CsatQuestion, CsatAnswer> {
  /** The type id, {@code csat}. */
  public static final String ID = "csat";

  /** Creates the type; {@link java.util.ServiceLoader} calls this. */
  public CsatQuestionType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<CsatQuestion> questionClass() {
    return CsatQuestion.class;
  }

  @Override
  public Class<CsatAnswer> answerClass() {
    return CsatAnswer.class;
  }

  /** Reports a score off the question's scale, at path {@code score}. */
  @Override
  public List<Violation> validate(CsatQuestion question, CsatAnswer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    return Rules.scoreViolations(answer.score(), question.scale());
  }

  @Override
  public CsatSummary.Accumulator newSummary(CsatQuestion question) {
    return new CsatSummary.Accumulator(question);
  }

  /** @return {@code EQUALS, ONE_OF, IN_RANGE, GREATER_THAN, LESS_THAN} on the score */
  @Override
  public Set<ConditionOperator> operators() {
    return Operators.SCORE;
  }

  /**
   * Refuses a condition no score on the question's scale (min..max) could meet: an {@code
   * equals} or {@code one-of} value that is not a number ({@code must be a number: question scores
   * are numbers}) or not a point of the scale ({@code must be a point of the scale 0..10}), an
   * {@code in-range} holding no point of the scale, a {@code greater-than} at or above its top or a
   * {@code less-than} at or below its bottom ({@code can never hold on the scale 0..10}).
   */
  @Override
  public List<Violation> validateCondition(CsatQuestion question, ConditionOperator operator,
      List<AnswerValue> arguments) {
    Objects.requireNonNull(question, "question");
    return Operators.score(question.scale(), ID, operator, arguments);
  }

  /** @return the score as a {@link AnswerValue.NumberValue} */
  @Override
  public AnswerValue valueOf(CsatAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    return new AnswerValue.NumberValue(answer.score());
  }

  /**
   * Reads a score from a cell: a whole number ({@code 9}, as {@link #valueOf} writes it), with white
   * space around it allowed, or an integral decimal ({@code 9.0}, or {@code 9,0} when {@code format}
   * uses a decimal comma; only the format's separator is accepted). Anything else, and a score off
   * the question's scale ({@code min..max}), is refused at field {@code score} with the value and the
   * scale. Out-of-scale scores are refused here rather than left to validation, so that the
   * message names the column the score came from.
   */
  @Override
  public Optional<CellParser<CsatAnswer>> cellParser(CsatQuestion question, CellFormat format) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(format, "format");
    RatingScale scale = question.scale();
    return Optional.of(cell -> new CsatAnswer(Cells.score(cell, scale, format)));
  }

  /**
   * The question's members: {@code id}, {@code text}, {@code required}, {@code min} (0 or 1),
   * {@code max} (1..10), {@code threshold} (1..10; validation checks it against the scale), optional
   * {@code lowLabel} and {@code highLabel}. Closed with {@code additionalProperties: false}, so the
   * generator adds {@code "type"} to its {@code properties}.
   */
  @Override
  public ObjectNode questionSchema() {
    return Schemas.question("A csat question: satisfaction on min..max, satisfied from threshold")
        .required("min", Schemas.integer(0, 1))
        .required("max", Schemas.integer(1, CsatQuestion.MAX_POINT))
        .required("threshold", Schemas.integer(1, CsatQuestion.MAX_POINT))
        .optional("lowLabel", Schemas.localizedText())
        .optional("highLabel", Schemas.localizedText())
        .build();
  }

  /**
   * The answer's one member, {@code score}: a whole number on 0..10, the widest CSAT scale
   * (validation checks it against the question's). Closed, like the question fragment.
   */
  @Override
  public ObjectNode answerSchema() {
    return Schemas.object("An answer to a csat question")
        .required("score", Schemas.integer(0, CsatQuestion.MAX_POINT))
        .build();
  }

  @Override
  public String toString() {
    return "QuestionType[" + ID + "]";
  }
}
