package io.cxkit.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.RatingScale;
import io.cxkit.core.ScoreDistribution;
import io.cxkit.core.SerialFormException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeanTest {
  private static final Mean ONE_TO_TEN = Mean.ofValues(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

  @Test
  void meanVarianceAndStandardErrorByHand() {
    // 1..10: mean 5.5; M2 = 2·(4.5² + 3.5² + 2.5² + 1.5² + 0.5²) = 2·41.25 = 82.5;
    // s² = 82.5 / 9 = 9.1666667; s = 3.0276504; SE = s / sqrt(10) = 0.9574271
    assertThat(ONE_TO_TEN.n()).isEqualTo(10);
    assertThat(ONE_TO_TEN.value()).hasValue(5.5);
    assertThat(ONE_TO_TEN.sampleVariance()).hasValueCloseTo(82.5 / 9, within(1e-13));
    assertThat(ONE_TO_TEN.standardDeviation()).hasValueCloseTo(3.0276504, within(1e-7));
    assertThat(ONE_TO_TEN.standardError()).hasValueCloseTo(0.9574271, within(1e-7));
    assertThat(ONE_TO_TEN).hasToString("Mean{5.500, n=10, sd=3.028}");
  }

  @Test
  void tIntervalByHand() {
    // t(0.975, 9) = 2.262157 (any t table); half-width = 2.262157 · 0.9574271 = 2.165851
    // -> [5.5 − 2.165851, 5.5 + 2.165851] = [3.334149, 7.665851]
    Interval interval = ONE_TO_TEN.confidenceInterval(0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(3.334149, within(1e-6));
    assertThat(interval.upper()).isCloseTo(7.665851, within(1e-6));
    assertThat(interval.level()).isEqualTo(0.95);
  }

  @Test
  void meanOfADistributionIsBoundedByItsScale() {
    // Delighted's CSAT counts 14, 9, 10, 32, 42: mean 400/107 = 3.738318, s² = 22114/11342 = 1.949744
    // (worked out in ScoreDistributionTest). SE = sqrt(1.949744/107) = 0.1349886; t(0.975, 106) = 1.982597;
    // interval 3.738318 ± 0.267627 = [3.470690, 4.005946].
    Mean csat = Mean.of(ScoreDistribution.ofCounts(RatingScale.CSAT, 14, 9, 10, 32, 42));
    assertThat(csat.n()).isEqualTo(107);
    assertThat(csat.value()).hasValueCloseTo(400.0 / 107, within(1e-15));
    assertThat(csat.sampleVariance()).hasValueCloseTo(22114.0 / 11342, within(1e-14));
    Interval interval = csat.confidenceInterval(0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(3.470690, within(1e-6));
    assertThat(interval.upper()).isCloseTo(4.005946, within(1e-6));
  }

  @Test
  void intervalIsClippedToTheBounds() {
    // Four 5s and a 4 on 1..5: mean 4.8, M2 = 4·0.2² + 0.8² = 0.8, s² = 0.2, SE = sqrt(0.2/5) = 0.2;
    // t(0.975, 4) = 2.776445, half-width 0.555289 -> [4.244711, 5.355289], clipped to 5.
    Mean nearTop = Mean.of(ScoreDistribution.ofCounts(RatingScale.CSAT, 0, 0, 0, 1, 4));
    Interval interval = nearTop.confidenceInterval(0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(4.244711, within(1e-6));
    assertThat(interval.upper()).isEqualTo(5.0);
    // Unbounded, the same statistics keep the upper end above 5.
    Mean unbounded = Mean.of(5, 4.8, 0.2);
    assertThat(unbounded.confidenceInterval(0.95).orElseThrow().upper()).isCloseTo(5.355289, within(1e-6));
    assertThat(unbounded.withBounds(1, 5).confidenceInterval(0.95).orElseThrow().upper()).isEqualTo(5.0);
  }

  @Test
  void fewerThanTwoObservationsHaveNoInterval() {
    Mean one = Mean.ofValues(4.5);
    assertThat(one.n()).isEqualTo(1);
    assertThat(one.value()).hasValue(4.5);
    assertThat(one.sampleVariance()).isEmpty();
    assertThat(one.standardDeviation()).isEmpty();
    assertThat(one.standardError()).isEmpty();
    assertThat(one.confidenceInterval(0.95)).isEmpty();
    assertThat(one).hasToString("Mean{4.500, n=1, sd=undefined}");
    assertThat(Mean.of(ScoreDistribution.ofScores(RatingScale.CSAT, 3)).confidenceInterval(0.95)).isEmpty();
    // Mean.of(n, mean, variance) ignores the variance of a single observation.
    assertThat(Mean.of(1, 4.5, 99)).isEqualTo(one);
  }

  @Test
  void emptyMean() {
    for (Mean empty : new Mean[] {Mean.empty(), Mean.ofValues(), Mean.of(0, 3, 1),
        Mean.of(ScoreDistribution.empty(RatingScale.CSAT))}) {
      assertThat(empty.n()).isZero();
      assertThat(empty.isEmpty()).isTrue();
      assertThat(empty.value()).isEmpty();
      assertThat(empty.sampleVariance()).isEmpty();
      assertThat(empty.standardError()).isEmpty();
      assertThat(empty.confidenceInterval(0.95)).isEmpty();
      assertThat(empty).hasToString("Mean{empty}");
    }
    assertThat(Mean.of(0, 3, 1)).isEqualTo(Mean.empty());
    assertThat(Mean.empty().comparedWith(ONE_TO_TEN)).isEmpty();
    assertThat(ONE_TO_TEN.comparedWith(Mean.empty())).isEmpty();
  }

  @Test
  void plusIsChansPairwiseUpdate() {
    // a = 1, 2, 3: mean 2, M2 = 2; b = 4, 5, 6, 7: mean 5.5, M2 = 5.
    // Chan et al. (1983): δ = 5.5 − 2 = 3.5, n = 7; mean = 2 + 3.5·4/7 = 4;
    // M2 = 2 + 5 + 3.5²·3·4/7 = 7 + 21 = 28 — the M2 of 1..7, Σ(x − 4)² = 9 + 4 + 1 + 0 + 1 + 4 + 9 = 28.
    Mean a = Mean.ofValues(1, 2, 3);
    Mean b = Mean.ofValues(4, 5, 6, 7);
    Mean both = a.plus(b);
    assertThat(both.n()).isEqualTo(7);
    assertThat(both.value()).hasValue(4.0);
    assertThat(both.sampleVariance()).hasValue(28.0 / 6);
    assertThat(both).isEqualTo(Mean.ofValues(1, 2, 3, 4, 5, 6, 7));
    assertThat(b.plus(a)).isEqualTo(both);
    // a.plus(a) is the mean of a counted twice: M2 doubles (δ = 0).
    assertThat(a.plus(a)).isEqualTo(Mean.ofValues(1, 2, 3, 1, 2, 3));
    assertThat(a.plus(Mean.empty())).isSameAs(a);
    assertThat(Mean.empty().plus(a)).isSameAs(a);
  }

  @Test
  void plusOfDistributionsMatchesTheMeanOfTheirSum() {
    ScoreDistribution x = ScoreDistribution.ofCounts(RatingScale.CSAT, 14, 9, 10, 32, 42);
    ScoreDistribution y = ScoreDistribution.ofCounts(RatingScale.CSAT, 1, 0, 3, 7, 2);
    Mean merged = Mean.of(x).plus(Mean.of(y));
    Mean direct = Mean.of(x.plus(y));
    assertThat(merged.n()).isEqualTo(direct.n());
    assertThat(merged.value().getAsDouble()).isCloseTo(direct.value().getAsDouble(), within(1e-12));
    assertThat(merged.sampleVariance().getAsDouble()).isCloseTo(direct.sampleVariance().getAsDouble(), within(1e-12));
  }

  @Test
  void plusRefusesDifferentBounds() {
    Mean csat = Mean.of(ScoreDistribution.ofScores(RatingScale.CSAT, 4, 5));
    Mean ces = Mean.of(ScoreDistribution.ofScores(RatingScale.CES, 6, 7));
    assertThatThrownBy(() -> csat.plus(ces))
        .isExactlyInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge Mean with bounds [1.0, 5.0] and Mean with bounds [1.0, 7.0]: the bounds must be equal");
    assertThatThrownBy(() -> csat.comparedWith(ces))
        .isExactlyInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge Mean with bounds [1.0, 5.0] and Mean with bounds [1.0, 7.0]: the bounds must be equal");
    // A mean with observations but no bounds is a different definition too.
    assertThatThrownBy(() -> csat.plus(Mean.ofValues(3, 4)))
        .isExactlyInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge Mean with bounds [1.0, 5.0] and Mean with bounds [-Infinity, Infinity]: "
            + "the bounds must be equal");
  }

  @Test
  void aSerialFormWithMoreSpreadThanItsBoundsAllowIsRefused() {
    // Two values within [1, 5] have M2 ≤ 2·(5 − 1)²/4 = 8 (Popoviciu); 1e300 cannot be real.
    Map<String, Object> shape = new LinkedHashMap<>(Mean.of(ScoreDistribution.ofScores(RatingScale.CSAT, 1, 5)).toJsonShape());
    assertThat(shape.get("sumOfSquaredDeviations")).isEqualTo(8.0);
    shape.put("sumOfSquaredDeviations", 1e300);
    assertThatThrownBy(() -> Mean.fromJsonShape(shape))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessageContaining("sumOfSquaredDeviations = 1.0E300: must be ≤ n·(max − min)²/4 = 8.0 for 2 values within [1.0, 5.0]");
  }

  @Test
  void theUnboundedEmptyMeanIsTheIdentityForEveryMean() {
    // So that reduce(Mean.empty(), Mean::plus) works over bounded means, e.g. CSAT means by segment.
    Mean csat = Mean.of(ScoreDistribution.ofScores(RatingScale.CSAT, 4, 5));
    assertThat(csat.plus(Mean.empty())).isSameAs(csat);
    assertThat(Mean.empty().plus(csat)).isSameAs(csat);
    assertThat(Mean.empty().comparedWith(csat)).isEmpty();
  }

  @Test
  void overflowingMeansAndSpreadsAreRefusedNotHandedOutAsInfinity() {
    // (MAX − (−MAX)) overflows a double: Welford's update would give an infinite mean and M2.
    assertThatThrownBy(() -> Mean.ofValues(Double.MAX_VALUE, -Double.MAX_VALUE))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("observations = n = 2, mean = ")
        .hasMessageEndingWith(": their mean and spread must stay within the range of a double");
    // M2 = 1e300 · (2^63 − 2) exceeds Double.MAX_VALUE.
    assertThatThrownBy(() -> Mean.of(Long.MAX_VALUE, 0, 1e300))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageEndingWith(": their mean and spread must stay within the range of a double");
  }

  @Test
  void plusRefusesToOverflowN() {
    Mean huge = Mean.of(Long.MAX_VALUE, 3, 1);
    assertThatThrownBy(() -> huge.plus(Mean.ofValues(3)))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("n = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
  }

  @Test
  void welchTestReproducesRsTTestExample() {
    // R's ?t.test example t.test(1:10, y = c(7:20)), documented there as "P = .00001855".
    // By hand: x̄ = 5.5, s²ₓ = 9.166667, n = 10 -> s²ₓ/n = 0.9166667;
    //          ȳ = 13.5, s²ᵧ = Σ(y − 13.5)²/13 = 227.5/13 = 17.5, n = 14 -> s²ᵧ/n = 1.25.
    //   SE = sqrt(0.9166667 + 1.25) = 1.4719601; t = −8 / 1.4719601 = −5.434930
    //   df = SE⁴ / (0.9166667²/9 + 1.25²/13) = 4.6944444 / (0.0933642 + 0.1201923) = 21.98221
    //   p = 2·P(T₂₁.₉₈ ≤ −5.434930) = 1.855e-05; t(0.975, 21.98221) = 2.073970,
    //   CI = −8 ± 2.073970·1.4719601 = [−11.052802, −4.947198] (R prints the same).
    Mean y = Mean.ofValues(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
    Comparison c = ONE_TO_TEN.comparedWith(y).orElseThrow();
    assertThat(c.difference()).isEqualTo(-8.0);
    assertThat(c.standardError()).isCloseTo(1.4719601, within(1e-7));
    assertThat(c.difference() / c.standardError()).isCloseTo(-5.434930, within(1e-6));
    assertThat(c.pValue()).isCloseTo(1.855e-5, within(0.0005e-5));
    Interval interval = c.confidenceInterval(0.95);
    assertThat(interval.lower()).isCloseTo(-11.052802, within(1e-6));
    assertThat(interval.upper()).isCloseTo(-4.947198, within(1e-6));
    assertThat(c.method()).isEqualTo("Welch's t-test");
    // R's next example, t.test(1:10, y = c(7:20, 200)), is documented as "P = .1245 -- NOT significant anymore".
    Mean withOutlier = y.plus(Mean.ofValues(200));
    assertThat(ONE_TO_TEN.comparedWith(withOutlier).orElseThrow().pValue()).isCloseTo(0.1245, within(0.00005));
  }

  @Test
  void welchWithOneSideWithoutSpread() {
    // x = 3, 3, 3, 3 (s² = 0) vs y = 1..5 (s² = 2.5): SE = sqrt(0 + 2.5/5) = 0.7071068 and the
    // Welch–Satterthwaite df reduce to n_y − 1 = 4; the difference is 0, so p = 1.
    Comparison c = Mean.ofValues(3, 3, 3, 3).comparedWith(Mean.ofValues(1, 2, 3, 4, 5)).orElseThrow();
    assertThat(c.difference()).isZero();
    assertThat(c.standardError()).isCloseTo(0.7071068, within(1e-7));
    assertThat(c.pValue()).isEqualTo(1.0);
    // The interval uses t(0.975, 4) = 2.776445: 0 ± 1.963243.
    assertThat(c.confidenceInterval(0.95).upper()).isCloseTo(1.963243, within(1e-6));
  }

  @Test
  void comparisonsAreUndefinedWithoutEnoughData() {
    // Both sides without spread: SE = 0 and the degrees of freedom are 0/0.
    assertThat(Mean.ofValues(3, 3, 3).comparedWith(Mean.ofValues(4, 4))).isEmpty();
    // One observation on a side: no variance there.
    assertThat(Mean.ofValues(3).comparedWith(ONE_TO_TEN)).isEmpty();
    assertThat(ONE_TO_TEN.comparedWith(Mean.ofValues(3))).isEmpty();
  }

  @Test
  void comparisonOfBoundedMeansIsClippedToTheLargestPossibleDifference() {
    // On 1..5 two means differ by at most 4, so the interval of the difference is clipped to [−4, 4].
    Mean high = Mean.of(ScoreDistribution.ofCounts(RatingScale.CSAT, 0, 0, 0, 1, 2));
    Mean low = Mean.of(ScoreDistribution.ofCounts(RatingScale.CSAT, 2, 1, 0, 0, 0));
    Interval interval = high.comparedWith(low).orElseThrow().confidenceInterval(0.99);
    assertThat(interval.upper()).isEqualTo(4.0);
    assertThat(interval.lower()).isGreaterThanOrEqualTo(-4.0);
  }

  @Test
  void withBoundsChecksItsArguments() {
    assertThatThrownBy(() -> ONE_TO_TEN.withBounds(10, 1))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("bounds = [10.0, 1.0]: min must be less than max");
    assertThatThrownBy(() -> ONE_TO_TEN.withBounds(1, 1))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("bounds = [1.0, 1.0]: min must be less than max");
    assertThatThrownBy(() -> ONE_TO_TEN.withBounds(6, 10))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("mean = 5.5: must lie within the bounds [6.0, 10.0]");
    // Regression: an infinite bound was accepted, and the serial forms then lost or refused it.
    assertThatThrownBy(() -> ONE_TO_TEN.withBounds(0, Double.POSITIVE_INFINITY))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("bounds.max = Infinity: must be a finite number");
    assertThatThrownBy(() -> ONE_TO_TEN.withBounds(Double.NEGATIVE_INFINITY, 10))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("bounds.min = -Infinity: must be a finite number");
    assertThatThrownBy(() -> ONE_TO_TEN.withBounds(Double.NaN, 10))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("bounds.min = NaN: must be a finite number");
    // An empty mean takes any bounds.
    assertThat(Mean.empty().withBounds(1, 5).isEmpty()).isTrue();
  }

  @Test
  void badStatisticsAreRefused() {
    assertThatThrownBy(() -> Mean.of(-1, 3, 1))
        .isExactlyInstanceOf(InvalidValueException.class).hasMessage("n = -1: must be ≥ 0");
    assertThatThrownBy(() -> Mean.of(3, Double.NaN, 1))
        .isExactlyInstanceOf(InvalidValueException.class).hasMessage("mean = NaN: must be a finite number");
    assertThatThrownBy(() -> Mean.of(3, 1, Double.POSITIVE_INFINITY))
        .isExactlyInstanceOf(InvalidValueException.class).hasMessage("sampleVariance = Infinity: must be a finite number");
    assertThatThrownBy(() -> Mean.of(3, 1, -0.5))
        .isExactlyInstanceOf(InvalidValueException.class).hasMessage("sampleVariance = -0.5: must be ≥ 0");
    assertThatThrownBy(() -> Mean.ofValues(1, 2, Double.NaN))
        .isExactlyInstanceOf(InvalidValueException.class).hasMessage("values[2] = NaN: must be a finite number");
    assertThatThrownBy(() -> ONE_TO_TEN.confidenceInterval(1.0))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("level = 1.0: a confidence level must lie strictly between 0 and 1");
  }

  @Test
  void valueSemantics() {
    assertThat(Mean.ofValues(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).isEqualTo(ONE_TO_TEN).hasSameHashCodeAs(ONE_TO_TEN);
    assertThat(ONE_TO_TEN.withBounds(1, 10)).isNotEqualTo(ONE_TO_TEN);
    assertThat(Mean.of(10, 5.5, 82.5 / 9)).isNotEqualTo(Mean.of(11, 5.5, 82.5 / 9));
    assertThat(ONE_TO_TEN).isNotEqualTo(null).isNotEqualTo(5.5);
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> Mean.of(null)).isInstanceOf(NullPointerException.class).hasMessage("distribution");
    assertThatThrownBy(() -> Mean.ofValues((double[]) null)).isInstanceOf(NullPointerException.class).hasMessage("values");
    assertThatThrownBy(() -> ONE_TO_TEN.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> ONE_TO_TEN.comparedWith(null)).isInstanceOf(NullPointerException.class).hasMessage("baseline");
  }
}
