package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The validator against the two routed examples of {@link RoutingExamples}: whatever a widget sends
 * it reports and never throws, and whatever a respondent does while the navigator leads the way is
 * valid.
 */
class ResponseValidatorProperties {
  private static final Instant SUBMITTED = Instant.parse("2026-11-30T10:15:00Z");
  private static final Survey EXIT = RoutingExamples.exitFeedback();
  private static final Survey NPS = RoutingExamples.npsFollowUps();
  private static final ResponseValidator VALIDATOR = ResponseValidator.of(EXIT, NPS);

  /** An answer class no registered type knows. */
  private record StrayAnswer(String text) implements Answer {}

  // --- anything a widget may send ---------------------------------------------------------------

  @Property
  void randomResponsesNeverMakeTheValidatorThrow(@ForAll("responses") Response response) {
    List<Violation> violations = VALIDATOR.validate(response);
    // The same response gives the same list, and strict mode agrees with lenient mode.
    assertThat(VALIDATOR.validate(response)).isEqualTo(violations);
    if (violations.isEmpty()) {
      assertThat(VALIDATOR.requireValid(response)).isSameAs(response);
    } else {
      assertThatThrownBy(() -> VALIDATOR.requireValid(response))
          .isInstanceOfSatisfying(InvalidResponseException.class,
              e -> assertThat(e.violations()).isEqualTo(violations));
    }
    // The survey is known, so only the last question seen and the answers can be at fault.
    for (Violation violation : violations) {
      assertThat(violation.path()).matches("lastQuestionSeen|answers\\.[a-z-]+(\\..+)?");
    }
    // A dismissed response holds no answers and its survey is known: nothing to report.
    if (response.status() == ResponseStatus.DISMISSED) {
      assertThat(violations).isEmpty();
    }
    // An e-mail never reaches a message.
    assertThat(violations.toString()).doesNotContain("@example");
  }

  @Provide
  Arbitrary<Response> responses() {
    Arbitrary<String> questionIds = Arbitraries.of("goal", "reasons", "contact", "coupon", "nps",
        "went-wrong", "liked");
    Arbitrary<Map<String, Answer>> answers = Arbitraries.maps(questionIds, answers()).ofMaxSize(5);
    Arbitrary<String> surveys = Arbitraries.of("exit-feedback", "nps-quarterly");
    Arbitrary<Integer> status = Arbitraries.integers().between(0, 2);
    return Combinators.combine(surveys, status, questionIds, answers)
        .as(ResponseValidatorProperties::response);
  }

  /** @param kind 0 completed, 1 partial (stopped at {@code last}), 2 dismissed (answers unused) */
  private static Response response(String survey, int kind, String last, Map<String, Answer> given) {
    Response.Builder builder = Response.builder("r", survey, 1).submittedAt(SUBMITTED);
    if (kind == 2) {
      return builder.dismissed().build();
    }
    if (kind == 1) {
      builder.partial(last);
    }
    given.forEach(builder::answer);
    return builder.build();
  }

  private static Arbitrary<Answer> answers() {
    Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '\ud7ff').ofMaxLength(12);
    Arbitrary<String> codes = Arbitraries.of("price", "technical-problem", "other", "shipping", "");
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-3, 13).map(NpsAnswer::new),
        Arbitraries.integers().between(-1, 8).map(CsatAnswer::new),
        Arbitraries.of(GoalOutcome.class).map(GoalCompletionAnswer::new),
        Combinators.combine(codes, text.injectNull(0.5)).as(SingleChoiceAnswer::new),
        codes.list().ofMaxSize(4).map(list -> new MultipleChoiceAnswer(list, null)),
        Arbitraries.oneOf(text, Arbitraries.just("x".repeat(2001))).map(OpenTextAnswer::new),
        Combinators.combine(Arbitraries.of(true, false),
            Arbitraries.of("ana@example.com", "ana.example.com", "@example.com").injectNull(0.3))
            .as(ContactConsentAnswer::new),
        text.map(StrayAnswer::new));
  }

  // --- a respondent led by the navigator ------------------------------------------------------

  /**
   * Walks a survey with {@link SurveyNavigator#path}: at each next question the respondent answers
   * it with a valid answer picked by the next number, or skips it when it is optional, or (at step
   * {@code stopAt}) leaves, making the response partial with that question as the last seen. Every
   * such response validates clean.
   */
  @Property(tries = 500)
  void responsesGeneratedByWalkingTheNavigatorValidateClean(@ForAll boolean npsSurvey,
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 1000) Integer> picks,
      @ForAll @IntRange(min = -1, max = 3) int stopAt, @ForAll boolean stopAfterAnswering) {
    Survey survey = npsSurvey ? NPS : EXIT;
    SurveyNavigator navigator = SurveyNavigator.of(survey);
    Map<String, Answer> answers = new LinkedHashMap<>();
    Set<String> skipped = new HashSet<>();
    String lastSeen = null;
    for (int step = 0; step < survey.questions().size(); step++) {
      SurveyPath path = navigator.path(answers, skipped);
      if (path.finished()) {
        break;
      }
      String id = path.next().orElseThrow();
      Question question = survey.question(id).orElseThrow();
      int pick = picks.get(step % picks.size());
      if (step == stopAt && !stopAfterAnswering) {
        lastSeen = id;
        break;
      }
      if (!question.required() && pick % 3 == 0) {
        skipped.add(id);
      } else {
        answers.put(id, validAnswer(question, pick));
      }
      if (step == stopAt) {
        lastSeen = id;
        break;
      }
    }
    Response.Builder builder = Response.builder("r", survey.id(), survey.version())
        .submittedAt(SUBMITTED);
    if (lastSeen != null) {
      builder.partial(lastSeen);
    }
    answers.forEach(builder::answer);
    Response response = builder.build();
    assertThat(VALIDATOR.validate(response)).as("%s", answers).isEmpty();
  }

  private static Answer validAnswer(Question question, int pick) {
    switch (question.id()) {
      case "goal":
        return new GoalCompletionAnswer(GoalOutcome.values()[pick % 3]);
      case "reasons":
        List<String> codes = ((SingleChoiceQuestion) question).codes();
        String code = codes.get(pick % codes.size());
        return new SingleChoiceAnswer(code, code.equals("other") ? "The checkout crashed" : null);
      case "contact":
        return pick % 2 == 0 ? ContactConsentAnswer.consenting("ana@example.com")
            : ContactConsentAnswer.declining();
      case "nps":
        return new NpsAnswer(pick % 11);
      default:
        return new OpenTextAnswer("Answer " + pick);
    }
  }
}
