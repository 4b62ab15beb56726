package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.MergeableEstimate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The properties every {@link MergeableEstimate} with exact counts must have, written once: a
 * metric's property class extends this, supplies three values of one definition (same scale,
 * threshold or variant) through a {@code @Provide Arbitrary<Trio<T>> trios()} method, and passes its
 * range and serial forms to the constructor. New metrics get the whole contract by extending it.
 *
 * @param <T> the estimate under test
 */
public abstract class MergeableEstimateContract<T extends MergeableEstimate<T>> {

  /**
   * Three values that can be added to each other.
   *
   * @param a the first
   * @param b the second
   * @param c the third
   * @param <T> the estimate
   */
  public record Trio<T>(T a, T b, T c) {}

  private final double lowest;
  private final double highest;
  private final Function<T, byte[]> toBytes;
  private final Function<byte[], T> fromBytes;
  private final Function<T, Map<String, Object>> toJsonShape;
  private final Function<Map<String, ?>, T> fromJsonShape;

  /**
   * @param lowest the smallest value the estimate can take, e.g. −100 for NPS
   * @param highest the largest value it can take, e.g. 100 for a percentage
   * @param toBytes its binary serial form
   * @param fromBytes reads the binary serial form
   * @param toJsonShape its JSON shape
   * @param fromJsonShape reads the JSON shape
   */
  protected MergeableEstimateContract(double lowest, double highest, Function<T, byte[]> toBytes,
      Function<byte[], T> fromBytes, Function<T, Map<String, Object>> toJsonShape,
      Function<Map<String, ?>, T> fromJsonShape) {
    this.lowest = lowest;
    this.highest = highest;
    this.toBytes = toBytes;
    this.fromBytes = fromBytes;
    this.toJsonShape = toJsonShape;
    this.fromJsonShape = fromJsonShape;
  }

  @Provide
  Arbitrary<Double> contractLevels() {
    return Arbitraries.doubles().between(0.5, 0.999).ofScale(4);
  }

  @Property(tries = 300)
  void plusIsAssociativeAndCommutative(@ForAll("trios") Trio<T> trio) {
    assertThat(trio.a().plus(trio.b())).isEqualTo(trio.b().plus(trio.a()));
    assertThat(trio.a().plus(trio.b()).plus(trio.c())).isEqualTo(trio.a().plus(trio.b().plus(trio.c())));
  }

  @Property(tries = 300)
  void emptyHasNoValueAndTheRestLiesInTheRange(@ForAll("trios") Trio<T> trio,
      @ForAll("contractLevels") double level) {
    T value = trio.a();
    if (value.isEmpty()) {
      assertThat(value.value()).isEmpty();
      assertThat(value.standardError()).isEmpty();
      assertThat(value.confidenceInterval(level)).isEmpty();
      return;
    }
    assertThat(value.value().getAsDouble()).isBetween(lowest, highest);
    value.standardError().ifPresent(se -> assertThat(se).isNotNaN().isGreaterThanOrEqualTo(0));
    value.confidenceInterval(level).ifPresent(interval -> {
      assertThat(interval.lower()).isGreaterThanOrEqualTo(lowest);
      assertThat(interval.upper()).isLessThanOrEqualTo(highest);
      assertThat(interval.level()).isEqualTo(level);
    });
  }

  @Property(tries = 300)
  void intervalsNarrowAsTheSampleGrowsAtAFixedDistribution(@ForAll("trios") Trio<T> trio,
      @ForAll("contractLevels") double level) {
    T value = trio.a();
    // a + a + a + a has every count multiplied by 4: the same distribution, four times the sample.
    T larger = value.plus(value).plus(value.plus(value));
    Optional<Interval> small = value.confidenceInterval(level);
    if (small.isPresent()) {
      assertThat(larger.value().getAsDouble()).isCloseTo(value.value().getAsDouble(), within(1e-9));
      assertThat(larger.confidenceInterval(level).orElseThrow().width())
          .isLessThanOrEqualTo(small.get().width() + 1e-9);
    }
  }

  @Property(tries = 300)
  void comparisonWithAnIdenticalSampleFindsNoDifference(@ForAll("trios") Trio<T> trio) {
    T value = trio.a();
    Optional<Comparison> same = value.comparedWith(value);
    same.ifPresent(comparison -> {
      assertThat(comparison.difference()).isCloseTo(0, within(1e-9));
      assertThat(comparison.pValue()).isCloseTo(1, within(1e-9));
    });
  }

  @Property(tries = 300)
  void comparisonsLieWithinTheRangeOfDifferences(@ForAll("trios") Trio<T> trio,
      @ForAll("contractLevels") double level) {
    double span = highest - lowest;
    trio.a().comparedWith(trio.b()).ifPresent(comparison -> {
      assertThat(comparison.difference()).isBetween(-span, span);
      assertThat(comparison.pValue()).isBetween(0.0, 1.0);
      Interval interval = comparison.confidenceInterval(level);
      assertThat(interval.lower()).isGreaterThanOrEqualTo(-span);
      assertThat(interval.upper()).isLessThanOrEqualTo(span);
      // The reported difference is the estimate the interval is built around.
      assertThat(interval.contains(comparison.difference())).isTrue();
    });
  }

  @Property(tries = 300)
  void bothSerialFormsRoundTripExactly(@ForAll("trios") Trio<T> trio) {
    for (T value : java.util.List.of(trio.a(), trio.a().plus(trio.b()))) {
      assertThat(fromBytes.apply(toBytes.apply(value))).isEqualTo(value);
      assertThat(fromJsonShape.apply(toJsonShape.apply(value))).isEqualTo(value);
      // Equal values, equal bytes: partial results can be deduplicated or cached by their bytes.
      assertThat(toBytes.apply(fromBytes.apply(toBytes.apply(value)))).isEqualTo(toBytes.apply(value));
    }
  }
}
