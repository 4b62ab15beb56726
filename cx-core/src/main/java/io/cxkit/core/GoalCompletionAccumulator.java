package io.cxkit.core;

import io.cxkit.core.internal.Checks;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mutable, single-threaded counter of answers to the goal question and the reason question of an
 * exit-feedback form, for hot loops; {@link #snapshot()} hands out an immutable {@link
 * GoalCompletion}. Recording an outcome is one array increment; recording a respondent's reasons
 * allocates nothing except the first time a reason appears. For several threads, use one
 * accumulator per thread and merge them at the end.
 *
 * <p>The two questions are counted independently: an outcome is recorded with {@link
 * #add(GoalOutcome)}, and the reasons of whoever answered the reason question (form routing decides
 * who sees it) with {@link #addReasons(String...)}.
 *
 * <p>Every batch and merge is all-or-nothing: if any part is invalid, or a count would overflow,
 * the accumulator is left exactly as it was.
 */
public final class GoalCompletionAccumulator {
  // Indexed by GoalOutcome.code(): fully, partially, not achieved.
  private final long[] outcomes = new long[3];
  private long reasonRespondents;
  private final Map<String, Tally> tallies = new HashMap<>();
  // Numbers the calls to addReasons, so that a reason named twice by one respondent counts once.
  private long respondentStamp;

  /** The count of one reason, and the last respondent who chose it. */
  private static final class Tally {
    long count;
    long stamp;
  }

  /** Creates an empty accumulator. */
  public GoalCompletionAccumulator() {}

  /**
   * Records one answer to the goal question.
   *
   * @param outcome the answer
   * @return this accumulator
   * @throws CountOverflowException if a count brought near {@link Long#MAX_VALUE} by
   *     {@link #add(GoalOutcome, long)} would pass it; nothing is recorded then
   */
  public GoalCompletionAccumulator add(GoalOutcome outcome) {
    return add(outcome, 1);
  }

  /**
   * Records {@code count} answers with the same outcome.
   *
   * @param outcome the answer
   * @param count how many, ≥ 0
   * @return this accumulator
   * @throws InvalidValueException if {@code count} is negative
   * @throws CountOverflowException if the count or the number of answers would exceed {@link
   *     Long#MAX_VALUE}; nothing is recorded then
   */
  public GoalCompletionAccumulator add(GoalOutcome outcome, long count) {
    Objects.requireNonNull(outcome, "outcome");
    Checks.requireNonNegative("count", count);
    return addOutcomes(outcome == GoalOutcome.FULLY ? count : 0,
        outcome == GoalOutcome.PARTIALLY ? count : 0,
        outcome == GoalOutcome.NOT_ACHIEVED ? count : 0);
  }

  /**
   * Records a batch of outcome codes, one byte per answer: 0 = fully, 1 = partially, 2 = not
   * achieved (see {@link GoalOutcome#code()}).
   *
   * @param outcomeCodes the codes
   * @return this accumulator
   * @throws InvalidValueException naming the index and value of the first code that is not 0, 1 or
   *     2; nothing of the batch is recorded then
   */
  public GoalCompletionAccumulator addAll(byte[] outcomeCodes) {
    Objects.requireNonNull(outcomeCodes, "outcomeCodes");
    return addAll(outcomeCodes, 0, outcomeCodes.length);
  }

  /**
   * Records the outcome codes {@code outcomeCodes[from..to)}: 0 = fully, 1 = partially, 2 = not
   * achieved.
   *
   * @param outcomeCodes the codes
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @return this accumulator
   * @throws InvalidValueException naming the index and value of the first code that is not 0, 1 or
   *     2; nothing of the batch is recorded then
   * @throws IndexOutOfBoundsException if the range is not within the array
   */
  public GoalCompletionAccumulator addAll(byte[] outcomeCodes, int from, int to) {
    Objects.requireNonNull(outcomeCodes, "outcomeCodes");
    Objects.checkFromToIndex(from, to, outcomeCodes.length);
    // Codes 1 and 2 are bits 0 and 1, so the loop counts without branching on the outcome; fully is
    // what is left. The batch is counted in locals and applied only once it has all been checked.
    long partially = 0;
    long notAchieved = 0;
    for (int i = from; i < to; i++) {
      int code = outcomeCodes[i];
      if (Integer.compareUnsigned(code, 2) > 0) {
        throw new InvalidValueException("outcomeCodes[" + i + "]", code, GoalOutcome.CODE_RULE);
      }
      partially += code & 1;
      notAchieved += code >>> 1;
    }
    return addOutcomes(to - from - partially - notAchieved, partially, notAchieved);
  }

  private GoalCompletionAccumulator addOutcomes(long fully, long partially, long notAchieved) {
    long f = Checks.addCounts("fully", outcomes[0], fully);
    long p = Checks.addCounts("partially", outcomes[1], partially);
    long n = Checks.addCounts("notAchieved", outcomes[2], notAchieved);
    Checks.addCounts("answered", Checks.addCounts("answered", f, p), n);
    outcomes[0] = f;
    outcomes[1] = p;
    outcomes[2] = n;
    return this;
  }

  /**
   * Records one respondent's answer to the reason question: every reason they chose. A reason named
   * twice counts once; a call with no reasons records nothing (choosing no reason is not answering).
   *
   * @param reasons the reasons one respondent chose, each non-blank
   * @return this accumulator
   * @throws InvalidValueException naming the index of the first blank reason; nothing is recorded
   *     then
   * @throws NullPointerException naming the index of a null reason
   */
  public GoalCompletionAccumulator addReasons(String... reasons) {
    Objects.requireNonNull(reasons, "reasons");
    for (int i = 0; i < reasons.length; i++) {
      requireReason(i, reasons[i]);
    }
    if (reasons.length == 0) {
      return this;
    }
    long stamp = startRespondent();
    for (String reason : reasons) {
      count(reason, stamp);
    }
    return this;
  }

  /**
   * Records one respondent's answer to the reason question: every reason they chose. A reason named
   * twice counts once; an empty collection records nothing (choosing no reason is not answering).
   *
   * @param reasons the reasons one respondent chose, each non-blank
   * @return this accumulator
   * @throws InvalidValueException naming the position of the first blank reason; nothing is recorded
   *     then
   * @throws NullPointerException naming the position of a null reason
   */
  public GoalCompletionAccumulator addReasons(Collection<String> reasons) {
    Objects.requireNonNull(reasons, "reasons");
    int i = 0;
    for (String reason : reasons) {
      requireReason(i++, reason);
    }
    if (i == 0) {
      return this;
    }
    long stamp = startRespondent();
    for (String reason : reasons) {
      count(reason, stamp);
    }
    return this;
  }

  private static void requireReason(int index, @Nullable String reason) {
    // The field names are built only on failure, so that the loop allocates nothing.
    if (reason == null) {
      throw new NullPointerException("reasons[" + index + "]");
    }
    if (reason.isBlank() || Checks.hasUnpairedSurrogate(reason)) {
      ReasonBreakdown.requireReason("reasons[" + index + "]", reason);
    }
  }

  private long startRespondent() {
    reasonRespondents++;
    return ++respondentStamp;
  }

  private void count(String reason, long stamp) {
    Tally tally = tallies.get(reason);
    if (tally == null) {
      tally = new Tally();
      tallies.put(reason, tally);
    }
    if (tally.stamp != stamp) {
      tally.stamp = stamp;
      tally.count++;
    }
  }

  /**
   * Adds a goal completion's counts and reason breakdown.
   *
   * @param value a goal completion
   * @return this accumulator
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}; nothing is added
   *     then
   */
  public GoalCompletionAccumulator merge(GoalCompletion value) {
    Objects.requireNonNull(value, "value");
    ReasonBreakdown reasons = value.reasons().orElse(ReasonBreakdown.empty());
    Map<String, Long> counts = reasons.counts();
    // Check every sum before changing anything.
    Checks.addCounts("respondents", reasonRespondents, reasons.respondents());
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      Tally tally = tallies.get(entry.getKey());
      Checks.addCounts("counts[\"" + entry.getKey() + "\"]", tally == null ? 0 : tally.count, entry.getValue());
    }
    addOutcomes(value.fully(), value.partially(), value.notAchieved());
    reasonRespondents += reasons.respondents();
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      tallies.computeIfAbsent(entry.getKey(), k -> new Tally()).count += entry.getValue();
    }
    return this;
  }

  /**
   * Adds another accumulator's counts (for example one per thread, merged at the end).
   *
   * @param other another accumulator
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator: merge its snapshot instead
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}; nothing is added
   *     then
   */
  public GoalCompletionAccumulator merge(GoalCompletionAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException(
          "an accumulator cannot merge itself; to double it, merge(snapshot()) instead");
    }
    return merge(other.snapshot());
  }

  /** @return the number of answers to the goal question recorded */
  public long answered() {
    return outcomes[0] + outcomes[1] + outcomes[2];
  }

  /** @return the number of respondents whose reasons were recorded */
  public long reasonRespondents() {
    return reasonRespondents;
  }

  /** @return an immutable copy of the counts so far, with the reason breakdown if any was recorded */
  public GoalCompletion snapshot() {
    String[] labels = new String[tallies.size()];
    long[] counts = new long[labels.length];
    int i = 0;
    for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
      labels[i] = entry.getKey();
      counts[i++] = entry.getValue().count;
    }
    return GoalCompletion.of(outcomes[0], outcomes[1], outcomes[2])
        .withReasons(ReasonBreakdown.ofUnsorted(reasonRespondents, labels, counts));
  }

  /** Forgets every answer and reason recorded. */
  public void reset() {
    outcomes[0] = 0;
    outcomes[1] = 0;
    outcomes[2] = 0;
    reasonRespondents = 0;
    tallies.clear();
  }

  @Override
  public String toString() {
    return "GoalCompletionAccumulator{n=" + answered() + ", fully=" + outcomes[0] + ", partially="
        + outcomes[1] + ", notAchieved=" + outcomes[2] + ", reasonRespondents=" + reasonRespondents
        + ", reasons=" + tallies.size() + "}";
  }
}
