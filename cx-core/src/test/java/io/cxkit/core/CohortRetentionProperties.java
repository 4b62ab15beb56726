package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.stats.Percentage;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CohortRetentionProperties {
  private static final int[] OFFSETS = {0, 1, 2, 4};

  /** One cohort's row: a size, then {@code cells} retained counts, non-increasing in unbounded mode. */
  private static Arbitrary<long[]> row(RetentionMode mode, int cells) {
    return Arbitraries.longs().between(0, 500).flatMap(size -> Arbitraries.longs().between(0, size)
        .list().ofSize(cells).map(list -> {
          long[] r = new long[cells + 1];
          r[0] = size;
          List<Long> sorted = new java.util.ArrayList<>(list);
          if (mode == RetentionMode.UNBOUNDED) {
            sorted.sort(java.util.Comparator.reverseOrder());
          }
          for (int i = 0; i < cells; i++) {
            r[i + 1] = sorted.get(i);
          }
          return r;
        }));
  }

  private static final List<String> LABELS = List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05");

  /**
   * Matrices over a few monthly cohorts, each present or not. Cohort i has reached 4 − i offsets
   * (the newest none yet), as in every shard of one data set, so that shards merge.
   */
  static Arbitrary<CohortRetention> matrices(RetentionMode mode) {
    List<Arbitrary<long[]>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < LABELS.size(); i++) {
      rows.add(row(mode, OFFSETS.length - i));
    }
    return net.jqwik.api.Combinators.combine(rows).as(list -> list)
        .flatMap(list -> Arbitraries.integers().between(0, 31).map(mask -> {
          CohortRetention.Builder builder = CohortRetention.builder(mode, OFFSETS);
          for (int i = 0; i < LABELS.size(); i++) {
            if ((mask & (1 << i)) != 0) {
              long[] r = list.get(i);
              builder.cohort(LABELS.get(i), r[0], java.util.Arrays.copyOfRange(r, 1, r.length));
            }
          }
          return builder.build();
        }));
  }

  @Provide
  Arbitrary<CohortRetention> anyMatrix() {
    return Arbitraries.oneOf(matrices(RetentionMode.N_DAY), matrices(RetentionMode.UNBOUNDED));
  }

  @Provide
  Arbitrary<CohortRetention> nDay() {
    return matrices(RetentionMode.N_DAY);
  }

  @Property
  void everyRateLiesIn0To100(@ForAll("anyMatrix") CohortRetention matrix) {
    for (CohortRetention.Cohort cohort : matrix.cohorts()) {
      for (Percentage rate : cohort.rates()) {
        rate.value().ifPresent(v -> assertThat(v).isBetween(0.0, 100.0));
        rate.confidenceInterval(0.95).ifPresent(i -> {
          assertThat(i.lower()).isGreaterThanOrEqualTo(0.0);
          assertThat(i.upper()).isLessThanOrEqualTo(100.0);
          assertThat(i.contains(rate.value().getAsDouble())).isTrue();
        });
      }
    }
    for (Percentage average : matrix.averageCurve()) {
      average.value().ifPresent(v -> assertThat(v).isBetween(0.0, 100.0));
    }
  }

  @Property
  void unboundedAverageCurvesOfCompleteRowsNeverIncrease(@ForAll("unbounded") CohortRetention matrix) {
    // With every cohort observed at every offset, the pooled curve is a sum of non-increasing rows.
    CohortRetention complete = CohortRetention.empty(RetentionMode.UNBOUNDED, OFFSETS);
    for (CohortRetention.Cohort c : matrix.cohorts()) {
      if (c.observed() == OFFSETS.length) {
        complete = complete.plus(CohortRetention.builder(RetentionMode.UNBOUNDED, OFFSETS)
            .cohort(c.label(), c.size(), c.retained()).build());
      }
    }
    List<Percentage> curve = complete.averageCurve();
    for (int i = 1; i < curve.size(); i++) {
      assertThat(curve.get(i).successes()).isLessThanOrEqualTo(curve.get(i - 1).successes());
    }
  }

  @Provide
  Arbitrary<CohortRetention> unbounded() {
    return matrices(RetentionMode.UNBOUNDED);
  }

  @Property
  void plusIsCommutativeAndAssociative(@ForAll("nDay") CohortRetention a, @ForAll("nDay") CohortRetention b,
      @ForAll("nDay") CohortRetention c) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void mergedAveragesArePooledCounts(@ForAll("nDay") CohortRetention a, @ForAll("nDay") CohortRetention b) {
    CohortRetention sum = a.plus(b);
    List<Percentage> left = a.averageCurve();
    List<Percentage> right = b.averageCurve();
    List<Percentage> both = sum.averageCurve();
    for (int i = 0; i < OFFSETS.length; i++) {
      assertThat(both.get(i)).isEqualTo(left.get(i).plus(right.get(i)));
    }
  }

  @Property
  void serialFormsRoundTrip(@ForAll("anyMatrix") CohortRetention matrix) {
    assertThat(CohortRetention.fromBytes(matrix.toBytes())).isEqualTo(matrix);
    assertThat(CohortRetention.fromJsonShape(SerialForms.asParsedJson(matrix.toJsonShape()))).isEqualTo(matrix);
  }
}
