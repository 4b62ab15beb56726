package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestionType;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every rule of issue 5 point 4, on the two routed examples of {@link RoutingExamples} (exit
 * feedback: goal → not "fully": reasons → "technical-problem": contact; NPS: 0–6 went-wrong, 9–10
 * liked, 7–8 end) and a few small surveys. Each expected violation is written out from the rule and
 * the route the answers take through the example's routing table.
 */
class ResponseValidatorTest {
  private static final Instant SUBMITTED = Instant.parse("2026-11-30T10:15:00Z");
  private static final String EXIT_QUESTIONS = "\"goal\", \"reasons\", \"contact\"";

  private final Survey exit = RoutingExamples.exitFeedback();
  private final Survey nps = RoutingExamples.npsFollowUps();
  private final ResponseValidator validator = ResponseValidator.of(exit, nps);

  private static Response.Builder exit(String id) {
    return Response.builder(id, "exit-feedback", 1).submittedAt(SUBMITTED);
  }

  private static Response.Builder nps(String id) {
    return Response.builder(id, "nps-quarterly", 1).submittedAt(SUBMITTED);
  }

  private static GoalCompletionAnswer goal(GoalOutcome outcome) {
    return new GoalCompletionAnswer(outcome);
  }

  private List<Violation> validate(Response response) {
    return validator.validate(response);
  }

  // --- clean responses, one per row of both routing tables -------------------------------------

  @Test
  void everyRouteOfBothExamplesValidatesClean() {
    // exit feedback: fully → end; not fully → reasons → end; technical problem → contact → end.
    assertThat(validate(exit("r1").answer("goal", goal(GoalOutcome.FULLY)).build())).isEmpty();
    assertThat(validate(exit("r2").answer("goal", goal(GoalOutcome.PARTIALLY))
        .answer("reasons", SingleChoiceAnswer.of("price")).build())).isEmpty();
    assertThat(validate(exit("r3").answer("goal", goal(GoalOutcome.NOT_ACHIEVED))
        .answer("reasons", SingleChoiceAnswer.of("technical-problem"))
        .answer("contact", ContactConsentAnswer.consenting("ana@example.com")).build())).isEmpty();
    // contact is optional: the technical-problem route may leave it out.
    assertThat(validate(exit("r4").answer("goal", goal(GoalOutcome.NOT_ACHIEVED))
        .answer("reasons", SingleChoiceAnswer.of("technical-problem")).build())).isEmpty();
    // NPS: detractor → went-wrong, promoter → liked, passive → end; follow-ups are optional.
    assertThat(validate(nps("n1").answer("nps", new NpsAnswer(3))
        .answer("went-wrong", new OpenTextAnswer("Slow delivery")).build())).isEmpty();
    assertThat(validate(nps("n2").answer("nps", new NpsAnswer(10))
        .answer("liked", new OpenTextAnswer("Friendly support")).build())).isEmpty();
    assertThat(validate(nps("n3").answer("nps", new NpsAnswer(7)).build())).isEmpty();
    assertThat(validator.isValid(nps("n4").answer("nps", new NpsAnswer(0)).build())).isTrue();
  }

  // --- survey and version ----------------------------------------------------------------------

  @Test
  void anUnknownSurveyIsTheOnlyViolationReported() {
    // The answer would be unknown and off scale too, but without the survey nothing can be judged.
    Response response = Response.builder("r", "exit-feedbak", 1).submittedAt(SUBMITTED)
        .answer("nps", new NpsAnswer(11)).build();
    assertThat(validate(response)).containsExactly(new Violation("surveyId", "\"exit-feedbak\"",
        "must be the id of a known survey, one of \"exit-feedback\", \"nps-quarterly\""));
  }

