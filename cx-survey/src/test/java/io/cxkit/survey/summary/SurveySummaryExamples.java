package io.cxkit.survey.summary;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Response;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.types.CesAnswer;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.RatingAnswer;
import io.cxkit.survey.types.RatingQuestion;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceQuestion;
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

  /**
   * A survey with one question of each built-in type and no routing, for the summary fixtures:
   * {@code recommend} (nps), {@code satisfied} (csat 1..5, satisfied 4–5), {@code easy} (ces 2.0,
   * agree 5–7), {@code stars} (rating 1..5), {@code goal} (goal_completion), {@code channel}
   * (single_choice web / app / store), {@code features} (multiple_choice search / filters / wishlist
   * and other, optional), {@code comment} (open_text, optional) and {@code contact}
   * (contact_consent, optional).
   *
   * @return the survey
   */
  public static Survey productPulse() {
    return Survey.builder("product-pulse")
        .title(LocalizedText.of("en", "Product pulse"))
        .kind(SurveyKind.PRODUCT)
        .question(NpsQuestion.of("recommend", text("Would you recommend us?")))
        .question(CsatQuestion.of("satisfied", text("How satisfied are you?")))
        .question(CesQuestion.of("easy", text("It was easy to find what I wanted")))
        .question(RatingQuestion.of("stars", text("Rate the new search")))
        .question(GoalCompletionQuestion.of("goal", text("Did you find what you came for?")))
        .question(new SingleChoiceQuestion("channel", text("Where did you shop?"), true,
            List.of(Choice.of("web", "en", "Website"), Choice.of("app", "en", "App"),
                Choice.of("store", "en", "Store")), null))
        .question(new MultipleChoiceQuestion("features", text("Which features did you use?"), false,
            List.of(Choice.of("search", "en", "Search"), Choice.of("filters", "en", "Filters"),
                Choice.of("wishlist", "en", "Wishlist")), text("Something else"), 1, 3))
        .question(OpenTextQuestion.of("comment", text("Anything else?")))
        .question(new ContactConsentQuestion("contact", text("May we contact you?"), false))
        .build();
  }

  /**
   * <pre>
   *  #  status     recommend satisfied easy stars goal          channel features              comment            contact
   *  1  completed  9         5         6    4     fully         web     search, filters       "Quick checkout"   consent
   *  2  completed  6         3         2    2     not-achieved  app     other ("Compare")     "Search is slow"   declined
   *  3  completed  10        4         7    5     partially     web     –                     –                  –
   *  4  partial    8         4         (easy last seen, unanswered)
   *  5  dismissed
   * </pre>
   *
   * @return the five responses, in this order
   */
  public static List<Response> productPulseResponses() {
    Survey survey = productPulse();
    return List.of(
        completed(survey, "p-1").answer("recommend", new NpsAnswer(9)).answer("satisfied", new CsatAnswer(5))
            .answer("easy", new CesAnswer(6)).answer("stars", new RatingAnswer(4))
            .answer("goal", goal(GoalOutcome.FULLY)).answer("channel", SingleChoiceAnswer.of("web"))
            .answer("features", new MultipleChoiceAnswer(List.of("search", "filters"), null))
            .answer("comment", new OpenTextAnswer("Quick checkout"))
            .answer("contact", ContactConsentAnswer.consenting("li.wei@shop.example")).build(),
        completed(survey, "p-2").answer("recommend", new NpsAnswer(6)).answer("satisfied", new CsatAnswer(3))
            .answer("easy", new CesAnswer(2)).answer("stars", new RatingAnswer(2))
            .answer("goal", goal(GoalOutcome.NOT_ACHIEVED)).answer("channel", SingleChoiceAnswer.of("app"))
            .answer("features", new MultipleChoiceAnswer(List.of("other"), "Compare"))
            .answer("comment", new OpenTextAnswer("Search is slow"))
            .answer("contact", ContactConsentAnswer.declining()).build(),
        completed(survey, "p-3").answer("recommend", new NpsAnswer(10)).answer("satisfied", new CsatAnswer(4))
            .answer("easy", new CesAnswer(7)).answer("stars", new RatingAnswer(5))
            .answer("goal", goal(GoalOutcome.PARTIALLY)).answer("channel", SingleChoiceAnswer.of("web"))
            .build(),
        completed(survey, "p-4").answer("recommend", new NpsAnswer(8)).answer("satisfied", new CsatAnswer(4))
            .partial("easy").build(),
        completed(survey, "p-5").dismissed().build());
  }

  private static LocalizedText text(String english) {
    return LocalizedText.of("en", english);
  }

  private static Response.Builder completed(Survey survey, String id) {
    return Response.builder(id, survey.id(), survey.version()).submittedAt(SUBMITTED);
  }

  private static GoalCompletionAnswer goal(GoalOutcome outcome) {
    return new GoalCompletionAnswer(outcome);
  }
}
