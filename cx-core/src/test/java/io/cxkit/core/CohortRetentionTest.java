package io.cxkit.core;

import static io.cxkit.core.SerialForms.asParsedJson;
import static io.cxkit.core.SerialForms.golden;
import static io.cxkit.core.SerialForms.toHex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Percentage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CohortRetentionTest {

  /**
   * Mixpanel's documented example (Mixpanel help center, "How is retention calculated?"): three
   * cohorts of 2, 10 and 10 users, retained [2, 1, 2], [9, 7, 6] and [9, 6, 4]. The average is
   * weighted by cohort size: (2 + 9 + 9) / 22 = 90.91 %, (1 + 7 + 6) / 22 = 63.64 %,
   * (2 + 6 + 4) / 22 = 54.55 % — not the plain mean of the three rates, (100 + 90 + 90) / 3 =
   * 93.33 %, (50 + 70 + 60) / 3 = 60 % and (100 + 60 + 40) / 3 = 66.67 %, in which the cohort of 2
   * weighs as much as each cohort of 10.
   */
  static CohortRetention mixpanel() {
    return CohortRetention.builder(RetentionMode.N_DAY, 1, 2, 3)
        .cohort("2024-01-01", 2, 2, 1, 2)
        .cohort("2024-01-02", 10, 9, 7, 6)
        .cohort("2024-01-03", 10, 9, 6, 4)
        .build();
  }

  @Nested
  class MixpanelExample {
    @Test
    void cellRates() {
      CohortRetention matrix = mixpanel();
      assertThat(matrix.rate("2024-01-01", 2).orElseThrow()).isEqualTo(Percentage.of(1, 2));
      assertThat(matrix.rate("2024-01-01", 3).orElseThrow().value()).hasValue(100.0);
      assertThat(matrix.rate("2024-01-03", 3).orElseThrow().value()).hasValue(40.0);
      assertThat(matrix.cohort("2024-01-02").orElseThrow().rates())
          .containsExactly(Percentage.of(9, 10), Percentage.of(7, 10), Percentage.of(6, 10));
      // Wilson at 95 % for 1 of 2: [9.453, 90.55]; for 2 of 2: [34.24, 100].
      Interval half = matrix.rate("2024-01-01", 2).orElseThrow().confidenceInterval(0.95).orElseThrow();
      assertThat(half.lower()).isCloseTo(9.4531, within(1e-4));
      assertThat(half.upper()).isCloseTo(90.5469, within(1e-4));
      Interval all = matrix.rate("2024-01-01", 1).orElseThrow().confidenceInterval(0.95).orElseThrow();
      assertThat(all.lower()).isCloseTo(34.2380, within(1e-4));
      assertThat(all.upper()).isEqualTo(100.0);
    }

    @Test
    void weightedAverageCurve() {
      List<Percentage> curve = mixpanel().averageCurve();
      assertThat(curve).containsExactly(Percentage.of(20, 22), Percentage.of(14, 22), Percentage.of(12, 22));
      assertThat(curve.get(0).value().getAsDouble()).isCloseTo(90.909, within(1e-3));
      assertThat(curve.get(1).value().getAsDouble()).isCloseTo(63.636, within(1e-3));
      assertThat(curve.get(2).value().getAsDouble()).isCloseTo(54.545, within(1e-3));
      // Wilson at 95 % for 14 of 22: [42.95, 80.27].
      Interval interval = curve.get(1).confidenceInterval(0.95).orElseThrow();
      assertThat(interval.lower()).isCloseTo(42.9517, within(1e-4));
      assertThat(interval.upper()).isCloseTo(80.2668, within(1e-4));
      assertThat(mixpanel().averageRate(3)).isEqualTo(Percentage.of(12, 22));
    }
  }

  @Test
  void youngCohortsCountOnlyInTheOffsetsTheyReached() {
    // The triangle: the last cohort has reached offset 1 only, the middle one offsets 1 and 2.
    CohortRetention triangle = CohortRetention.builder(RetentionMode.N_DAY, 1, 2, 3)
        .cohort("2024-W01", 100, 40, 30, 25)
        .cohort("2024-W02", 50, 30, 20)
        .cohort("2024-W03", 10, 5)
        .build();
    // Offset 1: (40 + 30 + 5) / 160; offset 2: (30 + 20) / 150; offset 3: 25 / 100.
    assertThat(triangle.averageCurve())
        .containsExactly(Percentage.of(75, 160), Percentage.of(50, 150), Percentage.of(25, 100));
    assertThat(triangle.rate("2024-W03", 2)).isEmpty();
    assertThat(triangle.cohort("2024-W03").orElseThrow().observed()).isEqualTo(1);
  }

  @Test
  void emptyMatrixAndEmptyCohorts() {
    CohortRetention empty = CohortRetention.empty(RetentionMode.UNBOUNDED, 0, 7, 30);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.averageCurve()).containsExactly(Percentage.empty(), Percentage.empty(), Percentage.empty());
    assertThat(empty.plus(mixpanelUnbounded())).isEqualTo(mixpanelUnbounded());
    // A cohort of nobody has empty rates, never NaN.
    CohortRetention quietDay = CohortRetention.builder(RetentionMode.N_DAY, 1).cohort("2024-12-25", 0, 0).build();
    assertThat(quietDay.rate("2024-12-25", 1).orElseThrow().value()).isEmpty();
    assertThat(quietDay.averageRate(1).isEmpty()).isTrue();
  }

  private static CohortRetention mixpanelUnbounded() {
    return CohortRetention.builder(RetentionMode.UNBOUNDED, 0, 7, 30).cohort("2024-01", 10, 8, 5, 5).build();
  }

  @Nested
  class Merging {
    @Test
    void sameLabelsAddAndNewOnesAreKeptInLabelOrder() {
      CohortRetention shardA = CohortRetention.builder(RetentionMode.N_DAY, 1, 2, 3)
          .cohort("2024-01-02", 6, 5, 4, 3)
          .cohort("2024-01-03", 10, 9, 6, 4)
          .build();
      CohortRetention shardB = CohortRetention.builder(RetentionMode.N_DAY, 1, 2, 3)
          .cohort("2024-01-02", 4, 4, 3, 3)
          .cohort("2024-01-01", 2, 2, 1, 2)
          .build();
      assertThat(shardA.plus(shardB)).isEqualTo(mixpanel());
      assertThat(shardB.plus(shardA)).isEqualTo(mixpanel());
      assertThat(shardA.plus(shardB).cohorts()).extracting(CohortRetention.Cohort::label)
          .containsExactly("2024-01-01", "2024-01-02", "2024-01-03");
    }

    @Test
    void differentModesOrOffsetsRefuseToMerge() {
      assertThatThrownBy(() -> mixpanel().plus(CohortRetention.empty(RetentionMode.UNBOUNDED, 1, 2, 3)))
          .isExactlyInstanceOf(IncompatibleMergeException.class)
          .hasMessage("cannot merge CohortRetention with mode N_DAY and CohortRetention with mode UNBOUNDED: "
              + "the modes must be equal");
      assertThatThrownBy(() -> mixpanel().plus(CohortRetention.empty(RetentionMode.N_DAY, 1, 7, 30)))
          .isExactlyInstanceOf(IncompatibleMergeException.class)
          .hasMessage("cannot merge CohortRetention with offsets [1, 2, 3] and CohortRetention with offsets [1, 7, 30]: "
              + "the offsets must be equal");
      CohortRetention shorter = CohortRetention.builder(RetentionMode.N_DAY, 1, 2, 3).cohort("2024-01-01", 1, 1).build();
      assertThatThrownBy(() -> mixpanel().plus(shorter))
          .isExactlyInstanceOf(IncompatibleMergeException.class)
          .hasMessage("cannot merge cohort \"2024-01-01\" with observed offsets 3 and cohort \"2024-01-01\" "
              + "with observed offsets 1: the observed offsets must be equal");
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
    void offsets() {
      refused(() -> CohortRetention.builder(RetentionMode.N_DAY), "offsets",
          "offsets = []: must hold at least one period offset");
      refused(() -> CohortRetention.builder(RetentionMode.N_DAY, -1, 2), "offsets[0]", "offsets[0] = -1: must be ≥ 0");
      refused(() -> CohortRetention.builder(RetentionMode.N_DAY, 1, 3, 3), "offsets[2]",
          "offsets[2] = 3: must be greater than offsets[1] = 3");
      refused(() -> mixpanel().rate("2024-01-01", 4), "offset", "offset = 4: is not a column of this matrix, [1, 2, 3]");
      refused(() -> mixpanel().averageRate(0), "offset", "offset = 0: is not a column of this matrix, [1, 2, 3]");
      refused(() -> mixpanel().rate("2023-12-31", 1), "label", "label = \"2023-12-31\": is not a cohort of this matrix");
    }

    @Test
    void cohorts() {
      refused(() -> CohortRetention.builder(RetentionMode.N_DAY, 1, 2).cohort("a", 5, 6).build(),
          "cohorts[\"a\"].retained[0]", "cohorts[\"a\"].retained[0] = 6: must be ≤ the cohort size 5");
      refused(() -> CohortRetention.builder(RetentionMode.N_DAY, 1, 2).cohort("a", 5, 1, -1).build(),
          "cohorts[\"a\"].retained[1]", "cohorts[\"a\"].retained[1] = -1: must be ≥ 0");
      refused(() -> CohortRetention.builder(RetentionMode.N_DAY, 1, 2).cohort("a", -5).build(),
          "cohorts[\"a\"].size", "cohorts[\"a\"].size = -5: must be ≥ 0");
      refused(() -> CohortRetention.builder(RetentionMode.N_DAY, 1, 2).cohort("a", 5, 1, 1, 1).build(),
          "cohorts[\"a\"].retained", "cohorts[\"a\"].retained = 3 cells: must have at most one cell per offset, 2");
      refused(() -> CohortRetention.builder(RetentionMode.N_DAY, 1).cohort(" ", 5).build(),
          "cohorts.label", "cohorts.label = \" \": must not be blank");
      // Regression: a label with an unpaired surrogate was accepted, and its binary serial form read
      // back as "a?" (UTF-8 has no form for a lone surrogate), another cohort's label.
      refused(() -> CohortRetention.builder(RetentionMode.N_DAY, 1).cohort("a\uD800", 5).build(),
          "cohorts.label", "cohorts.label = \"a\uD800\": must be valid Unicode text: it holds an unpaired surrogate char");
      assertThat(CohortRetention.builder(RetentionMode.N_DAY, 1).cohort("2024-01 \uD83D\uDE00", 5, 4).build()
          .cohorts().get(0).label()).isEqualTo("2024-01 😀");
      refused(() -> CohortRetention.builder(RetentionMode.N_DAY, 1).cohort("a", 5).cohort("a", 3).build(),
          "cohorts", "cohorts = \"a\": labels must be unique: this one is given twice");
      assertThatThrownBy(() -> CohortRetention.builder(RetentionMode.N_DAY, 1).cohort(null, 5))
          .isInstanceOf(NullPointerException.class).hasMessage("label");
      assertThatThrownBy(() -> CohortRetention.builder(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("mode");
    }

    @Test
    void unboundedRowsNeverIncrease() {
      // Mixpanel's first row [2, 1, 2] is n-day: in unbounded mode a customer retained at offset 3
      // was also retained at offset 2, so the row cannot rise again.
      refused(() -> CohortRetention.builder(RetentionMode.UNBOUNDED, 1, 2, 3).cohort("2024-01-01", 2, 2, 1, 2).build(),
          "cohorts[\"2024-01-01\"].retained[2]",
          "cohorts[\"2024-01-01\"].retained[2] = 2: must be ≤ retained[1] = 1: unbounded retention never increases");
      assertThat(CohortRetention.builder(RetentionMode.UNBOUNDED, 1, 2, 3).cohort("2024-01-01", 2, 2, 2, 1).build()
          .averageRate(2).value()).hasValue(100.0);
    }
  }

  @Nested
  class SerialForm {
    @Test
    void goldenBytes() {
      assertThat(toHex(mixpanel().toBytes())).isEqualTo(toHex(golden("cohort-retention-v1.hex")));
      assertThat(CohortRetention.fromBytes(golden("cohort-retention-v1.hex"))).isEqualTo(mixpanel());
      // Empty n-day matrix with offset 0: header, mode 1, 1 offset, 0, no cohorts.
      assertThat(CohortRetention.empty(RetentionMode.N_DAY, 0).toBytes()).containsExactly(1, 10, 1, 1, 0, 0);
    }

    @Test
    void jsonShape() {
      Map<String, Object> shape = mixpanelUnbounded().toJsonShape();
      assertThat(shape).containsExactly(Map.entry("format", 1), Map.entry("kind", "cohort-retention"),
          Map.entry("mode", "unbounded"), Map.entry("offsets", List.of(0, 7, 30)),
          Map.entry("cohorts", List.of(Map.of("label", "2024-01", "size", 10L, "retained", List.of(8L, 5L, 5L)))));
      assertThat(CohortRetention.fromJsonShape(asParsedJson(shape))).isEqualTo(mixpanelUnbounded());
      assertThat(CohortRetention.fromJsonShape(asParsedJson(mixpanel().toJsonShape()))).isEqualTo(mixpanel());
    }

    @Test
    void invalidMatricesInSerialFormsAreRefused() {
      byte[] bytes = golden("cohort-retention-v1.hex");
      bytes[2] = 2; // unbounded: row [2, 1, 2] rises
      assertThatThrownBy(() -> CohortRetention.fromBytes(bytes))
          .isExactlyInstanceOf(SerialFormException.class)
          .hasMessage("cannot read cohort-retention: the serial form describes an invalid value: "
              + "cohorts[\"2024-01-01\"].retained[2] = 2: must be ≤ retained[1] = 1: unbounded retention never increases");
      bytes[2] = 7;
      assertThatThrownBy(() -> CohortRetention.fromBytes(bytes))
          .isExactlyInstanceOf(SerialFormException.class)
          .hasMessage("cannot read cohort-retention: the serial form describes an invalid value: "
              + "mode = 7: must be 1 (n-day) or 2 (unbounded)");
      Map<String, Object> shape = asParsedJson(mixpanel().toJsonShape());
      shape.put("mode", "rolling");
      assertThatThrownBy(() -> CohortRetention.fromJsonShape(shape))
          .isExactlyInstanceOf(SerialFormException.class)
          .hasMessage("cannot read cohort-retention: the JSON shape describes an invalid value: "
              + "mode = \"rolling\": must be one of \"n-day\", \"unbounded\"");
      shape.put("mode", "n-day");
      shape.put("cohorts", List.of(Map.of("label", "x", "size", 1, "retained", List.of(1.5))));
      assertThatThrownBy(() -> CohortRetention.fromJsonShape(shape))
          .isExactlyInstanceOf(SerialFormException.class)
          .hasMessage("cannot read cohort-retention: cohorts[0].retained[0] = 1.5: must be a whole number");
    }
  }
}
