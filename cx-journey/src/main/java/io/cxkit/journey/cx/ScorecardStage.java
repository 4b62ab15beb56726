package io.cxkit.journey.cx;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.Stage;
import io.cxkit.journey.analysis.ExitStage;
import io.cxkit.journey.analysis.TrafficStage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One stage's row of a {@link JourneyScorecard}: its traffic (each customer once, however many of
 * its touchpoints they visited) and conversion, its exits, the headline CX figures of every survey
 * by stage, and the rows of its touchpoints in map order. Parts are absent or empty as in {@link
 * ScorecardTouchpoint}.
 *
 * @param stage the stage
 * @param traffic its traffic, when the scorecard has a traffic result
 * @param exit its exits and their share of all exits, when the scorecard has an exit result
 * @param cx per survey, in the order given; unmodifiable
 * @param touchpoints the rows of its touchpoints, in map order; unmodifiable
 */
public record ScorecardStage(Stage stage, Optional<TrafficStage> traffic,
    Optional<ExitStage> exit, List<ScorecardCx> cx, List<ScorecardTouchpoint> touchpoints) {

  /** @throws InvalidValueException if a part or touchpoint row is of another stage */
  public ScorecardStage {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(exit, "exit");
    cx = List.copyOf(Objects.requireNonNull(cx, "cx"));
    touchpoints = List.copyOf(Objects.requireNonNull(touchpoints, "touchpoints"));
    if (traffic.isPresent() && !traffic.get().stage().equals(stage)
        || exit.isPresent() && !exit.get().stage().equals(stage)) {
      throw new InvalidValueException("stage", stage.id(),
          "must be the stage of its traffic and exit rows");
    }
    for (ScorecardTouchpoint row : touchpoints) {
      if (!row.touchpoint().stageId().equals(stage.id())) {
        throw new InvalidValueException("touchpoints", row.touchpoint().id(),
            "must be a touchpoint of stage " + stage.id());
      }
    }
  }

  /** @return the stage's conversion, when there is traffic with a goal */
  public Optional<Percentage> conversion() {
    return traffic.flatMap(TrafficStage::conversion);
  }

  /** @return the stage's share of all exits, when there is an exit result */
  public Optional<Percentage> exitShare() {
    return exit.map(ExitStage::share);
  }

  /**
   * The row as plain JSON values: {@code {"id":…,"name":…,"events":…,"traffic":…,"trafficShare":
   * {…},"conversion":{…},"exits":…,"exitShare":{…},"cx":[…],"touchpoints":[…]}}, each touchpoint as
   * {@link ScorecardTouchpoint#toJsonShape()}; a figure whose input is absent is null.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("id", stage.id());
    shape.put("name", stage.name());
    shape.put("events", traffic.map(TrafficStage::events).orElse(null));
    shape.put("traffic", traffic.map(TrafficStage::visitors).orElse(null));
    shape.put("trafficShare", traffic.map(t -> t.share().toJsonShape()).orElse(null));
    shape.put("conversion", conversion().map(Percentage::toJsonShape).orElse(null));
    shape.put("exits", exit.map(ExitStage::exits).orElse(null));
    shape.put("exitShare", exitShare().map(Percentage::toJsonShape).orElse(null));
    shape.put("cx", ScorecardTouchpoint.cxShape(cx));
    List<Object> rows = new ArrayList<>(touchpoints.size());
    for (ScorecardTouchpoint row : touchpoints) {
      rows.add(row.toJsonShape());
    }
    shape.put("touchpoints", Collections.unmodifiableList(rows));
    return Collections.unmodifiableMap(shape);
  }

  /** @return e.g. {@code purchase: traffic=7, exits=3, 3 touchpoints} */
  @Override
  public String toString() {
    return stage.id() + ": traffic=" + traffic.map(t -> String.valueOf(t.visitors())).orElse("-")
        + ", exits=" + exit.map(e -> String.valueOf(e.exits())).orElse("-") + ", "
        + touchpoints.size() + " touchpoints";
  }
}
