package io.cxkit.survey;

import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.util.List;

/**
 * The two routed surveys of issue 5, shared by the routing, navigation and validation tests.
 *
 * <p>Exit feedback (the vendor study in CONTEXT.md: goal first, then why not, then contact for a
 * technical problem): {@code goal} → if not "fully", {@code reasons} (missing information /
 * technical problem / price / other) → if "technical problem", {@code contact} → end.
 *
 * <p>NPS: {@code nps} → detractors (0–6) {@code went-wrong}, promoters (9–10) {@code liked},
 * passives (7–8) end.
 */
public final class RoutingExamples {
  private RoutingExamples() {}

  /** @return the exit-feedback form */
  public static Survey exitFeedback() {
    return Survey.builder("exit-feedback")
        .title(LocalizedText.of("en", "Before you go"))
        .kind(SurveyKind.EXIT_FEEDBACK)
        .question(GoalCompletionQuestion.of("goal",
            LocalizedText.of("en", "Did you achieve the goal of your visit?")))
        .question(new SingleChoiceQuestion("reasons", LocalizedText.of("en", "What stopped you?"), true,
            List.of(Choice.of("missing-information", "en", "Missing information"),
                Choice.of("technical-problem", "en", "A technical problem"),
                Choice.of("price", "en", "The price")),
            LocalizedText.of("en", "Something else")))
        .question(new ContactConsentQuestion("contact",
            LocalizedText.of("en", "May we contact you about the problem?"), false))
        .route(RoutingRule.after("goal").when(Condition.answer("goal").equalTo("fully")).endSurvey())
        .route(RoutingRule.after("reasons")
            .when(Condition.answer("reasons").equalTo("technical-problem")).goTo("contact"))
        .route(RoutingRule.after("reasons").endSurvey())
        .build();
  }

  /** @return the NPS survey with a follow-up for detractors and one for promoters */
  public static Survey npsFollowUps() {
    return Survey.builder("nps-quarterly")
        .title(LocalizedText.of("en", "How are we doing?"))
        .kind(SurveyKind.RELATIONSHIP)
        .question(NpsQuestion.of("nps",
            LocalizedText.of("en", "How likely are you to recommend us to a friend?")))
        .question(OpenTextQuestion.followUp("went-wrong", LocalizedText.of("en", "What went wrong?"),
            "nps"))
        .question(OpenTextQuestion.followUp("liked", LocalizedText.of("en", "What did you like?"),
            "nps"))
        .route(RoutingRule.after("nps").when(Condition.answer("nps").inRange(0, 6)).goTo("went-wrong"))
        .route(RoutingRule.after("nps").when(Condition.answer("nps").greaterThan(8)).goTo("liked"))
        .route(RoutingRule.after("nps").endSurvey())
        .route(RoutingRule.after("went-wrong").endSurvey())
        .build();
  }
}
