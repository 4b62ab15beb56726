package io.cxkit.survey.loop;

import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.loop.FollowUpCriterion.BottomBox;
import io.cxkit.survey.loop.FollowUpCriterion.Detractor;
import io.cxkit.survey.loop.FollowUpCriterion.GoalNotAchieved;
import io.cxkit.survey.loop.FollowUpCriterion.Matching;
import io.cxkit.survey.loop.FollowUpCriterion.NotAgreeing;
import io.cxkit.survey.loop.FollowUpCriterion.ReasonChosen;
import java.util.Objects;

/**
 * One rule of closing the loop: which responses to follow up ({@link #criterion()}), how urgently
 * ({@link #priority()}, 1 = most urgent) and why, in words a team reads ({@link #reason()}).
 * Immutable; start from a factory and change what differs:
 *
 * <pre>{@code
 * FollowUpRule technical = FollowUpRule.reasonChosen("reasons", "technical-problem")
 *     .withPriority(1).withReason("Could not order because of a technical problem");
 * FollowUpRule detractors = FollowUpRule.detractor("nps");          // id "detractor", priority 5
 * }</pre>
 *
 * <p>The factories give a default id (the kind's id, or {@code reason-<code>} for a chosen reason),
 * the {@linkplain #DEFAULT_PRIORITY default priority} and a default reason naming the question;
 * two rules of one {@link FollowUpRules} need different ids ({@link #withId}).
 *
 * @param id the rule's id, unique within its set: letters, digits, {@code _ - .}
 * @param priority how urgent a response it matches is, {@value #MOST_URGENT} (most urgent) to
 *     {@value #LEAST_URGENT}
 * @param reason why the response is followed up, for the team: not blank, at most {@value
 *     #MAX_REASON_LENGTH} characters
 * @param criterion what the rule looks for
 */
public record FollowUpRule(String id, int priority, String reason, FollowUpCriterion criterion) {

  /** The most urgent priority. */
  public static final int MOST_URGENT = 1;

  /** The least urgent priority. */
  public static final int LEAST_URGENT = 9;

  /** The priority the factories give. */
  public static final int DEFAULT_PRIORITY = 5;

  /** The longest reason, in UTF-16 chars. */
  public static final int MAX_REASON_LENGTH = 500;

