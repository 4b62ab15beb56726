package io.cxkit.journey.analysis;

import io.cxkit.journey.internal.ShapeReader;
import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.SerialFormException;
import io.cxkit.core.stats.GroupComparison;
import io.cxkit.core.stats.Percentage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A funnel counted over all customers and per group of a {@link FunnelGrouping}: the total
 * {@link FunnelResult}, one per group (in label order), and each group's conversion compared with
 * the rest's. Customers without a group are in the total and in no group. Immutable; {@link #plus}
 * adds breakdowns of partitions split by customer.
 */
public final class FunnelBreakdown {
  private final String grouping;
  private final FunnelResult total;
  private final SortedMap<String, FunnelResult> groups;

  FunnelBreakdown(String grouping, FunnelResult total, SortedMap<String, FunnelResult> groups) {
    this.grouping = grouping;
    this.total = total;
    this.groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
  }

  /** @return the grouping's name, such as {@code persona} or {@code channel} */
  public String grouping() {
    return grouping;
  }

  /** @return the funnel counted */
  public FunnelDefinition definition() {
    return total.definition();
  }

  /** @return the result over every customer, those without a group included */
  public FunnelResult total() {
    return total;
  }

  /** @return the result of each group that has a customer, by label in label order; unmodifiable */
  public SortedMap<String, FunnelResult> groups() {
    return groups;
  }

  /**
   * @param label a group's label
   * @return its result, or empty if no customer of that group was seen
   */
  public Optional<FunnelResult> group(String label) {
    return Optional.ofNullable(groups.get(Objects.requireNonNull(label, "label")));
  }

  /** @return whether no customer entered the funnel */
  public boolean isEmpty() {
    return total.isEmpty();
  }

  /**
   * Compares each group's {@linkplain FunnelResult#conversion() conversion} with the rest of the
   * groups pooled, by cx-core's {@link GroupComparison#eachAgainstRest} (the two-proportion z-test,
   * Holm-adjusted across the groups). There is no universal minimum n: the 95 % Wilson interval of
   * a conversion of 50 % from 30 customers is 33.2 % to 66.8 %, so the caller says which n is too
   * few; such groups are flagged, not dropped.
   *
   * @param minimumN the first-step customers below which a group is flagged, ≥ 0
   * @return one comparison per group in label order; empty with fewer than two groups
   * @throws InvalidValueException if {@code minimumN} is negative
   */
  public List<FunnelGroupComparison> compare(long minimumN) {
    if (minimumN < 0) {
      throw new InvalidValueException("minimumN", minimumN, "must be a count ≥ 0");
    }
    if (groups.size() < 2) {
      return List.of();
    }
    Map<String, Percentage> conversions = new LinkedHashMap<>();
    for (Map.Entry<String, FunnelResult> entry : groups.entrySet()) {
      conversions.put(entry.getKey(), entry.getValue().conversion());
    }
    List<FunnelGroupComparison> out = new ArrayList<>(groups.size());
    for (GroupComparison<String, Percentage> c : GroupComparison.eachAgainstRest(conversions)) {
      out.add(new FunnelGroupComparison(c.group(), c.estimate(), c.rest(), c.comparison(),
          c.adjustedPValue(), c.estimate().n() < minimumN));
    }
    return List.copyOf(out);
  }

