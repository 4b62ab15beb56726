package io.cxkit.journey.analysis;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a funnel: a touchpoint of the journey map or a whole stage (any of its touchpoints),
 * optionally only for some event kinds. The step "purchased" is the touchpoint
 * order-confirmation with kind purchase: {@code FunnelStep.touchpoint("order-confirmation",
 * EventKind.PURCHASE).named("purchased")}. Whether the target exists is checked when a {@link
 * FunnelDefinition} is built against a map.
 *
 * @param name the step's name in reports; not blank, at most 128 characters; unique in a funnel
 * @param scope whether {@code targetId} names a touchpoint or a stage
 * @param targetId the touchpoint's or stage's id
 * @param kinds the event kinds that count for the step; empty for every kind; copied, unmodifiable,
 *     in {@link EventKind} order
 */
public record FunnelStep(String name, Scope scope, String targetId, Set<EventKind> kinds) {

  /** What a step's target is. */
  public enum Scope {
    /** One touchpoint; id {@code touchpoint}. */
    TOUCHPOINT("touchpoint"),
    /** Any touchpoint of one stage; id {@code stage}. */
    STAGE("stage");

    private final String id;

    Scope(String id) {
      this.id = id;
    }

    /** @return the stable id for JSON: {@code touchpoint} or {@code stage} */
    public String id() {
      return id;
    }
  }

  /** @throws InvalidJourneyException if the name is blank or too long, or the target id malformed */
  public FunnelStep {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(kinds, "kinds");
    if (name.isBlank() || name.length() > 128) {
      throw new InvalidJourneyException("name", JourneyIds.quote(name),
          "a step's name must be 1 to 128 characters and not blank");
    }
    if (!JourneyIds.isId(targetId)) {
      throw new InvalidJourneyException("targetId", JourneyIds.quote(targetId), JourneyIds.ID_RULE);
    }
    EnumSet<EventKind> copy = EnumSet.noneOf(EventKind.class);
    for (EventKind kind : kinds) {
      copy.add(Objects.requireNonNull(kind, "kinds element"));
    }
    kinds = Collections.unmodifiableSet(copy);
  }

  /**
   * @param touchpointId the touchpoint's id
   * @param kinds the kinds that count; none for every kind
   * @return the step, named by the touchpoint's id
   */
  public static FunnelStep touchpoint(String touchpointId, EventKind... kinds) {
    return new FunnelStep(Objects.requireNonNull(touchpointId, "touchpointId"), Scope.TOUCHPOINT,
        touchpointId, Set.of(Objects.requireNonNull(kinds, "kinds")));
  }

  /**
   * @param stageId the stage's id
   * @param kinds the kinds that count; none for every kind
   * @return the step, named by the stage's id
   */
  public static FunnelStep stage(String stageId, EventKind... kinds) {
    return new FunnelStep(Objects.requireNonNull(stageId, "stageId"), Scope.STAGE, stageId,
        Set.of(Objects.requireNonNull(kinds, "kinds")));
  }

  /**
   * @param newName the step's name in reports
   * @return this step under that name
   */
  public FunnelStep named(String newName) {
    return new FunnelStep(newName, scope, targetId, kinds);
  }

  /**
   * @param kind an event's kind
   * @return whether an event of that kind can count for this step (at its target)
   */
  public boolean accepts(EventKind kind) {
    return kinds.isEmpty() || kinds.contains(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * @param other another step
   * @return whether both count the same events: the same scope, target and kinds (names aside)
   */
  boolean sameEventsAs(FunnelStep other) {
    return scope == other.scope && targetId.equals(other.targetId) && kinds.equals(other.kinds);
  }

  /**
   * The step as a map for JSON.
   *
   * @return the shape for JSON: {@code {"name", "scope", "target", "kinds"}} with the kinds' ids
   *     (an empty list for every kind); unmodifiable
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("name", name);
    shape.put("scope", scope.id());
    shape.put("target", targetId);
    List<String> ids = new ArrayList<>(kinds.size());
    for (EventKind kind : kinds) {
      ids.add(kind.id());
    }
    shape.put("kinds", List.copyOf(ids));
    return Collections.unmodifiableMap(shape);
  }

  /** @return e.g. {@code purchased (touchpoint order-confirmation, purchase)} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(name).append(" (").append(scope.id()).append(' ')
        .append(targetId);
    for (EventKind kind : kinds) {
      out.append(", ").append(kind.id());
    }
    return out.append(')').toString();
  }
}
