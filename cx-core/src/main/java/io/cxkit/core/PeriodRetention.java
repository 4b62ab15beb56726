package io.cxkit.core;

import io.cxkit.core.internal.Checks;
import io.cxkit.core.internal.JsonShape;
import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialReader;
import io.cxkit.core.internal.SerialWriter;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The customer counts of one period (a month, a quarter): customers at its start S, customers lost
 * L (of those at the start), new customers N acquired during it, and customers at its end E.
 * Immutable; the four counts are the whole sufficient statistic of the period's churn and retention,
 * so counts of disjoint segments of the same period (regions, plans, shards) add exactly with
 * {@link #plus}.
 *
 * <ul>
 *   <li><b>Churn rate</b> = L / S × 100: the share of the customers at the start who were lost by
 *       the end ({@link #churnRate()}). {@link ChurnDenominator#AVERAGE_CUSTOMERS} names the variant
 *       over the average customers (S + E) / 2 ({@link #churnRateValue(ChurnDenominator)}).
 *   <li><b>Retention rate</b> = (E − N) / S × 100: HubSpot's customer retention rate, CRR (HubSpot,
 *       "What is customer retention rate?", HubSpot blog: "CRR = ((E − N) / S) × 100")
 *       ({@link #retentionRate()}).
 * </ul>
 *
 * <p>The counts must be possible: none negative, L ≤ S, N ≤ E and S − L ≤ E ≤ S − L + N (the
 * S − L customers who stayed are among the E at the end). The gap S − L + N − E, between 0 and N,
 * is the number of new customers lost within the period ({@link #newCustomersLost()}):
 * HubSpot's formula counts them against retention, so retention rate ≤ 100 − churn rate, with
 * equality exactly when no new customer was lost.
 *
 * <p><b>As an estimate.</b> {@code PeriodRetention} is a {@link MergeableEstimate} whose value is
 * the retention rate: n is S, the standard error and interval are those of E − N out of S
 * (binomial, Wilson interval), so segments compare with {@link
 * io.cxkit.core.stats.GroupComparison#eachAgainstRest}. When no new customer was lost, E − N is the
 * number of starting customers still there and the interval is the usual one of a proportion; when
 * some were lost it is HubSpot's figure treated as a proportion of S, an approximation. A period
 * without customers at the start has n = 0 and no rates, never NaN.
 */
public final class PeriodRetention implements MergeableEstimate<PeriodRetention> {
  private static final PeriodRetention EMPTY = new PeriodRetention(0, 0, 0, 0);

  private final long atStart;
  private final long lost;
  private final long newCustomers;
  private final long atEnd;

  private PeriodRetention(long atStart, long lost, long newCustomers, long atEnd) {
    this.atStart = atStart;
    this.lost = lost;
    this.newCustomers = newCustomers;
    this.atEnd = atEnd;
  }

  /**
   * @param atStart customers at the start of the period, S ≥ 0
   * @param lost customers at the start who were lost by the end, 0 ≤ L ≤ S
   * @param newCustomers customers acquired during the period, 0 ≤ N ≤ E
   * @param atEnd customers at the end of the period, S − L ≤ E ≤ S − L + N
   * @return the period's counts
   * @throws InvalidValueException naming the count and the rule it breaks
   * @throws CountOverflowException if S − L + N exceeds {@link Long#MAX_VALUE}
   */
  public static PeriodRetention of(long atStart, long lost, long newCustomers, long atEnd) {
    Checks.requireNonNegative("atStart", atStart);
    Checks.requireNonNegative("lost", lost);
    Checks.requireNonNegative("newCustomers", newCustomers);
    Checks.requireNonNegative("atEnd", atEnd);
    if (lost > atStart) {
      throw new InvalidValueException("lost", lost,
          "must be ≤ atStart = " + atStart + " (only customers at the start can be lost)");
    }
    if (newCustomers > atEnd) {
      throw new InvalidValueException("newCustomers", newCustomers,
          "must be ≤ atEnd = " + atEnd + " (retention counts E − N of the customers at the end)");
    }
    long possible = Checks.addCounts("atStart − lost + newCustomers", atStart - lost, newCustomers);
    if (atEnd > possible) {
      throw new InvalidValueException("atEnd", atEnd, "must be ≤ atStart − lost + newCustomers = "
          + possible + " (customers at the end are the ones kept plus the new ones)");
    }
    if (atEnd < atStart - lost) {
      throw new InvalidValueException("atEnd", atEnd, "must be ≥ atStart − lost = " + (atStart - lost)
          + " (the customers at the start who were not lost are still there at the end)");
    }
    if (atStart == 0 && newCustomers == 0 && atEnd == 0) {
      return EMPTY;
    }
    return new PeriodRetention(atStart, lost, newCustomers, atEnd);
  }

  /** @return the counts of an empty period: no customers at all, n = 0, no rates */
  public static PeriodRetention empty() {
    return EMPTY;
  }

  /** @return customers at the start, S */
  public long atStart() {
    return atStart;
  }

  /** @return customers at the start lost by the end, L */
  public long lost() {
    return lost;
  }

  /** @return customers acquired during the period, N */
  public long newCustomers() {
    return newCustomers;
  }

  /** @return customers at the end, E */
  public long atEnd() {
    return atEnd;
  }

  /** @return E − N, the numerator of HubSpot's retention rate */
  public long retained() {
    return atEnd - newCustomers;
  }

  /** @return S − L + N − E, the new customers who were lost again within the period (0..N) */
  public long newCustomersLost() {
    return atStart - lost + newCustomers - atEnd;
  }

  /** @return S, the customers at the start: the denominator of both rates */
  @Override
  public long n() {
    return atStart;
  }

  /**
   * The churn rate over the customers at the start, L / S × 100.
   *
   * @return the churn rate with its Wilson interval; empty (n = 0) when S = 0
   */
  public Percentage churnRate() {
    return Percentage.of(lost, atStart);
  }

  /**
   * The churn rate over a named denominator, as a point value only.
   *
   * @param denominator {@link ChurnDenominator#CUSTOMERS_AT_START} (the value of {@link
   *     #churnRate()}) or {@link ChurnDenominator#AVERAGE_CUSTOMERS} (L / ((S + E) / 2) × 100, which
   *     can exceed 100 and has no interval: see {@link ChurnDenominator})
   * @return the churn rate, or empty when the denominator is 0
   */
  public OptionalDouble churnRateValue(ChurnDenominator denominator) {
    Objects.requireNonNull(denominator, "denominator");
    if (denominator == ChurnDenominator.CUSTOMERS_AT_START) {
      return churnRate().value();
    }
    double average = ((double) atStart + atEnd) / 2;
    return average == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * lost / average);
  }

  /**
   * HubSpot's customer retention rate, (E − N) / S × 100.
   *
   * @return the retention rate with its Wilson interval; empty (n = 0) when S = 0
   */
  public Percentage retentionRate() {
    return Percentage.of(atEnd - newCustomers, atStart);
  }

  /** @return the retention rate on 0..100, or empty when S = 0 */
  @Override
  public OptionalDouble value() {
    return retentionRate().value();
  }

  /** @return the binomial standard error of the retention rate in percentage points, or empty when S = 0 */
  @Override
  public OptionalDouble standardError() {
    return retentionRate().standardError();
  }

  /**
   * @param level the confidence level, in (0, 1)
   * @return the Wilson interval of the retention rate (see {@link Percentage#wilsonInterval}), or
   *     empty when S = 0
   */
  @Override
  public Optional<Interval> confidenceInterval(double level) {
    return retentionRate().confidenceInterval(level);
  }

  /**
   * Adds the counts of a disjoint segment of the same period: every count adds, and the sum is a
   * possible period again. {@code a.plus(a)} doubles every count.
   *
   * @param other the counts of another segment
   * @return the sum
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public PeriodRetention plus(PeriodRetention other) {
    Objects.requireNonNull(other, "other");
    return of(Checks.addCounts("atStart", atStart, other.atStart),
        Checks.addCounts("lost", lost, other.lost),
        Checks.addCounts("newCustomers", newCustomers, other.newCustomers),
        Checks.addCounts("atEnd", atEnd, other.atEnd));
  }

  /**
   * Compares this period's retention rate with a baseline period's (last quarter, another segment)
   * by the pooled two-proportion z-test with Newcombe's hybrid score interval (see {@link
   * Percentage#comparedWith}). The test treats the two periods as independent samples; consecutive
   * periods share customers, so for them it is the usual approximation.
   *
   * @param baseline the period to compare against
   * @return the difference in percentage points, or empty if either period has S = 0
   */
  @Override
  public Optional<Comparison> comparedWith(PeriodRetention baseline) {
    Objects.requireNonNull(baseline, "baseline");
    return retentionRate().comparedWith(baseline.retentionRate());
  }

  /**
   * Compares this period's churn rate with a baseline period's, as {@link #comparedWith} does for
   * retention.
   *
   * @param baseline the period to compare against
   * @return the difference in percentage points, or empty if either period has S = 0
   */
  public Optional<Comparison> churnComparedWith(PeriodRetention baseline) {
    Objects.requireNonNull(baseline, "baseline");
    return churnRate().comparedWith(baseline.churnRate());
  }

  /** @return the binary serial form: header, then S, L, N and E as varints */
  public byte[] toBytes() {
    return new SerialWriter(SerialKind.PERIOD_RETENTION)
        .writeCount(atStart).writeCount(lost).writeCount(newCustomers).writeCount(atEnd).toByteArray();
  }

  /**
   * @param bytes a serial form written by {@link #toBytes()}
   * @return the period's counts
   * @throws SerialFormException if the bytes are corrupt or describe impossible counts
   */
  public static PeriodRetention fromBytes(byte[] bytes) {
    SerialReader reader = SerialReader.open(Objects.requireNonNull(bytes, "bytes"), SerialKind.PERIOD_RETENTION);
    long s = reader.readCount("atStart");
    long l = reader.readCount("lost");
    long n = reader.readCount("newCustomers");
    long e = reader.readCount("atEnd");
    reader.finish();
    try {
      return of(s, l, n, e);
    } catch (InvalidValueException | CountOverflowException ex) {
      throw reader.invalid(ex);
    }
  }

  /** @return {@code {"format":1,"kind":"period-retention","atStart":…,"lost":…,"newCustomers":…,"atEnd":…}} */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = JsonShape.start(SerialKind.PERIOD_RETENTION);
    shape.put("atStart", atStart);
    shape.put("lost", lost);
    shape.put("newCustomers", newCustomers);
    shape.put("atEnd", atEnd);
    return JsonShape.seal(shape);
  }

  /**
   * @param shape a JSON shape produced by {@link #toJsonShape()}
   * @return the period's counts
   * @throws SerialFormException naming the member that is missing, mistyped or invalid
   */
  public static PeriodRetention fromJsonShape(Map<String, ?> shape) {
    JsonShape reader = JsonShape.open(Objects.requireNonNull(shape, "shape"), SerialKind.PERIOD_RETENTION);
    long s = reader.count("atStart");
    long l = reader.count("lost");
    long n = reader.count("newCustomers");
    long e = reader.count("atEnd");
    try {
      return of(s, l, n, e);
    } catch (InvalidValueException | CountOverflowException ex) {
      throw reader.invalid(ex);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PeriodRetention other && atStart == other.atStart && lost == other.lost
        && newCustomers == other.newCustomers && atEnd == other.atEnd;
  }

  @Override
  public int hashCode() {
    int h = Long.hashCode(atStart);
    h = 31 * h + Long.hashCode(lost);
    h = 31 * h + Long.hashCode(newCustomers);
    return 31 * h + Long.hashCode(atEnd);
  }

  /**
   * @return e.g. {@code PeriodRetention{atStart=200, lost=20, new=50, atEnd=220, churn=10.00%,
   *     retention=85.00%}}
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("PeriodRetention{atStart=").append(atStart)
        .append(", lost=").append(lost).append(", new=").append(newCustomers)
        .append(", atEnd=").append(atEnd);
    if (atStart > 0) {
      s.append(String.format(Locale.ROOT, ", churn=%.2f%%, retention=%.2f%%",
          100.0 * lost / atStart, 100.0 * (atEnd - newCustomers) / atStart));
    }
    return s.append('}').toString();
  }
}
