package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.RatingScale;
import io.cxkit.survey.RoutedArbitraries.Choices;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.ComparisonBuilder;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Navigation over random surveys whose routing also jumps backwards in the survey's order (never
 * into a loop), which {@link RoutedArbitraries} does not make: at every step of a random session —
 * answers, changes of any question shown, skips, steps back — the response the navigation would
 * submit validates clean, reads back as the navigation's path, and the step reports exactly what
 * disappeared.
 */
class JumpingNavigationProperties {

  @Provide
  Arbitrary<Survey> surveys() {
    return RoutedArbitraries.choiceLists(200, 300).map(numbers -> survey(new Choices(numbers)));
  }

  @Provide
  Arbitrary<List<Integer>> actions() {
    return RoutedArbitraries.choiceLists(50, 200);
  }

  /** Over surveys that jump backwards (about half of them do; 8 questions at most). */
  @Property(tries = 300)
  void everyStateOfASessionSubmitsAValidResponse(@ForAll("surveys") Survey survey,
      @ForAll("actions") List<Integer> actions) {
    checkSession(survey, actions);
  }

  /** Over {@link RoutedArbitraries}' surveys, with all its types and kinds of conditions. */
  @Property(tries = 300)
  void everyStateOfASessionOverRoutedSurveysSubmitsAValidResponse(
      @ForAll("routedSurveys") Survey survey, @ForAll("actions") List<Integer> actions) {
    checkSession(survey, actions);
  }

  @Provide
  Arbitrary<Survey> routedSurveys() {
    return RoutedArbitraries.surveys();
  }

  private static void checkSession(Survey survey, List<Integer> actions) {
    SurveyNavigator navigator = SurveyNavigator.of(survey);
    ResponseValidator validator = ResponseValidator.of(survey);
    Navigation nav = navigator.begin();
    Choices choices = new Choices(actions);
    assertValid(validator, navigator, nav);
    int steps = 1 + choices.next(60);
    for (int s = 0; s < steps; s++) {
      Set<String> before = marked(nav);
      Navigation.Step step = act(survey, nav, choices);
      assertValid(validator, navigator, nav);
      if (step != null) {
        Set<String> gone = new LinkedHashSet<>();
        for (String id : survey.questionIds()) {
          if (before.contains(id) && !marked(nav).contains(id)) {
            gone.add(id);
          }
        }
        assertThat(step.dropped()).containsExactlyElementsOf(gone);
        assertThat(step.next()).isEqualTo(nav.current().map(Question::id));
      }
      assertThat(nav.finished()).isEqualTo(nav.current().isEmpty());
      assertThat(nav.finished()).isEqualTo(nav.path().finished()
          && !nav.path().contains(nav.current().map(Question::id).orElse("")));
    }
    // Straight on to the end: a completed response, also valid.
    for (int guard = 0; !nav.finished(); guard++) {
      assertThat(guard).isLessThanOrEqualTo(survey.questions().size());
      Question current = nav.current().orElseThrow();
      if (!current.required() && choices.flip()) {
        nav.skip();
      } else {
        nav.answer(RoutedArbitraries.answer(current, choices));
      }
      assertValid(validator, navigator, nav);
    }
    assertThat(nav.toResponse("r").build().status()).isEqualTo(ResponseStatus.COMPLETED);
  }

  private static void assertValid(ResponseValidator validator, SurveyNavigator navigator,
      Navigation nav) {
    Response response = nav.toResponse("r").build();
    assertThat(validator.validate(response)).as("%s from %s", response, nav).isEmpty();
    SurveyPath read = navigator.pathOf(response);
    assertThat(read.offPath()).isEmpty();
    if (nav.finished()) {
      assertThat(read).isEqualTo(nav.path());
    } else {
      // The partial response runs up to its last question seen: a prefix of the navigation's path
      // and its next question.
      List<String> expected = new ArrayList<>(nav.path().questions());
      nav.path().next().ifPresent(expected::add);
      assertThat(expected).startsWith(read.questions().toArray(new String[0]));
      assertThat(read.questions()).contains(response.lastQuestionSeen());
    }
  }

