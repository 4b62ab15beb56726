package io.cxkit.journey.retention;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.PeriodRetention;
import io.cxkit.core.stats.Percentage;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reported period of a {@link ChurnResult}: its first day, the first day of the next period,
 * cx-core's {@link PeriodRetention} counts S, L, N and E, and the customers acquired and lost
 * within the period, who are in none of those four (see {@link ChurnAnalyzer}): N counts the new
 * customers still there at the period's end, so everyone acquired in the period is {@code
 * counts().newCustomers() + acquiredAndLost()}.
 *
 * @param start the period's first day
 * @param end the first day of the next period (exclusive)
 * @param counts customers at the start, lost, new (and still there at the end) and at the end
 * @param acquiredAndLost customers who became customers and were lost again within the period,
 *     never a customer at a period's end: a subscription started and cancelled in it, ≥ 0
 */
public record ChurnPeriod(LocalDate start, LocalDate end, PeriodRetention counts,
    long acquiredAndLost) {
  /** @throws InvalidValueException if {@code acquiredAndLost} is negative */
  public ChurnPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(counts, "counts");
    if (acquiredAndLost < 0) {
      throw new InvalidValueException("acquiredAndLost", acquiredAndLost, "must be a count ≥ 0");
    }
  }

  /** @return L / S × 100 on 0..100 with its Wilson interval; empty when S = 0 */
  public Percentage churnRate() {
    return counts.churnRate();
  }

  /**
   * @return HubSpot's retention rate (E − N) / S × 100 on 0..100; empty when S = 0. Customers
   *     acquired and lost within the period are in neither E nor N, so they do not lower it.
   */
  public Percentage retentionRate() {
    return counts.retentionRate();
  }
}
