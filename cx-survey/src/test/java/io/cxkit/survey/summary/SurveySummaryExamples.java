package io.cxkit.survey.summary;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Response;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.time.Instant;
import java.util.List;

/**
 * Ten responses each to the two routed surveys of {@link RoutingExamples}, whose summaries the
 * tests compute by hand. Shared by the summary tests and the JSON fixtures.
 */
public final class SurveySummaryExamples {
  /** When every example response was submitted. */
  public static final Instant SUBMITTED = Instant.parse("2026-11-30T09:15:00Z");

  private SurveySummaryExamples() {}

  /** @return {@link RoutingExamples#exitFeedback()} */
  public static Survey exitFeedback() {
    return RoutingExamples.exitFeedback();
  }

  /** @return {@link RoutingExamples#npsFollowUps()} */
  public static Survey npsFollowUps() {
    return RoutingExamples.npsFollowUps();
  }

  /**
   * Exit feedback: goal → (not fully) reasons → (technical-problem) contact.
   *
   * <pre>
   *  #  status     goal          reasons                   contact        path
   *  1  completed  fully         –                         –              goal
   *  2  completed  fully         –                         –              goal
   *  3  completed  fully         –                         –              goal
   *  4  completed  partially     other ("Too slow")        –              goal, reasons
   *  5  completed  not-achieved  technical-problem         consent        goal, reasons, contact
   *  6  completed  partially     technical-problem         (skipped)      goal, reasons, contact
   *  7  partial    not-achieved  (last seen, unanswered)   –              goal, reasons
   *  8  partial    (last seen)   –                         –              goal
   *  9  dismissed
   * 10  dismissed
   * </pre>
   *
   * @return the ten responses, in this order
   */
  public static List<Response> exitFeedbackResponses() {
    Survey survey = exitFeedback();
    return List.of(
        completed(survey, "ef-1").answer("goal", goal(GoalOutcome.FULLY)).build(),
        completed(survey, "ef-2").answer("goal", goal(GoalOutcome.FULLY)).build(),
        completed(survey, "ef-3").answer("goal", goal(GoalOutcome.FULLY)).build(),
        completed(survey, "ef-4").answer("goal", goal(GoalOutcome.PARTIALLY))
            .answer("reasons", new SingleChoiceAnswer("other", "Too slow")).build(),
        completed(survey, "ef-5").answer("goal", goal(GoalOutcome.NOT_ACHIEVED))
            .answer("reasons", SingleChoiceAnswer.of("technical-problem"))
            .answer("contact", ContactConsentAnswer.consenting("anna@shop.example")).build(),
        completed(survey, "ef-6").answer("goal", goal(GoalOutcome.PARTIALLY))
            .answer("reasons", SingleChoiceAnswer.of("technical-problem")).build(),
        completed(survey, "ef-7").answer("goal", goal(GoalOutcome.NOT_ACHIEVED)).partial("reasons")
            .build(),
        completed(survey, "ef-8").partial("goal").build(),
        completed(survey, "ef-9").dismissed().build(),
        completed(survey, "ef-10").dismissed().build());
  }

  /**
   * NPS with follow-ups: nps → (0–6) went-wrong, (9–10) liked, (7–8) end.
   *
   * <pre>
   *  #  status     nps  follow-up                          path
   *  1  completed  10   liked "Fast delivery"              nps, liked
   *  2  completed   9   (liked skipped)                    nps, liked
   *  3  completed  10   liked "Friendly staff"             nps, liked
   *  4  completed   9   liked "Easy returns"               nps, liked
   *  5  completed   8   –                                  nps
   *  6  completed   7   –                                  nps
   *  7  completed   3   went-wrong "Late parcel"           nps, went-wrong
   *  8  partial     5   (went-wrong last seen, unanswered) nps, went-wrong
   *  9  partial     (nps last seen)                        nps
   * 10  dismissed
   * </pre>
   *
   * @return the ten responses, in this order
   */
  public static List<Response> npsResponses() {
    Survey survey = npsFollowUps();
    return List.of(
        completed(survey, "n-1").answer("nps", new NpsAnswer(10))
            .answer("liked", new OpenTextAnswer("Fast delivery")).build(),
        completed(survey, "n-2").answer("nps", new NpsAnswer(9)).build(),
        completed(survey, "n-3").answer("nps", new NpsAnswer(10))
            .answer("liked", new OpenTextAnswer("Friendly staff")).build(),
        completed(survey, "n-4").answer("nps", new NpsAnswer(9))
            .answer("liked", new OpenTextAnswer("Easy returns")).build(),
        completed(survey, "n-5").answer("nps", new NpsAnswer(8)).build(),
        completed(survey, "n-6").answer("nps", new NpsAnswer(7)).build(),
        completed(survey, "n-7").answer("nps", new NpsAnswer(3))
            .answer("went-wrong", new OpenTextAnswer("Late parcel")).build(),
        completed(survey, "n-8").answer("nps", new NpsAnswer(5)).partial("went-wrong").build(),
        completed(survey, "n-9").partial("nps").build(),
        completed(survey, "n-10").dismissed().build());
  }

  private static Response.Builder completed(Survey survey, String id) {
    return Response.builder(id, survey.id(), survey.version()).submittedAt(SUBMITTED);
  }

  private static GoalCompletionAnswer goal(GoalOutcome outcome) {
    return new GoalCompletionAnswer(outcome);
  }
}
