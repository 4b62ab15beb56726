package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.FunnelFixtures.at;
import static io.cxkit.journey.analysis.FunnelFixtures.checkout;
import static io.cxkit.journey.analysis.FunnelFixtures.minutes;
import static io.cxkit.journey.analysis.FunnelFixtures.shop;
import static io.cxkit.journey.analysis.FunnelFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-counted funnels in each mode; each test writes the customers' events and the counts. */
class FunnelAnalyzerTest {

  private static FunnelResult run(FunnelDefinition definition, List<JourneyEvent> events) {
    FunnelAnalyzer analyzer = FunnelAnalyzer.of(definition);
    analyzer.acceptAll(events.iterator());
    return analyzer.result();
  }

  private static long[] counts(FunnelResult result) {
    long[] out = new long[result.definition().stepCount()];
    for (int s = 0; s < out.length; s++) {
      out[s] = result.customersAt(s);
    }
    return out;
  }

  private static double micros(Duration d) {
    return d.getSeconds() * 1e6 + d.getNano() / 1e3;
  }

  @Test
  void inOrderCountsStepsConversionDropOffAndTimeToConvert() {
    // Steps product-page → cart → checkout → purchased, window 60 min. Minutes after T0:
    //   c1: product-page 0, cart 5, checkout 10, order-confirmation view 12, purchase 15 → 4 steps
    //       (the view does not count: the step asks for purchase), converted in 15 min
    //   c2: product-page 0, help-center 2, cart 3 → 2 steps (other events between are allowed)
    //   c3: cart 0, checkout 1 → never entered: no product-page
    //   c4: product-page 0, cart 10, checkout 70 → 2 steps: checkout is 70 > 60 min after start
    //   c5: product-page 0, cart 10, then (window over) product-page 100, cart 105, checkout 110,
    //       purchase 120 → the second attempt converts, in 120 − 100 = 20 min
    //   c6: product-page 0, purchase 5 → 1 step: a step cannot be skipped
    List<JourneyEvent> events = List.of(
        view("c1", "product-page", 0), view("c2", "product-page", 0), view("c4", "product-page", 0),
        view("c5", "product-page", 0), view("c6", "product-page", 0), view("c3", "cart", 0),
        view("c3", "checkout", 1), view("c2", "help-center", 2), view("c2", "cart", 3),
        view("c1", "cart", 5), at("c6", "order-confirmation", 5, EventKind.PURCHASE),
        view("c1", "checkout", 10), view("c4", "cart", 10), view("c5", "cart", 10),
        view("c1", "order-confirmation", 12), at("c1", "order-confirmation", 15, EventKind.PURCHASE),
        view("c4", "checkout", 70), view("c5", "product-page", 100), view("c5", "cart", 105),
        view("c5", "checkout", 110), at("c5", "order-confirmation", 120, EventKind.PURCHASE));

    FunnelResult result = run(checkout().build(), events);

    // entered: c1, c2, c4, c5, c6 = 5; product-page 5; cart c1 c2 c4 c5 = 4; checkout c1 c5 = 2;
    // purchased c1 c5 = 2.
    assertThat(result.entered()).isEqualTo(5);
    assertThat(counts(result)).containsExactly(5, 4, 2, 2);
    List<FunnelStepResult> steps = result.steps();
    // From previous: 5/5, 4/5 = 80 %, 2/4 = 50 %, 2/2 = 100 %; from first: 100, 80, 40, 40 %.
    assertThat(steps).extracting(FunnelStepResult::fromPrevious).containsExactly(
        Percentage.of(5, 5), Percentage.of(4, 5), Percentage.of(2, 4), Percentage.of(2, 2));
    assertThat(steps).extracting(FunnelStepResult::fromFirst).containsExactly(
        Percentage.of(5, 5), Percentage.of(4, 5), Percentage.of(2, 5), Percentage.of(2, 5));
    // Drop-off: 5 − 5 = 0, 5 − 4 = 1, 4 − 2 = 2, 2 − 2 = 0.
    assertThat(steps).extracting(FunnelStepResult::dropOff).containsExactly(0L, 1L, 2L, 0L);
    assertThat(steps.get(2).dropOffShare()).isEqualTo(Percentage.of(2, 4));
    assertThat(result.conversion()).isEqualTo(Percentage.of(2, 5));
    assertThat(result.conversion().value().getAsDouble()).isEqualTo(40.0);

    // Time to convert: c1 15 min, c5 20 min. Nearest rank: median = 1st of 2 (⌈0.5·2⌉ = 1),
    // upper quartile = 2nd (⌈0.75·2⌉ = 2); each within 1/128 of the exact value.
    DurationHistogram time = result.timeToConvert();
    assertThat(time.count()).isEqualTo(2);
    assertThat(time.min()).contains(minutes(15));
    assertThat(time.max()).contains(minutes(20));
    assertThat(micros(time.median().orElseThrow()))
        .isCloseTo(900e6, within(900e6 * DurationHistogram.RELATIVE_ERROR));
    assertThat(micros(time.upperQuartile().orElseThrow()))
        .isCloseTo(1200e6, within(1200e6 * DurationHistogram.RELATIVE_ERROR));
    // Time to the cart, from the attempt that first reached it: c1 5, c2 3, c4 10, c5 10 min.
    DurationHistogram toCart = steps.get(1).timeFromStart();
    assertThat(toCart.count()).isEqualTo(4);
    assertThat(toCart.min()).contains(minutes(3));
    assertThat(toCart.max()).contains(minutes(10));
    // The first step is where an attempt starts: 0 for each of the 5.
    assertThat(steps.get(0).timeFromStart().max()).contains(Duration.ZERO);
  }

