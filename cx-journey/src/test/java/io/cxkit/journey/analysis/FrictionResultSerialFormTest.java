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
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The JSON shape of {@link FrictionResult}: golden text, round trip and the shapes it refuses. */
class FrictionResultSerialFormTest {

  private static FrictionResult shop() {
    return FrictionAnalyzer.of(FrictionAnalyzerTest.threeInTwoMinutes())
        .acceptAll(FrictionAnalyzerTest.events().iterator()).result();
  }

  @Test
  void writesTheGoldenTextAndReadsItBack() throws IOException {
    // FrictionAnalyzerTest.events(): 7 customers; c1, c3, c5 each have one cart/checkout episode;
    // cart and checkout were visited by 6 (all but c4), home by 2 (c4, c7): shares 3/6, 3/6, 0/2.
    FrictionResult result = shop();
    String golden = fixture("friction.json");

    assertThat(JSON.readTree(JSON.writeValueAsString(result.toJsonShape())))
        .isEqualTo(JSON.readTree(golden));
    assertThat(FrictionResult.fromJsonShape(read(golden), FrictionAnalyzerTest.threeInTwoMinutes()))
        .isEqualTo(result);
  }

  @Test
  void readsTwoPartitionsThatAddUpToTheWhole() throws IOException {
    // c1..c3 (episodes of c1 and c3) in one partition, c4..c7 (the episode of c5) in the other.
    List<String> left = List.of("c1", "c2", "c3");
    FrictionAnalyzer a = FrictionAnalyzer.of(FrictionAnalyzerTest.threeInTwoMinutes());
    FrictionAnalyzer b = FrictionAnalyzer.of(FrictionAnalyzerTest.threeInTwoMinutes());
    FrictionAnalyzerTest.events().forEach(e -> (left.contains(e.customerId()) ? a : b).accept(e));

    FrictionResult readA = FrictionResult.fromJsonShape(
        read(JSON.writeValueAsString(a.result().toJsonShape())),
        FrictionAnalyzerTest.threeInTwoMinutes());
    FrictionResult readB = FrictionResult.fromJsonShape(
        read(JSON.writeValueAsString(b.result().toJsonShape())),
        FrictionAnalyzerTest.threeInTwoMinutes());

    assertThat(readA.episodes()).isEqualTo(2);
    assertThat(readB.episodes()).isEqualTo(1);
    assertThat(readA.plus(readB)).isEqualTo(shop());
  }

  private static void refuses(Consumer<Map<String, Object>> change, String message) {
    Map<String, Object> bad = changed(shop().toJsonShape(), change);
    assertThatThrownBy(() -> FrictionResult.fromJsonShape(bad,
        FrictionAnalyzerTest.threeInTwoMinutes()))
        .isInstanceOf(SerialFormException.class).hasMessage(message);
  }

  @Test
  void refusesMissingUnknownAndMistypedMembersNamingTheirPath() {
    refuses(s -> s.remove("pairs"), "cannot read friction: member pairs is missing");
    refuses(s -> s.put("extra", true), "cannot read friction: member extra is unknown; the members"
        + " are customers, episodes, format, kind, map, pairs, switches, touchpoints, window");
    refuses(s -> s.put("customers", null), "cannot read friction: member customers is null");
    refuses(s -> at(s, "touchpoints", 2).put("visitors", "2"),
        "cannot read friction: touchpoints[2].visitors = \"2\": must be a whole number");
    refuses(s -> at(s, "pairs", 0).put("first", 1),
        "cannot read friction: pairs[0].first = 1: must be a string");
    refuses(s -> s.put("touchpoints", List.of(1)),
        "cannot read friction: touchpoints[0] = 1: must be an object");
  }

  @Test
  void refusesCountsThatDoNotHoldTogether() {
    refuses(s -> at(s, "touchpoints", 0).put("episodes", -3),
        "cannot read friction: touchpoints[0].episodes = -3: must be a count ≥ 0");
    // 6 visitors of the cart, but only 5 customers in all.
    refuses(s -> s.put("customers", 5),
        "cannot read friction: touchpoints[0].visitors = 6: must be at most the customers, 5");
    // 6 + 6 + 2 = 14 visits cannot be 15 customers, each of whom visited a touchpoint.
    refuses(s -> s.put("customers", 15), "cannot read friction: customers = 15: must be at most"
        + " the visitors of all touchpoints together, 14 (every customer visited one)");
    refuses(s -> at(s, "touchpoints", 0).put("customers", 4),
        "cannot read friction: touchpoints[0].customers = 4: must be at most the visitors (6) and"
            + " the episodes (3), and above 0 exactly when there are episodes");
    // The cart's episodes are those of its one pair, 3.
    refuses(s -> at(s, "touchpoints", 0).put("episodes", 4),
        "cannot read friction: touchpoints[0].episodes = 4: must be the episodes of the pairs"
            + " with cart, 3");
    refuses(s -> {
      at(s, "pairs", 0).put("first", "checkout");
      at(s, "pairs", 0).put("second", "cart");
    }, "cannot read friction: pairs[0].second = \"cart\": must come after the first,"
        + " \"checkout\", in map order");
    refuses(s -> at(s, "pairs", 0).put("second", "help"), "cannot read friction:"
        + " pairs[0].second = \"help\": has episodes, but is not among the visited touchpoints");
    refuses(s -> s.put("episodes", 4), "cannot read friction: episodes = 4: must be 3, as the"
        + " counts give (totals, shares and ranks are derived from them)");
    refuses(s -> at(s, "touchpoints", 1).put("share", Map.of("format", 1, "kind", "percentage",
        "successes", 3, "n", 7)), "cannot read friction: touchpoints[1].share.n = 7: must be 6,"
        + " as the counts give (totals, shares and ranks are derived from them)");
    refuses(s -> at(s, "touchpoints", 1).put("touchpoint", "cart"),
        "cannot read friction: touchpoints[1].touchpoint = \"cart\": is listed twice");
  }

  @Test
  void refusesAShapeWrittenUnderAnotherDefinition() {
    FrictionDefinition four = FrictionDefinition.of(ExitShop.map(), 4, Duration.ofMinutes(2));
    assertThatThrownBy(() -> FrictionResult.fromJsonShape(shop().toJsonShape(), four))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge FrictionResult with switches 4 (the definition given) and"
            + " FrictionResult with switches 3 (the JSON shape): the switches must be equal");
    FrictionDefinition wider = FrictionDefinition.of(ExitShop.map(), 3, Duration.ofMinutes(5));
    assertThatThrownBy(() -> FrictionResult.fromJsonShape(shop().toJsonShape(), wider))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge FrictionResult with window PT5M (the definition given) and"
            + " FrictionResult with window PT2M (the JSON shape): the windows must be equal");
  }
}
