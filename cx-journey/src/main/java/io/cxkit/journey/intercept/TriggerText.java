package io.cxkit.journey.intercept;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * What the built-in triggers share: their checks of durations at build time, the arithmetic of
 * instants that never overflows, and the short phrases of their details. Pages appear in details
 * by their path only: a query string may carry personal data (an e-mail in a sign-up link).
 */
final class TriggerText {
  /** The longest duration a trigger accepts: ten years of 366 days. */
  static final Duration MAX_DURATION = Duration.ofDays(3660);

  private TriggerText() {}

  /**
   * @return the duration
   * @throws InvalidTriggerException unless it is positive and at most {@link #MAX_DURATION}
   */
  static Duration requirePositive(String field, Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      throw new InvalidTriggerException(field, duration, "must be positive");
    }
    return requireAtMost(field, duration);
  }

  /**
   * @return the duration
   * @throws InvalidTriggerException unless it is zero or positive and at most {@link #MAX_DURATION}
   */
  static Duration requireNotNegative(String field, Duration duration) {
    if (duration.isNegative()) {
      throw new InvalidTriggerException(field, duration, "must not be negative");
    }
    return requireAtMost(field, duration);
  }

  private static Duration requireAtMost(String field, Duration duration) {
    if (duration.compareTo(MAX_DURATION) > 0) {
      throw new InvalidTriggerException(field, duration,
          "must be at most " + MAX_DURATION + " (ten years)");
    }
    return duration;
  }

  /**
   * @return {@code at + d}, or {@link Instant#MAX} ({@link Instant#MIN} for a negative d) where that
   *     is beyond the instants — for any duration, even one longer than the whole time line
   */
  static Instant plus(Instant at, Duration d) {
    try {
      return at.plus(d);
    } catch (DateTimeException | ArithmeticException beyond) {
      // Only past an end of the time line (the engine's pacing takes durations of any length).
      return d.isNegative() ? Instant.MIN : Instant.MAX;
    }
  }

  /**
   * @return {@code at − d}, or {@link Instant#MIN} ({@link Instant#MAX} for a negative d) where that
   *     is beyond the instants — for any duration
   */
  static Instant minus(Instant at, Duration d) {
    try {
      return at.minus(d);
    } catch (DateTimeException | ArithmeticException beyond) {
      return d.isNegative() ? Instant.MAX : Instant.MIN;
    }
  }

  /**
   * A duration a definition asks for, exactly and in the unit {@link #elapsed} would show it in, so
   * that the two read side by side ({@code "dwell 59 s …, needs 60 s"}): {@code 60 s}, {@code 30
   * min}, {@code 7 d}; in a larger unit when it is not a whole number of that one, and in its ISO
   * form ({@code PT1.5S}) when it is not a whole number of seconds.
   */
  static String exact(Duration d) {
    if (d.getNano() != 0) {
      return d.toString();
    }
    long s = d.getSeconds();
    if (s < 120 || s % 60 != 0) {
      return s + " s";
    }
    if (s < 7_200 || s % 3_600 != 0) {
      return s / 60 + " min";
    }
    if (s < 172_800 || s % 86_400 != 0) {
      return s / 3_600 + " h";
    }
    return s / 86_400 + " d";
  }

  /**
   * A duration that passed, rounded down to a unit that keeps it readable: seconds below 2 min,
   * minutes below 2 h, hours below 2 days, then days.
   */
  static String elapsed(Duration d) {
    long s = d.getSeconds();
    if (s < 120) {
      return s + " s";
    }
    if (s < 7_200) {
      return s / 60 + " min";
    }
    if (s < 172_800) {
      return s / 3_600 + " h";
    }
    return s / 86_400 + " d";
  }

  /**
   * @return the page's path, without query string and fragment, cut after 96 characters (a session
   *     event's page has no control characters)
   */
  static String page(String page) {
    int end = PagePattern.pathEnd(page);
    return end <= 96 ? page.substring(0, end) : page.substring(0, 96) + "…";
  }

  /** @return the index of the session's latest page view, or −1 if it has none */
  static int latestPageView(java.util.List<SessionEvent> events) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).type() == SessionEventType.PAGE_VIEW) {
        return i;
      }
    }
    return -1;
  }

  /** @return whether two pages have the same path, whatever their query strings and fragments */
  static boolean samePath(String a, String b) {
    int end = PagePattern.pathEnd(a);
    return end == PagePattern.pathEnd(b) && a.regionMatches(0, b, 0, end);
  }
}
