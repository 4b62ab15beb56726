package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The navigator's walks: the path so far, the path a submitted response took, what is off it. */
class SurveyNavigatorTest {

  private static final SurveyNavigator EXIT = SurveyNavigator.of(RoutingExamples.exitFeedback());
  private static final SurveyNavigator NPS = SurveyNavigator.of(RoutingExamples.npsFollowUps());

  private static final Answer PARTIALLY = new GoalCompletionAnswer(GoalOutcome.PARTIALLY);
  private static final Answer TECHNICAL = SingleChoiceAnswer.of("technical-problem");
  private static final Answer CONSENTING = ContactConsentAnswer.consenting("anna@shop.example");

  /**
   * a (score) → c for a promoter, else b; both go on in order. Answers of c are kept while the
   * path stands at b, because b leads to c.
   */
  private static final SurveyNavigator AHEAD = SurveyNavigator.of(Survey.builder("ahead")
      .title(LocalizedText.of("en", "Ahead"))
      .kind(SurveyKind.EMBEDDED)
      .question(NpsQuestion.of("a", LocalizedText.of("en", "Score?")))
      .question(OpenTextQuestion.of("b", LocalizedText.of("en", "Why?")))
      .question(OpenTextQuestion.of("c", LocalizedText.of("en", "Anything else?")))
      .route(RoutingRule.after("a").when(Condition.answer("a").greaterThan(8)).goTo("c"))
      .build());

  @Test
  void withoutAnswersThePathIsEmptyAndTheFirstQuestionIsNext() {
    SurveyPath path = EXIT.path(Map.of(), Set.of());
    assertThat(path.questions()).isEmpty();
    assertThat(path.next()).hasValue("goal");
    assertThat(path.finished()).isFalse();
    assertThat(path.offPath()).isEmpty();
    assertThat(path).hasToString("(next: goal)");
  }

  @Test
  void aSkippedQuestionIsOnThePathAndTheWalkGoesOn() {
    // reasons skipped: its rules see a missing answer; "technical-problem" does not hold, the
    // unconditional end does.
    SurveyPath path = EXIT.path(Map.of("goal", PARTIALLY), Set.of("reasons"));
    assertThat(path).hasToString("goal → reasons → (end)");
    assertThat(path.contains("reasons")).isTrue();
    assertThat(path.contains("contact")).isFalse();
  }

  @Test
  void anAnswerAheadThatALaterQuestionCanStillReachIsNotOffThePath() {
    // a = 3 leads to b (not answered yet); c is answered from an earlier walk with a = 10, and b
    // leads on to c, so c's answer may still be used.
    Map<String, Answer> answers = Map.of("a", new NpsAnswer(3), "c", new OpenTextAnswer("Fine"));
    SurveyPath path = AHEAD.path(answers, Set.of());
    assertThat(path).hasToString("a → (next: b)");
    assertThat(path.offPath()).isEmpty();
    // a = 10 jumps from a to c, and nothing after c leads back to b, so b's answer is off the
    // path even before c is answered.
    assertThat(AHEAD.path(Map.of("a", new NpsAnswer(10), "b", new OpenTextAnswer("Slow")),
        Set.of()).toString()).isEqualTo("a → (next: c), off the path: [b]");
    SurveyPath done = AHEAD.path(Map.of("a", new NpsAnswer(10), "b", new OpenTextAnswer("Slow"),
        "c", new OpenTextAnswer("Fine")), Set.of());
    assertThat(done).hasToString("a → c → (end), off the path: [b]");
  }

  @Test
  void anAnswerOfAnotherTypeCountsAsMissingForConditions() {
    // goal answered with an NPS score: "goal equals fully" cannot hold, so reasons follows (the
    // validator reports the answer itself).
    assertThat(EXIT.path(Map.of("goal", new NpsAnswer(10)), Set.of()).toString())
        .isEqualTo("goal → (next: reasons)");
    assertThat(NPS.path(Map.of("nps", new CsatAnswer(4)), Set.of()).toString())
        .isEqualTo("nps → (end)");
  }

  @Test
  void idsTheSurveyDoesNotHaveAreIgnored() {
    assertThat(EXIT.path(Map.of("goal", PARTIALLY, "nope", TECHNICAL), Set.of("other")))
        .isEqualTo(EXIT.path(Map.of("goal", PARTIALLY), Set.of()));
  }

  @Test
  void theCompletedResponsesPathCountsEveryUnansweredQuestionAsSkipped() {
    // goal partially, reasons not answered (skipped): technical problem does not hold → end.
    Response response = response(Map.of("goal", PARTIALLY)).build();
    assertThat(EXIT.pathOf(response)).hasToString("goal → reasons → (end)");
    Response technical = response(Map.of("goal", PARTIALLY, "reasons", TECHNICAL)).build();
    assertThat(EXIT.pathOf(technical)).hasToString("goal → reasons → contact → (end)");
  }

