package io.cxkit.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class PercentageTest {
  /** Delighted's CSAT example ("How is CSAT calculated?"): 74 satisfied of 107, CSAT 69.16. */
  private static final Percentage DELIGHTED = Percentage.of(74, 107);

  @Test
  void valueAndStandardError() {
    assertThat(DELIGHTED.successes()).isEqualTo(74);
    assertThat(DELIGHTED.n()).isEqualTo(107);
    assertThat(DELIGHTED.isEmpty()).isFalse();
    // Delighted: (74 / 107) × 100 = 69.16
    assertThat(DELIGHTED.value().getAsDouble()).isCloseTo(69.16, within(0.005));
    assertThat(DELIGHTED.value()).hasValueCloseTo(7400.0 / 107, within(1e-12));
    // SE = 100·sqrt(p̂(1 − p̂)/n) = 100·sqrt(0.6915888·0.3084112/107) = 100·sqrt(0.0019933994) = 4.464750
    assertThat(DELIGHTED.standardError().getAsDouble()).isCloseTo(4.464750, within(1e-6));
    assertThat(DELIGHTED).hasToString("Percentage{69.16% = 74/107}");
  }

  @Test
  void wilsonIntervalByHand() {
    // Wilson (1927) at 95 %: z = 1.959964, z² = 3.841459, p̂ = 74/107 = 0.6915888, n = 107.
    //   z²/n = 0.0359015, z²/2n = 0.0179507
    //   centre = (p̂ + z²/2n) / (1 + z²/n) = 0.7095395 / 1.0359015 = 0.6849488
    //   half   = z / (1 + z²/n) · sqrt(p̂(1 − p̂)/n + z²/4n²)
    //          = 1.8920370 · sqrt(0.0019933994 + 0.0000838820) = 1.8920370 · 0.0455772 = 0.0862338
    //   interval = [0.6849488 − 0.0862338, 0.6849488 + 0.0862338] = [0.598715, 0.771183]
    Interval wilson = DELIGHTED.wilsonInterval(0.95).orElseThrow();
    assertThat(wilson.lower()).isCloseTo(59.8715, within(1e-4));
    assertThat(wilson.upper()).isCloseTo(77.1183, within(1e-4));
    assertThat(wilson.level()).isEqualTo(0.95);
    // The Wilson interval is the default, and pulled towards 50 %: its centre 68.49 is below p̂ 69.16.
    assertThat(DELIGHTED.confidenceInterval(0.95)).contains(wilson);
    assertThat((wilson.lower() + wilson.upper()) / 2).isCloseTo(68.49488, within(1e-5));
  }

  @Test
  void wilsonIntervalAtTheEdges() {
    // 0 of 10 at 95 %: p̂ = 0, z²/n = 0.3841459, z²/2n = 0.1920729
    //   centre = 0.1920729 / 1.3841459 = 0.1387664
    //   half   = z / 1.3841459 · sqrt(0 + z²/400) = z²/20 / 1.3841459 = 0.1387664
    //   -> [0, 0.2775328]: the lower bound is exactly 0, not a point interval as Wald's.
    Interval none = Percentage.of(0, 10).wilsonInterval(0.95).orElseThrow();
    assertThat(none.lower()).isZero();
    assertThat(none.upper()).isCloseTo(27.75328, within(1e-5));
    // 10 of 10 mirrors it: [1 − 0.2775328, 1].
    Interval all = Percentage.of(10, 10).wilsonInterval(0.95).orElseThrow();
    assertThat(all.lower()).isCloseTo(72.24672, within(1e-5));
    assertThat(all.upper()).isEqualTo(100.0);
    // Regression: computed as centre ∓ half, these bounds rounded to 99.99999999999999 (10 of 10)
    // or 2.8e-15 (0 of 7), and the interval did not contain its own estimate.
    for (long n = 1; n <= 1000; n++) {
      assertThat(Percentage.of(0, n).wilsonInterval(0.95).orElseThrow().lower()).isZero();
      assertThat(Percentage.of(n, n).wilsonInterval(0.95).orElseThrow().upper()).isEqualTo(100.0);
    }
  }

  @Test
  void widerAtAHigherLevel() {
    Interval at95 = DELIGHTED.wilsonInterval(0.95).orElseThrow();
    Interval at99 = DELIGHTED.wilsonInterval(0.99).orElseThrow();
    assertThat(at99.lower()).isLessThan(at95.lower());
    assertThat(at99.upper()).isGreaterThan(at95.upper());
    assertThat(at99.level()).isEqualTo(0.99);
  }

  @Test
  void waldIntervalByHand() {
    // p̂ ± z·SE = 69.15888 ± 1.959964 · 4.464750 = 69.15888 ± 8.750750 = [60.40813, 77.90963]
    Interval wald = DELIGHTED.waldInterval(0.95).orElseThrow();
    assertThat(wald.lower()).isCloseTo(60.40813, within(1e-5));
    assertThat(wald.upper()).isCloseTo(77.90963, within(1e-5));
    // At 0 % and 100 % it collapses to a point: why Wilson is the default.
    assertThat(Percentage.of(0, 10).waldInterval(0.95).orElseThrow()).isEqualTo(new Interval(0, 0, 0.95));
    assertThat(Percentage.of(10, 10).waldInterval(0.95).orElseThrow()).isEqualTo(new Interval(100, 100, 0.95));
    // Clipped to [0, 100]: 1 of 10 gives 10 ± 1.959964·9.486833 = 10 ± 18.59385 -> [0, 28.59385].
    Interval clipped = Percentage.of(1, 10).waldInterval(0.95).orElseThrow();
    assertThat(clipped.lower()).isZero();
    assertThat(clipped.upper()).isCloseTo(28.59385, within(1e-5));
  }

  @Test
  void newcombeHybridScoreIntervalMatchesNewcombe1998TableII() {
    // R. G. Newcombe, Statistics in Medicine 17 (1998) 873–890, Table II, example (a): 56/70 − 48/80,
    // difference 0.2000, method 10 (score, no continuity correction): 0.0524 to 0.3339.
    // By hand: Wilson 95 % intervals l₁, u₁ = 0.691834, 0.876953 (56/70) and l₂, u₂ = 0.490455, 0.700382 (48/80);
    //   lower = 0.2 − sqrt((0.8 − 0.691834)² + (0.700382 − 0.6)²) = 0.2 − sqrt(0.108166² + 0.100382²) = 0.052431
    //   upper = 0.2 + sqrt((0.876953 − 0.8)² + (0.6 − 0.490455)²) = 0.2 + sqrt(0.076953² + 0.109545²) = 0.333873
    Comparison c = Percentage.of(56, 70).comparedWith(Percentage.of(48, 80)).orElseThrow();
    assertThat(c.difference()).isCloseTo(20.0, within(1e-12));
    Interval interval = c.confidenceInterval(0.95);
    assertThat(interval.lower()).isCloseTo(5.24, within(0.005));
    assertThat(interval.upper()).isCloseTo(33.39, within(0.005));
    assertThat(interval.lower()).isCloseTo(5.2431, within(1e-4));
    assertThat(interval.upper()).isCloseTo(33.3873, within(1e-4));
    assertThat(c.method()).isEqualTo("two-proportion z-test (pooled); Newcombe hybrid score interval");
  }

  @Test
  void newcombeSecondExampleOfTableII() {
    // Newcombe (1998) Table II, example (b): 9/10 − 3/10, difference 0.6000, method 10: 0.1705 to 0.8090.
    Interval interval = Percentage.of(9, 10).comparedWith(Percentage.of(3, 10)).orElseThrow().confidenceInterval(0.95);
    assertThat(interval.lower()).isCloseTo(17.05, within(0.005));
    assertThat(interval.upper()).isCloseTo(80.90, within(0.005));
  }

  @Test
  void swappingTheSidesMirrorsTheComparison() {
    Comparison ab = Percentage.of(56, 70).comparedWith(Percentage.of(48, 80)).orElseThrow();
    Comparison ba = Percentage.of(48, 80).comparedWith(Percentage.of(56, 70)).orElseThrow();
    assertThat(ba.difference()).isCloseTo(-ab.difference(), within(1e-12));
    assertThat(ba.pValue()).isEqualTo(ab.pValue());
    assertThat(ba.confidenceInterval(0.95).lower()).isCloseTo(-ab.confidenceInterval(0.95).upper(), within(1e-12));
    assertThat(ba.confidenceInterval(0.95).upper()).isCloseTo(-ab.confidenceInterval(0.95).lower(), within(1e-12));
  }

  @Test
  void pooledZTestByHand() {
    // 56/70 vs 48/80: pooled p = (56 + 48)/(70 + 80) = 104/150 = 0.693333
    //   SE₀ = sqrt(p(1 − p)(1/70 + 1/80)) = sqrt(0.212622 · 0.0267857) = 0.0754668
    //   z = 0.2 / 0.0754668 = 2.650172; p-value = 2·(1 − Φ(2.650172)) = 2·0.0040225 = 0.0080451
    Comparison c = Percentage.of(56, 70).comparedWith(Percentage.of(48, 80)).orElseThrow();
    assertThat(c.pValue()).isCloseTo(0.0080451, within(1e-7));
    assertThat(c.isSignificant(0.05)).isTrue();
    assertThat(c.isSignificant(0.005)).isFalse();
    // The reported SE is the unpooled one: 100·sqrt(0.8·0.2/70 + 0.6·0.4/80) = 100·sqrt(0.0052857) = 7.270292
    assertThat(c.standardError()).isCloseTo(7.270292, within(1e-6));
  }

  @Test
  void equalSharesAtTheEdgesHavePValueOne() {
    // Both 0 %: the pooled SE is 0 and there is no evidence of a difference.
    Comparison zero = Percentage.of(0, 10).comparedWith(Percentage.of(0, 20)).orElseThrow();
    assertThat(zero.pValue()).isEqualTo(1.0);
    assertThat(zero.difference()).isZero();
    // Newcombe's interval is still defined (Table II, example (e), 0/10 − 0/20: −0.1611 to 0.2775).
    // By hand: Wilson upper bounds 0.277533 (0 of 10, see wilsonIntervalAtTheEdges) and
    // (z²/40)/(1 + z²/20)·2 = 0.161125 (0 of 20); both lower bounds and both p̂ are 0, so
    // lower = 0 − sqrt(0² + 0.161125²), upper = 0 + sqrt(0.277533² + 0²).
    assertThat(zero.confidenceInterval(0.95).lower()).isCloseTo(-16.11, within(0.005));
    assertThat(zero.confidenceInterval(0.95).upper()).isCloseTo(27.75, within(0.005));
  }

  @Test
  void emptyPercentage() {
    Percentage empty = Percentage.empty();
    assertThat(empty.n()).isZero();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.successes()).isZero();
    assertThat(empty.value()).isEmpty();
    assertThat(empty.standardError()).isEmpty();
    assertThat(empty.wilsonInterval(0.95)).isEmpty();
    assertThat(empty.waldInterval(0.95)).isEmpty();
    assertThat(empty.confidenceInterval(0.95)).isEmpty();
    assertThat(empty.comparedWith(DELIGHTED)).isEmpty();
    assertThat(DELIGHTED.comparedWith(empty)).isEmpty();
    assertThat(Percentage.of(0, 0)).isEqualTo(empty);
    assertThat(empty).hasToString("Percentage{empty}");
  }

  @Test
  void plusAddsSuccessesAndTrials() {
    assertThat(Percentage.of(3, 10).plus(Percentage.of(4, 20))).isEqualTo(Percentage.of(7, 30));
    assertThat(DELIGHTED.plus(Percentage.empty())).isEqualTo(DELIGHTED);
    assertThat(Percentage.empty().plus(Percentage.empty())).isEqualTo(Percentage.empty());
    assertThat(DELIGHTED.plus(DELIGHTED)).isEqualTo(Percentage.of(148, 214));
  }

  @Test
  void plusRefusesToOverflow() {
    assertThatThrownBy(() -> Percentage.of(0, Long.MAX_VALUE).plus(Percentage.of(0, 1)))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("n = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
    assertThatThrownBy(() -> Percentage.of(Long.MAX_VALUE, Long.MAX_VALUE).plus(Percentage.of(1, 1)))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("successes = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
  }

  @Test
  void badCountsAreRefused() {
    assertThatThrownBy(() -> Percentage.of(-1, 5))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("successes = -1: must be ≥ 0");
    assertThatThrownBy(() -> Percentage.of(0, -5))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("n = -5: must be ≥ 0");
    assertThatThrownBy(() -> Percentage.of(6, 5))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("successes = 6: must be ≤ n = 5");
  }

  @Test
  void badLevelsAreRefused() {
    for (double level : new double[] {0, 1, 95, -0.1, Double.NaN}) {
      String message = "level = " + level + ": a confidence level must lie strictly between 0 and 1";
      assertThatThrownBy(() -> DELIGHTED.wilsonInterval(level)).isExactlyInstanceOf(InvalidValueException.class).hasMessage(message);
      assertThatThrownBy(() -> DELIGHTED.waldInterval(level)).isExactlyInstanceOf(InvalidValueException.class).hasMessage(message);
      // Also for an empty percentage: a bad argument is refused whether or not there is data.
      assertThatThrownBy(() -> Percentage.empty().confidenceInterval(level)).hasMessage(message);
      Comparison c = DELIGHTED.comparedWith(Percentage.of(1, 2)).orElseThrow();
      assertThatThrownBy(() -> c.confidenceInterval(level)).isExactlyInstanceOf(InvalidValueException.class).hasMessage(message);
    }
  }

  @Test
  void valueSemantics() {
    assertThat(Percentage.of(74, 107)).isEqualTo(DELIGHTED).hasSameHashCodeAs(DELIGHTED);
    // Same share, different n: different evidence, so not equal.
    assertThat(Percentage.of(148, 214)).isNotEqualTo(DELIGHTED);
    assertThat(DELIGHTED).isNotEqualTo(null).isNotEqualTo(69.16);
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> DELIGHTED.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> DELIGHTED.comparedWith(null)).isInstanceOf(NullPointerException.class).hasMessage("baseline");
  }

  @Test
  void countsBeyondTwoToTheSixtyFirstStayExact() {
    // Regression: 4·n and successes + successes were once computed in long arithmetic and wrapped.
    // With n = 2^62 the Wilson half-width is z·sqrt(0.25/n) ≈ 1.959964·2^-32 ≈ 4.6e-10, ×100 ≈ 4.6e-8.
    Interval interval = Percentage.of(1L << 61, 1L << 62).confidenceInterval(0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(50, within(1e-7)).isLessThan(50);
    assertThat(interval.upper()).isCloseTo(50, within(1e-7)).isGreaterThan(50);
    assertThat(Percentage.of(0, 1L << 61).confidenceInterval(0.95).orElseThrow().lower()).isZero();

    Percentage huge = Percentage.of(1L << 62, 1L << 62);
    Comparison same = huge.comparedWith(huge).orElseThrow();
    assertThat(same.difference()).isZero();
    assertThat(same.pValue()).isEqualTo(1);
  }

  @Test
  void aLevelTooCloseToOneIsRefusedUpFront() {
    // Math.nextDown(1.0) is inside (0, 1), but Φ⁻¹(1 − 2^-54) is infinite: the interval would be NaN.
    double level = Math.nextDown(1.0);
    assertThatThrownBy(() -> Percentage.of(1, 2).confidenceInterval(level))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("level = 0.9999999999999999: is too close to 1: its normal quantile is infinite, so no interval is finite");
    // One representable step further from 1 the quantile is finite (about 8.21).
    assertThat(Percentage.of(1, 2).confidenceInterval(Math.nextDown(level))).isPresent();
  }
}
