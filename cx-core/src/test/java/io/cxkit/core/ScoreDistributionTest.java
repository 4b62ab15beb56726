package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreDistributionTest {
  /**
   * Delighted's worked CSAT example ("How is CSAT calculated?", help.delighted.com article 240):
   * 1: 14, 2: 9, 3: 10, 4: 32, 5: 42 responses; 74 satisfied (4–5) of 107.
   */
  static final ScoreDistribution DELIGHTED = ScoreDistribution.ofCounts(RatingScale.CSAT, 14, 9, 10, 32, 42);

  @Test
  void countsAndTotal() {
    assertThat(DELIGHTED.total()).isEqualTo(107); // 14 + 9 + 10 + 32 + 42
    assertThat(DELIGHTED.isEmpty()).isFalse();
    assertThat(DELIGHTED.scale()).isEqualTo(RatingScale.CSAT);
    assertThat(DELIGHTED.count(1)).isEqualTo(14);
    assertThat(DELIGHTED.count(5)).isEqualTo(42);
    assertThat(DELIGHTED.counts()).containsExactly(14, 9, 10, 32, 42);
  }

  @Test
  void countOfAScoreOffTheScaleFails() {
    assertThatThrownBy(() -> DELIGHTED.count(6))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("score = 6: must lie on scale 1..5");
    assertThatThrownBy(() -> DELIGHTED.count(0))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("score = 0: must lie on scale 1..5");
  }

  @Test
  void countBetweenIsInclusiveAndClipsToTheScale() {
    assertThat(DELIGHTED.countBetween(4, 5)).isEqualTo(74); // Delighted: 32 + 42 satisfied
    assertThat(DELIGHTED.countBetween(4, Integer.MAX_VALUE)).isEqualTo(74);
    assertThat(DELIGHTED.countBetween(Integer.MIN_VALUE, 2)).isEqualTo(23); // 14 + 9
    assertThat(DELIGHTED.countBetween(-100, 100)).isEqualTo(107);
    assertThat(DELIGHTED.countBetween(3, 3)).isEqualTo(10);
    assertThat(DELIGHTED.countBetween(6, 10)).isZero(); // wholly above the scale
    assertThat(DELIGHTED.countBetween(-10, 0)).isZero(); // wholly below
    assertThat(DELIGHTED.countBetween(4, 3)).isZero(); // empty range
    assertThat(DELIGHTED.countBetween(Integer.MAX_VALUE, Integer.MIN_VALUE)).isZero();
  }

  @Test
  void countBetweenOnScalesAtTheEdgesOfInt() {
    // Regression: a loop over scores overflowed when the scale ended at Integer.MAX_VALUE.
    RatingScale high = RatingScale.of(Integer.MAX_VALUE - 2, Integer.MAX_VALUE);
    ScoreDistribution d = ScoreDistribution.ofCounts(high, 1, 2, 3);
    assertThat(d.countBetween(0, Integer.MAX_VALUE)).isEqualTo(6);
    assertThat(d.countBetween(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(3);
    RatingScale low = RatingScale.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 2);
    ScoreDistribution e = ScoreDistribution.ofCounts(low, 1, 2, 3);
    assertThat(e.countBetween(Integer.MIN_VALUE, 0)).isEqualTo(6);
    assertThat(e.countBetween(Integer.MAX_VALUE, Integer.MAX_VALUE)).isZero();
    assertThat(DELIGHTED.countBetween(Integer.MAX_VALUE, Integer.MAX_VALUE)).isZero();
  }

  @Test
  void meanAndSampleVarianceByHand() {
    // Σx  = 14·1 + 9·2 + 10·3 + 32·4 + 42·5 = 14 + 18 + 30 + 128 + 210 = 400
    // mean = 400 / 107 = 3.738317757…
    assertThat(DELIGHTED.mean()).hasValueCloseTo(400.0 / 107, within(1e-15));
    assertThat(DELIGHTED.mean().getAsDouble()).isCloseTo(3.7383178, within(1e-7));
    // Σx² = 14·1 + 9·4 + 10·9 + 32·16 + 42·25 = 14 + 36 + 90 + 512 + 1050 = 1702
    // M2 = Σx² − (Σx)²/n = 1702 − 160000/107 = (182114 − 160000)/107 = 22114/107 = 206.6728972…
    assertThat(DELIGHTED.sumOfSquaredDeviations()).isCloseTo(22114.0 / 107, within(1e-12));
    // s² = M2 / (n − 1) = 22114 / (107·106) = 22114 / 11342 = 1.949744313…
    assertThat(DELIGHTED.sampleVariance()).hasValueCloseTo(22114.0 / 11342, within(1e-14));
    assertThat(DELIGHTED.sampleVariance().getAsDouble()).isCloseTo(1.9497443, within(1e-7));
  }

  @Test
  void emptyDistributionHasNoMeanAndNoVarianceAndNoNaN() {
    ScoreDistribution empty = ScoreDistribution.empty(RatingScale.NPS);
    assertThat(empty.total()).isZero();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.counts()).hasSize(11).containsOnly(0L);
    assertThat(empty.mean()).isEmpty();
    assertThat(empty.sampleVariance()).isEmpty();
    assertThat(empty.sumOfSquaredDeviations()).isZero();
    assertThat(empty.countBetween(0, 10)).isZero();
    assertThat(empty).isEqualTo(ScoreDistribution.ofCounts(RatingScale.NPS, new long[11]));
    assertThat(empty).isEqualTo(ScoreDistribution.ofScores(RatingScale.NPS));
  }

  @Test
  void singleResponseHasAMeanButNoVariance() {
    ScoreDistribution one = ScoreDistribution.ofScores(RatingScale.CSAT, 4);
    assertThat(one.total()).isEqualTo(1);
    assertThat(one.mean()).hasValue(4.0);
    assertThat(one.sampleVariance()).isEmpty(); // n − 1 = 0: undefined, not NaN or infinity
    assertThat(one.sumOfSquaredDeviations()).isZero();
  }

  @Test
  void twoResponses() {
    // 1 and 5: mean 3, s² = ((1 − 3)² + (5 − 3)²) / (2 − 1) = 8
    ScoreDistribution two = ScoreDistribution.ofScores(RatingScale.CSAT, 1, 5);
    assertThat(two.mean()).hasValue(3.0);
    assertThat(two.sampleVariance()).hasValue(8.0);
  }

  @Test
  void varianceStaysAccurateForLargeCounts() {
    // 10^15 zeros and 10^15 ones: mean exactly 0.5, M2 = 2·10^15 · 0.25 = 5·10^14;
    // s² = 5·10^14 / (2·10^15 − 1) = 0.25000000000000012…; a one-pass Σx² − (Σx)²/n in doubles
    // would lose most digits here.
    long half = 1_000_000_000_000_000L;
    ScoreDistribution d = ScoreDistribution.ofCounts(RatingScale.of(0, 1), half, half);
    assertThat(d.mean()).hasValue(0.5);
    assertThat(d.sumOfSquaredDeviations()).isEqualTo(5e14);
    assertThat(d.sampleVariance().getAsDouble()).isCloseTo(0.25, within(1e-15));
  }

  @Test
  void intAndByteScoresGiveTheSameDistributionAsCounts() {
    int[] ints = {5, 4, 4, 1, 3, 5, 2, 5};
    byte[] bytes = {5, 4, 4, 1, 3, 5, 2, 5};
    ScoreDistribution expected = ScoreDistribution.ofCounts(RatingScale.CSAT, 1, 1, 1, 2, 3);
    assertThat(ScoreDistribution.ofScores(RatingScale.CSAT, ints)).isEqualTo(expected);
    assertThat(ScoreDistribution.ofScores(RatingScale.CSAT, bytes)).isEqualTo(expected);
  }

  @Test
  void byteScoresAreSigned() {
    // On a bipolar −3..3 scale, the byte 0xFD is −3, not 253.
    RatingScale bipolar = RatingScale.of(-3, 3);
    byte[] bytes = {-3, -3, -1, 0, 3, (byte) 0xFD};
    assertThat(ScoreDistribution.ofScores(bipolar, bytes))
        .isEqualTo(ScoreDistribution.ofCounts(bipolar, 3, 0, 1, 1, 0, 0, 1));
  }

  @Test
  void aScoreOffTheScaleIsNamedByItsIndex() {
    assertThatThrownBy(() -> ScoreDistribution.ofScores(RatingScale.CSAT, 1, 2, 6, 0))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("scores[2] = 6: must lie on scale 1..5");
    assertThatThrownBy(() -> ScoreDistribution.ofScores(RatingScale.CSAT, new byte[] {1, 2, 3, -1, 9}))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("scores[3] = -1: must lie on scale 1..5");
    // (byte) 200 is −56.
    assertThatThrownBy(() -> ScoreDistribution.ofScores(RatingScale.of(0, 255), new byte[] {(byte) 200}))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("scores[0] = -56: must lie on scale 0..255");
  }

  @Test
  void badCountsAreRefused() {
    assertThatThrownBy(() -> ScoreDistribution.ofCounts(RatingScale.CSAT, 1, 2, 3, 4))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("counts.length = 4: must equal the 5 points of scale 1..5");
    assertThatThrownBy(() -> ScoreDistribution.ofCounts(RatingScale.CSAT, 1, 2, -1, 4, 5))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("counts[2] = -1: must be ≥ 0");
    assertThatThrownBy(() -> ScoreDistribution.ofCounts(RatingScale.CSAT, Long.MAX_VALUE, 1, 0, 0, 0))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("total = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> ScoreDistribution.ofCounts(null, 1, 2)).isInstanceOf(NullPointerException.class).hasMessage("scale");
    assertThatThrownBy(() -> ScoreDistribution.ofCounts(RatingScale.CSAT, (long[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("counts");
    assertThatThrownBy(() -> ScoreDistribution.ofScores(RatingScale.CSAT, (int[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("scores");
    assertThatThrownBy(() -> ScoreDistribution.ofScores(RatingScale.CSAT, (byte[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("scores");
    assertThatThrownBy(() -> ScoreDistribution.empty(null)).isInstanceOf(NullPointerException.class).hasMessage("scale");
    assertThatThrownBy(() -> DELIGHTED.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
  }

  @Test
  void isImmutable() {
    long[] counts = {1, 2, 3, 4, 5};
    ScoreDistribution d = ScoreDistribution.ofCounts(RatingScale.CSAT, counts);
    counts[0] = 100;
    d.counts()[1] = 100;
    assertThat(d.counts()).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void plusAddsPointByPoint() {
    ScoreDistribution other = ScoreDistribution.ofCounts(RatingScale.CSAT, 1, 1, 0, 8, 8);
    assertThat(DELIGHTED.plus(other).counts()).containsExactly(15, 10, 10, 40, 50);
    assertThat(DELIGHTED.plus(other)).isEqualTo(other.plus(DELIGHTED));
    assertThat(DELIGHTED.plus(DELIGHTED).counts()).containsExactly(28, 18, 20, 64, 84); // a.plus(a) doubles
    assertThat(DELIGHTED.plus(ScoreDistribution.empty(RatingScale.CSAT))).isEqualTo(DELIGHTED);
  }

  @Test
  void plusRefusesAnotherScale() {
    assertThatThrownBy(() -> DELIGHTED.plus(ScoreDistribution.empty(RatingScale.NPS)))
        .isExactlyInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge ScoreDistribution with scale 1..5 and ScoreDistribution with scale 0..10: "
            + "the scales must be equal");
  }

  @Test
  void plusRefusesToOverflow() {
    ScoreDistribution big = ScoreDistribution.ofCounts(RatingScale.CSAT, Long.MAX_VALUE, 0, 0, 0, 0);
    assertThatThrownBy(() -> big.plus(ScoreDistribution.ofScores(RatingScale.CSAT, 1)))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("counts[0] = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
    // Each point fits, the total does not.
    assertThatThrownBy(() -> big.plus(ScoreDistribution.ofScores(RatingScale.CSAT, 5)))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("total = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
  }

  @Test
  void valueSemantics() {
    ScoreDistribution same = ScoreDistribution.ofCounts(RatingScale.CSAT, 14, 9, 10, 32, 42);
    assertThat(DELIGHTED).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(DELIGHTED).isNotEqualTo(ScoreDistribution.ofCounts(RatingScale.CSAT, 14, 9, 10, 32, 41));
    // Same counts on a shifted scale are another distribution.
    assertThat(DELIGHTED).isNotEqualTo(ScoreDistribution.ofCounts(RatingScale.of(0, 4), 14, 9, 10, 32, 42));
    assertThat(DELIGHTED).isNotEqualTo(null).isNotEqualTo("ScoreDistribution");
    assertThat(DELIGHTED).hasToString("ScoreDistribution{scale=1..5, n=107, counts=[14, 9, 10, 32, 42]}");
  }
}
