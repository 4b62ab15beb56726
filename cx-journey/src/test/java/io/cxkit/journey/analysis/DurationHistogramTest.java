package io.cxkit.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Buckets, quantiles against exact nearest-rank values within the stated error, and merging. */
class DurationHistogramTest {

  private static DurationHistogram of(long... micros) {
    DurationHistogram.Accumulator accumulator = DurationHistogram.accumulator();
    for (long m : micros) {
      accumulator.recordMicros(m);
    }
    return accumulator.snapshot();
  }

  private static long micros(Duration d) {
    return d.getSeconds() * 1_000_000L + d.getNano() / 1000;
  }

  /** The exact nearest-rank quantile: the ⌈q·n⌉-th smallest (the smallest for q = 0). */
  private static long exact(long[] sorted, double q) {
    long rank = Math.max(1, (long) Math.ceil(q * sorted.length));
    return sorted[(int) rank - 1];
  }

  @Test
  void bucketsTileEveryDurationWithoutGapsOrOverlap() {
    assertThat(DurationHistogram.lowerBound(0)).isZero();
    for (int b = 0; b < DurationHistogram.MAX_BUCKETS; b++) {
      long lo = DurationHistogram.lowerBound(b);
      long hi = DurationHistogram.upperBound(b);
      assertThat(DurationHistogram.bucketOf(lo)).isEqualTo(b);
      assertThat(DurationHistogram.bucketOf(hi)).isEqualTo(b);
      if (b + 1 < DurationHistogram.MAX_BUCKETS) {
        assertThat(DurationHistogram.lowerBound(b + 1)).isEqualTo(hi + 1);
      }
      // Width at most 1/64 of the lower bound (a bucket of one value below 128 µs).
      assertThat((double) (hi - lo + 1)).isLessThanOrEqualTo(Math.max(1, lo / 64.0));
    }
    assertThat(DurationHistogram.upperBound(DurationHistogram.MAX_BUCKETS - 1))
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void valuesBelow128MicrosecondsAreExact() {
    // 1, 2, … 100 µs: median = 50th = 50, quartiles 25th = 25 and 75th = 75.
    long[] values = new long[100];
    for (int i = 0; i < 100; i++) {
      values[i] = i + 1;
    }
    DurationHistogram histogram = of(values);

    assertThat(histogram.median()).contains(Duration.ofNanos(50_000));
    assertThat(histogram.lowerQuartile()).contains(Duration.ofNanos(25_000));
    assertThat(histogram.upperQuartile()).contains(Duration.ofNanos(75_000));
    assertThat(histogram.quantile(0)).contains(Duration.ofNanos(1_000));
    assertThat(histogram.quantile(1)).contains(Duration.ofNanos(100_000));
  }

  @Test
  void aLargeValueIsReportedAtItsBucketsMidpoint() {
    // 1000 µs: 2⁹ ≤ 1000 < 2¹⁰, so width 2^(9−6) = 8 µs; 1000 >> 3 = 125, bucket [1000, 1007],
    // midpoint 1004. With 1000 and 1007 recorded the median (1st of 2) is 1004, inside [min, max],
    // 0.4 % from the exact 1000 (≤ 1/128 = 0.78 %).
    DurationHistogram histogram = of(1000, 1007);

    assertThat(micros(histogram.median().orElseThrow())).isEqualTo(1004);
    assertThat(histogram.min()).contains(Duration.ofNanos(1_000_000));
    assertThat(histogram.max()).contains(Duration.ofNanos(1_007_000));
    // Alone, 1000 µs is clamped to the exact min = max.
    assertThat(micros(of(1000).median().orElseThrow())).isEqualTo(1000);
  }

  @Test
  void minutesAndHoursWithinTheStatedError() {
    // Times to convert of 3, 5, 10 and 45 minutes and 2 hours: median = 3rd of 5 = 10 min,
    // lower quartile ⌈1.25⌉ = 2nd = 5 min, upper ⌈3.75⌉ = 4th = 45 min.
    DurationHistogram.Accumulator accumulator = DurationHistogram.accumulator();
    for (Duration d : List.of(Duration.ofMinutes(3), Duration.ofMinutes(5), Duration.ofMinutes(10),
        Duration.ofMinutes(45), Duration.ofHours(2))) {
      accumulator.record(d);
    }
    DurationHistogram histogram = accumulator.snapshot();

    assertThat(relativeError(histogram.median().orElseThrow(), Duration.ofMinutes(10)))
        .isLessThanOrEqualTo(DurationHistogram.RELATIVE_ERROR);
    assertThat(relativeError(histogram.lowerQuartile().orElseThrow(), Duration.ofMinutes(5)))
        .isLessThanOrEqualTo(DurationHistogram.RELATIVE_ERROR);
    assertThat(relativeError(histogram.upperQuartile().orElseThrow(), Duration.ofMinutes(45)))
        .isLessThanOrEqualTo(DurationHistogram.RELATIVE_ERROR);
    assertThat(histogram.count()).isEqualTo(5);
  }

  private static double relativeError(Duration reported, Duration exact) {
    return Math.abs(micros(reported) - micros(exact)) / (double) micros(exact);
  }

  @Property(tries = 300)
  void quantilesAreWithinTheRelativeErrorOfTheExactOnes(
      @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 40L * 86_400_000_000L) Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    DurationHistogram histogram = of(sorted);

    for (double q : new double[] {0, 0.1, 0.25, 0.5, 0.75, 0.9, 1}) {
      long exact = exact(sorted, q);
      long reported = micros(histogram.quantile(q).orElseThrow());
      assertThat((double) Math.abs(reported - exact))
          .isLessThanOrEqualTo(exact * DurationHistogram.RELATIVE_ERROR);
    }
    assertThat(micros(histogram.min().orElseThrow())).isEqualTo(sorted[0]);
    assertThat(micros(histogram.max().orElseThrow())).isEqualTo(sorted[sorted.length - 1]);
  }

