package io.cxkit.journey.analysis;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.internal.ShapeReader;
import io.cxkit.journey.internal.Sums;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A bounded, mergeable histogram of durations (times to convert) with quantiles of a known error.
 * Durations are counted in whole microseconds in log-linear buckets, as HdrHistogram does (G. Tene,
 * "HdrHistogram: A High Dynamic Range Histogram", hdrhistogram.org) with 7 significant bits: each
 * value below 128 µs has a bucket of its own, and from 2<sup>e</sup> µs on (e ≥ 7) each power of
 * two is cut into 64 buckets of width 2<sup>e−6</sup> µs. A bucket's width is so at most 1/64 of
 * its lower bound, and the bucket's midpoint is within {@link #RELATIVE_ERROR} = 1/128 (0.78 %) of
 * any value in it. At most {@value #MAX_BUCKETS} buckets cover every duration up to
 * {@link Long#MAX_VALUE} µs (about 292,000 years); a histogram stores only up to its highest
 * non-empty bucket (about 2,400 for durations up to 30 days), whatever the number of values.
 *
 * <p>{@link #quantile(double)} is the nearest-rank quantile (definition 1 of R. J. Hyndman and Y.
 * Fan, "Sample Quantiles in Statistical Packages", The American Statistician 50 (1996) 361–365):
 * the ⌈q·n⌉-th smallest value (the first for q = 0). It reports the midpoint of the bucket holding
 * that value, clamped to the exact minimum and maximum, so that it differs from the exact
 * nearest-rank quantile of the recorded microseconds by at most {@code RELATIVE_ERROR} times that
 * value (exactly for values below 128 µs). Immutable; {@link #plus} adds two histograms bucket by
 * bucket, which is exact: the merge of histograms of two partitions equals the histogram of both.
 * Record values with an {@link Accumulator}.
 */
public final class DurationHistogram {
  /** The largest relative error of a reported quantile: 1/128 (half a bucket's width, 1/64). */
  public static final double RELATIVE_ERROR = 1.0 / 128;

  /** The number of buckets that cover every duration up to {@link Long#MAX_VALUE} µs. */
  public static final int MAX_BUCKETS = 128 + 56 * 64;

  private static final int EXACT = 128;
  private static final int PER_OCTAVE = 64;
  private static final DurationHistogram EMPTY = new DurationHistogram(new long[0], 0, 0, 0);

  /** Counts by bucket, up to the highest non-empty one. */
  private final long[] counts;
  private final long count;
  private final long min;
  private final long max;

  private DurationHistogram(long[] counts, long count, long min, long max) {
    this.counts = counts;
    this.count = count;
    this.min = min;
    this.max = max;
  }

  /** @return the histogram of no durations */
  public static DurationHistogram empty() {
    return EMPTY;
  }

  /** @return a new, empty accumulator to record durations in */
  public static Accumulator accumulator() {
    return new Accumulator();
  }

  /**
   * @param micros a duration in microseconds, ≥ 0
   * @return the number of its bucket
   */
  static int bucketOf(long micros) {
    if (micros < EXACT) {
      return (int) micros;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(micros);
    int shift = exponent - 6;
    int mantissa = (int) (micros >>> shift);
    return EXACT + (shift - 1) * PER_OCTAVE + (mantissa - PER_OCTAVE);
  }

  /** @return the smallest microsecond count in the bucket */
  static long lowerBound(int bucket) {
    if (bucket < EXACT) {
      return bucket;
    }
    int j = bucket - EXACT;
    int shift = j / PER_OCTAVE + 1;
    long mantissa = j % PER_OCTAVE + PER_OCTAVE;
    return mantissa << shift;
  }

  /** @return the largest microsecond count in the bucket */
  static long upperBound(int bucket) {
    if (bucket < EXACT) {
      return bucket;
    }
    int shift = (bucket - EXACT) / PER_OCTAVE + 1;
    return lowerBound(bucket) + ((1L << shift) - 1);
  }

  /** @return the value reported for the bucket: its midpoint (exact for buckets of one value) */
  private static long midpoint(int bucket) {
    if (bucket < EXACT) {
      return bucket;
    }
    int shift = (bucket - EXACT) / PER_OCTAVE + 1;
    return lowerBound(bucket) + (1L << (shift - 1));
  }

  /** @return the number of durations recorded */
  public long count() {
    return count;
  }

  /** @return whether no duration was recorded */
  public boolean isEmpty() {
    return count == 0;
  }

  /** @return the shortest duration recorded (exact, to the microsecond), or empty if none */
  public Optional<Duration> min() {
    return count == 0 ? Optional.empty() : Optional.of(ofMicros(min));
  }

  /** @return the longest duration recorded (exact, to the microsecond), or empty if none */
  public Optional<Duration> max() {
    return count == 0 ? Optional.empty() : Optional.of(ofMicros(max));
  }

  /**
   * The nearest-rank quantile: the ⌈q·n⌉-th smallest duration (the smallest for q = 0), within
   * {@link #RELATIVE_ERROR} of the exact value, as the class describes.
   *
   * @param q the quantile's order, in [0, 1]: 0.5 for the median
   * @return the quantile, to the microsecond; empty if no duration was recorded
   * @throws InvalidValueException if {@code q} is not in [0, 1]
   */
  public Optional<Duration> quantile(double q) {
    OptionalMicros micros = quantileMicros(q);
    return micros.present ? Optional.of(ofMicros(micros.value)) : Optional.empty();
  }

  private OptionalMicros quantileMicros(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new InvalidValueException("q", q, "a quantile's order must be in [0, 1]");
    }
    if (count == 0) {
      return OptionalMicros.NONE;
    }
    long rank = Math.max(1, (long) Math.ceil(q * count));
    long seen = 0;
    for (int bucket = 0; bucket < counts.length; bucket++) {
      seen += counts[bucket];
      if (seen >= rank) {
        return new OptionalMicros(Math.min(max, Math.max(min, midpoint(bucket))));
      }
    }
    return new OptionalMicros(max);
  }

  /** @return the median, {@code quantile(0.5)}; empty if no duration was recorded */
  public Optional<Duration> median() {
    return quantile(0.5);
  }

  /** @return the lower quartile, {@code quantile(0.25)}; empty if no duration was recorded */
  public Optional<Duration> lowerQuartile() {
    return quantile(0.25);
  }

  /** @return the upper quartile, {@code quantile(0.75)}; empty if no duration was recorded */
  public Optional<Duration> upperQuartile() {
    return quantile(0.75);
  }

  /**
   * @param other another histogram
   * @return the histogram of the durations of both
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public DurationHistogram plus(DurationHistogram other) {
    Objects.requireNonNull(other, "other");
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    long[] sum = Arrays.copyOf(counts, Math.max(counts.length, other.counts.length));
    for (int i = 0; i < other.counts.length; i++) {
      sum[i] = Sums.add("counts[" + i + "]", sum[i], other.counts[i]);
    }
    return new DurationHistogram(sum, Sums.add("count", count, other.count), Math.min(min, other.min),
        Math.max(max, other.max));
  }

  /**
   * The histogram as a map for JSON: {@code count}; when it is above 0 also {@code minMicros},
   * {@code maxMicros}, {@code lowerQuartileMicros}, {@code medianMicros}, {@code
   * upperQuartileMicros} (whole microseconds), {@code relativeError} (of the quartiles) and {@code
   * buckets}, a list of the non-empty buckets in order, each {@code {"fromMicros", "toMicros",
   * "count"}} with both bounds inclusive. The buckets are what {@link #fromJsonShape} reads back;
   * the quartiles and {@code relativeError} repeat what they give and must agree with them. The
   * shape has no format version of its own: it is versioned by the result it is part of.
   *
   * @return the shape; unmodifiable
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("count", count);
    if (count > 0) {
      shape.put("minMicros", min);
      shape.put("maxMicros", max);
      shape.put("lowerQuartileMicros", quantileMicros(0.25).value);
      shape.put("medianMicros", quantileMicros(0.5).value);
      shape.put("upperQuartileMicros", quantileMicros(0.75).value);
      shape.put("relativeError", RELATIVE_ERROR);
      List<Map<String, Object>> buckets = new ArrayList<>();
      for (int bucket = 0; bucket < counts.length; bucket++) {
        if (counts[bucket] != 0) {
          Map<String, Object> b = new LinkedHashMap<>();
          b.put("fromMicros", lowerBound(bucket));
          b.put("toMicros", upperBound(bucket));
          b.put("count", counts[bucket]);
          buckets.add(Collections.unmodifiableMap(b));
        }
      }
      shape.put("buckets", Collections.unmodifiableList(buckets));
    }
    return Collections.unmodifiableMap(shape);
  }

  /**
   * Reads a shape written by {@link #toJsonShape()}, strictly: every member it lists present and of
   * its type, no other member, buckets on this class's bucket bounds in increasing order with
   * counts above 0 that add up to {@code count}, the minimum in the first bucket and the maximum in
   * the last, and the quartiles and relative error those buckets give.
   *
   * @param shape the map, as Jackson reads the JSON
   * @return the histogram, equal to the one that wrote the shape
   * @throws io.cxkit.core.SerialFormException naming the member that is missing, unknown, mistyped
   *     or inconsistent
   */
  public static DurationHistogram fromJsonShape(Map<String, ?> shape) {
    return read(ShapeReader.nested(Objects.requireNonNull(shape, "shape"),
        "duration-histogram"));
  }

  private static final java.util.Set<String> EMPTY_MEMBERS = java.util.Set.of("count");
  private static final java.util.Set<String> MEMBERS = java.util.Set.of("count", "minMicros",
      "maxMicros", "lowerQuartileMicros", "medianMicros", "upperQuartileMicros", "relativeError",
      "buckets");
  private static final java.util.Set<String> BUCKET_MEMBERS = java.util.Set.of("fromMicros",
      "toMicros", "count");

  static DurationHistogram read(ShapeReader in) {
    long count = in.count("count");
    if (count == 0) {
      in.only(EMPTY_MEMBERS);
      return EMPTY;
    }
    in.only(MEMBERS);
    long min = in.count("minMicros");
    long max = in.count("maxMicros");
    if (max < min) {
      throw in.wrong(in.pathOf("maxMicros"), max, "must be ≥ minMicros (" + min + ")");
    }
    double error = in.number("relativeError");
    if (error != RELATIVE_ERROR) {
      throw in.wrong(in.pathOf("relativeError"), error, "must be " + RELATIVE_ERROR
          + ", this histogram's bucket error");
    }
    List<ShapeReader> buckets = in.objects("buckets");
    if (buckets.isEmpty()) {
      throw in.wrong(in.pathOf("buckets"), List.of(), "must hold the " + count + " durations counted");
    }
    ShapeReader last = buckets.get(buckets.size() - 1);
    int highest = bucketOf(last.only(BUCKET_MEMBERS).count("fromMicros"));
    long[] counts = new long[highest + 1];
    long sum = 0;
    int previous = -1;
    for (ShapeReader b : buckets) {
      b.only(BUCKET_MEMBERS);
      long from = b.count("fromMicros");
      int bucket = bucketOf(from);
      if (lowerBound(bucket) != from) {
        throw b.wrong(b.pathOf("fromMicros"), from, "must be a bucket's lower bound (the bucket "
            + "holding it starts at " + lowerBound(bucket) + ")");
      }
      long to = b.count("toMicros");
      if (to != upperBound(bucket)) {
        throw b.wrong(b.pathOf("toMicros"), to, "must be " + upperBound(bucket)
            + ", the upper bound of the bucket from " + from);
      }
      if (bucket <= previous) {
        throw b.wrong(b.pathOf("fromMicros"), from, "must be above the previous bucket's bounds:"
            + " buckets are listed once each, in increasing order");
      }
      long n = b.count("count");
      if (n == 0) {
        throw b.wrong(b.pathOf("count"), n, "must be above 0: only non-empty buckets are listed");
      }
      if (sum > Long.MAX_VALUE - n) {
        throw b.wrong(b.pathOf("count"), n, "makes the buckets' total exceed " + Long.MAX_VALUE);
      }
      sum += n;
      counts[bucket] = n;
      previous = bucket;
    }
    if (sum != count) {
      throw in.wrong(in.pathOf("count"), count, "must be the buckets' total, " + sum);
    }
    int first = bucketOf(buckets.get(0).count("fromMicros"));
    if (bucketOf(min) != first) {
      throw in.wrong(in.pathOf("minMicros"), min, "must be in the first bucket, "
          + lowerBound(first) + " to " + upperBound(first));
    }
    if (bucketOf(max) != highest) {
      throw in.wrong(in.pathOf("maxMicros"), max, "must be in the last bucket, "
          + lowerBound(highest) + " to " + upperBound(highest));
    }
    DurationHistogram histogram = new DurationHistogram(counts, count, min, max);
    in.expectCount("lowerQuartileMicros", histogram.quantileMicros(0.25).value,
        "the buckets' lower quartile");
    in.expectCount("medianMicros", histogram.quantileMicros(0.5).value, "the buckets' median");
    in.expectCount("upperQuartileMicros", histogram.quantileMicros(0.75).value,
        "the buckets' upper quartile");
    return histogram;
  }

  static Duration ofMicros(long micros) {
    return Duration.ofSeconds(Math.floorDiv(micros, 1_000_000L),
        Math.floorMod(micros, 1_000_000L) * 1000L);
  }

  /**
   * @param duration a duration, ≥ 0
   * @param field the field named in the message
   * @return it in whole microseconds (rounded down)
   * @throws InvalidValueException if it is negative or longer than {@link Long#MAX_VALUE} µs
   */
  static long toMicros(Duration duration, String field) {
    if (duration.isNegative()) {
      throw new InvalidValueException(field, duration, "must not be negative");
    }
    try {
      return Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L),
          duration.getNano() / 1000);
    } catch (ArithmeticException e) {
      throw new InvalidValueException(field, duration,
          "must be at most " + Long.MAX_VALUE + " µs (about 292,000 years)");
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DurationHistogram other && count == other.count && min == other.min
        && max == other.max && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(count) * 31 + Arrays.hashCode(counts);
  }

  /** @return e.g. {@code DurationHistogram{n=12, q1=PT1M, median=PT4M, q3=PT10M}} or {@code DurationHistogram{empty}} */
  @Override
  public String toString() {
    if (count == 0) {
      return "DurationHistogram{empty}";
    }
    return "DurationHistogram{n=" + count + ", q1=" + lowerQuartile().orElseThrow() + ", median="
        + median().orElseThrow() + ", q3=" + upperQuartile().orElseThrow() + "}";
  }

  /** A quantile in microseconds or none, without boxing. */
  private static final class OptionalMicros {
    static final OptionalMicros NONE = new OptionalMicros();
    final boolean present;
    final long value;

    private OptionalMicros() {
      this.present = false;
      this.value = 0;
    }

    OptionalMicros(long value) {
      this.present = true;
      this.value = value;
    }
  }

  /**
   * Records durations into buckets, for a {@link #snapshot()} as a {@link DurationHistogram}. Its
   * memory is one long per bucket up to the highest used (at most {@value #MAX_BUCKETS}), whatever
   * the number of values; recording allocates only when a longer duration than any before needs
   * more buckets. Not thread-safe.
   */
  public static final class Accumulator {
    private long[] counts = new long[0];
    private long count;
    private long min = Long.MAX_VALUE;
    private long max;

    private Accumulator() {}

    /**
     * @param duration a duration, ≥ 0; counted to the microsecond (rounded down)
     * @return this accumulator
     * @throws InvalidValueException if it is negative or longer than {@link Long#MAX_VALUE} µs;
     *     the accumulator is then unchanged
     */
    public Accumulator record(Duration duration) {
      return recordMicros(toMicros(Objects.requireNonNull(duration, "duration"), "duration"));
    }

    /**
     * @param micros a duration in microseconds, ≥ 0
     * @return this accumulator
     * @throws InvalidValueException if it is negative; the accumulator is then unchanged
     * @throws CountOverflowException if {@link Long#MAX_VALUE} durations were recorded already
     */
    public Accumulator recordMicros(long micros) {
      if (micros < 0) {
        throw new InvalidValueException("micros", micros, "a duration must not be negative");
      }
      if (count == Long.MAX_VALUE) {
        throw new CountOverflowException("count", count, 1);
      }
      int bucket = bucketOf(micros);
      if (bucket >= counts.length) {
        counts = Arrays.copyOf(counts, Math.min(MAX_BUCKETS,
            Math.max(bucket + 1, counts.length + (counts.length >> 1) + 16)));
      }
      counts[bucket]++;
      count++;
      min = Math.min(min, micros);
      max = Math.max(max, micros);
      return this;
    }

    /** @return the number of durations recorded */
    public long count() {
      return count;
    }

    /** @return the histogram of the durations recorded so far; the accumulator can go on */
    public DurationHistogram snapshot() {
      if (count == 0) {
        return EMPTY;
      }
      int used = counts.length;
      while (counts[used - 1] == 0) {
        used--;
      }
      return new DurationHistogram(Arrays.copyOf(counts, used), count, min, max);
    }

    @Override
    public String toString() {
      return "DurationHistogram.Accumulator{n=" + count + "}";
    }
  }
}
