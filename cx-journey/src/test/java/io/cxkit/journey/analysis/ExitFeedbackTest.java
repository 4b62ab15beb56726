package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.ExitShop.T0;
import static io.cxkit.journey.analysis.ExitShop.days;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.GoalCompletion;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.types.ChoiceSummary;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.GoalCompletionSummary;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.OpenTextSummary;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The "why" beside the "where": the exit-feedback form of the vendor study (goal first, then what
 * stopped the visitor, then an open explanation) joined to the exits of {@link
 * ExitAnalyzerTest#shop()}, where c2 and c3 left at the cart and c5 at the product page.
 */
class ExitFeedbackTest {

  /** goal → (not fully) reasons → comment; "fully" ends the form. */
  static Survey exitForm() {
    return Survey.builder("exit-form")
        .title(LocalizedText.of("en", "Before you go"))
        .kind(SurveyKind.EXIT_FEEDBACK)
        .question(GoalCompletionQuestion.of("goal",
            LocalizedText.of("en", "Did you achieve the goal of your visit?")))
        .question(new SingleChoiceQuestion("reasons", LocalizedText.of("en", "What stopped you?"),
            true, List.of(Choice.of("missing-information", "en", "Missing information"),
                Choice.of("technical-problem", "en", "A technical problem"),
                Choice.of("price", "en", "The price")),
            LocalizedText.of("en", "Something else")))
        .question(OpenTextQuestion.of("comment", LocalizedText.of("en", "Tell us more")))
        .route(RoutingRule.after("goal").when(Condition.answer("goal").equalTo("fully")).endSurvey())
        .build();
  }

  static Response response(String id, @Nullable String customer, String touchpoint,
      GoalOutcome goal, @Nullable String reason, @Nullable String comment) {
    Response.Builder builder = Response.builder(id, "exit-form", 1).submittedAt(T0.plus(days(4)))
        .context(new ResponseContext(touchpoint, null, null, null, null, null, Map.of()))
        .answer("goal", new GoalCompletionAnswer(goal));
    if (customer != null) {
      builder.respondent(Respondent.of(customer));
    }
    if (reason != null) {
      builder.answer("reasons", SingleChoiceAnswer.of(reason));
    }
    if (comment != null) {
      builder.answer("comment", new OpenTextAnswer(comment));
    }
    return builder.build();
  }

  /**
   * At the cart: c2 (left there) not achieved / price; c3 (left there) partially / technical
   * problem; c1 (converted) fully; an anonymous visitor not achieved / price. At the product page:
   * c5 (left there) not achieved / missing information. At the home page: c7 fully.
   */
  static List<Response> responses() {
    return List.of(
        response("r1", "c2", "cart", GoalOutcome.NOT_ACHIEVED, "price", "Shipping costs too much"),
        response("r2", "c3", "cart", GoalOutcome.PARTIALLY, "technical-problem",
            "The postcode was refused"),
        response("r3", "c1", "cart", GoalOutcome.FULLY, null, null),
        response("r4", null, "cart", GoalOutcome.NOT_ACHIEVED, "price", null),
        response("r5", "c5", "product-page", GoalOutcome.NOT_ACHIEVED, "missing-information",
            "No size chart"),
        response("r6", "c7", "home", GoalOutcome.FULLY, null, null));
  }

  static ExitAnalyzer exits() {
    return ExitAnalyzer.of(ExitAnalyzerTest.purchase())
        .acceptAll(ExitAnalyzerTest.shop().iterator());
  }

  @Test
  void everyResponseGivenAtAnExitPointIsItsFeedback() {
    ExitFeedback feedback = ExitFeedbackSummarizer.of(exitForm(), exits())
        .addAll(responses().iterator()).result();

    // The ranking of ExitAnalyzerTest: cart (2 exits), product page, order confirmation.
    assertThat(feedback.exitPoints()).extracting(p -> p.exitPoint().touchpoint().id())
        .containsExactly("cart", "product-page", "order-confirmation");
    SurveySummary cart = feedback.exitPoints().get(0).feedback();
    assertThat(cart.responses()).isEqualTo(4); // r1–r4
    // Goal at the cart: fully 1 (r3), partially 1 (r2), not achieved 2 (r1, r4): GCR 1/4 = 25 %.
    GoalCompletion goal = cart.question("goal").summary(GoalCompletionSummary.class).completion();
    assertThat(goal.fully()).isEqualTo(1);
    assertThat(goal.partially()).isEqualTo(1);
    assertThat(goal.notAchieved()).isEqualTo(2);
    assertThat(goal.goalCompletionRate().value().getAsDouble()).isEqualTo(25.0);
    // Reasons of the three who did not fully achieve it: price 2/3 = 66.7 %, technical 1/3.
    ChoiceSummary reasons = cart.question("reasons").summary(ChoiceSummary.class);
    assertThat(reasons.share("price").successes()).isEqualTo(2);
    assertThat(reasons.share("price").n()).isEqualTo(3);
    assertThat(reasons.share("price").value().getAsDouble()).isCloseTo(200.0 / 3,
        org.assertj.core.api.Assertions.within(1e-9));
    assertThat(reasons.share("technical-problem").successes()).isEqualTo(1);
    assertThat(reasons.share("missing-information").successes()).isZero();
    // The comments, as cx-survey keeps them (the first texts, in order).
    assertThat(cart.question("comment").summary(OpenTextSummary.class).texts())
        .containsExactly("Shipping costs too much", "The postcode was refused");
    // The product page: r5 alone, not achieved for missing information (1/1 = 100 %).
    SurveySummary product = feedback.at("product-page");
    assertThat(product.question("reasons").summary(ChoiceSummary.class)
        .share("missing-information").value().getAsDouble()).isEqualTo(100.0);
    // Nobody answered at the order confirmation: an empty summary that says so.
    assertThat(feedback.exitPoints().get(2).feedback().isEmpty()).isTrue();
    // The home page is no exit point, but its feedback is kept: r6.
    assertThat(feedback.at("home").responses()).isEqualTo(1);
    assertThat(feedback.withoutTouchpoint().isEmpty()).isTrue();
    assertThat(feedback.onlyExitedThere()).isFalse();
  }

  @Test
  void onlyRespondentsWhoLeftThereCountAtAnExitPoint() {
    ExitFeedback feedback = ExitFeedbackSummarizer.builder(exitForm(), exits()).onlyExitedThere()
        .build().addAll(responses().iterator()).result();

    SurveySummary cart = feedback.at("cart");
    // Only c2 (r1) and c3 (r2) left at the cart; c1 converted and r4 is anonymous.
    assertThat(cart.responses()).isEqualTo(2);
    GoalCompletion goal = cart.question("goal").summary(GoalCompletionSummary.class).completion();
    // fully 0, partially 1, not achieved 1: GCR 0/2 = 0 %.
    assertThat(goal.goalCompletionRate().value().getAsDouble()).isZero();
    assertThat(goal.goalCompletionRate().n()).isEqualTo(2);
    // price 1/2 = 50 %, technical problem 1/2 = 50 %.
    ChoiceSummary reasons = cart.question("reasons").summary(ChoiceSummary.class);
    assertThat(reasons.share("price").value().getAsDouble()).isEqualTo(50.0);
    assertThat(reasons.share("technical-problem").value().getAsDouble()).isEqualTo(50.0);
    // c5 left at the product page, where r5 was given.
    assertThat(feedback.at("product-page").responses()).isEqualTo(1);
    // r3, r4 and r6 (c7 converted) are kept apart: 3 responses.
    assertThat(feedback.withoutTouchpoint().responses()).isEqualTo(3);
    assertThat(feedback.byTouchpoint().keyName()).isEqualTo("exit-touchpoint");
  }

  @Test
  void refusesResponsesAtUnknownTouchpointsOrOfAnotherSurvey() {
    ExitFeedbackSummarizer summarizer = ExitFeedbackSummarizer.of(exitForm(), exits());

    assertThatThrownBy(() -> summarizer.add(response("x", "c2", "basket", GoalOutcome.FULLY, null,
        null))).isInstanceOf(UnknownTouchpointException.class)
        .hasMessageContaining("context.touchpointId").hasMessageContaining("basket");
    Response other = Response.builder("y", "other-survey", 1)
        .context(new ResponseContext("cart", null, null, null, null, null, Map.of()))
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.FULLY)).build();
    assertThatThrownBy(() -> summarizer.add(other)).isInstanceOf(InvalidResponseException.class);
    assertThat(summarizer.result().byTouchpoint().total().isEmpty()).isTrue();
    assertThatThrownBy(() -> summarizer.result().at("basket"))
        .isInstanceOf(UnknownTouchpointException.class);
  }

  @Test
  void mergesAndWritesItsJsonShape() {
    ExitFeedback all = ExitFeedbackSummarizer.of(exitForm(), exits())
        .addAll(responses().iterator()).result();
    ExitFeedback only = ExitFeedbackSummarizer.builder(exitForm(), exits()).onlyExitedThere()
        .build().addAll(responses().iterator()).result();
    ExitFeedback empty = ExitFeedbackSummarizer.of(exitForm(), ExitAnalyzer.of(
        ExitAnalyzerTest.purchase())).result();

    // An empty partition (no customer, no response) adds nothing.
    assertThat(all.plus(empty)).isEqualTo(all);
    assertThatThrownBy(() -> all.plus(only)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("onlyExitedThere");

    Map<String, Object> shape = all.toJsonShape(SurveyJson.standard());
    assertThat(shape).containsEntry("kind", "exit-feedback").containsEntry("onlyExitedThere", false);
    assertThat(shape.get("exits")).isEqualTo(all.exits().toJsonShape());
    @SuppressWarnings("unchecked")
    Map<String, Object> grouped = (Map<String, Object>) shape.get("feedback");
    assertThat(grouped).containsEntry("kind", "grouped-survey-summary")
        .containsEntry("key", "touchpoint");
  }
}
