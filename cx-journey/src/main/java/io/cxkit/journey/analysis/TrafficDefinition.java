package io.cxkit.journey.analysis;

import io.cxkit.journey.EventMatch;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a traffic analysis asks: the journey map whose touchpoints and stages are counted, and
 * optionally the conversion goal, the events that convert a customer (such as a purchase at the
 * order confirmation). Without a goal the analysis counts events and visitors only and reports no
 * conversion. Validated against its map when built: the goal's touchpoints and stages must exist.
 */
public final class TrafficDefinition {
  private final JourneyMap map;
  private final @Nullable EventMatch goal;
  private final EventMatch.@Nullable Bound bound;

  private TrafficDefinition(JourneyMap map, @Nullable EventMatch goal) {
    this.map = map;
    this.goal = goal;
    this.bound = goal == null ? null : goal.bind(map);
  }

  /**
   * @param map the journey map the events are of
   * @return a builder of a definition over that map
   */
  public static Builder builder(JourneyMap map) {
    return new Builder(Objects.requireNonNull(map, "map"));
  }

  /**
   * @param map the journey map the events are of
   * @return the definition of a traffic analysis without a conversion goal
   */
  public static TrafficDefinition of(JourneyMap map) {
    return builder(map).build();
  }

  /** @return the journey map */
  public JourneyMap map() {
    return map;
  }

  /** @return the events that convert a customer, or empty when conversion is not counted */
  public Optional<EventMatch> goal() {
    return Optional.ofNullable(goal);
  }

  /** @return whether an event with these parts reaches the goal; false without a goal */
  boolean isGoal(int touchpoint, io.cxkit.journey.EventKind kind,
      java.util.Map<String, String> attributes) {
    return bound != null && bound.test(touchpoint, kind, attributes);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TrafficDefinition d && d.map.equals(map) && Objects.equals(d.goal, goal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(map, goal);
  }

  /** @return e.g. {@code TrafficDefinition{map=shop, goal=EventMatch[touchpoints=[order-confirmation]]}} */
  @Override
  public String toString() {
    return "TrafficDefinition{map=" + map.id() + ", goal=" + (goal == null ? "none" : goal) + "}";
  }

  /** Collects the goal; it may be given once, and {@link #build()} checks it against the map. */
  public static final class Builder {
    private final JourneyMap map;
    private @Nullable EventMatch goal;

    private Builder(JourneyMap map) {
      this.map = map;
    }

    /**
     * @param goal the events that convert a customer, such as {@code
     *     EventMatch.builder().touchpoints("order-confirmation").kinds(EventKind.PURCHASE).build()}
     * @return this builder
     * @throws IllegalStateException if the goal was already set
     */
    public Builder goal(EventMatch goal) {
      Objects.requireNonNull(goal, "goal");
      if (this.goal != null) {
        throw new IllegalStateException("goal was already set");
      }
      this.goal = goal;
      return this;
    }

    /**
     * @return the definition
     * @throws UnknownTouchpointException if the goal names a touchpoint the map lacks
     * @throws InvalidJourneyException if the goal names a stage the map lacks
     */
    public TrafficDefinition build() {
      return new TrafficDefinition(map, goal);
    }
  }
}
