package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.stats.Interval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CsatProperties extends MergeableEstimateContract<Csat> {

  CsatProperties() {
    super(0, 100, Csat::toBytes, Csat::fromBytes, Csat::toJsonShape, Csat::fromJsonShape);
  }

  /** Three CSATs of one definition: the same scale and threshold. */
  @Provide
  Arbitrary<Trio<Csat>> trios() {
    return batches().map(in -> new Trio<>(in.csat(in.a()), in.csat(in.b()), in.csat(in.c())));
  }


  /** A CSAT definition (scale and threshold) and three batches of answers on it. */
  record Batches(RatingScale scale, int threshold, int[] a, int[] b, int[] c) {
    Csat csat(int[] scores) {
      return Csat.of(ScoreDistribution.ofScores(scale, scores), threshold);
    }

    @Override
    public String toString() {
      return "Batches{scale=" + scale + ", threshold=" + threshold + ", a=" + java.util.Arrays.toString(a)
          + ", b=" + java.util.Arrays.toString(b) + ", c=" + java.util.Arrays.toString(c) + "}";
    }
  }

  private static Arbitrary<RatingScale> scales() {
    // The presets, a bipolar scale, a two-point scale and scales at the edges of the byte range.
    return Arbitraries.of(RatingScale.CSAT, RatingScale.CES, RatingScale.ONE_TO_TEN, RatingScale.NPS,
        RatingScale.of(-3, 3), RatingScale.of(0, 1), RatingScale.of(-128, -120), RatingScale.of(120, 127));
  }

  private static Arbitrary<int[]> scoresOn(RatingScale scale, int maxSize) {
    return Arbitraries.integers().between(scale.min(), scale.max()).array(int[].class).ofMaxSize(maxSize);
  }

  @Provide
  Arbitrary<Batches> batches() {
    return scales().flatMap(scale -> Combinators.combine(
        Arbitraries.integers().between(scale.min() + 1, scale.max()),
        scoresOn(scale, 60), scoresOn(scale, 60), scoresOn(scale, 60))
        .as((threshold, a, b, c) -> new Batches(scale, threshold, a, b, c)));
  }

  private static int[] concat(int[] first, int[] second) {
    int[] all = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  @Property
  void percentSatisfiedLiesIn0To100(@ForAll("batches") Batches in) {
    Csat csat = in.csat(in.a());

    assertThat(csat.n()).isEqualTo(in.a().length);
    assertThat(csat.satisfied()).isBetween(0L, csat.n());
    if (csat.n() == 0) {
      assertThat(csat.value()).isEmpty();
    } else {
      assertThat(csat.value().getAsDouble()).isBetween(0.0, 100.0);
    }
  }

  @Property
  void satisfiedCountsAnswersAtOrAboveTheThreshold(@ForAll("batches") Batches in) {
    long expected = 0;
    for (int score : in.a()) {
      if (score >= in.threshold()) {
        expected++;
      }
    }
    assertThat(in.csat(in.a()).satisfied()).isEqualTo(expected);
  }

  @Property
  void mergeEqualsComputingOverTheConcatenatedAnswers(@ForAll("batches") Batches in) {
    Csat merged = in.csat(in.a()).plus(in.csat(in.b()));
    Csat batch = in.csat(concat(in.a(), in.b()));

    assertThat(merged).isEqualTo(batch);
    assertThat(merged.percentSatisfied()).isEqualTo(batch.percentSatisfied());
    assertThat(merged.n()).isEqualTo(in.a().length + in.b().length);
  }

  @Property
  void orderDoesNotMatter(@ForAll("batches") Batches in, @ForAll long seed) {
    List<Integer> shuffled = new ArrayList<>();
    for (int score : in.a()) {
      shuffled.add(score);
    }
    Collections.shuffle(shuffled, new Random(seed));
    int[] reordered = shuffled.stream().mapToInt(Integer::intValue).toArray();

    assertThat(in.csat(reordered)).isEqualTo(in.csat(in.a()));
  }

  @Property(tries = 300)
  void wilsonIntervalContainsThePointEstimateWithin0To100(@ForAll("batches") Batches in,
      @ForAll @IntRange(min = 1, max = 999) int permille) {
    double level = permille / 1000.0;
    Csat csat = in.csat(in.a());
    if (csat.n() == 0) {
      assertThat(csat.confidenceInterval(level)).isEmpty();
      return;
    }
    Interval interval = csat.confidenceInterval(level).orElseThrow();

    assertThat(interval.contains(csat.value().getAsDouble())).isTrue();
    assertThat(interval.lower()).isGreaterThanOrEqualTo(0.0);
    assertThat(interval.upper()).isLessThanOrEqualTo(100.0);
  }

  @Property(tries = 300)
  void meanIntervalLiesWithinTheScale(@ForAll("batches") Batches in,
      @ForAll @IntRange(min = 1, max = 999) int permille) {
    double level = permille / 1000.0;
    Csat csat = in.csat(in.a());
    if (csat.n() < 2) {
      assertThat(csat.mean().confidenceInterval(level)).isEmpty();
      return;
    }
    double mean = csat.mean().value().getAsDouble();
    Interval interval = csat.mean().confidenceInterval(level).orElseThrow();

    assertThat(mean).isBetween((double) in.scale().min(), (double) in.scale().max());
    assertThat(interval.contains(mean)).isTrue();
    assertThat(interval.lower()).isGreaterThanOrEqualTo(in.scale().min());
    assertThat(interval.upper()).isLessThanOrEqualTo(in.scale().max());
  }

  @Property(tries = 300)
  void intervalsNarrowAsNGrowsAtAFixedDistribution(@ForAll("batches") Batches in,
      @ForAll @IntRange(min = 2, max = 1000) int factor) {
    Csat csat = in.csat(in.a());
    long[] counts = csat.distribution().counts();
    for (int i = 0; i < counts.length; i++) {
      counts[i] *= factor;
    }
    Csat larger = Csat.of(ScoreDistribution.ofCounts(in.scale(), counts), in.threshold());
    if (csat.n() == 0) {
      assertThat(larger.n()).isZero();
      return;
    }

    assertThat(larger.value()).isEqualTo(csat.value());
    assertThat(larger.confidenceInterval(0.95).orElseThrow().width())
        .isLessThan(csat.confidenceInterval(0.95).orElseThrow().width());
    if (csat.n() >= 2) {
      // Clipping to the scale can leave two very wide t-intervals equally wide, so the mean's
      // interval is only "not wider"; its standard error shrinks strictly whenever there is spread.
      assertThat(larger.mean().confidenceInterval(0.95).orElseThrow().width())
          .isLessThanOrEqualTo(csat.mean().confidenceInterval(0.95).orElseThrow().width());
      double se = csat.mean().standardError().getAsDouble();
      if (se > 0) {
        assertThat(larger.mean().standardError().getAsDouble()).isLessThan(se);
      }
    }
  }

  @Property
  void intBytesAndCountsAgree(@ForAll("batches") Batches in) {
    int[] scores = in.a();
    byte[] bytes = new byte[scores.length];
    long[] counts = new long[in.scale().points()];
    for (int i = 0; i < scores.length; i++) {
      bytes[i] = (byte) scores[i];
      counts[scores[i] - in.scale().min()]++;
    }
    Csat fromInts = Csat.ofScores(in.scale(), scores);

    assertThat(Csat.ofScores(in.scale(), bytes)).isEqualTo(fromInts);
    assertThat(Csat.ofCounts(in.scale(), counts)).isEqualTo(fromInts);
    if (in.scale().equals(RatingScale.CSAT)) {
      assertThat(Csat.ofScores(scores)).isEqualTo(fromInts);
      assertThat(Csat.ofScores(bytes)).isEqualTo(fromInts);
      assertThat(Csat.ofCounts(counts)).isEqualTo(fromInts);
    }
  }

  @Property
  void serialFormsKeepTheThreshold(@ForAll("batches") Batches in) {
    Csat csat = in.csat(in.a());

    assertThat(Csat.fromBytes(csat.toBytes()).threshold()).isEqualTo(in.threshold());
    assertThat(Csat.fromJsonShape(csat.toJsonShape()).threshold()).isEqualTo(in.threshold());
  }

  @Property(tries = 200)
  void corruptBytesNeverEscapeAsAnotherException(@ForAll("batches") Batches in,
      @ForAll @IntRange(min = 0, max = 63) int position, @ForAll byte value) {
    byte[] bytes = in.csat(in.a()).toBytes();
    if (position < bytes.length) {
      bytes[position] = value;
    } else {
      bytes = java.util.Arrays.copyOf(bytes, Math.min(position, bytes.length - 1));
    }
    try {
      Csat read = Csat.fromBytes(bytes);
      assertThat(read.threshold()).isGreaterThan(read.scale().min());
    } catch (SerialFormException expected) {
      assertThat(expected).hasMessageStartingWith("cannot read csat: ");
    }
  }
}
