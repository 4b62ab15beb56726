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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The answers to the goal question of an exit-feedback form, "Did you achieve the goal of your
 * visit?": how many said fully, partially and not at all, and optionally a {@link ReasonBreakdown}
 * of the "why not?" that follows. Immutable; three counts are its whole sufficient statistic, so it
 * merges exactly with {@link #plus}.
 *
 * <p>The <em>goal completion rate</em> is the share of answers "fully achieved" among all answers
 * to the goal question, as a percentage on 0..100; "partially" does not count as achieved. It is
 * the task completion rate that web analysts take from exit surveys (A. Kaushik, "The Three
 * Greatest Survey Questions Ever", Occam's Razor blog: purpose of the visit, task completed, why
 * not), named goal completion rate in cxkit so that it is never confused with the <em>survey</em>
 * completion rate (displayed surveys that were completed). The {@linkplain #partialRate() partial
 * rate} and the {@linkplain #failureRate() failure rate} complete it to 100.
 *
 * <p><b>As an estimate.</b> {@code GoalCompletion} is a {@link MergeableEstimate} whose value is the
 * goal completion rate: {@link #n()} is the number of answers, {@link #value()}, {@link
 * #standardError()} and {@link #confidenceInterval(double)} are those of {@link
 * #goalCompletionRate()} (binomial, Wilson interval), and {@link #comparedWith(GoalCompletion)}
 * compares two goal completion rates. It is the headline number of the goal question, and being an
 * estimate lets a goal completion per segment go straight into {@link
 * io.cxkit.core.stats.GroupComparison#eachAgainstRest} or any report that takes estimates, while the
 * other two rates remain one call away. An empty input gives n = 0 and no value, never NaN.
 *
 * <p>The reason breakdown is independent of the three counts: its respondents are whoever answered
 * the reason question (typically those who did not fully achieve their goal, but form routing
 * decides), and it is kept, merged and serialized alongside them. An empty breakdown is the same as
 * none.
 */
public final class GoalCompletion implements MergeableEstimate<GoalCompletion> {
  private static final GoalCompletion EMPTY = new GoalCompletion(0, 0, 0, 0, ReasonBreakdown.empty());

  private final long fully;
  private final long partially;
  private final long notAchieved;
  private final long answered;
  // ReasonBreakdown.empty() stands for "no breakdown".
  private final ReasonBreakdown reasons;

  private GoalCompletion(long fully, long partially, long notAchieved, long answered,
      ReasonBreakdown reasons) {
    this.fully = fully;
    this.partially = partially;
    this.notAchieved = notAchieved;
    this.answered = answered;
    this.reasons = reasons;
  }

  /**
   * Builds the answers to the goal question from their counts, without a reason breakdown.
   *
   * @param fully the answers "fully achieved", ≥ 0
   * @param partially the answers "partially achieved", ≥ 0
   * @param notAchieved the answers "not achieved", ≥ 0
   * @return the goal completion
   * @throws InvalidValueException if a count is negative
   * @throws CountOverflowException if the number of answers exceeds {@link Long#MAX_VALUE}
   */
  public static GoalCompletion of(long fully, long partially, long notAchieved) {
    return of(fully, partially, notAchieved, ReasonBreakdown.empty());
  }

  private static GoalCompletion of(long fully, long partially, long notAchieved, ReasonBreakdown reasons) {
    Checks.requireNonNegative("fully", fully);
    Checks.requireNonNegative("partially", partially);
    Checks.requireNonNegative("notAchieved", notAchieved);
    long answered = Checks.addCounts("answered", Checks.addCounts("answered", fully, partially), notAchieved);
    if (answered == 0 && reasons.equals(ReasonBreakdown.empty())) {
      return EMPTY;
    }
    return new GoalCompletion(fully, partially, notAchieved, answered, reasons);
  }

  /** @return the goal completion of no answers and no reasons: n = 0, no value */
  public static GoalCompletion empty() {
    return EMPTY;
  }

  /**
   * @param reasons the breakdown of the reason question; {@link ReasonBreakdown#empty()} removes the
   *     breakdown
   * @return a goal completion with the same counts and this breakdown in place of any earlier one
   */
  public GoalCompletion withReasons(ReasonBreakdown reasons) {
    Objects.requireNonNull(reasons, "reasons");
    return of(fully, partially, notAchieved, reasons);
  }

  /** @return the answers "fully achieved" */
  public long fully() {
    return fully;
  }

  /** @return the answers "partially achieved" */
  public long partially() {
    return partially;
  }

  /** @return the answers "not achieved" */
  public long notAchieved() {
    return notAchieved;
  }

  /**
   * @param outcome an outcome
   * @return the answers with that outcome
   */
  public long count(GoalOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    switch (outcome) {
      case FULLY:
        return fully;
      case PARTIALLY:
        return partially;
      default:
        return notAchieved;
    }
  }

  /** @return the number of answers to the goal question, fully + partially + not achieved */
  public long answered() {
    return answered;
  }

  /** @return the number of answers to the goal question, the same as {@link #answered()} */
  @Override
  public long n() {
    return answered;
  }

  /**
   * The goal completion rate: answers "fully achieved" / all answers, on 0..100.
   *
   * @return the rate with its Wilson interval; empty (n = 0) when there are no answers
   */
  public Percentage goalCompletionRate() {
    return Percentage.of(fully, answered);
  }

  /**
   * @return answers "partially achieved" / all answers, on 0..100; empty (n = 0) when there are no
   *     answers
   */
  public Percentage partialRate() {
    return Percentage.of(partially, answered);
  }

  /**
   * @return answers "not achieved" / all answers, on 0..100; empty (n = 0) when there are no answers
   */
  public Percentage failureRate() {
    return Percentage.of(notAchieved, answered);
  }

  /**
   * @param outcome an outcome
   * @return the share of answers with that outcome, on 0..100: the {@linkplain #goalCompletionRate()
   *     goal completion}, {@linkplain #partialRate() partial} or {@linkplain #failureRate() failure}
   *     rate
   */
  public Percentage rate(GoalOutcome outcome) {
    return Percentage.of(count(outcome), answered);
  }

  /** @return the goal completion rate on 0..100, or empty when there are no answers */
  @Override
  public OptionalDouble value() {
    return goalCompletionRate().value();
  }

  /**
   * @return the binomial standard error of the goal completion rate, in percentage points, or empty
   *     when there are no answers
   */
  @Override
  public OptionalDouble standardError() {
    return goalCompletionRate().standardError();
  }

  /**
   * @param level the confidence level, in (0, 1)
   * @return the Wilson interval of the goal completion rate (see {@link Percentage#wilsonInterval}),
   *     within [0, 100], or empty when there are no answers
   * @throws InvalidValueException if {@code level} is not in (0, 1)
   */
  @Override
  public Optional<Interval> confidenceInterval(double level) {
    return goalCompletionRate().confidenceInterval(level);
  }

  /** @return the breakdown of the reason question, or empty if there is none */
  public Optional<ReasonBreakdown> reasons() {
    return reasons.equals(ReasonBreakdown.empty()) ? Optional.empty() : Optional.of(reasons);
  }

  /**
   * Adds two goal completions: the counts add, and so do the reason breakdowns (a missing one counts
   * as empty). {@code a.plus(a)} doubles every count.
   *
   * @param other another goal completion
   * @return the sum
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public GoalCompletion plus(GoalCompletion other) {
    Objects.requireNonNull(other, "other");
    return of(Checks.addCounts("fully", fully, other.fully),
        Checks.addCounts("partially", partially, other.partially),
        Checks.addCounts("notAchieved", notAchieved, other.notAchieved),
        reasons.plus(other.reasons));
  }

  /**
   * Compares this goal completion rate with a baseline's from an independent sample (last month,
   * the other variant of an A/B test): see {@link Percentage#comparedWith} for the pooled
   * two-proportion z-test and Newcombe's hybrid score interval.
   *
   * @param baseline the goal completion to compare against
   * @return the difference in percentage points, or empty if either side has no answers
   */
  @Override
  public Optional<Comparison> comparedWith(GoalCompletion baseline) {
    return comparedWith(baseline, GoalOutcome.FULLY);
  }

  /**
   * Compares the share of one outcome with a baseline's, e.g. the failure rate of two months.
   *
   * @param baseline the goal completion to compare against
   * @param outcome the outcome whose share is compared; {@link GoalOutcome#FULLY} compares the goal
   *     completion rates
   * @return the difference in percentage points (see {@link Percentage#comparedWith}), or empty if
   *     either side has no answers
   */
  public Optional<Comparison> comparedWith(GoalCompletion baseline, GoalOutcome outcome) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(outcome, "outcome");
    return rate(outcome).comparedWith(baseline.rate(outcome));
  }

  /**
   * The binary serial form: format version, kind tag, the three counts (fully, partially, not
   * achieved) as varints, a byte 0 (no breakdown) or 1, and the breakdown if present (respondents,
   * number of reasons, then each reason and its count).
   *
   * @return the serial form
   */
  public byte[] toBytes() {
    SerialWriter writer = new SerialWriter(SerialKind.GOAL_COMPLETION)
        .writeCount(fully).writeCount(partially).writeCount(notAchieved);
    if (reasons.equals(ReasonBreakdown.empty())) {
      writer.writeByte(0);
    } else {
      reasons.writeTo(writer.writeByte(1));
    }
    return writer.toByteArray();
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @param bytes the serial form
   * @return the goal completion
   * @throws SerialFormException if the bytes are truncated, of another version or kind, or describe
   *     an invalid value (a count overflow, a reason listed twice or blank, a reason count above the
   *     respondents)
   */
  public static GoalCompletion fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    SerialReader reader = SerialReader.open(bytes, SerialKind.GOAL_COMPLETION);
    long f = reader.readCount("fully");
    long p = reader.readCount("partially");
    long n = reader.readCount("notAchieved");
    int flag = reader.readByte("reasons.present");
    ReasonBreakdown breakdown;
    if (flag == 0) {
      breakdown = ReasonBreakdown.empty();
    } else if (flag == 1) {
      breakdown = ReasonBreakdown.readFrom(reader);
    } else {
      throw reader.invalid(new InvalidValueException("reasons.present", flag,
          "must be 0 (no breakdown) or 1 (a breakdown follows)"));
    }
    reader.finish();
    try {
      return of(f, p, n, breakdown);
    } catch (CountOverflowException e) {
      throw reader.invalid(e);
    }
  }

  /**
   * The JSON shape: {@code {"format":1,"kind":"goal-completion","fully":600,"partially":250,
   * "notAchieved":150,"reasons":{"respondents":400,"counts":{"missing information":120,...}}}},
   * without {@code reasons} when there is no breakdown, as an unmodifiable map that any JSON
   * library writes as is.
   *
   * @return the JSON shape
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = JsonShape.start(SerialKind.GOAL_COMPLETION);
    shape.put("fully", fully);
    shape.put("partially", partially);
    shape.put("notAchieved", notAchieved);
    if (!reasons.equals(ReasonBreakdown.empty())) {
      Map<String, Object> breakdown = new LinkedHashMap<>();
      reasons.putInto(breakdown);
      shape.put("reasons", Collections.unmodifiableMap(breakdown));
    }
    return JsonShape.seal(shape);
  }

  /**
   * Reads what {@link #toJsonShape()} produced, as parsed back by a JSON library into maps and
   * numbers. A missing or null {@code reasons} member means no breakdown.
   *
   * @param shape the JSON shape
   * @return the goal completion
   * @throws SerialFormException naming the member that is missing, mistyped or invalid
   */
  public static GoalCompletion fromJsonShape(Map<String, ?> shape) {
    Objects.requireNonNull(shape, "shape");
    JsonShape reader = JsonShape.open(shape, SerialKind.GOAL_COMPLETION);
    long f = reader.count("fully");
    long p = reader.count("partially");
    long n = reader.count("notAchieved");
    ReasonBreakdown breakdown = reader.has("reasons")
        ? ReasonBreakdown.readFrom(reader.object("reasons"))
        : ReasonBreakdown.empty();
    try {
      return of(f, p, n, breakdown);
    } catch (CountOverflowException e) {
      throw reader.invalid(e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GoalCompletion other
        && fully == other.fully
        && partially == other.partially
        && notAchieved == other.notAchieved
        && reasons.equals(other.reasons);
  }

  @Override
  public int hashCode() {
    int h = Long.hashCode(fully);
    h = 31 * h + Long.hashCode(partially);
    h = 31 * h + Long.hashCode(notAchieved);
    return 31 * h + reasons.hashCode();
  }

  /**
   * @return e.g. {@code GoalCompletion{n=1000, goalCompletionRate=60.00%, fully=600, partially=250,
   *     notAchieved=150}}, followed by the breakdown if there is one
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("GoalCompletion{n=").append(answered);
    if (answered > 0) {
      s.append(String.format(Locale.ROOT, ", goalCompletionRate=%.2f%%", 100.0 * fully / answered));
    }
    s.append(", fully=").append(fully).append(", partially=").append(partially)
        .append(", notAchieved=").append(notAchieved);
    if (!reasons.equals(ReasonBreakdown.empty())) {
      s.append(", reasons=").append(reasons);
    }
    return s.append('}').toString();
  }
}
