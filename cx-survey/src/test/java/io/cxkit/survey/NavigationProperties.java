package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.RoutedArbitraries.Choices;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Facts;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of navigation over random routed surveys ({@link RoutedArbitraries}): issue 5's
 * "random answer changes never leave answers off the path" and "conditions evaluated on missing
 * answers never throw", and that a walk's response reads back as the same path.
 */
class NavigationProperties {

  @Provide
  Arbitrary<Survey> surveys() {
    return RoutedArbitraries.surveys();
  }

  @Provide
  Arbitrary<List<Integer>> actions() {
    return RoutedArbitraries.choiceLists(50, 200);
  }

  /**
   * (a) After every action of a random session — answering, changing an answer on the path,
   * skipping, going back — no answer or skip mark is off the path for good, every kept one is on
   * the path or reachable from where it stands (by a reachability computed here from the rules,
   * independently of {@code Flow}), the cursor is on the path or at its next question, and the
   * step reports exactly the answers and skip marks that disappeared.
   */
  @Property(tries = 300)
  void randomChangesNeverLeaveAnswersOffThePath(@ForAll("surveys") Survey survey,
      @ForAll("actions") List<Integer> actions) {
    SurveyNavigator navigator = SurveyNavigator.of(survey);
    Navigation nav = navigator.begin();
    Choices choices = new Choices(actions);
    int steps = 1 + choices.next(40);
    for (int s = 0; s < steps; s++) {
      Set<String> before = marked(nav);
      Navigation.Step step = act(survey, nav, choices);
      SurveyPath path = navigator.path(nav.answers(), nav.skipped());
      assertThat(path).isEqualTo(nav.path());
      assertThat(path.offPath()).isEmpty();
      Set<String> reachable = reachableFrom(survey, path.next().orElse(null));
      for (String id : marked(nav)) {
        assertThat(path.contains(id) || reachable.contains(id))
            .as("%s is on %s or can come onto it", id, path).isTrue();
      }
      String current = nav.current().map(Question::id).orElse(null);
      if (current == null) {
        assertThat(path.finished()).isTrue();
      } else {
        assertThat(path.contains(current) || current.equals(path.next().orElse(null))).isTrue();
      }
      if (step != null) {
        Set<String> gone = new LinkedHashSet<>();
        for (String id : survey.questionIds()) {
          if (before.contains(id) && !marked(nav).contains(id)) {
            gone.add(id);
          }
        }
        assertThat(step.dropped()).containsExactlyElementsOf(gone);
        assertThat(step.next().orElse(null)).isEqualTo(current);
      }
    }
  }

  /**
   * (b) Walking a random session to the end (with changes, skips and steps back on the way) gives a
   * completed response whose path, as the navigator reads it back, is the session's path; and at
   * every step a partial response reads back as the path so far, with nothing off it.
   */
  @Property(tries = 300)
  void aWalksResponseReadsBackAsItsPath(@ForAll("surveys") Survey survey,
      @ForAll("actions") List<Integer> actions) {
    SurveyNavigator navigator = SurveyNavigator.of(survey);
    Navigation nav = navigator.begin();
    Choices choices = new Choices(actions);
    int wandering = choices.next(20);
    for (int s = 0; s < wandering; s++) {
      act(survey, nav, choices);
      assertPartialReadsBack(navigator, nav);
    }
    // Then straight on to the end: at most one step per question, since the path has no loop.
    for (int guard = 0; !nav.finished(); guard++) {
      assertThat(guard).isLessThanOrEqualTo(survey.questions().size());
      Question current = nav.current().orElseThrow();
      if (!current.required() && choices.next(3) == 0) {
        nav.skip();
      } else {
        nav.answer(RoutedArbitraries.answer(current, choices));
      }
      assertPartialReadsBack(navigator, nav);
    }
    Response response = nav.toResponse("r-1").build();
    assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
    assertThat(navigator.pathOf(response)).isEqualTo(nav.path());
    assertThat(nav.path().finished()).isTrue();
  }

  private static void assertPartialReadsBack(SurveyNavigator navigator, Navigation nav) {
    if (nav.finished()) {
      return;
    }
    Response partial = nav.toResponse("r-1").build();
    SurveyPath read = navigator.pathOf(partial);
    List<String> expected = new ArrayList<>(nav.path().questions());
    String current = nav.current().orElseThrow().id();
    if (!nav.path().contains(current)) {
      // Shown but not answered yet: a partial response counts it as seen and skipped.
      expected.add(current);
    }
    assertThat(read.questions()).isEqualTo(expected);
    assertThat(read.offPath()).isEmpty();
  }

