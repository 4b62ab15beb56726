package io.cxkit.journey.analysis;

import io.cxkit.core.stats.Percentage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a {@link FunnelResult}: how many customers reached it, what share of the previous
 * step's and of the first step's customers that is (percentages on 0..100 with {@linkplain
 * Percentage#wilsonInterval Wilson intervals}), how many of the previous step's customers stopped
 * before it, and how long they took to get there. For the first step "the previous step" is the
 * funnel's entrance: the customers who {@linkplain FunnelResult#entered() entered} (the same as the
 * first step's customers except in any order, where an attempt may start at another step).
 *
 * @param index the step's number, 0 for the first
 * @param step the step
 * @param customers the customers whose best attempt reached the step
 * @param fromPrevious {@code customers} of the previous step's customers (of those who entered, for
 *     the first step); empty when that is 0
 * @param fromFirst {@code customers} of the first step's customers; empty when that is 0
 * @param dropOff the previous step's customers (those who entered, for the first step) who did not
 *     reach this one
 * @param dropOffShare {@code dropOff} of the previous step's customers: 100 − {@code fromPrevious}
 * @param timeFromStart for each customer reaching the step, the time from the start of the attempt
 *     that first reached it to the event that did: the time to convert, for the last step; always
 *     0 for the first step except in any order
 */
public record FunnelStepResult(int index, FunnelStep step, long customers, Percentage fromPrevious,
    Percentage fromFirst, long dropOff, Percentage dropOffShare, DurationHistogram timeFromStart) {

  /** Checks the components for null. */
  public FunnelStepResult {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(fromPrevious, "fromPrevious");
    Objects.requireNonNull(fromFirst, "fromFirst");
    Objects.requireNonNull(dropOffShare, "dropOffShare");
    Objects.requireNonNull(timeFromStart, "timeFromStart");
  }

  /**
   * The step as a map for JSON: {@code index}, {@code name}, {@code customers}, {@code
   * fromPrevious} and {@code fromFirst} and {@code dropOffShare} (each {@link
   * Percentage#toJsonShape()}), {@code dropOff} and {@code timeFromStart} ({@link
   * DurationHistogram#toJsonShape()}).
   *
   * @return the shape; unmodifiable
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("index", index);
    shape.put("name", step.name());
    shape.put("customers", customers);
    shape.put("fromPrevious", fromPrevious.toJsonShape());
    shape.put("fromFirst", fromFirst.toJsonShape());
    shape.put("dropOff", dropOff);
    shape.put("dropOffShare", dropOffShare.toJsonShape());
    shape.put("timeFromStart", timeFromStart.toJsonShape());
    return Collections.unmodifiableMap(shape);
  }
}
