package io.cxkit.benchmarks;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Answer;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Navigation;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.SurveyNavigator;
import io.cxkit.survey.SurveyPath;
import io.cxkit.survey.Violation;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Facts;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing on the exit-feedback form (goal → if not fully, reasons → if a technical problem,
 * contact): evaluating one condition, finding the path of three answers, checking a submitted
 * response against its survey, and a respondent's whole navigation with one change of mind. One
 * operation is one condition, path, response or navigation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoutingBenchmark {

  Condition notFullyOrTechnical;
  Facts facts;
  SurveyNavigator navigator;
  Map<String, Answer> answers;
  Response response;
  ResponseValidator validator;

  @Setup
  public void setUp() {
    Survey survey = Survey.builder("exit-feedback")
        .title(LocalizedText.of("en", "Before you go"))
        .kind(SurveyKind.EXIT_FEEDBACK)
        .question(GoalCompletionQuestion.of("goal",
            LocalizedText.of("en", "Did you achieve the goal of your visit?")))
        .question(new MultipleChoiceQuestion("reasons", LocalizedText.of("en", "What got in the way?"),
            true, List.of(Choice.of("missing-information", "en", "Information was missing"),
                Choice.of("technical-problem", "en", "A technical problem"),
                Choice.of("price", "en", "The price")),
            LocalizedText.of("en", "Something else"), 1, 3))
        .question(new ContactConsentQuestion("contact", LocalizedText.of("en", "May we contact you?"),
            false))
        .route(RoutingRule.after("goal").when(Condition.answer("goal").equalTo("fully")).endSurvey())
        .route(RoutingRule.after("reasons")
            .when(Condition.answer("reasons").contains("technical-problem")).goTo("contact"))
        .route(RoutingRule.after("reasons").endSurvey())
        .build();
    navigator = SurveyNavigator.of(survey);
    validator = ResponseValidator.of(survey);
    answers = new LinkedHashMap<>();
    answers.put("goal", new GoalCompletionAnswer(GoalOutcome.PARTIALLY));
    answers.put("reasons", MultipleChoiceAnswer.of("price", "technical-problem"));
    answers.put("contact", ContactConsentAnswer.consenting("anna@shop.example"));
    Response.Builder builder = Response.builder("r-1", "exit-feedback", 1)
        .submittedAt(Instant.parse("2026-11-30T10:15:00Z"));
    answers.forEach(builder::answer);
    response = builder.build();

    notFullyOrTechnical = Condition.answer("goal").equalTo("fully").negate()
        .and(Condition.answer("reasons").contains("technical-problem"));
    Map<Operand, AnswerValue> values = Map.of(
        Operand.answer("goal"), new AnswerValue.TextValue("partially"),
        Operand.answer("reasons"), new AnswerValue.CodesValue(List.of("price", "technical-problem")));
    facts = values::get;

    // Each benchmark must measure the clean path, not an error path.
    if (!notFullyOrTechnical.test(facts) || !path().finished() || !validate().isEmpty()
        || !navigate().finished()) {
      throw new IllegalStateException("the benchmark's inputs do not take the expected path");
    }
  }

  /** @return {@code not(goal equals fully) and reasons contains technical-problem} on two values */
  @Benchmark
  public boolean condition() {
    return notFullyOrTechnical.test(facts);
  }

  /** @return the path of the three answers: goal → reasons → contact → end */
  @Benchmark
  public SurveyPath path() {
    return navigator.path(answers, Set.of());
  }

  /** @return the violations of the completed response: none */
  @Benchmark
  public List<Violation> validate() {
    return validator.validate(response);
  }

  /**
   * @return a navigation answered question by question, then changed back to "fully" (dropping
   *     reasons and contact) and changed again to "partially" and answered to the end
   */
  @Benchmark
  public Navigation navigate() {
    Navigation visit = navigator.begin();
    visit.answer(answers.get("goal"));
    visit.answer(answers.get("reasons"));
    visit.answer(answers.get("contact"));
    visit.answer("goal", new GoalCompletionAnswer(GoalOutcome.FULLY));
    visit.answer("goal", answers.get("goal"));
    visit.answer(answers.get("reasons"));
    visit.answer(answers.get("contact"));
    return visit;
  }
}
