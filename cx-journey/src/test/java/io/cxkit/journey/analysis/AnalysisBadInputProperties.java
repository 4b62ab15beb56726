package io.cxkit.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CxException;
import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bad events mixed into random walks — at a touchpoint the map lacks, a day before the customer's
 * previous event (far out of order), at an instant beyond a long of microseconds — are each
 * refused by every analysis with its typed error, and the analyses then count exactly what they
 * count without them: a refused event leaves the state unchanged, so a caller can catch, count and
 * go on.
 */
class AnalysisBadInputProperties {
  private static final JourneyMap MAP = FunnelFixtures.shop();
  private static final ExitDefinition EXITS = ExitDefinition.builder(MAP)
      .goal("order-confirmation", EventKind.PURCHASE).horizon(Duration.ofHours(1))
      .end(FunnelFixtures.T0.plus(Duration.ofDays(3))).build();
  private static final FrictionDefinition FRICTION =
      FrictionDefinition.of(MAP, 2, Duration.ofMinutes(5));
  private static final PathDefinition PATHS =
      PathDefinition.builder(MAP).maxSteps(5).maxNodes(PathDefinition.MAX_NODES).build();

  /** What is wrong with an input: nothing, or one of three faults. */
  enum Fault { NONE, UNKNOWN_TOUCHPOINT, FAR_OUT_OF_ORDER, INSTANT_OUT_OF_RANGE }

  /** One step of a walk, and the fault of a bad event put before it. */
  record Step(int customer, int touchpoint, EventKind kind, int seconds, int session, Fault fault) {}

  /** An event and the error it must get, or none. */
  record Input(JourneyEvent event, Class<? extends InvalidJourneyException> refusedWith) {}

  @Provide
  Arbitrary<List<Input>> inputs() {
    Arbitrary<Fault> fault = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(Fault.NONE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Fault.UNKNOWN_TOUCHPOINT, Fault.FAR_OUT_OF_ORDER,
            Fault.INSTANT_OUT_OF_RANGE)));
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 6),
        Arbitraries.integers().between(0, MAP.touchpoints().size() - 1),
        Arbitraries.of(EventKind.VIEW, EventKind.VIEW, EventKind.PURCHASE),
        Arbitraries.integers().between(0, 600), Arbitraries.integers().between(0, 2), fault)
        .as(Step::new);
    return step.list().ofMaxSize(60).map(AnalysisBadInputProperties::inputsOf);
  }

  private static List<Input> inputsOf(List<Step> steps) {
    List<Input> inputs = new ArrayList<>();
    Map<String, JourneyEvent> last = new HashMap<>();
    long seconds = 0;
    for (Step s : steps) {
      seconds += s.seconds();
      String customer = "c" + s.customer();
      Instant at = FunnelFixtures.T0.plusSeconds(seconds);
      JourneyEvent previous = last.get(customer);
      switch (s.fault()) {
        case UNKNOWN_TOUCHPOINT -> inputs.add(new Input(
            JourneyEvent.of(customer, "basket", at, EventKind.VIEW),
            UnknownTouchpointException.class));
        case FAR_OUT_OF_ORDER -> {
          if (previous != null) {
            // In the unit of the previous event (its session), so that paths refuse it too.
            JourneyEvent early = JourneyEvent.of(customer, MAP.touchpoints().get(s.touchpoint())
                .id(), previous.at().minus(Duration.ofDays(1)), s.kind());
            inputs.add(new Input(previous.sessionId() == null ? early
                : early.inSession(previous.sessionId()), EventOrderException.class));
          }
        }
        case INSTANT_OUT_OF_RANGE -> inputs.add(new Input(JourneyEvent.of(customer,
            MAP.touchpoints().get(s.touchpoint()).id(), Instant.MAX, s.kind()),
            InvalidJourneyException.class));
        case NONE -> { }
        default -> throw new AssertionError(s.fault());
      }
      JourneyEvent event = JourneyEvent.of(customer, MAP.touchpoints().get(s.touchpoint()).id(),
          at, s.kind());
      if (s.session() != 0) {
        event = event.inSession(customer + "-s" + s.session());
      }
      inputs.add(new Input(event, null));
      last.put(customer, event);
    }
    return inputs;
  }

  /** Feeds every input, checking that each bad one is refused with its typed error. */
  private static void feed(List<Input> inputs, Consumer<JourneyEvent> accept) {
    for (Input input : inputs) {
      if (input.refusedWith() == null) {
        accept.accept(input.event());
      } else {
        assertThatThrownBy(() -> accept.accept(input.event()))
            .isInstanceOf(input.refusedWith()).isInstanceOf(CxException.class);
      }
    }
  }

  private static List<JourneyEvent> good(List<Input> inputs) {
    return inputs.stream().filter(i -> i.refusedWith() == null).map(Input::event).toList();
  }

  @Property(tries = 150)
  void funnelsRefuseBadEventsTypedAndCountTheRestAsWithoutThem(
      @ForAll("inputs") List<Input> inputs, @ForAll FunnelMode mode) {
    FunnelDefinition definition = FunnelDefinition.builder("bad-input", MAP)
        .touchpoint("product-page").stage("purchase")
        .step(FunnelStep.touchpoint("order-confirmation", EventKind.PURCHASE).named("purchased"))
        .window(Duration.ofMinutes(30)).mode(mode).build();
    FunnelAnalyzer mixed = FunnelAnalyzer.of(definition);
    FunnelAnalyzer clean = FunnelAnalyzer.of(definition);
    CustomerGroups persona = id -> id.hashCode() % 2 == 0 ? "even" : "odd";
    FunnelBreakdownAnalyzer mixedBreakdown =
        FunnelBreakdownAnalyzer.of(definition, FunnelGrouping.byCustomer("persona", persona));
    FunnelBreakdownAnalyzer cleanBreakdown =
        FunnelBreakdownAnalyzer.of(definition, FunnelGrouping.byCustomer("persona", persona));

    feed(inputs, mixed::accept);
    feed(inputs, mixedBreakdown::accept);
    clean.acceptAll(good(inputs).iterator());
    cleanBreakdown.acceptAll(good(inputs).iterator());

    assertThat(mixed.result()).isEqualTo(clean.result());
    assertThat(mixed.customersSeen()).isEqualTo(clean.customersSeen());
    assertThat(mixedBreakdown.result()).isEqualTo(cleanBreakdown.result());
  }

  @Property(tries = 150)
  void exitsFrictionAndPathsRefuseBadEventsTypedAndCountTheRestAsWithoutThem(
      @ForAll("inputs") List<Input> inputs) {
    ExitAnalyzer exits = ExitAnalyzer.of(EXITS);
    FrictionAnalyzer friction = FrictionAnalyzer.of(FRICTION);
    PathAnalyzer paths = PathAnalyzer.of(PATHS);

    feed(inputs, exits::accept);
    feed(inputs, friction::accept);
    feed(inputs, paths::accept);

    List<JourneyEvent> good = good(inputs);
    assertThat(exits.result()).isEqualTo(ExitAnalyzer.of(EXITS).acceptAll(good.iterator())
        .result());
    assertThat(friction.result()).isEqualTo(FrictionAnalyzer.of(FRICTION)
        .acceptAll(good.iterator()).result());
    PathAnalyzer cleanPaths = PathAnalyzer.of(PATHS).acceptAll(good.iterator());
    assertThat(paths.result()).isEqualTo(cleanPaths.result());
    assertThat(paths.nodes()).isEqualTo(cleanPaths.nodes());
  }
}
