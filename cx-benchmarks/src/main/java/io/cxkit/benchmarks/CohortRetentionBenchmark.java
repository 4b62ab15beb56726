package io.cxkit.benchmarks;

import io.cxkit.core.CohortRetention;
import io.cxkit.core.RetentionMode;
import io.cxkit.core.stats.Percentage;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Building, merging and averaging a two-year monthly cohort matrix: 24 cohorts by 24 offsets, the
 * usual triangle (cohort k has reached 24 − k offsets, 300 cells in all), in unbounded mode so that
 * every row is checked never to increase.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CohortRetentionBenchmark {
  private static final int MONTHS = 24;

  int[] offsets;
  String[] labels;
  long[] sizes;
  long[][] retained;
  CohortRetention north;
  CohortRetention south;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    offsets = new int[MONTHS];
    labels = new String[MONTHS];
    sizes = new long[MONTHS];
    retained = new long[MONTHS][];
    for (int k = 0; k < MONTHS; k++) {
      offsets[k] = k + 1;
      labels[k] = (2024 + k / 12) + "-" + String.format(Locale.ROOT, "%02d", k % 12 + 1);
      sizes[k] = 1000 + random.nextInt(9000);
      retained[k] = new long[MONTHS - k];
      long left = sizes[k];
      for (int i = 0; i < retained[k].length; i++) {
        left -= (long) (left * (0.05 + 0.10 * random.nextDouble()));
        retained[k][i] = left;
      }
    }
    north = build();
    south = build();
  }

  private CohortRetention build() {
    CohortRetention.Builder builder = CohortRetention.builder(RetentionMode.UNBOUNDED, offsets);
    for (int k = 0; k < MONTHS; k++) {
      builder.cohort(labels[k], sizes[k], retained[k]);
    }
    return builder.build();
  }

  /** Builder and checks for the 24 cohorts. */
  @Benchmark
  public CohortRetention buildMatrix() {
    return build();
  }

  /** Two segments' matrices added cell by cell. */
  @Benchmark
  public CohortRetention plus() {
    return north.plus(south);
  }

  /** The size-weighted average curve and the Wilson interval at each of the 24 offsets. */
  @Benchmark
  public void averageCurveWithIntervals(Blackhole blackhole) {
    List<Percentage> curve = north.averageCurve();
    for (Percentage rate : curve) {
      blackhole.consume(rate.confidenceInterval(0.95));
    }
  }
}