  @Test
  void anUnknownVersionNamesTheKnownVersionsAndIsTheOnlyViolation() {
    Survey v2 = exitFeedbackV2();
    ResponseValidator versions = ResponseValidator.builder().surveys(List.of(v2, exit)).build();
    Response response = Response.builder("r", "exit-feedback", 3).submittedAt(SUBMITTED)
        .answer("q9", new NpsAnswer(4)).build();
    // Versions are listed in ascending order whatever order they were given in.
    assertThat(versions.validate(response)).containsExactly(new Violation("surveyVersion", "3",
        "must be a known version of survey \"exit-feedback\", one of 1, 2"));
  }

  @Test
  void eachVersionIsCheckedAgainstItsOwnQuestionsAndRouting() {
    ResponseValidator versions = ResponseValidator.builder().survey(exit).survey(exitFeedbackV2())
        .survey(nps).build();
    // v2 asks "comment" after every goal outcome and has no routing: goal → reasons → contact →
    // comment, with only goal required.
    Response v2 = Response.builder("r", "exit-feedback", 2).submittedAt(SUBMITTED)
        .answer("goal", goal(GoalOutcome.FULLY))
        .answer("comment", new OpenTextAnswer("All good")).build();
    assertThat(versions.validate(v2)).isEmpty();
    // The same answers to v1: "comment" is no question of v1.
    Response v1 = exit("r").answer("goal", goal(GoalOutcome.FULLY))
        .answer("comment", new OpenTextAnswer("All good")).build();
    assertThat(versions.validate(v1)).containsExactly(new Violation("answers.comment", "\"All good\"",
        "answers a question that survey \"exit-feedback\" version 1 does not have; it asks "
            + EXIT_QUESTIONS));
    // In v2 "reasons" is optional and on every path; in v1 it is required after "partially".
    Response partially = Response.builder("r", "exit-feedback", 2).submittedAt(SUBMITTED)
        .answer("goal", goal(GoalOutcome.PARTIALLY)).build();
    assertThat(versions.validate(partially)).isEmpty();
    assertThat(versions.toString())
        .isEqualTo("ResponseValidator[exit-feedback v1, v2; nps-quarterly v1]");
  }

  @Test
  void twoSurveysWithTheSameIdAndVersionAreRefused() {
    assertThatThrownBy(() -> ResponseValidator.of(exit, nps, RoutingExamples.exitFeedback()))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("surveys[2] = \"exit-feedback\" version 1: duplicates surveys[0]; "
            + "give each version of a survey once");
  }

  // --- answers to questions the survey does not have -------------------------------------------

  @Test
  void anAnswerToAnUnknownQuestionIsReported() {
    Response response = exit("r").answer("goal", goal(GoalOutcome.FULLY))
        .answer("coupon", new OpenTextAnswer("SAVE10")).build();
    assertThat(validate(response)).containsExactly(new Violation("answers.coupon", "\"SAVE10\"",
        "answers a question that survey \"exit-feedback\" version 1 does not have; it asks "
            + EXIT_QUESTIONS));
  }

  // --- the question types' own rules reach the result ------------------------------------------

  @Test
  void anAnswerOfAnotherKindIsReported() {
    // A CSAT answer on the goal question; for routing it counts as missing, so the route is
    // goal → reasons → end and the answered reasons is on it.
    Response response = exit("r").answer("goal", new CsatAnswer(4))
        .answer("reasons", SingleChoiceAnswer.of("price")).build();
    assertThat(validate(response)).containsExactly(new Violation("answers.goal", "csat answer",
        "must be an answer of type goal_completion, the type of question goal"));
  }

  /** An answer class that no question type knows, as a widget's own model might send. */
  private record StarAnswer(int stars) implements Answer {}

