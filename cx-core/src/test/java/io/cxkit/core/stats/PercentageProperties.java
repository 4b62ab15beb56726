package io.cxkit.core.stats;

import io.cxkit.core.MergeableEstimateContract;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;

/** {@link Percentage} keeps the contract of every mergeable estimate, on 0..100. */
class PercentageProperties extends MergeableEstimateContract<Percentage> {

  PercentageProperties() {
    super(0, 100, Percentage::toBytes, Percentage::fromBytes, Percentage::toJsonShape, Percentage::fromJsonShape);
  }

  /** Small samples (where 0 % and 100 % are common) and large ones. */
  @Provide
  Arbitrary<Trio<Percentage>> trios() {
    Arbitrary<Percentage> percentage = Arbitraries.oneOf(
            Arbitraries.longs().between(0, 12), Arbitraries.longs().between(0, 1L << 50))
        .flatMap(n -> Arbitraries.longs().between(0, n).map(successes -> Percentage.of(successes, n)));
    return Combinators.combine(percentage, percentage, percentage).as(Trio::new);
  }
}
