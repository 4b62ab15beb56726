package io.cxkit.journey.analysis;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.internal.ShapeReader;
import io.cxkit.journey.internal.Sums;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
      sum[s] = Sums.add("customers[" + s + "]", customers[s], other.customers[s]);
      sumTimes[s] = times[s].plus(other.times[s]);
    }
    return new FunnelResult(definition, Sums.add("entered", entered, other.entered), sum, sumTimes);
  }

  /**
   * The result as a map for JSON: {@code format} (the shape's version, 1),
   * {@code kind} ({@code "funnel-result"}), {@code definition}
   * ({@link FunnelDefinition#toJsonShape()}), {@code entered}, {@code empty} (a boolean), {@code
   * conversion} ({@link Percentage#toJsonShape()}) and {@code steps} (each {@link
   * FunnelStepResult#toJsonShape()}). The counts {@code entered} and each step's {@code customers}
   * and {@code timeFromStart} buckets are the result; the rest repeats what they give, for readers
   * of the JSON, and {@link #fromJsonShape} checks that it agrees.
   *
   * @return the shape; unmodifiable
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("format", ShapeReader.FORMAT);
    shape.put("kind", KIND);
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

  static final String KIND = "funnel-result";
  private static final Set<String> MEMBERS = Set.of("format", "kind", "definition", "entered",
      "empty", "conversion", "steps");
  static final Set<String> GROUP_MEMBERS = Set.of("entered", "empty", "conversion", "steps");
  private static final Set<String> STEP_MEMBERS = Set.of("index", "name", "customers",
      "fromPrevious", "fromFirst", "dropOff", "dropOffShare", "timeFromStart");
  private static final Set<String> DEFINITION_MEMBERS = Set.of("name", "map", "mode",
      "windowSeconds", "steps");
  private static final Set<String> DEFINITION_STEP_MEMBERS = Set.of("name", "scope", "target",
      "kinds");

  /**
   * Reads a shape written by {@link #toJsonShape()} for {@code definition}, strictly: the format
   * version and kind, every member present and of its type, no other member, the shape's {@code
   * definition} the same funnel, counts that never increase from {@code entered} along the steps,
   * each step's time histogram holding its customers, and every derived member (shares, drop-offs,
   * {@code empty}, {@code conversion}) what the counts give. Results read from the shapes of
   * partitions {@linkplain #plus add up} to the result of the whole.
   *
   * @param shape the map, as Jackson reads the JSON
   * @param definition the funnel the shape must have been written for
   * @return the result, equal to the one that wrote the shape
   * @throws SerialFormException naming the member that is missing, unknown, mistyped or
   *     inconsistent
   * @throws IncompatibleMergeException if the shape was written for another funnel: it names the
   *     property of the definition that differs, as a merge of results of two funnels does
   */
  public static FunnelResult fromJsonShape(Map<String, ?> shape, FunnelDefinition definition) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(definition, "definition");
    return readWhole(ShapeReader.open(shape, KIND, MEMBERS), definition);
  }

  /** Reads a result's shape with its header and definition, at the reader's path. */
  static FunnelResult readWhole(ShapeReader in, FunnelDefinition definition) {
    in.header(KIND, MEMBERS);
    checkDefinition(in, in.object("definition"), definition);
    return read(in, definition);
  }

  private static void checkDefinition(ShapeReader in, ShapeReader found,
      FunnelDefinition definition) {
    found.only(DEFINITION_MEMBERS);
    Map<String, Object> expected = definition.toJsonShape();
    for (String member : List.of("name", "map", "mode")) {
      sameString(in, found, member, (String) expected.get(member), definition);
    }
    double window = found.number("windowSeconds");
    if (window != (Double) expected.get("windowSeconds")) {
      throw differs(in, found.pathOf("windowSeconds"), window, expected.get("windowSeconds"),
          definition);
    }
    List<ShapeReader> steps = found.objects("steps");
    if (steps.size() != definition.stepCount()) {
      throw differs(in, found.pathOf("steps"), steps.size() + " steps",
          definition.stepCount() + " steps", definition);
    }
    for (int s = 0; s < steps.size(); s++) {
      ShapeReader step = steps.get(s).only(DEFINITION_STEP_MEMBERS);
      Map<String, Object> expectedStep = definition.steps().get(s).toJsonShape();
      for (String member : List.of("name", "scope", "target")) {
        sameString(in, step, member, (String) expectedStep.get(member), definition);
      }
      List<String> kinds = step.strings("kinds");
      if (!kinds.equals(expectedStep.get("kinds"))) {
        throw differs(in, step.pathOf("kinds"), kinds, expectedStep.get("kinds"), definition);
      }
    }
  }

  private static void sameString(ShapeReader in, ShapeReader found, String member,
      String expected, FunnelDefinition definition) {
    String value = found.string(member);
    if (!value.equals(expected)) {
      throw differs(in, found.pathOf(member), "\"" + value + "\"", "\"" + expected + "\"",
          definition);
    }
  }

  private static IncompatibleMergeException differs(ShapeReader in, String path, Object found,
      Object expected, FunnelDefinition definition) {
    // The member is named as in the definition's own shape, by its path below "definition.".
    String member = path.substring(path.indexOf("definition.") + 11);
    return new IncompatibleMergeException("FunnelResult", "definition",
        member + " = " + expected + " (the definition given, funnel " + definition.name() + ")",
        member + " = " + found + " (the JSON shape)");
  }

  /** Reads the counts and checks the derived members of a result's shape (a group's has no definition). */
  static FunnelResult read(ShapeReader in, FunnelDefinition definition) {
    long entered = in.count("entered");
    List<ShapeReader> steps = in.objects("steps");
    int n = definition.stepCount();
    if (steps.size() != n) {
      throw in.wrong(in.pathOf("steps"), steps.size() + " steps", "must have " + n
          + ", one per step of funnel " + definition.name());
    }
    long[] customers = new long[n];
    DurationHistogram[] times = new DurationHistogram[n];
    for (int s = 0; s < n; s++) {
      ShapeReader step = steps.get(s).only(STEP_MEMBERS);
      step.expectCount("index", s, "the step's place in steps");
      String name = step.string("name");
      String expectedName = definition.steps().get(s).name();
      if (!name.equals(expectedName)) {
        throw step.wrong(step.pathOf("name"), name, "must be \"" + expectedName + "\", step " + s
            + " of funnel " + definition.name());
      }
      customers[s] = step.count("customers");
      long previous = s == 0 ? entered : customers[s - 1];
      if (customers[s] > previous) {
        throw step.wrong(step.pathOf("customers"), customers[s], "must be at most "
            + (s == 0 ? in.pathOf("entered") : steps.get(s - 1).pathOf("customers")) + " ("
            + previous + "): counts never increase along the steps");
      }
      times[s] = DurationHistogram.read(step.object("timeFromStart"));
      if (times[s].count() != customers[s]) {
        throw step.wrong(step.pathOf("timeFromStart.count"), times[s].count(), "must be "
            + step.pathOf("customers") + " (" + customers[s] + "): one time per customer");
      }
    }
    FunnelResult result = new FunnelResult(definition, entered, customers, times);
    if (in.bool("empty") != result.isEmpty()) {
      throw in.wrong(in.pathOf("empty"), !result.isEmpty(), "must be " + result.isEmpty()
          + " as entered is " + entered);
    }
    in.expectPercentage("conversion", result.conversion(),
        "the last step's customers of the first step's");
    for (int s = 0; s < n; s++) {
      FunnelStepResult expected = result.step(s);
      ShapeReader step = steps.get(s);
      step.expectPercentage("fromPrevious", expected.fromPrevious(),
          "customers of the previous step's");
      step.expectPercentage("fromFirst", expected.fromFirst(), "customers of the first step's");
      step.expectCount("dropOff", expected.dropOff(), "the previous step's customers less these");
      step.expectPercentage("dropOffShare", expected.dropOffShare(),
          "dropOff of the previous step's customers");
    }
    return result;
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