  @Test
  void anAnswerClassNoTypeKnowsIsAViolationNotAnException() {
    Response response = nps("r").answer("nps", new StarAnswer(5)).build();
    // nps counts as missing for routing: no rule holds but the last, unconditional one → end.
    assertThat(validate(response)).containsExactly(new Violation("answers.nps",
        StarAnswer.class.getName() + " answer",
        "must be an answer of type nps, the type of question nps"));
    // Off the path and unknown, it is rendered the same way.
    Response stray = nps("r").answer("nps", new NpsAnswer(7)).answer("stars", new StarAnswer(5))
        .build();
    assertThat(validate(stray)).containsExactly(new Violation("answers.stars",
        StarAnswer.class.getName() + " answer",
        "answers a question that survey \"nps-quarterly\" version 1 does not have; it asks "
            + "\"nps\", \"went-wrong\", \"liked\""));
  }

  @Test
  void aScoreOffTheScaleIsReported() {
    // 11 is above 0..10; "greater than 8" still holds, so liked is on the path.
    Response response = nps("r").answer("nps", new NpsAnswer(11))
        .answer("liked", new OpenTextAnswer("Everything")).build();
    assertThat(validate(response))
        .containsExactly(new Violation("answers.nps.score", "11", "must lie on scale 0..10"));
  }

  private static Survey features() {
    return Survey.builder("features")
        .title(LocalizedText.of("en", "Features"))
        .kind(SurveyKind.PRODUCT)
        .question(new MultipleChoiceQuestion("used", LocalizedText.of("en", "Which did you use?"), true,
            List.of(Choice.of("search", "en", "Search"), Choice.of("filters", "en", "Filters"),
                Choice.of("wishlist", "en", "Wish list")),
            null, 1, 2))
        .build();
  }

  @Test
  void tooManyAndTooFewChoicesAreReported() {
    ResponseValidator choices = ResponseValidator.of(features());
    Response many = Response.builder("r", "features", 1).submittedAt(SUBMITTED)
        .answer("used", MultipleChoiceAnswer.of("search", "filters", "wishlist")).build();
    assertThat(choices.validate(many)).containsExactly(
        new Violation("answers.used.choices", "3 selections", "must hold at most 2 selections"));
    Response none = Response.builder("r", "features", 1).submittedAt(SUBMITTED)
        .answer("used", MultipleChoiceAnswer.of()).build();
    assertThat(choices.validate(none)).containsExactly(
        new Violation("answers.used.choices", "0 selections", "must hold at least 1 selection"));
  }

  @Test
  void anUnknownChoiceIsReported() {
    // "shipping" is not "technical-problem", so the route ends after reasons.
    Response response = exit("r").answer("goal", goal(GoalOutcome.NOT_ACHIEVED))
        .answer("reasons", SingleChoiceAnswer.of("shipping")).build();
    assertThat(validate(response)).containsExactly(new Violation("answers.reasons.choice",
        "\"shipping\"",
        "must be one of \"missing-information\", \"technical-problem\", \"price\", \"other\""));
  }

  @Test
  void aTextLongerThanTheQuestionAllowsIsReported() {
    // went-wrong is a follow-up with the default maxLength of 2000 code points.
    Response response = nps("r").answer("nps", new NpsAnswer(2))
        .answer("went-wrong", new OpenTextAnswer("x".repeat(2001))).build();
    assertThat(validate(response)).containsExactly(new Violation("answers.went-wrong.text",
        "2001 code points", "must be at most maxLength = 2000 code points"));
  }

  private static Response technicalProblem(ContactConsentAnswer contact) {
    return exit("r").answer("goal", goal(GoalOutcome.NOT_ACHIEVED))
        .answer("reasons", SingleChoiceAnswer.of("technical-problem"))
        .answer("contact", contact).build();
  }

  @Test
  void aMalformedEmailIsReportedRedacted() {
    List<Violation> violations =
        validate(technicalProblem(ContactConsentAnswer.consenting("ana.example.com")));
    assertThat(violations).containsExactly(new Violation("answers.contact.email", "(redacted)",
        "must be an e-mail address of the form name@domain"));
    assertThat(violations.toString()).doesNotContain("ana");
  }

