package io.cxkit.journey.analysis;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.Touchpoint;
import java.util.Objects;

/**
 * Back-and-forth friction at one touchpoint.
 *
 * @param touchpoint the touchpoint
 * @param episodes friction episodes it was one of the two touchpoints of
 * @param customers distinct customers with at least one such episode, ≤ {@code visitors}
 * @param visitors distinct customers with at least one event there
 * @param share {@code customers} over {@code visitors}, on 0..100 with its Wilson interval; empty
 *     when nobody visited it
 */
public record FrictionTouchpoint(Touchpoint touchpoint, long episodes, long customers,
    long visitors, Percentage share) {

  /** @throws InvalidValueException if a count is negative or does not fit the share */
  public FrictionTouchpoint {
    Objects.requireNonNull(touchpoint, "touchpoint");
    Objects.requireNonNull(share, "share");
    if (episodes < customers) {
      throw new InvalidValueException("episodes", episodes,
          "must be ≥ customers = " + customers + ": each such customer had an episode");
    }
    if (share.successes() != customers || share.n() != visitors) {
      throw new InvalidValueException("share", share,
          "must be customers / visitors = " + customers + "/" + visitors);
    }
  }
}
