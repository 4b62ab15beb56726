package io.cxkit.cli.report;

import static java.util.Objects.requireNonNull;

import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.Stage;
import io.cxkit.journey.Touchpoint;
import io.cxkit.journey.analysis.FunnelStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A funnel step or a goal as written on the command line, {@code ID} or {@code ID:KIND}, resolved
 * against a journey map: ID is a touchpoint id, or else a stage id (a touchpoint wins where both
 * have the id), and KIND an event kind's id.
 *
 * @param spec the text as given, such as {@code order-confirmation:purchase}
 * @param id the touchpoint's or stage's id
 * @param stage true when the id names a stage
 * @param kind the event kind that counts, or null for every kind
 */
record StepSpec(String spec, String id, boolean stage, @Nullable EventKind kind) {

  /** Checks the parts for null. */
  StepSpec {
    requireNonNull(spec, "spec");
    requireNonNull(id, "id");
  }

  /**
   * @param field the field the spec came from, such as {@code funnel[2]} or {@code goal}
   * @param spec {@code ID} or {@code ID:KIND}
   * @param map the journey map
   * @return the resolved spec
   * @throws InvalidValueException naming the field, the spec and the known ids or kinds when the
   *     id is neither a touchpoint nor a stage with touchpoints, or the kind is unknown
   */
  static StepSpec parse(String field, String spec, JourneyMap map) {
    requireNonNull(field, "field");
    requireNonNull(spec, "spec");
    requireNonNull(map, "map");
    int colon = spec.indexOf(':');
    String id = colon < 0 ? spec : spec.substring(0, colon);
    EventKind kind = null;
    if (colon >= 0) {
      String kindId = spec.substring(colon + 1);
      kind = Arrays.stream(EventKind.values()).filter(k -> k.id().equals(kindId)).findFirst()
          .orElseThrow(() -> new InvalidValueException(field, quote(spec), "the event kind "
              + quote(kindId) + " is not one of " + Arrays.stream(EventKind.values())
                  .map(EventKind::id).collect(Collectors.joining(", "))));
    }
    if (map.touchpointIndex(id) >= 0) {
      return new StepSpec(spec, id, false, kind);
    }
    if (map.stageIndex(id) >= 0) {
      if (map.touchpointsOf(id).isEmpty()) {
        throw new InvalidValueException(field, quote(spec), "names stage " + quote(id)
            + " of journey map " + quote(map.id()) + ", which has no touchpoint, so no event"
            + " can reach it");
      }
      return new StepSpec(spec, id, true, kind);
    }
    throw new InvalidValueException(field, quote(spec), "names neither a touchpoint nor a stage"
        + " of journey map " + quote(map.id()) + "; its touchpoints are "
        + map.touchpoints().stream().map(Touchpoint::id).collect(Collectors.joining(", "))
        + "; its stages are "
        + map.stages().stream().map(Stage::id).collect(Collectors.joining(", ")));
  }

  /** @return the kinds that count: none for every kind */
  EventKind[] kinds() {
    return kind == null ? new EventKind[0] : new EventKind[] {kind};
  }

  /** @return the funnel step, named by the spec so that steps at one touchpoint stay distinct */
  FunnelStep step() {
    FunnelStep step = stage ? FunnelStep.stage(id, kinds()) : FunnelStep.touchpoint(id, kinds());
    return step.named(spec);
  }

  /** @return the events the spec matches */
  EventMatch match() {
    EventMatch.Builder match = EventMatch.builder();
    if (stage) {
      match.stages(id);
    } else {
      match.touchpoints(id);
    }
    if (kind != null) {
      match.kinds(kind);
    }
    return match.build();
  }

  /**
   * @param map the journey map
   * @return the touchpoints the spec covers: its own, or every touchpoint of its stage
   */
  List<String> touchpoints(JourneyMap map) {
    if (!stage) {
      return List.of(id);
    }
    List<String> ids = new ArrayList<>();
    for (Touchpoint touchpoint : map.touchpointsOf(id)) {
      ids.add(touchpoint.id());
    }
    return ids;
  }

  /**
   * @param map the journey map
   * @return the step's name in the map, with the kind: {@code Order confirmation (purchase)}
   */
  String label(JourneyMap map) {
    String name = stage ? map.stage(id).map(Stage::name).orElse(id)
        : map.touchpoint(id).map(Touchpoint::name).orElse(id);
    return kind == null ? name : name + " (" + kind.id() + ")";
  }

  /** @return the spec in words: {@code order-confirmation (purchase)}, {@code stage purchase} */
  String describe() {
    String what = stage ? "stage " + id : id;
    return kind == null ? what : what + " (" + kind.id() + ")";
  }

  /**
   * @return the activity in words for retention: {@code purchase events at order-confirmation},
   *     {@code events in stage purchase}
   */
  String describeActivity() {
    String events = kind == null ? "events" : kind.id() + " events";
    return events + (stage ? " in stage " : " at ") + id;
  }

  static String quote(String text) {
    return '"' + text + '"';
  }
}
