package io.cxkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Quantiles and p-values against printed tables: the standard normal and Student t quantiles as in
 * any statistics table (e.g. NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.1–2), to the
 * digits given there.
 */
class DistributionsTest {

  @Test
  void normalQuantiles() {
    assertThat(Distributions.normalQuantile(0.95)).isCloseTo(1.959964, within(1e-6));
    assertThat(Distributions.normalQuantile(0.90)).isCloseTo(1.644854, within(1e-6));
    assertThat(Distributions.normalQuantile(0.99)).isCloseTo(2.575829, within(1e-6));
  }

  @Test
  void tQuantiles() {
    assertThat(Distributions.tQuantile(0.95, 9)).isCloseTo(2.262157, within(1e-6));
    assertThat(Distributions.tQuantile(0.95, 4)).isCloseTo(2.776445, within(1e-6));
    assertThat(Distributions.tQuantile(0.99, 1)).isCloseTo(63.65674, within(1e-5));
    // Fractional degrees of freedom, as Welch's: between the neighbouring integers' quantiles.
    assertThat(Distributions.tQuantile(0.95, 21.982212)).isBetween(2.073873, 2.079614);
    assertThat(Distributions.tQuantile(0.95, Double.POSITIVE_INFINITY))
        .isEqualTo(Distributions.normalQuantile(0.95));
  }

  @Test
  void twoSidedPValues() {
    // P(|Z| ≥ 1.959964) = 0.05; P(|T₉| ≥ 2.262157) = 0.05.
    assertThat(Distributions.twoSidedPValue(1.959964, Double.POSITIVE_INFINITY)).isCloseTo(0.05, within(1e-6));
    assertThat(Distributions.twoSidedPValue(-2.262157, 9)).isCloseTo(0.05, within(1e-6));
    assertThat(Distributions.twoSidedPValue(0, 9)).isEqualTo(1.0);
    assertThat(Distributions.twoSidedPValue(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isZero();
    assertThatThrownBy(() -> Distributions.twoSidedPValue(Double.NaN, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statistic is NaN");
  }
}
