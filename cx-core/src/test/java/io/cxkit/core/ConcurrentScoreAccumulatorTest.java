package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ConcurrentScoreAccumulatorTest {
  private static final String OVERFLOW = ": exceeds the largest count, 9223372036854775807";

  @Test
  void recordsLikeTheSingleThreadedAccumulator() {
    ConcurrentScoreAccumulator acc = new ConcurrentScoreAccumulator(RatingScale.CSAT);
    assertThat(acc.scale()).isEqualTo(RatingScale.CSAT);
    assertThat(acc.snapshot()).isEqualTo(ScoreDistribution.empty(RatingScale.CSAT));
    for (int i = 0; i < 14; i++) {
      acc.add(1);
    }
    acc.add(2, 9);
    acc.add(3, 10);
    acc.addAll(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4});
    acc.addAll(new byte[] {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4});
    acc.merge(ScoreDistribution.ofCounts(RatingScale.CSAT, 0, 0, 0, 0, 42));
    assertThat(acc.snapshot()).isEqualTo(ScoreDistributionTest.DELIGHTED);
    assertThat(acc).hasToString("ConcurrentScoreAccumulator{scale=1..5}");
  }

  @Test
  void badInputRecordsNothing() {
    ConcurrentScoreAccumulator acc = new ConcurrentScoreAccumulator(RatingScale.of(-3, 3));
    acc.add(0);
    ScoreDistribution before = acc.snapshot();
    assertThatThrownBy(() -> acc.add(4))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("score = 4: must lie on scale -3..3");
    assertThatThrownBy(() -> acc.add(-4, 1))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("score = -4: must lie on scale -3..3");
    assertThatThrownBy(() -> acc.add(1, -1))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("count = -1: must be ≥ 0");
    assertThatThrownBy(() -> acc.addAll(new int[] {1, 2, 3, 9}))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("scores[3] = 9: must lie on scale -3..3");
    assertThatThrownBy(() -> acc.addAll(new byte[] {-3, -2, -1, -5, 0}))
        .isExactlyInstanceOf(ScoreOutOfScaleException.class)
        .hasMessage("scores[3] = -5: must lie on scale -3..3");
    assertThatThrownBy(() -> acc.merge(ScoreDistribution.empty(RatingScale.CSAT)))
        .isExactlyInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge ConcurrentScoreAccumulator with scale -3..3 and ConcurrentScoreAccumulator "
            + "with scale 1..5: the scales must be equal");
    assertThat(acc.snapshot()).isEqualTo(before);
  }

  @Test
  void countsNearLongMaxValueOverflowLoudly() {
    // Regression: three add(1, Long.MAX_VALUE) used to wrap silently to a positive, wrong count.
    ConcurrentScoreAccumulator acc = new ConcurrentScoreAccumulator(RatingScale.CSAT);
    acc.add(1, Long.MAX_VALUE - 1);
    assertThatThrownBy(() -> acc.add(1, 2))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("counts[0] = 9223372036854775806 + 2" + OVERFLOW);
    assertThatThrownBy(() -> acc.add(3, 2))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("total = 9223372036854775806 + 2" + OVERFLOW);
    assertThatThrownBy(() -> acc.merge(ScoreDistribution.ofCounts(RatingScale.CSAT, 0, 1, 1, 0, 0)))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("total = 9223372036854775806 + 2" + OVERFLOW);
    assertThatThrownBy(() -> acc.merge(ScoreDistribution.ofCounts(RatingScale.CSAT, 2, 0, 0, 0, 0)))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("counts[0] = 9223372036854775806 + 2" + OVERFLOW);
    assertThat(acc.snapshot().counts()).containsExactly(Long.MAX_VALUE - 1, 0, 0, 0, 0);
    acc.add(2, 1);
    assertThat(acc.snapshot().total()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void snapshotAndResetHandsOverEachScoreOnce() {
    ConcurrentScoreAccumulator acc = new ConcurrentScoreAccumulator(RatingScale.NPS);
    acc.addAll(new int[] {10, 9, 0});
    ScoreDistribution first = acc.snapshotAndReset();
    assertThat(first.counts()).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1);
    assertThat(acc.snapshot().isEmpty()).isTrue();
    acc.add(7);
    ScoreDistribution second = acc.snapshotAndReset();
    assertThat(second.total()).isEqualTo(1);
    assertThat(second.count(7)).isEqualTo(1);
    assertThat(acc.snapshotAndReset().isEmpty()).isTrue();
    assertThat(first.total()).isEqualTo(3); // snapshots are immutable copies
  }

  @Test
  @Timeout(60)
  void fourThreadsRecordingAQuarterMillionScoresEachAreCountedExactly() throws InterruptedException {
    // Thread t adds 250,000 scores, score = (t + i) mod 11 for i = 0..249,999, through three paths:
    // single adds, int batches and byte batches. Per thread, 250,000 = 22,727·11 + 3, so each
    // score gets 22,727 and the three scores t, t+1, t+2 (mod 11) get one more.
    int threads = 4;
    int perThread = 250_000;
    ConcurrentScoreAccumulator acc = new ConcurrentScoreAccumulator(RatingScale.NPS);
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread worker = new Thread(() -> {
        try {
          start.await();
          int i = 0;
          int[] ints = new int[1000];
          byte[] bytes = new byte[1000];
          while (i < perThread) {
            int path = (i / 1000) % 3;
            if (path == 0 || perThread - i < 1000) {
              acc.add((thread + i) % 11);
              i++;
            } else if (path == 1) {
              for (int k = 0; k < 1000; k++) {
                ints[k] = (thread + i + k) % 11;
              }
              acc.addAll(ints);
              i += 1000;
            } else {
              for (int k = 0; k < 1000; k++) {
                bytes[k] = (byte) ((thread + i + k) % 11);
              }
              acc.addAll(bytes);
              i += 1000;
            }
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      workers.add(worker);
      worker.start();
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    assertThat(failures).isEmpty();
    long[] expected = new long[11];
    for (int t = 0; t < threads; t++) {
      for (int s = 0; s < 11; s++) {
        expected[s] += 22_727;
      }
      for (int extra = 0; extra < 3; extra++) {
        expected[(t + extra) % 11]++;
      }
    }
    ScoreDistribution snapshot = acc.snapshotAndReset();
    assertThat(snapshot.total()).isEqualTo(1_000_000);
    assertThat(snapshot.counts()).containsExactly(expected);
    assertThat(acc.snapshot().isEmpty()).isTrue();
  }

  @Test
  void nullArgumentsAreNamed() {
    ConcurrentScoreAccumulator acc = new ConcurrentScoreAccumulator(RatingScale.CSAT);
    assertThatThrownBy(() -> new ConcurrentScoreAccumulator(null))
        .isInstanceOf(NullPointerException.class).hasMessage("scale");
    assertThatThrownBy(() -> acc.addAll((int[]) null)).isInstanceOf(NullPointerException.class).hasMessage("scores");
    assertThatThrownBy(() -> acc.addAll((byte[]) null)).isInstanceOf(NullPointerException.class).hasMessage("scores");
    assertThatThrownBy(() -> acc.merge(null)).isInstanceOf(NullPointerException.class).hasMessage("distribution");
  }

  @Test
  void aSingleAddAfterAHugeBulkAddIsCheckedInsteadOfWrapping() {
    ConcurrentScoreAccumulator acc = new ConcurrentScoreAccumulator(RatingScale.NPS);
    acc.add(0, Long.MAX_VALUE);
    // Without the check the LongAdder would wrap to −2^63 and every later snapshot would fail.
    assertThatThrownBy(() -> acc.add(0))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("counts[0] = 9223372036854775807 + 1" + OVERFLOW);
    assertThatThrownBy(() -> acc.add(10))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessage("total = 9223372036854775807 + 1" + OVERFLOW);
    assertThat(acc.snapshot().total()).isEqualTo(Long.MAX_VALUE);
  }
}
