package io.cxkit.journey.analysis;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import java.time.Duration;
import java.time.Instant;

/**
 * Instants as epoch microseconds, so that the exit, friction and path analyses keep one {@code long}
 * per customer instead of an {@link Instant} object. A microsecond is finer than any journey export
 * records; the range (±292 000 years around 1970) covers every real event.
 */
final class ExitClock {
  /** No instant yet: below every instant that {@link #micros(Instant, String)} gives. */
  static final long NONE = Long.MIN_VALUE;

  private ExitClock() {}

  /**
   * @param at an instant
   * @param field the field, for the message
   * @return microseconds since the epoch, rounded down
   * @throws InvalidJourneyException if the instant is outside the range of a long of microseconds
   */
  static long micros(Instant at, String field) {
    try {
      long micros = Math.multiplyExact(at.getEpochSecond(), 1_000_000L);
      micros = Math.addExact(micros, at.getNano() / 1_000);
      if (micros == NONE) {
        throw new ArithmeticException("reserved");
      }
      return micros;
    } catch (ArithmeticException e) {
      throw new InvalidJourneyException(field, at,
          "must be within about 292 000 years of 1970 (a long of microseconds)");
    }
  }

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

  /** @return the instant of a count of epoch microseconds */
  static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
        Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  /**
   * @param customerId the event's customer
   * @param at the event's instant
   * @param atMicros the same in microseconds
   * @param lastMicros the customer's previous event, or {@link #NONE}
   * @throws EventOrderException if the event is earlier than the previous one
   */
  static void requireInOrder(String customerId, Instant at, long atMicros, long lastMicros) {
    if (lastMicros != NONE && atMicros < lastMicros) {
      throw new EventOrderException(customerId, at, instant(lastMicros),
          "is earlier than the customer's previous event; an analysis takes each customer's"
              + " events in time order (the journey readers reorder small disorder)");
    }
  }

  /** @return {@code a + b}, or {@link Long#MAX_VALUE} where it would overflow */
  static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE) : sum;
  }
}