  @Test
  void aCompletedResponseReportsEveryAnswerThePathNeverReached() {
    Response fully = response(Map.of("goal", new GoalCompletionAnswer(GoalOutcome.FULLY),
        "reasons", TECHNICAL, "contact", CONSENTING)).build();
    SurveyPath path = EXIT.pathOf(fully);
    assertThat(path.questions()).containsExactly("goal");
    assertThat(path.offPath()).containsExactly("reasons", "contact");
  }

  @Test
  void aPartialResponsesPathStopsAfterTheLastQuestionSeen() {
    Response partial = response(Map.of("goal", PARTIALLY)).partial("reasons").build();
    assertThat(EXIT.pathOf(partial).questions()).containsExactly("goal", "reasons");
    // An answer past the last question seen was never reached.
    Response past = response(Map.of("goal", PARTIALLY, "reasons", TECHNICAL)).partial("goal")
        .build();
    SurveyPath path = EXIT.pathOf(past);
    assertThat(path.questions()).containsExactly("goal");
    assertThat(path.offPath()).containsExactly("reasons");
  }

  @Test
  void aDismissedResponsesPathIsEmpty() {
    Response dismissed = response(Map.of()).dismissed().build();
    SurveyPath path = EXIT.pathOf(dismissed);
    assertThat(path.questions()).isEmpty();
    assertThat(path.offPath()).isEmpty();
  }

  @Test
  void canComeOntoFollowsTheNextQuestionsReach() {
    SurveyPath atB = AHEAD.path(Map.of("a", new NpsAnswer(3)), Set.of());
    assertThat(AHEAD.canComeOnto(atB, "c")).isTrue();
    assertThat(AHEAD.canComeOnto(atB, "b")).isTrue();
    SurveyPath finished = AHEAD.path(Map.of("a", new NpsAnswer(3)), Set.of("b", "c"));
    assertThat(finished.finished()).isTrue();
    assertThat(AHEAD.canComeOnto(finished, "c")).isFalse();
    SurveyPath atC = AHEAD.path(Map.of("a", new NpsAnswer(10)), Set.of());
    assertThat(AHEAD.canComeOnto(atC, "b")).isFalse();
    assertThat(AHEAD.canComeOnto(atC, "nope")).isFalse();
  }

  @Test
  void theNavigatorKeepsItsSurveyAndRegistry() {
    assertThat(EXIT.survey()).isEqualTo(RoutingExamples.exitFeedback());
    assertThat(EXIT.registry()).isSameAs(QuestionTypeRegistry.standard());
  }

  @Test
  void nullArgumentsAreApiMisuse() {
    assertThatThrownBy(() -> SurveyNavigator.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("survey");
    assertThatThrownBy(() -> EXIT.path(null, Set.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("answers");
    assertThatThrownBy(() -> EXIT.path(Map.of(), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("skipped");
    Map<String, Answer> withNull = new HashMap<>();
    withNull.put("goal", null);
    assertThatThrownBy(() -> EXIT.path(withNull, Set.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("answers.goal");
    assertThatThrownBy(() -> EXIT.pathOf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("response");
  }

  @Test
  void aPathIsAValue() {
    SurveyPath one = EXIT.path(Map.of("goal", PARTIALLY), Set.of());
    SurveyPath two = EXIT.path(Map.of("goal", PARTIALLY), Set.of());
    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(EXIT.path(Map.of(), Set.of()));
    assertThat(one.questions()).isEqualTo(List.of("goal"));
  }

  private static Response.Builder response(Map<String, Answer> answers) {
    Survey survey = EXIT.survey();
    Response.Builder builder = Response.builder("r-1", survey.id(), survey.version());
    for (String id : survey.questionIds()) {
      if (answers.containsKey(id)) {
        builder.answer(id, answers.get(id));
      }
    }
    return builder;
  }

  @Test
  void pathOfRefusesAResponseToAnotherSurveyOrVersion() {
    SurveyNavigator navigator = SurveyNavigator.of(RoutingExamples.exitFeedback());
    // A path through exit-feedback version 1 means nothing for a response to anything else.
    assertThatThrownBy(() -> navigator.pathOf(Response.builder("r", "nps-quarterly", 1).build()))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("surveyId = \"nps-quarterly\": must be \"exit-feedback\", the survey navigated");
    assertThatThrownBy(() -> navigator.pathOf(Response.builder("r", "exit-feedback", 2).build()))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("surveyVersion = 2: must be 1, the version of survey \"exit-feedback\" navigated");
  }
}