  /**
   * (c) Walking any answers — a random subset, some of another type or breaking their question's
   * rules — with any skip marks never throws, nor does reading back a completed or partial
   * response of them; and every routing condition, tested on facts where any operand may be
   * missing or hold a value of any form, never throws.
   */
  @Property(tries = 500)
  void conditionsNeverThrowOnAnySubsetOfAnswers(@ForAll("surveys") Survey survey,
      @ForAll("actions") List<Integer> numbers) {
    SurveyNavigator navigator = SurveyNavigator.of(survey);
    Choices choices = new Choices(numbers);
    Map<String, Answer> answers = RoutedArbitraries.anyAnswers(survey, choices);
    Set<String> skipped = new HashSet<>();
    for (String id : survey.questionIds()) {
      if (choices.flip()) {
        skipped.add(id);
      }
    }
    SurveyPath path = navigator.path(answers, skipped);
    assertThat(path.questions().size()).isLessThanOrEqualTo(survey.questions().size());
    Response.Builder completed = Response.builder("r-1", survey.id(), survey.version());
    answers.forEach(completed::answer);
    assertThat(navigator.pathOf(completed.build()).finished()).isTrue();
    Response.Builder partial = Response.builder("r-2", survey.id(), survey.version())
        .partial(survey.questionIds().get(choices.next(survey.questions().size())));
    answers.forEach(partial::answer);
    navigator.pathOf(partial.build());

    Map<Operand, AnswerValue> values = new HashMap<>();
    for (RoutingRule rule : survey.routing()) {
      Condition when = rule.when();
      if (when == null) {
        continue;
      }
      for (Comparison comparison : when.comparisons()) {
        if (choices.flip()) {
          values.put(comparison.operand(), RoutedArbitraries.anyValue(choices));
        }
      }
      Facts facts = Facts.of(values);
      // The result is not the point; that evaluation returns at all, on missing and misfit facts.
      boolean holds = when.test(facts);
      assertThat(when.test(facts)).isEqualTo(holds);
      assertThat(when.test(Facts.none())).isEqualTo(when.test(operand -> null));
    }
  }

  /**
   * One random action: answer the current question, skip it (when optional), go back, or change
   * the answer of a question shown; null when it was a step back, which reports no step.
   */
  private static Navigation.Step act(Survey survey, Navigation nav, Choices choices) {
    Question current = nav.current().orElse(null);
    int action = choices.next(4);
    if (action == 0 && current != null) {
      return nav.answer(RoutedArbitraries.answer(current, choices));
    }
    if (action == 2 && current != null && !current.required()) {
      return nav.skip();
    }
    if (action == 3 || (action == 2 && current != null)) {
      nav.back();
      return null;
    }
    List<String> shown = new ArrayList<>(nav.path().questions());
    if (current != null && !shown.contains(current.id())) {
      shown.add(current.id());
    }
    String id = shown.get(choices.next(shown.size()));
    return nav.answer(id, RoutedArbitraries.answer(survey.question(id).orElseThrow(), choices));
  }

  private static Set<String> marked(Navigation nav) {
    Set<String> out = new HashSet<>(nav.answers().keySet());
    out.addAll(nav.skipped());
    return out;
  }

  /**
   * The questions some walk can visit from {@code next} onwards, by the routing semantics of
   * {@link RoutingRule}: the rules after a question in order up to the first without a condition,
   * and the next question in order when there is no such rule. Empty for the end (null).
   */
  private static Set<String> reachableFrom(Survey survey, String next) {
    Set<String> seen = new HashSet<>();
    if (next == null) {
      return seen;
    }
    List<String> ids = survey.questionIds();
    ArrayDeque<String> todo = new ArrayDeque<>(List.of(next));
    seen.add(next);
    while (!todo.isEmpty()) {
      String at = todo.pop();
      List<String> to = new ArrayList<>();
      boolean always = false;
      for (RoutingRule rule : survey.routingAfter(at)) {
        if (rule.then() instanceof Destination.GoTo goTo) {
          to.add(goTo.questionId());
        }
        if (rule.unconditional()) {
          always = true;
          break;
        }
      }
      int position = ids.indexOf(at);
      if (!always && position + 1 < ids.size()) {
        to.add(ids.get(position + 1));
      }
      for (String id : to) {
        if (seen.add(id)) {
          todo.push(id);
        }
      }
    }
    return seen;
  }
}
