package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.RoutedArbitraries.Choices;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.types.OpenTextQuestion;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The routing checks of a survey against an oracle written here from {@link RoutingRule}'s and
 * {@code Flow}'s documented semantics: over random routing (rules to any question, backwards too,
 * loops and all, conditions naming any question), a survey is refused for a loop exactly when the
 * graph has a cycle — and the loop the message tells is a real cycle, closed by the rule it names —
 * and otherwise refused for an operand exactly when one names a question that cannot come before
 * the rule's question.
 */
class FlowOracleProperties {

  @Provide
  Arbitrary<List<Integer>> numbers() {
    return RoutedArbitraries.choiceLists(60, 120);
  }

  private static final Pattern LOOP =
      Pattern.compile("routing\\[(\\d+)\\] = ((?:q\\d+ → )+q\\d+): must not loop: .*");

  @Property(tries = 1000)
  void loopsAndOperandsAreRefusedExactlyWhenTheOracleSaysSo(@ForAll("numbers") List<Integer> numbers) {
    Choices choices = new Choices(numbers);
    int n = 1 + choices.next(7);
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      questions.add(OpenTextQuestion.of("q" + i, LocalizedText.of("en", "Q" + i)));
    }
    List<RoutingRule> rules = new ArrayList<>();
    List<int[]> operands = new ArrayList<>(); // {rule's question, named question}
    BitSet[] edges = new BitSet[n];
    for (int q = 0; q < n; q++) {
      edges[q] = new BitSet();
      int count = choices.next(3);
      boolean closed = false;
      for (int r = 0; r < count && !closed; r++) {
        int target = choices.next(n + 1); // n: the end
        if (target == q) {
          target = n;
        }
        closed = choices.next(3) == 0;
        RoutingRule.After after = RoutingRule.after("q" + q);
        if (!closed) {
          int named = choices.next(3) == 0 ? choices.next(n) : q;
          operands.add(new int[] {q, named});
          after = after.when(Condition.answer("q" + named).isAnswered());
        }
        rules.add(target == n ? after.endSurvey() : after.goTo("q" + target));
        if (target < n) {
          edges[q].set(target);
        }
      }
      if (!closed && q + 1 < n) {
        edges[q].set(q + 1);
      }
    }
    BitSet[] reach = new BitSet[n];
    boolean cycle = false;
    for (int q = 0; q < n; q++) {
      reach[q] = reachable(edges, q);
      cycle |= reach[q].get(q);
    }
    List<String> badOperands = new ArrayList<>();
    for (int[] operand : operands) {
      int q = operand[0];
      int p = operand[1];
      boolean canComeBefore = p == q || ((p == 0 || reach[0].get(p)) && reach[p].get(q));
      if (!canComeBefore) {
        badOperands.add("q" + p);
      }
    }
    Survey.Builder builder = Survey.builder("oracle").title(LocalizedText.of("en", "Oracle"))
        .kind(SurveyKind.EMBEDDED).questions(questions).routes(rules);
    String refused = null;
    try {
      builder.build();
    } catch (InvalidSurveyException e) {
      refused = e.getMessage();
    }
    if (cycle) {
      assertThat(refused).as("a survey whose routing has a cycle").isNotNull();
      Matcher loop = LOOP.matcher(refused);
      assertThat(loop.matches()).as(refused).isTrue();
      String[] ids = loop.group(2).split(" → ");
      assertThat(ids[0]).isEqualTo(ids[ids.length - 1]);
      for (int i = 0; i + 1 < ids.length; i++) {
        int from = Integer.parseInt(ids[i].substring(1));
        int to = Integer.parseInt(ids[i + 1].substring(1));
        assertThat(edges[from].get(to)).as("%s → %s in %s", ids[i], ids[i + 1], refused).isTrue();
      }
      RoutingRule named = rules.get(Integer.parseInt(loop.group(1)));
      assertThat(named.then()).isInstanceOf(Destination.GoTo.class);
      String target = ((Destination.GoTo) named.then()).questionId();
      boolean closes = false;
      for (int i = 0; i + 1 < ids.length; i++) {
        closes |= ids[i].equals(named.after()) && ids[i + 1].equals(target);
      }
      assertThat(closes).as("%s closes the loop of %s", named, refused).isTrue();
    } else if (!badOperands.isEmpty()) {
      assertThat(refused).as("operands %s", badOperands).isNotNull()
          .matches("routing\\[\\d+\\]\\.when\\.answer = \"(q\\d+)\": must name question .*");
      String quoted = refused.substring(refused.indexOf('"') + 1);
      assertThat(badOperands).contains(quoted.substring(0, quoted.indexOf('"')));
    } else {
      assertThat(refused).as("a valid survey").isNull();
    }
  }

  private static BitSet reachable(BitSet[] edges, int from) {
    BitSet seen = new BitSet();
    List<Integer> todo = new ArrayList<>(List.of(from));
    while (!todo.isEmpty()) {
      int at = todo.remove(todo.size() - 1);
      for (int to = edges[at].nextSetBit(0); to >= 0; to = edges[at].nextSetBit(to + 1)) {
        if (!seen.get(to)) {
          seen.set(to);
          todo.add(to);
        }
      }
    }
    return seen;
  }
}
