package io.cxkit.core;

import static io.cxkit.core.SerialForms.asParsedJson;
import static io.cxkit.core.SerialForms.golden;
import static io.cxkit.core.SerialForms.toHex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialWriter;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PeriodRetentionTest {

  /**
   * HubSpot's customer retention rate, CRR = ((E − N) / S) × 100 (HubSpot blog, "What is customer
   * retention rate?"), worked by hand: a quarter starts with S = 200 customers, loses L = 20 of them,
   * wins N = 40 new ones and ends with E = 220. CRR = (220 − 40) / 200 = 90 %; churn = 20 / 200 =
   * 10 %; no new customer was lost (200 − 20 + 40 = 220), so retention = 100 − churn exactly.
   */
  @Nested
  class HubSpotFormula {
    private final PeriodRetention quarter = PeriodRetention.of(200, 20, 40, 220);

    @Test
    void retentionAndChurn() {
      assertThat(quarter.retentionRate().value()).hasValue(90.0);
      assertThat(quarter.retained()).isEqualTo(180);
      assertThat(quarter.churnRate().value()).hasValue(10.0);
      assertThat(quarter.newCustomersLost()).isZero();
      assertThat(quarter.n()).isEqualTo(200);
      assertThat(quarter.value()).hasValue(90.0);
    }

    @Test
    void wilsonIntervals() {
      // Wilson, 180 of 200 at 95 % (z = 1.959964): centre (0.9 + z²/400)/(1 + z²/200) = 0.89247,
      // half-width 0.04187 -> [85.06, 93.43]; 20 of 200 -> [6.567, 14.94] (the mirror image).
      Interval retention = quarter.confidenceInterval(0.95).orElseThrow();
      assertThat(retention.lower()).isCloseTo(85.0594, within(1e-4));
      assertThat(retention.upper()).isCloseTo(93.4330, within(1e-4));
      Interval churn = quarter.churnRate().confidenceInterval(0.95).orElseThrow();
      assertThat(churn.lower()).isCloseTo(6.5670, within(1e-4));
      assertThat(churn.upper()).isCloseTo(14.9406, within(1e-4));
      // sqrt(0.9 · 0.1 / 200) = 2.1213 percentage points
      assertThat(quarter.standardError().getAsDouble()).isCloseTo(2.12132, within(1e-5));
    }

    @Test
    void newCustomersLostWithinThePeriodCountAgainstRetention() {
      // Same quarter, but 10 of the 40 new customers left again: E = 210. CRR = 170 / 200 = 85 %,
      // below 100 − churn = 90 %; the Wilson interval of 170 of 200 is [79.39, 89.29].
      PeriodRetention leaky = PeriodRetention.of(200, 20, 40, 210);
      assertThat(leaky.retentionRate().value()).hasValue(85.0);
      assertThat(leaky.churnRate().value()).hasValue(10.0);
      assertThat(leaky.newCustomersLost()).isEqualTo(10);
      Interval interval = leaky.confidenceInterval(0.95).orElseThrow();
      assertThat(interval.lower()).isCloseTo(79.3944, within(1e-4));
      assertThat(interval.upper()).isCloseTo(89.2864, within(1e-4));
    }

    @Test
    void averageCustomersDenominator() {
      // L / ((S + E) / 2) = 20 / 210 = 9.524 %.
      assertThat(quarter.churnRateValue(ChurnDenominator.AVERAGE_CUSTOMERS).getAsDouble())
          .isCloseTo(100.0 * 20 / 210, within(1e-12));
      assertThat(quarter.churnRateValue(ChurnDenominator.CUSTOMERS_AT_START)).hasValue(10.0);
      // Not a proportion: everyone lost and nobody at the end gives 10 / 5 = 200 %.
      assertThat(PeriodRetention.of(10, 10, 0, 0).churnRateValue(ChurnDenominator.AVERAGE_CUSTOMERS))
          .hasValue(200.0);
      // A period that only starts customers: no customers at the start, 4 at the end.
      PeriodRetention launch = PeriodRetention.of(0, 0, 4, 4);
      assertThat(launch.churnRateValue(ChurnDenominator.AVERAGE_CUSTOMERS)).hasValue(0.0);
      assertThat(launch.churnRateValue(ChurnDenominator.CUSTOMERS_AT_START)).isEmpty();
    }
  }

  @Nested
  class Comparisons {
    @Test
    void churnOfTwoQuarters() {
      // 20 of 200 against 27 of 180: −5 points; pooled p̄ = 47/380, z = −1.478, p = 0.1393.
      PeriodRetention now = PeriodRetention.of(200, 20, 40, 220);
      PeriodRetention before = PeriodRetention.of(180, 27, 47, 200);
      Comparison churn = now.churnComparedWith(before).orElseThrow();
      assertThat(churn.difference()).isCloseTo(-5.0, within(1e-9));
      assertThat(churn.pValue()).isCloseTo(0.139346, within(1e-6));
      assertThat(churn.confidenceInterval(0.95).contains(-5.0)).isTrue();
      // Retention: 90 % against (200 − 47) / 180 = 85 %.
      assertThat(now.comparedWith(before).orElseThrow().difference()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void anEmptyPeriodHasNoComparison() {
      assertThat(PeriodRetention.empty().comparedWith(PeriodRetention.of(10, 1, 0, 9))).isEmpty();
      assertThat(PeriodRetention.of(10, 1, 0, 9).churnComparedWith(PeriodRetention.of(0, 0, 3, 3))).isEmpty();
    }
  }

  @Nested
  class Edges {
    @Test
    void emptyPeriodSaysSo() {
      PeriodRetention empty = PeriodRetention.empty();
      assertThat(empty.isEmpty()).isTrue();
      assertThat(empty.value()).isEmpty();
      assertThat(empty.standardError()).isEmpty();
      assertThat(empty.confidenceInterval(0.95)).isEmpty();
      assertThat(empty.churnRate().isEmpty()).isTrue();
      assertThat(empty.churnRateValue(ChurnDenominator.AVERAGE_CUSTOMERS)).isEmpty();
      assertThat(PeriodRetention.of(0, 0, 0, 0)).isSameAs(empty);
      assertThat(empty).hasToString("PeriodRetention{atStart=0, lost=0, new=0, atEnd=0}");
    }

    @Test
    void plusAddsSegments() {
      PeriodRetention north = PeriodRetention.of(120, 10, 30, 140);
      PeriodRetention south = PeriodRetention.of(80, 10, 10, 70);
      assertThat(north.plus(south)).isEqualTo(PeriodRetention.of(200, 20, 40, 210));
      assertThat(north.plus(PeriodRetention.empty())).isEqualTo(north);
      assertThat(north.plus(north)).isEqualTo(PeriodRetention.of(240, 20, 60, 280));
    }

    @Test
    void averageCustomersChurnOfHugeCountsDoesNotOverflow() {
      // Regression: 100 · L was multiplied in longs and wrapped for L > 9.2e16, giving a negative
      // rate. Everyone lost and nobody at the end is 200 % whatever the size (L / (S / 2)).
      long many = Long.MAX_VALUE / 50;
      assertThat(PeriodRetention.of(many, many, 0, 0).churnRateValue(ChurnDenominator.AVERAGE_CUSTOMERS).getAsDouble())
          .isCloseTo(200.0, within(1e-12));
      // L = S / 2, E = S / 2: 100 · (S/2) / (3S/4) = 66.67 %.
      long s = 1L << 62;
      assertThat(PeriodRetention.of(s, s / 2, 0, s / 2).churnRateValue(ChurnDenominator.AVERAGE_CUSTOMERS).getAsDouble())
          .isCloseTo(200.0 / 3, within(1e-12));
    }

    @Test
    void toStringShowsCountsAndRates() {
      assertThat(PeriodRetention.of(200, 20, 40, 210)).hasToString(
          "PeriodRetention{atStart=200, lost=20, new=40, atEnd=210, churn=10.00%, retention=85.00%}");
    }

    @Test
    void overflowIsRefused() {
      PeriodRetention huge = PeriodRetention.of(Long.MAX_VALUE, 0, 0, Long.MAX_VALUE);
      assertThatThrownBy(() -> huge.plus(PeriodRetention.of(1, 0, 0, 1)))
          .isInstanceOf(CountOverflowException.class)
          .hasMessageStartingWith("atStart = 9223372036854775807 + 1");
      assertThatThrownBy(() -> PeriodRetention.of(Long.MAX_VALUE, 0, 1, 1))
          .isInstanceOf(CountOverflowException.class);
    }
  }

  @Nested
  class BadInput {
    private void refused(Runnable call, String field, String message) {
      assertThatThrownBy(call::run)
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessage(message)
          .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }

    @Test
    void negativeCounts() {
      refused(() -> PeriodRetention.of(-1, 0, 0, 0), "atStart", "atStart = -1: must be ≥ 0");
      refused(() -> PeriodRetention.of(5, -1, 0, 5), "lost", "lost = -1: must be ≥ 0");
      refused(() -> PeriodRetention.of(5, 0, -2, 5), "newCustomers", "newCustomers = -2: must be ≥ 0");
      refused(() -> PeriodRetention.of(5, 0, 0, -3), "atEnd", "atEnd = -3: must be ≥ 0");
    }

    @Test
    void impossibleCounts() {
      refused(() -> PeriodRetention.of(10, 11, 0, 0), "lost",
          "lost = 11: must be ≤ atStart = 10 (only customers at the start can be lost)");
      refused(() -> PeriodRetention.of(10, 0, 6, 5), "newCustomers",
          "newCustomers = 6: must be ≤ atEnd = 5 (retention counts E − N of the customers at the end)");
      refused(() -> PeriodRetention.of(10, 2, 3, 12), "atEnd",
          "atEnd = 12: must be ≤ atStart − lost + newCustomers = 11 (customers at the end are the ones kept plus the new ones)");
      // Regression: fewer customers at the end than the S − L who were never lost was accepted,
      // and newCustomersLost() then reported 45 of only 5 new customers lost (100 − 10 + 5 − 50).
      refused(() -> PeriodRetention.of(100, 10, 5, 50), "atEnd",
          "atEnd = 50: must be ≥ atStart − lost = 90 (the customers at the start who were not lost are still there at the end)");
      assertThat(PeriodRetention.of(100, 10, 5, 90).newCustomersLost()).isEqualTo(5);
    }

    @Test
    void nulls() {
      PeriodRetention p = PeriodRetention.of(10, 1, 0, 9);
      assertThatThrownBy(() -> p.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
      assertThatThrownBy(() -> p.comparedWith(null)).isInstanceOf(NullPointerException.class).hasMessage("baseline");
      assertThatThrownBy(() -> p.churnRateValue(null)).isInstanceOf(NullPointerException.class).hasMessage("denominator");
      assertThatThrownBy(() -> PeriodRetention.fromBytes(null)).isInstanceOf(NullPointerException.class).hasMessage("bytes");
    }
  }

  @Nested
  class SerialForm {
    private final PeriodRetention leaky = PeriodRetention.of(200, 20, 40, 210);

    @Test
    void goldenBytes() {
      assertThat(toHex(leaky.toBytes())).isEqualTo(toHex(golden("period-retention-v1.hex")));
      assertThat(PeriodRetention.fromBytes(golden("period-retention-v1.hex"))).isEqualTo(leaky);
      assertThat(PeriodRetention.empty().toBytes()).containsExactly(1, 9, 0, 0, 0, 0);
    }

    @Test
    void jsonShape() {
      Map<String, Object> shape = leaky.toJsonShape();
      assertThat(shape).containsExactly(Map.entry("format", 1), Map.entry("kind", "period-retention"),
          Map.entry("atStart", 200L), Map.entry("lost", 20L), Map.entry("newCustomers", 40L),
          Map.entry("atEnd", 210L));
      assertThat(PeriodRetention.fromJsonShape(asParsedJson(shape))).isEqualTo(leaky);
    }

    @Test
    void impossibleCountsInASerialFormAreRefused() {
      byte[] bytes = new SerialWriter(SerialKind.PERIOD_RETENTION)
          .writeCount(10).writeCount(11).writeCount(0).writeCount(0).toByteArray();
      assertThatThrownBy(() -> PeriodRetention.fromBytes(bytes))
          .isExactlyInstanceOf(SerialFormException.class)
          .hasMessage("cannot read period-retention: the serial form describes an invalid value: "
              + "lost = 11: must be ≤ atStart = 10 (only customers at the start can be lost)");
      Map<String, Object> shape = asParsedJson(leaky.toJsonShape());
      shape.put("atEnd", 300);
      assertThatThrownBy(() -> PeriodRetention.fromJsonShape(shape))
          .isExactlyInstanceOf(SerialFormException.class)
          .hasMessageStartingWith("cannot read period-retention: the JSON shape describes an invalid value: atEnd = 300");
      assertThatThrownBy(() -> PeriodRetention.fromBytes(new byte[] {1, 9, 5}))
          .isExactlyInstanceOf(SerialFormException.class)
          .hasMessage("cannot read period-retention: truncated at offset 3 while reading lost (buffer length 3)");
    }
  }
}
