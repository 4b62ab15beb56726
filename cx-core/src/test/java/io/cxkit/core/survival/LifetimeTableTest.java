package io.cxkit.core.survival;

import static io.cxkit.core.SerialForms.asParsedJson;
import static io.cxkit.core.SerialForms.golden;
import static io.cxkit.core.SerialForms.toHex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.SerialFormException;
import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifetimeTableTest {
  /** The first rows of the 6-MP group: 6, 6, 6, 6+, 7, 9+. */
  private static final LifetimeTable FIRST_ROWS =
      LifetimeTable.of(new double[] {6, 7, 9}, new long[] {3, 1, 0}, new long[] {1, 0, 1});

  @Test
  void rowsFromPairs() {
    LifetimeTable mp = Freireich.mp();
    assertThat(mp.size()).isEqualTo(21);
    assertThat(mp.totalEvents()).isEqualTo(9);
    // 6, 7, 9, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 34, 35: 16 distinct durations.
    assertThat(mp.rows()).isEqualTo(16);
    assertThat(mp.time(0)).isEqualTo(6.0);
    assertThat(mp.events(0)).isEqualTo(3);
    assertThat(mp.censored(0)).isEqualTo(1);
    assertThat(mp.largestTime()).hasValue(35.0);
    assertThat(LifetimeTable.ofDurations(new double[] {6, 9, 7, 6, 6, 6}, new boolean[] {true, false, true, true, false, true}))
        .isEqualTo(FIRST_ROWS);
    assertThat(FIRST_ROWS).hasToString("LifetimeTable{customers=6, events=4, rows=[6.0: 3+1, 7.0: 1+0, 9.0: 0+1]}");
  }

  @Test
  void plusMergesRowsByTime() {
    LifetimeTable a = LifetimeTable.of(new double[] {6, 9}, new long[] {2, 0}, new long[] {0, 1});
    LifetimeTable b = LifetimeTable.of(new double[] {6, 7}, new long[] {1, 1}, new long[] {1, 0});
    assertThat(a.plus(b)).isEqualTo(FIRST_ROWS);
    assertThat(b.plus(a)).isEqualTo(FIRST_ROWS);
    assertThat(a.plus(LifetimeTable.empty())).isSameAs(a);
    LifetimeAccumulator acc = new LifetimeAccumulator().merge(a).merge(b);
    assertThat(acc.snapshot()).isEqualTo(FIRST_ROWS);
    assertThat(acc.total()).isEqualTo(6);
  }

  @Test
  void canonicalRows() {
    // Zero rows are dropped and −0.0 is 0.0, so equal data give equal tables.
    LifetimeTable table = LifetimeTable.of(new double[] {-0.0, 1, 2}, new long[] {1, 0, 2}, new long[] {0, 0, 0});
    assertThat(table).isEqualTo(LifetimeTable.of(new double[] {0, 2}, new long[] {1, 2}, new long[] {0, 0}));
    assertThat(LifetimeTable.of(new double[] {1}, new long[] {0}, new long[] {0})).isSameAs(LifetimeTable.empty());
    assertThat(new LifetimeAccumulator().add(-0.0, true).add(0.0, true).snapshot())
        .isEqualTo(LifetimeTable.of(new double[] {0}, new long[] {2}, new long[] {0}));
  }

  @Test
  void badDurationsAreRefusedAndNothingIsRecorded() {
    LifetimeAccumulator acc = new LifetimeAccumulator().add(3, true);
    assertThatThrownBy(() -> acc.add(-1, true)).isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("duration = -1.0: a duration must be a finite number ≥ 0");
    assertThatThrownBy(() -> acc.add(Double.NaN, false)).isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("duration = NaN: a duration must be a finite number ≥ 0");
    assertThatThrownBy(() -> acc.addAll(new double[] {1, 2, Double.POSITIVE_INFINITY}, new boolean[3]))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("durations[2] = Infinity: a duration must be a finite number ≥ 0");
    assertThatThrownBy(() -> acc.addAll(new double[] {1, 2}, new boolean[3]))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("churned = 3 flags: must have one flag per duration, 2");
    assertThat(acc.total()).isEqualTo(1);
    assertThat(acc.snapshot()).isEqualTo(LifetimeTable.of(new double[] {3}, new long[] {1}, new long[] {0}));
    assertThatThrownBy(() -> acc.merge(acc)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot merge itself");
  }

  @Test
  void badRowsAreRefused() {
    assertThatThrownBy(() -> LifetimeTable.of(new double[] {2, 1}, new long[] {1, 1}, new long[] {0, 0}))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("times[1] = 1.0: must be greater than times[0] = 2.0");
    assertThatThrownBy(() -> LifetimeTable.of(new double[] {-2}, new long[] {1}, new long[] {0}))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("times[0] = -2.0: a duration must be a finite number ≥ 0");
    assertThatThrownBy(() -> LifetimeTable.of(new double[] {2}, new long[] {-1}, new long[] {0}))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("events[0] = -1: must be ≥ 0");
    assertThatThrownBy(() -> LifetimeTable.of(new double[] {2}, new long[] {1, 2}, new long[] {0}))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("rows = 1 times, 2 events, 1 censored: times, events and censored must have one entry per row");
    assertThatThrownBy(() -> LifetimeTable.of(new double[] {1, 2}, new long[] {Long.MAX_VALUE, 1}, new long[] {0, 0}))
        .isInstanceOf(CountOverflowException.class);
  }

  @Test
  void accumulatorGrowsWithDistinctDurationsOnly() {
    LifetimeAccumulator acc = new LifetimeAccumulator();
    for (int i = 0; i < 10_000; i++) {
      acc.add(i % 500, i % 3 == 0);
    }
    LifetimeTable table = acc.snapshot();
    assertThat(table.rows()).isEqualTo(500);
    assertThat(table.size()).isEqualTo(10_000);
    assertThat(acc).hasToString("LifetimeAccumulator{customers=10000, distinctDurations=500}");
    acc.reset();
    assertThat(acc.snapshot()).isSameAs(LifetimeTable.empty());
  }

  @Test
  void goldenBytes() {
    assertThat(toHex(FIRST_ROWS.toBytes())).isEqualTo(toHex(golden("lifetime-table-v1.hex")));
    assertThat(LifetimeTable.fromBytes(golden("lifetime-table-v1.hex"))).isEqualTo(FIRST_ROWS);
    assertThat(LifetimeTable.empty().toBytes()).containsExactly(1, 11, 0);
  }

  @Test
  void jsonShape() {
    Map<String, Object> shape = FIRST_ROWS.toJsonShape();
    assertThat(shape).containsExactly(Map.entry("format", 1), Map.entry("kind", "lifetime-table"),
        Map.entry("times", List.of(6.0, 7.0, 9.0)), Map.entry("events", List.of(3L, 1L, 0L)),
        Map.entry("censored", List.of(1L, 0L, 1L)));
    assertThat(LifetimeTable.fromJsonShape(asParsedJson(shape))).isEqualTo(FIRST_ROWS);
    // Whole-valued times may come back from a JSON library as integers.
    Map<String, Object> parsed = asParsedJson(shape);
    parsed.put("times", List.of(6, 7, 9));
    assertThat(LifetimeTable.fromJsonShape(parsed)).isEqualTo(FIRST_ROWS);
  }

  @Test
  void invalidSerialForms() {
    byte[] bytes = new SerialWriter(SerialKind.LIFETIME_TABLE).writeCount(1).writeDouble(Double.NaN)
        .writeCount(1).writeCount(0).toByteArray();
    assertThatThrownBy(() -> LifetimeTable.fromBytes(bytes)).isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read lifetime-table: the serial form describes an invalid value: "
            + "times[0] = NaN: a duration must be a finite number ≥ 0");
    // 200 rows claimed in a 3-byte payload: refused before anything is allocated.
    assertThatThrownBy(() -> LifetimeTable.fromBytes(new byte[] {1, 11, (byte) 0xc8, 1, 0}))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessageStartingWith("cannot read lifetime-table: rows = 200 at offset 2 is more than");
    Map<String, Object> shape = asParsedJson(FIRST_ROWS.toJsonShape());
    shape.put("times", List.of(6.0, "7", 9.0));
    assertThatThrownBy(() -> LifetimeTable.fromJsonShape(shape)).isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read lifetime-table: times[1] = \"7\": must be a finite number");
  }
}