  @Test
  void contactDetailsWithoutConsentAreReported() {
    List<Violation> violations =
        validate(technicalProblem(new ContactConsentAnswer(false, "ana@example.com")));
    assertThat(violations).containsExactly(new Violation("answers.contact.email", "(redacted)",
        "must be absent unless consent is given; without consent no contact detail is kept"));
    assertThat(violations.toString()).doesNotContain("ana");
  }

  // --- the path: answers it never reached, required answers on it -----------------------------

  @Test
  void anAnswerToAQuestionThePathNeverReachedIsReported() {
    // goal fully → end: reasons was never asked.
    Response response = exit("r").answer("goal", goal(GoalOutcome.FULLY))
        .answer("reasons", SingleChoiceAnswer.of("price")).build();
    assertThat(validate(response)).containsExactly(new Violation("answers.reasons", "\"price\"",
        "was not asked: the answers take the path goal → end"));
    // A promoter never sees "what went wrong?".
    Response promoter = nps("r").answer("nps", new NpsAnswer(9))
        .answer("went-wrong", new OpenTextAnswer("Nothing")).build();
    assertThat(validate(promoter)).containsExactly(new Violation("answers.went-wrong", "\"Nothing\"",
        "was not asked: the answers take the path nps → liked → end"));
  }

  @Test
  void anOffPathContactAnswerShowsTheConsentNeverTheEmail() {
    // price → end: contact was never asked; its value is the consent flag.
    Response response = exit("r").answer("goal", goal(GoalOutcome.NOT_ACHIEVED))
        .answer("reasons", SingleChoiceAnswer.of("price"))
        .answer("contact", ContactConsentAnswer.consenting("ana@example.com")).build();
    List<Violation> violations = validate(response);
    assertThat(violations).containsExactly(new Violation("answers.contact", "true",
        "was not asked: the answers take the path goal → reasons → end"));
    assertThat(violations.toString()).doesNotContain("ana");
  }

  @Test
  void aRequiredQuestionOnThePathWithoutAnAnswerIsReported() {
    // not achieved → reasons (required) → left out, so no rule but the last holds → end.
    Response response = exit("r").answer("goal", goal(GoalOutcome.NOT_ACHIEVED)).build();
    assertThat(validate(response)).containsExactly(new Violation("answers.reasons", "null",
        "must be answered: the question is required and on the path goal → reasons → end"));
    // No answer at all: goal is missing (so not "fully") and reasons follows it; both are required.
    Response empty = exit("r").build();
    assertThat(validate(empty)).containsExactly(
        new Violation("answers.goal", "null",
            "must be answered: the question is required and on the path goal → reasons → end"),
        new Violation("answers.reasons", "null",
            "must be answered: the question is required and on the path goal → reasons → end"));
  }

  @Test
  void aRequiredQuestionTheRoutingGoesAroundIsNotRequired() {
    // reasons is required, but "fully" ends the survey before it.
    assertThat(exit.question("reasons").orElseThrow().required()).isTrue();
    assertThat(validate(exit("r").answer("goal", goal(GoalOutcome.FULLY)).build())).isEmpty();
  }

  // --- partial and dismissed responses --------------------------------------------------------

  @Test
  void aPartialResponseNeedsTheRequiredAnswersBeforeItsLastQuestionSeenOnly() {
    // Stopped at reasons without answering it: fine, the last question seen may be unanswered.
    Response atReasons = exit("r").partial("reasons").answer("goal", goal(GoalOutcome.PARTIALLY))
        .build();
    assertThat(validate(atReasons)).isEmpty();
    // Stopped at goal without an answer: nothing before it, nothing missing.
    assertThat(validate(exit("r").partial("goal").build())).isEmpty();
    // Stopped at reasons but goal, before it, is unanswered (goal missing → reasons follows).
    Response noGoal = exit("r").partial("reasons").build();
    assertThat(validate(noGoal)).containsExactly(new Violation("answers.goal", "null",
        "must be answered: the question is required and on the path goal → reasons, "
            + "where the response stops"));
  }

