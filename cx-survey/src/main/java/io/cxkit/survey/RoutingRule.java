package io.cxkit.survey;

import io.cxkit.survey.condition.Condition;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a survey's routing: after question {@code after} is answered (or skipped), if {@code
 * when} holds, go to {@code then}. The rules after one question are tried in the order the survey
 * lists them and the first that holds applies; when none does, the next question in order follows
 * (or the end, after the last). A rule without a condition always holds, so no rule after it for
 * the same question could ever apply, and the survey refuses one.
 *
 * <pre>{@code
 * RoutingRule.after("goal").when(Condition.answer("goal").equalTo("fully")).endSurvey()
 * RoutingRule.after("nps").when(Condition.answer("nps").greaterThan(8)).goTo("liked")
 * RoutingRule.after("went-wrong").goTo("end-comment")          // always
 * }</pre>
 *
 * <p>In JSON: {@code {"after": "goal", "when": {…}, "endSurvey": true}} or {@code {"after":
 * "nps", "when": {…}, "goTo": "liked"}}; {@code when} is left out for a rule that always holds.
 *
 * @param after the id of the question the rule follows
 * @param when the condition, or null for a rule that always holds
 * @param then where to go when the rule applies
 */
public record RoutingRule(String after, @Nullable Condition when, Destination then) {

  /** @throws InvalidSurveyException if {@code after} is not a well-formed id */
  public RoutingRule {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(then, "then");
    Survey.requireSurveyId("after", after);
  }

  /**
   * @param questionId the question the rule follows
   * @return the first step of a rule: add a condition with {@link After#when}, then a destination
   */
  public static After after(String questionId) {
    return new After(Objects.requireNonNull(questionId, "questionId"), null);
  }

  /** @return whether the rule holds whatever the answers (it has no condition) */
  public boolean unconditional() {
    return when == null;
  }

  /** A rule under construction: its question, maybe its condition, then its destination. */
  public static final class After {
    private final String after;
    private final @Nullable Condition when;

    private After(String after, @Nullable Condition when) {
      this.after = after;
      this.when = when;
    }

    /**
     * @param condition when the rule applies
     * @return the rule so far, with that condition
     * @throws IllegalStateException if a condition was already given
     */
    public After when(Condition condition) {
      Objects.requireNonNull(condition, "condition");
      if (when != null) {
        throw new IllegalStateException(
            "the rule already has a condition; combine them with and()");
      }
      return new After(after, condition);
    }

    /**
     * @param questionId the question to show next when the rule applies
     * @return the rule
     */
    public RoutingRule goTo(String questionId) {
      return new RoutingRule(after, when, Destination.goTo(questionId));
    }

    /** @return the rule that ends the survey when it applies */
    public RoutingRule endSurvey() {
      return new RoutingRule(after, when, Destination.END_SURVEY);
    }
  }

  /**
   * @return the rule as it reads, such as {@code after goal when answer:goal equals "fully":
   *     endSurvey}
   */
  @Override
  public String toString() {
    return "after " + after + (when == null ? "" : " when " + when) + ": " + then;
  }
}
