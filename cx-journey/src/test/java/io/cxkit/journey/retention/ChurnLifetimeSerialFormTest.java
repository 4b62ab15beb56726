package io.cxkit.journey.retention;

import static io.cxkit.journey.ShapeFixtures.JSON;
import static io.cxkit.journey.ShapeFixtures.changed;
import static io.cxkit.journey.ShapeFixtures.copy;
import static io.cxkit.journey.ShapeFixtures.fixture;
import static io.cxkit.journey.ShapeFixtures.read;
import static io.cxkit.journey.ShapeFixtures.throughText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON shapes of {@link ChurnResult} and {@link LifetimeResult}: golden text, round trip, refusals. */
class ChurnLifetimeSerialFormTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> period(Map<String, Object> shape, int i) {
    return (Map<String, Object>) ((List<Object>) shape.get("total")).get(i);
  }

  @Test
  void churnWritesTheGoldenShapeAndReadsItBack() throws IOException {
    // The golden file holds ChurnAnalyzerTest's hand-counted months: Jan S 2 L 0 N 2 E 4, Feb
    // 4 1 0 3 with f (persona p2) acquired and lost, Mar 3 1 1 3, Apr 3 0 0 3, and persona p1 and
    // p2 as counted there.
    ChurnResult result = ChurnAnalyzerTest.subscriptionResult();
    Map<String, Object> golden = read(fixture("churn.json"));
    assertThat(throughText(result.toJsonShape())).isEqualTo(golden);
    assertThat(ChurnResult.fromJsonShape(golden, ChurnShop.subscriptionChurn())).isEqualTo(result);
  }

  @Test
  void lifetimesWriteTheGoldenShapeAndReadItBack() throws IOException {
    // LifetimeAnalyzerTest's durations: 10, 41 churned; 59, 101, 142 censored; 150.5 churned.
    LifetimeResult result = LifetimeAnalyzerTest.subscriptionResult();
    Map<String, Object> golden = read(fixture("lifetimes.json"));
    assertThat(throughText(result.toJsonShape())).isEqualTo(golden);
    assertThat(LifetimeResult.fromJsonShape(golden, ChurnShop.subscriptionLifetimes()))
        .isEqualTo(result);
  }

  @Test
  void churnRefusesBadShapes() throws IOException {
    Map<String, Object> golden = read(fixture("churn.json"));
    ChurnDefinition definition = ChurnShop.subscriptionChurn();
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden,
        s -> period(s, 1).put("lost", 5)), definition))
        .isInstanceOf(SerialFormException.class).hasMessageContaining("total[1]")
        .hasMessageContaining("impossible counts").hasMessageContaining("lost");
    // E below S − L + N: cx-core allows it (new customers lost again), but this analysis counts
    // those apart, in acquiredAndLost, so a shape with such a gap was not written by it.
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden, s -> {
      period(s, 0).put("atEnd", 3);
      period(s, 1).put("atStart", 3);
      period(s, 1).put("lost", 0);
    }), definition)).isInstanceOf(SerialFormException.class)
        .hasMessageContaining("total[0]").hasMessageContaining("acquiredAndLost");
    // February's S must be January's E (4): 5 with one more lost keeps February possible alone.
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden, s -> {
      period(s, 1).put("atStart", 5);
      period(s, 1).put("lost", 2);
    }), definition)).isInstanceOf(SerialFormException.class)
        .hasMessageContaining("total[1]").hasMessageContaining("previous period's atEnd, 4");
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden,
        s -> period(s, 1).put("acquiredAndLost", -1)), definition))
        .isInstanceOf(SerialFormException.class).hasMessageContaining("acquiredAndLost");
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden, s -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> groups = (Map<String, Object>) s.get("groups");
      @SuppressWarnings("unchecked")
      Map<String, Object> february = (Map<String, Object>) ((List<Object>) groups.get("p1")).get(1);
      february.put("acquiredAndLost", 1);
    }), definition)).isInstanceOf(SerialFormException.class)
        .hasMessageContaining("acquiredAndLost add up to more");
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden,
        s -> period(s, 0).put("label", "January")), definition))
        .isInstanceOf(SerialFormException.class).hasMessageContaining("total[0].label");
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden,
        s -> period(s, 2).put("start", "2026-03-02")), definition))
        .isInstanceOf(SerialFormException.class).hasMessageContaining("total[2].start");
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden,
        s -> ((List<?>) s.get("total")).remove(3)), definition))
        .isInstanceOf(SerialFormException.class).hasMessageContaining("has 3 periods");
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden, s -> s.put("extra", 1)),
        definition)).isInstanceOf(SerialFormException.class).hasMessageContaining("extra");
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden,
        s -> s.put("kind", "lifetimes")), definition))
        .isInstanceOf(SerialFormException.class).hasMessageContaining("kind");
    // A group with more customers than the total: p2 copied over p1 three times over.
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden, s -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> groups = (Map<String, Object>) s.get("groups");
      groups.put("p3", copy(groups.get("p1")));
    }), definition)).isInstanceOf(SerialFormException.class)
        .hasMessageContaining("one group at most");
    // Another definition: the same rule with weekly periods, or another rule.
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(golden,
        ChurnShop.monthly(ChurnShop.SUBSCRIPTIONS).build()))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("grouping");
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(golden,
        ChurnShop.monthly(ChurnShop.INACTIVITY).groups("persona", ChurnShop.PERSONAS).build()))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("rule");
    assertThatThrownBy(() -> ChurnResult.fromJsonShape(changed(golden, s -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> rule = (Map<String, Object>) s.get("rule");
      rule.put("type", "cancellations");
    }), definition)).isInstanceOf(SerialFormException.class).hasMessageContaining("rule.type");
  }

  @Test
  void lifetimesRefuseBadShapes() throws IOException {
    Map<String, Object> golden = read(fixture("lifetimes.json"));
    LifetimeDefinition definition = ChurnShop.subscriptionLifetimes();
    assertThatThrownBy(() -> LifetimeResult.fromJsonShape(changed(golden, s -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> total = (Map<String, Object>) s.get("total");
      total.put("times", List.of(10.0, 41.0, 41.0, 101.0, 142.0, 150.5));
    }), definition)).isInstanceOf(SerialFormException.class).hasMessageContaining("total");
    assertThatThrownBy(() -> LifetimeResult.fromJsonShape(changed(golden,
        s -> s.put("unit", "weeks")), definition))
        .isInstanceOf(SerialFormException.class).hasMessageContaining("unit");
    assertThatThrownBy(() -> LifetimeResult.fromJsonShape(changed(golden, s -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> groups = (Map<String, Object>) s.get("groups");
      groups.put("p3", copy(s.get("total")));
    }), definition)).isInstanceOf(SerialFormException.class)
        .hasMessageContaining("one group at most");
    // p1's 41-day churn moved to 42 days: the sizes still add up (3 + 3 ≤ 6), but the total has
    // nobody at 42 days, so the group holds a lifetime no customer of the total has.
    assertThatThrownBy(() -> LifetimeResult.fromJsonShape(changed(golden, s -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> groups = (Map<String, Object>) s.get("groups");
      @SuppressWarnings("unchecked")
      Map<String, Object> p1 = (Map<String, Object>) groups.get("p1");
      p1.put("times", List.of(42.0, 101.0, 142.0));
    }), definition)).isInstanceOf(SerialFormException.class)
        .hasMessageContaining("groups.p1").hasMessageContaining("at 42.0 days");
    // p2's 10-day churn made censored: the total has one churned and no censored customer there.
    assertThatThrownBy(() -> LifetimeResult.fromJsonShape(changed(golden, s -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> groups = (Map<String, Object>) s.get("groups");
      @SuppressWarnings("unchecked")
      Map<String, Object> p2 = (Map<String, Object>) groups.get("p2");
      p2.put("events", List.of(0, 0, 1));
      p2.put("censored", List.of(1, 1, 0));
    }), definition)).isInstanceOf(SerialFormException.class)
        .hasMessageContaining("groups.p2").hasMessageContaining("at 10.0 days");
    assertThatThrownBy(() -> LifetimeResult.fromJsonShape(golden,
        ChurnShop.activityLifetimes())).isInstanceOf(IncompatibleMergeException.class);
  }
}
