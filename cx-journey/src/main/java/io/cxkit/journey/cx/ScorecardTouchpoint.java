package io.cxkit.journey.cx;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.Touchpoint;
import io.cxkit.journey.analysis.ExitPoint;
import io.cxkit.journey.analysis.TrafficTouchpoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One touchpoint's row of a {@link JourneyScorecard}: its traffic and conversion, its exits, and
 * the headline CX figures of every survey given by touchpoint. Each part is absent when the
 * scorecard was built without that input, and present with zero counts and empty estimates when
 * the input has no data for this touchpoint.
 *
 * @param touchpoint the touchpoint
 * @param traffic its traffic, when the scorecard has a traffic result
 * @param exit its exit point (exits and their share of all exits), when the scorecard has an exit
 *     result
 * @param cx per survey given by touchpoint, in the order given; unmodifiable
 */
public record ScorecardTouchpoint(Touchpoint touchpoint, Optional<TrafficTouchpoint> traffic,
    Optional<ExitPoint> exit, List<ScorecardCx> cx) {

  /** @throws InvalidValueException if the traffic or exit row is of another touchpoint */
  public ScorecardTouchpoint {
    Objects.requireNonNull(touchpoint, "touchpoint");
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(exit, "exit");
    cx = List.copyOf(Objects.requireNonNull(cx, "cx"));
    if (traffic.isPresent() && !traffic.get().touchpoint().equals(touchpoint)) {
      throw new InvalidValueException("traffic", traffic.get().touchpoint().id(),
          "must be the traffic of touchpoint " + touchpoint.id());
    }
    if (exit.isPresent() && !exit.get().touchpoint().equals(touchpoint)) {
      throw new InvalidValueException("exit", exit.get().touchpoint().id(),
          "must be the exit point of touchpoint " + touchpoint.id());
    }
  }

  /** @return the touchpoint's conversion, when there is traffic with a goal */
  public Optional<Percentage> conversion() {
    return traffic.flatMap(TrafficTouchpoint::conversion);
  }

  /** @return the touchpoint's share of all exits, when there is an exit result */
  public Optional<Percentage> exitShare() {
    return exit.map(ExitPoint::share);
  }

  /**
   * The row as plain JSON values: {@code {"id":…,"name":…,"channel":…,"events":…,"traffic":…,
   * "trafficShare":{…},"conversion":{…},"exits":…,"exitShare":{…},"cx":[…]}}, percentages as cx-core
   * writes them; a figure whose input is absent is null.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("id", touchpoint.id());
    shape.put("name", touchpoint.name());
    shape.put("channel", touchpoint.channel().id());
    shape.put("events", traffic.map(TrafficTouchpoint::events).orElse(null));
    shape.put("traffic", traffic.map(TrafficTouchpoint::visitors).orElse(null));
    shape.put("trafficShare", traffic.map(t -> t.share().toJsonShape()).orElse(null));
    shape.put("conversion", conversion().map(Percentage::toJsonShape).orElse(null));
    shape.put("exits", exit.map(ExitPoint::exits).orElse(null));
    shape.put("exitShare", exitShare().map(Percentage::toJsonShape).orElse(null));
    shape.put("cx", cxShape(cx));
    return Collections.unmodifiableMap(shape);
  }

  static List<Object> cxShape(List<ScorecardCx> cx) {
    List<Object> list = new ArrayList<>(cx.size());
    for (ScorecardCx survey : cx) {
      list.add(survey.toJsonShape());
    }
    return Collections.unmodifiableList(list);
  }

  /** @return e.g. {@code cart: traffic=6, exits=2, cx=[…]} */
  @Override
  public String toString() {
    return touchpoint.id() + ": traffic=" + traffic.map(t -> String.valueOf(t.visitors()))
        .orElse("-") + ", exits=" + exit.map(e -> String.valueOf(e.exits())).orElse("-")
        + ", cx=" + cx;
  }
}
