package io.cxkit.survey.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.core.CesVariant;
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
 * The {@code ces} question type: a Customer Effort Score on the variant's scale, summarised as the
 * mean score and the percentage favourable.
 *
 * <p>Conditions compare the score as a number ({@code equals}, {@code one-of}, {@code in-range},
 * {@code greater-than}, {@code less-than}); one that no point of the variant's scale could meet,
 * such as {@code in-range 8 10} on 1..7, is refused when the survey is built.
 */
public final class CesQuestionType implements QuestionType<CesQuestion, CesAnswer> {
  /** The type id, {@code ces}. */
  public static final String ID = "ces";

  /** Creates the type; {@link java.util.ServiceLoader} calls this. */
  public CesQuestionType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<CesQuestion> questionClass() {
    return CesQuestion.class;
  }

  @Override
  public Class<CesAnswer> answerClass() {
    return CesAnswer.class;
  }

  /** Reports a score off the variant's scale, at path {@code score}. */
  @Override
  public List<Violation> validate(CesQuestion question, CesAnswer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    return Rules.scoreViolations(answer.score(), question.scale());
  }

  @Override
  public CesSummary.Accumulator newSummary(CesQuestion question) {
    return new CesSummary.Accumulator(question);
  }

  /** @return {@code EQUALS, ONE_OF, IN_RANGE, GREATER_THAN, LESS_THAN} on the score */
  @Override
  public Set<ConditionOperator> operators() {
    return Operators.SCORE;
  }

  /**
   * Refuses a condition no score on the question's scale (the variant's scale) could meet: an {@code
   * equals} or {@code one-of} value that is not a number ({@code must be a number: question scores
   * are numbers}) or not a point of the scale ({@code must be a point of the scale 0..10}), an
   * {@code in-range} holding no point of the scale, a {@code greater-than} at or above its top or a
   * {@code less-than} at or below its bottom ({@code can never hold on the scale 0..10}).
   */
  @Override
  public List<Violation> validateCondition(CesQuestion question, ConditionOperator operator,
      List<AnswerValue> arguments) {
    Objects.requireNonNull(question, "question");
    return Operators.score(question.scale(), ID, operator, arguments);
  }

  /** @return the score as a {@link AnswerValue.NumberValue} */
  @Override
  public AnswerValue valueOf(CesAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    return new AnswerValue.NumberValue(answer.score());
  }

  /**
   * Reads a score from a cell: a whole number ({@code 9}, as {@link #valueOf} writes it), with white
   * space around it allowed, or an integral decimal ({@code 9.0}, or {@code 9,0} when {@code format}
   * uses a decimal comma; only the format's separator is accepted). Anything else, and a score off
   * the question's scale ({@code the variant's, 1..7 or 1..5}), is refused at field {@code score} with the value and the
   * scale. Out-of-scale scores are refused here rather than left to validation, so that the
   * message names the column the score came from.
   */
  @Override
  public Optional<CellParser<CesAnswer>> cellParser(CesQuestion question, CellFormat format) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(format, "format");
    RatingScale scale = question.scale();
    return Optional.of(cell -> new CesAnswer(Cells.score(cell, scale, format)));
  }

  /**
   * The question's members: {@code id}, {@code text}, {@code required}, {@code variant} ({@code
   * "ces-2.0"}, {@code "agreement-5"} or {@code "effort-1.0"}), optional {@code statement}. Closed
   * with {@code additionalProperties: false}, so the generator adds {@code "type"} to its {@code
   * properties}.
   */
  @Override
  public ObjectNode questionSchema() {
    String[] variants = new String[CesVariant.values().length];
    for (CesVariant variant : CesVariant.values()) {
      variants[variant.ordinal()] = variant.id();
    }
    return Schemas.question("A ces question: customer effort on the variant's scale")
        .required("variant", Schemas.oneOf(variants))
        .optional("statement", Schemas.localizedText())
        .build();
  }

  /**
   * The answer's one member, {@code score}: a whole number on 1..7, the widest CES scale
   * (validation checks it against the variant's). Closed, like the question fragment.
   */
  @Override
  public ObjectNode answerSchema() {
    return Schemas.object("An answer to a ces question")
        .required("score", Schemas.integer(1, 7))
        .build();
  }

  @Override
  public String toString() {
    return "QuestionType[" + ID + "]";
  }
}
