package io.cxkit.journey.analysis;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.Stage;
import io.cxkit.journey.Touchpoint;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.internal.PeriodIds;
import io.cxkit.journey.internal.ShapeReader;
import io.cxkit.journey.internal.Sums;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where customers left: every customer of an exit analysis is exactly one of <em>converted</em>
 * (reached a goal at some point, whatever followed), <em>still active</em> (never reached a goal,
 * last seen less than the horizon before the end) or an <em>exit</em> at the touchpoint of their
 * last event. Exit points are ranked by their share of all exits (a {@link Percentage} on 0..100
 * with its Wilson interval), also by stage. Immutable; results of partitions split by customer add
 * exactly with {@link #plus}.
 *
 * <p>Serial form: {@link #toJsonShape()} writes a versioned JSON shape (format 1, kind {@code
 * exit-points}), and {@link #fromJsonShape(Map, ExitDefinition)} reads it back under the same
 * definition, so that partitions analysed on other machines merge. The shape is stable: format 1
 * will keep its members and meaning; a change would be format 2.
 */
public final class ExitResult {
  private final ExitDefinition definition;
  private final @Nullable Instant end;
  private final long converted;
  private final long stillActive;
  /** Exits by touchpoint number. */
  private final long[] exits;
  private final long totalExits;

  ExitResult(ExitDefinition definition, @Nullable Instant end, long converted, long stillActive,
      long[] exits) {
    this.definition = definition;
    this.end = end;
    this.converted = converted;
    this.stillActive = stillActive;
    this.exits = exits;
    long total = 0;
    for (long count : exits) {
      total = Sums.add("exits", total, count);
    }
    this.totalExits = total;
    Sums.add("customers", Sums.add("customers", converted, stillActive), total);
  }

  /** @return the definition the result was computed under */
  public ExitDefinition definition() {
    return definition;
  }

  /**
   * @return the instant the analysis ended: the definition's end, or else the latest event seen;
   *     empty when neither exists (no event and no end given)
   */
  public Optional<Instant> end() {
    return Optional.ofNullable(end);
  }

  /** @return every customer seen: converted, still active and exits */
  public long customers() {
    return converted + stillActive + totalExits;
  }

  /** @return customers who reached a goal (also those who left afterwards: they converted) */
  public long converted() {
    return converted;
  }

  /** @return customers who never reached a goal and were last seen less than a horizon before the end */
  public long stillActive() {
    return stillActive;
  }

  /** @return customers who never reached a goal and stayed away at least a horizon: every exit */
  public long exits() {
    return totalExits;
  }

  /** @return whether no customer was seen */
  public boolean isEmpty() {
    return customers() == 0;
  }

  /** @return converted customers over all customers, on 0..100; empty when there are none */
  public Percentage convertedShare() {
    return Percentage.of(converted, customers());
  }

  /** @return still-active customers over all customers, on 0..100; empty when there are none */
  public Percentage stillActiveShare() {
    return Percentage.of(stillActive, customers());
  }

  /**
   * @return exits over all customers, on 0..100; with {@link #convertedShare()} and {@link
   *     #stillActiveShare()} it adds up to 100
   */
  public Percentage exitShare() {
    return Percentage.of(totalExits, customers());
  }

  /**
   * @return the touchpoints where at least one customer left, by exits, most first (ties in map
   *     order), each with its share of all exits; the shares add up to 100; unmodifiable
   */
  public List<ExitPoint> exitPoints() {
    JourneyMap map = definition.map();
    List<ExitPoint> points = new ArrayList<>();
    for (int i = 0; i < exits.length; i++) {
      if (exits[i] > 0) {
        points.add(point(map, i));
      }
    }
    points.sort((a, b) -> Long.compare(b.exits(), a.exits())); // stable: ties keep map order
    return Collections.unmodifiableList(points);
  }

  /**
   * @param touchpointId a touchpoint of the map
   * @return its exit point, with no exits when nobody left there
   * @throws UnknownTouchpointException if the map has no such touchpoint
   */
  public ExitPoint exitPoint(String touchpointId) {
    Objects.requireNonNull(touchpointId, "touchpointId");
    JourneyMap map = definition.map();
    int index = JourneyIds.touchpointIndex(map, "touchpointId", touchpointId);
    return point(map, index);
  }

  private ExitPoint point(JourneyMap map, int index) {
    Touchpoint touchpoint = map.touchpoints().get(index);
    Stage stage = map.stages().get(map.stageIndexOf(index));
    return new ExitPoint(touchpoint, stage, exits[index], Percentage.of(exits[index], totalExits));
  }

  /**
   * @return the stages where at least one customer left, by exits, most first (ties in journey
   *     order), each with its share of all exits; unmodifiable
   */
  public List<ExitStage> exitStages() {
    JourneyMap map = definition.map();
    long[] byStage = new long[map.stages().size()];
    for (int i = 0; i < exits.length; i++) {
      byStage[map.stageIndexOf(i)] += exits[i]; // at most totalExits, which did not overflow
    }
    List<ExitStage> stages = new ArrayList<>();
    for (int s = 0; s < byStage.length; s++) {
      if (byStage[s] > 0) {
        stages.add(new ExitStage(map.stages().get(s), byStage[s],
            Percentage.of(byStage[s], totalExits)));
      }
    }
    stages.sort((a, b) -> Long.compare(b.exits(), a.exits()));
    return Collections.unmodifiableList(stages);
  }

  /**
   * Adds the results of two partitions of the customers (each customer in one of them).
   *
   * @param other the result of other customers under the same definition
   * @return the result of both
   * @throws IncompatibleMergeException if the definitions differ, or the analyses ended at
   *     different instants (give the definition an end to split the work)
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public ExitResult plus(ExitResult other) {
    Objects.requireNonNull(other, "other");
    if (!definition.equals(other.definition)) {
      throw new IncompatibleMergeException("ExitResult", "definition", definition,
          other.definition);
    }
    Instant both = end;
    if (both == null) {
      both = other.end;
    } else if (other.end != null && !both.equals(other.end)) {
      throw new IncompatibleMergeException("ExitResult", "end", both, other.end
          + " (the latest events of the partitions; give the definition an end to merge)");
    }
    long[] sum = Sums.add("exits", exits, other.exits);
    return new ExitResult(definition, both, Sums.add("converted", converted, other.converted),
        Sums.add("stillActive", stillActive, other.stillActive), sum);
  }

  /**
   * The result as plain JSON values: {@code {"kind":"exit-points","format":1,"map":…,
   * "goals":{touchpoint:[kinds]},"horizon":"PT720H","end":"…" or null,"customers":…,
   * "converted":…,"stillActive":…,"exits":…,"exitPoints":[{"touchpoint":…,"stage":…,"exits":…,
   * "share":{percentage}}],"exitStages":[{"stage":…,"exits":…,"share":{…}}]}}, the exit points
   * and stages ranked as {@link #exitPoints()} ranks them and each share as {@link
   * Percentage#toJsonShape()}.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("kind", KIND);
    shape.put("format", ShapeReader.FORMAT);
    shape.put("map", definition.map().id());
    shape.put("goals", goalsShape(definition));
    shape.put("horizon", definition.horizon().toString());
    shape.put("end", end == null ? null : end.toString());
    shape.put("customers", customers());
    shape.put("converted", converted);
    shape.put("stillActive", stillActive);
    shape.put("exits", totalExits);
    List<Object> points = new ArrayList<>();
    for (ExitPoint point : exitPoints()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("touchpoint", point.touchpoint().id());
      p.put("stage", point.stage().id());
      p.put("exits", point.exits());
      p.put("share", point.share().toJsonShape());
      points.add(Collections.unmodifiableMap(p));
    }
    shape.put("exitPoints", Collections.unmodifiableList(points));
    List<Object> stages = new ArrayList<>();
    for (ExitStage stage : exitStages()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("stage", stage.stage().id());
      s.put("exits", stage.exits());
      s.put("share", stage.share().toJsonShape());
      stages.add(Collections.unmodifiableMap(s));
    }
    shape.put("exitStages", Collections.unmodifiableList(stages));
    return Collections.unmodifiableMap(shape);
  }

  /**
   * Reads a result from the JSON shape {@link #toJsonShape()} wrote, under the definition it was
   * computed with: the inverse of {@link #toJsonShape()}, so that results of partitions written on
   * other machines can be read and {@linkplain #plus added}. The counts read are {@code converted},
   * {@code stillActive} and each exit point's {@code exits}; every other member (totals, shares,
   * stages, the ranking) must be what those counts give.
   *
   * @param shape the map a JSON library made of the text, such as Jackson's {@code
   *     readValue(text, Map.class)}
   * @param definition the definition the result was computed under
   * @return the result, equal to the one written
   * @throws IncompatibleMergeException if the shape's map, goals, horizon or end differ from the
   *     definition's
   * @throws SerialFormException naming the member path if a member is missing, unknown, mistyped,
   *     negative, beyond a long, or disagrees with the counts
   */
  public static ExitResult fromJsonShape(Map<String, ?> shape, ExitDefinition definition) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(definition, "definition");
    ShapeReader in = ShapeReader.open(shape, KIND, java.util.Set.of("kind", "format",
        "map", "goals", "horizon", "end", "customers", "converted", "stillActive", "exits",
        "exitPoints", "exitStages"));
    JourneyMap map = definition.map();
    ShapeReader.sameDefinition("ExitResult", "map", map.id(), in.string("map"));
    ShapeReader goalShape = in.object("goals");
    Map<String, Object> goals = new LinkedHashMap<>();
    for (String id : goalShape.names()) {
      goals.put(id, goalShape.strings(id));
    }
    ShapeReader.sameDefinition("ExitResult", "goals", goalsShape(definition), goals);
    ShapeReader.sameDefinition("ExitResult", "horizon", definition.horizon().toString(),
        in.string("horizon"));
    String endText = in.nullableString("end");
    Instant end = null;
    if (endText != null) {
      try {
        end = Instant.parse(endText);
        PeriodIds.micros(end, "end");
      } catch (java.time.format.DateTimeParseException | io.cxkit.core.CxException e) {
        throw in.fail("end", "= \"" + endText + "\": must be an ISO-8601 instant within about"
            + " 292 000 years of 1970, such as 2024-03-04T09:00:00Z");
      }
    }
    if (definition.end().isPresent()) {
      ShapeReader.sameDefinition("ExitResult", "end", definition.end().get(),
          end == null ? "null" : end);
    }
    long converted = in.count("converted");
    long stillActive = in.count("stillActive");
    long[] exits = new long[map.touchpoints().size()];
    List<ShapeReader> points = in.objects("exitPoints");
    for (int i = 0; i < points.size(); i++) {
      ShapeReader point = points.get(i);
      String id = point.string("touchpoint");
      int index = map.touchpointIndex(id);
      if (index < 0) {
        throw point.fail(point.pathOf("touchpoint"), "= \"" + id + "\": is no touchpoint of the"
            + " map " + map.id());
      }
      if (exits[index] != 0) {
        throw point.fail(point.pathOf("touchpoint"), "= \"" + id + "\": is listed twice");
      }
      exits[index] = point.positiveCount("exits");
    }
    long total = stillActive;
    for (int i = 0; i < exits.length; i++) {
      total += exits[i];
      if (total < 0) {
        throw in.fail("exitPoints", "add up to more than a long holds with stillActive");
      }
    }
    if (converted + total < 0) {
      throw in.fail("customers", "(converted + stillActive + exits) is more than a long holds");
    }
    if (end == null && converted + total > 0) {
      throw in.fail("end", "is null, but customers were seen: the end is the latest event or the"
          + " definition's end");
    }
    ExitResult result = new ExitResult(definition, end, converted, stillActive, exits);
    ShapeReader.requireAsWritten(KIND, "", result.toJsonShape(), shape);
    return result;
  }

  private static final String KIND = "exit-points";

  private static Map<String, Object> goalsShape(ExitDefinition definition) {
    Map<String, Object> goals = new LinkedHashMap<>();
    definition.goals().forEach((id, kinds) -> {
      List<String> names = new ArrayList<>();
      kinds.forEach(kind -> names.add(kind.id()));
      goals.put(id, List.copyOf(names));
    });
    return Collections.unmodifiableMap(goals);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExitResult r && r.definition.equals(definition) && Objects.equals(r.end, end)
        && r.converted == converted && r.stillActive == stillActive && Arrays.equals(r.exits, exits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, end, converted, stillActive, Arrays.hashCode(exits));
  }

  /** @return e.g. {@code ExitResult{customers=5, converted=2, stillActive=1, exits={cart=2}}} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ExitResult{customers=").append(customers())
        .append(", converted=").append(converted).append(", stillActive=").append(stillActive)
        .append(", exits={");
    List<ExitPoint> points = exitPoints();
    for (int i = 0; i < points.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(points.get(i).touchpoint().id()).append('=')
          .append(points.get(i).exits());
    }
    return out.append("}}").toString();
  }
}
