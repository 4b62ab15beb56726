package io.cxkit.benchmarks;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.analysis.ExitAnalyzer;
import io.cxkit.journey.analysis.ExitResult;
import io.cxkit.journey.analysis.FrictionAnalyzer;
import io.cxkit.journey.analysis.FrictionResult;
import io.cxkit.journey.analysis.FunnelAnalyzer;
import io.cxkit.journey.analysis.FunnelResult;
import io.cxkit.journey.analysis.PathAnalyzer;
import io.cxkit.journey.analysis.PathResult;
import io.cxkit.journey.io.EventCsv;
import io.cxkit.journey.io.EventJsonLines;
import io.cxkit.journey.io.EventReader;
import io.cxkit.journey.io.RecordWriter;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.ReadReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Journey events per event: reading them from JSON Lines and from CSV (each checked against the
 * map, through the reorder buffer), and counting them with each analysis of {@link ShopAnalyses}
 * alone and with all four at once. The input is {@value #EVENTS} events of {@value #CUSTOMERS}
 * customers made by {@link ShopJourneys} (seed 42) in setup; one invocation runs a fresh analyzer
 * (or reader) over all of them and takes its result, and JMH divides by {@value #EVENTS}, so the
 * score is the time per event, the arrays' growth to 20 000 customers and the result included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JourneyBenchmark {
  /** The events of one invocation. */
  static final int EVENTS = 200_000;
  /** The customers they are spread over. */
  static final int CUSTOMERS = 20_000;

  List<JourneyEvent> events;
  byte[] jsonLines;
  byte[] csv;
  EventJsonLines jsonReader;
  EventCsv csvReader;

  @Setup
  public void setUp() {
    events = new ArrayList<>(EVENTS);
    new ShopJourneys(EVENTS, CUSTOMERS, 90, 42).forEachRemaining(events::add);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (RecordWriter<JourneyEvent> writer = EventJsonLines.writer(json)) {
      writer.writeAll(events);
    }
    jsonLines = json.toByteArray();
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    try (RecordWriter<JourneyEvent> writer = EventCsv.writer(table, CsvOptions.DEFAULT, "channel")) {
      writer.writeAll(events);
    }
    csv = table.toByteArray();
    jsonReader = EventJsonLines.reader().checkingAgainst(ShopJourneys.MAP).build();
    csvReader = EventCsv.readerOfExport().checkingAgainst(ShopJourneys.MAP).build();

    // Each benchmark must measure the clean path: every event read back and counted.
    if (readJsonLines().valid() != EVENTS || readCsv().valid() != EVENTS
        || funnel().entered() == 0 || exits().customers() != CUSTOMERS
        || friction().episodes() == 0 || paths().units() == 0) {
      throw new IllegalStateException("the benchmark's inputs do not read back clean");
    }
  }

  private static ReadReport drain(EventReader reader) {
    try (reader) {
      while (reader.hasNext()) {
        reader.next();
      }
      return reader.report();
    }
  }

  /** @return the report of reading every JSON line, each checked against the map */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public ReadReport readJsonLines() {
    return drain(jsonReader.open(new ByteArrayInputStream(jsonLines)));
  }

  /** @return the report of reading every row of cxkit's CSV layout, each checked */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public ReadReport readCsv() {
    return drain(csvReader.open(new ByteArrayInputStream(csv)));
  }

  /** @return the funnel (4 steps, in order, one-day window) of every event */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public FunnelResult funnel() {
    FunnelAnalyzer analyzer = FunnelAnalyzer.of(ShopAnalyses.FUNNEL);
    for (JourneyEvent event : events) {
      analyzer.accept(event);
    }
    return analyzer.result();
  }

  /** @return the exit points (goal: a purchase; 30-day horizon) of every event */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public ExitResult exits() {
    ExitAnalyzer analyzer = ExitAnalyzer.of(ShopAnalyses.EXITS);
    for (JourneyEvent event : events) {
      analyzer.accept(event);
    }
    return analyzer.result();
  }

  /** @return the friction episodes (3 switches in 10 minutes) of every event */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public FrictionResult friction() {
    FrictionAnalyzer analyzer = FrictionAnalyzer.of(ShopAnalyses.FRICTION);
    for (JourneyEvent event : events) {
      analyzer.accept(event);
    }
    return analyzer.result();
  }

  /** @return the session paths (10 steps, default node cap) of every event */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public PathResult paths() {
    PathAnalyzer analyzer = PathAnalyzer.of(ShopAnalyses.PATHS);
    for (JourneyEvent event : events) {
      analyzer.accept(event);
    }
    return analyzer.result();
  }

  /** Every event through the funnel, exit, friction and path analyzers at once, then the results. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void allFour(Blackhole blackhole) {
    ShopAnalyses shop = new ShopAnalyses();
    for (JourneyEvent event : events) {
      shop.accept(event);
    }
    blackhole.consume(shop.funnel.result());
    blackhole.consume(shop.exits.result());
    blackhole.consume(shop.friction.result());
    blackhole.consume(shop.paths.result());
  }
}
