package io.cxkit.survey;

import io.cxkit.survey.condition.AllOf;
import io.cxkit.survey.condition.AnyOf;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Facts;
import io.cxkit.survey.condition.Not;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A survey's routing as a graph over question positions: which questions can follow which, and the
 * walk that a set of answers takes through it. The survey's constructor checks the graph; the
 * navigator and the response validator walk it.
 *
 * <p>Edges: the rules after a question in order, each an edge to its destination, up to and
 * including the first rule without a condition; when there is no such rule, also the edge to the
 * next question in order (or the end, after the last). Conditions are not solved: any rule may
 * apply, so a loop through rules that could never all apply at once is still refused.
 *
 * <p>A question "can come before" question q when some walk from the first question visits it and
 * then q: it is reachable from the first question and q is reachable from it. Only such questions
 * (and q itself) may be named by a condition after q; any other is never answered by then.
 */
final class Flow {
  /** The position that stands for the end of the survey. */
  static final int END = -1;

  private final List<Question> questions;
  private final Map<String, Integer> positions;
  /** The rules after each question, in the order they are tried. */
  private final RoutingRule[][] rules;
  /** The destination of each rule, as a position or {@link #END}. */
  private final int[][] targets;
  /** reach[i]: every position some walk can visit after position i. */
  private final BitSet[] reach;

  private Flow(List<Question> questions, Map<String, Integer> positions, RoutingRule[][] rules,
      int[][] targets, BitSet[] reach) {
    this.questions = questions;
    this.positions = positions;
    this.rules = rules;
    this.targets = targets;
    this.reach = reach;
  }

