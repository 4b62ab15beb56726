package io.cxkit.journey.analysis;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.Touchpoint;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.internal.ShapeReader;
import io.cxkit.journey.internal.Sums;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where the customers went: per touchpoint and per stage of the map (in map order, every one listed
 * even without traffic) the events, the distinct customers who visited it, their share of all
 * customers, and — when the definition has a goal — the conversion: the share of those visitors who
 * reached the goal at or after their first visit there. A customer who first comes to the cart
 * after the purchase is a cart visitor but not a conversion of the cart. Every share is a {@link
 * Percentage} on 0..100 with its Wilson interval. Immutable; results of partitions split by
 * customer add exactly with {@link #plus}.
 *
 * <p>Serial form: {@link #toJsonShape()} writes a versioned JSON shape (format 1, kind {@code
 * traffic}), and {@link #fromJsonShape(Map, TrafficDefinition)} reads it back under the same
 * definition, so that partitions analysed on other machines merge. Format 1 will keep its members
 * and meaning; a change would be format 2.
 */
public final class TrafficResult {
  private static final String KIND = "traffic";
  private static final Set<String> MEMBERS = Set.of("kind", "format", "map", "goal", "customers",
      "converted", "conversion", "touchpoints", "stages");

  private final TrafficDefinition definition;
  private final long customers;
  private final long converted;
  /** By touchpoint number. */
  private final long[] events;
  private final long[] visitors;
  private final long[] convertedAt;
  /** By stage number. */
  private final long[] stageVisitors;
  private final long[] stageConverted;

  TrafficResult(TrafficDefinition definition, long customers, long converted, long[] events,
      long[] visitors, long[] convertedAt, long[] stageVisitors, long[] stageConverted) {
    this.definition = definition;
    this.customers = customers;
    this.converted = converted;
    this.events = events;
    this.visitors = visitors;
    this.convertedAt = convertedAt;
    this.stageVisitors = stageVisitors;
    this.stageConverted = stageConverted;
  }

  /** @return the definition the result was computed under */
  public TrafficDefinition definition() {
    return definition;
  }

  /** @return every customer seen: the denominator of each touchpoint's and stage's share */
  public long customers() {
    return customers;
  }

  /** @return whether no customer was seen */
  public boolean isEmpty() {
    return customers == 0;
  }

  /** @return the customers who reached the goal at least once; 0 without a goal */
  public long converted() {
    return converted;
  }

  /**
   * @return the customers who reached the goal over all customers, on 0..100 (empty, n = 0, when
   *     there are none); absent when the definition has no goal
   */
  public Optional<Percentage> conversion() {
    return hasGoal() ? Optional.of(Percentage.of(converted, customers)) : Optional.empty();
  }

  private boolean hasGoal() {
    return definition.goal().isPresent();
  }

  /** @return every touchpoint of the map with its traffic, in map order; unmodifiable */
  public List<TrafficTouchpoint> touchpoints() {
    List<TrafficTouchpoint> rows = new ArrayList<>(events.length);
    for (int t = 0; t < events.length; t++) {
      rows.add(touchpoint(t));
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * @param touchpointId a touchpoint of the map
   * @return its traffic, zero when nobody came
   * @throws UnknownTouchpointException if the map has no such touchpoint
   */
  public TrafficTouchpoint touchpoint(String touchpointId) {
    Objects.requireNonNull(touchpointId, "touchpointId");
    return touchpoint(JourneyIds.touchpointIndex(definition.map(), "touchpointId", touchpointId));
  }

  private TrafficTouchpoint touchpoint(int t) {
    JourneyMap map = definition.map();
    Touchpoint touchpoint = map.touchpoints().get(t);
    return new TrafficTouchpoint(touchpoint, map.stages().get(map.stageIndexOf(t)), events[t],
        visitors[t], Percentage.of(visitors[t], customers),
        hasGoal() ? Optional.of(Percentage.of(convertedAt[t], visitors[t])) : Optional.empty());
  }

  /** @return every stage of the map with its traffic, in journey order; unmodifiable */
  public List<TrafficStage> stages() {
    List<TrafficStage> rows = new ArrayList<>(stageVisitors.length);
    for (int s = 0; s < stageVisitors.length; s++) {
      rows.add(stage(s));
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * @param stageId a stage of the map
   * @return its traffic, zero when nobody came
   * @throws InvalidJourneyException if the map has no such stage
   */
  public TrafficStage stage(String stageId) {
    Objects.requireNonNull(stageId, "stageId");
    JourneyMap map = definition.map();
    int index = map.stageIndex(stageId);
    if (index < 0) {
      throw new InvalidJourneyException("stageId", JourneyIds.quote(stageId),
          "must be a stage of journey map " + JourneyIds.quote(map.id()));
    }
    return stage(index);
  }

  private TrafficStage stage(int s) {
    JourneyMap map = definition.map();
    long stageEvents = 0;
    for (int t = 0; t < events.length; t++) {
      if (map.stageIndexOf(t) == s) {
        stageEvents = Sums.add("events", stageEvents, events[t]);
      }
    }
    return new TrafficStage(map.stages().get(s), stageEvents, stageVisitors[s],
        Percentage.of(stageVisitors[s], customers),
        hasGoal() ? Optional.of(Percentage.of(stageConverted[s], stageVisitors[s]))
            : Optional.empty());
  }

  /**
   * Adds the results of two partitions of the customers (each customer in one of them): every
   * count adds, since a customer's visits and conversions are all in one partition.
   *
   * @param other the result of other customers under the same definition
   * @return the result of both
   * @throws IncompatibleMergeException if the definitions differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public TrafficResult plus(TrafficResult other) {
    Objects.requireNonNull(other, "other");
    if (!definition.equals(other.definition)) {
      throw new IncompatibleMergeException("TrafficResult", "definition", definition,
          other.definition);
    }
    return new TrafficResult(definition, Sums.add("customers", customers, other.customers),
        Sums.add("converted", converted, other.converted),
        Sums.add("events", events, other.events), Sums.add("visitors", visitors, other.visitors),
        Sums.add("converted", convertedAt, other.convertedAt),
        Sums.add("visitors", stageVisitors, other.stageVisitors),
        Sums.add("converted", stageConverted, other.stageConverted));
  }

  /**
   * The result as plain JSON values: {@code {"kind":"traffic","format":1,"map":…,"goal":{
   * "touchpoints":[…],"stages":[…],"kinds":[…],"attributes":{…}} or null,"customers":…,
   * "converted":…,"conversion":{percentage} or null,"touchpoints":[{"touchpoint":…,"stage":…,
   * "events":…,"visitors":…,"share":{…},"conversion":{…} or null}],"stages":[{"stage":…,
   * "events":…,"visitors":…,"share":{…},"conversion":{…} or null}]}}, touchpoints and stages in
   * map order, each percentage as {@link Percentage#toJsonShape()}; {@code conversion} members are
   * null exactly when the definition has no goal.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("kind", KIND);
    shape.put("format", ShapeReader.FORMAT);
    shape.put("map", definition.map().id());
    shape.put("goal", definition.goal().map(TrafficResult::goalShape).orElse(null));
    shape.put("customers", customers);
    shape.put("converted", converted);
    shape.put("conversion", conversion().map(Percentage::toJsonShape).orElse(null));
    List<Object> touchpoints = new ArrayList<>(events.length);
    for (TrafficTouchpoint row : touchpoints()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("touchpoint", row.touchpoint().id());
      t.put("stage", row.stage().id());
      t.put("events", row.events());
      t.put("visitors", row.visitors());
      t.put("share", row.share().toJsonShape());
      t.put("conversion", row.conversion().map(Percentage::toJsonShape).orElse(null));
      touchpoints.add(Collections.unmodifiableMap(t));
    }
    shape.put("touchpoints", Collections.unmodifiableList(touchpoints));
    List<Object> stages = new ArrayList<>(stageVisitors.length);
    for (TrafficStage row : stages()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("stage", row.stage().id());
      s.put("events", row.events());
      s.put("visitors", row.visitors());
      s.put("share", row.share().toJsonShape());
      s.put("conversion", row.conversion().map(Percentage::toJsonShape).orElse(null));
      stages.add(Collections.unmodifiableMap(s));
    }
    shape.put("stages", Collections.unmodifiableList(stages));
    return Collections.unmodifiableMap(shape);
  }

  /** The goal as JSON values: every part of the match, empty lists and object for "any". */
  static Map<String, Object> goalShape(EventMatch goal) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("touchpoints", goal.touchpoints());
    shape.put("stages", goal.stages());
    List<String> kinds = new ArrayList<>();
    for (EventKind kind : EventKind.values()) {
      if (goal.kinds().contains(kind)) {
        kinds.add(kind.id());
      }
    }
    shape.put("kinds", List.copyOf(kinds));
    shape.put("attributes", goal.attributes());
    return Collections.unmodifiableMap(shape);
  }

  /**
   * Reads a result from the JSON shape {@link #toJsonShape()} wrote, under the definition it was
   * computed with, so that results of partitions written on other machines can be read and
   * {@linkplain #plus added}. The counts read are {@code customers}, {@code converted}, each
   * touchpoint's {@code events}, {@code visitors} and conversion successes, and each stage's
   * {@code visitors} and conversion successes; every other member (shares, denominators, stage
   * events) must be what those counts give, and the counts must be possible (visitors ≤ events and
   * ≤ customers, converted ≤ visitors, a stage's visitors between its busiest touchpoint's and
   * their sum, a touchpoint with events has a visitor, no customer converted without a goal, and
   * the customers converted at most the stages' conversions added).
   *
   * @param shape the map a JSON library made of the text, such as Jackson's {@code
   *     readValue(text, Map.class)}
   * @param definition the definition the result was computed under
   * @return the result, equal to the one written
   * @throws IncompatibleMergeException if the shape's map or goal differ from the definition's
   * @throws SerialFormException naming the member path if a member is missing, unknown, mistyped,
   *     negative, beyond a long, impossible or disagrees with the counts
   */
  public static TrafficResult fromJsonShape(Map<String, ?> shape, TrafficDefinition definition) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(definition, "definition");
    ShapeReader in = ShapeReader.open(shape, KIND, MEMBERS);
    JourneyMap map = definition.map();
    ShapeReader.sameDefinition("TrafficResult", "map", map.id(), in.string("map"));
    Object goal = shape.get("goal");
    ShapeReader.sameDefinition("TrafficResult", "goal",
        definition.goal().<Object>map(TrafficResult::goalShape).orElse("null"),
        goal == null ? "null" : goal);
    boolean hasGoal = definition.goal().isPresent();
    long customers = in.count("customers");
    long converted = in.count("converted");
    if (converted > customers) {
      throw in.wrong("converted", converted, "must be ≤ customers = " + customers);
    }
    if (!hasGoal && converted != 0) {
      throw in.wrong("converted", converted, "must be 0: the definition has no goal");
    }
    int size = map.touchpoints().size();
    List<ShapeReader> rows = in.objects("touchpoints");
    if (rows.size() != size) {
      throw in.fail("touchpoints", "has " + rows.size() + " rows: must have one per touchpoint of"
          + " the map " + map.id() + " (" + size + ")");
    }
    long[] events = new long[size];
    long[] visitors = new long[size];
    long[] convertedAt = new long[size];
    for (int t = 0; t < size; t++) {
      ShapeReader row = rows.get(t);
      String id = row.string("touchpoint");
      String expected = map.touchpoints().get(t).id();
      if (!id.equals(expected)) {
        throw row.wrong(row.pathOf("touchpoint"), id, "must be \"" + expected + "\": touchpoints"
            + " are listed in map order");
      }
      events[t] = row.count("events");
      visitors[t] = atMost(row, "visitors", Math.min(events[t], customers),
          "events and customers");
      if (visitors[t] == 0 && events[t] > 0) {
        throw row.wrong(row.pathOf("visitors"), 0, "must be ≥ 1: its " + events[t]
            + " events were some customer's");
      }
      convertedAt[t] = conversions(row, hasGoal, Math.min(visitors[t], converted),
          "visitors and converted");
    }
    int stageCount = map.stages().size();
    List<ShapeReader> stageRows = in.objects("stages");
    if (stageRows.size() != stageCount) {
      throw in.fail("stages", "has " + stageRows.size() + " rows: must have one per stage of the"
          + " map " + map.id() + " (" + stageCount + ")");
    }
    long[] stageVisitors = new long[stageCount];
    long[] stageConverted = new long[stageCount];
    long allVisits = 0;
    long allConverted = 0;
    for (int s = 0; s < stageCount; s++) {
      ShapeReader row = stageRows.get(s);
      String id = row.string("stage");
      String expected = map.stages().get(s).id();
      if (!id.equals(expected)) {
        throw row.wrong(row.pathOf("stage"), id, "must be \"" + expected + "\": stages are"
            + " listed in journey order");
      }
      long most = 0;
      long sum = 0;
      long mostConverted = 0;
      long sumConverted = 0;
      for (int t = 0; t < size; t++) {
        if (map.stageIndexOf(t) == s) {
          most = Math.max(most, visitors[t]);
          sum = saturated(sum, visitors[t]);
          mostConverted = Math.max(mostConverted, convertedAt[t]);
          sumConverted = saturated(sumConverted, convertedAt[t]);
        }
      }
      stageVisitors[s] = atMost(row, "visitors", Math.min(sum, customers),
          "its touchpoints' visitors added and customers");
      if (stageVisitors[s] < most) {
        throw row.wrong(row.pathOf("visitors"), stageVisitors[s], "must be ≥ " + most
            + ", the visitors of its busiest touchpoint");
      }
      stageConverted[s] = conversions(row, hasGoal,
          Math.min(Math.min(sumConverted, stageVisitors[s]), converted),
          "its touchpoints' conversions added, its visitors and converted");
      if (stageConverted[s] < mostConverted) {
        throw row.wrong(row.pathOf("conversion") + ".successes", stageConverted[s], "must be ≥ "
            + mostConverted + ", the conversions of its touchpoint with most");
      }
      allVisits = saturated(allVisits, stageVisitors[s]);
      allConverted = saturated(allConverted, stageConverted[s]);
    }
    if (converted > allConverted) {
      throw in.wrong("converted", converted, "must be ≤ " + allConverted + ", the stages'"
          + " conversions added: a customer who reached the goal converted its touchpoint");
    }
    if (customers > allVisits) {
      throw in.wrong("customers", customers, "must be ≤ " + allVisits + ", the stages' visitors"
          + " added: every customer seen visited a touchpoint");
    }
    TrafficResult result = new TrafficResult(definition, customers, converted, events, visitors,
        convertedAt, stageVisitors, stageConverted);
    ShapeReader.requireAsWritten(KIND, "", result.toJsonShape(), shape);
    return result;
  }

  private static long atMost(ShapeReader row, String member, long most, String why) {
    long value = row.count(member);
    if (value > most) {
      throw row.wrong(row.pathOf(member), value, "must be ≤ " + most + " (" + why + ")");
    }
    return value;
  }

  /** Reads a row's conversion successes: none (null) without a goal, at most {@code most}. */
  private static long conversions(ShapeReader row, boolean hasGoal, long most, String why) {
    if (!hasGoal) {
      return 0; // the member must then be null, which requireAsWritten checks
    }
    ShapeReader conversion = row.object("conversion");
    long successes = conversion.count("successes");
    if (successes > most) {
      throw row.wrong(conversion.pathOf("successes"), successes, "must be ≤ " + most + " ("
          + why + ")");
    }
    return successes;
  }

  private static long saturated(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TrafficResult r && r.definition.equals(definition)
        && r.customers == customers && r.converted == converted && Arrays.equals(r.events, events)
        && Arrays.equals(r.visitors, visitors) && Arrays.equals(r.convertedAt, convertedAt)
        && Arrays.equals(r.stageVisitors, stageVisitors)
        && Arrays.equals(r.stageConverted, stageConverted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, customers, converted, Arrays.hashCode(events),
        Arrays.hashCode(visitors), Arrays.hashCode(convertedAt), Arrays.hashCode(stageVisitors),
        Arrays.hashCode(stageConverted));
  }

  /** @return e.g. {@code TrafficResult{map=shop, customers=10, converted=4, visitors={home=8, cart=5}}} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("TrafficResult{map=").append(definition.map().id())
        .append(", customers=").append(customers);
    if (hasGoal()) {
      out.append(", converted=").append(converted);
    }
    out.append(", visitors={");
    boolean first = true;
    for (int t = 0; t < visitors.length; t++) {
      if (visitors[t] > 0) {
        out.append(first ? "" : ", ").append(definition.map().touchpoints().get(t).id())
            .append('=').append(visitors[t]);
        first = false;
      }
    }
    return out.append("}}").toString();
  }
}