  @Test
  void theWindowIncludesItsEnd() {
    // Window 60 min from product-page at 0: a cart at exactly 60 min counts; one at 60 min + 1 µs
    // does not.
    FunnelDefinition definition = checkout().build();
    List<JourneyEvent> events = List.of(view("in", "product-page", 0), view("in", "cart", 60),
        view("out", "product-page", 0), view("out", "cart", 60 + 1.0 / 60_000_000));

    assertThat(counts(run(definition, events))).containsExactly(2, 1, 0, 0);
  }

  @Test
  void aSecondFirstStepWithinTheWindowDoesNotRestartTheAttempt() {
    // product-page 0, product-page 50, cart 55, checkout 65: the attempt started at 0 and is over
    // at 65 (> 60), so checkout does not count; product-page at 50 did not restart it. Then
    // product-page 70 starts a new attempt (the first had expired), cart 75 and checkout 80 reach
    // checkout again: best = 3 steps, time to checkout from the new start = 10 min.
    List<JourneyEvent> events = List.of(view("c", "product-page", 0),
        view("c", "product-page", 50), view("c", "cart", 55), view("c", "checkout", 65),
        view("c", "product-page", 70), view("c", "cart", 75), view("c", "checkout", 80));

    FunnelResult result = run(checkout().build(), events);

    assertThat(counts(result)).containsExactly(1, 1, 1, 0);
    assertThat(result.step(2).timeFromStart().min()).contains(minutes(10));
    // The cart was first reached in the first attempt, 55 min after its start.
    assertThat(result.step(1).timeFromStart().min()).contains(minutes(55));
  }

  @Test
  void theBestAttemptIsKeptWhenALaterOneGoesLessFar() {
    // Attempt 1 (0–60): product-page 0, cart 5, checkout 10 → 3 steps. Attempt 2: product-page
    // 100, cart 105 → 2 steps. The customer keeps 3.
    List<JourneyEvent> events = List.of(view("c", "product-page", 0), view("c", "cart", 5),
        view("c", "checkout", 10), view("c", "product-page", 100), view("c", "cart", 105));

    assertThat(counts(run(checkout().build(), events))).containsExactly(1, 1, 1, 0);
  }

  @Test
  void eventsAfterConvertingChangeNothing() {
    // Converted at 3 min; a second purchase journey from 10 to 13 min is not counted again.
    List<JourneyEvent> events = List.of(view("c", "product-page", 0), view("c", "cart", 1),
        view("c", "checkout", 2), at("c", "order-confirmation", 3, EventKind.PURCHASE),
        view("c", "product-page", 10), view("c", "cart", 11), view("c", "checkout", 12),
        at("c", "order-confirmation", 13, EventKind.PURCHASE));

    FunnelResult result = run(checkout().build(), events);

    assertThat(counts(result)).containsExactly(1, 1, 1, 1);
    assertThat(result.timeToConvert().count()).isEqualTo(1);
    assertThat(result.timeToConvert().max()).contains(minutes(3));
  }

  /** The events of the strict-order test: s1 to s4, minutes after T0. */
  private static List<JourneyEvent> strictEvents() {
    return List.of(
        view("s1", "product-page", 0), view("s1", "product-page", 1), view("s1", "cart", 2),
        view("s1", "checkout", 3), view("s1", "order-confirmation", 4),
        at("s1", "order-confirmation", 5, EventKind.PURCHASE),
        view("s2", "product-page", 0), view("s2", "help-center", 1), view("s2", "cart", 2),
        view("s2", "checkout", 3),
        view("s3", "product-page", 0), view("s3", "cart", 1), view("s3", "help-center", 2),
        view("s3", "product-page", 3), view("s3", "cart", 4), view("s3", "checkout", 5),
        view("s4", "product-page", 0), view("s4", "cart", 1), view("s4", "product-page", 2),
        view("s4", "checkout", 3));
  }

