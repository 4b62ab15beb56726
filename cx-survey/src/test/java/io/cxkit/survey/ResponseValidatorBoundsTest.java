package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validation messages stay short however large the survey or the answer: a path, a list of
 * question ids or a list of codes is cut after its first few entries and summarised by a count,
 * so that a response to a survey of thousands of questions does not get a message per question
 * that lists them all (which made the report quadratic: 10,000 required questions left unanswered
 * gave 10,000 messages of 10,000 ids each, about 790 million characters).
 */
class ResponseValidatorBoundsTest {

  private static Survey chain(int size) {
    List<Question> questions = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      questions.add(new OpenTextQuestion("q" + i, LocalizedText.of("en", "Q" + i), true, 100, null));
    }
    return Survey.builder("big").title(LocalizedText.of("en", "Big")).kind(SurveyKind.EMBEDDED)
        .questions(questions).build();
  }

  @Test
  void aLongPathIsCutAfterTenQuestionsAndTheLastOne() {
    Survey survey = chain(2_000);
    ResponseValidator validator = ResponseValidator.of(survey);
    // No answer at all: every question is on the path (skipped) and required, so each of the
    // 2,000 is reported; the path shows q0..q9, then 2,000 - 11 = 1,989 more, then q1999.
    List<Violation> violations = validator.validate(Response.builder("r", "big", 1).build());
    assertThat(violations).hasSize(2_000);
    String path = "q0 → q1 → q2 → q3 → q4 → q5 → q6 → q7 → q8 → q9 → … 1989 more → q1999 → end";
    assertThat(violations.get(0)).isEqualTo(new Violation("answers.q0", "null",
        "must be answered: the question is required and on the path " + path));
    assertThat(violations.get(1_999)).isEqualTo(new Violation("answers.q1999", "null",
        "must be answered: the question is required and on the path " + path));
    long characters = 0;
    for (Violation violation : violations) {
      characters += violation.toString().length();
    }
    // At most 156 characters each (the rule above is 134, "answers.q1999 = null: " 22 more),
    // where every message listed all 2,000 ids before (over 15,000 characters each).
    assertThat(characters).isLessThanOrEqualTo(2_000 * 156L);
  }

  @Test
  void aShortPathIsShownWhole() {
    // Eleven questions: all shown, nothing to summarise.
    Survey survey = chain(11);
    List<Violation> violations = ResponseValidator.of(survey)
        .validate(Response.builder("r", "big", 1).partial("q10").build());
    assertThat(violations.get(0).rule()).isEqualTo("must be answered: the question is required"
        + " and on the path q0 → q1 → q2 → q3 → q4 → q5 → q6 → q7 → q8 → q9 → q10, where the"
        + " response stops");
  }

  @Test
  void theQuestionsOfALargeSurveyAreListedByTheFirstTenAndACount() {
    Survey survey = chain(2_000);
    Response response = Response.builder("r", "big", 1).partial("nope")
        .answer("extra", new GoalCompletionAnswer(GoalOutcome.FULLY)).build();
    String asks = "\"q0\", \"q1\", \"q2\", \"q3\", \"q4\", \"q5\", \"q6\", \"q7\", \"q8\", \"q9\""
        + " and 1990 more";
    assertThat(ResponseValidator.of(survey).validate(response)).containsExactly(
        new Violation("lastQuestionSeen", "\"nope\"",
            "must be a question of survey \"big\" version 1, one of " + asks),
        new Violation("answers.extra", "\"fully\"",
            "answers a question that survey \"big\" version 1 does not have; it asks " + asks));
  }

  @Test
  void aLongListOfCodesIsCutAfterAbout64Characters() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      codes.add("code-" + i);
    }
    Response response = Response.builder("r", "exit-feedback", 1)
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.FULLY))
        .answer("extra", new MultipleChoiceAnswer(codes, null)).build();
    // Whole codes are added while the text is under 64 characters: 8 codes of 10 characters
    // ("code-0", and a comma and space) reach 68 (the bracket included).
    assertThat(ResponseValidator.of(RoutingExamples.exitFeedback()).validate(response))
        .containsExactly(new Violation("answers.extra",
            "[\"code-0\", \"code-1\", \"code-2\", \"code-3\", \"code-4\", \"code-5\", \"code-6\","
                + " …] (300 codes)",
            "answers a question that survey \"exit-feedback\" version 1 does not have; it asks"
                + " \"goal\", \"reasons\", \"contact\""));
  }
}
