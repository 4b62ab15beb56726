package io.cxkit.journey.analysis;

import io.cxkit.journey.InvalidJourneyException;
import java.time.Duration;

/**
 * Durations as microseconds, the unit the exit, friction and path analyses count time in
 * (instants are {@link io.cxkit.journey.internal.PeriodIds#micros epoch microseconds}, so that
 * one {@code long} per customer holds one): a microsecond is finer than any journey export
 * records, and the range (about 292 000 years) covers every real duration.
 */
final class ExitClock {
  private ExitClock() {}

  /**
   * @param duration a positive duration
   * @param field the field, for the message
   * @return it in microseconds, rounded down; at most {@link Long#MAX_VALUE}
   */
  static long micros(Duration duration, String field) {
    try {
      return Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L),
          duration.getNano() / 1_000);
    } catch (ArithmeticException e) {
      throw new InvalidJourneyException(field, duration,
          "must be shorter than about 292 000 years (a long of microseconds)");
    }
  }

  /** @return {@code a + b}, or {@link Long#MAX_VALUE} where it would overflow */
  static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE) : sum;
  }
}
