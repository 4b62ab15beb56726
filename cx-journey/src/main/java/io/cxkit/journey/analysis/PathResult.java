package io.cxkit.journey.analysis;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.internal.ShapeReader;
import io.cxkit.journey.internal.Sums;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The most frequent touchpoint paths: every path a session or customer followed, with its count and
 * share of the units, most frequent first. Exact ({@link #isExact()}) unless the analyzer's trie
 * reached its cap, in which case the units that needed more are counted as {@link #other()} and
 * the counts listed are still exact for the units they hold, but a path among the others is
 * missing. Immutable; results of partitions split by customer add with {@link #plus}, path by
 * path (a sum is not capped).
 *
 * <p>Order: by count, most first; ties by the touchpoints' map order step by step, a shorter path
 * before its extensions, and a path that ended before the same path cut at the step limit.
 *
 * <p>Serial form: {@link #toJsonShape()} writes a versioned JSON shape (format 1, kind {@code
 * paths}), and {@link #fromJsonShape(Map, PathDefinition)} reads it back under the same
 * definition, so that partitions analysed on other machines merge. The shape is stable: format 1
 * will keep its members and meaning; a change would be format 2.
 */
public final class PathResult {
  private final PathDefinition definition;
  private final long units;
  private final long other;
  /** By path: {units that ended there, units cut there}. */
  private final Map<List<String>, long[]> counts;
  private final List<PathCount> paths;

  PathResult(PathDefinition definition, long units, long other, Map<List<String>, long[]> counts) {
    this.definition = definition;
    this.units = units;
    this.other = other;
    this.counts = counts;
    List<PathCount> list = new ArrayList<>();
    counts.forEach((path, c) -> {
      if (c[0] > 0) {
        list.add(new PathCount(path, false, c[0], Percentage.of(c[0], units)));
      }
      if (c[1] > 0) {
        list.add(new PathCount(path, true, c[1], Percentage.of(c[1], units)));
      }
    });
    JourneyMap map = definition.map();
    Comparator<PathCount> byPath = (a, b) -> {
      List<String> x = a.touchpointIds();
      List<String> y = b.touchpointIds();
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        int d = Integer.compare(map.touchpointIndex(x.get(i)), map.touchpointIndex(y.get(i)));
        if (d != 0) {
          return d;
        }
      }
      int d = Integer.compare(x.size(), y.size());
      return d != 0 ? d : Boolean.compare(a.cut(), b.cut());
    };
    list.sort(Comparator.comparingLong(PathCount::count).reversed().thenComparing(byPath));
    this.paths = Collections.unmodifiableList(list);
  }

  /** @return the definition the result was computed under */
  public PathDefinition definition() {
    return definition;
  }

  /**
   * @return every path counted, the "other" ones included: one per customer, or per session and
   *     per customer with session-less events (see {@link PathUnit#SESSION})
   */
  public long units() {
    return units;
  }

  /** @return the units whose path needed a trie node beyond the cap: counted, path unknown */
  public long other() {
    return other;
  }

  /** @return whether every unit's path is known: no unit counted as other */
  public boolean isExact() {
    return other == 0;
  }

  /** @return whether no unit was seen */
  public boolean isEmpty() {
    return units == 0;
  }

  /** @return the share of units counted as other, on 0..100; empty when there are no units */
  public Percentage otherShare() {
    return Percentage.of(other, units);
  }

  /** @return every path with its count, most frequent first; unmodifiable */
  public List<PathCount> paths() {
    return paths;
  }

  /**
   * @param n how many paths, ≥ 0
   * @return the {@code n} most frequent paths (fewer when there are fewer); unmodifiable
   * @throws InvalidValueException if {@code n} is negative
   */
  public List<PathCount> top(int n) {
    if (n < 0) {
      throw new InvalidValueException("n", n, "must be ≥ 0");
    }
    return paths.subList(0, Math.min(n, paths.size()));
  }

  /**
   * @param touchpointIds a path's touchpoints in order
   * @return how many units followed exactly that path and ended there (not cut), 0 if none
   */
  public long count(List<String> touchpointIds) {
    Objects.requireNonNull(touchpointIds, "touchpointIds");
    long[] c = counts.get(touchpointIds);
    return c == null ? 0 : c[0];
  }

  /**
   * Adds the results of two partitions of the customers, path by path.
   *
   * @param other the result of other customers under the same definition
   * @return the result of both
   * @throws IncompatibleMergeException if the definitions differ
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public PathResult plus(PathResult other) {
    Objects.requireNonNull(other, "other");
    if (!definition.equals(other.definition)) {
      throw new IncompatibleMergeException("PathResult", "definition", definition,
          other.definition);
    }
    Map<List<String>, long[]> sum = new LinkedHashMap<>();
    counts.forEach((path, c) -> sum.put(path, c.clone()));
    other.counts.forEach((path, c) -> {
      long[] mine = sum.computeIfAbsent(path, p -> new long[2]);
      mine[0] = Sums.add("count", mine[0], c[0]);
      mine[1] = Sums.add("count", mine[1], c[1]);
    });
    return new PathResult(definition, Sums.add("units", units, other.units),
        Sums.add("other", this.other, other.other), sum);
  }

  /**
   * The result as plain JSON values: {@code {"kind":"paths","format":1,"map":…,"unit":"session",
   * "maxSteps":…,"maxNodes":…,"units":…,"other":…,"exact":true,"paths":[{"touchpoints":[…],
   * "cut":false,"count":…,"share":{percentage}}]}}, in the order of {@link #paths()}.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("kind", KIND);
    shape.put("format", ShapeReader.FORMAT);
    shape.put("map", definition.map().id());
    shape.put("unit", unitName(definition.unit()));
    shape.put("maxSteps", definition.maxSteps());
    shape.put("maxNodes", definition.maxNodes());
    shape.put("units", units);
    shape.put("other", other);
    shape.put("exact", isExact());
    List<Object> list = new ArrayList<>(paths.size());
    for (PathCount path : paths) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("touchpoints", path.touchpointIds());
      p.put("cut", path.cut());
      p.put("count", path.count());
      p.put("share", path.share().toJsonShape());
      list.add(Collections.unmodifiableMap(p));
    }
    shape.put("paths", Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(shape);
  }

  /**
   * Reads a result from the JSON shape {@link #toJsonShape()} wrote, under the definition it was
   * computed with: the inverse of {@link #toJsonShape()}, so that results of partitions written on
   * other machines can be read and {@linkplain #plus added}. The counts read are {@code units},
   * {@code other} and each path's {@code count}; the shares, {@code exact} and the order must be
   * what those give. The paths must be as an analysis makes them: one to {@link
   * PathDefinition#maxSteps()} touchpoints of the map, no touchpoint twice in a row, a cut path of
   * exactly the step limit, each path and cut listed once, and every unit either on a path or
   * other (the counts and other add up to the units).
   *
   * @param shape the map a JSON library made of the text, such as Jackson's {@code
   *     readValue(text, Map.class)}
   * @param definition the definition the result was computed under
   * @return the result, equal to the one written
   * @throws IncompatibleMergeException if the shape's map, unit, step limit or node cap differ
   *     from the definition's
   * @throws io.cxkit.core.SerialFormException naming the member path if a member is missing,
   *     unknown, mistyped, negative, beyond a long, or the paths and counts are not as an analysis
   *     makes them
   */
  public static PathResult fromJsonShape(Map<String, ?> shape, PathDefinition definition) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(definition, "definition");
    ShapeReader in = ShapeReader.open(shape, KIND, java.util.Set.of("kind", "format",
        "map", "unit", "maxSteps", "maxNodes", "units", "other", "exact", "paths"));
    JourneyMap map = definition.map();
    ShapeReader.sameDefinition("PathResult", "map", map.id(), in.string("map"));
    ShapeReader.sameDefinition("PathResult", "unit", unitName(definition.unit()),
        in.string("unit"));
    ShapeReader.sameDefinition("PathResult", "maxSteps", definition.maxSteps(),
        in.integer("maxSteps"));
    ShapeReader.sameDefinition("PathResult", "maxNodes", definition.maxNodes(),
        in.integer("maxNodes"));
    long units = in.count("units");
    long other = in.count("other");
    Map<List<String>, long[]> counts = new LinkedHashMap<>();
    long onPaths = other;
    for (ShapeReader path : in.objects("paths")) {
      List<String> ids = path.strings("touchpoints");
      String idsPath = path.pathOf("touchpoints");
      if (ids.isEmpty() || ids.size() > definition.maxSteps()) {
        throw path.fail(idsPath, "has " + ids.size() + " touchpoints: must have 1 to the step"
            + " limit, " + definition.maxSteps());
      }
      for (int i = 0; i < ids.size(); i++) {
        if (map.touchpointIndex(ids.get(i)) < 0) {
          throw path.fail(idsPath + "[" + i + "]", "= \"" + ids.get(i) + "\": is no touchpoint"
              + " of the map " + map.id());
        }
        if (i > 0 && ids.get(i).equals(ids.get(i - 1))) {
          throw path.fail(idsPath + "[" + i + "]", "= \"" + ids.get(i) + "\": repeats the step"
              + " before (consecutive repeats are one step)");
        }
      }
      boolean cut = path.bool("cut");
      if (cut && ids.size() != definition.maxSteps()) {
        throw path.fail(path.pathOf("cut"), "= true: a cut path has the step limit's "
            + definition.maxSteps() + " touchpoints, this one " + ids.size());
      }
      long count = path.positiveCount("count");
      long[] c = counts.computeIfAbsent(List.copyOf(ids), key -> new long[2]);
      if (c[cut ? 1 : 0] != 0) {
        throw path.fail(idsPath, "= " + ids + (cut ? " (cut)" : "") + ": is listed twice");
      }
      c[cut ? 1 : 0] = count;
      onPaths += count;
      if (onPaths < 0) {
        throw in.fail("paths", "count, with other, more than a long holds");
      }
    }
    if (onPaths != units) {
      throw in.fail("units", "= " + units + ": must be the paths' counts and other together, "
          + onPaths + " (every unit is on one path or other)");
    }
    PathResult result = new PathResult(definition, units, other, counts);
    ShapeReader.requireAsWritten(KIND, "", result.toJsonShape(), shape);
    return result;
  }

  private static final String KIND = "paths";

  private static String unitName(PathUnit unit) {
    return unit == PathUnit.SESSION ? "session" : "customer";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PathResult r && r.definition.equals(definition) && r.units == units
        && r.other == other && r.paths.equals(paths);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, units, other, paths);
  }

  /** @return e.g. {@code PathResult{units=5, other=0, paths=3, top=[home, cart]×2}} */
  @Override
  public String toString() {
    return "PathResult{units=" + units + ", other=" + other + ", paths=" + paths.size()
        + (paths.isEmpty() ? "" : ", top=" + paths.get(0).touchpointIds()
            + (paths.get(0).cut() ? "…" : "") + "×" + paths.get(0).count()) + "}";
  }
}