  /** Answer, skip, back, or change a question shown; null for back, which reports no step. */
  private static Navigation.Step act(Survey survey, Navigation nav, Choices choices) {
    Question current = nav.current().orElse(null);
    int action = choices.next(5);
    if (action == 0 && current != null) {
      return nav.answer(RoutedArbitraries.answer(current, choices));
    }
    if (action == 1 && current != null && !current.required()) {
      return nav.skip();
    }
    if (action == 2) {
      nav.back();
      return null;
    }
    List<String> shown = new ArrayList<>(nav.path().questions());
    if (current != null && !shown.contains(current.id())) {
      shown.add(current.id());
    }
    if (shown.isEmpty()) {
      return null;
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
   * A survey of 1 to 8 questions whose rules go to any question later in a random order of the
   * questions (a topological order, so there is no loop), backwards in the survey's order too; a
   * question whose next one in the survey's order comes earlier in that order gets a last rule
   * without a condition, so the default edge cannot close a loop either. Conditions name the rule's
   * question or one that a walk from the first question can visit before it.
   */
  static Survey survey(Choices choices) {
    int n = 1 + choices.next(8);
    List<Question> questions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      questions.add(question("q" + i, choices));
    }
    // rank[i]: question i's place in the topological order; the first question comes first.
    int[] rank = new int[n];
    List<Integer> rest = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      rest.add(i);
    }
    for (int r = 1; r < n; r++) {
      rank[rest.remove(choices.next(rest.size()))] = r;
    }
    // Targets first (conditions need the whole graph to know what can come before what).
    List<List<Integer>> targets = new ArrayList<>(n);
    List<List<Boolean>> always = new ArrayList<>(n);
    BitSet[] edges = new BitSet[n];
    for (int q = 0; q < n; q++) {
      List<Integer> later = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        if (rank[p] > rank[q]) {
          later.add(p);
        }
      }
      boolean mustClose = q + 1 < n && rank[q + 1] < rank[q];
      List<Integer> mine = new ArrayList<>();
      List<Boolean> flags = new ArrayList<>();
      edges[q] = new BitSet(n + 1);
      int rules = choices.next(3);
      boolean closed = false;
      for (int r = 0; r < rules && !closed; r++) {
        int target = later.isEmpty() || choices.next(4) == 0 ? n
            : later.get(choices.next(later.size()));
        closed = choices.next(4) == 0;
        mine.add(target);
        flags.add(closed);
        edges[q].set(target);
      }
      if (mustClose && !closed) {
        int target = later.isEmpty() ? n : later.get(choices.next(later.size()));
        mine.add(target);
        flags.add(true);
        edges[q].set(target);
        closed = true;
      }
      if (!closed) {
        edges[q].set(q + 1);
      }
      targets.add(mine);
      always.add(flags);
    }
    BitSet[] reach = new BitSet[n];
    for (int q = 0; q < n; q++) {
      reach[q] = reachable(edges, q, n);
    }
    Survey.Builder builder = Survey.builder("jumping-" + n)
        .title(LocalizedText.of("en", "A jumping survey"))
        .kind(SurveyKind.EMBEDDED)
        .questions(questions);
    for (int q = 0; q < n; q++) {
      List<Integer> before = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        if (p != q && (p == 0 || reach[0].get(p)) && reach[p].get(q)) {
          before.add(p);
        }
      }
      before.add(q);
      for (int r = 0; r < targets.get(q).size(); r++) {
        RoutingRule.After after = RoutingRule.after("q" + q);
        if (!always.get(q).get(r)) {
          after = after.when(condition(questions, before, choices));
        }
        int target = targets.get(q).get(r);
        builder.route(target == n ? after.endSurvey() : after.goTo("q" + target));
      }
    }
    return builder.build();
  }

  /** @return the positions a walk can visit after {@code from} (n, the end, left out) */
  private static BitSet reachable(BitSet[] edges, int from, int n) {
    BitSet seen = new BitSet(n);
    List<Integer> todo = new ArrayList<>(List.of(from));
    while (!todo.isEmpty()) {
      int at = todo.remove(todo.size() - 1);
      for (int to = edges[at].nextSetBit(0); to >= 0 && to < n; to = edges[at].nextSetBit(to + 1)) {
        if (!seen.get(to)) {
          seen.set(to);
          todo.add(to);
        }
      }
    }
    return seen;
  }

  private static Question question(String id, Choices choices) {
    LocalizedText text = LocalizedText.of("en", "Question " + id);
    boolean required = choices.next(3) == 0;
    switch (choices.next(4)) {
      case 0:
        return new NpsQuestion(id, text, required, io.cxkit.core.NpsVariant.STANDARD, null, null);
      case 1:
        return new SingleChoiceQuestion(id, text, required,
            List.of(Choice.of("a", "en", "A"), Choice.of("b", "en", "B")), null);
      case 2:
        return new OpenTextQuestion(id, text, required, 60, null);
      default:
        return new ContactConsentQuestion(id, text, required);
    }
  }

  private static Condition condition(List<Question> questions, List<Integer> candidates,
      Choices choices) {
    switch (choices.next(5)) {
      case 3:
        return comparison(questions, candidates, choices)
            .or(comparison(questions, candidates, choices));
      case 4:
        return Condition.not(comparison(questions, candidates, choices));
      default:
        return comparison(questions, candidates, choices);
    }
  }

  private static Condition comparison(List<Question> questions, List<Integer> candidates,
      Choices choices) {
    Question question = questions.get(candidates.get(choices.next(candidates.size())));
    ComparisonBuilder answer = Condition.answer(question.id());
    int operator = choices.next(6);
    if (operator == 4) {
      return answer.isAnswered();
    }
    if (operator == 5) {
      return answer.isSkipped();
    }
    if (question instanceof NpsQuestion nps) {
      RatingScale scale = nps.scale();
      int a = scale.min() + choices.next(scale.points() - 1);
      return operator % 2 == 0 ? answer.greaterThan(a) : answer.inRange(0, a);
    }
    if (question instanceof SingleChoiceQuestion) {
      return answer.equalTo(choices.flip() ? "a" : "b");
    }
    if (question instanceof OpenTextQuestion) {
      return answer.contains(RoutedArbitraries.WORDS.get(choices.next(4)));
    }
    return answer.equalTo(choices.flip());
  }
}
