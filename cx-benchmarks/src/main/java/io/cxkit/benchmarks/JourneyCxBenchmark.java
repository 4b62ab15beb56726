package io.cxkit.benchmarks;

import io.cxkit.core.GoalOutcome;
import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.cx.JourneyCx;
import io.cxkit.journey.cx.JourneyCxAnalyzer;
import io.cxkit.journey.cx.JourneyCxResult;
import io.cxkit.journey.cx.JourneyScorecard;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.summary.Period;
import io.cxkit.survey.summary.SurveySummarizer;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Survey responses per response joined to the journey: {@value #RESPONSES} answers of an NPS and
 * goal survey (seed 42) at the e-commerce map's touchpoints, by 20 000 respondents in five
 * personas, over 13 weeks. {@code join} counts them with {@link JourneyCxAnalyzer} (views by
 * touchpoint, stage, channel, variant and persona, weekly trends overall and per touchpoint) and
 * builds the scorecard; {@code summaryAlone} counts them with one {@link SurveySummarizer}, the
 * baseline of a single view.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JourneyCxBenchmark {
  static final int RESPONSES = 100_000;
  static final JourneyMap MAP = JourneyMap.ecommerce();

  Survey survey;
  JourneyCx definition;
  List<Response> responses;

  @Setup
  public void setUp() {
    survey = Survey.builder("nps").title(LocalizedText.of("en", "How are we doing?"))
        .kind(SurveyKind.TRANSACTIONAL)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "How likely are you to recommend us?")))
        .question(GoalCompletionQuestion.of("goal", LocalizedText.of("en", "Did you find it?")))
        .build();
    String[] personas = {"bargain-hunter", "newcomer", "loyal", "business", "gift-buyer"};
    definition = JourneyCx.builder(MAP).survey(survey)
        .groups("persona", customer -> personas[Math.floorMod(customer.hashCode(), 5)])
        .period(Period.ISO_WEEK, ZoneId.of("Europe/Berlin")).build();
    SplittableRandom random = new SplittableRandom(42);
    GoalOutcome[] outcomes = GoalOutcome.values();
    Instant start = Instant.parse("2026-01-05T00:00:00Z");
    int touchpoints = MAP.touchpoints().size();
    responses = new ArrayList<>(RESPONSES);
    for (int i = 0; i < RESPONSES; i++) {
      responses.add(Response.builder("r-" + i, "nps", 1)
          .respondent(Respondent.of("c-" + random.nextInt(20_000)))
          .submittedAt(start.plusSeconds(random.nextLong(13L * 7 * 86_400)))
          .context(new ResponseContext(MAP.touchpoints().get(random.nextInt(touchpoints)).id(),
              null, null, null, null, random.nextBoolean() ? "a" : "b", java.util.Map.of()))
          .answer("nps", new NpsAnswer(random.nextInt(11)))
          .answer("goal", new GoalCompletionAnswer(outcomes[random.nextInt(outcomes.length)]))
          .build());
    }
    if (join().surveys().isEmpty() || summaryAlone().responses() != RESPONSES) {
      throw new IllegalStateException("the benchmark's responses do not count clean");
    }
  }

  /** @return the scorecard of every response joined to touchpoints, stages and personas */
  @Benchmark
  @OperationsPerInvocation(RESPONSES)
  public JourneyScorecard join() {
    JourneyCxAnalyzer analyzer = JourneyCxAnalyzer.of(definition);
    for (Response response : responses) {
      analyzer.accept(response);
    }
    JourneyCxResult result = analyzer.result();
    return JourneyScorecard.builder(MAP).cx(result).build();
  }

  /** @return one summary of every response: the cost of one view */
  @Benchmark
  @OperationsPerInvocation(RESPONSES)
  public SurveySummary summaryAlone() {
    SurveySummarizer summarizer = SurveySummarizer.of(survey);
    for (Response response : responses) {
      summarizer.add(response);
    }
    return summarizer.snapshot();
  }
}
