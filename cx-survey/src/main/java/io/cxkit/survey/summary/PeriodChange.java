package io.cxkit.survey.summary;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.MergeableEstimate;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One period's estimate against the period before it, as {@link Trend#compare} gives it: this
 * month's NPS against last month's. The comparison is {@code estimate.comparedWith(previous)} by
 * the estimate's own method (Rocks' adjusted-Wald test for an NPS, the pooled two-proportion
 * z-test with Newcombe's interval for a rate or share, Welch's t-test for a mean): the change
 * {@code estimate − previous}, its interval and its two-sided p-value, not adjusted for the other
 * periods of the trend (each change is its own question; adjust with {@link
 * io.cxkit.core.stats.Holm} when scanning many periods for one that moved).
 *
 * @param key the estimate compared
 * @param unit the kind of period
 * @param start the first day of the period
 * @param estimate the period's estimate
 * @param previous the estimate of the period before, {@code unit.previous(start)}
 * @param comparison {@code estimate} compared with {@code previous}, or empty where either side
 *     has no data (or too little, as a mean of one answer)
 */
public record PeriodChange(EstimateKey key, Period unit, LocalDate start,
    MergeableEstimate<?> estimate, MergeableEstimate<?> previous,
    Optional<Comparison> comparison) {

  /** @throws InvalidValueException if {@code start} is not the first day of a period */
  public PeriodChange {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(comparison, "comparison");
    if (!unit.isStart(start)) {
      throw new InvalidValueException("start", start, "must be the first day of a " + unit.id()
          + ", such as " + unit.start(start));
    }
  }

  /** @return the period's label, such as {@code 2026-W49} */
  public String label() {
    return unit.label(start);
  }

  /** @return the first day of the period before */
  public LocalDate previousStart() {
    return unit.previous(start);
  }

  /** @return the label of the period before */
  public String previousLabel() {
    return unit.label(previousStart());
  }
}
