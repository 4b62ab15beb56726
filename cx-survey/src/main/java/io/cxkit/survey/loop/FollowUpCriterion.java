package io.cxkit.survey.loop;

import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.internal.Ids;
import java.util.Objects;

/**
 * What a {@link FollowUpRule} looks for in a response, always relative to the scale of the question
 * it names, so that one rule means the same on every variant: a {@link Detractor} is 0–6 on the
 * standard NPS scale and 1–6 on the 1..10 one. The set is closed; {@link Matching} takes any
 * condition of cx-survey's condition language for everything else.
 *
 * <p>Each kind has a stable {@linkplain #kindId() id}, the {@code "kind"} member of a rule's JSON
 * form. Whether the named question exists and is of the right type is checked when the rules are
 * {@linkplain FollowUpRules#bind bound} to a survey.
 */
public sealed interface FollowUpCriterion {

  /** @return the kind's stable id, such as {@code detractor} or {@code bottom-box} */
  String kindId();

  /**
   * A detractor on an NPS question: a score from the lowest point of the question's {@link
   * io.cxkit.core.NpsVariant} (0 or 1) to its highest detractor score, 6 (Reichheld 2003).
   *
   * @param questionId the id of an {@code nps} question
   */
  record Detractor(String questionId) implements FollowUpCriterion {
    /** The kind's id. */
    public static final String KIND = "detractor";

    /** @throws InvalidFollowUpRuleException if the question id is malformed */
    public Detractor {
      requireQuestionId(questionId);
    }

    @Override
    public String kindId() {
      return KIND;
    }
  }

  /**
   * One of the bottom {@code boxes} points of a CSAT question's scale: on 1..5 with two boxes, 1 or
   * 2; on 1..7, also 1 or 2; on 0..10, 0 or 1. Bottom-2-box is the usual definition of a
   * dissatisfied answer, the mirror of the top-2-box CSAT.
   *
   * @param questionId the id of a {@code csat} question
   * @param boxes how many of the lowest points count, ≥ 1; fewer than the scale's points (checked
   *     when bound)
   */
  record BottomBox(String questionId, int boxes) implements FollowUpCriterion {
    /** The kind's id. */
    public static final String KIND = "bottom-box";

    /** The usual number of boxes, 2. */
    public static final int DEFAULT_BOXES = 2;

    /** @throws InvalidFollowUpRuleException if the question id is malformed or boxes is below 1 */
    public BottomBox {
      requireQuestionId(questionId);
      if (boxes < 1) {
        throw new InvalidFollowUpRuleException("boxes", boxes, "must be ≥ 1");
      }
    }

    @Override
    public String kindId() {
      return KIND;
    }
  }

  /**
   * A CES answer that is not favourable for the question's {@link io.cxkit.core.CesVariant}: below
   * the agree band on the agreement scales (1–4 of CES 2.0's 1..7, 1–3 of the 5-point agreement),
   * and on CES 1.0's effort scale, where lower is easier, anything but low effort (3–5).
   *
   * @param questionId the id of a {@code ces} question
   */
  record NotAgreeing(String questionId) implements FollowUpCriterion {
    /** The kind's id. */
    public static final String KIND = "not-agreeing";

    /** @throws InvalidFollowUpRuleException if the question id is malformed */
    public NotAgreeing {
      requireQuestionId(questionId);
    }

    @Override
    public String kindId() {
      return KIND;
    }
  }

  /**
   * The goal of the visit was not achieved ({@code not-achieved}), or with {@code includePartially}
   * also only partially achieved.
   *
   * @param questionId the id of a {@code goal_completion} question
   * @param includePartially whether {@code partially} counts too
   */
  record GoalNotAchieved(String questionId, boolean includePartially) implements FollowUpCriterion {
    /** The kind's id. */
    public static final String KIND = "goal-not-achieved";

    /** @throws InvalidFollowUpRuleException if the question id is malformed */
    public GoalNotAchieved {
      requireQuestionId(questionId);
    }

    @Override
    public String kindId() {
      return KIND;
    }
  }

  /**
   * A choice was chosen: the single choice is {@code code}, or the multiple choice holds it.
   *
   * @param questionId the id of a {@code single_choice} or {@code multiple_choice} question
   * @param code a code the question offers (checked when bound), {@code other} included when the
   *     question has that option
   */
  record ReasonChosen(String questionId, String code) implements FollowUpCriterion {
    /** The kind's id. */
    public static final String KIND = "reason-chosen";

    /** @throws InvalidFollowUpRuleException if the question id or the code is malformed */
    public ReasonChosen {
      requireQuestionId(questionId);
      Objects.requireNonNull(code, "code");
      try {
        Ids.requireId("code", code);
      } catch (io.cxkit.core.InvalidValueException e) {
        throw new InvalidFollowUpRuleException(e.field(), e.value(), e.rule());
      }
    }

    @Override
    public String kindId() {
      return KIND;
    }
  }

  /**
   * Any condition over the survey's answers, in cx-survey's condition language. When bound, every
   * operand must be an answer of one of the survey's questions, with an operator and arguments
   * that question's type supports.
   *
   * @param condition the condition
   */
  record Matching(Condition condition) implements FollowUpCriterion {
    /** The kind's id. */
    public static final String KIND = "matching";

    /** Checks that the condition is present. */
    public Matching {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public String kindId() {
      return KIND;
    }
  }

  private static void requireQuestionId(String questionId) {
    Objects.requireNonNull(questionId, "questionId");
    try {
      Ids.requireId("question", questionId);
    } catch (io.cxkit.core.InvalidValueException e) {
      throw new InvalidFollowUpRuleException(e.field(), e.value(), e.rule());
    }
  }
}
