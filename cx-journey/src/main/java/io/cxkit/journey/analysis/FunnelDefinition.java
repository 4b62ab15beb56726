package io.cxkit.journey.analysis;

import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.Stage;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.JourneyIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a funnel counts: its name, 2 to {@value #MAX_STEPS} ordered {@linkplain FunnelStep steps}
 * over a journey map, a conversion window and a {@linkplain FunnelMode mode}. Immutable, checked
 * against the map when built.
 *
 * <p><b>Attempts.</b> A customer's attempt starts at an event of the first step (in {@link
 * FunnelMode#ANY_ORDER}, of any step) and lasts the window from that event, inclusive: a step
 * reached at exactly {@code start + window} counts, a microsecond later does not. While an attempt
 * runs, a second first-step event does not restart it (the time to convert is measured from the
 * attempt's first event; in strict order a first-step event that ends the attempt starts the
 * next). When the window has expired without the last step, the attempt is over
 * and the next first-step event starts a new one; in strict order an event at another touchpoint
 * also ends it. The customer is credited with the furthest step of any attempt (the best
 * attempt); once the last step is reached, the customer has converted and later events change
 * nothing. Attempts are followed greedily from their first event, so an attempt that would
 * only have fitted the window from a later first-step event within it is not found.
 *
 * <p>Instants and the window count to the microsecond.
 */
public final class FunnelDefinition {
  /** The most steps a funnel has (one bit of a customer's state per step in any order). */
  public static final int MAX_STEPS = 32;

  private final String name;
  private final JourneyMap map;
  private final List<FunnelStep> steps;
  private final Duration window;
  private final FunnelMode mode;
  private final long windowMicros;
  /** Per touchpoint number: the steps (bit i for step i) whose target holds it, kinds aside. */
  private final int[] stepsAt;
  /** Per event kind ordinal: the steps that accept that kind. */
  private final int[] stepsForKind;

  private FunnelDefinition(String name, JourneyMap map, List<FunnelStep> steps, Duration window,
      FunnelMode mode) {
    this.name = name;
    this.map = map;
    this.steps = List.copyOf(steps);
    this.window = window;
    this.mode = mode;
    this.windowMicros = DurationHistogram.toMicros(window, "window");
    this.stepsAt = new int[map.touchpoints().size()];
    EventKind[] kinds = EventKind.values();
    this.stepsForKind = new int[kinds.length];
    for (int s = 0; s < this.steps.size(); s++) {
      FunnelStep step = this.steps.get(s);
      if (step.scope() == FunnelStep.Scope.TOUCHPOINT) {
        stepsAt[map.touchpointIndex(step.targetId())] |= 1 << s;
      } else {
        int stage = map.stageIndex(step.targetId());
        for (int t = 0; t < stepsAt.length; t++) {
          if (map.stageIndexOf(t) == stage) {
            stepsAt[t] |= 1 << s;
          }
        }
      }
      for (EventKind kind : kinds) {
        if (step.accepts(kind)) {
          stepsForKind[kind.ordinal()] |= 1 << s;
        }
      }
    }
  }

  /**
   * @param name the funnel's name, such as {@code checkout}
   * @param map the journey map its steps are on
   * @return a builder of a funnel
   */
  public static Builder builder(String name, JourneyMap map) {
    return new Builder(Objects.requireNonNull(name, "name"), Objects.requireNonNull(map, "map"));
  }

  /** @return the funnel's name */
  public String name() {
    return name;
  }

  /** @return the journey map the steps are on */
  public JourneyMap map() {
    return map;
  }

  /** @return the steps in order; unmodifiable */
  public List<FunnelStep> steps() {
    return steps;
  }

  /** @return the number of steps, 2 to {@value #MAX_STEPS} */
  public int stepCount() {
    return steps.size();
  }

  /** @return the conversion window, counted from an attempt's first event */
  public Duration window() {
    return window;
  }

  /** @return the mode */
  public FunnelMode mode() {
    return mode;
  }

  long windowMicros() {
    return windowMicros;
  }

  /**
   * @param touchpointIndex a touchpoint's number in the map
   * @param kind an event's kind
   * @return the steps (bit i for step i) that an event of that kind there counts for
   */
  int matches(int touchpointIndex, EventKind kind) {
    return stepsAt[touchpointIndex] & stepsForKind[kind.ordinal()];
  }

  /**
   * @param touchpointIndex a touchpoint's number in the map
   * @return the steps (bit i for step i) whose target holds the touchpoint, whatever the kind
   */
  int stepsAt(int touchpointIndex) {
    return stepsAt[touchpointIndex];
  }

  /**
   * The definition as a map for JSON: {@code name}, {@code map} (the map's id), {@code mode} (its
   * id), {@code windowSeconds} (a number, fractional below a second) and {@code steps} (each as
   * {@link FunnelStep#toJsonShape()}).
   *
   * @return the shape; unmodifiable
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("name", name);
    shape.put("map", map.id());
    shape.put("mode", mode.id());
    shape.put("windowSeconds", window.getSeconds() + window.getNano() / 1e9);
    List<Map<String, Object>> stepShapes = new ArrayList<>(steps.size());
    for (FunnelStep step : steps) {
      stepShapes.add(step.toJsonShape());
    }
    shape.put("steps", List.copyOf(stepShapes));
    return Collections.unmodifiableMap(shape);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FunnelDefinition other && name.equals(other.name)
        && mode == other.mode && window.equals(other.window) && steps.equals(other.steps)
        && map.equals(other.map);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, map.id(), steps, window, mode);
  }

  /** @return e.g. {@code FunnelDefinition{checkout, in-order, window PT24H, steps [cart, …]}} */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>(steps.size());
    for (FunnelStep step : steps) {
      names.add(step.name());
    }
    return "FunnelDefinition{" + name + ", " + mode.id() + ", window " + window + ", map "
        + map.id() + ", steps " + names + "}";
  }

  /**
   * Collects a funnel's steps in order, its window (required) and mode (in order unless set); each
   * option once. {@link #build()} checks everything against the map.
   */
  public static final class Builder {
    private final String name;
    private final JourneyMap map;
    private final List<FunnelStep> steps = new ArrayList<>();
    private @Nullable Duration window;
    private @Nullable FunnelMode mode;

    private Builder(String name, JourneyMap map) {
      this.name = name;
      this.map = map;
    }

    /**
     * @param step the next step
     * @return this builder
     */
    public Builder step(FunnelStep step) {
      steps.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /**
     * @param touchpointId the next step's touchpoint
     * @param kinds the kinds that count; none for every kind
     * @return this builder
     */
    public Builder touchpoint(String touchpointId, EventKind... kinds) {
      return step(FunnelStep.touchpoint(touchpointId, kinds));
    }

    /**
     * @param stageId the next step's stage
     * @param kinds the kinds that count; none for every kind
     * @return this builder
     */
    public Builder stage(String stageId, EventKind... kinds) {
      return step(FunnelStep.stage(stageId, kinds));
    }

    /**
     * @param conversionWindow how long an attempt lasts from its first event; positive
     * @return this builder
     * @throws IllegalStateException if the window was set already
     */
    public Builder window(Duration conversionWindow) {
      Objects.requireNonNull(conversionWindow, "conversionWindow");
      if (window != null) {
        throw new IllegalStateException("window is set already (" + window + ")");
      }
      window = conversionWindow;
      return this;
    }

    /**
     * @param funnelMode how steps must follow each other; {@link FunnelMode#IN_ORDER} unless set
     * @return this builder
     * @throws IllegalStateException if the mode was set already
     */
    public Builder mode(FunnelMode funnelMode) {
      Objects.requireNonNull(funnelMode, "funnelMode");
      if (mode != null) {
        throw new IllegalStateException("mode is set already (" + mode.id() + ")");
      }
      mode = funnelMode;
      return this;
    }

    /**
     * @return the definition
     * @throws InvalidJourneyException if the name is blank, there are fewer than 2 or more than
     *     {@value #MAX_STEPS} steps, two steps share a name or count the same events, a stage step's
     *     stage is missing or has no touchpoint, or the window is missing, shorter than 1 µs or longer
     *     than {@link Long#MAX_VALUE} µs
     * @throws UnknownTouchpointException if a touchpoint step names a touchpoint the map lacks
     */
    public FunnelDefinition build() {
      if (name.isBlank() || name.length() > 128) {
        throw new InvalidJourneyException("name", JourneyIds.quote(name),
            "a funnel's name must be 1 to 128 characters and not blank");
      }
      if (steps.size() < 2 || steps.size() > MAX_STEPS) {
        throw new InvalidJourneyException("steps", steps.size() + " steps",
            "a funnel has 2 to " + MAX_STEPS + " steps");
      }
      for (int s = 0; s < steps.size(); s++) {
        FunnelStep step = steps.get(s);
        String field = "steps[" + s + "]";
        if (step.scope() == FunnelStep.Scope.TOUCHPOINT) {
          if (map.touchpointIndex(step.targetId()) < 0) {
            throw new UnknownTouchpointException(field + ".targetId", step.targetId(), map.id());
          }
        } else {
          if (map.stageIndex(step.targetId()) < 0) {
            List<String> stageIds = new ArrayList<>();
            for (Stage stage : map.stages()) {
              stageIds.add(stage.id());
            }
            throw new InvalidJourneyException(field + ".targetId",
                JourneyIds.quote(step.targetId()), "is not a stage of journey map "
                    + JourneyIds.quote(map.id()) + "; its stages are " + stageIds);
          }
          if (map.touchpointsOf(step.targetId()).isEmpty()) {
            throw new InvalidJourneyException(field + ".targetId",
                JourneyIds.quote(step.targetId()),
                "is a stage without touchpoints, so no event can reach the step");
          }
        }
        for (int earlier = 0; earlier < s; earlier++) {
          FunnelStep other = steps.get(earlier);
          if (other.name().equals(step.name())) {
            throw new InvalidJourneyException(field + ".name", JourneyIds.quote(step.name()),
                "is the name of steps[" + earlier + "]; step names must be unique");
          }
          if (other.sameEventsAs(step)) {
            throw new InvalidJourneyException(field, step.toString(),
                "counts the same events as steps[" + earlier + "]; a step may not repeat (a "
                    + "journey that returns to a page is a path, not a funnel)");
          }
        }
      }
      if (window == null) {
        throw new InvalidJourneyException("window", "absent",
            "a funnel needs a conversion window: how long an attempt lasts from its first event");
      }
      long micros;
      try {
        micros = DurationHistogram.toMicros(window, "window");
      } catch (InvalidValueException e) {
        micros = window.isNegative() ? 0 : -1;
      }
      if (micros == 0) {
        throw new InvalidJourneyException("window", window,
            "must be positive: at least 1 µs, the funnel's unit of time");
      }
      if (micros < 0) {
        throw new InvalidJourneyException("window", window,
            "must be at most " + Long.MAX_VALUE + " µs (about 292,000 years)");
      }
      return new FunnelDefinition(name, map, steps, window,
          mode == null ? FunnelMode.IN_ORDER : mode);
    }
  }
}
