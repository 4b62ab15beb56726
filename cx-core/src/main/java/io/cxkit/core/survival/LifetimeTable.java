package io.cxkit.core.survival;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.JsonShape;
import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialReader;
import io.cxkit.core.internal.SerialWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Customer lifetimes summarised per distinct duration: at each time, how many customers churned
 * (events) and how many were last seen still active (censored). It is the sufficient statistic of
 * the {@linkplain KaplanMeier Kaplan–Meier curve} and of the {@linkplain LogRankTest log-rank test},
 * much smaller than the records when durations are whole days or weeks. Immutable; two tables add
 * exactly with {@link #plus}, so partial tables from threads, processes and machines merge.
 *
 * <p>Rows are kept in increasing time with at least one customer each (rows of zero counts are
 * dropped, and −0.0 is read as 0.0), so equal data give equal tables.
 */
public final class LifetimeTable {
  private static final LifetimeTable EMPTY = new LifetimeTable(new double[0], new long[0], new long[0], 0, 0);

  private final double[] times;
  private final long[] events;
  private final long[] censored;
  private final long totalEvents;
  private final long size;

  private LifetimeTable(double[] times, long[] events, long[] censored, long totalEvents, long size) {
    this.times = times;
    this.events = events;
    this.censored = censored;
    this.totalEvents = totalEvents;
    this.size = size;
  }

  /**
   * Builds a table from its rows.
   *
   * @param times the distinct durations, finite, ≥ 0 and strictly increasing
   * @param events the customers who churned at each duration, ≥ 0
   * @param censored the customers still active when last seen at each duration, ≥ 0
   * @return the table
   * @throws InvalidValueException if the arrays differ in length, a time is negative, NaN,
   *     infinite or not above the one before, or a count is negative
   * @throws CountOverflowException if the number of customers exceeds {@link Long#MAX_VALUE}
   */
  public static LifetimeTable of(double[] times, long[] events, long[] censored) {
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(censored, "censored");
    if (events.length != times.length || censored.length != times.length) {
      throw new InvalidValueException("rows", times.length + " times, " + events.length + " events, "
          + censored.length + " censored", "times, events and censored must have one entry per row");
    }
    int rows = 0;
    long total = 0;
    long totalEvents = 0;
    for (int i = 0; i < times.length; i++) {
      requireDuration("times[" + i + "]", times[i]);
      if (i > 0 && !(times[i] > times[i - 1])) {
        throw new InvalidValueException("times[" + i + "]", times[i],
            "must be greater than times[" + (i - 1) + "] = " + times[i - 1]);
      }
      Checks.requireNonNegative("events[" + i + "]", events[i]);
      Checks.requireNonNegative("censored[" + i + "]", censored[i]);
      totalEvents = Checks.addCounts("events", totalEvents, events[i]);
      total = Checks.addCounts("customers", Checks.addCounts("customers", total, events[i]), censored[i]);
      if (events[i] + censored[i] > 0) {
        rows++;
      }
    }
    if (total == 0) {
      return EMPTY;
    }
    double[] t = new double[rows];
    long[] e = new long[rows];
    long[] c = new long[rows];
    int r = 0;
    for (int i = 0; i < times.length; i++) {
      if (events[i] + censored[i] > 0) {
        t[r] = times[i] == 0 ? 0.0 : times[i];
        e[r] = events[i];
        c[r] = censored[i];
        r++;
      }
    }
    return new LifetimeTable(t, e, c, totalEvents, total);
  }

  /**
   * Builds a table from (duration, churned) pairs; see {@link LifetimeAccumulator} to add them one
   * at a time.
   *
   * @param durations each customer's lifetime so far, finite and ≥ 0
   * @param churned whether each customer churned at that duration ({@code true}, an event) or was
   *     still active when last seen ({@code false}, censored)
   * @return the table
   * @throws InvalidValueException if the arrays differ in length or a duration is negative, NaN or
   *     infinite
   */
  public static LifetimeTable ofDurations(double[] durations, boolean[] churned) {
    return new LifetimeAccumulator().addAll(durations, churned).snapshot();
  }

  /** @return the table of no customers */
  public static LifetimeTable empty() {
    return EMPTY;
  }

  static double requireDuration(String field, double duration) {
    if (!(duration >= 0) || duration == Double.POSITIVE_INFINITY) {
      throw new InvalidValueException(field, duration, "a duration must be a finite number ≥ 0");
    }
    return duration;
  }

  /** @return the number of rows (distinct durations) */
  public int rows() {
    return times.length;
  }

  /**
   * @param row a row index, 0 ≤ row &lt; {@link #rows()}
   * @return its duration
   */
  public double time(int row) {
    return times[Objects.checkIndex(row, times.length)];
  }

  /**
   * @param row a row index
   * @return the customers who churned at that duration
   */
  public long events(int row) {
    return events[Objects.checkIndex(row, times.length)];
  }

  /**
   * @param row a row index
   * @return the customers still active when last seen at that duration
   */
  public long censored(int row) {
    return censored[Objects.checkIndex(row, times.length)];
  }

  /** @return the durations of the rows, in increasing order (a copy) */
  public double[] times() {
    return times.clone();
  }

  /** @return the number of customers, events plus censored */
  public long size() {
    return size;
  }

  /** @return the number of churn events */
  public long totalEvents() {
    return totalEvents;
  }

  /** @return whether the table has no customers */
  public boolean isEmpty() {
    return size == 0;
  }

  /** @return the largest duration in the table, or empty if it has none */
  public java.util.OptionalDouble largestTime() {
    return times.length == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(times[times.length - 1]);
  }

  // Package-private views for the estimators, without copying.
  double[] timesView() {
    return times;
  }

  long[] eventsView() {
    return events;
  }

  long[] censoredView() {
    return censored;
  }

  /**
   * Adds two tables: rows at the same duration add their counts. {@code a.plus(a)} doubles every count.
   *
   * @param other another table, in the same unit of time
   * @return the sum
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public LifetimeTable plus(LifetimeTable other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    int capacity = times.length + other.times.length;
    double[] t = new double[capacity];
    long[] e = new long[capacity];
    long[] c = new long[capacity];
    int i = 0;
    int j = 0;
    int r = 0;
    while (i < times.length || j < other.times.length) {
      if (j == other.times.length || (i < times.length && times[i] < other.times[j])) {
        t[r] = times[i];
        e[r] = events[i];
        c[r++] = censored[i++];
      } else if (i == times.length || other.times[j] < times[i]) {
        t[r] = other.times[j];
        e[r] = other.events[j];
        c[r++] = other.censored[j++];
      } else {
        t[r] = times[i];
        e[r] = Checks.addCounts("events at " + times[i], events[i], other.events[j]);
        c[r++] = Checks.addCounts("censored at " + times[i], censored[i++], other.censored[j++]);
      }
    }
    return of(Arrays.copyOf(t, r), Arrays.copyOf(e, r), Arrays.copyOf(c, r));
  }

  /**
   * The binary serial form: header, the number of rows, then per row its duration (8-byte
   * IEEE-754 double, big-endian), events and censored (varints).
   *
   * @return the serial form
   */
  public byte[] toBytes() {
    SerialWriter writer = new SerialWriter(SerialKind.LIFETIME_TABLE).writeCount(times.length);
    for (int i = 0; i < times.length; i++) {
      writer.writeDouble(times[i]).writeCount(events[i]).writeCount(censored[i]);
    }
    return writer.toByteArray();
  }

  /**
   * @param bytes a serial form written by {@link #toBytes()}
   * @return the table
   * @throws io.cxkit.core.SerialFormException if the bytes are truncated, of another version or
   *     kind, or describe an invalid table (times out of order, negative or not finite)
   */
  public static LifetimeTable fromBytes(byte[] bytes) {
    SerialReader reader = SerialReader.open(Objects.requireNonNull(bytes, "bytes"), SerialKind.LIFETIME_TABLE);
    int rows = reader.readSize("rows", 10);
    double[] t = new double[rows];
    long[] e = new long[rows];
    long[] c = new long[rows];
    for (int i = 0; i < rows; i++) {
      t[i] = reader.readDouble("times[" + i + "]");
      e[i] = reader.readCount("events[" + i + "]");
      c[i] = reader.readCount("censored[" + i + "]");
    }
    reader.finish();
    try {
      return of(t, e, c);
    } catch (InvalidValueException | CountOverflowException ex) {
      throw reader.invalid(ex);
    }
  }

  /**
   * @return {@code {"format":1,"kind":"lifetime-table","times":[6.0,7.0,…],"events":[3,1,…],
   *     "censored":[1,0,…]}}, as an unmodifiable map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = JsonShape.start(SerialKind.LIFETIME_TABLE);
    List<Object> t = new ArrayList<>(times.length);
    List<Object> e = new ArrayList<>(times.length);
    List<Object> c = new ArrayList<>(times.length);
    for (int i = 0; i < times.length; i++) {
      t.add(times[i]);
      e.add(events[i]);
      c.add(censored[i]);
    }
    shape.put("times", Collections.unmodifiableList(t));
    shape.put("events", Collections.unmodifiableList(e));
    shape.put("censored", Collections.unmodifiableList(c));
    return JsonShape.seal(shape);
  }

  /**
   * @param shape a JSON shape produced by {@link #toJsonShape()}
   * @return the table
   * @throws io.cxkit.core.SerialFormException naming the member that is missing, mistyped or invalid
   */
  public static LifetimeTable fromJsonShape(Map<String, ?> shape) {
    JsonShape reader = JsonShape.open(Objects.requireNonNull(shape, "shape"), SerialKind.LIFETIME_TABLE);
    double[] t = reader.numbers("times");
    long[] e = reader.counts("events");
    long[] c = reader.counts("censored");
    try {
      return of(t, e, c);
    } catch (InvalidValueException | CountOverflowException ex) {
      throw reader.invalid(ex);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LifetimeTable other && Arrays.equals(times, other.times)
        && Arrays.equals(events, other.events) && Arrays.equals(censored, other.censored);
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(times) * 31 + Arrays.hashCode(events)) * 31 + Arrays.hashCode(censored);
  }

  /** @return e.g. {@code LifetimeTable{customers=21, events=9, rows=[6.0: 3+1, 7.0: 1+0, …]}} (events + censored) */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("LifetimeTable{customers=").append(size)
        .append(", events=").append(totalEvents).append(", rows=[");
    for (int i = 0; i < times.length; i++) {
      s.append(i == 0 ? "" : ", ").append(times[i]).append(": ").append(events[i]).append('+').append(censored[i]);
    }
    return s.append("]}").toString();
  }
}
