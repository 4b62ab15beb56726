package io.cxkit.journey.retention;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.PeriodRetention;
import io.cxkit.core.stats.Comparison;
import io.cxkit.journey.internal.GroupTests;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One group's period counts compared with the rest of the groups pooled, as {@link
 * ChurnResult#compare} gives them: the retention rate by cx-core's {@link
 * io.cxkit.core.stats.GroupComparison#eachAgainstRest} (two-proportion z-test, Holm-adjusted across
 * the groups), and the churn rate by {@link PeriodRetention#churnComparedWith} with its own Holm
 * adjustment across the groups. Differences are in percentage points, group minus rest.
 *
 * @param group the group's label
 * @param period the period's first day
 * @param counts the group's S, L, N and E
 * @param rest every other group's counts pooled (customers without a group not included)
 * @param retention the retention rate's difference, or empty where a side has S = 0
 * @param retentionAdjustedPValue its Holm-adjusted p-value; present exactly when {@code retention} is
 * @param churn the churn rate's difference, or empty where a side has S = 0
 * @param churnAdjustedPValue its Holm-adjusted p-value; present exactly when {@code churn} is
 * @param belowMinimum whether the group's S is below the definition's minimum n: shown and
 *     compared, but too few to act on
 */
public record ChurnGroupComparison(String group, LocalDate period, PeriodRetention counts,
    PeriodRetention rest, Optional<Comparison> retention, OptionalDouble retentionAdjustedPValue,
    Optional<Comparison> churn, OptionalDouble churnAdjustedPValue, boolean belowMinimum) {

  /** @throws InvalidValueException if an adjusted p-value is present without its comparison or absent with it */
  public ChurnGroupComparison {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(rest, "rest");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(retentionAdjustedPValue, "retentionAdjustedPValue");
    Objects.requireNonNull(churn, "churn");
    Objects.requireNonNull(churnAdjustedPValue, "churnAdjustedPValue");
    GroupTests.requirePaired(retention, retentionAdjustedPValue, "retentionAdjustedPValue",
        "the retention comparison");
    GroupTests.requirePaired(churn, churnAdjustedPValue, "churnAdjustedPValue",
        "the churn comparison");
  }

  /** @return the group's customers at the period's start, S: the n of both rates */
  public long n() {
    return counts.atStart();
  }
}
