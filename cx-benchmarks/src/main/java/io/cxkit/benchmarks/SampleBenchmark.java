package io.cxkit.benchmarks;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.SampleFormat;
import io.cxkit.sample.SampleSink;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sample shop's speed: one invocation runs {@code ShopSample.of(10_000)} (seed 42, 2026 in
 * Europe/Berlin) once, either into a sink that only counts ({@code generate}) or into files of JSON
 * Lines in a temporary directory ({@code writeJsonLines}, replaced by each invocation). The score
 * is customers per second ({@value #CUSTOMERS} per invocation); the secondary scores {@code
 * events}, {@code responses} and {@code records} (the two together) are those per second, from
 * counters the invocations add to.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SampleBenchmark {
  /** The customers of one invocation. */
  static final int CUSTOMERS = 10_000;

  ShopSample sample;
  Path directory;

  /** What the invocations of one iteration made, reported by JMH per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Made {
    /** Journey events made. */
    public long events;
    /** Responses made. */
    public long responses;
    /** Events and responses made. */
    public long records;

    /** Starts each iteration's counts at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      events = 0;
      responses = 0;
      records = 0;
    }

    void add(long events, long responses) {
      this.events += events;
      this.responses += responses;
      this.records += events + responses;
    }
  }

  /** A sink that counts what it is given and keeps nothing. */
  static final class Counting implements SampleSink {
    long profiles;
    long events;
    long responses;

    @Override
    public void profile(CustomerProfile profile) {
      profiles++;
    }

    @Override
    public void event(JourneyEvent event) {
      events++;
    }

    @Override
    public void response(Response response) {
      responses++;
    }
  }

  @Setup
  public void setUp() throws IOException {
    sample = ShopSample.of(CUSTOMERS);
    directory = Files.createTempDirectory("cxkit-sample-benchmark");
    // Each benchmark must measure a real run: every customer with events and responses.
    Counting counted = new Counting();
    sample.generate(counted);
    if (counted.profiles != CUSTOMERS || counted.events == 0 || counted.responses == 0) {
      throw new IllegalStateException("the sample made " + counted.profiles + " profiles, "
          + counted.events + " events and " + counted.responses + " responses");
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> tree = Files.walk(directory)) {
      tree.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /**
   * @param made the counters of the iteration
   * @return the sink, which counted every record of one run
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public Counting generate(Made made) {
    Counting sink = new Counting();
    sample.generate(sink);
    made.add(sink.events, sink.responses);
    return sink;
  }

  /**
   * @param made the counters of the iteration
   * @return the files of one run, written as JSON Lines
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public SampleFiles writeJsonLines(Made made) {
    SampleFiles files = sample.writeTo(directory, SampleFormat.JSON_LINES);
    made.add(files.eventCount(), files.responseCount());
    return files;
  }
}
