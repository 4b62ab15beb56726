package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreAccumulatorTest {
  private static final String OVERFLOW = ": exceeds the largest count, 9223372036854775807";

  @Test
  void startsEmpty() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.NPS);
    assertThat(acc.scale()).isEqualTo(RatingScale.NPS);
    assertThat(acc.total()).isZero();
    assertThat(acc.snapshot()).isEqualTo(ScoreDistribution.empty(RatingScale.NPS));
    assertThat(acc).hasToString("ScoreAccumulator{scale=0..10, n=0}");
  }

  @Test
  void recordsSingleScoresRepeatedScoresAndBatches() {
    // Delighted's CSAT example, 1: 14, 2: 9, 3: 10, 4: 32, 5: 42, assembled three ways.
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT);
    for (int i = 0; i < 14; i++) {
      acc.add(1);
    }
    acc.add(2, 9).add(3, 10).add(4, 0);
    int[] fours = new int[32];
    java.util.Arrays.fill(fours, 4);
    byte[] fives = new byte[42];
    java.util.Arrays.fill(fives, (byte) 5);
    acc.addAll(fours).addAll(fives);
    assertThat(acc.total()).isEqualTo(107);
    assertThat(acc.snapshot()).isEqualTo(ScoreDistributionTest.DELIGHTED);
    assertThat(acc).hasToString("ScoreAccumulator{scale=1..5, n=107}");
  }

  @Test
  void addAllOfARange() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT);
    acc.addAll(new int[] {9, 1, 2, 2, 9}, 1, 4);
    assertThat(acc.snapshot().counts()).containsExactly(1, 2, 0, 0, 0);
    assertThatThrownBy(() -> acc.addAll(new int[] {1, 2}, 1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    // A bad score outside [from, to) is not looked at.
    acc.addAll(new int[] {1, 2}, 0, 0);
    assertThat(acc.total()).isEqualTo(3);
  }

  @Test
  void aSingleBadScoreNamesTheScoreAndRecordsNothing() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.NPS);
    assertThatThrownBy(() -> acc.add(11))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("score = 11: must lie on scale 0..10");
    assertThatThrownBy(() -> acc.add(-1))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("score = -1: must lie on scale 0..10");
    assertThatThrownBy(() -> acc.add(Integer.MIN_VALUE))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("score = -2147483648: must lie on scale 0..10");
    assertThatThrownBy(() -> acc.add(11, 5))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("score = 11: must lie on scale 0..10");
    assertThatThrownBy(() -> acc.add(10, -5))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("count = -5: must be ≥ 0");
    assertThat(acc.total()).isZero();
  }

  @Test
  void intBatchIsAllOrNothing() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT).add(3, 7);
    ScoreDistribution before = acc.snapshot();
    // The bad score is at index 4; indices 0..3 were already counted and must be taken back.
    assertThatThrownBy(() -> acc.addAll(new int[] {1, 2, 5, 5, 0, 4}))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("scores[4] = 0: must lie on scale 1..5");
    assertThat(acc.snapshot()).isEqualTo(before);
    // The index is that of the array, also for a range.
    assertThatThrownBy(() -> acc.addAll(new int[] {9, 1, 6, 7}, 1, 4))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("scores[2] = 6: must lie on scale 1..5");
    assertThat(acc.snapshot()).isEqualTo(before);
  }

  @Test
  void byteBatchIsAllOrNothingAndNamesTheFirstBadIndex() {
    RatingScale bipolar = RatingScale.of(-3, 3);
    ScoreAccumulator acc = new ScoreAccumulator(bipolar).add(0);
    ScoreDistribution before = acc.snapshot();
    // Two bad values, 7 at index 5 and −4 at index 2: the first by index is reported.
    assertThatThrownBy(() -> acc.addAll(new byte[] {-3, 3, -4, 0, 1, 7}))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("scores[2] = -4: must lie on scale -3..3");
    assertThat(acc.snapshot()).isEqualTo(before);
    assertThatThrownBy(() -> acc.addAll(new byte[] {-128}))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("scores[0] = -128: must lie on scale -3..3");
    acc.addAll(new byte[] {-3, -3, -2, 3});
    assertThat(acc.snapshot().counts()).containsExactly(2, 1, 0, 1, 0, 0, 1);
  }

  @Test
  void byteBatchOnAScaleWiderThanAByte() {
    // Only −128..127 can occur; the rest of a 0..1000 scale stays untouched.
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.of(0, 1000));
    acc.addAll(new byte[] {0, 127, 127});
    assertThat(acc.snapshot().count(127)).isEqualTo(2);
    assertThat(acc.snapshot().count(0)).isEqualTo(1);
    assertThat(acc.total()).isEqualTo(3);
    assertThatThrownBy(() -> acc.addAll(new byte[] {5, -1}))
        .hasMessage("scores[1] = -1: must lie on scale 0..1000");
    // A scale wholly outside the byte range accepts no byte.
    ScoreAccumulator high = new ScoreAccumulator(RatingScale.of(200, 210));
    assertThatThrownBy(() -> high.addAll(new byte[] {127}))
        .hasMessage("scores[0] = 127: must lie on scale 200..210");
    high.addAll(new byte[0]);
    assertThat(high.total()).isZero();
  }

  @Test
  void mergeAddsADistributionOrAnotherAccumulator() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT).add(5);
    acc.merge(ScoreDistributionTest.DELIGHTED);
    assertThat(acc.snapshot().counts()).containsExactly(14, 9, 10, 32, 43);
    ScoreAccumulator other = new ScoreAccumulator(RatingScale.CSAT).add(1).add(1);
    acc.merge(other);
    assertThat(acc.snapshot().counts()).containsExactly(16, 9, 10, 32, 43);
    assertThat(other.total()).isEqualTo(2); // the source is left alone
  }

  @Test
  void mergingItselfIsRefused() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT).add(5);
    assertThatThrownBy(() -> acc.merge(acc))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("an accumulator cannot merge itself; to double it, merge(snapshot()) instead");
    assertThat(acc.total()).isEqualTo(1);
    acc.merge(acc.snapshot()); // the documented way to double it
    assertThat(acc.snapshot().count(5)).isEqualTo(2);
  }

  @Test
  void mergeRefusesAnotherScaleNamingBoth() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT);
    assertThatThrownBy(() -> acc.merge(ScoreDistribution.empty(RatingScale.CES)))
        .isExactlyInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge ScoreAccumulator with scale 1..5 and ScoreAccumulator with scale 1..7: "
            + "the scales must be equal");
    assertThatThrownBy(() -> acc.merge(new ScoreAccumulator(RatingScale.NPS)))
        .isExactlyInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge ScoreAccumulator with scale 1..5 and ScoreAccumulator with scale 0..10: "
            + "the scales must be equal");
  }

  @Test
  void countsNearLongMaxValueOverflowLoudlyAndLeaveTheAccumulatorUnchanged() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT).add(1, Long.MAX_VALUE - 1);
    ScoreDistribution before = acc.snapshot();
    // counts[0] = (2^63 − 2) + 2 > 2^63 − 1.
    assertThatThrownBy(() -> acc.add(1, 2))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("counts[0] = 9223372036854775806 + 2" + OVERFLOW);
    // Each point would fit, but the total would not (regression: this used to be accepted, and then
    // total() was negative and every snapshot() threw).
    assertThatThrownBy(() -> acc.add(2, 2))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("total = 9223372036854775806 + 2" + OVERFLOW);
    assertThatThrownBy(() -> acc.merge(ScoreDistribution.ofCounts(RatingScale.CSAT, 0, 1, 0, 0, 1)))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("total = 9223372036854775806 + 2" + OVERFLOW);
    assertThatThrownBy(() -> acc.merge(ScoreDistribution.ofCounts(RatingScale.CSAT, 0, 0, 0, 0, Long.MAX_VALUE)))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("total = 9223372036854775806 + 9223372036854775807" + OVERFLOW);
    assertThat(acc.snapshot()).isEqualTo(before);
    assertThat(acc.total()).isEqualTo(Long.MAX_VALUE - 1);
    // Up to exactly Long.MAX_VALUE is fine.
    acc.add(5);
    assertThat(acc.snapshot().total()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void batchesThatWouldOverflowTheTotalAreRefusedWhole() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT).add(1, Long.MAX_VALUE - 1);
    ScoreDistribution before = acc.snapshot();
    // (2^63 − 2) + 2 scores > 2^63 − 1: refused before any is counted.
    assertThatThrownBy(() -> acc.addAll(new int[] {2, 3}))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("total = 9223372036854775806 + 2" + OVERFLOW);
    assertThatThrownBy(() -> acc.addAll(new byte[] {2, 3}))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("total = 9223372036854775806 + 2" + OVERFLOW);
    assertThat(acc.snapshot()).isEqualTo(before);
    acc.addAll(new byte[] {4});
    assertThat(acc.total()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aSingleAddPastLongMaxValueIsRefusedInsteadOfWrapping() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT).add(3, Long.MAX_VALUE);
    assertThatThrownBy(() -> acc.add(3))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("counts[2] = 9223372036854775807 + 1" + OVERFLOW);
    assertThat(acc.snapshot().count(3)).isEqualTo(Long.MAX_VALUE);
    // Another point's count would fit, but the total would not.
    assertThatThrownBy(() -> acc.add(4))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("total = 9223372036854775807 + 1" + OVERFLOW);
    assertThat(acc.total()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aCountOverflowingInMergeIsNamedByIndex() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT).add(5, Long.MAX_VALUE);
    assertThatThrownBy(() -> acc.merge(ScoreDistribution.ofScores(RatingScale.CSAT, 5)))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("counts[4] = 9223372036854775807 + 1" + OVERFLOW);
  }

  @Test
  void snapshotIsACopyAndResetForgets() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT).add(2);
    ScoreDistribution first = acc.snapshot();
    acc.add(2);
    assertThat(first.count(2)).isEqualTo(1);
    acc.reset();
    assertThat(acc.total()).isZero();
    assertThat(acc.snapshot()).isEqualTo(ScoreDistribution.empty(RatingScale.CSAT));
    assertThat(first.count(2)).isEqualTo(1);
  }

  @Test
  void nullArgumentsAreNamed() {
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT);
    assertThatThrownBy(() -> new ScoreAccumulator(null)).isInstanceOf(NullPointerException.class).hasMessage("scale");
    assertThatThrownBy(() -> acc.addAll((int[]) null)).isInstanceOf(NullPointerException.class).hasMessage("scores");
    assertThatThrownBy(() -> acc.addAll((byte[]) null)).isInstanceOf(NullPointerException.class).hasMessage("scores");
    assertThatThrownBy(() -> acc.addAll((int[]) null, 0, 0)).isInstanceOf(NullPointerException.class).hasMessage("scores");
    assertThatThrownBy(() -> acc.addAll((byte[]) null, 0, 0)).isInstanceOf(NullPointerException.class).hasMessage("scores");
    assertThatThrownBy(() -> acc.merge((ScoreDistribution) null))
        .isInstanceOf(NullPointerException.class).hasMessage("distribution");
    assertThatThrownBy(() -> acc.merge((ScoreAccumulator) null))
        .isInstanceOf(NullPointerException.class).hasMessage("other");
  }

  @Test
  void aRangeOfAByteArrayIsCountedAndCheckedByItsOwnIndices() {
    byte[] scores = {11, 5, 4, 4, -1};
    // Only [1, 4) is recorded: 5, 4, 4.
    ScoreAccumulator acc = new ScoreAccumulator(RatingScale.CSAT).addAll(scores, 1, 4);
    assertThat(acc.snapshot()).isEqualTo(ScoreDistribution.ofCounts(RatingScale.CSAT, 0, 0, 0, 2, 1));
    // The bad score is named by its index in the whole array.
    assertThatThrownBy(() -> acc.addAll(scores, 2, 5))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("scores[4] = -1: must lie on scale 1..5");
    assertThat(acc.total()).isEqualTo(3);
    assertThatThrownBy(() -> acc.addAll(scores, 3, 6)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