  @Test
  void strictOrderEndsAnAttemptAtAnEventElsewhere() {
    // s1: product-page, product-page again (the step just reached: allowed), cart, checkout, a
    //     view of order-confirmation (the next step's touchpoint, another kind: allowed), purchase
    //     → 4 steps
    // s2: product-page, help-center (elsewhere: ends the attempt), cart (not a first step: no
    //     attempt), checkout → 1 step
    // s3: product-page, cart, help-center (ends it at 2 steps), product-page (a new attempt),
    //     cart, checkout → 3 steps
    // s4: product-page, cart, product-page (neither cart nor checkout: ends the attempt at 2 and,
    //     being a first step, starts another), checkout (neither product-page nor cart: ends it)
    //     → 2 steps
    // Counts: 4 entered; product-page 4; cart s1 s3 s4 = 3; checkout s1 s3 = 2; purchased s1 = 1.
    FunnelDefinition strict = checkout().mode(FunnelMode.STRICT_ORDER).build();

    assertThat(counts(run(strict, strictEvents()))).containsExactly(4, 3, 2, 1);
  }

  @Test
  void inOrderOnTheStrictExampleAllowsTheDetours() {
    // The same events in order: s1 4 steps; s2 product-page, cart, checkout = 3; s3 3; s4
    // product-page, cart, checkout = 3 → 4, 4, 4, 1.
    assertThat(counts(run(checkout().build(), strictEvents()))).containsExactly(4, 4, 4, 1);
  }

  @Test
  void anyOrderNeedsAllOfTheFirstStepsWithinTheWindow() {
    // Steps product-page, cart, checkout in any order, window 60 min:
    //   a1: cart 0, product-page 5 → steps 1 and 2 done at 5 min → 2 steps (both in 5 min)
    //   a2: checkout 0, cart 1 → steps 2 and 3 but not 1 → entered, 0 steps
    //   a3: checkout 0, cart 1, product-page 2 → all 3 at 2 min
    //   a4: product-page 0, checkout 30, cart 61 (window over: a new attempt with only cart) → 1
    //   a5: help-center 0 → never entered
    // Entered 4; product-page a1 a3 a4 = 3 (3/4 = 75 % of those entered); cart a1 a3 = 2;
    // checkout a3 = 1.
    FunnelDefinition any = FunnelDefinition.builder("any", shop()).touchpoint("product-page")
        .touchpoint("cart").touchpoint("checkout").window(Duration.ofHours(1))
        .mode(FunnelMode.ANY_ORDER).build();
    List<JourneyEvent> events = List.of(
        view("a1", "cart", 0), view("a1", "product-page", 5),
        view("a2", "checkout", 0), view("a2", "cart", 1),
        view("a3", "checkout", 0), view("a3", "cart", 1), view("a3", "product-page", 2),
        view("a4", "product-page", 0), view("a4", "checkout", 30), view("a4", "cart", 61),
        view("a5", "help-center", 0));

    FunnelResult result = run(any, events);

    assertThat(result.entered()).isEqualTo(4);
    assertThat(counts(result)).containsExactly(3, 2, 1);
    assertThat(result.step(0).fromPrevious()).isEqualTo(Percentage.of(3, 4));
    assertThat(result.step(0).dropOff()).isEqualTo(1);
    // Time to step 1 from the attempt's first event: a1 5, a3 2, a4 0 min.
    assertThat(result.step(0).timeFromStart().min()).contains(Duration.ZERO);
    assertThat(result.step(0).timeFromStart().max()).contains(minutes(5));
    assertThat(result.timeToConvert().min()).contains(minutes(2));
  }

