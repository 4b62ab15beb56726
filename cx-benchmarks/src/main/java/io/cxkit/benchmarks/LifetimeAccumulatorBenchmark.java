package io.cxkit.benchmarks;

import io.cxkit.core.survival.KaplanMeier;
import io.cxkit.core.survival.LifetimeAccumulator;
import io.cxkit.core.survival.LifetimeTable;
import io.cxkit.core.survival.RestrictedMeanLifetime;
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
 * Throughput of counting customer lifetimes, the hot path under every survival figure, and of
 * computing the curve from the counts. Each counting invocation records {@code size} customers
 * whose durations are whole days within a two-year window (about 730 distinct durations); divide
 * the reported time by {@code size} for the cost per customer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LifetimeAccumulatorBenchmark {

  @Param({"1000000"})
  int size;

  double[] durations;
  boolean[] churned;
  LifetimeAccumulator filled;

  @Setup
  public void setUp() {
    // A fixed seed keeps runs comparable. Lifetimes are exponential with a mean of 300 days; each
    // customer is observed for a uniform 0..729 days, and censored if still active by then.
    SplittableRandom random = new SplittableRandom(42);
    durations = new double[size];
    churned = new boolean[size];
    for (int i = 0; i < size; i++) {
      double lifetime = -300 * Math.log(1 - random.nextDouble());
      int window = random.nextInt(730);
      churned[i] = lifetime < window;
      durations[i] = Math.floor(Math.min(lifetime, window));
    }
    filled = new LifetimeAccumulator().addAll(durations, churned);
  }

  /** One {@code add(double, boolean)} call per customer: the per-record API. */
  @Benchmark
  public LifetimeTable addEach() {
    LifetimeAccumulator accumulator = new LifetimeAccumulator();
    for (int i = 0; i < durations.length; i++) {
      accumulator.add(durations[i], churned[i]);
    }
    return accumulator.snapshot();
  }

  /** One {@code addAll(double[], boolean[])} call for the whole batch. */
  @Benchmark
  public LifetimeTable addAll() {
    return new LifetimeAccumulator().addAll(durations, churned).snapshot();
  }

  /**
   * From counts already recorded: the snapshot (about 730 rows), the Kaplan–Meier curve, its
   * median with the one-year survival and interval, and the restricted mean lifetime to one year.
   */
  @Benchmark
  public void snapshotKaplanMeierRestrictedMean(Blackhole blackhole) {
    KaplanMeier curve = KaplanMeier.of(filled.snapshot());
    blackhole.consume(curve.medianLifetime());
    blackhole.consume(curve.survivalAt(365));
    blackhole.consume(curve.confidenceIntervalAt(365, 0.95));
    RestrictedMeanLifetime mean = curve.restrictedMean(365);
    blackhole.consume(mean.value());
    blackhole.consume(mean.standardError());
  }
}