  /**
   * Checks the rule.
   *
   * @throws InvalidFollowUpRuleException if the id is malformed, the priority is off {@value
   *     #MOST_URGENT}..{@value #LEAST_URGENT}, or the reason is blank, too long or holds an unpaired
   *     surrogate char
   */
  public FollowUpRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(criterion, "criterion");
    try {
      Ids.requireId("id", id);
      Ids.requireWellFormed("reason", reason);
    } catch (io.cxkit.core.InvalidValueException e) {
      throw new InvalidFollowUpRuleException(e.field(), e.value(), e.rule());
    }
    if (priority < MOST_URGENT || priority > LEAST_URGENT) {
      throw new InvalidFollowUpRuleException("priority", priority,
          "must lie in " + MOST_URGENT + ".." + LEAST_URGENT + " (" + MOST_URGENT + " = most urgent)");
    }
    if (reason.isBlank()) {
      throw new InvalidFollowUpRuleException("reason", Ids.quote(reason), "must not be blank");
    }
    if (reason.length() > MAX_REASON_LENGTH) {
      throw new InvalidFollowUpRuleException("reason", Ids.quote(reason),
          "must be at most " + MAX_REASON_LENGTH + " characters");
    }
  }

  /**
   * @param npsQuestionId an {@code nps} question
   * @return a rule for detractors of that question, on its variant's scale (0–6 or 1–6); id {@code
   *     detractor}
   */
  public static FollowUpRule detractor(String npsQuestionId) {
    return of(new Detractor(npsQuestionId), "Detractor on " + npsQuestionId);
  }

  /**
   * @param csatQuestionId a {@code csat} question
   * @return a bottom-2-box rule: the two lowest points of that question's scale; id {@code
   *     bottom-box}
   */
  public static FollowUpRule bottomBox(String csatQuestionId) {
    return bottomBox(csatQuestionId, BottomBox.DEFAULT_BOXES);
  }

  /**
   * @param csatQuestionId a {@code csat} question
   * @param boxes how many of the lowest points count, ≥ 1
   * @return a bottom-k-box rule on that question's scale; id {@code bottom-box}
   * @throws InvalidFollowUpRuleException if {@code boxes} is below 1
   */
  public static FollowUpRule bottomBox(String csatQuestionId, int boxes) {
    return of(new BottomBox(csatQuestionId, boxes),
        "Bottom-" + boxes + "-box answer on " + csatQuestionId);
  }

  /**
   * @param cesQuestionId a {@code ces} question
   * @return a rule for answers that are not favourable on that question's CES variant (not
   *     agreeing; for CES 1.0 effort, not low effort); id {@code not-agreeing}
   */
  public static FollowUpRule notAgreeing(String cesQuestionId) {
    return of(new NotAgreeing(cesQuestionId), "Did not find it easy, on " + cesQuestionId);
  }

  /**
   * @param goalQuestionId a {@code goal_completion} question
   * @return a rule for visits whose goal was not achieved at all; id {@code goal-not-achieved}
   */
  public static FollowUpRule goalNotAchieved(String goalQuestionId) {
    return goalNotAchieved(goalQuestionId, false);
  }

  /**
   * @param goalQuestionId a {@code goal_completion} question
   * @param includePartially whether a goal achieved only partially counts too
   * @return the rule; id {@code goal-not-achieved}
   */
  public static FollowUpRule goalNotAchieved(String goalQuestionId, boolean includePartially) {
    return of(new GoalNotAchieved(goalQuestionId, includePartially),
        (includePartially ? "Goal not fully achieved, on " : "Goal not achieved, on ") + goalQuestionId);
  }

  /**
   * @param choiceQuestionId a {@code single_choice} or {@code multiple_choice} question
   * @param code the code of the reason
   * @return a rule for answers that chose that code; id {@code reason-<code>} (a code too long for
   *     an id with the prefix gets the id {@code reason-chosen})
   */
  public static FollowUpRule reasonChosen(String choiceQuestionId, String code) {
    ReasonChosen criterion = new ReasonChosen(choiceQuestionId, code);
    String id = code.length() <= 128 - "reason-".length() ? "reason-" + code : ReasonChosen.KIND;
    return new FollowUpRule(id, DEFAULT_PRIORITY, "Chose " + code + " on " + choiceQuestionId,
        criterion);
  }

  /**
   * @param condition any condition over the survey's answers
   * @return a rule for responses the condition holds for; id {@code matching}, reason "Matched a
   *     condition" (give a better one with {@link #withReason})
   */
  public static FollowUpRule matching(Condition condition) {
    return of(new Matching(condition), "Matched a condition");
  }

  private static FollowUpRule of(FollowUpCriterion criterion, String reason) {
    return new FollowUpRule(criterion.kindId(), DEFAULT_PRIORITY, reason, criterion);
  }

  /**
   * @param newId the rule's id
   * @return this rule with that id
   * @throws InvalidFollowUpRuleException if the id is malformed
   */
  public FollowUpRule withId(String newId) {
    return new FollowUpRule(newId, priority, reason, criterion);
  }

  /**
   * @param newPriority {@value #MOST_URGENT} (most urgent) to {@value #LEAST_URGENT}
   * @return this rule with that priority
   * @throws InvalidFollowUpRuleException if the priority is off the range
   */
  public FollowUpRule withPriority(int newPriority) {
    return new FollowUpRule(id, newPriority, reason, criterion);
  }

  /**
   * @param newReason why a matched response is followed up, for the team
   * @return this rule with that reason
   * @throws InvalidFollowUpRuleException if the reason is blank or too long
   */
  public FollowUpRule withReason(String newReason) {
    return new FollowUpRule(id, priority, newReason, criterion);
  }
}
