package io.cxkit.journey.retention;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.survival.KaplanMeier;
import io.cxkit.core.survival.LifetimeTable;
import io.cxkit.core.survival.LogRankTest;
import io.cxkit.journey.internal.GroupTests;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One group's lifetimes compared with the rest of the groups pooled, as {@link
 * LifetimeResult#compare} gives them: cx-core's log-rank test ({@link KaplanMeier#comparedWith}) of
 * the group's Kaplan–Meier curve against the rest's, its p-value {@linkplain io.cxkit.core.stats.Holm
 * Holm-adjusted} across the groups whose test is defined.
 *
 * @param group the group's label
 * @param lifetimes the group's lifetimes, in days
 * @param rest every other group's lifetimes pooled (customers without a group not included)
 * @param logRank the test, or empty where it is undefined (no churn event on either side, …)
 * @param adjustedPValue the Holm-adjusted p-value; present exactly when {@code logRank} is
 * @param belowMinimum whether the group has fewer customers than the definition's minimum n
 */
public record LifetimeGroupComparison(String group, LifetimeTable lifetimes, LifetimeTable rest,
    Optional<LogRankTest> logRank, OptionalDouble adjustedPValue, boolean belowMinimum) {

  /** @throws InvalidValueException if the adjusted p-value is present without a test or absent with one */
  public LifetimeGroupComparison {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(lifetimes, "lifetimes");
    Objects.requireNonNull(rest, "rest");
    Objects.requireNonNull(logRank, "logRank");
    Objects.requireNonNull(adjustedPValue, "adjustedPValue");
    GroupTests.requirePaired(logRank, adjustedPValue, "adjustedPValue", "the log-rank test");
  }

  /** @return the group's customers */
  public long n() {
    return lifetimes.size();
  }

  /** @return the group's Kaplan–Meier curve */
  public KaplanMeier curve() {
    return KaplanMeier.of(lifetimes);
  }

  /**
   * @param alpha the family-wise significance level, in (0, 1)
   * @return whether the Holm-adjusted p-value is below {@code alpha}; false where undefined
   * @throws InvalidValueException if {@code alpha} is not in (0, 1)
   */
  public boolean isSignificant(double alpha) {
    return GroupTests.isSignificant(adjustedPValue, alpha);
  }
}
