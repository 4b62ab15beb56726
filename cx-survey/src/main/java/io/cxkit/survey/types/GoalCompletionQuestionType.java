package io.cxkit.survey.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.InvalidValueException;
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
 * The {@code goal_completion} question type: fully, partially or not at all, summarised as the goal
 * completion rate.
 *
 * <p>Conditions compare the outcome's id as a text with {@code equals} or {@code one-of} ({@code
 * {"answer": "goal", "operator": "one-of", "values": ["partially", "not-achieved"]}}); a value
 * other than {@code "fully"}, {@code "partially"} or {@code "not-achieved"} is refused when the
 * survey is built.
 */
public final class GoalCompletionQuestionType
    implements QuestionType<GoalCompletionQuestion, GoalCompletionAnswer> {
  /** The type id, {@code goal_completion}. */
  public static final String ID = "goal_completion";

  /** The outcome ids, quoted, for messages. */
  private static final String OUTCOME_IDS = outcomeIds();

  /** Creates the type; {@link java.util.ServiceLoader} calls this. */
  public GoalCompletionQuestionType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<GoalCompletionQuestion> questionClass() {
    return GoalCompletionQuestion.class;
  }

  @Override
  public Class<GoalCompletionAnswer> answerClass() {
    return GoalCompletionAnswer.class;
  }

  /** Every outcome answers every goal question, so there is nothing to report. */
  @Override
  public List<Violation> validate(GoalCompletionQuestion question, GoalCompletionAnswer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    return List.of();
  }

  @Override
  public GoalCompletionSummary.Accumulator newSummary(GoalCompletionQuestion question) {
    return new GoalCompletionSummary.Accumulator(question);
  }

  /** @return {@code EQUALS, ONE_OF} on the outcome's id */
  @Override
  public Set<ConditionOperator> operators() {
    return Operators.CODE;
  }

  /**
   * Refuses an {@code equals} or {@code one-of} value that no outcome has: one that is not a text,
   * or a text other than the outcome ids {@code "fully"}, {@code "partially"} and {@code
   * "not-achieved"} (exactly, lower case, as {@link GoalOutcome#id()} gives them).
   */
  @Override
  public List<Violation> validateCondition(GoalCompletionQuestion question,
      ConditionOperator operator, List<AnswerValue> arguments) {
    Objects.requireNonNull(question, "question");
    Violation unfit = Operators.unfit(Operators.CODE, ID, operator, arguments);
    if (unfit != null) {
      return Operators.only(unfit);
    }
    return Operators.eachValue(operator, arguments, Operators.text(
        GoalCompletionQuestionType::isOutcomeId,
        "must be a text: goal outcomes are the ids " + OUTCOME_IDS,
        text -> "must be one of the goal outcome ids " + OUTCOME_IDS));
  }

  private static String outcomeIds() {
    List<String> ids = new java.util.ArrayList<>();
    for (GoalOutcome outcome : GoalOutcome.values()) {
      ids.add(outcome.id());
    }
    return Rules.listed(ids);
  }

  private static boolean isOutcomeId(String text) {
    for (GoalOutcome outcome : GoalOutcome.values()) {
      if (outcome.id().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /** @return the outcome's id ({@code fully}, {@code partially}, {@code not-achieved}) as text */
  @Override
  public AnswerValue valueOf(GoalCompletionAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    return new AnswerValue.TextValue(answer.outcome().id());
  }

  /**
   * Reads the outcome from a cell: its id ({@code fully}, {@code partially}, {@code not-achieved},
   * as {@link #valueOf} writes it) or, with white space around it and in any case, the id or the
   * question's label of an outcome in any of its languages ({@code Teilweise}, {@code Полностью}).
   * Anything else is refused at field {@code outcome}, listing the ids; so is a text that two
   * outcomes' labels share.
   */
  @Override
  public Optional<CellParser<GoalCompletionAnswer>> cellParser(GoalCompletionQuestion question,
      CellFormat format) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(format, "format");
    Cells.Lookup<GoalOutcome> outcomes = new Cells.Lookup<>();
    for (GoalOutcome outcome : GoalOutcome.values()) {
      outcomes.code(outcome.id(), outcome);
    }
    outcomes.label(question.fullyLabel(), GoalOutcome.FULLY);
    outcomes.label(question.partiallyLabel(), GoalOutcome.PARTIALLY);
    outcomes.label(question.notAchievedLabel(), GoalOutcome.NOT_ACHIEVED);
    String rule = "must be a goal outcome: " + OUTCOME_IDS + " or the question's label of one";
    return Optional.of(cell -> {
      GoalOutcome outcome = outcomes.find(cell, "outcome");
      if (outcome == null) {
        throw new InvalidValueException("outcome", Rules.quoted(cell), rule);
      }
      return new GoalCompletionAnswer(outcome);
    });
  }

  /**
   * The question's members: {@code id}, {@code text}, {@code required}, optional {@code fullyLabel},
   * {@code partiallyLabel} and {@code notAchievedLabel}. Closed with {@code additionalProperties:
   * false}, so the generator adds {@code "type"} to its {@code properties}.
   */
  @Override
  public ObjectNode questionSchema() {
    return Schemas.question("A goal_completion question: did you achieve the goal of your visit?")
        .optional("fullyLabel", Schemas.localizedText())
        .optional("partiallyLabel", Schemas.localizedText())
        .optional("notAchievedLabel", Schemas.localizedText())
        .build();
  }

  /**
   * The answer's one member, {@code outcome}: {@code "fully"}, {@code "partially"} or {@code
   * "not-achieved"}. Closed, like the question fragment.
   */
  @Override
  public ObjectNode answerSchema() {
    String[] ids = new String[GoalOutcome.values().length];
    for (GoalOutcome outcome : GoalOutcome.values()) {
      ids[outcome.code()] = outcome.id();
    }
    return Schemas.object("An answer to a goal_completion question")
        .required("outcome", Schemas.oneOf(ids))
        .build();
  }

  @Override
  public String toString() {
    return "QuestionType[" + ID + "]";
  }
}
