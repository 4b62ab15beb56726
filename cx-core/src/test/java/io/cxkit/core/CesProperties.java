package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.stats.Interval;
import java.util.ArrayList;
import java.util.Arrays;
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

class CesProperties extends MergeableEstimateContract<Ces> {

  CesProperties() {
    super(1, 7, Ces::toBytes, Ces::fromBytes, Ces::toJsonShape, Ces::fromJsonShape);
  }

  /** Three CES of one variant; the value is a mean on 1..5 or 1..7, so the range is 1..7. */
  @Provide
  Arbitrary<Trio<Ces>> trios() {
    return batches().map(in -> new Trio<>(in.ces(in.a()), in.ces(in.b()), in.ces(in.c())));
  }


  /** A CES variant and three batches of answers on its scale. */
  record Batches(CesVariant variant, int[] a, int[] b, int[] c) {
    Ces ces(int[] scores) {
      return Ces.ofScores(variant, scores);
    }

    @Override
    public String toString() {
      return "Batches{variant=" + variant.id() + ", a=" + Arrays.toString(a) + ", b=" + Arrays.toString(b)
          + ", c=" + Arrays.toString(c) + "}";
    }
  }

  private static Arbitrary<int[]> scoresOn(RatingScale scale) {
    return Arbitraries.integers().between(scale.min(), scale.max()).array(int[].class).ofMaxSize(60);
  }

  @Provide
  Arbitrary<Batches> batches() {
    return Arbitraries.of(CesVariant.class).flatMap(variant -> Combinators.combine(
        scoresOn(variant.scale()), scoresOn(variant.scale()), scoresOn(variant.scale()))
        .as((a, b, c) -> new Batches(variant, a, b, c)));
  }