  /**
   * @param other the breakdown of the same funnel by the same grouping over other customers
   * @return the breakdown over the customers of both: groups of the same label added
   * @throws IncompatibleMergeException if the groupings' names or the funnels differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public FunnelBreakdown plus(FunnelBreakdown other) {
    Objects.requireNonNull(other, "other");
    if (!grouping.equals(other.grouping)) {
      throw new IncompatibleMergeException("FunnelBreakdown", "grouping", grouping,
          other.grouping);
    }
    FunnelResult sumTotal = total.plus(other.total);
    SortedMap<String, FunnelResult> sum = new TreeMap<>(groups);
    for (Map.Entry<String, FunnelResult> entry : other.groups.entrySet()) {
      sum.merge(entry.getKey(), entry.getValue(), FunnelResult::plus);
    }
    return new FunnelBreakdown(grouping, sumTotal, sum);
  }

  /**
   * The breakdown as a map for JSON: {@code format} (the shape's version, 1),
   * {@code kind} ({@code "funnel-breakdown"}), {@code
   * grouping}, {@code total} ({@link FunnelResult#toJsonShape()}) and {@code groups}, by label in
   * label order, each the group's result without its {@code format}, {@code kind} and {@code
   * definition} (the total's). {@link #fromJsonShape} reads it back.
   *
   * @return the shape; unmodifiable
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("format", ShapeReader.FORMAT);
    shape.put("kind", KIND);
    shape.put("grouping", grouping);
    shape.put("total", total.toJsonShape());
    Map<String, Object> groupShapes = new LinkedHashMap<>();
    for (Map.Entry<String, FunnelResult> entry : groups.entrySet()) {
      Map<String, Object> g = new LinkedHashMap<>(entry.getValue().toJsonShape());
      g.remove("definition");
      g.remove("format");
      g.remove("kind");
      groupShapes.put(entry.getKey(), Collections.unmodifiableMap(g));
    }
    shape.put("groups", Collections.unmodifiableMap(groupShapes));
    return Collections.unmodifiableMap(shape);
  }

  private static final String KIND = "funnel-breakdown";
  private static final Set<String> MEMBERS = Set.of("format", "kind", "grouping", "total",
      "groups");

  /**
   * Reads a shape written by {@link #toJsonShape()} for {@code definition} and the grouping named
   * {@code grouping}, strictly: the total as {@link FunnelResult#fromJsonShape} reads it, each
   * group's result likewise (against the same funnel), and the groups' counts, a customer being in
   * at most one group, adding up to no more than the total's at each step. Breakdowns read from the
   * shapes of partitions {@linkplain #plus add up} to the breakdown of the whole.
   *
   * @param shape the map, as Jackson reads the JSON
   * @param definition the funnel the shape must have been written for
   * @param grouping the name of the grouping it must have been written for
   * @return the breakdown, equal to the one that wrote the shape
   * @throws SerialFormException naming the member that is missing, unknown, mistyped or
   *     inconsistent
   * @throws IncompatibleMergeException if the shape was written for another funnel or grouping
   */
  public static FunnelBreakdown fromJsonShape(Map<String, ?> shape, FunnelDefinition definition,
      String grouping) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(grouping, "grouping");
    ShapeReader in = ShapeReader.open(shape, KIND, MEMBERS);
    String found = in.string("grouping");
    ShapeReader.sameDefinition("FunnelBreakdown", "grouping", grouping, found);
    FunnelResult total = FunnelResult.readWhole(in.object("total"), definition);
    ShapeReader groupsShape = in.object("groups");
    SortedMap<String, FunnelResult> groups = new TreeMap<>();
    long entered = 0;
    long[] customers = new long[definition.stepCount()];
    for (Object key : groupsShape.keys()) {
      if (!(key instanceof String label)) {
        throw in.fail("groups has the key " + key + ": group labels must be strings");
      }
      ShapeReader groupShape = groupsShape.object(label).only(FunnelResult.GROUP_MEMBERS);
      FunnelResult group = FunnelResult.read(groupShape, definition);
      groups.put(label, group);
      // Each sum is compared with the total's before it is kept, so none can overflow.
      if (group.entered() > total.entered() - entered) {
        throw in.fail(groupsShape.path() + ": the groups' entered add up to "
            + sumText(entered, group.entered()) + ", more than total.entered ("
            + total.entered() + "): a customer is in one group at most");
      }
      entered += group.entered();
      for (int s = 0; s < customers.length; s++) {
        if (group.customersAt(s) > total.customersAt(s) - customers[s]) {
          throw in.fail(groupsShape.path() + ": the groups' customers at step " + s + " add up to "
              + sumText(customers[s], group.customersAt(s)) + ", more than total.steps[" + s
              + "].customers (" + total.customersAt(s) + "): a customer is in one group at most");
        }
        customers[s] += group.customersAt(s);
      }
    }
    return new FunnelBreakdown(grouping, total, groups);
  }

  /** @return the sum of two counts ≥ 0 as text, exact even beyond {@link Long#MAX_VALUE} */
  private static String sumText(long a, long b) {
    return java.math.BigInteger.valueOf(a).add(java.math.BigInteger.valueOf(b)).toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FunnelBreakdown other && grouping.equals(other.grouping)
        && total.equals(other.total) && groups.equals(other.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(grouping, total, groups);
  }

  @Override
  public String toString() {
    return "FunnelBreakdown{" + grouping + ", " + total + ", groups=" + groups.keySet() + "}";
  }
}
