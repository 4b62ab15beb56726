package io.cxkit.core;

import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.JsonShape;
import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialReader;
import io.cxkit.core.internal.SerialWriter;
import io.cxkit.core.stats.Percentage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A cohort retention matrix: cohorts of customers (a label and a size each, such as the customers
 * who signed up in one week) by period offsets (1, 2, 3… periods after the cohort's start), with the
 * number of the cohort's customers retained in each cell, counted in one {@link RetentionMode}.
 * Immutable; matrices with the same mode and offsets add with {@link #plus}.
 *
 * <p>A cohort may have fewer cells than there are offsets: a young cohort has not reached the later
 * offsets yet, so the matrix is the usual triangle. Each cell's rate is retained / size as a
 * {@link Percentage} on 0..100 with its Wilson interval. The {@linkplain #averageCurve() average
 * retention curve} is, at each offset, the average of the cohorts' rates weighted by cohort size —
 * Σ retained / Σ size — over the cohorts that have reached that offset only: Mixpanel's weighted
 * average over complete buckets (Mixpanel help center, "How is retention calculated?" and
 * "Retention FAQ"). Its interval treats the pooled customers as one binomial sample.
 *
 * <p>Cohorts are kept in the natural order of their labels, so that merging is commutative: use
 * labels that sort, such as ISO dates ({@code 2024-01-15}, {@code 2024-W03}, {@code 2024-01}).
 */
public final class CohortRetention {
  private final RetentionMode mode;
  private final int[] offsets;
  private final List<Cohort> cohorts;
  private final Map<String, Cohort> byLabel;

  private CohortRetention(RetentionMode mode, int[] offsets, List<Cohort> cohorts) {
    this.mode = mode;
    this.offsets = offsets;
    this.cohorts = Collections.unmodifiableList(cohorts);
    Map<String, Cohort> map = new LinkedHashMap<>();
    for (Cohort cohort : cohorts) {
      map.put(cohort.label, cohort);
    }
    this.byLabel = map;
  }

  /** One row of the matrix: a cohort's label, size and retained counts, one per offset it has reached. */
  public static final class Cohort {
    private final String label;
    private final long size;
    private final long[] retained;

    private Cohort(String label, long size, long[] retained) {
      this.label = label;
      this.size = size;
      this.retained = retained;
    }

    /** @return the cohort's label, e.g. {@code 2024-01-15} */
    public String label() {
      return label;
    }

    /** @return the number of customers in the cohort */
    public long size() {
      return size;
    }

    /** @return the number of offsets the cohort has reached: its cells are the first this many offsets */
    public int observed() {
      return retained.length;
    }

    /** @return the retained counts, one per offset reached (a copy) */
    public long[] retained() {
      return retained.clone();
    }

    /**
     * @return the rates retained / size on 0..100 with Wilson intervals, one per offset reached;
     *     each is empty (n = 0) when the cohort has no customers
     */
    public List<Percentage> rates() {
      List<Percentage> rates = new ArrayList<>(retained.length);
      for (long r : retained) {
        rates.add(Percentage.of(r, size));
      }
      return Collections.unmodifiableList(rates);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Cohort other && label.equals(other.label) && size == other.size
          && Arrays.equals(retained, other.retained);
    }

    @Override
    public int hashCode() {
      return (label.hashCode() * 31 + Long.hashCode(size)) * 31 + Arrays.hashCode(retained);
    }

    /** @return e.g. {@code 2024-01-02 (10): [9, 7, 6]} */
    @Override
    public String toString() {
      return label + " (" + size + "): " + Arrays.toString(retained);
    }
  }

  /**
   * Starts a matrix.
   *
   * @param mode how the cells were counted
   * @param offsets the period offsets of the columns, ≥ 0 and strictly increasing, e.g. 1, 2, 3
   * @return a builder that takes the cohorts
   * @throws InvalidValueException if there are no offsets, or one is negative or not above the one before
   */
  public static Builder builder(RetentionMode mode, int... offsets) {
    return new Builder(Objects.requireNonNull(mode, "mode"), checkOffsets(Objects.requireNonNull(offsets, "offsets")));
  }

  /**
   * @param mode how the cells would be counted
   * @param offsets the period offsets of the columns
   * @return the matrix without cohorts: every average rate is empty
   * @throws InvalidValueException if the offsets are invalid (see {@link #builder})
   */
  public static CohortRetention empty(RetentionMode mode, int... offsets) {
    return builder(mode, offsets).build();
  }

  private static int[] checkOffsets(int[] offsets) {
    if (offsets.length == 0) {
      throw new InvalidValueException("offsets", "[]", "must hold at least one period offset");
    }
    for (int i = 0; i < offsets.length; i++) {
      if (offsets[i] < 0) {
        throw new InvalidValueException("offsets[" + i + "]", offsets[i], "must be ≥ 0");
      }
      if (i > 0 && offsets[i] <= offsets[i - 1]) {
        throw new InvalidValueException("offsets[" + i + "]", offsets[i],
            "must be greater than offsets[" + (i - 1) + "] = " + offsets[i - 1]);
      }
    }
    return offsets.clone();
  }

  /** Collects the cohorts of a matrix; {@link #build()} checks them. Not thread-safe. */
  public static final class Builder {
    private final RetentionMode mode;
    private final int[] offsets;
    private final List<Cohort> added = new ArrayList<>();

    private Builder(RetentionMode mode, int[] offsets) {
      this.mode = mode;
      this.offsets = offsets;
    }

    /**
     * Adds a cohort.
     *
     * @param label the cohort's label, not blank and not given before
     * @param size the number of customers in the cohort, ≥ 0
     * @param retained the number retained at each offset, in order, for as many offsets as the
     *     cohort has reached (at most all of them)
     * @return this builder
     */
    public Builder cohort(String label, long size, long... retained) {
      Objects.requireNonNull(label, "label");
      added.add(new Cohort(label, size, Objects.requireNonNull(retained, "retained").clone()));
      return this;
    }

    /**
     * @return the matrix, cohorts in label order
     * @throws InvalidValueException naming the cohort and cell that break a rule: a blank or repeated
     *     label, one with an unpaired surrogate char (it has no UTF-8 form), a negative size, more cells than offsets, a retained count that is negative or above
     *     the cohort size, or (in {@link RetentionMode#UNBOUNDED} mode) one above the cell before
     */
    public CohortRetention build() {
      TreeMap<String, Cohort> sorted = new TreeMap<>();
      for (Cohort cohort : added) {
        check(mode, offsets.length, cohort);
        if (sorted.put(cohort.label, cohort) != null) {
          throw new InvalidValueException("cohorts", quoted(cohort.label), "labels must be unique: this one is given twice");
        }
      }
      return new CohortRetention(mode, offsets, new ArrayList<>(sorted.values()));
    }
  }

  private static String quoted(String label) {
    return "\"" + label + "\"";
  }

  private static void check(RetentionMode mode, int offsetCount, Cohort cohort) {
    if (cohort.label.isBlank()) {
      throw new InvalidValueException("cohorts.label", quoted(cohort.label), "must not be blank");
    }
    // An unpaired surrogate has no UTF-8 form: the serial form would write "?" in its place and read
    // back another label, which could then merge with a different cohort.
    Checks.requireWellFormed("cohorts.label", cohort.label);
    String path = "cohorts[" + quoted(cohort.label) + "]";
    Checks.requireNonNegative(path + ".size", cohort.size);
    if (cohort.retained.length > offsetCount) {
      throw new InvalidValueException(path + ".retained", cohort.retained.length + " cells",
          "must have at most one cell per offset, " + offsetCount);
    }
    for (int i = 0; i < cohort.retained.length; i++) {
      String cell = path + ".retained[" + i + "]";
      long r = Checks.requireNonNegative(cell, cohort.retained[i]);
      if (r > cohort.size) {
        throw new InvalidValueException(cell, r, "must be ≤ the cohort size " + cohort.size);
      }
      if (mode == RetentionMode.UNBOUNDED && i > 0 && r > cohort.retained[i - 1]) {
        throw new InvalidValueException(cell, r, "must be ≤ retained[" + (i - 1) + "] = "
            + cohort.retained[i - 1] + ": unbounded retention never increases");
      }
    }
  }

  /** @return how the cells were counted */
  public RetentionMode mode() {
    return mode;
  }

  /** @return the period offsets of the columns (a copy) */
  public int[] offsets() {
    return offsets.clone();
  }

  /** @return the cohorts in label order, unmodifiable */
  public List<Cohort> cohorts() {
    return cohorts;
  }

  /**
   * @param label a cohort's label
   * @return the cohort, or empty if the matrix has none with that label
   */
  public Optional<Cohort> cohort(String label) {
    return Optional.ofNullable(byLabel.get(Objects.requireNonNull(label, "label")));
  }

  /** @return whether the matrix has no cohorts */
  public boolean isEmpty() {
    return cohorts.isEmpty();
  }

  private int indexOf(int offset) {
    int index = Arrays.binarySearch(offsets, offset);
    if (index < 0) {
      throw new InvalidValueException("offset", offset, "is not a column of this matrix, " + Arrays.toString(offsets));
    }
    return index;
  }

  /**
   * @param label a cohort's label
   * @param offset one of the matrix's offsets
   * @return the cell's rate retained / size on 0..100 with its Wilson interval, or empty if the
   *     cohort has not reached the offset
   * @throws InvalidValueException if the label or offset is not in the matrix
   */
  public Optional<Percentage> rate(String label, int offset) {
    Cohort cohort = byLabel.get(Objects.requireNonNull(label, "label"));
    if (cohort == null) {
      throw new InvalidValueException("label", quoted(label), "is not a cohort of this matrix");
    }
    int index = indexOf(offset);
    return index < cohort.retained.length
        ? Optional.of(Percentage.of(cohort.retained[index], cohort.size))
        : Optional.empty();
  }

  /**
   * The weighted average retention at one offset: Σ retained / Σ size over the cohorts that have
   * reached it.
   *
   * @param offset one of the matrix's offsets
   * @return the rate on 0..100 with its Wilson interval; empty (n = 0) when no cohort with customers
   *     has reached the offset
   * @throws InvalidValueException if the offset is not in the matrix
   * @throws CountOverflowException if the sums exceed {@link Long#MAX_VALUE}
   */
  public Percentage averageRate(int offset) {
    return averageAt(indexOf(offset));
  }

  private Percentage averageAt(int index) {
    long retained = 0;
    long size = 0;
    for (Cohort cohort : cohorts) {
      if (index < cohort.retained.length) {
        retained = Checks.addCounts("retained", retained, cohort.retained[index]);
        size = Checks.addCounts("size", size, cohort.size);
      }
    }
    return Percentage.of(retained, size);
  }

  /**
   * @return the weighted average retention curve, one {@link #averageRate} per offset, in offset order
   * @throws CountOverflowException if the sums exceed {@link Long#MAX_VALUE}
   */
  public List<Percentage> averageCurve() {
    List<Percentage> curve = new ArrayList<>(offsets.length);
    for (int i = 0; i < offsets.length; i++) {
      curve.add(averageAt(i));
    }
    return Collections.unmodifiableList(curve);
  }

  /**
   * Adds two matrices of the same mode and offsets, for example of two segments or shards: cohorts
   * with the same label add size and cells, the others are kept as they are.
   *
   * @param other another matrix
   * @return the sum, cohorts in label order
   * @throws IncompatibleMergeException if the modes or offsets differ, or a cohort present in both
   *     has reached a different number of offsets in each
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public CohortRetention plus(CohortRetention other) {
    Objects.requireNonNull(other, "other");
    Checks.requireSameForMerge("CohortRetention", "mode", mode, other.mode);
    Checks.requireSameForMerge("CohortRetention", "offsets", Arrays.toString(offsets), Arrays.toString(other.offsets));
    TreeMap<String, Cohort> sum = new TreeMap<>(byLabel);
    for (Cohort right : other.cohorts) {
      Cohort left = sum.get(right.label);
      if (left == null) {
        sum.put(right.label, right);
        continue;
      }
      String path = "cohorts[" + quoted(right.label) + "]";
      Checks.requireSameForMerge("cohort " + quoted(right.label), "observed offsets",
          left.retained.length, right.retained.length);
      long[] cells = new long[left.retained.length];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = Checks.addCounts(path + ".retained[" + i + "]", left.retained[i], right.retained[i]);
      }
      sum.put(right.label, new Cohort(right.label, Checks.addCounts(path + ".size", left.size, right.size), cells));
    }
    return new CohortRetention(mode, offsets, new ArrayList<>(sum.values()));
  }

  /**
   * The binary serial form: header, the mode's tag byte (1 n-day, 2 unbounded), the number of
   * offsets and each offset, the number of cohorts, then per cohort its label (UTF-8, length
   * first), size, number of cells and each retained count, all as varints.
   *
   * @return the serial form
   */
  public byte[] toBytes() {
    SerialWriter writer = new SerialWriter(SerialKind.COHORT_RETENTION).writeByte(mode.tag());
    writer.writeCount(offsets.length);
    for (int offset : offsets) {
      writer.writeCount(offset);
    }
    writer.writeCount(cohorts.size());
    for (Cohort cohort : cohorts) {
      writer.writeString(cohort.label).writeCount(cohort.size).writeCount(cohort.retained.length);
      for (long r : cohort.retained) {
        writer.writeCount(r);
      }
    }
    return writer.toByteArray();
  }

  /**
   * @param bytes a serial form written by {@link #toBytes()}
   * @return the matrix
   * @throws SerialFormException if the bytes are truncated, of another version or kind, or describe
   *     an invalid matrix (the rules of {@link Builder#build()})
   */
  public static CohortRetention fromBytes(byte[] bytes) {
    SerialReader reader = SerialReader.open(Objects.requireNonNull(bytes, "bytes"), SerialKind.COHORT_RETENTION);
    int modeTag = reader.readByte("mode");
    int[] offsets = new int[reader.readSize("offsets.length", 1)];
    long[] rawOffsets = new long[offsets.length];
    for (int i = 0; i < offsets.length; i++) {
      rawOffsets[i] = reader.readCount("offsets[" + i + "]");
    }
    int count = reader.readSize("cohorts.length", 3);
    List<String> labels = new ArrayList<>(count);
    long[] sizes = new long[count];
    List<long[]> cells = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      labels.add(reader.readString("cohorts[" + c + "].label"));
      sizes[c] = reader.readCount("cohorts[" + c + "].size");
      long[] retained = new long[reader.readSize("cohorts[" + c + "].retained.length", 1)];
      for (int i = 0; i < retained.length; i++) {
        retained[i] = reader.readCount("cohorts[" + c + "].retained[" + i + "]");
      }
      cells.add(retained);
    }
    reader.finish();
    try {
      for (int i = 0; i < offsets.length; i++) {
        offsets[i] = toOffset(i, rawOffsets[i]);
      }
      Builder builder = builder(RetentionMode.ofTag(modeTag), offsets);
      for (int c = 0; c < count; c++) {
        builder.cohort(labels.get(c), sizes[c], cells.get(c));
      }
      return builder.build();
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
  }

  private static int toOffset(int index, long offset) {
    if (offset > Integer.MAX_VALUE) {
      throw new InvalidValueException("offsets[" + index + "]", offset, "must fit an int");
    }
    return (int) offset;
  }

  /**
   * The JSON shape: {@code {"format":1,"kind":"cohort-retention","mode":"n-day","offsets":[1,2,3],
   * "cohorts":[{"label":"2024-01-01","size":2,"retained":[2,1,2]},…]}}, cohorts in label order, as
   * an unmodifiable map that any JSON library writes as is.
   *
   * @return the JSON shape
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = JsonShape.start(SerialKind.COHORT_RETENTION);
    shape.put("mode", mode.id());
    List<Object> columns = new ArrayList<>(offsets.length);
    for (int offset : offsets) {
      columns.add(offset);
    }
    shape.put("offsets", Collections.unmodifiableList(columns));
    List<Object> rows = new ArrayList<>(cohorts.size());
    for (Cohort cohort : cohorts) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", cohort.label);
      row.put("size", cohort.size);
      List<Object> retained = new ArrayList<>(cohort.retained.length);
      for (long r : cohort.retained) {
        retained.add(r);
      }
      row.put("retained", Collections.unmodifiableList(retained));
      rows.add(Collections.unmodifiableMap(row));
    }
    shape.put("cohorts", Collections.unmodifiableList(rows));
    return JsonShape.seal(shape);
  }

  /**
   * @param shape a JSON shape produced by {@link #toJsonShape()}
   * @return the matrix
   * @throws SerialFormException naming the member that is missing, mistyped or invalid
   */
  public static CohortRetention fromJsonShape(Map<String, ?> shape) {
    JsonShape reader = JsonShape.open(Objects.requireNonNull(shape, "shape"), SerialKind.COHORT_RETENTION);
    String modeId = reader.string("mode");
    long[] rawOffsets = reader.counts("offsets");
    List<JsonShape> rows = reader.objects("cohorts");
    List<String> labels = new ArrayList<>(rows.size());
    long[] sizes = new long[rows.size()];
    List<long[]> cells = new ArrayList<>(rows.size());
    for (int c = 0; c < rows.size(); c++) {
      labels.add(rows.get(c).string("label"));
      sizes[c] = rows.get(c).count("size");
      cells.add(rows.get(c).counts("retained"));
    }
    try {
      int[] offsets = new int[rawOffsets.length];
      for (int i = 0; i < offsets.length; i++) {
        offsets[i] = toOffset(i, rawOffsets[i]);
      }
      Builder builder = builder(RetentionMode.ofId(modeId), offsets);
      for (int c = 0; c < labels.size(); c++) {
        builder.cohort(labels.get(c), sizes[c], cells.get(c));
      }
      return builder.build();
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CohortRetention other && mode == other.mode && Arrays.equals(offsets, other.offsets)
        && cohorts.equals(other.cohorts);
  }

  @Override
  public int hashCode() {
    return (mode.hashCode() * 31 + Arrays.hashCode(offsets)) * 31 + cohorts.hashCode();
  }

  /**
   * @return e.g. {@code CohortRetention{mode=n-day, offsets=[1, 2, 3], cohorts=[2024-01-01 (2): [2, 1, 2], …]}}
   */
  @Override
  public String toString() {
    return "CohortRetention{mode=" + mode.id() + ", offsets=" + Arrays.toString(offsets)
        + ", cohorts=" + cohorts + "}";
  }
}
