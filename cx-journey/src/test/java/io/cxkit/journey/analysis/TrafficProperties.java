package io.cxkit.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the traffic analysis over random walks through the small shop: visitors never
 * exceed customers or events, conversions never exceed visitors, a stage's visitors lie between
 * its busiest touchpoint's and their sum, and merging partitions split by customer equals the
 * whole.
 */
class TrafficProperties {
  private static final JourneyMap MAP = ExitShop.map();
  private static final TrafficDefinition GOAL = TrafficDefinition.builder(MAP)
      .goal(EventMatch.builder().touchpoints("order-confirmation").kinds(EventKind.PURCHASE)
          .build())
      .build();

  record Step(int customer, int touchpoint, EventKind kind, int seconds) {}

  @Provide
  Arbitrary<List<JourneyEvent>> walks() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 9),
        Arbitraries.integers().between(0, MAP.touchpoints().size() - 1),
        Arbitraries.of(EventKind.VIEW, EventKind.VIEW, EventKind.PURCHASE),
        Arbitraries.integers().between(0, 600)).as(Step::new);
    return step.list().ofMaxSize(80).map(steps -> {
      List<JourneyEvent> events = new ArrayList<>();
      long seconds = 0;
      for (Step s : steps) {
        seconds += s.seconds();
        events.add(JourneyEvent.of("c" + s.customer(), MAP.touchpoints().get(s.touchpoint()).id(),
            ExitShop.T0.plusSeconds(seconds), s.kind()));
      }
      return events;
    });
  }

  @Property(tries = 300)
  void countsStayWithinTheirBounds(@ForAll("walks") List<JourneyEvent> events) {
    TrafficResult result = TrafficAnalyzer.of(GOAL).acceptAll(events.iterator()).result();
    Set<String> customers = new HashSet<>();
    events.forEach(e -> customers.add(e.customerId()));

    assertThat(result.customers()).isEqualTo(customers.size());
    long allEvents = 0;
    for (TrafficTouchpoint t : result.touchpoints()) {
      assertThat(t.visitors()).isLessThanOrEqualTo(result.customers())
          .isLessThanOrEqualTo(t.events());
      assertThat(t.converted()).isLessThanOrEqualTo(t.visitors())
          .isLessThanOrEqualTo(result.converted());
      allEvents += t.events();
    }
    assertThat(allEvents).isEqualTo(events.size());
    for (TrafficStage s : result.stages()) {
      long most = 0;
      long sum = 0;
      long events2 = 0;
      for (TrafficTouchpoint t : result.touchpoints()) {
        if (t.stage().equals(s.stage())) {
          most = Math.max(most, t.visitors());
          sum += t.visitors();
          events2 += t.events();
        }
      }
      assertThat(s.visitors()).isBetween(most, Math.min(sum, result.customers()));
      assertThat(s.events()).isEqualTo(events2);
      assertThat(s.converted()).isLessThanOrEqualTo(s.visitors());
    }
    // The goal touchpoint: everyone who purchased there visited it, so its conversions are the
    // converted customers.
    assertThat(result.touchpoint("order-confirmation").converted())
        .isEqualTo(result.converted());
  }

  @Property(tries = 300)
  void mergingPartitionsByCustomerEqualsTheWhole(@ForAll("walks") List<JourneyEvent> events,
      @ForAll int split) {
    TrafficAnalyzer whole = TrafficAnalyzer.of(GOAL);
    TrafficAnalyzer left = TrafficAnalyzer.of(GOAL);
    TrafficAnalyzer right = TrafficAnalyzer.of(GOAL);
    for (JourneyEvent event : events) {
      whole.accept(event);
      boolean inLeft = Math.floorMod(event.customerId().hashCode() * 31 + split, 3) == 0;
      (inLeft ? left : right).accept(event);
    }
    assertThat(left.result().plus(right.result())).isEqualTo(whole.result());
    assertThat(right.result().plus(left.result())).isEqualTo(whole.result());
  }
}