  @Property(tries = 200)
  void theMergeOfTwoPartsIsTheWhole(@ForAll List<@LongRange(min = 0, max = 1L << 50) Long> left,
      @ForAll List<@LongRange(min = 0, max = 1L << 50) Long> right) {
    long[] l = left.stream().mapToLong(Long::longValue).toArray();
    long[] r = right.stream().mapToLong(Long::longValue).toArray();
    long[] both = Arrays.copyOf(l, l.length + r.length);
    System.arraycopy(r, 0, both, l.length, r.length);

    assertThat(of(l).plus(of(r))).isEqualTo(of(both)).isEqualTo(of(r).plus(of(l)));
  }

  @Test
  void emptyHistogramsSaySoAndBadInputIsTyped() {
    DurationHistogram empty = DurationHistogram.accumulator().snapshot();

    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.median()).isEmpty();
    assertThat(empty.min()).isEmpty();
    assertThat(empty).isEqualTo(DurationHistogram.empty());
    assertThat(empty.toJsonShape()).isEqualTo(Map.of("count", 0L));
    assertThatThrownBy(() -> empty.quantile(1.5)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("q").hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> DurationHistogram.accumulator().record(Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> DurationHistogram.accumulator().recordMicros(-1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> DurationHistogram.accumulator()
        .record(Duration.ofSeconds(Long.MAX_VALUE))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("292,000 years");
  }

  @Test
  void theJsonShapeListsTheNonEmptyBuckets() {
    // 5 µs twice and 1000 µs: buckets [5, 5] ×2 and [1000, 1007] ×1; median 2nd of 3 = 5.
    Map<String, Object> shape = of(5, 5, 1000).toJsonShape();

    assertThat(shape).containsEntry("count", 3L).containsEntry("minMicros", 5L)
        .containsEntry("maxMicros", 1000L).containsEntry("medianMicros", 5L)
        .containsEntry("upperQuartileMicros", 1000L)
        .containsEntry("relativeError", DurationHistogram.RELATIVE_ERROR);
    assertThat(shape.get("buckets")).isEqualTo(List.of(
        Map.of("fromMicros", 5L, "toMicros", 5L, "count", 2L),
        Map.of("fromMicros", 1000L, "toMicros", 1007L, "count", 1L)));
  }
}
