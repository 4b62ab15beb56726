package io.cxkit.journey.retention;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.journey.internal.GroupTests;
import io.cxkit.core.survival.KaplanMeier;
import io.cxkit.core.survival.LifetimeTable;
import io.cxkit.core.survival.LogRankTest;
import io.cxkit.journey.internal.ShapeReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Customers' first lifetimes under a {@link LifetimeDefinition}, in days: cx-core's {@link
 * LifetimeTable} over all customers and per group (groups with a lifetime only, in label order),
 * their {@linkplain KaplanMeier Kaplan–Meier curves} and median lifetimes, and each group's
 * log-rank test against the rest, Holm-adjusted. Customers without a group are in the total only.
 * Immutable; results of partitions split by customer add exactly with {@link #plus}.
 *
 * <p>Serial form: {@link #toJsonShape()} writes a versioned JSON shape (format 1, kind {@code
 * lifetimes}) that {@link #fromJsonShape(Map, LifetimeDefinition)} reads back under the same
 * definition.
 */
public final class LifetimeResult {
  private static final String KIND = "lifetimes";
  private static final Set<String> MEMBERS = Set.of("format", "kind", "map", "rule", "asOf",
      "period", "zone", "unit", "grouping", "maxGroups", "minimumN", "total", "groups");

  private final LifetimeDefinition definition;
  private final LifetimeTable total;
  private final SortedMap<String, LifetimeTable> groups;

  LifetimeResult(LifetimeDefinition definition, LifetimeTable total,
      SortedMap<String, LifetimeTable> groups) {
    this.definition = definition;
    this.total = total;
    this.groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
  }

  /** @return the definition the result was computed under */
  public LifetimeDefinition definition() {
    return definition;
  }

  /** @return every customer's lifetime, in days */
  public LifetimeTable total() {
    return total;
  }

  /** @return each group's lifetimes by label, in label order; unmodifiable */
  public SortedMap<String, LifetimeTable> groups() {
    return groups;
  }

  /**
   * @param label a group's label
   * @return its lifetimes, or empty if no customer of that group has one
   */
  public Optional<LifetimeTable> group(String label) {
    return Optional.ofNullable(groups.get(Objects.requireNonNull(label, "label")));
  }

  /** @return whether no customer has a lifetime */
  public boolean isEmpty() {
    return total.isEmpty();
  }

  /** @return the Kaplan–Meier curve of every customer; empty curve when there are none */
  public KaplanMeier kaplanMeier() {
    return KaplanMeier.of(total);
  }

  /**
   * @param label a group's label
   * @return its Kaplan–Meier curve, or empty if the group has no lifetime
   */
  public Optional<KaplanMeier> kaplanMeier(String label) {
    return group(label).map(KaplanMeier::of);
  }

  /** @return the median lifetime in days, or empty while survival stays above 0.5 */
  public OptionalDouble medianLifetime() {
    return kaplanMeier().medianLifetime();
  }

  /**
   * Compares each group's lifetimes with the rest of the groups pooled by the log-rank test, the
   * p-values Holm-adjusted across the groups whose test is defined; groups with fewer customers than
   * the definition's minimum n are flagged, not dropped.
   *
   * @return one comparison per group in label order; empty with fewer than two groups
   */
  public List<LifetimeGroupComparison> compare() {
    if (groups.size() < 2) {
      return List.of();
    }
    List<String> labels = new ArrayList<>(groups.keySet());
    List<LifetimeTable> tables = new ArrayList<>(groups.values());
    int m = tables.size();
    // The rest of group i is prefix[i - 1] + suffix[i + 1]: O(m) merges, not O(m²).
    LifetimeTable[] prefix = new LifetimeTable[m + 1];
    LifetimeTable[] suffix = new LifetimeTable[m + 1];
    prefix[0] = LifetimeTable.empty();
    suffix[m] = LifetimeTable.empty();
    for (int i = 0; i < m; i++) {
      prefix[i + 1] = prefix[i].plus(tables.get(i));
      suffix[m - 1 - i] = tables.get(m - 1 - i).plus(suffix[m - i]);
    }
    List<LifetimeTable> rests = new ArrayList<>(m);
    List<Optional<LogRankTest>> tests = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      LifetimeTable rest = prefix[i].plus(suffix[i + 1]);
      rests.add(rest);
      tests.add(KaplanMeier.of(tables.get(i)).comparedWith(KaplanMeier.of(rest)));
    }
    List<OptionalDouble> adjusted = GroupTests.holm(tests, LogRankTest::pValue);
    List<LifetimeGroupComparison> out = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      out.add(new LifetimeGroupComparison(labels.get(i), tables.get(i), rests.get(i), tests.get(i),
          adjusted.get(i), tables.get(i).size() < definition.minimumN()));
    }
    return List.copyOf(out);
  }

  /**
   * Adds the results of two partitions of the customers (each customer in one of them).
   *
   * @param other the result of other customers under the same definition
   * @return the result of both: tables added, groups of one label added
   * @throws IncompatibleMergeException if the definitions differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public LifetimeResult plus(LifetimeResult other) {
    Objects.requireNonNull(other, "other");
    if (!definition.equals(other.definition)) {
      throw new IncompatibleMergeException("LifetimeResult", "definition", definition,
          other.definition);
    }
    SortedMap<String, LifetimeTable> sum = new TreeMap<>(groups);
    other.groups.forEach((label, table) -> sum.merge(label, table, LifetimeTable::plus));
    return new LifetimeResult(definition, total.plus(other.total), sum);
  }

  /**
   * The result as plain JSON values: {@code {"format":1,"kind":"lifetimes","map":…,"rule":{…},
   * "asOf":…,"period":… or null,"zone":… or null,"unit":"days","grouping":… or null,
   * "maxGroups":…,"minimumN":…,"total":{table},"groups":{label:{table}}}}, each table as cx-core's
   * {@link LifetimeTable#toJsonShape()}.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("format", ShapeReader.FORMAT);
    shape.put("kind", KIND);
    shape.put("map", definition.map().id());
    shape.put("rule", definition.rule().toJsonShape());
    shape.put("asOf", definition.asOf().toString());
    shape.put("period", definition.period().map(p -> p.id()).orElse(null));
    shape.put("zone", definition.zone().map(z -> z.getId()).orElse(null));
    shape.put("unit", LifetimeDefinition.UNIT);
    ChurnRules.putGrouping(shape, definition.grouping(), definition.maxGroups(),
        definition.minimumN());
    shape.put("total", total.toJsonShape());
    Map<String, Object> groupShapes = new LinkedHashMap<>();
    groups.forEach((label, table) -> groupShapes.put(label, table.toJsonShape()));
    shape.put("groups", Collections.unmodifiableMap(groupShapes));
    return Collections.unmodifiableMap(shape);
  }

  /**
   * Reads a result from the JSON shape {@link #toJsonShape()} wrote, under the definition it was
   * computed with, strictly: each table as cx-core reads it, no group empty, and the groups'
   * customers adding up to no more than the total's, at each duration, churned and censored apart
   * (a customer is in one group at most, with the same lifetime as in the total).
   *
   * @param shape the map a JSON library made of the text
   * @param definition the definition the result was computed under
   * @return the result, equal to the one written
   * @throws IncompatibleMergeException if the shape was written under another definition
   * @throws SerialFormException naming the member path if a member is missing, unknown, mistyped
   *     or inconsistent
   */
  public static LifetimeResult fromJsonShape(Map<String, ?> shape, LifetimeDefinition definition) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(definition, "definition");
    ShapeReader in = ShapeReader.open(shape, KIND, MEMBERS);
    String what = "LifetimeResult";
    ShapeReader.sameDefinition(what, "map", definition.map().id(), in.string("map"));
    ShapeReader.sameDefinition(what, "rule", definition.rule(), ChurnRules.read(in.object("rule")));
    ShapeReader.sameDefinition(what, "asOf", definition.asOf().toString(), in.string("asOf"));
    ShapeReader.sameDefinition(what, "period",
        String.valueOf(definition.period().map(p -> p.id()).orElse(null)),
        String.valueOf(in.nullableString("period")));
    ShapeReader.sameDefinition(what, "zone",
        String.valueOf(definition.zone().map(z -> z.getId()).orElse(null)),
        String.valueOf(in.nullableString("zone")));
    String unit = in.string("unit");
    if (!unit.equals(LifetimeDefinition.UNIT)) {
      throw in.wrong("unit", unit, "must be \"" + LifetimeDefinition.UNIT + "\"");
    }
    ChurnRules.readGrouping(in, what, definition.grouping(), definition.maxGroups(),
        definition.minimumN());
    LifetimeTable total = table(in, shape, "total");
    ShapeReader groupShapes = ChurnRules.groups(in, definition.grouping());
    Map<?, ?> rawGroups = (Map<?, ?>) shape.get("groups");
    SortedMap<String, LifetimeTable> groups = new TreeMap<>();
    // Per duration of the total: its churned and censored customers, less the groups' so far.
    Map<Double, long[]> left = new HashMap<>();
    for (int r = 0; r < total.rows(); r++) {
      left.put(total.time(r), new long[] {total.events(r), total.censored(r)});
    }
    long customers = 0;
    for (String label : groupShapes.names()) {
      LifetimeTable table = table(groupShapes, rawGroups, label);
      if (table.isEmpty()) {
        throw groupShapes.fail(groupShapes.pathOf(label) + " has no customer: only groups with a"
            + " lifetime are written");
      }
      if (table.size() > total.size() - customers) {
        throw groupShapes.fail(groupShapes.pathOf(label) + ": the groups' customers add up to more"
            + " than total's (" + total.size() + "): a customer is in one group at most");
      }
      for (int r = 0; r < table.rows(); r++) {
        long[] whole = left.get(table.time(r));
        if (whole == null || table.events(r) > whole[0] || table.censored(r) > whole[1]) {
          throw groupShapes.fail(groupShapes.pathOf(label) + " has " + table.events(r)
              + " churned and " + table.censored(r) + " censored at " + table.time(r) + " days,"
              + " more than the total's that the other groups leave ("
              + (whole == null ? "none" : whole[0] + " and " + whole[1]) + "): a customer is in"
              + " one group at most");
        }
        whole[0] -= table.events(r);
        whole[1] -= table.censored(r);
      }
      customers += table.size();
      groups.put(label, table);
    }
    return new LifetimeResult(definition, total, groups);
  }

  /**
   * @param in the reader of the object holding the table
   * @param raw that object as the JSON library gave it
   * @param member the table's member
   */
  @SuppressWarnings("unchecked") // ShapeReader.object checked it is an object, whose keys are strings
  private static LifetimeTable table(ShapeReader in, Map<?, ?> raw, String member) {
    in.object(member);
    try {
      return LifetimeTable.fromJsonShape((Map<String, ?>) raw.get(member));
    } catch (SerialFormException e) {
      throw in.fail(in.pathOf(member) + ": " + e.getMessage());
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LifetimeResult r && r.definition.equals(definition)
        && r.total.equals(total) && r.groups.equals(groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, total, groups);
  }

  /** @return e.g. {@code LifetimeResult{customers=6, churned=3, median=45.0, groups=[a, b]}} */
  @Override
  public String toString() {
    OptionalDouble median = medianLifetime();
    return "LifetimeResult{customers=" + total.size() + ", churned=" + total.totalEvents()
        + ", median=" + (median.isPresent() ? String.valueOf(median.getAsDouble()) : "none")
        + ", groups=" + groups.keySet() + "}";
  }
}
