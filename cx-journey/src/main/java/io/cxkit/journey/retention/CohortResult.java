package io.cxkit.journey.retention;

import io.cxkit.core.CohortRetention;
import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.SerialFormException;
import io.cxkit.core.stats.GroupComparison;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.internal.MatchShapes;
import io.cxkit.journey.internal.PeriodIds;
import io.cxkit.journey.internal.RetentionSettings;
import io.cxkit.journey.internal.ShapeReader;
import io.cxkit.survey.summary.Period;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * The cohort matrices of a {@link CohortDefinition}: the {@linkplain #total() total} over every
 * customer, and one per group of the definition's grouping (in label order), each cx-core's {@link
 * CohortRetention} (cohorts labelled by the ISO date of their period's first day, such as {@code
 * 2026-03-02} for the ISO week starting that Monday, so that labels sort in calendar order).
 * Customers without a group are in the total only. Immutable; results of partitions split by
 * customer add up exactly with {@link #plus}.
 *
 * <p>Serial form: {@link #toJsonShape()} writes a versioned JSON shape (format 1, kind {@code
 * cohorts}) and {@link #fromJsonShape(Map, CohortDefinition)} reads it back under the same
 * definition, so that partitions analysed on other machines merge.
 */
public final class CohortResult {
  /** The group size below which {@link #compare(int)} flags a group: 30 customers at the offset. */
  public static final long DEFAULT_MINIMUM_N = RetentionSettings.DEFAULT_MINIMUM_N;

  private static final String KIND = "cohorts";
  private static final Set<String> MEMBERS = Set.of("format", "kind", "definition", "customers",
      "total", "groups");
  private static final Set<String> DEFINITION_MEMBERS = Set.of("map", "basis", "period", "zone",
      "mode", "offsets", "entry", "activity", "asOf", "grouping");

  private final CohortDefinition definition;
  private final long customers;
  private final CohortRetention total;
  private final SortedMap<String, CohortRetention> groups;

  CohortResult(CohortDefinition definition, long customers, CohortRetention total,
      SortedMap<String, CohortRetention> groups) {
    this.definition = definition;
    this.customers = customers;
    this.total = total;
    this.groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
  }

  static String label(Period period, int periodId) {
    return PeriodIds.start(period, periodId).toString();
  }

  /** @return the definition the result was counted under */
  public CohortDefinition definition() {
    return definition;
  }

  /**
   * @return the customers in at least one cohort: the sum of the cohort sizes for first-time
   *     cohorts, at most that sum for recurring ones (a customer may be in several)
   */
  public long customers() {
    return customers;
  }

  /** @return the matrix over every customer, those without a group included */
  public CohortRetention total() {
    return total;
  }

  /** @return the matrix of each group with a cohort, by label in label order; unmodifiable */
  public SortedMap<String, CohortRetention> groups() {
    return groups;
  }

  /**
   * @param label a group's label
   * @return its matrix, or empty if no customer of that group entered a cohort
   */
  public Optional<CohortRetention> group(String label) {
    return Optional.ofNullable(groups.get(Objects.requireNonNull(label, "label")));
  }

  /** @return whether no customer entered a cohort */
  public boolean isEmpty() {
    return total.isEmpty();
  }

  /**
   * @return the total's weighted average retention curve, one rate on 0..100 per offset over the
   *     cohorts that have reached it ({@link CohortRetention#averageCurve()}); empty rates where
   *     no cohort has
   */
  public List<Percentage> averageCurve() {
    return total.averageCurve();
  }

  /**
   * {@link #compare(int, long)} with the minimum n {@value #DEFAULT_MINIMUM_N}.
   *
   * @param offset one of the definition's offsets
   * @return one comparison per group in label order; empty with fewer than two groups
   * @throws InvalidValueException if the offset is no column of the matrix
   */
  public List<CohortGroupComparison> compare(int offset) {
    return compare(offset, DEFAULT_MINIMUM_N);
  }

  /**
   * Compares each group's average retention at an offset ({@link CohortRetention#averageRate})
   * with the rest of the groups pooled, by cx-core's {@link GroupComparison#eachAgainstRest} (the
   * two-proportion z-test, Holm-adjusted across the groups). Groups with fewer customers at the
   * offset than {@code minimumN} are flagged, not dropped: the 95 % Wilson interval of 50 % from
   * 30 customers is 33.2 % to 66.8 %.
   *
   * @param offset one of the definition's offsets
   * @param minimumN the customers at the offset below which a group is flagged, ≥ 0
   * @return one comparison per group in label order; empty with fewer than two groups
   * @throws InvalidValueException if the offset is no column or {@code minimumN} is negative
   */
  public List<CohortGroupComparison> compare(int offset, long minimumN) {
    if (minimumN < 0) {
      throw new InvalidValueException("minimumN", minimumN, "must be a count ≥ 0");
    }
    total.averageRate(offset); // refuses an offset that is no column, with or without groups
    if (groups.size() < 2) {
      return List.of();
    }
    Map<String, Percentage> rates = new LinkedHashMap<>();
    for (Map.Entry<String, CohortRetention> entry : groups.entrySet()) {
      rates.put(entry.getKey(), entry.getValue().averageRate(offset));
    }
    List<CohortGroupComparison> out = new ArrayList<>(rates.size());
    for (GroupComparison<String, Percentage> c : GroupComparison.eachAgainstRest(rates)) {
      out.add(new CohortGroupComparison(c.group(), offset, c.estimate(), c.rest(), c.comparison(),
          c.adjustedPValue(), c.estimate().n() < minimumN));
    }
    return List.copyOf(out);
  }

  /**
   * Adds the results of two partitions of the customers (each customer in one of them): the
   * matrices of the totals and of groups with the same label add, as {@link CohortRetention#plus}.
   *
   * @param other the result of other customers under an equal definition
   * @return the result over both
   * @throws IncompatibleMergeException if the definitions differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public CohortResult plus(CohortResult other) {
    Objects.requireNonNull(other, "other");
    if (!definition.equals(other.definition)) {
      throw new IncompatibleMergeException("CohortResult", "definition", definition,
          other.definition);
    }
    long sum = customers + other.customers;
    if (((customers ^ sum) & (other.customers ^ sum)) < 0) {
      throw new CountOverflowException("customers", customers, other.customers);
    }
    SortedMap<String, CohortRetention> merged = new TreeMap<>(groups);
    for (Map.Entry<String, CohortRetention> entry : other.groups.entrySet()) {
      merged.merge(entry.getKey(), entry.getValue(), CohortRetention::plus);
    }
    return new CohortResult(definition, sum, total.plus(other.total), merged);
  }

  /**
   * The result as plain JSON values: {@code {"format":1,"kind":"cohorts","definition":{…},
   * "customers":…,"total":{matrix},"groups":{label:{matrix}}}}, the definition as {@link
   * CohortDefinition#toJsonShape()} and each matrix as cx-core's {@link
   * CohortRetention#toJsonShape()}; {@code groups} is empty without a grouping.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("format", ShapeReader.FORMAT);
    shape.put("kind", KIND);
    shape.put("definition", definition.toJsonShape());
    shape.put("customers", customers);
    shape.put("total", total.toJsonShape());
    Map<String, Object> groupShapes = new LinkedHashMap<>();
    for (Map.Entry<String, CohortRetention> entry : groups.entrySet()) {
      groupShapes.put(entry.getKey(), entry.getValue().toJsonShape());
    }
    shape.put("groups", Collections.unmodifiableMap(groupShapes));
    return Collections.unmodifiableMap(shape);
  }

  /**
   * Reads a result from the shape {@link #toJsonShape()} wrote, under the definition it was
   * counted with, strictly: each matrix as cx-core reads it, with the definition's mode and
   * offsets, each cohort labelled by the first day of a period not after the as-of period and
   * holding exactly the cells of the offsets completed by then; the groups' sizes and cells adding
   * up to no more than the total's (a customer is in one group at most); and {@code customers}
   * agreeing with the sizes (equal to their sum for first-time cohorts, between the largest and
   * the sum for recurring ones).
   *
   * @param shape the map a JSON library made of the text, such as Jackson's {@code
   *     readValue(text, Map.class)}
   * @param definition the definition the result was counted under
   * @return the result, equal to the one written
   * @throws IncompatibleMergeException if the shape's definition differs from {@code definition}
   * @throws SerialFormException naming the member path if a member is missing, unknown, mistyped
   *     or inconsistent
   */
  public static CohortResult fromJsonShape(Map<String, ?> shape, CohortDefinition definition) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(definition, "definition");
    ShapeReader in = ShapeReader.open(shape, KIND, MEMBERS);
    sameDefinition(in.object("definition").exactly(DEFINITION_MEMBERS),
        (Map<?, ?>) Objects.requireNonNull(shape.get("definition")), definition);
    long customers = in.count("customers");
    in.object("total");
    CohortRetention total = matrix(in, "total", shape.get("total"), definition);
    ShapeReader groupShapes = in.object("groups");
    Map<?, ?> rawGroups = (Map<?, ?>) Objects.requireNonNull(shape.get("groups"));
    if (definition.groups().isEmpty() && !rawGroups.isEmpty()) {
      throw in.fail("groups has " + rawGroups.size() + " groups, but the definition has no"
          + " grouping");
    }
    Map<String, long[]> sums = new HashMap<>();
    SortedMap<String, CohortRetention> groups = new TreeMap<>();
    for (Object key : groupShapes.keys()) {
      if (!(key instanceof String label) || label.isBlank()) {
        throw in.fail("groups has the key " + ShapeReader.show(key) + ": group labels are"
            + " strings, not blank");
      }
      groupShapes.object(label);
      CohortRetention group = matrix(in, "groups." + label, rawGroups.get(label), definition);
      addToSums(in, "groups." + label, group, total, sums);
      groups.put(label, group);
    }
    long sizes = 0;
    long largest = 0;
    for (CohortRetention.Cohort cohort : total.cohorts()) {
      sizes = cohort.size() > Long.MAX_VALUE - sizes ? Long.MAX_VALUE : sizes + cohort.size();
      largest = Math.max(largest, cohort.size());
    }
    if (definition.basis() == CohortBasis.FIRST_TIME ? customers != sizes
        : customers > sizes || customers < largest) {
      throw in.fail("customers = " + customers + ": must be "
          + (definition.basis() == CohortBasis.FIRST_TIME
              ? "the sum of the total's cohort sizes, " + sizes + " (each customer is in one"
                  + " first-time cohort)"
              : "between the largest cohort, " + largest + ", and the sum of the sizes, " + sizes
                  + " (a customer is in one or more recurring cohorts)"));
    }
    CohortResult result = new CohortResult(definition, customers, total, groups);
    ShapeReader.requireAsWritten(KIND, "", result.toJsonShape(), shape);
    return result;
  }

  private static void sameDefinition(ShapeReader in, Map<?, ?> raw, CohortDefinition definition) {
    String what = "CohortResult";
    ShapeReader.sameDefinition(what, "map", definition.map().id(), in.string("map"));
    ShapeReader.sameDefinition(what, "basis", definition.basis().id(), in.string("basis"));
    ShapeReader.sameDefinition(what, "period", definition.period().id(), in.string("period"));
    ShapeReader.sameDefinition(what, "zone", definition.zone().getId(), in.string("zone"));
    ShapeReader.sameDefinition(what, "mode", definition.mode().id(), in.string("mode"));
    List<Long> offsets = new ArrayList<>();
    for (int offset : definition.offsets()) {
      offsets.add((long) offset);
    }
    List<Long> found = new ArrayList<>();
    if (!(raw.get("offsets") instanceof List<?> list)) {
      throw in.wrong(in.pathOf("offsets"), raw.get("offsets"), "must be an array of counts");
    }
    for (int i = 0; i < list.size(); i++) {
      found.add(in.countAt(in.pathOf("offsets") + "[" + i + "]", list.get(i)));
    }
    ShapeReader.sameDefinition(what, "offsets", offsets, found);
    ShapeReader.sameDefinition(what, "entry", definition.entry(),
        MatchShapes.read(in.object("entry")));
    ShapeReader.sameDefinition(what, "activity", definition.activity(),
        MatchShapes.read(in.object("activity")));
    String asOfText = in.string("asOf");
    Instant asOf;
    try {
      asOf = Instant.parse(asOfText);
    } catch (DateTimeParseException e) {
      throw in.wrong(in.pathOf("asOf"), asOfText,
          "must be an ISO-8601 instant such as 2026-03-30T08:00:00Z");
    }
    ShapeReader.sameDefinition(what, "asOf", definition.asOf(), asOf);
    ShapeReader.sameDefinition(what, "grouping", String.valueOf(definition.grouping().orElse(null)),
        String.valueOf(in.nullableString("grouping")));
  }

  @SuppressWarnings("unchecked") // checked to be an object with string keys by ShapeReader
  private static CohortRetention matrix(ShapeReader in, String path, @Nullable Object raw,
      CohortDefinition definition) {
    CohortRetention matrix;
    try {
      matrix = CohortRetention.fromJsonShape((Map<String, ?>) Objects.requireNonNull(raw));
    } catch (SerialFormException | ClassCastException e) {
      throw in.fail(path + ": " + e.getMessage());
    }
    if (matrix.mode() != definition.mode()) {
      throw in.fail(path + ".mode = \"" + matrix.mode().id() + "\": must be the definition's, \""
          + definition.mode().id() + "\"");
    }
    if (!java.util.Arrays.equals(matrix.offsets(), definition.offsets())) {
      throw in.fail(path + ".offsets = " + java.util.Arrays.toString(matrix.offsets())
          + ": must be the definition's, " + java.util.Arrays.toString(definition.offsets()));
    }
    Period period = definition.period();
    List<CohortRetention.Cohort> cohorts = matrix.cohorts();
    for (CohortRetention.Cohort cohort : cohorts) {
      // Named by label: cx-core has sorted the cohorts, so an index would not be the shape's.
      String at = path + ".cohorts[\"" + cohort.label() + "\"]";
      String rule = "must be the ISO date of the first day of a period (" + period.id() + ")";
      LocalDate start;
      try {
        start = LocalDate.parse(cohort.label());
      } catch (DateTimeParseException e) {
        throw in.fail(at + ".label: " + rule + ", such as 2026-03-02");
      }
      if (!PeriodIds.inRange(start) || !period.isStart(start)
          || !start.toString().equals(cohort.label())) {
        throw in.fail(at + ".label: " + rule + " within the years " + PeriodIds.MIN_YEAR
            + ".." + PeriodIds.MAX_YEAR);
      }
      if (start.isAfter(definition.asOfPeriod())) {
        throw in.fail(at + ".label: must not be after the period of asOf, "
            + definition.asOfPeriod());
      }
      if (cohort.size() == 0) {
        throw in.fail(at + ".size = 0: only cohorts with customers are written");
      }
      int observed = definition.observed(PeriodIds.id(period, start, at));
      if (cohort.observed() != observed) {
        throw in.fail(at + ".retained has " + cohort.observed() + " cells: must have " + observed
            + ", one per offset whose period has completed by " + definition.asOf());
      }
    }
    return matrix;
  }

  private static void addToSums(ShapeReader in, String path, CohortRetention group,
      CohortRetention total, Map<String, long[]> sums) {
    for (CohortRetention.Cohort cohort : group.cohorts()) {
      Optional<CohortRetention.Cohort> whole = total.cohort(cohort.label());
      if (whole.isEmpty()) {
        throw in.fail(path + " has the cohort \"" + cohort.label() + "\", which the total lacks");
      }
      long[] wholeCells = whole.get().retained();
      long[] cells = cohort.retained();
      long[] sum = sums.computeIfAbsent(cohort.label(), k -> new long[1 + wholeCells.length]);
      // Each sum is compared with the total's before it is kept, so none can overflow.
      if (cohort.size() > whole.get().size() - sum[0]) {
        throw in.fail(path + ": the groups' sizes of cohort \"" + cohort.label() + "\" add up to "
            + BigInteger.valueOf(sum[0]).add(BigInteger.valueOf(cohort.size())) + ", more than"
            + " the total's " + whole.get().size() + ": a customer is in one group at most");
      }
      sum[0] += cohort.size();
      for (int i = 0; i < cells.length; i++) {
        if (cells[i] > wholeCells[i] - sum[1 + i]) {
          throw in.fail(path + ": the groups' retained[" + i + "] of cohort \"" + cohort.label()
              + "\" add up to " + BigInteger.valueOf(sum[1 + i]).add(BigInteger.valueOf(cells[i]))
              + ", more than the total's " + wholeCells[i] + ": a customer is in one group at"
              + " most");
        }
        sum[1 + i] += cells[i];
      }
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CohortResult other && definition.equals(other.definition)
        && customers == other.customers && total.equals(other.total)
        && groups.equals(other.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, customers, total, groups);
  }

  /** @return e.g. {@code CohortResult{customers=8, total=CohortRetention{…}, groups=[loyal, new]}} */
  @Override
  public String toString() {
    return "CohortResult{customers=" + customers + ", total=" + total + ", groups="
        + groups.keySet() + "}";
  }
}
