package io.cxkit.core.stats;

import java.util.Optional;

/**
 * An estimate whose sufficient statistic adds up, so that partial results merge exactly, and that
 * can be tested against another estimate of the same kind.
 *
 * @param <T> the concrete type
 */
public interface MergeableEstimate<T extends MergeableEstimate<T>> extends Estimate {

  /**
   * @param other an estimate of the same kind and definition
   * @return the estimate over both sets of observations
   * @throws io.cxkit.core.IncompatibleMergeException if the definitions differ
   */
  T plus(T other);

  /**
   * Compares this estimate with a baseline from an independent sample: the difference
   * {@code this − baseline}, its interval and a two-sided p-value.
   *
   * @param baseline the estimate to compare against
   * @return the comparison, or empty when it is undefined (a side without enough data)
   * @throws io.cxkit.core.IncompatibleMergeException if the definitions differ
   */
  Optional<Comparison> comparedWith(T baseline);
}
