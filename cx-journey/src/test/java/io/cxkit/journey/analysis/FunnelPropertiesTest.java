package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.FunnelFixtures.T0;
import static io.cxkit.journey.analysis.FunnelFixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants over random journeys: counts never increase along the steps, shares of a step add up
 * to 100 %, the result does not depend on how customers interleave, and the merge of partitions
 * split by customer equals the whole, also when each partition goes through its JSON text.
 */
class FunnelPropertiesTest {
  private static final JourneyMap MAP = shop();
  private static final EventKind[] KINDS = EventKind.values();

  /** product-page → stage purchase → order-confirmation with kind purchase, within 60 min. */
  private static FunnelDefinition definition(FunnelMode mode) {
    return FunnelDefinition.builder("random", MAP).touchpoint("product-page").stage("purchase")
        .step(FunnelStep.touchpoint("order-confirmation", EventKind.PURCHASE).named("purchased"))
        .window(Duration.ofHours(1)).mode(mode).build();
  }

  /** A journey of one customer: (touchpoint, kind, minutes since the previous event) triples. */
  record Step(int touchpoint, int kind, int gapMinutes) {}

  @Provide
  Arbitrary<List<List<Step>>> journeys() {
    Arbitrary<Step> step = Combinators.combine(
        Arbitraries.integers().between(0, MAP.touchpoints().size() - 1),
        Arbitraries.integers().between(0, KINDS.length - 1),
        Arbitraries.integers().between(0, 45)).as(Step::new);
    return step.list().ofMaxSize(12).list().ofMaxSize(30);
  }

  /** Each customer's events in time order, customers one after the other. */
  private static List<JourneyEvent> byCustomer(List<List<Step>> journeys, int part, int parts) {
    List<JourneyEvent> events = new ArrayList<>();
    for (int c = 0; c < journeys.size(); c++) {
      if (c % parts != part) {
        continue;
      }
      long minutes = 0;
      for (Step s : journeys.get(c)) {
        minutes += s.gapMinutes();
        events.add(JourneyEvent.of("c" + c, MAP.touchpoints().get(s.touchpoint()).id(),
            T0.plus(Duration.ofMinutes(minutes)), KINDS[s.kind()]));
      }
    }
    return events;
  }

  private static List<JourneyEvent> interleaved(List<List<Step>> journeys) {
    List<JourneyEvent> events = new ArrayList<>(byCustomer(journeys, 0, 1));
    events.sort(Comparator.comparing(JourneyEvent::at)); // stable: a customer's order is kept
    return events;
  }

  private static FunnelResult count(FunnelMode mode, List<JourneyEvent> events) {
    FunnelAnalyzer analyzer = FunnelAnalyzer.of(definition(mode));
    analyzer.acceptAll(events.iterator());
    return analyzer.result();
  }

  @Property(tries = 150)
  void countsNeverIncreaseAlongTheSteps(@ForAll("journeys") List<List<Step>> journeys,
      @ForAll FunnelMode mode) {
    FunnelResult result = count(mode, interleaved(journeys));

    assertThat(result.customersAt(0)).isLessThanOrEqualTo(result.entered());
    if (mode != FunnelMode.ANY_ORDER) {
      assertThat(result.customersAt(0)).isEqualTo(result.entered());
    }
    for (int s = 1; s < result.definition().stepCount(); s++) {
      assertThat(result.customersAt(s)).isLessThanOrEqualTo(result.customersAt(s - 1));
    }
    assertThat(result.entered()).isLessThanOrEqualTo(journeys.size());
    assertThat(result.timeToConvert().count())
        .isEqualTo(result.customersAt(result.definition().stepCount() - 1));
  }

  @Property(tries = 150)
  void reachedAndDroppedOffAddUpToTheWholeOfThePreviousStep(
      @ForAll("journeys") List<List<Step>> journeys, @ForAll FunnelMode mode) {
    for (FunnelStepResult step : count(mode, interleaved(journeys)).steps()) {
      // fromPrevious + dropOffShare = 100 %: the same n, successes adding up to it.
      assertThat(step.fromPrevious().n()).isEqualTo(step.dropOffShare().n());
      assertThat(step.fromPrevious().successes() + step.dropOffShare().successes())
          .isEqualTo(step.fromPrevious().n());
      if (step.fromPrevious().n() > 0) {
        assertThat(step.fromPrevious().value().getAsDouble()
            + step.dropOffShare().value().getAsDouble()).isCloseTo(100.0,
                org.assertj.core.api.Assertions.within(1e-9));
      }
    }
  }

  @Property(tries = 150)
  void howCustomersInterleaveDoesNotMatter(@ForAll("journeys") List<List<Step>> journeys,
      @ForAll FunnelMode mode) {
    assertThat(count(mode, interleaved(journeys)))
        .isEqualTo(count(mode, byCustomer(journeys, 0, 1)));
  }

