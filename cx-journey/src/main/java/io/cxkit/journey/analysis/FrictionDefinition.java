package io.cxkit.journey.analysis;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What counts as back-and-forth friction: at least {@code switches} moves between the same two
 * touchpoints, to and fro, within {@code window} (A→B→A→B is 3 switches). Such a run is a friction
 * episode at both touchpoints and at their pair: the proactive-feedback trigger "switching back and
 * forth" between, say, the cart and the delivery-costs page.
 *
 * <p>A switch is an event at a touchpoint other than the previous event's; its time is that event's
 * instant. Consecutive events at the same touchpoint (a reload) are one visit and neither switch
 * nor break a run. A run is a sequence of switches between the same two touchpoints, each at most
 * {@code window} after the one before; an event at a third touchpoint, or a switch more than {@code
 * window} after the previous one, starts a new run. A run is an episode, counted once, as soon as
 * {@code switches} of its switches fall within {@code window} (the first and the last of them at
 * most {@code window} apart).
 *
 * @param map the journey map the events are of
 * @param switches the switches an episode needs, 2 to {@value #MAX_SWITCHES}
 * @param window the time those switches must fall within; at least 1 µs (counted to the
 *     microsecond, rounded down)
 */
public record FrictionDefinition(JourneyMap map, int switches, Duration window) {
  /** The most switches a definition may ask for (each analyzer keeps that many instants per customer). */
  public static final int MAX_SWITCHES = 64;

  /**
   * @throws InvalidJourneyException if {@code switches} is outside 2..{@value #MAX_SWITCHES} or the
   *     window is shorter than 1 µs or too long for a long of microseconds
   */
  public FrictionDefinition {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(window, "window");
    if (switches < 2 || switches > MAX_SWITCHES) {
      throw new InvalidJourneyException("switches", switches, "must be in 2.." + MAX_SWITCHES
          + ": one move between two pages is no back-and-forth");
    }
    if (window.isNegative() || window.isZero()) {
      throw new InvalidJourneyException("window", window, "must be positive");
    }
    if (ExitClock.micros(window, "window") == 0) {
      throw new InvalidJourneyException("window", window,
          "must be at least 1 µs, the unit the analyses count time in");
    }
  }

  /**
   * @param map the journey map
   * @param switches the switches an episode needs, ≥ 2
   * @param window the time they must fall within
   * @return the definition
   * @throws InvalidJourneyException as the constructor does
   */
  public static FrictionDefinition of(JourneyMap map, int switches, Duration window) {
    return new FrictionDefinition(map, switches, window);
  }

  long windowMicros() {
    return ExitClock.micros(window, "window");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FrictionDefinition d && d.map.equals(map) && d.switches == switches
        && d.window.equals(window);
  }

  @Override
  public int hashCode() {
    return Objects.hash(map, switches, window);
  }

  /** @return e.g. {@code FrictionDefinition{map=ecommerce, switches=3, window=PT2M}} */
  @Override
  public String toString() {
    return "FrictionDefinition{map=" + map.id() + ", switches=" + switches + ", window=" + window
        + "}";
  }
}