  @Test
  void aPartialResponseAnswersNothingAfterItsLastQuestionSeen() {
    Response response = exit("r").partial("goal").answer("goal", goal(GoalOutcome.NOT_ACHIEVED))
        .answer("reasons", SingleChoiceAnswer.of("price")).build();
    assertThat(validate(response)).containsExactly(new Violation("answers.reasons", "\"price\"",
        "was not asked: the answers take the path goal, where the response stops"));
  }

  @Test
  void theLastQuestionSeenMustBeAQuestionOfTheSurvey() {
    // With no known stopping point no answer is required: goal is not reported missing.
    Response response = exit("r").partial("coupon").build();
    assertThat(validate(response)).containsExactly(new Violation("lastQuestionSeen", "\"coupon\"",
        "must be a question of survey \"exit-feedback\" version 1, one of " + EXIT_QUESTIONS));
  }

  @Test
  void theLastQuestionSeenMustBeOnThePathTheAnswersTake() {
    // fully → end, so reasons cannot have been seen.
    Response response = exit("r").partial("reasons").answer("goal", goal(GoalOutcome.FULLY)).build();
    assertThat(validate(response)).containsExactly(new Violation("lastQuestionSeen", "\"reasons\"",
        "must be on the path the answers take, goal → end"));
    // price → end, so contact cannot have been seen; reasons before it is not reported missing.
    Response contact = exit("r").partial("contact").answer("goal", goal(GoalOutcome.NOT_ACHIEVED))
        .build();
    assertThat(validate(contact)).containsExactly(new Violation("lastQuestionSeen", "\"contact\"",
        "must be on the path the answers take, goal → reasons → end"));
  }

  @Test
  void aDismissedResponseIsCheckedForItsSurveyAndVersionOnly() {
    // Required goal and reasons have no answer, and need none: the survey was closed unanswered.
    assertThat(validate(exit("r").dismissed().build())).isEmpty();
    Response unknownVersion = Response.builder("r", "nps-quarterly", 2).submittedAt(SUBMITTED)
        .dismissed().build();
    assertThat(validate(unknownVersion)).containsExactly(new Violation("surveyVersion", "2",
        "must be a known version of survey \"nps-quarterly\", one of 1"));
  }

  // --- every violation at once, in order; strict mode ---------------------------------------------

  /**
   * Four problems: goal holds an NPS answer (so for routing it is missing, the route is goal →
   * reasons → end), reasons is required on that route and missing, contact is off it, and coupon
   * is no question of the survey.
   */
  private static Response fourProblems() {
    return exit("r").answer("coupon", new OpenTextAnswer("SAVE10"))
        .answer("contact", ContactConsentAnswer.declining())
        .answer("goal", new NpsAnswer(3)).build();
  }

  private static final List<Violation> FOUR = List.of(
      new Violation("answers.goal", "nps answer",
          "must be an answer of type goal_completion, the type of question goal"),
      new Violation("answers.reasons", "null",
          "must be answered: the question is required and on the path goal → reasons → end"),
      new Violation("answers.contact", "false",
          "was not asked: the answers take the path goal → reasons → end"),
      new Violation("answers.coupon", "\"SAVE10\"",
          "answers a question that survey \"exit-feedback\" version 1 does not have; it asks "
              + EXIT_QUESTIONS));

  @Test
  void everyViolationIsReportedAtOnceInSurveyOrderThenUnknownQuestions() {
    // The answers were given as coupon, contact, goal; the report follows the survey's order.
    assertThat(validate(fourProblems())).containsExactlyElementsOf(FOUR);
    assertThat(validator.isValid(fourProblems())).isFalse();
    Response partial = exit("r").partial("contact").answer("goal", goal(GoalOutcome.FULLY))
        .answer("reasons", SingleChoiceAnswer.of("shipping")).build();
    // lastQuestionSeen comes before the answers; reasons is both an unknown choice and off the path.
    assertThat(validate(partial)).containsExactly(
        new Violation("lastQuestionSeen", "\"contact\"",
            "must be on the path the answers take, goal → end"),
        new Violation("answers.reasons.choice", "\"shipping\"",
            "must be one of \"missing-information\", \"technical-problem\", \"price\", \"other\""),
        new Violation("answers.reasons", "\"shipping\"",
            "was not asked: the answers take the path goal → end"));
  }

