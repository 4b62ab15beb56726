package io.cxkit.benchmarks;

import io.cxkit.core.ConcurrentScoreAccumulator;
import io.cxkit.core.Nps;
import io.cxkit.core.RatingScale;
import io.cxkit.core.ScoreAccumulator;
import io.cxkit.core.ScoreDistribution;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of counting NPS scores (0..10) into a distribution: the hot path under every NPS,
 * CSAT and CES figure. Each invocation counts {@code size} scores; divide the reported time by
 * {@code size} for the cost per score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoreAccumulatorBenchmark {

  @Param({"1000000"})
  int size;

  int[] scores;
  byte[] scoreBytes;

  @Setup
  public void setUp() {
    // A fixed seed keeps runs comparable; the mix is roughly 40 % promoters, 35 % passives.
    SplittableRandom random = new SplittableRandom(42);
    scores = new int[size];
    scoreBytes = new byte[size];
    for (int i = 0; i < size; i++) {
      double u = random.nextDouble();
      int score = u < 0.40 ? 9 + random.nextInt(2) : u < 0.75 ? 7 + random.nextInt(2) : random.nextInt(7);
      scores[i] = score;
      scoreBytes[i] = (byte) score;
    }
  }

  /** One {@code add(int)} call per score: the per-record API. */
  @Benchmark
  public ScoreDistribution addEachInt() {
    ScoreAccumulator accumulator = new ScoreAccumulator(RatingScale.NPS);
    for (int score : scores) {
      accumulator.add(score);
    }
    return accumulator.snapshot();
  }

  /** One {@code addAll(int[])} call for the whole batch. */
  @Benchmark
  public ScoreDistribution addAllInts() {
    return new ScoreAccumulator(RatingScale.NPS).addAll(scores).snapshot();
  }

  /** One {@code addAll(byte[])} call for the whole batch: the compact form. */
  @Benchmark
  public ScoreDistribution addAllBytes() {
    return new ScoreAccumulator(RatingScale.NPS).addAll(scoreBytes).snapshot();
  }

  /** The thread-safe accumulator, recorded from one thread: the price of its LongAdders. */
  @Benchmark
  public ScoreDistribution concurrentAddEachInt() {
    ConcurrentScoreAccumulator accumulator = new ConcurrentScoreAccumulator(RatingScale.NPS);
    for (int score : scores) {
      accumulator.add(score);
    }
    return accumulator.snapshot();
  }

  /** The whole path a report takes: count a batch, then the NPS with its adjusted-Wald interval. */
  @Benchmark
  public void npsWithIntervalFromBytes(Blackhole blackhole) {
    Nps nps = Nps.of(new ScoreAccumulator(RatingScale.NPS).addAll(scoreBytes).snapshot());
    blackhole.consume(nps.value());
    blackhole.consume(nps.confidenceInterval(0.95));
  }
}
