package io.cxkit.journey.analysis;

import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.Touchpoint;
import java.util.Objects;

/**
 * Back-and-forth friction between two touchpoints.
 *
 * @param first the pair's touchpoint that comes first in map order
 * @param second the other one
 * @param episodes friction episodes between the two, ≥ 0
 */
public record FrictionPair(Touchpoint first, Touchpoint second, long episodes) {

  /** @throws InvalidValueException if the two are the same touchpoint or the count is negative */
  public FrictionPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.id().equals(second.id())) {
      throw new InvalidValueException("second", second.id(), "must differ from first");
    }
    if (episodes < 0) {
      throw new InvalidValueException("episodes", episodes, "must be a count ≥ 0");
    }
  }
}
