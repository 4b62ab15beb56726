package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.MergeableEstimate;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The properties every {@link MergeableEstimate} with exact counts must have, written once: a
 * metric's property class extends this, supplies three values of one definition (same scale,
 * threshold or variant) through a {@code @Provide Arbitrary<Trio<T>> trios()} method, and names its
 * range and serial forms. New metrics get the whole contract by extending it.
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

  /** @return the smallest value the estimate can take, e.g. −100 for NPS */
  protected abstract double lowest();

  /** @return the largest value the estimate can take, e.g. 100 for a percentage */
  protected abstract double highest();

  /**
   * @param value a value
   * @return its binary serial form
   */
  protected abstract byte[] toBytes(T value);

  /**
   * @param bytes a binary serial form
   * @return the value it describes
   */
  protected abstract T fromBytes(byte[] bytes);

  /**
   * @param value a value
   * @return its JSON shape
   */
  protected abstract Map<String, Object> toJsonShape(T value);

  /**
   * @param shape a JSON shape
   * @return the value it describes
   */
  protected abstract T fromJsonShape(Map<String, ?> shape);

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
    assertThat(value.value().getAsDouble()).isBetween(lowest(), highest());
    value.standardError().ifPresent(se -> assertThat(se).isNotNaN().isGreaterThanOrEqualTo(0));
    value.confidenceInterval(level).ifPresent(interval -> {
      assertThat(interval.lower()).isGreaterThanOrEqualTo(lowest());
      assertThat(interval.upper()).isLessThanOrEqualTo(highest());
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
    double span = highest() - lowest();
    trio.a().comparedWith(trio.b()).ifPresent(comparison -> {
      assertThat(comparison.difference()).isBetween(-span, span);
      assertThat(comparison.pValue()).isBetween(0.0, 1.0);
      Interval interval = comparison.confidenceInterval(level);
      assertThat(interval.lower()).isGreaterThanOrEqualTo(-span);
      assertThat(interval.upper()).isLessThanOrEqualTo(span);
    });
  }

  @Property(tries = 300)
  void bothSerialFormsRoundTripExactly(@ForAll("trios") Trio<T> trio) {
    for (T value : java.util.List.of(trio.a(), trio.a().plus(trio.b()))) {
      assertThat(fromBytes(toBytes(value))).isEqualTo(value);
      assertThat(fromJsonShape(toJsonShape(value))).isEqualTo(value);
      // Equal values, equal bytes: partial results can be deduplicated or cached by their bytes.
      assertThat(toBytes(fromBytes(toBytes(value)))).isEqualTo(toBytes(value));
    }
  }
}
