package io.cxkit.journey.analysis;

import static io.cxkit.journey.ShapeFixtures.throughText;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.ShapeFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the exit, friction and path analyses over random walks through the small shop:
 * merging partitions split by customer equals the whole, exit shares add up to 100 %, every
 * customer is counted once.
 */
class ExitPathFrictionProperties {
  private static final JourneyMap MAP = ExitShop.map();
  private static final ExitDefinition EXITS = ExitDefinition.builder(MAP)
      .goal("order-confirmation", EventKind.PURCHASE).horizon(Duration.ofHours(2))
      .end(ExitShop.T0.plus(Duration.ofDays(3))).build();
  private static final FrictionDefinition FRICTION =
      FrictionDefinition.of(MAP, 3, Duration.ofMinutes(5));
  private static final PathDefinition PATHS =
      PathDefinition.builder(MAP).maxSteps(6).maxNodes(PathDefinition.MAX_NODES).build();

  /** One step of a walk: which customer, where, what, and how long after the step before. */
  record Step(int customer, int touchpoint, EventKind kind, int seconds, int session) {}

  @Provide
  Arbitrary<List<JourneyEvent>> walks() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 7),
        Arbitraries.integers().between(0, MAP.touchpoints().size() - 1),
        Arbitraries.of(EventKind.VIEW, EventKind.VIEW, EventKind.PURCHASE),
        // Mostly seconds apart (friction needs quick switches), sometimes up to an hour.
        Arbitraries.oneOf(Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 3_600)),
        Arbitraries.integers().between(0, 2))
        .as(Step::new);
    return step.list().ofMaxSize(80).map(steps -> {
      // Time only moves forward, so every customer's events are in time order.
      List<JourneyEvent> events = new ArrayList<>();
      long seconds = 0;
      for (Step s : steps) {
        seconds += s.seconds();
        JourneyEvent event = JourneyEvent.of("c" + s.customer(),
            MAP.touchpoints().get(s.touchpoint()).id(), ExitShop.T0.plusSeconds(seconds), s.kind());
        events.add(s.session() == 0 ? event : event.inSession("c" + s.customer() + "-s" + s.session()));
      }
      return events;
    });
  }

  private static boolean inLeft(JourneyEvent event, int split) {
    return Math.floorMod(event.customerId().hashCode() * 31 + split, 3) == 0;
  }

  @Property(tries = 200)
  void mergingPartitionsByCustomerEqualsTheWhole(@ForAll("walks") List<JourneyEvent> events,
      @ForAll int split) {
    ExitAnalyzer exitsLeft = ExitAnalyzer.of(EXITS);
    ExitAnalyzer exitsRight = ExitAnalyzer.of(EXITS);
    FrictionAnalyzer frictionLeft = FrictionAnalyzer.of(FRICTION);
    FrictionAnalyzer frictionRight = FrictionAnalyzer.of(FRICTION);
    PathAnalyzer pathsLeft = PathAnalyzer.of(PATHS);
    PathAnalyzer pathsRight = PathAnalyzer.of(PATHS);
    for (JourneyEvent event : events) {
      boolean left = inLeft(event, split);
      (left ? exitsLeft : exitsRight).accept(event);
      (left ? frictionLeft : frictionRight).accept(event);
      (left ? pathsLeft : pathsRight).accept(event);
    }

    assertThat(exitsLeft.result().plus(exitsRight.result()))
        .isEqualTo(ExitAnalyzer.of(EXITS).acceptAll(events.iterator()).result());
    assertThat(frictionLeft.result().plus(frictionRight.result()))
        .isEqualTo(FrictionAnalyzer.of(FRICTION).acceptAll(events.iterator()).result());
    assertThat(pathsLeft.result().plus(pathsRight.result()))
        .isEqualTo(PathAnalyzer.of(PATHS).acceptAll(events.iterator()).result());
  }

  @Property(tries = 200)
  void exitSharesAddUpToAHundredAndEveryCustomerCountsOnce(
      @ForAll("walks") List<JourneyEvent> events) {
    ExitResult result = ExitAnalyzer.of(EXITS).acceptAll(events.iterator()).result();

    long customers = events.stream().map(JourneyEvent::customerId).distinct().count();
    assertThat(result.customers()).isEqualTo(customers);
    assertThat(result.converted() + result.stillActive() + result.exits()).isEqualTo(customers);
    if (result.exits() > 0) {
      double points = result.exitPoints().stream().map(ExitPoint::share)
          .mapToDouble(p -> p.value().getAsDouble()).sum();
      double stages = result.exitStages().stream().map(ExitStage::share)
          .mapToDouble(p -> p.value().getAsDouble()).sum();
      assertThat(points).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-9));
      assertThat(stages).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-9));
    } else {
      assertThat(result.exitPoints()).isEmpty();
    }
    if (customers > 0) {
      Percentage all = result.convertedShare().plus(result.stillActiveShare())
          .plus(result.exitShare());
      // The three shares are over the same customers: their successes add up to n.
      assertThat(all.successes()).isEqualTo(customers);
    }
  }

  @Property(tries = 200)
  void frictionAndPathCountsStayWithinTheirUnits(@ForAll("walks") List<JourneyEvent> events) {
    FrictionResult friction = FrictionAnalyzer.of(FRICTION).acceptAll(events.iterator()).result();
    PathResult paths = PathAnalyzer.of(PATHS).acceptAll(events.iterator()).result();

    for (FrictionTouchpoint touchpoint : friction.touchpoints()) {
      assertThat(touchpoint.customers()).isBetween(0L, touchpoint.visitors());
      assertThat(touchpoint.visitors()).isLessThanOrEqualTo(friction.customers());
    }
    // Each episode is at two touchpoints and one pair.
    long atTouchpoints = friction.touchpoints().stream().mapToLong(FrictionTouchpoint::episodes)
        .sum();
    assertThat(atTouchpoints).isEqualTo(2 * friction.episodes());
    // Every unit has exactly one path (the cap is not reached here).
    assertThat(paths.isExact()).isTrue();
    assertThat(paths.paths().stream().mapToLong(PathCount::count).sum()).isEqualTo(paths.units());
    for (PathCount path : paths.paths()) {
      assertThat(path.touchpointIds()).hasSizeBetween(1, PATHS.maxSteps());
      for (int i = 1; i < path.touchpointIds().size(); i++) {
        assertThat(path.touchpointIds().get(i)).isNotEqualTo(path.touchpointIds().get(i - 1));
      }
    }
  }

  @Property(tries = 100)
  void exitResultsRoundTripAndPartitionsReadBackAddUpToTheWhole(
      @ForAll("walks") List<JourneyEvent> events, @ForAll int split) throws java.io.IOException {
    ExitAnalyzer left = ExitAnalyzer.of(EXITS);
    ExitAnalyzer right = ExitAnalyzer.of(EXITS);
    events.forEach(e -> (inLeft(e, split) ? left : right).accept(e));
    ExitResult whole = ExitAnalyzer.of(EXITS).acceptAll(events.iterator()).result();

    assertThat(ExitResult.fromJsonShape(throughText(whole.toJsonShape()), EXITS)).isEqualTo(whole);
    assertThat(ExitResult.fromJsonShape(throughText(left.result().toJsonShape()), EXITS)
        .plus(ExitResult.fromJsonShape(throughText(right.result().toJsonShape()), EXITS)))
        .isEqualTo(whole);
  }

  @Property(tries = 100)
  void frictionResultsRoundTripAndPartitionsReadBackAddUpToTheWhole(
      @ForAll("walks") List<JourneyEvent> events, @ForAll int split) throws java.io.IOException {
    FrictionAnalyzer left = FrictionAnalyzer.of(FRICTION);
    FrictionAnalyzer right = FrictionAnalyzer.of(FRICTION);
    events.forEach(e -> (inLeft(e, split) ? left : right).accept(e));
    FrictionResult whole = FrictionAnalyzer.of(FRICTION).acceptAll(events.iterator()).result();

    assertThat(FrictionResult.fromJsonShape(throughText(whole.toJsonShape()), FRICTION))
        .isEqualTo(whole);
    assertThat(FrictionResult.fromJsonShape(throughText(left.result().toJsonShape()), FRICTION)
        .plus(FrictionResult.fromJsonShape(throughText(right.result().toJsonShape()), FRICTION)))
        .isEqualTo(whole);
  }

  @Property(tries = 100)
  void pathResultsRoundTripAndPartitionsReadBackAddUpToTheWhole(
      @ForAll("walks") List<JourneyEvent> events, @ForAll int split) throws java.io.IOException {
    PathAnalyzer left = PathAnalyzer.of(PATHS);
    PathAnalyzer right = PathAnalyzer.of(PATHS);
    events.forEach(e -> (inLeft(e, split) ? left : right).accept(e));
    PathResult whole = PathAnalyzer.of(PATHS).acceptAll(events.iterator()).result();

    assertThat(PathResult.fromJsonShape(throughText(whole.toJsonShape()), PATHS)).isEqualTo(whole);
    assertThat(PathResult.fromJsonShape(throughText(left.result().toJsonShape()), PATHS)
        .plus(PathResult.fromJsonShape(throughText(right.result().toJsonShape()), PATHS)))
        .isEqualTo(whole);
  }

  /** Values a corrupted or hand-edited shape may hold where another was written. */
  private static final List<Object> ODD_VALUES = java.util.Arrays.asList(null, -1, 0, 1, 2.5,
      "x", "cart", true, Long.MAX_VALUE, java.math.BigInteger.TWO.pow(64), List.of(), List.of(1),
      java.util.Map.of(), java.util.Map.of("x", 1));

  /**
   * Replaces (or, for {@code value} = the marker "remove", removes) the {@code pick}-th member or
   * element of the shape, counted depth first.
   */
  @SuppressWarnings("unchecked")
  private static int mutate(Object node, int pick, Object value) {
    int seen = 0;
    if (node instanceof java.util.Map<?, ?> map) {
      java.util.Map<String, Object> m = (java.util.Map<String, Object>) map;
      for (String key : new ArrayList<>(m.keySet())) {
        if (seen++ == pick) {
          if ("remove".equals(value)) {
            m.remove(key);
          } else {
            m.put(key, value);
          }
          return -1;
        }
        int inner = mutate(m.get(key), pick - seen, value);
        if (inner < 0) {
          return -1;
        }
        seen += inner;
      }
    } else if (node instanceof List<?> list) {
      List<Object> l = (List<Object>) list;
      for (int i = 0; i < l.size(); i++) {
        if (seen++ == pick) {
          l.set(i, "remove".equals(value) ? null : value);
          return -1;
        }
        int inner = mutate(l.get(i), pick - seen, value);
        if (inner < 0) {
          return -1;
        }
        seen += inner;
      }
    }
    return seen;
  }

  @Property(tries = 300)
  void aCorruptedShapeIsReadOrRefusedWithATypedErrorNeverAnotherException(
      @ForAll("walks") List<JourneyEvent> events, @ForAll @net.jqwik.api.constraints.IntRange(
          min = 0, max = 200) int pick, @ForAll @net.jqwik.api.constraints.IntRange(min = 0,
          max = 14) int which, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2)
      int result) {
    Object value = which == ODD_VALUES.size() ? "remove" : ODD_VALUES.get(which);
    Object original = switch (result) {
      case 0 -> ExitAnalyzer.of(EXITS).acceptAll(events.iterator()).result();
      case 1 -> FrictionAnalyzer.of(FRICTION).acceptAll(events.iterator()).result();
      default -> PathAnalyzer.of(PATHS).acceptAll(events.iterator()).result();
    };
    java.util.Map<String, Object> written = original instanceof ExitResult r ? r.toJsonShape()
        : original instanceof FrictionResult r ? r.toJsonShape()
        : ((PathResult) original).toJsonShape();
    // Counting the members and elements changes nothing: no index reaches Integer.MAX_VALUE.
    int nodes = mutate(ShapeFixtures.changed(written, s -> { }), Integer.MAX_VALUE,
        value);
    java.util.Map<String, Object> shape = ShapeFixtures.changed(written,
        s -> mutate(s, pick % nodes, value));
    try {
      Object read = switch (result) {
        case 0 -> ExitResult.fromJsonShape(shape, EXITS);
        case 1 -> FrictionResult.fromJsonShape(shape, FRICTION);
        default -> PathResult.fromJsonShape(shape, PATHS);
      };
      // Read either when the change kept the shape's meaning (a value replaced by an equal one),
      // or when it left a shape that is still consistent (one customer less where each of two
      // visited a touchpoint of their own): then what was read is exactly what the shape says.
      if (!read.equals(original)) {
        java.util.Map<String, Object> again = read instanceof ExitResult r ? r.toJsonShape()
            : read instanceof FrictionResult r ? r.toJsonShape()
            : ((PathResult) read).toJsonShape();
        assertThat(asJson(again)).isEqualTo(asJson(shape));
      }
    } catch (io.cxkit.core.SerialFormException | io.cxkit.core.IncompatibleMergeException e) {
      assertThat(e.getMessage()).startsWith(e instanceof io.cxkit.core.SerialFormException
          ? "cannot read " : "cannot merge ");
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode asJson(Object shape) {
    // Through text, so that 1 and 1L (or 2 and 2.0 read as a whole number) compare equal.
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    try {
      return json.readTree(json.writeValueAsString(shape));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