  private static int[] concat(int[] first, int[] second) {
    int[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  @Property
  void percentFavourableLiesIn0To100AndMeanOnTheScale(@ForAll("batches") Batches in) {
    Ces ces = in.ces(in.a());
    RatingScale scale = in.variant().scale();

    assertThat(ces.n()).isEqualTo(in.a().length);
    assertThat(ces.favourable()).isBetween(0L, ces.n());
    if (ces.n() == 0) {
      assertThat(ces.value()).isEmpty();
      assertThat(ces.percentFavourable().value()).isEmpty();
    } else {
      assertThat(ces.percentFavourable().value().getAsDouble()).isBetween(0.0, 100.0);
      assertThat(ces.value().getAsDouble()).isBetween((double) scale.min(), (double) scale.max());
    }
  }

  @Property
  void favourableCountsTheVariantsBand(@ForAll("batches") Batches in) {
    long expected = 0;
    for (int score : in.a()) {
      if (in.variant().isFavourable(score)) {
        expected++;
      }
    }
    assertThat(in.ces(in.a()).favourable()).isEqualTo(expected);
  }

  @Property
  void mergeEqualsComputingOverTheConcatenatedAnswers(@ForAll("batches") Batches in) {
    Ces merged = in.ces(in.a()).plus(in.ces(in.b()));
    Ces batch = in.ces(concat(in.a(), in.b()));

    assertThat(merged).isEqualTo(batch);
    assertThat(merged.mean()).isEqualTo(batch.mean());
    assertThat(merged.percentFavourable()).isEqualTo(batch.percentFavourable());
  }

  @Property
  void orderDoesNotMatter(@ForAll("batches") Batches in, @ForAll long seed) {
    List<Integer> shuffled = new ArrayList<>();
    for (int score : in.a()) {
      shuffled.add(score);
    }
    Collections.shuffle(shuffled, new Random(seed));
    int[] reordered = shuffled.stream().mapToInt(Integer::intValue).toArray();

    Ces ces = in.ces(reordered);
    assertThat(ces).isEqualTo(in.ces(in.a()));
    assertThat(ces.mean()).isEqualTo(in.ces(in.a()).mean());
  }

  @Property(tries = 300)
  void intervalsContainTheirEstimateAndStayInRange(@ForAll("batches") Batches in,
      @ForAll @IntRange(min = 1, max = 999) int permille) {
    double level = permille / 1000.0;
    Ces ces = in.ces(in.a());
    RatingScale scale = in.variant().scale();

    if (ces.n() > 0) {
      double share = ces.percentFavourable().value().getAsDouble();
      Interval wilson = ces.percentFavourable().confidenceInterval(level).orElseThrow();
      assertThat(wilson.contains(share)).isTrue();
      assertThat(wilson.lower()).isGreaterThanOrEqualTo(0.0);
      assertThat(wilson.upper()).isLessThanOrEqualTo(100.0);
    }
    if (ces.n() >= 2) {
      double mean = ces.value().getAsDouble();
      Interval t = ces.confidenceInterval(level).orElseThrow();
      assertThat(t.contains(mean)).isTrue();
      assertThat(t.lower()).isGreaterThanOrEqualTo(scale.min());
      assertThat(t.upper()).isLessThanOrEqualTo(scale.max());
    } else {
      assertThat(ces.confidenceInterval(level)).isEmpty();
    }
  }

  @Property(tries = 300)
  void intervalsNarrowAsNGrowsAtAFixedDistribution(@ForAll("batches") Batches in,
      @ForAll @IntRange(min = 2, max = 1000) int factor) {
    Ces ces = in.ces(in.a());
    long[] counts = ces.distribution().counts();
    for (int i = 0; i < counts.length; i++) {
      counts[i] *= factor;
    }
    Ces larger = Ces.ofCounts(in.variant(), counts);
    if (ces.n() == 0) {
      assertThat(larger.n()).isZero();
      return;
    }

    assertThat(larger.percentFavourable().value()).isEqualTo(ces.percentFavourable().value());
    assertThat(larger.percentFavourable().confidenceInterval(0.95).orElseThrow().width())
        .isLessThan(ces.percentFavourable().confidenceInterval(0.95).orElseThrow().width());
    if (ces.n() >= 2) {
      // Clipping to the scale can leave two very wide t-intervals equally wide; the standard error
      // itself shrinks strictly whenever there is spread.
      assertThat(larger.confidenceInterval(0.95).orElseThrow().width())
          .isLessThanOrEqualTo(ces.confidenceInterval(0.95).orElseThrow().width());
      double se = ces.standardError().getAsDouble();
      if (se > 0) {
        assertThat(larger.standardError().getAsDouble()).isLessThan(se);
      }
    }
  }

  @Property
  void intBytesAndCountsAgree(@ForAll("batches") Batches in) {
    int[] scores = in.a();
    byte[] bytes = new byte[scores.length];
    long[] counts = new long[in.variant().scale().points()];
    for (int i = 0; i < scores.length; i++) {
      bytes[i] = (byte) scores[i];
      counts[scores[i] - in.variant().scale().min()]++;
    }
    Ces fromInts = Ces.ofScores(in.variant(), scores);

    assertThat(Ces.ofScores(in.variant(), bytes)).isEqualTo(fromInts);
    assertThat(Ces.ofCounts(in.variant(), counts)).isEqualTo(fromInts);
    assertThat(Ces.of(in.variant(), ScoreDistribution.ofScores(in.variant().scale(), scores))).isEqualTo(fromInts);
  }

  @Property(tries = 200)
  void corruptBytesNeverEscapeAsAnotherException(@ForAll("batches") Batches in,
      @ForAll @IntRange(min = 0, max = 63) int position, @ForAll byte value) {
    byte[] bytes = in.ces(in.a()).toBytes();
    if (position < bytes.length) {
      bytes[position] = value;
    } else {
      bytes = Arrays.copyOf(bytes, Math.min(position, bytes.length - 1));
    }
    try {
      Ces read = Ces.fromBytes(bytes);
      assertThat(read.scale()).isEqualTo(read.variant().scale());
    } catch (SerialFormException expected) {
      assertThat(expected).hasMessageStartingWith("cannot read ces: ");
    }
  }
}
