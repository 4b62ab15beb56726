package io.cxkit.benchmarks;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.loop.FollowUpCollector;
import io.cxkit.survey.loop.FollowUpFinder;
import io.cxkit.survey.loop.FollowUpList;
import io.cxkit.survey.loop.FollowUpRule;
import io.cxkit.survey.loop.FollowUpRules;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Finding follow-ups per response: {@value #RESPONSES} seeded responses to an exit survey (NPS, goal
 * completion, a reason when the goal was missed, a comment, a contact consent) checked against
 * four rules (detractor, goal not achieved, the reason "technical problem", and a condition on the
 * reason "price" with a low score). About a third of the respondents consented to contact, by the
 * consent question or as respondents. One invocation runs every response through a fresh
 * collector (or {@code entryFor}); the score is per response.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FollowUpBenchmark {
  /** The responses of one invocation. */
  static final int RESPONSES = 10_000;

  List<Response> responses;
  FollowUpFinder finder;

  @Setup
  public void setUp() {
    Survey survey = Survey.builder("exit")
        .title(LocalizedText.of("en", "Before you go"))
        .kind(SurveyKind.TRANSACTIONAL)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "How likely are you to recommend us?")))
        .question(GoalCompletionQuestion.of("goal", LocalizedText.of("en", "Did you find it?")))
        .question(SingleChoiceQuestion.of("reason", LocalizedText.of("en", "What stopped you?"),
            List.of(Choice.of("missing-information", "en", "Missing information"),
                Choice.of("technical-problem", "en", "A technical problem"),
                Choice.of("price", "en", "The price"), Choice.of("something-else", "en", "Something else"))))
        .question(OpenTextQuestion.of("comment", LocalizedText.of("en", "Tell us more")))
        .question(new ContactConsentQuestion("contact", LocalizedText.of("en", "May we contact you?"),
            false))
        .build();
    FollowUpRules rules = FollowUpRules.of(
        FollowUpRule.reasonChosen("reason", "technical-problem").withPriority(1),
        FollowUpRule.detractor("nps").withPriority(2),
        FollowUpRule.goalNotAchieved("goal"),
        FollowUpRule.matching(Condition.allOf(Condition.answer("reason").equalTo("price"),
                Condition.answer("nps").inRange(0, 8)))
            .withId("price-complaint").withPriority(7).withReason("Complained about the price"));
    finder = rules.bind(survey);

    String[] reasons = {"missing-information", "technical-problem", "price", "something-else"};
    GoalOutcome[] outcomes = GoalOutcome.values();
    SplittableRandom random = new SplittableRandom(42);
    Instant start = Instant.parse("2026-03-01T00:00:00Z");
    responses = new ArrayList<>(RESPONSES);
    for (int i = 0; i < RESPONSES; i++) {
      Response.Builder response = Response.builder("r-" + i, survey.id(), survey.version())
          .submittedAt(start.plusSeconds(random.nextLong(30L * 24 * 3600)))
          .context(new ResponseContext("checkout", null, null, null, null, null, Map.of()));
      int consent = random.nextInt(6);
      if (consent == 0) {
        response.respondent(Respondent.withConsent("u-" + i,
            ContactDetails.ofEmail("customer" + i + "@example.com")));
      } else {
        response.respondent(Respondent.of("u-" + i));
      }
      response.answer("nps", new NpsAnswer(random.nextInt(11)));
      GoalOutcome outcome = outcomes[random.nextInt(outcomes.length)];
      response.answer("goal", new GoalCompletionAnswer(outcome));
      if (outcome != GoalOutcome.FULLY) {
        response.answer("reason", SingleChoiceAnswer.of(reasons[random.nextInt(4)]));
      }
      if (random.nextBoolean()) {
        response.answer("comment", new OpenTextAnswer("The page kept loading, order " + i));
      }
      if (consent == 1) {
        response.answer("contact", ContactConsentAnswer.consenting("buyer" + i + "@example.com"));
      } else if (consent == 2) {
        response.answer("contact", ContactConsentAnswer.declining());
      }
      responses.add(response.build());
    }
    FollowUpList list = collect();
    if (list.counts().checked() != RESPONSES || list.counts().contactable() == 0
        || list.counts().notContactable() == 0) {
      throw new IllegalStateException("the benchmark's responses do not exercise the rules");
    }
  }

  /** @return the follow-up list of every response (up to 10 000 entries, the most urgent kept) */
  @Benchmark
  @OperationsPerInvocation(RESPONSES)
  public FollowUpList collect() {
    FollowUpCollector collector = finder.collector();
    for (Response response : responses) {
      collector.add(response);
    }
    return collector.result();
  }

  /** Each response's entry, if it matches a rule and may be contacted. */
  @Benchmark
  @OperationsPerInvocation(RESPONSES)
  public void entryFor(Blackhole blackhole) {
    for (Response response : responses) {
      blackhole.consume(finder.entryFor(response));
    }
  }
}
