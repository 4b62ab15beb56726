package io.cxkit.core.stats;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A point estimate with its sample size and uncertainty. An estimate from no data is empty: it
 * reports {@code n() == 0} and has no value, no standard error and no interval, rather than NaN.
 * Where an interval is undefined (a t-interval from one response) it is absent, never invented.
 */
public interface Estimate {

  /** @return the number of observations the estimate is based on */
  long n();

  /** @return whether the estimate is based on no observations */
  default boolean isEmpty() {
    return n() == 0;
  }

  /** @return the point estimate, or empty when there is no data */
  OptionalDouble value();

  /** @return the standard error, on the estimate's scale, or empty when it is undefined */
  OptionalDouble standardError();

  /**
   * The estimate's default two-sided confidence interval; each implementation names its method.
   *
   * @param level the confidence level, strictly between 0 and 1 (e.g. 0.95)
   * @return the interval, or empty when it is undefined
   * @throws io.cxkit.core.InvalidValueException if {@code level} is not in (0, 1)
   */
  Optional<Interval> confidenceInterval(double level);
}
