package io.cxkit.core;

import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.JsonShape;
import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialReader;
import io.cxkit.core.internal.SerialWriter;
import io.cxkit.core.stats.Percentage;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable count of the answers to a multiple-choice "why?" question, such as the "why not?"
 * that follows the goal question of an exit-feedback form: how many respondents answered it, and how
 * many of them chose each reason ("missing information", "technical problem", "could not place the
 * order").
 *
 * <p>A respondent may choose several reasons, so each reason counts a respondent at most once and
 * never more than {@link #respondents()}, but the counts, and the {@linkplain #shares() shares},
 * need not add up to the respondents or to 100 %. A share is {@code count / respondents} as a
 * {@link Percentage} on 0..100 with a Wilson interval.
 *
 * <p>Reasons are labels: any non-blank string, compared exactly (case and spaces matter, so
 * normalise labels before counting them). They are kept in label order ({@link String#compareTo}),
 * which makes equality, iteration and the serial form deterministic. A reason listed with count 0
 * is kept: it records an option that nobody chose. Two breakdowns of the same question add with
 * {@link #plus}.
 */
public final class ReasonBreakdown {
  private static final ReasonBreakdown EMPTY = new ReasonBreakdown(0, new String[0], new long[0]);

  private final long respondents;
  // Ascending, distinct, non-blank; counts[i] belongs to labels[i] and lies in 0..respondents.
  private final String[] labels;
  private final long[] counts;

  private ReasonBreakdown(long respondents, String[] labels, long[] counts) {
    this.respondents = respondents;
    this.labels = labels;
    this.counts = counts;
  }

  /** @return the breakdown of no respondents and no reasons */
  public static ReasonBreakdown empty() {
    return EMPTY;
  }

  /**
   * Builds a breakdown from the number of respondents who answered the reason question and the
   * number who chose each reason.
   *
   * @param respondents the respondents who answered the reason question, ≥ 0
   * @param counts the number of respondents who chose each reason; any iteration order
   * @return the breakdown
   * @throws InvalidValueException if {@code respondents} or a count is negative, a count exceeds
   *     {@code respondents} (naming the reason), or a reason is blank
   * @throws NullPointerException if {@code counts} is null or holds a null reason or count
   */
  public static ReasonBreakdown of(long respondents, Map<String, ? extends Number> counts) {
    Objects.requireNonNull(counts, "counts");
    Checks.requireNonNegative("respondents", respondents);
    String[] labels = new String[counts.size()];
    long[] values = new long[labels.length];
    int i = 0;
    // Read through Map<?, ?>: a map filled by an unchecked cast (from a JSON library, say) must get
    // a typed error, not a ClassCastException.
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) counts).entrySet()) {
      Object key = Objects.requireNonNull(entry.getKey(), "counts key");
      if (!(key instanceof String label)) {
        throw new InvalidValueException("reason", key, "must be a string");
      }
      labels[i] = requireReason("reason", label);
      Object value = Objects.requireNonNull(entry.getValue(), "counts value");
      if (!(value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte)) {
        throw new InvalidValueException("counts[\"" + label + "\"]", value, "must be a whole number");
      }
      values[i] = ((Number) value).longValue();
      i++;
    }
    return ofUnsorted(respondents, labels, values);
  }

  /**
   * Sorts and validates non-blank labels with their counts, both of which the new breakdown owns
   * from now on.
   *
   * @param respondents the respondents, ≥ 0
   * @param labels the labels, non-blank, in any order
   * @param values their counts
   * @return the breakdown
   * @throws InvalidValueException if a label is listed twice, or a count is negative or exceeds
   *     {@code respondents}
   */
  static ReasonBreakdown ofUnsorted(long respondents, String[] labels, long[] values) {
    Integer[] order = new Integer[labels.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> labels[i]));
    String[] sortedLabels = new String[labels.length];
    long[] sortedCounts = new long[labels.length];
    for (int i = 0; i < order.length; i++) {
      sortedLabels[i] = labels[order[i]];
      sortedCounts[i] = values[order[i]];
      // Only a map with unusual key equality (an IdentityHashMap) can list a reason twice.
      if (i > 0 && sortedLabels[i].equals(sortedLabels[i - 1])) {
        throw new InvalidValueException("reason", "\"" + sortedLabels[i] + "\"",
            "is listed twice; each reason must appear once");
      }
    }
    return adopt(respondents, sortedLabels, sortedCounts);
  }

  /**
   * Validates sorted, distinct, non-blank labels and their counts, which the new breakdown owns from
   * now on.
   *
   * @param respondents the respondents, ≥ 0
   * @param labels the labels, in ascending order, distinct and non-blank
   * @param counts their counts
   * @return the breakdown
   * @throws InvalidValueException if a count is negative or exceeds {@code respondents}
   */
  static ReasonBreakdown adopt(long respondents, String[] labels, long[] counts) {
    for (int i = 0; i < labels.length; i++) {
      requireCount(labels[i], counts[i], respondents);
    }
    if (respondents == 0 && labels.length == 0) {
      return EMPTY;
    }
    return new ReasonBreakdown(respondents, labels, counts);
  }

  private static void requireCount(String label, long count, long respondents) {
    if (count < 0) {
      throw new InvalidValueException(countField(label), count, "must be ≥ 0");
    }
    if (count > respondents) {
      throw new InvalidValueException(countField(label), count, "must be ≤ respondents = "
          + respondents + " (a respondent counts at most once per reason)");
    }
  }

  private static String countField(String label) {
    return "counts[\"" + label + "\"]";
  }

  /**
   * Checks that a reason label is not blank and survives the serial forms.
   *
   * @param field where the label came from, for the message
   * @param label the label
   * @return {@code label}
   * @throws InvalidValueException if {@code label} is empty or only white space, or holds an
   *     unpaired surrogate char (it has no UTF-8 form, so its bytes would read back as another label)
   */
  static String requireReason(String field, String label) {
    if (label.isBlank()) {
      throw new InvalidValueException(field, "\"" + label + "\"", "a reason must not be blank");
    }
    return Checks.requireWellFormed(field, label);
  }

  /** @return the number of respondents who answered the reason question, the denominator of every share */
  public long respondents() {
    return respondents;
  }

  /** @return whether no respondent answered the reason question */
  public boolean isEmpty() {
    return respondents == 0;
  }

  /** @return the reasons, in label order, as an unmodifiable list */
  public List<String> reasons() {
    return List.of(labels);
  }

  /**
   * @param reason a reason label
   * @return how many respondents chose it; 0 for a reason this breakdown does not list
   * @throws InvalidValueException if {@code reason} is blank (it can never be a reason)
   */
  public long count(String reason) {
    int index = indexOf(reason);
    return index < 0 ? 0 : counts[index];
  }

  private int indexOf(String reason) {
    Objects.requireNonNull(reason, "reason");
    requireReason("reason", reason);
    return Arrays.binarySearch(labels, reason);
  }

  /** @return the count of each reason, in label order, as an unmodifiable map */
  public Map<String, Long> counts() {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < labels.length; i++) {
      map.put(labels[i], counts[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The share of respondents who chose a reason, {@code count / respondents} on 0..100, with a
   * Wilson interval. A reason this breakdown does not list has a share of 0 of the respondents, not
   * an error, so that a report can ask for every option of the question.
   *
   * @param reason a reason label
   * @return the share; empty (n = 0) when there are no respondents
   * @throws InvalidValueException if {@code reason} is blank (it can never be a reason)
   */
  public Percentage share(String reason) {
    return Percentage.of(count(reason), respondents);
  }

  /**
   * The share of every listed reason, most chosen first (ties in label order). Because respondents
   * may choose several reasons, the shares need not add up to 100.
   *
   * @return an unmodifiable map from reason to share
   */
  public Map<String, Percentage> shares() {
    Map<String, Percentage> shares = new LinkedHashMap<>();
    for (int i : byCountDescending()) {
      shares.put(labels[i], Percentage.of(counts[i], respondents));
    }
    return Collections.unmodifiableMap(shares);
  }

  private int[] byCountDescending() {
    Integer[] order = new Integer[labels.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Labels are sorted, so a stable sort on the count alone leaves ties in label order.
    Arrays.sort(order, (a, b) -> Long.compare(counts[b], counts[a]));
    int[] result = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      result[i] = order[i];
    }
    return result;
  }

  /**
   * Adds two breakdowns of the same question: respondents add, and so do the counts of each reason
   * over the union of the reasons. {@code a.plus(a)} doubles every count.
   *
   * @param other another breakdown
   * @return the sum
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public ReasonBreakdown plus(ReasonBreakdown other) {
    Objects.requireNonNull(other, "other");
    long sumRespondents = Checks.addCounts("respondents", respondents, other.respondents);
    String[] a = labels;
    String[] b = other.labels;
    String[] mergedLabels = new String[a.length + b.length];
    long[] mergedCounts = new long[mergedLabels.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      int order = i == a.length ? 1 : j == b.length ? -1 : a[i].compareTo(b[j]);
      if (order < 0) {
        mergedLabels[k] = a[i];
        mergedCounts[k++] = counts[i++];
      } else if (order > 0) {
        mergedLabels[k] = b[j];
        mergedCounts[k++] = other.counts[j++];
      } else {
        mergedLabels[k] = a[i];
        mergedCounts[k++] = Checks.addCounts(countField(a[i]), counts[i++], other.counts[j++]);
      }
    }
    return adopt(sumRespondents, Arrays.copyOf(mergedLabels, k), Arrays.copyOf(mergedCounts, k));
  }

  /**
   * The binary serial form: format version, kind tag, then the payload of {@link #writeTo}.
   *
   * @return the serial form
   */
  public byte[] toBytes() {
    SerialWriter writer = new SerialWriter(SerialKind.REASON_BREAKDOWN);
    writeTo(writer);
    return writer.toByteArray();
  }

  /**
   * Writes the payload, without header, into this or another value's serial form: respondents,
   * the number of reasons, then each reason (UTF-8 string) and its count, in label order.
   *
   * @param writer the writer
   */
  void writeTo(SerialWriter writer) {
    writer.writeCount(respondents).writeCount(labels.length);
    for (int i = 0; i < labels.length; i++) {
      writer.writeString(labels[i]).writeCount(counts[i]);
    }
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @param bytes the serial form
   * @return the breakdown
   * @throws SerialFormException if the bytes are truncated, of another version or kind, list a
   *     reason twice, or describe an invalid breakdown (a blank reason, a count above the respondents)
   */
  public static ReasonBreakdown fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    SerialReader reader = SerialReader.open(bytes, SerialKind.REASON_BREAKDOWN);
    ReasonBreakdown breakdown = readFrom(reader);
    reader.finish();
    return breakdown;
  }

  /**
   * Reads a payload written by {@link #writeTo}.
   *
   * @param reader the reader
   * @return the breakdown
   * @throws SerialFormException if the payload is corrupt or describes an invalid breakdown
   */
  static ReasonBreakdown readFrom(SerialReader reader) {
    long respondents = reader.readCount("respondents");
    // Each reason takes at least 3 bytes: a length, one UTF-8 byte (it is not blank), a count.
    int size = reader.readSize("counts.size", 3);
    TreeMap<String, Long> counts = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      String label = reader.readString("counts[" + i + "].reason");
      long count = reader.readCount("counts[" + i + "].count");
      if (counts.put(label, count) != null) {
        throw reader.invalid(new InvalidValueException("counts[" + i + "].reason", "\"" + label + "\"",
            "is listed twice; each reason must appear once"));
      }
    }
    try {
      return of(respondents, counts);
    } catch (InvalidValueException e) {
      throw reader.invalid(e);
    }
  }

  /**
   * The JSON shape: {@code {"format":1,"kind":"reason-breakdown","respondents":400,
   * "counts":{"missing information":120,...}}}, reasons in label order, as an unmodifiable map that
   * any JSON library writes as is.
   *
   * @return the JSON shape
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = JsonShape.start(SerialKind.REASON_BREAKDOWN);
    putInto(shape);
    return JsonShape.seal(shape);
  }

  /**
   * Adds the {@code respondents} and {@code counts} members to this or another value's JSON shape.
   *
   * @param shape the shape being built
   */
  void putInto(Map<String, Object> shape) {
    shape.put("respondents", respondents);
    shape.put("counts", counts());
  }

  /**
   * Reads what {@link #toJsonShape()} produced, as parsed back by a JSON library into maps and
   * numbers.
   *
   * @param shape the JSON shape
   * @return the breakdown
   * @throws SerialFormException naming the member that is missing, mistyped or invalid
   */
  public static ReasonBreakdown fromJsonShape(Map<String, ?> shape) {
    Objects.requireNonNull(shape, "shape");
    return readFrom(JsonShape.open(shape, SerialKind.REASON_BREAKDOWN));
  }

  /**
   * Reads the {@code respondents} and {@code counts} members of a JSON shape.
   *
   * @param shape the opened shape
   * @return the breakdown
   * @throws SerialFormException naming the member that is missing, mistyped or invalid
   */
  static ReasonBreakdown readFrom(JsonShape shape) {
    long respondents = shape.count("respondents");
    Map<String, Long> counts = shape.countMap("counts");
    try {
      return of(respondents, counts);
    } catch (InvalidValueException e) {
      throw shape.invalid(e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReasonBreakdown other
        && respondents == other.respondents
        && Arrays.equals(counts, other.counts)
        && Arrays.equals(labels, other.labels);
  }

  @Override
  public int hashCode() {
    return (Long.hashCode(respondents) * 31 + Arrays.hashCode(labels)) * 31 + Arrays.hashCode(counts);
  }

  /**
   * @return e.g. {@code ReasonBreakdown{respondents=400, counts={could not place the order=200,
   *     missing information=120}}}, most chosen reason first
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ReasonBreakdown{respondents=").append(respondents).append(", counts={");
    int[] order = byCountDescending();
    for (int k = 0; k < order.length; k++) {
      s.append(k == 0 ? "" : ", ").append(labels[order[k]]).append('=').append(counts[order[k]]);
    }
    return s.append("}}").toString();
  }
}
