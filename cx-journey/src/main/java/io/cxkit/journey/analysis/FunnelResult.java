package io.cxkit.journey.analysis;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.stats.Percentage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a funnel counted: the customers who entered it, the customers reaching each step (their
 * best attempt's furthest step, so the counts never increase along the steps), conversion and
 * drop-off per step, and the time from an attempt's start to each step, the last step's being the
 * time to convert. Immutable. {@link #plus} adds the results of partitions split by customer (a
 * customer in two partitions would be counted twice); the sum equals the result of the whole.
 */
public final class FunnelResult {
  private final FunnelDefinition definition;
  private final long entered;
  private final long[] customers;
  private final DurationHistogram[] times;

  FunnelResult(FunnelDefinition definition, long entered, long[] customers,
      DurationHistogram[] times) {
    this.definition = definition;
    this.entered = entered;
    this.customers = customers;
    this.times = times;
  }

  /**
   * @param definition a funnel
   * @return its result over no events: nobody entered
   */
  public static FunnelResult empty(FunnelDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    DurationHistogram[] none = new DurationHistogram[definition.stepCount()];
    Arrays.fill(none, DurationHistogram.empty());
    return new FunnelResult(definition, 0, new long[definition.stepCount()], none);
  }

  /** @return the funnel counted */
  public FunnelDefinition definition() {
    return definition;
  }

  /** @return the customers who started at least one attempt */
  public long entered() {
    return entered;
  }

  /** @return whether no customer entered the funnel: every count is 0 and every share empty */
  public boolean isEmpty() {
    return entered == 0;
  }

  /**
   * @param step a step's number, 0 for the first
   * @return the customers whose best attempt reached it
   * @throws IndexOutOfBoundsException if the funnel has no such step
   */
  public long customersAt(int step) {
    return customers[Objects.checkIndex(step, customers.length)];
  }

  /**
   * @param step a step's number, 0 for the first
   * @return the step's figures
   * @throws IndexOutOfBoundsException if the funnel has no such step
   */
  public FunnelStepResult step(int step) {
    Objects.checkIndex(step, customers.length);
    long previous = step == 0 ? entered : customers[step - 1];
    long here = customers[step];
    return new FunnelStepResult(step, definition.steps().get(step), here,
        Percentage.of(here, previous), Percentage.of(here, customers[0]), previous - here,
        Percentage.of(previous - here, previous), times[step]);
  }

  /** @return every step's figures, in order; unmodifiable */
  public List<FunnelStepResult> steps() {
    List<FunnelStepResult> out = new ArrayList<>(customers.length);
    for (int s = 0; s < customers.length; s++) {
      out.add(step(s));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * @return the overall conversion: the last step's customers of the first step's, on 0..100 with
   *     its Wilson interval; empty when nobody reached the first step
   */
  public Percentage conversion() {
    return Percentage.of(customers[customers.length - 1], customers[0]);
  }

  /** @return the time to convert: the last step's {@link FunnelStepResult#timeFromStart()} */
  public DurationHistogram timeToConvert() {
    return times[times.length - 1];
  }

  /**
   * @param other the result of the same funnel over other customers
   * @return the result over the customers of both
   * @throws IncompatibleMergeException if the funnels' definitions differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public FunnelResult plus(FunnelResult other) {
    Objects.requireNonNull(other, "other");
    if (!definition.equals(other.definition)) {
      throw new IncompatibleMergeException("FunnelResult", "definition", definition,
          other.definition);
    }
    long[] sum = new long[customers.length];
    DurationHistogram[] sumTimes = new DurationHistogram[times.length];
    for (int s = 0; s < sum.length; s++) {
      sum[s] = add("customers[" + s + "]", customers[s], other.customers[s]);
      sumTimes[s] = times[s].plus(other.times[s]);
    }
    return new FunnelResult(definition, add("entered", entered, other.entered), sum, sumTimes);
  }

  static long add(String field, long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      throw new CountOverflowException(field, a, b);
    }
    return sum;
  }

  /**
   * The result as a map for JSON: {@code definition} ({@link FunnelDefinition#toJsonShape()}),
   * {@code entered}, {@code empty} (a boolean), {@code conversion} ({@link Percentage#toJsonShape()})
   * and {@code steps} (each {@link FunnelStepResult#toJsonShape()}).
   *
   * @return the shape; unmodifiable
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("definition", definition.toJsonShape());
    shape.put("entered", entered);
    shape.put("empty", isEmpty());
    shape.put("conversion", conversion().toJsonShape());
    List<Map<String, Object>> stepShapes = new ArrayList<>(customers.length);
    for (FunnelStepResult step : steps()) {
      stepShapes.add(step.toJsonShape());
    }
    shape.put("steps", List.copyOf(stepShapes));
    return Collections.unmodifiableMap(shape);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FunnelResult other && entered == other.entered
        && Arrays.equals(customers, other.customers) && Arrays.equals(times, other.times)
        && definition.equals(other.definition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, entered, Arrays.hashCode(customers), Arrays.hashCode(times));
  }

  /** @return e.g. {@code FunnelResult{checkout: entered 10, cart 10 → checkout 6 → paid 3}} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("FunnelResult{").append(definition.name())
        .append(": entered ").append(entered);
    for (int s = 0; s < customers.length; s++) {
      out.append(s == 0 ? ", " : " → ").append(definition.steps().get(s).name()).append(' ')
          .append(customers[s]);
    }
    return out.append('}').toString();
  }
}
