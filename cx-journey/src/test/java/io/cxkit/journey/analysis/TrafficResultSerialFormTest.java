package io.cxkit.journey.analysis;

import static io.cxkit.journey.ShapeFixtures.JSON;
import static io.cxkit.journey.ShapeFixtures.changed;
import static io.cxkit.journey.ShapeFixtures.fixture;
import static io.cxkit.journey.ShapeFixtures.read;
import static io.cxkit.journey.analysis.ExitResultSerialFormTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The JSON shape of {@link TrafficResult}: golden text, round trip and the shapes it refuses. */
class TrafficResultSerialFormTest {

  private static TrafficResult shop() {
    return TrafficAnalyzer.of(TrafficShop.purchase()).acceptAll(TrafficShop.events().iterator())
        .result();
  }

  @Test
  void writesTheGoldenTextAndReadsItBack() throws IOException {
    // The counts of TrafficAnalyzerTest: 10 customers, 4 converted; home 8 events, 7 visitors, 3
    // converted; …; stages consideration 9 visitors (4 converted), purchase 7 (4), support 3 (1).
    String golden = fixture("traffic.json");

    assertThat(JSON.readTree(JSON.writeValueAsString(shop().toJsonShape())))
        .isEqualTo(JSON.readTree(golden));
    assertThat(TrafficResult.fromJsonShape(read(golden), TrafficShop.purchase()))
        .isEqualTo(shop());
  }

  @Test
  void readsPartitionsThatAddUpToTheWholeAndAResultWithoutAGoal() throws IOException {
    TrafficAnalyzer a = TrafficAnalyzer.of(TrafficShop.purchase());
    TrafficAnalyzer b = TrafficAnalyzer.of(TrafficShop.purchase());
    for (JourneyEvent e : TrafficShop.events()) {
      (List.of("c1", "c4", "c9").contains(e.customerId()) ? a : b).accept(e);
    }
    TrafficResult merged = TrafficResult.fromJsonShape(
        read(JSON.writeValueAsString(a.result().toJsonShape())), TrafficShop.purchase())
        .plus(TrafficResult.fromJsonShape(read(JSON.writeValueAsString(b.result().toJsonShape())),
            TrafficShop.purchase()));
    assertThat(merged).isEqualTo(shop());

    TrafficDefinition none = TrafficDefinition.of(ExitShop.map());
    TrafficResult plain = TrafficAnalyzer.of(none).acceptAll(TrafficShop.events().iterator())
        .result();
    Map<String, Object> shape = read(JSON.writeValueAsString(plain.toJsonShape()));
    assertThat(shape.get("goal")).isNull();
    assertThat(at(shape, "touchpoints", 0).get("conversion")).isNull();
    assertThat(TrafficResult.fromJsonShape(shape, none)).isEqualTo(plain);
  }

  private static void refuses(Consumer<Map<String, Object>> change, String message) {
    Map<String, Object> bad = changed(shop().toJsonShape(), change);
    assertThatThrownBy(() -> TrafficResult.fromJsonShape(bad, TrafficShop.purchase()))
        .isInstanceOf(SerialFormException.class).hasMessage(message);
  }

  @Test
  void refusesMissingUnknownAndMistypedMembersNamingTheirPath() {
    refuses(s -> s.remove("customers"), "cannot read traffic: member customers is missing");
    refuses(s -> s.put("extra", 1), "cannot read traffic: member extra is unknown; the members"
        + " are conversion, converted, customers, format, goal, kind, map, stages, touchpoints");
    refuses(s -> s.put("kind", "exit-points"),
        "cannot read traffic: kind = \"exit-points\", expected \"traffic\"");
    refuses(s -> at(s, "touchpoints", 2).put("visitors", "6"),
        "cannot read traffic: touchpoints[2].visitors = \"6\": must be a whole number");
    refuses(s -> at(s, "touchpoints", 2).put("note", "x"), "cannot read traffic: member"
        + " touchpoints[2].note is unknown; touchpoints[2]'s members are conversion, events,"
        + " share, stage, touchpoint, visitors");
    refuses(s -> at(s, "stages", 0).remove("visitors"),
        "cannot read traffic: member stages[0].visitors is missing");
  }

