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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One respondent's session: issue 5's "going back and changing an answer" stories and misuse. */
class NavigationTest {

  private static final Answer FULLY = new GoalCompletionAnswer(GoalOutcome.FULLY);
  private static final Answer PARTIALLY = new GoalCompletionAnswer(GoalOutcome.PARTIALLY);
  private static final Answer NOT_ACHIEVED = new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED);
  private static final Answer TECHNICAL = SingleChoiceAnswer.of("technical-problem");
  private static final Answer CONSENTING = ContactConsentAnswer.consenting("anna@shop.example");
  private static final Answer WENT_WRONG = new OpenTextAnswer("The parcel came two days late");

  private static Navigation exitFeedback() {
    return SurveyNavigator.of(RoutingExamples.exitFeedback()).begin();
  }

  private static Navigation nps() {
    return SurveyNavigator.of(RoutingExamples.npsFollowUps()).begin();
  }

  @Test
  void goingBackToTheGoalAndChangingItToFullyDropsReasonsAndContact() {
    // Issue 5: goal partially → reasons technical problem → contact consenting; the respondent
    // goes back to the goal and changes it to "fully", which ends the survey after the goal.
    Navigation nav = exitFeedback();
    assertThat(nav.current().map(Question::id)).hasValue("goal");
    assertThat(nav.answer(PARTIALLY)).hasToString("Step[next: reasons]");
    assertThat(nav.answer(TECHNICAL)).hasToString("Step[next: contact]");
    Navigation.Step last = nav.answer(CONSENTING);
    assertThat(last.finished()).isTrue();
    assertThat(last.dropped()).isEmpty();
    assertThat(nav.finished()).isTrue();
    assertThat(nav.current()).isEmpty();

    assertThat(nav.back().map(Question::id)).hasValue("contact");
    assertThat(nav.back().map(Question::id)).hasValue("reasons");
    assertThat(nav.back().map(Question::id)).hasValue("goal");
    Navigation.Step changed = nav.answer(FULLY);

    assertThat(changed.dropped()).containsExactly("reasons", "contact");
    assertThat(changed.finished()).isTrue();
    assertThat(changed.next()).isEmpty();
    assertThat(nav.finished()).isTrue();
    assertThat(nav.answers()).isEqualTo(Map.of("goal", FULLY));
    assertThat(nav.path()).hasToString("goal → (end)");
    assertThat(nav.path().offPath()).isEmpty();
  }

  @Test
  void changingAnEarlierAnswerAfterFinishingNeedsNoBackSteps() {
    Navigation nav = exitFeedback();
    nav.answer(PARTIALLY);
    nav.answer(TECHNICAL);
    nav.answer(CONSENTING);
    Navigation.Step changed = nav.answer("goal", FULLY);
    assertThat(changed).hasToString("Step[finished, dropped [reasons, contact]]");
    assertThat(nav.skipped()).isEmpty();
  }

  @Test
  void aChangeThatKeepsTheRouteKeepsTheLaterAnswersAndShowsThemPreFilled() {
    Navigation nav = exitFeedback();
    nav.answer(PARTIALLY);
    nav.answer(TECHNICAL);
    nav.answer(CONSENTING);
    // "not achieved" routes like "partially": reasons follows, and its answer is kept.
    Navigation.Step changed = nav.answer("goal", NOT_ACHIEVED);
    assertThat(changed.dropped()).isEmpty();
    assertThat(changed.next()).hasValue("reasons");
    assertThat(nav.current().map(Question::id)).hasValue("reasons");
    assertThat(nav.finished()).isFalse();
    assertThat(nav.answers()).containsExactly(Map.entry("goal", NOT_ACHIEVED),
        Map.entry("reasons", TECHNICAL), Map.entry("contact", CONSENTING));
    // The path runs past the cursor through the kept answers.
    assertThat(nav.path()).hasToString("goal → reasons → contact → (end)");
    // Confirming the pre-filled answer moves on to the next pre-filled one.
    assertThat(nav.answer(TECHNICAL)).hasToString("Step[next: contact]");
    // Changing reasons to the price leaves contact behind for good.
    assertThat(nav.answer("reasons", SingleChoiceAnswer.of("price")))
        .hasToString("Step[finished, dropped [contact]]");
  }

  @Test
  void raisingTheScoreFromDetractorToPromoterDropsWhatWentWrong() {
    // Issue 5 NPS: 3 is a detractor → "what went wrong?"; changed to 10, a promoter → "what did
    // you like?", and the answer about what went wrong no longer belongs to the response.
    Navigation nav = nps();
    assertThat(nav.answer(new NpsAnswer(3))).hasToString("Step[next: went-wrong]");
    assertThat(nav.answer(WENT_WRONG).finished()).isTrue();
    Navigation.Step changed = nav.answer("nps", new NpsAnswer(10));
    assertThat(changed.dropped()).containsExactly("went-wrong");
    assertThat(changed.next()).hasValue("liked");
    assertThat(nav.answers()).isEqualTo(Map.of("nps", new NpsAnswer(10)));
    assertThat(nav.answer(new OpenTextAnswer("Friendly support")).finished()).isTrue();
    assertThat(nav.path()).hasToString("nps → liked → (end)");
  }

  @Test
  void aSkipMarkLeftBehindIsDroppedLikeAnAnswer() {
    // A stale skip mark on went-wrong would make a later walk through it go on instead of
    // stopping there to ask it.
    Navigation nav = nps();
    nav.answer(new NpsAnswer(3));
    assertThat(nav.skip().finished()).isTrue();
    assertThat(nav.skipped()).containsExactly("went-wrong");
    Navigation.Step changed = nav.answer("nps", new NpsAnswer(10));
    assertThat(changed.dropped()).containsExactly("went-wrong");
    assertThat(nav.skipped()).isEmpty();
    Navigation.Step back = nav.answer("nps", new NpsAnswer(3));
    assertThat(back.next()).hasValue("went-wrong");
    assertThat(nav.path()).hasToString("nps → (next: went-wrong)");
  }

  @Test
  void skippingRemovesAnEarlierAnswer() {
    Navigation nav = nps();
    nav.answer(new NpsAnswer(3));
    nav.answer(WENT_WRONG);
    nav.back();
    assertThat(nav.current().map(Question::id)).hasValue("went-wrong");
    assertThat(nav.skip().finished()).isTrue();
    assertThat(nav.answers()).containsOnlyKeys("nps");
    assertThat(nav.skipped()).containsExactly("went-wrong");
    // Answering a skipped question clears its skip mark.
    nav.answer("went-wrong", WENT_WRONG);
    assertThat(nav.skipped()).isEmpty();
    assertThat(nav.answers()).containsOnlyKeys("nps", "went-wrong");
  }

  @Test
  void anInvalidAnswerIsRefusedWithItsPathAndChangesNothing() {
    Navigation nav = nps();
    assertThatThrownBy(() -> nav.answer(new NpsAnswer(11)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("answers.nps.score = 11: must lie on scale 0..10")
        .satisfies(e -> assertThat(((InvalidResponseException) e).violations())
            .containsExactly(new Violation("answers.nps.score", "11", "must lie on scale 0..10")));
    assertThat(nav.current().map(Question::id)).hasValue("nps");
    assertThat(nav.answers()).isEmpty();

    nav.answer(new NpsAnswer(3));
    nav.answer(WENT_WRONG);
    // A change refused leaves the cursor where it was, at the end.
    assertThatThrownBy(() -> nav.answer("nps", new CsatAnswer(4)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("answers.nps = csat answer: must be an answer of type nps, the type of question"
            + " nps");
    assertThat(nav.finished()).isTrue();
    assertThat(nav.answers()).containsOnlyKeys("nps", "went-wrong");
  }

  @Test
  void aRequiredQuestionCannotBeSkipped() {
    Navigation nav = exitFeedback();
    assertThatThrownBy(nav::skip).isInstanceOf(IllegalStateException.class)
        .hasMessage("question goal is required and cannot be skipped; answer it");
    assertThat(nav.current().map(Question::id)).hasValue("goal");
    assertThat(nav.skipped()).isEmpty();
  }

  @Test
  void backAtTheFirstQuestionChangesNothing() {
    Navigation nav = exitFeedback();
    assertThat(nav.back()).isEmpty();
    assertThat(nav.current().map(Question::id)).hasValue("goal");
    nav.answer(PARTIALLY);
    assertThat(nav.back().map(Question::id)).hasValue("goal");
    assertThat(nav.back()).isEmpty();
    assertThat(nav.current().map(Question::id)).hasValue("goal");
    assertThat(nav.answers()).containsOnlyKeys("goal");
  }

  @Test
  void onlyAQuestionShownCanBeChangedAndNothingAnsweredAfterTheEnd() {
    Navigation nav = exitFeedback();
    assertThatThrownBy(() -> nav.answer("contact", CONSENTING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("question contact is neither on the path so far [] nor the current question"
            + " (goal); only a question shown to the respondent can be answered");
    nav.answer(FULLY);
    assertThatThrownBy(() -> nav.answer("reasons", TECHNICAL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("question reasons is neither on the path so far [goal] nor the current question"
            + " (none, the navigation is finished); only a question shown to the respondent can be"
            + " answered");
    assertThatThrownBy(() -> nav.answer(TECHNICAL)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the navigation is finished: there is no current question to answer; change an"
            + " earlier answer with answer(questionId, answer)");
    assertThatThrownBy(nav::skip).isInstanceOf(IllegalStateException.class)
        .hasMessage("the navigation is finished: there is no current question to skip; change an"
            + " earlier answer with answer(questionId, answer)");
  }

  @Test
  void aPartialResponseNamesTheCurrentQuestionAsTheLastSeen() {
    Navigation nav = exitFeedback();
    nav.answer(PARTIALLY);
    Response response = nav.toResponse("r-1").build();
    assertThat(response.status()).isEqualTo(ResponseStatus.PARTIAL);
    assertThat(response.lastQuestionSeen()).isEqualTo("reasons");
    assertThat(response.surveyId()).isEqualTo("exit-feedback");
    assertThat(response.surveyVersion()).isEqualTo(1);
    assertThat(response.answers()).isEqualTo(Map.of("goal", PARTIALLY));
    // The navigator reads back the path the navigation took.
    SurveyNavigator navigator = SurveyNavigator.of(RoutingExamples.exitFeedback());
    assertThat(navigator.pathOf(response).questions()).containsExactly("goal", "reasons");
  }

  @Test
  void aPartialResponseAfterGoingBackNamesTheLastQuestionOnThePath() {
    // Naming the current question (goal) would make the kept reasons answer look never reached.
    Navigation nav = exitFeedback();
    nav.answer(PARTIALLY);
    nav.answer(TECHNICAL);
    nav.back();
    nav.back();
    assertThat(nav.current().map(Question::id)).hasValue("goal");
    Response response = nav.toResponse("r-2").build();
    assertThat(response.lastQuestionSeen()).isEqualTo("reasons");
    assertThat(response.answers()).containsOnlyKeys("goal", "reasons");
    SurveyPath path = SurveyNavigator.of(RoutingExamples.exitFeedback()).pathOf(response);
    assertThat(path.questions()).containsExactly("goal", "reasons");
    assertThat(path.offPath()).isEmpty();
  }

  @Test
  void anAnswerKeptAheadIsPreFilledButNotYetPartOfTheResponse() {
    // a → c for a promoter, else b → c. A promoter answers c, then lowers the score: the path now
    // stands at b, which leads to c, so c's answer is kept to be shown pre-filled, but the path
    // taken so far has not reached c.
    Survey survey = Survey.builder("ahead").title(LocalizedText.of("en", "Ahead"))
        .kind(SurveyKind.EMBEDDED)
        .question(NpsQuestion.of("a", LocalizedText.of("en", "Score?")))
        .question(OpenTextQuestion.of("b", LocalizedText.of("en", "Why?")))
        .question(OpenTextQuestion.of("c", LocalizedText.of("en", "Anything else?")))
        .route(RoutingRule.after("a").when(Condition.answer("a").greaterThan(8)).goTo("c"))
        .build();
    Navigation nav = SurveyNavigator.of(survey).begin();
    nav.answer(new NpsAnswer(10));
    nav.answer(new OpenTextAnswer("Keep it up"));
    Navigation.Step lowered = nav.answer("a", new NpsAnswer(4));
    assertThat(lowered).hasToString("Step[next: b]");
    assertThat(nav.answers()).containsOnlyKeys("a", "c");
    Response partial = nav.toResponse("r-4").build();
    assertThat(partial.answers()).containsOnlyKeys("a");
    assertThat(partial.lastQuestionSeen()).isEqualTo("b");
    // Answering b brings c onto the path, pre-filled.
    assertThat(nav.answer(new OpenTextAnswer("Slow delivery"))).hasToString("Step[next: c]");
    assertThat(nav.answers().get("c")).isEqualTo(new OpenTextAnswer("Keep it up"));
    assertThat(nav.path()).hasToString("a → b → c → (end)");
  }

  @Test
  void aCompletedResponseHoldsTheAnswersInPathOrder() {
    Navigation nav = nps();
    nav.answer(new NpsAnswer(9));
    nav.answer(new OpenTextAnswer("Fast delivery"));
    Response response = nav.toResponse("r-3").build();
    assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
    assertThat(response.lastQuestionSeen()).isNull();
    assertThat(List.copyOf(response.answers().keySet())).containsExactly("nps", "liked");
    assertThat(SurveyNavigator.of(RoutingExamples.npsFollowUps()).pathOf(response))
        .isEqualTo(nav.path());
  }

  @Test
  void answersAndSkipMarksAreUnmodifiableCopies() {
    Navigation nav = nps();
    nav.answer(new NpsAnswer(3));
    Map<String, Answer> answers = nav.answers();
    Set<String> skipped = nav.skipped();
    nav.skip();
    assertThat(answers).containsOnlyKeys("nps");
    assertThat(skipped).isEmpty();
    assertThatThrownBy(() -> nav.answers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> nav.skipped().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullArgumentsAreApiMisuse() {
    Navigation nav = nps();
    assertThatThrownBy(() -> nav.answer(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("answer");
    assertThatThrownBy(() -> nav.answer(null, new NpsAnswer(3)))
        .isInstanceOf(NullPointerException.class).hasMessage("questionId");
    assertThatThrownBy(() -> nav.toResponse(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("responseId");
  }

  @Test
  void aStepIsAValue() {
    Navigation one = nps();
    Navigation two = nps();
    Navigation.Step a = one.answer(new NpsAnswer(3));
    Navigation.Step b = two.answer(new NpsAnswer(4));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(two.answer(WENT_WRONG));
    assertThat(one).hasToString("Navigation[nps → (next: went-wrong), at went-wrong]");
  }
}
