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
 * The {@code rating} question type: a score on {@code 1..points}, shown as stars or numbers,
 * summarised as its distribution and mean.
 *
 * <p>Conditions compare the score as a number ({@code equals}, {@code one-of}, {@code in-range},
 * {@code greater-than}, {@code less-than}); one that no point of {@code 1..points} could meet,
 * such as {@code less-than 1}, is refused when the survey is built.
 */
public final class RatingQuestionType implements QuestionType<RatingQuestion, RatingAnswer> {
  /** The type id, {@code rating}. */
  public static final String ID = "rating";

  /** Creates the type; {@link java.util.ServiceLoader} calls this. */
  public RatingQuestionType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<RatingQuestion> questionClass() {
    return RatingQuestion.class;
  }

  @Override
  public Class<RatingAnswer> answerClass() {
    return RatingAnswer.class;
  }

  /** Reports a score off {@code 1..points}, at path {@code score}. */
  @Override
  public List<Violation> validate(RatingQuestion question, RatingAnswer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    return Rules.scoreViolations(answer.score(), question.scale());
  }

  @Override
  public RatingSummary.Accumulator newSummary(RatingQuestion question) {
    return new RatingSummary.Accumulator(question);
  }

  /** @return {@code EQUALS, ONE_OF, IN_RANGE, GREATER_THAN, LESS_THAN} on the score */
  @Override
  public Set<ConditionOperator> operators() {
    return Operators.SCORE;
  }

  /**
   * Refuses a condition no score on the question's scale (1..points) could meet: an {@code
   * equals} or {@code one-of} value that is not a number ({@code must be a number: question scores
   * are numbers}) or not a point of the scale ({@code must be a point of the scale 0..10}), an
   * {@code in-range} holding no point of the scale, a {@code greater-than} at or above its top or a
   * {@code less-than} at or below its bottom ({@code can never hold on the scale 0..10}).
   */
  @Override
  public List<Violation> validateCondition(RatingQuestion question, ConditionOperator operator,
      List<AnswerValue> arguments) {
    Objects.requireNonNull(question, "question");
    return Operators.score(question.scale(), ID, operator, arguments);
  }

  /** @return the score as a {@link AnswerValue.NumberValue} */
  @Override
  public AnswerValue valueOf(RatingAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    return new AnswerValue.NumberValue(answer.score());
  }

  /**
   * Reads a score from a cell: a whole number ({@code 9}, as {@link #valueOf} writes it), with white
   * space around it allowed, or an integral decimal ({@code 9.0}, or {@code 9,0} when {@code format}
   * uses a decimal comma; only the format's separator is accepted). Anything else, and a score off
   * the question's scale ({@code 1..points}), is refused at field {@code score} with the value and the
   * scale. Out-of-scale scores are refused here rather than left to validation, so that the
   * message names the column the score came from.
   */
  @Override
  public Optional<CellParser<RatingAnswer>> cellParser(RatingQuestion question, CellFormat format) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(format, "format");
    RatingScale scale = question.scale();
    return Optional.of(cell -> new RatingAnswer(Cells.score(cell, scale, format)));
  }

  /**
   * The question's members: {@code id}, {@code text}, {@code required}, {@code points} (2..10),
   * {@code style} ({@code "stars"} or {@code "numbers"}). Closed with {@code additionalProperties:
   * false}, so the generator adds {@code "type"} to its {@code properties}.
   */
  @Override
  public ObjectNode questionSchema() {
    return Schemas.question("A rating question: a score on 1..points, as stars or numbers")
        .required("points", Schemas.integer(RatingQuestion.MIN_POINTS, RatingQuestion.MAX_POINTS))
        .required("style", Schemas.oneOf(RatingStyle.STARS.id(), RatingStyle.NUMBERS.id()))
        .build();
  }

  /**
   * The answer's one member, {@code score}: a whole number on 1..10, the widest rating (validation
   * checks it against the question's points). Closed, like the question fragment.
   */
  @Override
  public ObjectNode answerSchema() {
    return Schemas.object("An answer to a rating question")
        .required("score", Schemas.integer(1, RatingQuestion.MAX_POINTS))
        .build();
  }

  @Override
  public String toString() {
    return "QuestionType[" + ID + "]";
  }
}
