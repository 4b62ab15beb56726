package io.cxkit.journey.analysis;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.PeriodIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an exit-point analysis asks: which touchpoints (and, optionally, which kinds of event there)
 * are the goal, how long a customer must stay away to have left (the horizon), and the instant the
 * analysis ends. A customer who never reached a goal and whose last event is at least a horizon
 * before the end has left at the touchpoint of that last event: an exit point. Validated against
 * its journey map when built.
 *
 * <p>Without an {@linkplain Builder#end end}, an analyzer ends at the latest event it has seen.
 * Partitions then end at different instants, and their results do not merge; give the end (the
 * cut-off of the export) to split the work by customer.
 */
public final class ExitDefinition {
  private final JourneyMap map;
  /** By touchpoint number: the kinds of event that reach the goal there as a bit mask; 0 = none. */
  private final int[] goalKinds;
  private final Duration horizon;
  private final long horizonMicros;
  private final @Nullable Instant end;

  private ExitDefinition(JourneyMap map, int[] goalKinds, Duration horizon, @Nullable Instant end) {
    this.map = map;
    this.goalKinds = goalKinds;
    this.horizon = horizon;
    this.horizonMicros = ExitClock.micros(horizon, "horizon");
    this.end = end;
  }

  /**
   * @param map the journey map the events are of
   * @return a builder of a definition over that map
   */
  public static Builder builder(JourneyMap map) {
    return new Builder(Objects.requireNonNull(map, "map"));
  }

  /** @return the journey map */
  public JourneyMap map() {
    return map;
  }

  /**
   * @return the goal touchpoints in map order, each with the kinds of event that reach the goal
   *     there (every kind when none was named); unmodifiable
   */
  public Map<String, Set<EventKind>> goals() {
    Map<String, Set<EventKind>> goals = new LinkedHashMap<>();
    for (int i = 0; i < goalKinds.length; i++) {
      if (goalKinds[i] != 0) {
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (EventKind kind : EventKind.values()) {
          if ((goalKinds[i] & (1 << kind.ordinal())) != 0) {
            kinds.add(kind);
          }
        }
        goals.put(map.touchpoints().get(i).id(), Collections.unmodifiableSet(kinds));
      }
    }
    return Collections.unmodifiableMap(goals);
  }

  /** @return how long a customer must stay away after the last event to have left; at least 1 µs */
  public Duration horizon() {
    return horizon;
  }

  /**
   * @return the instant the analysis ends, or empty when it ends at the latest event the analyzer
   *     has seen
   */
  public Optional<Instant> end() {
    return Optional.ofNullable(end);
  }

  long horizonMicros() {
    return horizonMicros;
  }

  /** @return whether an event of that kind at that touchpoint reaches the goal */
  boolean isGoal(int touchpoint, EventKind kind) {
    return (goalKinds[touchpoint] & (1 << kind.ordinal())) != 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExitDefinition d && d.map.equals(map)
        && java.util.Arrays.equals(d.goalKinds, goalKinds) && d.horizon.equals(horizon)
        && Objects.equals(d.end, end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(map, java.util.Arrays.hashCode(goalKinds), horizon, end);
  }

  /** @return e.g. {@code ExitDefinition{map=ecommerce, goals={order-confirmation=[PURCHASE]}, horizon=PT720H}} */
  @Override
  public String toString() {
    return "ExitDefinition{map=" + map.id() + ", goals=" + goals() + ", horizon=" + horizon
        + (end == null ? "" : ", end=" + end) + "}";
  }

  /** Collects the goals, horizon and end; each may be given once, and {@link #build()} checks them. */
  public static final class Builder {
    private final JourneyMap map;
    private final Map<String, Set<EventKind>> goals = new LinkedHashMap<>();
    private @Nullable Duration horizon;
    private @Nullable Instant end;
    private final Set<String> set = new HashSet<>();

    private Builder(JourneyMap map) {
      this.map = map;
    }

    private void once(String setting) {
      if (!set.add(setting)) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    /**
     * Names a goal touchpoint: reaching it (by an event of one of the kinds, or of any kind when
     * none is named) converts the customer.
     *
     * @param touchpointId a touchpoint of the map, such as {@code order-confirmation}
     * @param kinds the kinds of event that count there, such as {@link EventKind#PURCHASE}; none
     *     for every kind
     * @return this builder
     * @throws IllegalStateException if that touchpoint was already named a goal
     */
    public Builder goal(String touchpointId, EventKind... kinds) {
      Objects.requireNonNull(touchpointId, "touchpointId");
      Objects.requireNonNull(kinds, "kinds");
      Set<EventKind> named = EnumSet.noneOf(EventKind.class);
      for (int i = 0; i < kinds.length; i++) {
        named.add(Objects.requireNonNull(kinds[i], "kinds[" + i + "]"));
      }
      once("goal " + touchpointId);
      goals.put(touchpointId, named.isEmpty() ? EnumSet.allOf(EventKind.class) : named);
      return this;
    }

    /**
     * @param horizon how long a customer must stay away after the last event to count as having
     *     left, such as 30 days; at least 1 µs (counted to the microsecond, rounded down); checked
     *     by {@link #build()}
     * @return this builder
     * @throws IllegalStateException if the horizon was already set
     */
    public Builder horizon(Duration horizon) {
      Objects.requireNonNull(horizon, "horizon");
      once("horizon");
      this.horizon = horizon;
      return this;
    }

    /**
     * @param end the instant the analysis ends, such as the export's cut-off (default: the latest
     *     event an analyzer has seen)
     * @return this builder
     * @throws IllegalStateException if the end was already set
     */
    public Builder end(Instant end) {
      Objects.requireNonNull(end, "end");
      once("end");
      this.end = end;
      return this;
    }

    /**
     * @return the definition
     * @throws UnknownTouchpointException if a goal is not a touchpoint of the map
     * @throws InvalidJourneyException if there is no goal, the horizon is missing, shorter than
     *     1 µs or too long for a long of microseconds, or the end is beyond ±292 000 years
     */
    public ExitDefinition build() {
      if (goals.isEmpty()) {
        throw new InvalidJourneyException("goals", "[]",
            "must name at least one goal touchpoint: an exit is a customer who never reached one");
      }
      if (horizon == null) {
        throw new InvalidJourneyException("horizon", "null",
            "must be given: how long a customer must stay away to count as having left");
      }
      if (horizon.isNegative() || horizon.isZero()) {
        throw new InvalidJourneyException("horizon", horizon, "must be positive");
      }
      if (ExitClock.micros(horizon, "horizon") == 0) {
        throw new InvalidJourneyException("horizon", horizon,
            "must be at least 1 µs, the unit the analyses count time in");
      }
      if (end != null) {
        PeriodIds.micros(end, "end");
      }
      int[] goalKinds = new int[map.touchpoints().size()];
      List<String> ids = new ArrayList<>(goals.keySet());
      for (String id : ids) {
        int touchpoint = map.touchpointIndex(id);
        if (touchpoint < 0) {
          throw new UnknownTouchpointException("goals", id, map.id());
        }
        int mask = 0;
        for (EventKind kind : goals.get(id)) {
          mask |= 1 << kind.ordinal();
        }
        goalKinds[touchpoint] = mask;
      }
      return new ExitDefinition(map, goalKinds, horizon, end);
    }
  }
}
