package io.cxkit.journey.analysis;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.stats.Percentage;
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
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Back-and-forth friction per touchpoint and per pair of touchpoints: episodes, the distinct
 * customers who had one, and their share of the customers who visited the touchpoint (a {@link
 * Percentage} on 0..100 with its Wilson interval). Immutable; results of partitions split by
 * customer add exactly with {@link #plus} (a customer is in one partition, so distinct counts add).
 *
 * <p>Serial form: {@link #toJsonShape()} writes a versioned JSON shape (format 1, kind {@code
 * friction}), and {@link #fromJsonShape(Map, FrictionDefinition)} reads it back under the same
 * definition, so that partitions analysed on other machines merge. The shape is stable: format 1
 * will keep its members and meaning; a change would be format 2.
 */
public final class FrictionResult {
  private final FrictionDefinition definition;
  private final long customers;
  private final long[] visitors;
  private final long[] episodes;
  private final long[] frictionCustomers;
  /** Episodes by pair key first · touchpoints + second, in key order; only pairs with episodes. */
  private final TreeMap<Long, Long> pairs;

  FrictionResult(FrictionDefinition definition, long customers, long[] visitors, long[] episodes,
      long[] frictionCustomers, Map<Long, Long> pairs) {
    this.definition = definition;
    this.customers = customers;
    this.visitors = visitors;
    this.episodes = episodes;
    this.frictionCustomers = frictionCustomers;
    this.pairs = new TreeMap<>(pairs);
  }

  /** @return the definition the result was computed under */
  public FrictionDefinition definition() {
    return definition;
  }

  /** @return every customer seen */
  public long customers() {
    return customers;
  }

  /** @return whether no customer was seen */
  public boolean isEmpty() {
    return customers == 0;
  }

  /** @return every friction episode, each counted once (the sum over the pairs) */
  public long episodes() {
    long total = 0;
    for (long count : pairs.values()) {
      total = Sums.add("episodes", total, count);
    }
    return total;
  }

  /**
   * @return every touchpoint that at least one customer visited, by episodes, most first (ties in
   *     map order); unmodifiable
   */
  public List<FrictionTouchpoint> touchpoints() {
    List<FrictionTouchpoint> out = new ArrayList<>();
    for (int i = 0; i < visitors.length; i++) {
      if (visitors[i] > 0) {
        out.add(touchpoint(i));
      }
    }
    out.sort((a, b) -> Long.compare(b.episodes(), a.episodes()));
    return Collections.unmodifiableList(out);
  }

  /**
   * @param touchpointId a touchpoint of the map
   * @return its friction (no episodes and an empty share when nobody visited it)
   * @throws UnknownTouchpointException if the map has no such touchpoint
   */
  public FrictionTouchpoint touchpoint(String touchpointId) {
    Objects.requireNonNull(touchpointId, "touchpointId");
    return touchpoint(JourneyIds.touchpointIndex(definition.map(), "touchpointId", touchpointId));
  }

  private FrictionTouchpoint touchpoint(int i) {
    return new FrictionTouchpoint(definition.map().touchpoints().get(i), episodes[i],
        frictionCustomers[i], visitors[i], Percentage.of(frictionCustomers[i], visitors[i]));
  }

  /**
   * @return every pair of touchpoints with at least one episode, by episodes, most first (ties in
   *     map order of the first, then the second); unmodifiable
   */
  public List<FrictionPair> pairs() {
    List<Touchpoint> all = definition.map().touchpoints();
    int n = all.size();
    List<FrictionPair> out = new ArrayList<>(pairs.size());
    pairs.forEach((key, count) -> out.add(new FrictionPair(all.get((int) (key / n)),
        all.get((int) (key % n)), count)));
    out.sort((a, b) -> Long.compare(b.episodes(), a.episodes()));
    return Collections.unmodifiableList(out);
  }

  /**
   * Adds the results of two partitions of the customers (each customer in one of them).
   *
   * @param other the result of other customers under the same definition
   * @return the result of both
   * @throws IncompatibleMergeException if the definitions differ
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public FrictionResult plus(FrictionResult other) {
    Objects.requireNonNull(other, "other");
    if (!definition.equals(other.definition)) {
      throw new IncompatibleMergeException("FrictionResult", "definition", definition,
          other.definition);
    }
    Map<Long, Long> sum = new TreeMap<>(pairs);
    other.pairs.forEach((key, count) -> sum.merge(key, count,
        (a, b) -> Sums.add("episodes", a, b)));
    return new FrictionResult(definition, Sums.add("customers", customers, other.customers),
        Sums.add("visitors", visitors, other.visitors), Sums.add("episodes", episodes, other.episodes),
        Sums.add("customers", frictionCustomers, other.frictionCustomers), sum);
  }

  /**
   * The result as plain JSON values: {@code {"kind":"friction","format":1,"map":…,"switches":3,
   * "window":"PT2M","customers":…,"episodes":…,"touchpoints":[{"touchpoint":…,"episodes":…,
   * "customers":…,"visitors":…,"share":{percentage}}],"pairs":[{"first":…,"second":…,
   * "episodes":…}]}}, ranked as {@link #touchpoints()} and {@link #pairs()} rank them.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("kind", KIND);
    shape.put("format", ShapeReader.FORMAT);
    shape.put("map", definition.map().id());
    shape.put("switches", definition.switches());
    shape.put("window", definition.window().toString());
    shape.put("customers", customers);
    shape.put("episodes", episodes());
    List<Object> points = new ArrayList<>();
    for (FrictionTouchpoint t : touchpoints()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("touchpoint", t.touchpoint().id());
      p.put("episodes", t.episodes());
      p.put("customers", t.customers());
      p.put("visitors", t.visitors());
      p.put("share", t.share().toJsonShape());
      points.add(Collections.unmodifiableMap(p));
    }
    shape.put("touchpoints", Collections.unmodifiableList(points));
    List<Object> pairList = new ArrayList<>();
    for (FrictionPair pair : pairs()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("first", pair.first().id());
      p.put("second", pair.second().id());
      p.put("episodes", pair.episodes());
      pairList.add(Collections.unmodifiableMap(p));
    }
    shape.put("pairs", Collections.unmodifiableList(pairList));
    return Collections.unmodifiableMap(shape);
  }

  /**
   * Reads a result from the JSON shape {@link #toJsonShape()} wrote, under the definition it was
   * computed with: the inverse of {@link #toJsonShape()}, so that results of partitions written on
   * other machines can be read and {@linkplain #plus added}. The counts read are {@code customers},
   * each touchpoint's {@code episodes}, {@code customers} and {@code visitors}, and each pair's
   * {@code episodes}; every other member (the total, shares, the ranking) must be what those
   * counts give. The counts must hold together as an analysis makes them: a touchpoint's episodes
   * are those of its pairs, its customers with friction are at most its episodes and its visitors,
   * its visitors at most the customers, and every customer visited a touchpoint.
   *
   * @param shape the map a JSON library made of the text, such as Jackson's {@code
   *     readValue(text, Map.class)}
   * @param definition the definition the result was computed under
   * @return the result, equal to the one written
   * @throws IncompatibleMergeException if the shape's map, switches or window differ from the
   *     definition's
   * @throws io.cxkit.core.SerialFormException naming the member path if a member is missing,
   *     unknown, mistyped, negative, beyond a long, or the counts do not hold together
   */
  public static FrictionResult fromJsonShape(Map<String, ?> shape, FrictionDefinition definition) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(definition, "definition");
    ShapeReader in = ShapeReader.open(shape, KIND, java.util.Set.of("kind", "format",
        "map", "switches", "window", "customers", "episodes", "touchpoints", "pairs"));
    JourneyMap map = definition.map();
    ShapeReader.sameDefinition("FrictionResult", "map", map.id(), in.string("map"));
    ShapeReader.sameDefinition("FrictionResult", "switches", definition.switches(),
        in.integer("switches"));
    ShapeReader.sameDefinition("FrictionResult", "window", definition.window().toString(),
        in.string("window"));
    long customers = in.count("customers");
    int n = map.touchpoints().size();
    long[] visitors = new long[n];
    long[] episodes = new long[n];
    long[] frictionCustomers = new long[n];
    List<ShapeReader> points = in.objects("touchpoints");
    String[] pathOf = new String[n];
    long allVisits = 0;
    for (ShapeReader point : points) {
      int i = touchpoint(point, "touchpoint", map);
      if (visitors[i] != 0) {
        throw point.fail(point.pathOf("touchpoint"), "= \"" + map.touchpoints().get(i).id()
            + "\": is listed twice");
      }
      pathOf[i] = point.pathOf("");
      visitors[i] = point.positiveCount("visitors");
      episodes[i] = point.count("episodes");
      frictionCustomers[i] = point.count("customers");
      if (visitors[i] > customers) {
        throw point.fail(point.pathOf("visitors"), "= " + visitors[i] + ": must be at most the"
            + " customers, " + customers);
      }
      if (frictionCustomers[i] > visitors[i] || frictionCustomers[i] > episodes[i]
          || (frictionCustomers[i] == 0) != (episodes[i] == 0)) {
        throw point.fail(point.pathOf("customers"), "= " + frictionCustomers[i] + ": must be at"
            + " most the visitors (" + visitors[i] + ") and the episodes (" + episodes[i]
            + "), and above 0 exactly when there are episodes");
      }
      allVisits = ExitClock.saturatedAdd(allVisits, visitors[i]);
    }
    if (allVisits < customers) {
      throw in.fail("customers", "= " + customers + ": must be at most the visitors of all"
          + " touchpoints together, " + allVisits + " (every customer visited one)");
    }
    Map<Long, Long> pairs = new TreeMap<>();
    long[] pairEpisodes = new long[n];
    for (ShapeReader pair : in.objects("pairs")) {
      int a = touchpoint(pair, "first", map);
      int b = touchpoint(pair, "second", map);
      if (a >= b) {
        throw pair.fail(pair.pathOf("second"), "= \"" + map.touchpoints().get(b).id()
            + "\": must come after the first, \"" + map.touchpoints().get(a).id()
            + "\", in map order");
      }
      long count = pair.positiveCount("episodes");
      if (pairs.put((long) a * n + b, count) != null) {
        throw pair.fail(pair.pathOf("first"), "and second: the pair is listed twice");
      }
      for (int t : new int[] {a, b}) {
        if (visitors[t] == 0) {
          throw pair.fail(pair.pathOf(t == a ? "first" : "second"), "= \""
              + map.touchpoints().get(t).id() + "\": has episodes, but is not among the visited"
              + " touchpoints");
        }
        pairEpisodes[t] = ExitClock.saturatedAdd(pairEpisodes[t], count);
      }
    }
    for (int t = 0; t < n; t++) {
      if (pairEpisodes[t] != episodes[t]) {
        throw in.fail(pathOf[t] + "episodes", "= " + episodes[t] + ": must be the episodes of the"
            + " pairs with " + map.touchpoints().get(t).id() + ", " + pairEpisodes[t]);
      }
    }
    long total = 0;
    for (long count : pairs.values()) {
      total += count;
      if (total < 0) {
        throw in.fail("episodes", "(the pairs' episodes together) is more than a long holds");
      }
    }
    FrictionResult result = new FrictionResult(definition, customers, visitors, episodes,
        frictionCustomers, pairs);
    ShapeReader.requireAsWritten(KIND, "", result.toJsonShape(), shape);
    return result;
  }

  private static final String KIND = "friction";

  private static int touchpoint(ShapeReader in, String member, JourneyMap map) {
    String id = in.string(member);
    int index = map.touchpointIndex(id);
    if (index < 0) {
      throw in.fail(in.pathOf(member), "= \"" + id + "\": is no touchpoint of the map "
          + map.id());
    }
    return index;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FrictionResult r && r.definition.equals(definition)
        && r.customers == customers && Arrays.equals(r.visitors, visitors)
        && Arrays.equals(r.episodes, episodes)
        && Arrays.equals(r.frictionCustomers, frictionCustomers) && r.pairs.equals(pairs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, customers, Arrays.hashCode(visitors),
        Arrays.hashCode(episodes), Arrays.hashCode(frictionCustomers), pairs);
  }

  /** @return e.g. {@code FrictionResult{customers=4, episodes=1, pairs={cart/checkout=1}}} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("FrictionResult{customers=").append(customers)
        .append(", episodes=").append(episodes()).append(", pairs={");
    List<FrictionPair> list = pairs();
    for (int i = 0; i < list.size(); i++) {
      FrictionPair pair = list.get(i);
      out.append(i == 0 ? "" : ", ").append(pair.first().id()).append('/')
          .append(pair.second().id()).append('=').append(pair.episodes());
    }
    return out.append("}}").toString();
  }
}
