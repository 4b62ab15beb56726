package io.cxkit.journey.retention;

import io.cxkit.core.PeriodRetention;
import io.cxkit.core.stats.Percentage;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reported period of a {@link ChurnResult}: its first day, the first day of the next period,
 * and cx-core's {@link PeriodRetention} counts S, L, N and E.
 *
 * @param start the period's first day
 * @param end the first day of the next period (exclusive)
 * @param counts customers at the start, lost, new and at the end
 */
public record ChurnPeriod(LocalDate start, LocalDate end, PeriodRetention counts) {
  /** Checks the components. */
  public ChurnPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(counts, "counts");
  }

  /** @return L / S × 100 on 0..100 with its Wilson interval; empty when S = 0 */
  public Percentage churnRate() {
    return counts.churnRate();
  }

  /** @return HubSpot's retention rate (E − N) / S × 100 on 0..100; empty when S = 0 */
  public Percentage retentionRate() {
    return counts.retentionRate();
  }
}