  @Test
  @SuppressWarnings("unchecked")
  void refusesImpossibleAndInconsistentCounts() {
    // cart: 7 events, so 8 visitors are impossible.
    refuses(s -> at(s, "touchpoints", 2).put("visitors", 8), "cannot read traffic:"
        + " touchpoints[2].visitors = 8: must be ≤ 7 (events and customers)");
    refuses(s -> s.put("converted", 11),
        "cannot read traffic: converted = 11: must be ≤ customers = 10");
    // help: 3 visitors, so 4 conversions are impossible.
    refuses(s -> ((Map<String, Object>) at(s, "touchpoints", 5).get("conversion"))
        .put("successes", 4), "cannot read traffic: touchpoints[5].conversion.successes = 4:"
            + " must be ≤ 3 (visitors and converted)");
    // consideration: home has 7 visitors, so the stage cannot have 6.
    refuses(s -> at(s, "stages", 0).put("visitors", 6), "cannot read traffic:"
        + " stages[0].visitors = 6: must be ≥ 7, the visitors of its busiest touchpoint");
    // The shares follow from the counts: home's 7 visitors of 10 customers.
    refuses(s -> ((Map<String, Object>) at(s, "touchpoints", 0).get("share")).put("n", 11),
        "cannot read traffic: touchpoints[0].share.n = 11: must be 10, as the counts give"
            + " (totals, shares and ranks are derived from them)");
    refuses(s -> at(s, "stages", 1).put("events", 15), "cannot read traffic: stages[1].events ="
        + " 15: must be 16, as the counts give (totals, shares and ranks are derived from them)");
    refuses(s -> {
      List<Object> rows = (List<Object>) s.get("touchpoints");
      rows.add(0, rows.remove(1));
    }, "cannot read traffic: touchpoints[0].touchpoint = \"product-page\": must be \"home\":"
        + " touchpoints are listed in map order");
    refuses(s -> ((List<Object>) s.get("stages")).remove(2), "cannot read traffic: stages has 2"
        + " rows: must have one per stage of the map shop (3)");
    refuses(s -> s.put("customers", 20), "cannot read traffic: customers = 20: must be ≤ 19, the"
        + " stages' visitors added: every customer seen visited a touchpoint");
  }

  @Test
  @SuppressWarnings("unchecked")
  void refusesCountsThatNoStreamOfEventsGives() {
    // Without a goal nobody converts: 3 converted is no result of the analyzer.
    TrafficDefinition none = TrafficDefinition.of(ExitShop.map());
    Map<String, Object> plain = changed(TrafficAnalyzer.of(none)
        .acceptAll(TrafficShop.events().iterator()).result().toJsonShape(),
        s -> s.put("converted", 3));
    assertThatThrownBy(() -> TrafficResult.fromJsonShape(plain, none))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read traffic: converted = 3: must be 0: the definition has no goal");

    // One customer at home then the product page: 1 event and 1 visitor each. A product page
    // with its event but no visitor (and a share of 0) keeps every other bound: the stage's 1
    // visitor is between its busiest touchpoint's 1 and their sum 1.
    TrafficResult one = TrafficAnalyzer.of(none)
        .accept(JourneyEvent.of("c1", "home", TrafficShop.T0, EventKind.VIEW))
        .accept(JourneyEvent.of("c1", "product-page", TrafficShop.T0.plusSeconds(60),
            EventKind.VIEW)).result();
    Map<String, Object> ghost = changed(one.toJsonShape(), s -> {
      at(s, "touchpoints", 1).put("visitors", 0);
      ((Map<String, Object>) at(s, "touchpoints", 1).get("share")).put("successes", 0);
    });
    assertThatThrownBy(() -> TrafficResult.fromJsonShape(ghost, none))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read traffic: touchpoints[1].visitors = 0: must be ≥ 1: its 1 events"
            + " were some customer's");

    // The shop's stages converted 4 + 4 + 1 = 9 times; 10 customers who reached the goal would
    // each have converted at least the goal's own touchpoint and stage.
    refuses(s -> {
      s.put("converted", 10);
      ((Map<String, Object>) s.get("conversion")).put("successes", 10);
    }, "cannot read traffic: converted = 10: must be ≤ 9, the stages' conversions added: a"
        + " customer who reached the goal converted its touchpoint");
  }

  @Test
  void refusesAShapeWrittenUnderAnotherDefinition() {
    TrafficDefinition anyPurchase = TrafficDefinition.builder(ExitShop.map())
        .goal(EventMatch.builder().kinds(EventKind.PURCHASE).build()).build();
    assertThatThrownBy(() -> TrafficResult.fromJsonShape(shop().toJsonShape(), anyPurchase))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge TrafficResult with goal {touchpoints=[], stages=[],"
            + " kinds=[purchase], attributes={}} (the definition given) and TrafficResult with goal"
            + " {touchpoints=[order-confirmation], stages=[], kinds=[purchase], attributes={}} (the"
            + " JSON shape): the goals must be equal");
    assertThatThrownBy(() -> TrafficResult.fromJsonShape(shop().toJsonShape(),
        TrafficDefinition.of(ExitShop.map())))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("null");
    assertThatThrownBy(() -> TrafficResult.fromJsonShape(shop().toJsonShape(),
        TrafficDefinition.of(io.cxkit.journey.JourneyMap.ecommerce())))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("map");
  }
}
