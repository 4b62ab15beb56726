package io.cxkit.survey.loop;

import io.cxkit.core.CesVariant;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.Answer;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Surveys and responses for the closing-the-loop tests. */
final class LoopFixtures {
  private LoopFixtures() {}

  static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  /**
   * One question of every scale variant the rules must handle: NPS standard ({@code nps}) and
   * 1..10 ({@code nps10}), CSAT 1–5 ({@code csat5}) and 1–7 ({@code csat7}), CES 2.0 ({@code
   * ces2}), 5-point agreement ({@code ces5}) and 1.0 effort ({@code effort}), a goal, a single
   * and a multiple choice, an open text and a contact consent. No routing: every question follows
   * the one before.
   */
  static Survey scales() {
    return Survey.builder("scales")
        .title(en("Every scale"))
        .kind(SurveyKind.TRANSACTIONAL)
        .question(NpsQuestion.of("nps", en("Recommend us?")))
        .question(new NpsQuestion("nps10", en("Recommend us (1-10)?"), false, NpsVariant.ONE_TO_TEN,
            null, null))
        .question(CsatQuestion.of("csat5", en("Satisfied?")))
        .question(CsatQuestion.of("csat7", en("Satisfied (1-7)?"), 1, 7))
        .question(new CesQuestion("ces2", en("Easy?"), false, CesVariant.CES_2_0, null))
        .question(new CesQuestion("ces5", en("Easy (1-5)?"), false, CesVariant.AGREEMENT_5, null))
        .question(new CesQuestion("effort", en("How much effort?"), false, CesVariant.EFFORT_1_0,
            null))
        .question(GoalCompletionQuestion.of("goal", en("Goal achieved?")))
        .question(SingleChoiceQuestion.of("reason", en("Why?"), List.of(
            Choice.of("price", "en", "Price"), Choice.of("technical-problem", "en", "Technical"))))
        .question(MultipleChoiceQuestion.of("topics", en("Which topics?"), List.of(
            Choice.of("delivery", "en", "Delivery"), Choice.of("checkout", "en", "Checkout"))))
        .question(OpenTextQuestion.of("comment", en("Anything else?")))
        .question(new ContactConsentQuestion("contact", en("May we contact you?"), false))
        .build();
  }

  /** A completed response to {@link #scales()} holding just one answer. */
  static Response one(String questionId, Answer answer) {
    return Response.builder("r-" + questionId, "scales", 1).submittedAt(T0)
        .answer(questionId, answer).build();
  }

  /** A response of the given survey, with a respondent, a touchpoint and answers. */
  static Response response(String surveyId, String id, Instant at, Respondent respondent,
      Map<String, Answer> answers) {
    Response.Builder builder = Response.builder(id, surveyId, 1).submittedAt(at)
        .respondent(respondent)
        .context(new ResponseContext("checkout", null, null, null, null, null, Map.of()));
    answers.forEach(builder::answer);
    return builder.build();
  }

  static GoalCompletionAnswer goal(GoalOutcome outcome) {
    return new GoalCompletionAnswer(outcome);
  }
}
