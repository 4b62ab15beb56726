package io.cxkit.survey.loop;

import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Survey;
import io.cxkit.survey.internal.Ids;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of {@link FollowUpRule}s with unique ids: what a team follows up, which it can
 * change without code through its JSON form ({@link FollowUpJson#writeRules}, {@link
 * FollowUpJson#readRules(String)}). {@linkplain #bind Bound} to a survey the rules are checked
 * against its questions and become a {@link FollowUpFinder}.
 *
 * <pre>{@code
 * FollowUpRules rules = FollowUpRules.of(
 *     FollowUpRule.reasonChosen("reasons", "technical-problem").withPriority(1),
 *     FollowUpRule.goalNotAchieved("goal").withPriority(3));
 * FollowUpFinder finder = rules.bind(survey);
 * }</pre>
 *
 * @param rules the rules in order (the order of an entry's reasons); at least one, ids unique;
 *     copied, unmodifiable
 */
public record FollowUpRules(List<FollowUpRule> rules) {

  /**
   * Checks and copies the rules.
   *
   * @throws InvalidFollowUpRuleException if there is no rule, a rule is null, or two share an id
   *     (naming both positions)
   */
  public FollowUpRules {
    Objects.requireNonNull(rules, "rules");
    if (rules.isEmpty()) {
      throw new InvalidFollowUpRuleException("rules", "[]", "must hold at least one rule");
    }
    List<FollowUpRule> copy = new ArrayList<>(rules.size());
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      FollowUpRule rule = rules.get(i);
      if (rule == null) {
        throw new InvalidFollowUpRuleException("rules[" + i + "]", null, "must be a rule, not null");
      }
      Integer earlier = positions.putIfAbsent(rule.id(), i);
      if (earlier != null) {
        throw new InvalidFollowUpRuleException("rules[" + i + "].id", Ids.quote(rule.id()),
            "duplicates the id of rules[" + earlier + "]; rule ids must be unique (give one another"
                + " id with withId)");
      }
      copy.add(rule);
    }
    rules = Collections.unmodifiableList(copy);
  }

  /**
   * @param rules one or more rules, in order
   * @return the set
   * @throws InvalidFollowUpRuleException as the constructor does
   */
  public static FollowUpRules of(FollowUpRule... rules) {
    Objects.requireNonNull(rules, "rules");
    return new FollowUpRules(java.util.Arrays.asList(rules));
  }

  /**
   * @param id a rule's id
   * @return the rule with that id, if the set has one
   */
  public Optional<FollowUpRule> rule(String id) {
    Objects.requireNonNull(id, "id");
    for (FollowUpRule rule : rules) {
      if (rule.id().equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** @return the rules' ids, in order */
  public List<String> ids() {
    List<String> ids = new ArrayList<>(rules.size());
    for (FollowUpRule rule : rules) {
      ids.add(rule.id());
    }
    return Collections.unmodifiableList(ids);
  }

  /**
   * Binds the rules to a survey of the {@linkplain QuestionTypeRegistry#standard() standard
   * registry's} types, as {@link #bind(Survey, QuestionTypeRegistry)} does.
   *
   * @param survey the survey whose responses are checked
   * @return the finder
   * @throws InvalidFollowUpRuleException if a rule does not fit the survey
   */
  public FollowUpFinder bind(Survey survey) {
    return bind(survey, QuestionTypeRegistry.standard());
  }

  /**
   * Checks every rule against the survey and makes a finder of follow-ups among its responses. A
   * rule must name a question of the survey of the type its kind needs ({@code nps} for a
   * detractor, {@code csat} for a bottom box with fewer boxes than the scale has points, {@code
   * ces} for not agreeing, {@code goal_completion} for a goal not achieved, {@code single_choice}
   * or {@code multiple_choice} offering the code for a chosen reason); a matching rule's condition
   * may compare only answers of the survey's questions, with operators and arguments their types
   * support.
   *
   * @param survey the survey whose responses are checked
   * @param registry the question types of the survey, for matching rules' conditions
   * @return the finder
   * @throws InvalidFollowUpRuleException naming the rule ({@code rules[1] "low-csat".question}),
   *     the question and the rule broken
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a matching rule compares the answer of
   *     a question whose type the registry does not know
   */
  public FollowUpFinder bind(Survey survey, QuestionTypeRegistry registry) {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(registry, "registry");
    return new FollowUpFinder(this, survey, registry);
  }
}
