package io.cxkit.journey;

import io.cxkit.journey.internal.JourneyIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which journey events count for something: the activity that keeps a customer retained, the
 * event that starts or ends a subscription, the delivery a product survey waits for. An event
 * matches when it is at one of the {@linkplain #touchpoints() touchpoints} or in one of the
 * {@linkplain #stages() stages} (either list empty: anywhere), of one of the {@linkplain #kinds()
 * kinds} (empty: any kind), and carries every {@linkplain #attributes() attribute} with the value
 * given (exact, case-sensitive). {@link #any()} matches every event.
 *
 * <p>A match is written without a map and {@linkplain #bind(JourneyMap) bound} to one before use:
 * binding checks that its touchpoints and stages exist and turns them into an array lookup, so
 * {@link Bound#test} costs a few comparisons per event and allocates nothing.
 */
public final class EventMatch {
  private static final EventMatch ANY = new EventMatch(List.of(), List.of(), Set.of(), Map.of());

  private final List<String> touchpoints;
  private final List<String> stages;
  private final Set<EventKind> kinds;
  private final Map<String, String> attributes;

  private EventMatch(List<String> touchpoints, List<String> stages, Set<EventKind> kinds,
      Map<String, String> attributes) {
    this.touchpoints = touchpoints;
    this.stages = stages;
    this.kinds = kinds;
    this.attributes = attributes;
  }

  /** @return the match of every event */
  public static EventMatch any() {
    return ANY;
  }

  /** @return a builder of a match; with nothing set it matches every event */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param touchpointIds touchpoint ids, at least one
   * @return the match of any event at one of those touchpoints
   */
  public static EventMatch atTouchpoints(String... touchpointIds) {
    return builder().touchpoints(touchpointIds).build();
  }

  /** @return the touchpoint ids an event must be at (any of them), in the order given; empty: any */
  public List<String> touchpoints() {
    return touchpoints;
  }

  /** @return the stage ids an event's touchpoint must be in (any of them); empty: any */
  public List<String> stages() {
    return stages;
  }

  /** @return the kinds an event must be of (any of them); empty: any kind */
  public Set<EventKind> kinds() {
    return kinds;
  }

  /** @return the attributes an event must carry with exactly these values, in the order given */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** @return whether this matches every event */
  public boolean isAny() {
    return touchpoints.isEmpty() && stages.isEmpty() && kinds.isEmpty() && attributes.isEmpty();
  }

  /**
   * @param map the journey map events are checked against
   * @return this match bound to that map
   * @throws UnknownTouchpointException if a touchpoint is not in the map
   * @throws InvalidJourneyException if a stage is not in the map
   */
  public Bound bind(JourneyMap map) {
    Objects.requireNonNull(map, "map");
    int size = map.touchpoints().size();
    boolean[] allowed = new boolean[size];
    boolean anyPlace = touchpoints.isEmpty() && stages.isEmpty();
    for (int i = 0; i < touchpoints.size(); i++) {
      int index = map.touchpointIndex(touchpoints.get(i));
      if (index < 0) {
        throw new UnknownTouchpointException("touchpoints[" + i + "]", touchpoints.get(i),
            map.id());
      }
      allowed[index] = true;
    }
    for (int i = 0; i < stages.size(); i++) {
      String stage = stages.get(i);
      if (map.stageIndex(stage) < 0) {
        throw new InvalidJourneyException("stages[" + i + "]", JourneyIds.quote(stage),
            "must be a stage of journey map " + JourneyIds.quote(map.id()));
      }
      for (Touchpoint touchpoint : map.touchpointsOf(stage)) {
        allowed[map.touchpointIndex(touchpoint.id())] = true;
      }
    }
    if (anyPlace) {
      java.util.Arrays.fill(allowed, true);
    }
    return new Bound(this, map, allowed);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EventMatch other && touchpoints.equals(other.touchpoints)
        && stages.equals(other.stages) && kinds.equals(other.kinds)
        && attributes.equals(other.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(touchpoints, stages, kinds, attributes);
  }

  /** @return the match's parts, such as {@code EventMatch[touchpoints=[delivery], kinds=[complete]]} */
  @Override
  public String toString() {
    if (isAny()) {
      return "EventMatch[any]";
    }
    List<String> parts = new ArrayList<>(4);
    if (!touchpoints.isEmpty()) {
      parts.add("touchpoints=" + touchpoints);
    }
    if (!stages.isEmpty()) {
      parts.add("stages=" + stages);
    }
    if (!kinds.isEmpty()) {
      List<String> ids = new ArrayList<>();
      for (EventKind kind : kinds) {
        ids.add(kind.id());
      }
      parts.add("kinds=" + ids);
    }
    if (!attributes.isEmpty()) {
      parts.add("attributes=" + attributes);
    }
    return "EventMatch" + parts;
  }

  /**
   * An {@link EventMatch} bound to a journey map: immutable and thread-safe, so one instance serves
   * every thread.
   */
  public static final class Bound {
    private final EventMatch match;
    private final JourneyMap map;
    private final boolean[] allowedTouchpoints;
    private final boolean anyKind;
    private final boolean[] allowedKinds;

    private Bound(EventMatch match, JourneyMap map, boolean[] allowedTouchpoints) {
      this.match = match;
      this.map = map;
      this.allowedTouchpoints = allowedTouchpoints;
      this.anyKind = match.kinds.isEmpty();
      this.allowedKinds = new boolean[EventKind.values().length];
      for (EventKind kind : match.kinds) {
        allowedKinds[kind.ordinal()] = true;
      }
    }

    /** @return the match this was bound from */
    public EventMatch match() {
      return match;
    }

    /** @return the map it was bound to */
    public JourneyMap map() {
      return map;
    }

    /**
     * @param event an event
     * @return whether it matches; an event at a touchpoint the map lacks never matches
     */
    public boolean test(JourneyEvent event) {
      Objects.requireNonNull(event, "event");
      return test(map.touchpointIndex(event.touchpointId()), event.kind(), event.attributes());
    }

    /**
     * The allocation-free form for analyses that have already looked the touchpoint up.
     *
     * @param touchpointIndex the event's touchpoint as {@link JourneyMap#touchpointIndex}
     * @param kind the event's kind
     * @param attributes the event's attributes
     * @return whether an event with these parts matches
     */
    public boolean test(int touchpointIndex, EventKind kind, Map<String, String> attributes) {
      if (touchpointIndex < 0 || touchpointIndex >= allowedTouchpoints.length
          || !allowedTouchpoints[touchpointIndex]) {
        return false;
      }
      if (!anyKind && !allowedKinds[kind.ordinal()]) {
        return false;
      }
      if (!match.attributes.isEmpty()) {
        for (Map.Entry<String, String> wanted : match.attributes.entrySet()) {
          if (!wanted.getValue().equals(attributes.get(wanted.getKey()))) {
            return false;
          }
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return match + " on " + JourneyIds.quote(map.id());
    }
  }

  /** A builder of an {@link EventMatch}; each part may be set once. */
  public static final class Builder {
    private @Nullable List<String> touchpoints;
    private @Nullable List<String> stages;
    private @Nullable Set<EventKind> kinds;
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder() {}

    /**
     * @param touchpointIds the touchpoints an event may be at, at least one
     * @return this builder
     * @throws InvalidJourneyException if an id is malformed or repeated
     * @throws IllegalStateException if touchpoints were set already
     */
    public Builder touchpoints(String... touchpointIds) {
      if (touchpoints != null) {
        throw new IllegalStateException("touchpoints are set already");
      }
      touchpoints = ids("touchpoints", touchpointIds);
      return this;
    }

    /**
     * @param stageIds the stages an event's touchpoint may be in, at least one
     * @return this builder
     * @throws InvalidJourneyException if an id is malformed or repeated
     * @throws IllegalStateException if stages were set already
     */
    public Builder stages(String... stageIds) {
      if (stages != null) {
        throw new IllegalStateException("stages are set already");
      }
      stages = ids("stages", stageIds);
      return this;
    }

    /**
     * @param eventKinds the kinds an event may be of, at least one
     * @return this builder
     * @throws IllegalStateException if kinds were set already
     */
    public Builder kinds(EventKind... eventKinds) {
      Objects.requireNonNull(eventKinds, "eventKinds");
      if (kinds != null) {
        throw new IllegalStateException("kinds are set already");
      }
      if (eventKinds.length == 0) {
        throw new InvalidJourneyException("kinds", "[]", "must name at least one kind");
      }
      EnumSet<EventKind> set = EnumSet.noneOf(EventKind.class);
      for (int i = 0; i < eventKinds.length; i++) {
        set.add(Objects.requireNonNull(eventKinds[i], "eventKinds[" + i + "]"));
      }
      kinds = Collections.unmodifiableSet(set);
      return this;
    }

    /**
     * @param name an attribute name the event must carry (letters, digits, {@code _ . -})
     * @param value the value it must have, exactly
     * @return this builder
     * @throws InvalidJourneyException if the name is malformed
     * @throws IllegalStateException if that attribute was set already
     */
    public Builder attribute(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (!JourneyIds.isId(name)) {
        throw new InvalidJourneyException("attributes", JourneyIds.quote(name),
            "an attribute name " + JourneyIds.ID_RULE);
      }
      if (attributes.putIfAbsent(name, value) != null) {
        throw new IllegalStateException("attribute " + JourneyIds.quote(name) + " is set already");
      }
      return this;
    }

    /** @return the match */
    public EventMatch build() {
      List<String> t = touchpoints == null ? List.of() : touchpoints;
      List<String> s = stages == null ? List.of() : stages;
      Set<EventKind> k = kinds == null ? Set.of() : kinds;
      Map<String, String> a = attributes.isEmpty() ? Map.of()
          : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
      if (t.isEmpty() && s.isEmpty() && k.isEmpty() && a.isEmpty()) {
        return ANY;
      }
      return new EventMatch(t, s, k, a);
    }

    private static List<String> ids(String field, String[] ids) {
      Objects.requireNonNull(ids, field);
      if (ids.length == 0) {
        throw new InvalidJourneyException(field, "[]", "must name at least one id");
      }
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < ids.length; i++) {
        String id = Objects.requireNonNull(ids[i], field + "[" + i + "]");
        JourneyIds.requireId(field + "[" + i + "]", id);
        if (!seen.add(id)) {
          throw new InvalidJourneyException(field + "[" + i + "]", JourneyIds.quote(id),
              "must not repeat an id");
        }
      }
      return List.copyOf(seen);
    }
  }
}