  /**
   * Checks the routing of a survey's questions and builds its graph.
   *
   * @param questions the survey's questions, ids already checked unique
   * @param routing the survey's routing rules, none null
   * @return the graph
   * @throws InvalidSurveyException naming the rule's path ({@code routing[2].goTo}) if a rule
   *     follows an unknown question, goes to an unknown question or its own, can never apply (after
   *     a rule without a condition for the same question), names an operand that is not an answer
   *     or not a question that can come before the rule's question, or if the rules make a loop
   *     (naming the rule that goes back, with the loop's questions)
   */
  static Flow check(List<Question> questions, List<RoutingRule> routing) {
    int n = questions.size();
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < n; i++) {
      positions.put(questions.get(i).id(), i);
    }
    List<List<Integer>> byQuestion = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byQuestion.add(new ArrayList<>());
    }
    int[] closedBy = new int[n];
    java.util.Arrays.fill(closedBy, -1);
    int[] targetOf = new int[routing.size()];
    for (int k = 0; k < routing.size(); k++) {
      RoutingRule rule = routing.get(k);
      String path = "routing[" + k + "]";
      Integer from = positions.get(rule.after());
      if (from == null) {
        throw new InvalidSurveyException(path + ".after", Ids.quote(rule.after()),
            "must name a question of the survey");
      }
      if (closedBy[from] >= 0) {
        throw new InvalidSurveyException(path, rule, "can never apply: routing[" + closedBy[from]
            + "], an earlier rule after " + rule.after() + ", has no condition and always applies");
      }
      int target = END;
      if (rule.then() instanceof Destination.GoTo goTo) {
        Integer to = positions.get(goTo.questionId());
        if (to == null) {
          throw new InvalidSurveyException(path + ".goTo", Ids.quote(goTo.questionId()),
              "must name a question of the survey");
        }
        if (to.intValue() == from.intValue()) {
          throw new InvalidSurveyException(path + ".goTo", Ids.quote(goTo.questionId()),
              "must not go to the question the rule follows; that would ask it again forever");
        }
        target = to;
      }
      byQuestion.get(from).add(k);
      targetOf[k] = target;
      if (rule.unconditional()) {
        closedBy[from] = k;
      }
    }
    RoutingRule[][] rules = new RoutingRule[n][];
    int[][] ruleIndex = new int[n][];
    int[][] targets = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> mine = byQuestion.get(i);
      int count = mine.size();
      rules[i] = new RoutingRule[count];
      ruleIndex[i] = new int[count];
      int extra = closedBy[i] >= 0 ? 0 : 1;
      targets[i] = new int[count + extra];
      for (int r = 0; r < count; r++) {
        int k = mine.get(r);
        rules[i][r] = routing.get(k);
        ruleIndex[i][r] = k;
        targets[i][r] = targetOf[k];
      }
      if (extra == 1) {
        targets[i][count] = i + 1 < n ? i + 1 : END;
      }
    }
    BitSet[] reach = reachability(questions, targets, ruleIndex);
    checkOperands(questions, routing, positions, reach);
    return new Flow(List.copyOf(questions), Map.copyOf(positions), rules, targets, reach);
  }

  /**
   * Finds loops by depth-first search, then fills in what each question can reach.
   *
   * @param ruleIndex for each position, the index in the survey's routing of each of its rules
   *     (the first {@code ruleIndex[i].length} edges of {@code targets[i]})
   */
  private static BitSet[] reachability(List<Question> questions, int[][] targets,
      int[][] ruleIndex) {
    int n = targets.length;
    BitSet[] reach = new BitSet[n];
    int[] state = new int[n]; // 0 new, 1 on the stack, 2 done
    // An explicit stack: a survey of thousands of questions must not overflow the call stack.
    // stack[d] is a position on the current walk and edge[d] the index of its next edge to try,
    // so edge[d] - 1 is the edge that led to stack[d + 1].
    int[] stack = new int[n];
    int[] edge = new int[n];
    for (int root = 0; root < n; root++) {
      if (state[root] != 0) {
        continue;
      }
      int depth = 0;
      stack[0] = root;
      edge[0] = 0;
      state[root] = 1;
      while (depth >= 0) {
        int v = stack[depth];
        if (edge[depth] < targets[v].length) {
          int w = targets[v][edge[depth]++];
          if (w == END) {
            continue;
          }
          if (state[w] == 1) {
            throw loop(questions, ruleIndex, stack, edge, depth, w);
          }
          if (state[w] == 0) {
            state[w] = 1;
            stack[++depth] = w;
            edge[depth] = 0;
          }
        } else {
          BitSet mine = new BitSet(n);
          for (int t : targets[v]) {
            if (t != END) {
              mine.set(t);
              mine.or(reach[t]);
            }
          }
          reach[v] = mine;
          state[v] = 2;
          depth--;
        }
      }
    }
    return reach;
  }

  /**
   * The loop found on the stack, from {@code w} down to {@code stack[depth]} and back to {@code w}.
   * It is told from its earliest question, so the same survey always gets the same message however
   * the search came upon the loop; the edge back into that question goes backwards, and only a
   * rule's {@code goTo} can do that (the next question in order always lies ahead), so the message
   * names that rule.
   */
  private static InvalidSurveyException loop(List<Question> questions, int[][] ruleIndex,
      int[] stack, int[] edge, int depth, int w) {
    int start = depth;
    while (stack[start] != w) {
      start--;
    }
    int length = depth - start + 1;
    int earliest = 0;
    for (int j = 1; j < length; j++) {
      if (stack[start + j] < stack[start + earliest]) {
        earliest = j;
      }
    }
    // The edge into the earliest question leaves the one before it on the loop.
    int fromFrame = start + (earliest + length - 1) % length;
    int from = stack[fromFrame];
    int taken = edge[fromFrame] - 1;
    if (taken >= ruleIndex[from].length) {
      throw new AssertionError("a loop goes back only through a rule's goTo");
    }
    StringBuilder cycle = new StringBuilder();
    for (int j = 0; j < length; j++) {
      cycle.append(questions.get(stack[start + (earliest + j) % length]).id()).append(" → ");
    }
    String first = questions.get(stack[start + earliest]).id();
    cycle.append(first);
    return new InvalidSurveyException("routing[" + ruleIndex[from][taken] + "]", cycle,
        "must not loop: it goes back to " + first + ", from where the routing can lead here again,"
            + " so a respondent could be sent round these questions forever");
  }

  private static void checkOperands(List<Question> questions, List<RoutingRule> routing,
      Map<String, Integer> positions, BitSet[] reach) {
    for (int k = 0; k < routing.size(); k++) {
      RoutingRule rule = routing.get(k);
      Condition when = rule.when();
      if (when == null) {
        continue;
      }
      int after = positions.get(rule.after());
      forEachComparison("routing[" + k + "].when", when, (path, comparison) -> {
        Operand operand = comparison.operand();
        if (!operand.isAnswer()) {
          throw new InvalidSurveyException(path + "." + operand.kind(), Ids.quote(operand.name()),
              "routing compares answers only; use {\"answer\": <question id>}");
        }
        Integer position = positions.get(operand.name());
        if (position == null) {
          throw new InvalidSurveyException(path + ".answer", Ids.quote(operand.name()),
              "must name a question of the survey");
        }
        if (position == after) {
          return;
        }
        String mustName =
            "must name question " + rule.after() + " or one that can come before it; ";
        // "Can come before" means on some walk from the first question: a question that the
        // routing always jumps over is never answered, so a condition on it would be dead weight
        // that reads as if it mattered.
        if (position != 0 && !reach[0].get(position)) {
          throw new InvalidSurveyException(path + ".answer", Ids.quote(operand.name()),
              mustName + "no walk through the survey reaches " + operand.name()
                  + ", the routing always jumps over it");
        }
        if (!reach[position].get(after)) {
          throw new InvalidSurveyException(path + ".answer", Ids.quote(operand.name()),
              mustName + operand.name() + " never comes before " + rule.after());
        }
      });
    }
  }

  /**
   * Checks each comparison of each rule against the type of the question it names.
   *
   * @param questions the survey's questions
   * @param routing its routing, already checked by {@link #check}
   * @param typeOf the type of a question, or null when it is not known (then it is not checked)
   * @throws InvalidSurveyException if a type does not support an operator, or refuses an argument
   */
  static void checkTypes(List<Question> questions, List<RoutingRule> routing,
      java.util.function.Function<Question, @Nullable QuestionType<?, ?>> typeOf) {
    Map<String, Question> byId = new HashMap<>();
    for (Question question : questions) {
      byId.put(question.id(), question);
    }
    for (int k = 0; k < routing.size(); k++) {
      Condition when = routing.get(k).when();
      if (when == null) {
        continue;
      }
      forEachComparison("routing[" + k + "].when", when, (path, comparison) -> {
        // Only answers name questions; another kind of operand was refused by check().
        Question question = comparison.operand().isAnswer()
            ? byId.get(comparison.operand().name()) : null;
        QuestionType<?, ?> type = question == null ? null : typeOf.apply(question);
        if (type == null) {
          return;
        }
        ConditionOperator operator = comparison.operator();
        Set<ConditionOperator> supported = type.operators();
        if (operator != ConditionOperator.IS_ANSWERED && operator != ConditionOperator.IS_SKIPPED
            && !supported.contains(operator)) {
          throw new InvalidSurveyException(path + ".operator", operator.id(),
              "question " + question.id() + " is of type " + type.id()
                  + ", which supports " + supportedList(supported));
        }
        List<Violation> violations = validateTyped(type, question, comparison);
        if (!violations.isEmpty()) {
          Violation first = violations.get(0).under(path);
          throw new InvalidSurveyException(first.path(), first.value(),
              first.rule() + " (question " + question.id() + " is of type " + type.id() + ")");
        }
      });
    }
  }

  private static String supportedList(Set<ConditionOperator> supported) {
    StringBuilder out = new StringBuilder();
    for (ConditionOperator operator : ConditionOperator.values()) {
      if (supported.contains(operator) || operator == ConditionOperator.IS_ANSWERED
          || operator == ConditionOperator.IS_SKIPPED) {
        out.append(out.length() == 0 ? "" : ", ").append(operator.id());
      }
    }
    return out.toString();
  }

  private static <Q extends Question, A extends Answer> List<Violation> validateTyped(
      QuestionType<Q, A> type, Question question, Comparison comparison) {
    if (!type.questionClass().isInstance(question)) {
      return List.of();
    }
    return type.validateCondition(type.questionClass().cast(question), comparison.operator(),
        comparison.arguments());
  }

  /** Visits every comparison of a condition with its path ({@code routing[0].when.anyOf[1]}). */
  static void forEachComparison(String path, Condition condition,
      BiConsumer<String, Comparison> visit) {
    if (condition instanceof Comparison comparison) {
      visit.accept(path, comparison);
    } else if (condition instanceof AllOf all) {
      for (int i = 0; i < all.conditions().size(); i++) {
        forEachComparison(path + ".allOf[" + i + "]", all.conditions().get(i), visit);
      }
    } else if (condition instanceof AnyOf any) {
      for (int i = 0; i < any.conditions().size(); i++) {
        forEachComparison(path + ".anyOf[" + i + "]", any.conditions().get(i), visit);
      }
    } else if (condition instanceof Not not) {
      forEachComparison(path + ".not", not.condition(), visit);
    }
  }

  /** @return the number of questions */
  int size() {
    return questions.size();
  }

  /** @return the question at a position */
  Question question(int position) {
    return questions.get(position);
  }

  /**
   * @param questionId a question's id
   * @return its position, or -1
   */
  int position(String questionId) {
    Integer position = positions.get(questionId);
    return position == null ? -1 : position;
  }

  /**
   * @param from a position
   * @param to another position
   * @return whether some walk can visit {@code to} after {@code from}
   */
  boolean canReach(int from, int to) {
    return reach[from].get(to);
  }

  /** How a walk treats a question that has no answer. */
  interface Unanswered {
    /**
     * @param position a question without an answer, reached by the walk
     * @return whether it was shown and left unanswered (the walk goes on) rather than not yet shown
     *     (the walk stops there)
     */
    boolean skipped(int position);
  }

  /**
   * Walks from the first question: at each question, its answer (if any) joins the facts, the rules
   * after it are tried in order, and the first that holds (or else the next question in order)
   * decides where to go. The walk stops at the end, at a question without an answer that {@code
   * unanswered} says was not yet shown, or right after {@code stopAfter}.
   *
   * @param values the value of the answer at each position, or null for none (or for an answer not
   *     of its question's type); only positions the walk has visited are visible to conditions
   * @param answered whether each position has an answer, valid or not
   * @param unanswered how to treat a question without an answer
   * @param stopAfter the position after which to stop, or {@link #END} to go on to the end
   * @return the walk
   */
  Walk walk(@Nullable AnswerValue[] values, boolean[] answered, Unanswered unanswered,
      int stopAfter) {
    int n = questions.size();
    boolean[] visited = new boolean[n];
    int[] path = new int[n];
    int length = 0;
    Facts facts = operand -> {
      if (!operand.isAnswer()) {
        return null;
      }
      Integer position = positions.get(operand.name());
      return position == null || !visited[position] ? null : values[position];
    };
    int at = n == 0 ? END : 0;
    while (at != END) {
      if (!answered[at] && !unanswered.skipped(at)) {
        return new Walk(java.util.Arrays.copyOf(path, length), at, visited);
      }
      visited[at] = true;
      path[length++] = at;
      if (at == stopAfter) {
        return new Walk(java.util.Arrays.copyOf(path, length), nextOf(at, facts), visited);
      }
      at = nextOf(at, facts);
    }
    return new Walk(java.util.Arrays.copyOf(path, length), END, visited);
  }

  private int nextOf(int at, Facts facts) {
    RoutingRule[] mine = rules[at];
    for (int r = 0; r < mine.length; r++) {
      Condition when = mine[r].when();
      if (when == null || when.test(facts)) {
        return targets[at][r];
      }
    }
    return at + 1 < questions.size() ? at + 1 : END;
  }

  /**
   * Where a walk went.
   *
   * @param path the positions visited, in order
   * @param next where the walk stopped: a question not yet shown, the question after {@code
   *     stopAfter}, or {@link #END}
   * @param visited whether each position is on the path
   */
  record Walk(int[] path, int next, boolean[] visited) {}
}
