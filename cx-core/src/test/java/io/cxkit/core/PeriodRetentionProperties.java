package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PeriodRetentionProperties extends MergeableEstimateContract<PeriodRetention> {

  PeriodRetentionProperties() {
    super(0, 100, PeriodRetention::toBytes, PeriodRetention::fromBytes, PeriodRetention::toJsonShape,
        PeriodRetention::fromJsonShape);
  }

  /** Possible periods: S, L ≤ S, N, and the new customers lost again, at most min(N, S − L). */
  static Arbitrary<PeriodRetention> periods(long maxCount) {
    return Arbitraries.longs().between(0, maxCount).flatMap(s -> Arbitraries.longs().between(0, s)
        .flatMap(l -> Arbitraries.longs().between(0, maxCount).flatMap(n ->
            Arbitraries.longs().between(0, Math.min(n, s - l))
                .map(newLost -> PeriodRetention.of(s, l, n, s - l + n - newLost)))));
  }

  @Provide
  Arbitrary<Trio<PeriodRetention>> trios() {
    Arbitrary<PeriodRetention> any = Arbitraries.oneOf(periods(40), periods(1L << 40));
    return Combinators.combine(any, any, any).as(Trio::new);
  }

  @Provide
  Arbitrary<PeriodRetention> anyPeriod() {
    return Arbitraries.oneOf(periods(40), periods(1_000_000_000L));
  }

  @Property
  void retentionIsAtMostOneHundredMinusChurn(@ForAll("anyPeriod") PeriodRetention period) {
    if (period.isEmpty()) {
      return;
    }
    double retention = period.retentionRate().value().getAsDouble();
    double churn = period.churnRate().value().getAsDouble();
    assertThat(retention).isBetween(0.0, 100.0);
    assertThat(churn).isBetween(0.0, 100.0);
    if (period.newCustomersLost() == 0) {
      assertThat(retention).isCloseTo(100 - churn, within(1e-9));
    } else {
      assertThat(retention).isLessThan(100 - churn + 1e-9);
    }
  }

  @Property
  void segmentsAddToAPossiblePeriod(@ForAll("anyPeriod") PeriodRetention a, @ForAll("anyPeriod") PeriodRetention b) {
    PeriodRetention sum = a.plus(b);
    assertThat(sum.newCustomersLost()).isEqualTo(a.newCustomersLost() + b.newCustomersLost());
    assertThat(sum.retained()).isEqualTo(a.retained() + b.retained());
    assertThat(PeriodRetention.of(sum.atStart(), sum.lost(), sum.newCustomers(), sum.atEnd())).isEqualTo(sum);
  }
}