  @Test
  void strictModeThrowsEveryViolationAndReturnsAValidResponse() {
    Response valid = exit("r").answer("goal", goal(GoalOutcome.FULLY)).build();
    assertThat(validator.requireValid(valid)).isSameAs(valid);
    assertThatThrownBy(() -> validator.requireValid(fourProblems()))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.violations()).containsExactlyElementsOf(FOUR);
          assertThat(e.field()).isEqualTo("answers.goal");
          assertThat(e.getMessage()).isEqualTo(FOUR.get(0) + " (and 3 more violations: "
              + FOUR.get(1) + "; " + FOUR.get(2) + "; " + FOUR.get(3) + ")");
        });
    assertThatThrownBy(() -> validator.requireValid(Response.builder("r", "exit", 1).build()))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("surveyId = \"exit\": must be the id of a known survey, one of "
            + "\"exit-feedback\", \"nps-quarterly\"");
  }

  // --- a team's question type that fails ------------------------------------------------------

  @Test
  void aTypeWhoseCheckThrowsGivesAViolationAndTheOtherProblemsStillCount() {
    QuestionTypeRegistry registry = QuestionTypeRegistry.builder().discover()
        .register(new RankType()).build();
    Survey ranked = Survey.builder("ranked")
        .title(LocalizedText.of("en", "Rank"))
        .kind(SurveyKind.PRODUCT)
        .question(GoalCompletionQuestion.of("goal", LocalizedText.of("en", "Goal?")))
        .question(new RankQuestion("rank", LocalizedText.of("en", "Rank it"), true,
            List.of("fast", "cheap")))
        .registry(registry)
        .build();
    ResponseValidator teams = ResponseValidator.builder().registry(registry).survey(ranked).build();
    // Rank 0 makes RankType index -1 of its list; the unknown answer is still reported after it.
    Response response = Response.builder("r", "ranked", 1).submittedAt(SUBMITTED)
        .answer("goal", goal(GoalOutcome.FULLY)).answer("rank", new RankAnswer(0))
        .answer("extra", new RankAnswer(2)).build();
    assertThat(teams.validate(response)).containsExactly(
        new Violation("answers.rank", "0",
            "could not be checked: question type rank failed with java.lang.IndexOutOfBoundsException"),
        new Violation("answers.extra", "2",
            "answers a question that survey \"ranked\" version 1 does not have; it asks "
                + "\"goal\", \"rank\""));
    assertThat(teams.validate(Response.builder("r", "ranked", 1).submittedAt(SUBMITTED)
        .answer("goal", goal(GoalOutcome.FULLY)).answer("rank", new RankAnswer(2)).build())).isEmpty();
  }

  // --- building ------------------------------------------------------------------------------

  @Test
  void buildingChecksEveryQuestionTypeIsRegisteredAndRefusesMisuse() {
    QuestionTypeRegistry npsOnly =
        QuestionTypeRegistry.builder().register(new NpsQuestionType()).build();
    assertThatThrownBy(() -> ResponseValidator.builder().registry(npsOnly).survey(exit).build())
        .isInstanceOf(UnknownQuestionTypeException.class)
        .hasMessageContaining(GoalCompletionQuestion.class.getName());
    assertThat(ResponseValidator.builder().registry(npsOnly).survey(
        Survey.builder("only-nps").title(LocalizedText.of("en", "NPS")).kind(SurveyKind.RELATIONSHIP)
            .question(io.cxkit.survey.types.NpsQuestion.of("nps", LocalizedText.of("en", "Recommend?")))
            .build()).build().registry()).isSameAs(npsOnly);
    assertThatThrownBy(() -> ResponseValidator.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessage("at least one survey is required");
    assertThatThrownBy(() -> ResponseValidator.of())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("surveys must hold at least one survey");
    assertThatThrownBy(() -> ResponseValidator.builder().registry(npsOnly).registry(npsOnly))
        .isInstanceOf(IllegalStateException.class).hasMessage("registry was already set");
    assertThatThrownBy(() -> ResponseValidator.of(exit, null))
        .isInstanceOf(NullPointerException.class).hasMessage("survey");
    assertThatThrownBy(() -> validator.validate(null))
        .isInstanceOf(NullPointerException.class).hasMessage("response");
  }

  /** v2 of the exit form: an optional "comment" after every outcome, no routing, reasons optional. */
  private static Survey exitFeedbackV2() {
    return Survey.builder("exit-feedback")
        .version(2)
        .title(LocalizedText.of("en", "Before you go"))
        .kind(SurveyKind.EXIT_FEEDBACK)
        .question(GoalCompletionQuestion.of("goal",
            LocalizedText.of("en", "Did you achieve the goal of your visit?")))
        .question(new io.cxkit.survey.types.SingleChoiceQuestion("reasons",
            LocalizedText.of("en", "What stopped you?"), false,
            List.of(Choice.of("missing-information", "en", "Missing information"),
                Choice.of("price", "en", "The price")), null))
        .question(new io.cxkit.survey.types.ContactConsentQuestion("contact",
            LocalizedText.of("en", "May we contact you?"), false))
        .question(new OpenTextQuestion("comment", LocalizedText.of("en", "Anything else?"), false, 500,
            null))
        .build();
  }

  /** A team's ranking question: the respondent ranks one of the items (1-based). */
  record RankQuestion(String id, LocalizedText text, boolean required, List<String> items)
      implements Question {}

  /** @param rank the position chosen, 1-based */
  record RankAnswer(int rank) implements Answer {}

  record RankCount(long answered) implements QuestionSummary<RankCount> {
    @Override
    public RankCount plus(RankCount other) {
      return new RankCount(answered + other.answered);
    }
  }

  /** A team's type with a bug: it looks the rank up without checking it, as a careless type might. */
  static final class RankType implements QuestionType<RankQuestion, RankAnswer> {
    @Override
    public String id() {
      return "rank";
    }

    @Override
    public Class<RankQuestion> questionClass() {
      return RankQuestion.class;
    }

    @Override
    public Class<RankAnswer> answerClass() {
      return RankAnswer.class;
    }

    @Override
    public List<Violation> validate(RankQuestion question, RankAnswer answer) {
      String item = new ArrayList<>(question.items()).get(answer.rank() - 1);
      return item.isBlank()
          ? List.of(Violation.of("rank", answer.rank(), "must rank an item"))
          : List.of();
    }

    @Override
    public SummaryAccumulator<RankAnswer, RankCount> newSummary(RankQuestion question) {
      return new SummaryAccumulator<>() {
        private long answered;

        @Override
        public void add(RankAnswer answer) {
          answered++;
        }

        @Override
        public void merge(RankCount summary) {
          answered += summary.answered();
        }

        @Override
        public RankCount snapshot() {
          return new RankCount(answered);
        }
      };
    }

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of();
    }

    @Override
    public AnswerValue valueOf(RankAnswer answer) {
      return new AnswerValue.NumberValue(answer.rank());
    }

    @Override
    public ObjectNode questionSchema() {
      return JsonNodeFactory.instance.objectNode().put("type", "object");
    }

    @Override
    public ObjectNode answerSchema() {
      return JsonNodeFactory.instance.objectNode().put("type", "object");
    }
  }
}
