package io.cxkit.survey.summary;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.spi.QuestionSummary;
import java.util.Objects;

/**
 * One question's part of a survey summary: how many respondents reached it, answered it and
 * stopped there, and what its type makes of the answers.
 *
 * @param questionId the question's id
 * @param typeId the question's type id
 * @param reached responses whose path came to the question ({@link
 *     io.cxkit.survey.SurveyNavigator#pathOf}): every question on a completed response's path, and
 *     on a partial one's up to its last question seen; with {@link
 *     SummaryOptions#dismissedInDenominators()} dismissed responses reach the first question
 * @param answered responses that answered it, ≤ {@code reached}
 * @param droppedOff partial responses whose last question seen it is (and, with {@link
 *     SummaryOptions#dismissedInDenominators()}, dismissed ones at the first question), ≤ {@code
 *     reached}
 * @param summary the type's summary of the answers, counting {@code answered} answers
 */
public record QuestionResult(String questionId, String typeId, long reached, long answered,
    long droppedOff, QuestionSummary<?> summary) {

  /**
   * @throws InvalidValueException if an id is malformed, a count is negative, {@code answered} or
   *     {@code droppedOff} exceeds {@code reached}, or the summary counts another number of answers
   */
  public QuestionResult {
    Ids.requireId("questionId", questionId);
    Ids.requireId("typeId", typeId);
    Objects.requireNonNull(summary, "summary");
    if (reached < 0) {
      throw new InvalidValueException("reached", reached, "must be a count ≥ 0");
    }
    if (answered < 0 || answered > reached) {
      throw new InvalidValueException("answered", answered, "must be in 0..reached = " + reached);
    }
    if (droppedOff < 0 || droppedOff > reached) {
      throw new InvalidValueException("droppedOff", droppedOff, "must be in 0..reached = " + reached);
    }
    if (summary.answered() != answered) {
      throw new InvalidValueException("summary.answered", summary.answered(),
          "must equal answered = " + answered);
    }
  }

  /** @return {@code answered} over {@code reached}: how many who saw the question answered it */
  public Rate answerRate() {
    return Rate.of(Percentage.of(answered, reached), "reached");
  }

  /** @return {@code droppedOff} over {@code reached}: how many who saw the question left there */
  public Rate dropOffRate() {
    return Rate.of(Percentage.of(droppedOff, reached), "reached");
  }

  /**
   * @param <S> the summary class
   * @param summaryClass the class the question's type summarises into, such as {@code
   *     NpsSummary.class}
   * @return the summary as that class
   * @throws InvalidValueException if the summary is of another class
   */
  public <S extends QuestionSummary<S>> S summary(Class<S> summaryClass) {
    Objects.requireNonNull(summaryClass, "summaryClass");
    if (!summaryClass.isInstance(summary)) {
      throw new InvalidValueException("questions." + questionId + ".summary",
          summary.getClass().getSimpleName(), "question " + questionId + " of type " + typeId
              + " is summarised as " + summary.getClass().getSimpleName() + ", not "
              + summaryClass.getSimpleName());
    }
    return summaryClass.cast(summary);
  }

  /**
   * @param other the same question's result over other responses
   * @return the result over both
   * @throws IncompatibleMergeException if the question, its type or its summary's settings differ
   */
  public QuestionResult plus(QuestionResult other) {
    Objects.requireNonNull(other, "other");
    if (!questionId.equals(other.questionId)) {
      throw new IncompatibleMergeException("QuestionResult", "questionId", questionId, other.questionId);
    }
    if (!typeId.equals(other.typeId)) {
      throw new IncompatibleMergeException("QuestionResult", "typeId", typeId, other.typeId);
    }
    return new QuestionResult(questionId, typeId, add("reached", reached, other.reached),
        add("answered", answered, other.answered), add("droppedOff", droppedOff, other.droppedOff),
        plus(summary, other.summary));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static QuestionSummary<?> plus(QuestionSummary<?> left, QuestionSummary<?> right) {
    if (left.getClass() != right.getClass()) {
      throw new IncompatibleMergeException("QuestionResult", "summary class",
          left.getClass().getName(), right.getClass().getName());
    }
    // Same class, so the summary's own plus applies.
    return (QuestionSummary<?>) ((QuestionSummary) left).plus(right);
  }

  static long add(String field, long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      throw new CountOverflowException(field, a, b);
    }
    return sum;
  }
}
