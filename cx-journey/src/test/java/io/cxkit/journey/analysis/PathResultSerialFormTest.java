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
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The JSON shape of {@link PathResult}: golden text, round trip and the shapes it refuses. */
class PathResultSerialFormTest {

  private static PathDefinition twoSteps() {
    return PathAnalyzerTest.paths().maxSteps(2).build();
  }

  private static PathResult shop() {
    return PathAnalyzer.of(twoSteps()).acceptAll(PathAnalyzerTest.events().iterator()).result();
  }

  @Test
  void writesTheGoldenTextAndReadsItBack() throws IOException {
    // PathAnalyzerTest.events() cut at 2 steps: s1 and s2 (home, product page, cart) become
    // [home, product-page] cut, 2 of 4 units; s3 [home, product-page] ended there, c [home]; the
    // tie at 1 in map order, the shorter path first.
    PathResult result = shop();
    String golden = fixture("paths.json");

    assertThat(JSON.readTree(JSON.writeValueAsString(result.toJsonShape())))
        .isEqualTo(JSON.readTree(golden));
    assertThat(PathResult.fromJsonShape(read(golden), twoSteps())).isEqualTo(result);
  }

  @Test
  void readsTwoPartitionsThatAddUpToTheWhole() throws IOException {
    // Customer a (s1 and s3) in one partition, b and c in the other.
    PathAnalyzer a = PathAnalyzer.of(twoSteps());
    PathAnalyzer bc = PathAnalyzer.of(twoSteps());
    PathAnalyzerTest.events().forEach(e -> (e.customerId().equals("a") ? a : bc).accept(e));

    PathResult readA = PathResult.fromJsonShape(
        read(JSON.writeValueAsString(a.result().toJsonShape())), twoSteps());
    PathResult readBc = PathResult.fromJsonShape(
        read(JSON.writeValueAsString(bc.result().toJsonShape())), twoSteps());

    assertThat(readA.units()).isEqualTo(2);
    assertThat(readBc.units()).isEqualTo(2);
    assertThat(readA.plus(readBc)).isEqualTo(shop());
  }

  private static void refuses(Consumer<Map<String, Object>> change, String message) {
    Map<String, Object> bad = changed(shop().toJsonShape(), change);
    assertThatThrownBy(() -> PathResult.fromJsonShape(bad, twoSteps()))
        .isInstanceOf(SerialFormException.class).hasMessage(message);
  }

  @Test
  void refusesMissingUnknownAndMistypedMembersNamingTheirPath() {
    refuses(s -> s.remove("units"), "cannot read paths: member units is missing");
    refuses(s -> s.put("trie", 1), "cannot read paths: member trie is unknown; the members are"
        + " exact, format, kind, map, maxNodes, maxSteps, other, paths, unit, units");
    refuses(s -> at(s, "paths", 0).put("cut", "yes"),
        "cannot read paths: paths[0].cut = \"yes\": must be true or false");
    refuses(s -> at(s, "paths", 1).put("touchpoints", "home"),
        "cannot read paths: paths[1].touchpoints = \"home\": must be an array of strings");
    refuses(s -> at(s, "paths", 1).put("touchpoints", List.of(7)),
        "cannot read paths: paths[1].touchpoints[0] = 7: must be a string");
    refuses(s -> s.put("exact", false), "cannot read paths: exact = false: must be true, as the"
        + " counts give (totals, shares and ranks are derived from them)");
  }

  @Test
  void refusesPathsAndCountsNoAnalysisMakes() {
    refuses(s -> at(s, "paths", 1).put("count", -1),
        "cannot read paths: paths[1].count = -1: must be a count ≥ 0");
    refuses(s -> at(s, "paths", 1).put("count", 0),
        "cannot read paths: paths[1].count = 0: must be ≥ 1 (only counts above 0 are written)");
    refuses(s -> at(s, "paths", 1).put("touchpoints", List.of()),
        "cannot read paths: paths[1].touchpoints has 0 touchpoints: must have 1 to the step"
            + " limit, 2");
    refuses(s -> at(s, "paths", 1).put("touchpoints", List.of("home", "cart", "checkout")),
        "cannot read paths: paths[1].touchpoints has 3 touchpoints: must have 1 to the step"
            + " limit, 2");
    refuses(s -> at(s, "paths", 1).put("touchpoints", List.of("basket")),
        "cannot read paths: paths[1].touchpoints[0] = \"basket\": is no touchpoint of the map"
            + " shop");
    refuses(s -> at(s, "paths", 1).put("touchpoints", List.of("home", "home")),
        "cannot read paths: paths[1].touchpoints[1] = \"home\": repeats the step before"
            + " (consecutive repeats are one step)");
    refuses(s -> at(s, "paths", 1).put("cut", true),
        "cannot read paths: paths[1].cut = true: a cut path has the step limit's 2 touchpoints,"
            + " this one 1");
    refuses(s -> at(s, "paths", 2).put("cut", true),
        "cannot read paths: paths[2].touchpoints = [home, product-page] (cut): is listed twice");
    // 2 + 1 + 1 paths and 0 other make 4 units, not 5.
    refuses(s -> s.put("units", 5), "cannot read paths: units = 5: must be the paths' counts and"
        + " other together, 4 (every unit is on one path or other)");
    refuses(s -> s.put("other", Long.MAX_VALUE),
        "cannot read paths: paths count, with other, more than a long holds");
    // Ties at 1 are in map order, the shorter path first: [home] before [home, product-page].
    refuses(s -> {
      @SuppressWarnings("unchecked")
      List<Object> paths = (List<Object>) s.get("paths");
      paths.add(1, paths.remove(2));
    }, "cannot read paths: paths[1].touchpoints = [home, product-page]: must be [home], as the"
        + " counts give (totals, shares and ranks are derived from them)");
  }

  @Test
  void refusesAShapeWrittenUnderAnotherDefinition() {
    assertThatThrownBy(() -> PathResult.fromJsonShape(shop().toJsonShape(),
        PathAnalyzerTest.paths().build()))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge PathResult with maxSteps 10 (the definition given) and"
            + " PathResult with maxSteps 2 (the JSON shape): the maxSteps must be equal");
    assertThatThrownBy(() -> PathResult.fromJsonShape(shop().toJsonShape(),
        PathAnalyzerTest.paths().maxSteps(2).unit(PathUnit.CUSTOMER).build()))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge PathResult with unit customer (the definition given) and"
            + " PathResult with unit session (the JSON shape): the units must be equal");
  }
}
