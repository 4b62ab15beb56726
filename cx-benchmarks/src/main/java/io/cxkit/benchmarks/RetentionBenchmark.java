package io.cxkit.benchmarks;

import io.cxkit.core.RetentionMode;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.analysis.TrafficAnalyzer;
import io.cxkit.journey.analysis.TrafficDefinition;
import io.cxkit.journey.analysis.TrafficResult;
import io.cxkit.journey.retention.ChurnAnalyzer;
import io.cxkit.journey.retention.ChurnDefinition;
import io.cxkit.journey.retention.ChurnResult;
import io.cxkit.journey.retention.ChurnRule;
import io.cxkit.journey.retention.CohortAnalyzer;
import io.cxkit.journey.retention.CohortDefinition;
import io.cxkit.journey.retention.CohortResult;
import io.cxkit.journey.retention.LifetimeAnalyzer;
import io.cxkit.journey.retention.LifetimeDefinition;
import io.cxkit.journey.retention.LifetimeResult;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * Journey events per event through the activity analyses of issue 8: weekly first-time cohorts
 * (N-day and unbounded), monthly churn by an inactivity rule, lifetimes by the same rule, and
 * touchpoint traffic with a purchase goal. The input is {@value JourneyBenchmark#EVENTS} events of
 * {@value JourneyBenchmark#CUSTOMERS} customers over 90 days from {@link ShopJourneys} (seed 42),
 * as in {@link JourneyBenchmark}; one invocation runs a fresh analyzer over all of them and takes
 * its result, so the score is the time per event with the result included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RetentionBenchmark {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");
  static final EventMatch PURCHASE = EventMatch.builder().touchpoints("order-confirmation")
      .kinds(EventKind.PURCHASE).build();

  List<JourneyEvent> events;
  CohortDefinition weekly;
  CohortDefinition weeklyUnbounded;
  ChurnDefinition monthlyChurn;
  LifetimeDefinition lifetimes;
  TrafficDefinition traffic;

  @Setup
  public void setUp() {
    events = new ArrayList<>(JourneyBenchmark.EVENTS);
    new ShopJourneys(JourneyBenchmark.EVENTS, JourneyBenchmark.CUSTOMERS, 90, 42)
        .forEachRemaining(events::add);
    weekly = CohortDefinition.builder(ShopJourneys.MAP).period(Period.ISO_WEEK, BERLIN)
        .asOf(AS_OF).build();
    weeklyUnbounded = CohortDefinition.builder(ShopJourneys.MAP).period(Period.ISO_WEEK, BERLIN)
        .mode(RetentionMode.UNBOUNDED).asOf(AS_OF).build();
    monthlyChurn = ChurnDefinition.builder(ShopJourneys.MAP)
        .rule(ChurnRule.inactivity(EventMatch.any(), 1)).period(Period.MONTH, BERLIN)
        .from(LocalDate.of(2026, 1, 1)).asOf(AS_OF).build();
    lifetimes = LifetimeDefinition.builder(ShopJourneys.MAP)
        .rule(ChurnRule.inactivity(EventMatch.any(), 2)).period(Period.ISO_WEEK, BERLIN)
        .asOf(AS_OF).build();
    traffic = TrafficDefinition.builder(ShopJourneys.MAP).goal(PURCHASE).build();
    // Each benchmark must measure the clean path: every event counted, results not empty.
    if (cohorts().isEmpty() || churn().isEmpty() || lifetimes().total().isEmpty()
        || traffic().customers() != JourneyBenchmark.CUSTOMERS) {
      throw new IllegalStateException("the benchmark's inputs do not count clean");
    }
  }

  /** @return weekly first-time cohorts, N-day, offsets 1..12 */
  @Benchmark
  @OperationsPerInvocation(JourneyBenchmark.EVENTS)
  public CohortResult cohorts() {
    CohortAnalyzer analyzer = CohortAnalyzer.of(weekly);
    for (JourneyEvent event : events) {
      analyzer.accept(event);
    }
    return analyzer.result();
  }

  /** @return weekly first-time cohorts, unbounded */
  @Benchmark
  @OperationsPerInvocation(JourneyBenchmark.EVENTS)
  public CohortResult cohortsUnbounded() {
    CohortAnalyzer analyzer = CohortAnalyzer.of(weeklyUnbounded);
    for (JourneyEvent event : events) {
      analyzer.accept(event);
    }
    return analyzer.result();
  }

  /** @return monthly churn: lost after a month without any event */
  @Benchmark
  @OperationsPerInvocation(JourneyBenchmark.EVENTS)
  public ChurnResult churn() {
    ChurnAnalyzer analyzer = ChurnAnalyzer.of(monthlyChurn);
    for (JourneyEvent event : events) {
      analyzer.accept(event);
    }
    return analyzer.result();
  }

  /** @return lifetimes: churned after two weeks without any event, Kaplan–Meier at the end */
  @Benchmark
  @OperationsPerInvocation(JourneyBenchmark.EVENTS)
  public LifetimeResult lifetimes() {
    LifetimeAnalyzer analyzer = LifetimeAnalyzer.of(lifetimes);
    for (JourneyEvent event : events) {
      analyzer.accept(event);
    }
    LifetimeResult result = analyzer.result();
    result.kaplanMeier();
    return result;
  }

  /** @return traffic and conversion per touchpoint and stage */
  @Benchmark
  @OperationsPerInvocation(JourneyBenchmark.EVENTS)
  public TrafficResult traffic() {
    TrafficAnalyzer analyzer = TrafficAnalyzer.of(traffic);
    for (JourneyEvent event : events) {
      analyzer.accept(event);
    }
    return analyzer.result();
  }
}