  @Property(tries = 150)
  void theMergeOfPartitionsByCustomerEqualsTheWhole(
      @ForAll("journeys") List<List<Step>> journeys, @ForAll FunnelMode mode) {
    FunnelResult whole = count(mode, byCustomer(journeys, 0, 1));
    FunnelResult merged = count(mode, byCustomer(journeys, 0, 3))
        .plus(count(mode, byCustomer(journeys, 1, 3)))
        .plus(count(mode, byCustomer(journeys, 2, 3)));

    assertThat(merged).isEqualTo(whole);
  }

  @Property(tries = 100)
  void channelGroupsShareOutTheCustomersAndMergeByCustomer(
      @ForAll("journeys") List<List<Step>> journeys, @ForAll FunnelMode mode) {
    FunnelBreakdown whole = breakdown(mode, byCustomer(journeys, 0, 1));

    assertThat(whole.total()).isEqualTo(count(mode, byCustomer(journeys, 0, 1)));
    // Every customer who entered started an attempt somewhere: the groups' shares of the
    // customers who entered sum to 100 %.
    long entered = 0;
    long[] atSteps = new long[whole.definition().stepCount()];
    for (FunnelResult group : whole.groups().values()) {
      entered += group.entered();
      for (int s = 0; s < atSteps.length; s++) {
        atSteps[s] += group.customersAt(s);
      }
    }
    assertThat(entered).isEqualTo(whole.total().entered());
    for (int s = 0; s < atSteps.length; s++) {
      assertThat(atSteps[s]).isEqualTo(whole.total().customersAt(s));
    }
    FunnelBreakdown merged = breakdown(mode, byCustomer(journeys, 0, 2))
        .plus(breakdown(mode, byCustomer(journeys, 1, 2)));
    assertThat(merged).isEqualTo(whole);
  }

  @Property(tries = 100)
  void aResultReadFromItsJsonTextEqualsTheResult(@ForAll("journeys") List<List<Step>> journeys,
      @ForAll FunnelMode mode) throws Exception {
    FunnelResult result = count(mode, interleaved(journeys));

    assertThat(FunnelResult.fromJsonShape(throughJson(result.toJsonShape()), definition(mode)))
        .isEqualTo(result);
  }

  @Property(tries = 100)
  void partitionsWrittenAndReadBackAddUpToTheWhole(@ForAll("journeys") List<List<Step>> journeys,
      @ForAll FunnelMode mode) throws Exception {
    FunnelDefinition definition = definition(mode);
    FunnelResult left = FunnelResult.fromJsonShape(
        throughJson(count(mode, byCustomer(journeys, 0, 2)).toJsonShape()), definition);
    FunnelResult right = FunnelResult.fromJsonShape(
        throughJson(count(mode, byCustomer(journeys, 1, 2)).toJsonShape()), definition);

    assertThat(left.plus(right)).isEqualTo(count(mode, byCustomer(journeys, 0, 1)));
  }

  @Property(tries = 60)
  void breakdownsWrittenAndReadBackEqualThemselvesAndAddUpToTheWhole(
      @ForAll("journeys") List<List<Step>> journeys, @ForAll FunnelMode mode) throws Exception {
    FunnelDefinition definition = definition(mode);
    FunnelBreakdown whole = breakdown(mode, byCustomer(journeys, 0, 1));
    FunnelBreakdown left = FunnelBreakdown.fromJsonShape(
        throughJson(breakdown(mode, byCustomer(journeys, 0, 2)).toJsonShape()), definition,
        "channel");
    FunnelBreakdown right = FunnelBreakdown.fromJsonShape(
        throughJson(breakdown(mode, byCustomer(journeys, 1, 2)).toJsonShape()), definition,
        "channel");

    assertThat(FunnelBreakdown.fromJsonShape(throughJson(whole.toJsonShape()), definition,
        "channel")).isEqualTo(whole);
    assertThat(left.plus(right)).isEqualTo(whole);
  }

  /** The shape as JSON text and back, as another process would read it: numbers become Integer/Long/Double. */
  static Map<String, Object> throughJson(Map<String, Object> shape) throws Exception {
    ObjectMapper json = new ObjectMapper();
    return json.readValue(json.writeValueAsString(shape), new TypeReference<Map<String, Object>>() {});
  }

  private static FunnelBreakdown breakdown(FunnelMode mode, List<JourneyEvent> events) {
    FunnelBreakdownAnalyzer analyzer =
        FunnelBreakdownAnalyzer.of(definition(mode), FunnelGrouping.byFirstChannel());
    analyzer.acceptAll(events.iterator());
    return analyzer.result();
  }
}
