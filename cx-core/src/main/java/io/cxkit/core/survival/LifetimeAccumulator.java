package io.cxkit.core.survival;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.internal.Checks;
import java.util.Arrays;
import java.util.Objects;

/**
 * Counts customer lifetimes as they arrive: each record is a duration and whether the customer
 * churned then ({@code true}, an event) or was still active when last seen ({@code false},
 * censored). Memory grows with the number of <em>distinct</em> durations, not of records: counts
 * are kept per duration in an open-addressing table of primitive arrays, so recording allocates
 * nothing per record (only when the table doubles). {@link #snapshot()} hands out the immutable
 * {@link LifetimeTable}.
 *
 * <p>Not thread-safe: use one per thread and add their snapshots with {@link LifetimeTable#plus}.
 */
public final class LifetimeAccumulator {
  // NaN never is a key (durations are checked), so its canonical bits mark a free slot.
  private static final long FREE = Double.doubleToLongBits(Double.NaN);

  private long[] keys;
  private long[] events;
  private long[] censored;
  private int used;
  private long total;

  /** Creates an empty accumulator. */
  public LifetimeAccumulator() {
    allocate(16);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    Arrays.fill(keys, FREE);
    events = new long[capacity];
    censored = new long[capacity];
    used = 0;
  }

  private static int hash(long bits) {
    long h = bits * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private int slot(long bits) {
    int mask = keys.length - 1;
    int i = hash(bits) & mask;
    while (keys[i] != FREE && keys[i] != bits) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private int slotFor(double duration) {
    long bits = Double.doubleToLongBits(duration == 0 ? 0.0 : duration);
    int i = slot(bits);
    if (keys[i] == FREE) {
      if (2 * (used + 1) > keys.length) {
        grow();
        i = slot(bits);
      }
      keys[i] = bits;
      used++;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldEvents = events;
    long[] oldCensored = censored;
    allocate(oldKeys.length * 2);
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != FREE) {
        int i = slot(oldKeys[j]);
        keys[i] = oldKeys[j];
        events[i] = oldEvents[j];
        censored[i] = oldCensored[j];
        used++;
      }
    }
  }

  /**
   * Records one customer.
   *
   * @param duration the customer's lifetime so far, in any unit (days, weeks), finite and ≥ 0
   * @param churned {@code true} if the customer churned at {@code duration}, {@code false} if still
   *     active when last seen then
   * @return this accumulator
   * @throws InvalidValueException if the duration is negative, NaN or infinite; nothing is recorded
   * @throws CountOverflowException if the number of customers would exceed {@link Long#MAX_VALUE}
   */
  public LifetimeAccumulator add(double duration, boolean churned) {
    LifetimeTable.requireDuration("duration", duration);
    total = Checks.addCounts("customers", total, 1);
    int i = slotFor(duration);
    if (churned) {
      events[i]++;
    } else {
      censored[i]++;
    }
    return this;
  }

  /**
   * Records a batch, all or nothing: every duration is checked before any is recorded.
   *
   * @param durations the customers' lifetimes, finite and ≥ 0
   * @param churned for each customer, whether it churned (see {@link #add})
   * @return this accumulator
   * @throws InvalidValueException naming the first bad duration, e.g. {@code durations[3] = -1.0},
   *     or if the arrays differ in length
   * @throws CountOverflowException if the number of customers would exceed {@link Long#MAX_VALUE}
   */
  public LifetimeAccumulator addAll(double[] durations, boolean[] churned) {
    Objects.requireNonNull(durations, "durations");
    Objects.requireNonNull(churned, "churned");
    if (durations.length != churned.length) {
      throw new InvalidValueException("churned", churned.length + " flags",
          "must have one flag per duration, " + durations.length);
    }
    for (int k = 0; k < durations.length; k++) {
      LifetimeTable.requireDuration("durations[" + k + "]", durations[k]);
    }
    total = Checks.addCounts("customers", total, durations.length);
    for (int k = 0; k < durations.length; k++) {
      int i = slotFor(durations[k]);
      if (churned[k]) {
        events[i]++;
      } else {
        censored[i]++;
      }
    }
    return this;
  }

  /**
   * Adds a table's counts, all or nothing.
   *
   * @param table a table in the same unit of time
   * @return this accumulator
   * @throws CountOverflowException if the number of customers would exceed {@link Long#MAX_VALUE}
   */
  public LifetimeAccumulator merge(LifetimeTable table) {
    Objects.requireNonNull(table, "table");
    total = Checks.addCounts("customers", total, table.size());
    double[] t = table.timesView();
    long[] e = table.eventsView();
    long[] c = table.censoredView();
    for (int k = 0; k < t.length; k++) {
      int i = slotFor(t[k]);
      events[i] += e[k];
      censored[i] += c[k];
    }
    return this;
  }

  /**
   * Adds another accumulator's counts (one per thread, merged at the end).
   *
   * @param other another accumulator
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator: merge its snapshot instead
   */
  public LifetimeAccumulator merge(LifetimeAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException(
          "an accumulator cannot merge itself; to double it, merge(snapshot()) instead");
    }
    return merge(other.snapshot());
  }

  /** @return the number of customers recorded */
  public long total() {
    return total;
  }

  /** @return the immutable table of what was recorded so far */
  public LifetimeTable snapshot() {
    double[] times = new double[used];
    int r = 0;
    for (long key : keys) {
      if (key != FREE) {
        times[r++] = Double.longBitsToDouble(key);
      }
    }
    Arrays.sort(times);
    long[] e = new long[used];
    long[] c = new long[used];
    for (int k = 0; k < used; k++) {
      int i = slot(Double.doubleToLongBits(times[k]));
      e[k] = events[i];
      c[k] = censored[i];
    }
    return LifetimeTable.of(times, e, c);
  }

  /** Forgets everything recorded. */
  public void reset() {
    allocate(16);
    total = 0;
  }

  @Override
  public String toString() {
    return "LifetimeAccumulator{customers=" + total + ", distinctDurations=" + used + "}";
  }
}
