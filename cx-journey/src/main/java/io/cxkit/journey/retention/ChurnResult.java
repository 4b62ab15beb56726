package io.cxkit.journey.retention;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.CxException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.PeriodRetention;
import io.cxkit.core.SerialFormException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.GroupComparison;
import io.cxkit.journey.internal.GroupTests;
import io.cxkit.journey.internal.ShapeReader;
import io.cxkit.journey.internal.Sums;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * Period churn and retention of a {@link ChurnDefinition}: for every reported period (ascending)
 * cx-core's {@link PeriodRetention} counts S, L, N and E, over all customers and per group, with
 * the churn rate L / S × 100 and HubSpot's retention rate (E − N) / S × 100 from cx-core, and
 * beside them the customers {@linkplain ChurnPeriod#acquiredAndLost() acquired and lost} within the
 * period (see {@link ChurnAnalyzer} for why they are in none of S, L, N and E). Customers without a
 * group are in the totals only. Immutable; results of partitions split by customer add
 * exactly with {@link #plus}.
 *
 * <p>Serial form: {@link #toJsonShape()} writes a versioned JSON shape (format 1, kind {@code
 * churn}) that {@link #fromJsonShape(Map, ChurnDefinition)} reads back under the same definition.
 */
public final class ChurnResult {
  private static final String KIND = "churn";
  private static final Set<String> MEMBERS = Set.of("format", "kind", "map", "rule", "period",
      "zone", "from", "asOf", "grouping", "maxGroups", "minimumN", "total", "groups");
  private static final Set<String> PERIOD_MEMBERS = Set.of("start", "label", "atStart", "lost",
      "newCustomers", "atEnd", "acquiredAndLost", "churnRate", "retentionRate");

  private final ChurnDefinition definition;
  private final Counts total;
  private final SortedMap<String, Counts> groups;

  ChurnResult(ChurnDefinition definition, Counts total, SortedMap<String, Counts> groups) {
    this.definition = definition;
    this.total = total;
    this.groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
  }

  /**
   * The counts of every reported period of all customers or of one group; arrays never handed out.
   *
   * @param periods S, L, N and E per period
   * @param acquiredAndLost the customers acquired and lost within each period
   */
  record Counts(PeriodRetention[] periods, long[] acquiredAndLost) {
    Counts plus(Counts other) {
      PeriodRetention[] sum = new PeriodRetention[periods.length];
      long[] inAndOut = new long[periods.length];
      for (int i = 0; i < sum.length; i++) {
        sum[i] = periods[i].plus(other.periods[i]);
        inAndOut[i] = Sums.add("acquiredAndLost", acquiredAndLost[i], other.acquiredAndLost[i]);
      }
      return new Counts(sum, inAndOut);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Counts c && Arrays.equals(periods, c.periods)
          && Arrays.equals(acquiredAndLost, c.acquiredAndLost);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(periods) * 31 + Arrays.hashCode(acquiredAndLost);
    }

    @Override
    public String toString() {
      return Arrays.toString(periods) + " acquired and lost " + Arrays.toString(acquiredAndLost);
    }
  }

  /** @return the definition the result was computed under */
  public ChurnDefinition definition() {
    return definition;
  }

  /** @return the first days of the reported periods, ascending; unmodifiable */
  public List<LocalDate> periods() {
    return definition.periodStarts();
  }

  /** @return every reported period over all customers, ascending; unmodifiable */
  public List<ChurnPeriod> total() {
    return periodsOf(total);
  }

  /** @return each group's periods, by label in label order; unmodifiable */
  public SortedMap<String, List<ChurnPeriod>> groups() {
    SortedMap<String, List<ChurnPeriod>> out = new TreeMap<>();
    groups.forEach((label, counts) -> out.put(label, periodsOf(counts)));
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * @param label a group's label
   * @return its periods, or empty if no customer of that group was seen
   */
  public Optional<List<ChurnPeriod>> group(String label) {
    Counts counts = groups.get(Objects.requireNonNull(label, "label"));
    return counts == null ? Optional.empty() : Optional.of(periodsOf(counts));
  }

  /**
   * @param start a day of a reported period
   * @return that period over all customers
   * @throws InvalidValueException if the day is in no reported period
   */
  public ChurnPeriod period(LocalDate start) {
    int i = indexOf(start);
    return periodAt(i, total);
  }

  /**
   * @return whether no customer was a customer, new, lost, or acquired and lost in any reported
   *     period
   */
  public boolean isEmpty() {
    for (int i = 0; i < total.periods().length; i++) {
      if (!total.periods()[i].equals(PeriodRetention.empty()) || total.acquiredAndLost()[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private int indexOf(LocalDate day) {
    Objects.requireNonNull(day, "start");
    LocalDate first = definition.period().start(day);
    List<LocalDate> starts = definition.periodStarts();
    int i = starts.indexOf(first);
    if (i < 0) {
      throw new InvalidValueException("start", day, "must lie in a reported period, "
          + starts.get(0) + " to " + definition.period().next(starts.get(starts.size() - 1))
          + " (exclusive)");
    }
    return i;
  }

  private List<ChurnPeriod> periodsOf(Counts counts) {
    List<ChurnPeriod> out = new ArrayList<>(counts.periods().length);
    for (int i = 0; i < counts.periods().length; i++) {
      out.add(periodAt(i, counts));
    }
    return Collections.unmodifiableList(out);
  }

  private ChurnPeriod periodAt(int i, Counts counts) {
    LocalDate start = definition.periodStarts().get(i);
    return new ChurnPeriod(start, definition.period().next(start), counts.periods()[i],
        counts.acquiredAndLost()[i]);
  }

  /**
   * Compares each group's retention and churn rates in one period with the rest of the groups
   * pooled, Holm-adjusted across the groups; groups whose S is below the definition's {@linkplain
   * ChurnDefinition#minimumN() minimum n} are flagged, not dropped.
   *
   * @param start a day of a reported period
   * @return one comparison per group in label order; empty with fewer than two groups
   * @throws InvalidValueException if the day is in no reported period
   */
  public List<ChurnGroupComparison> compare(LocalDate start) {
    int i = indexOf(start);
    if (groups.size() < 2) {
      return List.of();
    }
    LocalDate period = definition.periodStarts().get(i);
    Map<String, PeriodRetention> counts = new LinkedHashMap<>();
    groups.forEach((label, periods) -> counts.put(label, periods.periods()[i]));
    List<GroupComparison<String, PeriodRetention>> retention =
        GroupComparison.eachAgainstRest(counts);
    List<Optional<Comparison>> churn = new ArrayList<>(retention.size());
    for (GroupComparison<String, PeriodRetention> c : retention) {
      churn.add(c.estimate().churnComparedWith(c.rest()));
    }
    List<OptionalDouble> churnAdjusted = GroupTests.holm(churn, Comparison::pValue);
    List<ChurnGroupComparison> out = new ArrayList<>(retention.size());
    for (int g = 0; g < retention.size(); g++) {
      GroupComparison<String, PeriodRetention> c = retention.get(g);
      out.add(new ChurnGroupComparison(c.group(), period, c.estimate(), c.rest(), c.comparison(),
          c.adjustedPValue(), churn.get(g), churnAdjusted.get(g),
          c.estimate().atStart() < definition.minimumN()));
    }
    return List.copyOf(out);
  }

  /** @return {@link #compare} of every reported period, by its first day ascending; unmodifiable */
  public SortedMap<LocalDate, List<ChurnGroupComparison>> comparisons() {
    SortedMap<LocalDate, List<ChurnGroupComparison>> out = new TreeMap<>();
    for (LocalDate start : definition.periodStarts()) {
      out.put(start, compare(start));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * Adds the results of two partitions of the customers (each customer in one of them).
   *
   * @param other the result of other customers under the same definition
   * @return the result of both: every count of every period added, groups of one label added
   * @throws IncompatibleMergeException if the definitions differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public ChurnResult plus(ChurnResult other) {
    Objects.requireNonNull(other, "other");
    if (!definition.equals(other.definition)) {
      throw new IncompatibleMergeException("ChurnResult", "definition", definition,
          other.definition);
    }
    SortedMap<String, Counts> sum = new TreeMap<>(groups);
    other.groups.forEach((label, counts) -> sum.merge(label, counts, Counts::plus));
    return new ChurnResult(definition, total.plus(other.total), sum);
  }

  /**
   * The result as plain JSON values: {@code {"format":1,"kind":"churn","map":…,"rule":{…},
   * "period":"month","zone":…,"from":"2026-01-01","asOf":…,"grouping":… or null,"maxGroups":…,
   * "minimumN":…,"total":[period…],"groups":{label:[period…]}}}, each period {@code {"start":…,
   * "label":"2026-01","atStart":S,"lost":L,"newCustomers":N,"atEnd":E,"acquiredAndLost":…,
   * "churnRate":{percentage},
   * "retentionRate":{percentage}}} with the rates as cx-core's {@code Percentage.toJsonShape()}.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("format", ShapeReader.FORMAT);
    shape.put("kind", KIND);
    shape.put("map", definition.map().id());
    shape.put("rule", definition.rule().toJsonShape());
    shape.put("period", definition.period().id());
    shape.put("zone", definition.zone().getId());
    shape.put("from", definition.from().toString());
    shape.put("asOf", definition.asOf().toString());
    ChurnRules.putGrouping(shape, definition.grouping(), definition.maxGroups(),
        definition.minimumN());
    shape.put("total", periodsShape(total));
    Map<String, Object> groupShapes = new LinkedHashMap<>();
    groups.forEach((label, counts) -> groupShapes.put(label, periodsShape(counts)));
    shape.put("groups", Collections.unmodifiableMap(groupShapes));
    return Collections.unmodifiableMap(shape);
  }

  private List<Object> periodsShape(Counts counts) {
    List<Object> out = new ArrayList<>(counts.periods().length);
    List<LocalDate> starts = definition.periodStarts();
    for (int i = 0; i < counts.periods().length; i++) {
      PeriodRetention p = counts.periods()[i];
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("start", starts.get(i).toString());
      item.put("label", definition.period().label(starts.get(i)));
      item.put("atStart", p.atStart());
      item.put("lost", p.lost());
      item.put("newCustomers", p.newCustomers());
      item.put("atEnd", p.atEnd());
      item.put("acquiredAndLost", counts.acquiredAndLost()[i]);
      item.put("churnRate", p.churnRate().toJsonShape());
      item.put("retentionRate", p.retentionRate().toJsonShape());
      out.add(Collections.unmodifiableMap(item));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Reads a result from the JSON shape {@link #toJsonShape()} wrote, under the definition it was
   * computed with, strictly: the counts S, L, N and E of each period must be possible (cx-core's
   * {@link PeriodRetention#of} rules) with E = S − L + N and S the previous period's E, as the
   * analyzer counts them, the groups' counts add up to no more than the total's, and every derived
   * member (labels, rates) must be what the counts give.
   *
   * @param shape the map a JSON library made of the text
   * @param definition the definition the result was computed under
   * @return the result, equal to the one written
   * @throws IncompatibleMergeException if the shape was written under another definition
   * @throws SerialFormException naming the member path if a member is missing, unknown, mistyped
   *     or inconsistent
   */
  public static ChurnResult fromJsonShape(Map<String, ?> shape, ChurnDefinition definition) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(definition, "definition");
    ShapeReader in = ShapeReader.open(shape, KIND, MEMBERS);
    String what = "ChurnResult";
    ShapeReader.sameDefinition(what, "map", definition.map().id(), in.string("map"));
    ShapeReader.sameDefinition(what, "rule", definition.rule(), ChurnRules.read(in.object("rule")));
    ShapeReader.sameDefinition(what, "period", definition.period().id(), in.string("period"));
    ShapeReader.sameDefinition(what, "zone", definition.zone().getId(), in.string("zone"));
    ShapeReader.sameDefinition(what, "from", definition.from(), in.date("from"));
    ShapeReader.sameDefinition(what, "asOf", definition.asOf().toString(), in.string("asOf"));
    ChurnRules.readGrouping(in, what, definition.grouping(), definition.maxGroups(),
        definition.minimumN());
    Counts total = readPeriods(in, "total", definition);
    ShapeReader groupShapes = ChurnRules.groups(in, definition.grouping());
    SortedMap<String, Counts> groups = new TreeMap<>();
    long[][] sums = new long[total.periods().length][5];
    for (String label : groupShapes.names()) {
      Counts group = readPeriods(groupShapes, label, definition);
      for (int i = 0; i < group.periods().length; i++) {
        PeriodRetention counts = group.periods()[i];
        PeriodRetention whole = total.periods()[i];
        long[] c = {counts.atStart(), counts.lost(), counts.newCustomers(), counts.atEnd(),
            group.acquiredAndLost()[i]};
        long[] t = {whole.atStart(), whole.lost(), whole.newCustomers(), whole.atEnd(),
            total.acquiredAndLost()[i]};
        for (int k = 0; k < c.length; k++) {
          // Compared before adding, so no sum can overflow.
          if (c[k] > t[k] - sums[i][k]) {
            throw in.fail(groupShapes.pathOf(label) + "[" + i + "]: the groups' "
                + List.of("atStart", "lost", "newCustomers", "atEnd", "acquiredAndLost").get(k)
                + " add up to more"
                + " than total[" + i + "]'s (" + t[k] + "): a customer is in one group at most");
          }
          sums[i][k] += c[k];
        }
      }
      groups.put(label, group);
    }
    ChurnResult result = new ChurnResult(definition, total, groups);
    ShapeReader.requireAsWritten(KIND, "", result.toJsonShape(), shape);
    return result;
  }

  private static Counts readPeriods(ShapeReader in, String member,
      ChurnDefinition definition) {
    List<ShapeReader> items = in.objects(member);
    List<LocalDate> starts = definition.periodStarts();
    if (items.size() != starts.size()) {
      throw in.fail(in.pathOf(member) + " has " + items.size() + " periods: must have "
          + starts.size() + ", " + starts.get(0) + " to " + starts.get(starts.size() - 1));
    }
    PeriodRetention[] out = new PeriodRetention[items.size()];
    long[] inAndOut = new long[items.size()];
    for (int i = 0; i < out.length; i++) {
      ShapeReader item = items.get(i).exactly(PERIOD_MEMBERS);
      LocalDate start = item.date("start");
      if (!start.equals(starts.get(i))) {
        throw item.wrong(item.pathOf("start"), start.toString(), "must be " + starts.get(i)
            + ", the first day of reported period " + i);
      }
      long s = item.count("atStart");
      long l = item.count("lost");
      long n = item.count("newCustomers");
      long e = item.count("atEnd");
      inAndOut[i] = item.count("acquiredAndLost");
      try {
        out[i] = PeriodRetention.of(s, l, n, e);
      } catch (CxException ex) {
        throw item.fail(item.path() + " holds impossible counts: " + ex.getMessage());
      }
      if (i > 0 && s != out[i - 1].atEnd()) {
        throw item.fail(item.path() + " has atStart = " + s + ": must be the previous period's"
            + " atEnd, " + out[i - 1].atEnd() + " (the customers at a period's start are those at"
            + " the end of the one before)");
      }
      if (out[i].newCustomersLost() != 0) {
        throw item.fail(item.path() + " has atEnd = " + e + ": must be atStart − lost +"
            + " newCustomers = " + (s - l + n) + " (new customers lost within the period are"
            + " counted in acquiredAndLost, not in newCustomers)");
      }
    }
    return new Counts(out, inAndOut);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ChurnResult r && r.definition.equals(definition) && r.total.equals(total)
        && r.groups.equals(groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, total, groups);
  }

  /**
   * @return e.g. {@code ChurnResult{month, 2026-01: S=0 L=0 N=5 E=5, 2026-02: S=5 L=1 N=0 E=4
   *     acquired and lost 2, …, groups=[a, b]}}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ChurnResult{").append(definition.period().id());
    List<LocalDate> starts = definition.periodStarts();
    for (int i = 0; i < total.periods().length; i++) {
      PeriodRetention p = total.periods()[i];
      out.append(", ").append(definition.period().label(starts.get(i))).append(": S=")
          .append(p.atStart()).append(" L=").append(p.lost()).append(" N=")
          .append(p.newCustomers()).append(" E=").append(p.atEnd());
      if (total.acquiredAndLost()[i] != 0) {
        out.append(" acquired and lost ").append(total.acquiredAndLost()[i]);
      }
    }
    return out.append(", groups=").append(groups.keySet()).append('}').toString();
  }
}