  @Test
  void stageStepsAndKindRestrictedSteps() {
    // Steps: stage browse → stage purchase → order-confirmation with kind purchase, window 1 h.
    //   k1: app-product 0 (browse), cart 1 (purchase), order-confirmation view 2 (purchase stage
    //       again; not the purchase kind), order-confirmation purchase 3 → 3 steps
    //   k2: help-center 0 (browse), checkout 1 (purchase) → 2 steps
    //   k3: order-confirmation view 0 → never entered (not browse)
    //   k4: product-page 0, order-confirmation purchase 1 → that one event is in the purchase
    //       stage and a purchase; an event advances at most one step, so 2 steps
    // Entered 3; browse 3; purchase 3; purchased 1.
    FunnelDefinition stages = FunnelDefinition.builder("stages", shop()).stage("browse")
        .stage("purchase")
        .step(FunnelStep.touchpoint("order-confirmation", EventKind.PURCHASE).named("purchased"))
        .window(Duration.ofHours(1)).build();
    List<JourneyEvent> events = List.of(
        view("k1", "app-product", 0), view("k1", "cart", 1), view("k1", "order-confirmation", 2),
        at("k1", "order-confirmation", 3, EventKind.PURCHASE),
        view("k2", "help-center", 0), view("k2", "checkout", 1),
        view("k3", "order-confirmation", 0),
        view("k4", "product-page", 0), at("k4", "order-confirmation", 1, EventKind.PURCHASE));

    FunnelResult result = run(stages, events);

    assertThat(result.entered()).isEqualTo(3);
    assertThat(counts(result)).containsExactly(3, 3, 1);
    assertThat(result.conversion()).isEqualTo(Percentage.of(1, 3));
  }

  @Test
  void aStepOfSeveralKindsAcceptsEach() {
    // Step 2 = checkout with start or complete: a view of checkout does not count, a start does.
    FunnelDefinition definition = FunnelDefinition.builder("kinds", shop()).touchpoint("cart")
        .touchpoint("checkout", EventKind.START, EventKind.COMPLETE).window(Duration.ofHours(1))
        .build();
    List<JourneyEvent> events = List.of(view("v", "cart", 0), view("v", "checkout", 1),
        view("s", "cart", 0), at("s", "checkout", 1, EventKind.START));

    assertThat(counts(run(definition, events))).containsExactly(2, 1);
  }

  @Test
  void anEmptyFunnelSaysSo() {
    FunnelResult result = run(checkout().build(), List.of(view("x", "help-center", 0)));

    assertThat(result.isEmpty()).isTrue();
    assertThat(result).isEqualTo(FunnelResult.empty(checkout().build()));
    assertThat(result.conversion().value()).isEmpty();
    assertThat(result.step(1).fromPrevious().value()).isEmpty();
    assertThat(result.timeToConvert().median()).isEmpty();
    assertThat(result.toJsonShape()).containsEntry("empty", true).containsEntry("entered", 0L);
  }

  @Test
  void theResultCanBeTakenMidwayAndCountingGoesOn() {
    FunnelAnalyzer analyzer = FunnelAnalyzer.of(checkout().build());
    analyzer.accept(view("c", "product-page", 0));
    FunnelResult first = analyzer.result();
    analyzer.accept(view("c", "cart", 1));

    assertThat(counts(first)).containsExactly(1, 0, 0, 0);
    assertThat(counts(analyzer.result())).containsExactly(1, 1, 0, 0);
    assertThat(analyzer.customersSeen()).isEqualTo(1);
  }

  @Test
  void theJsonShapeNamesEveryFigure() {
    // c converts in 2 min; d stops at the cart: entered 2; counts 2, 2, 1, 1.
    FunnelResult result = run(checkout().build(), List.of(view("c", "product-page", 0),
        view("c", "cart", 1), view("c", "checkout", 1.5),
        at("c", "order-confirmation", 2, EventKind.PURCHASE), view("d", "product-page", 0),
        view("d", "cart", 1)));

    Map<String, Object> shape = result.toJsonShape();

    assertThat(shape).containsEntry("entered", 2L).containsEntry("empty", false)
        .containsEntry("conversion", Percentage.of(1, 2).toJsonShape());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps = (List<Map<String, Object>>) shape.get("steps");
    assertThat(steps).extracting(s -> s.get("customers")).containsExactly(2L, 2L, 1L, 1L);
    assertThat(steps.get(2)).containsEntry("name", "checkout").containsEntry("dropOff", 1L)
        .containsEntry("fromPrevious", Percentage.of(1, 2).toJsonShape());
    @SuppressWarnings("unchecked")
    Map<String, Object> definition = (Map<String, Object>) shape.get("definition");
    assertThat(definition).containsEntry("mode", "in-order").containsEntry("windowSeconds", 3600.0)
        .containsEntry("map", "shop");
    @SuppressWarnings("unchecked")
    Map<String, Object> time = (Map<String, Object>) steps.get(3).get("timeFromStart");
    // One conversion in 2 min = 120,000,000 µs: min = max exactly, the median clamped to them.
    assertThat(time).containsEntry("count", 1L).containsEntry("minMicros", 120_000_000L)
        .containsEntry("medianMicros", 120_000_000L);
  }
}
