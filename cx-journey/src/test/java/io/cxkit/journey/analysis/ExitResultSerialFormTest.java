package io.cxkit.journey.analysis;

import static io.cxkit.journey.ShapeFixtures.JSON;
import static io.cxkit.journey.ShapeFixtures.changed;
import static io.cxkit.journey.ShapeFixtures.fixture;
import static io.cxkit.journey.ShapeFixtures.read;
import static io.cxkit.journey.analysis.ExitShop.T0;
import static io.cxkit.journey.analysis.ExitShop.days;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.journey.EventKind;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The JSON shape of {@link ExitResult}: golden text, round trip and the shapes it refuses. */
class ExitResultSerialFormTest {
  @SuppressWarnings("unchecked")
  static Map<String, Object> at(Map<String, Object> shape, String list, int i) {
    return (Map<String, Object>) ((List<Object>) shape.get(list)).get(i);
  }

  private static ExitResult shop() {
    return ExitAnalyzer.of(ExitAnalyzerTest.purchase())
        .acceptAll(ExitAnalyzerTest.shop().iterator()).result();
  }

  @Test
  void writesTheGoldenTextAndReadsItBack() throws IOException {
    // ExitAnalyzerTest.shop(): 7 customers = 2 converted + 1 still active + 4 exits; exits cart 2,
    // product-page 1, order-confirmation 1 (a tie, in map order); stages: purchase 3, consideration 1.
    ExitResult result = shop();
    String golden = fixture("exit-points.json");

    // Compared as JSON trees, both parsed from text: layout and member order aside, the same JSON.
    assertThat(JSON.readTree(JSON.writeValueAsString(result.toJsonShape())))
        .isEqualTo(JSON.readTree(golden));
    assertThat(ExitResult.fromJsonShape(read(golden), ExitAnalyzerTest.purchase()))
        .isEqualTo(result);
  }

  @Test
  void readsTwoPartitionsThatAddUpToTheWhole() throws IOException {
    // c1, c2, c3 in one partition (1 converted, 2 exits at the cart), the other four in the other.
    List<String> left = List.of("c1", "c2", "c3");
    ExitAnalyzer a = ExitAnalyzer.of(ExitAnalyzerTest.purchase());
    ExitAnalyzer b = ExitAnalyzer.of(ExitAnalyzerTest.purchase());
    ExitAnalyzerTest.shop().forEach(e -> (left.contains(e.customerId()) ? a : b).accept(e));
    String textA = JSON.writeValueAsString(a.result().toJsonShape());
    String textB = JSON.writeValueAsString(b.result().toJsonShape());

    ExitResult merged = ExitResult.fromJsonShape(read(textA), ExitAnalyzerTest.purchase())
        .plus(ExitResult.fromJsonShape(read(textB), ExitAnalyzerTest.purchase()));

    assertThat(merged).isEqualTo(shop());
    assertThat(ExitResult.fromJsonShape(read(textA), ExitAnalyzerTest.purchase()).exitPoint("cart")
        .exits()).isEqualTo(2);
  }

  @Test
  void readsAnEmptyResultWithoutAnEnd() throws IOException {
    ExitDefinition open = ExitDefinition.builder(ExitShop.map()).goal("order-confirmation")
        .horizon(days(1)).build();
    ExitResult empty = ExitAnalyzer.of(open).result();

    ExitResult read = ExitResult.fromJsonShape(read(JSON.writeValueAsString(empty.toJsonShape())),
        open);

    assertThat(read).isEqualTo(empty);
    assertThat(read.end()).isEmpty();
    assertThat(read.isEmpty()).isTrue();
  }

  private static void refuses(Consumer<Map<String, Object>> change, String message) {
    Map<String, Object> bad = changed(shop().toJsonShape(), change);
    assertThatThrownBy(() -> ExitResult.fromJsonShape(bad, ExitAnalyzerTest.purchase()))
        .isInstanceOf(SerialFormException.class).hasMessage(message);
  }

  @Test
  void refusesMissingUnknownAndMistypedMembersNamingTheirPath() {
    refuses(s -> s.remove("converted"), "cannot read exit-points: member converted is missing");
    refuses(s -> s.put("extra", 1), "cannot read exit-points: member extra is unknown; the"
        + " members are converted, customers, end, exitPoints, exitStages, exits, format, goals,"
        + " horizon, kind, map, stillActive");
    refuses(s -> s.put("format", 2), "cannot read exit-points: format = 2 is unknown; this"
        + " version of cxkit reads format 1");
    refuses(s -> s.put("kind", "friction"),
        "cannot read exit-points: kind = \"friction\", expected \"exit-points\"");
    refuses(s -> s.put("converted", "2"),
        "cannot read exit-points: converted = \"2\": must be a whole number");
    refuses(s -> s.put("converted", 2.5),
        "cannot read exit-points: converted = 2.5: must be a whole number");
    refuses(s -> s.put("exitPoints", Map.of()),
        "cannot read exit-points: exitPoints = {}: must be an array of objects");
    refuses(s -> at(s, "exitPoints", 1).remove("exits"),
        "cannot read exit-points: member exitPoints[1].exits is missing");
    refuses(s -> at(s, "exitPoints", 0).put("note", "x"),
        "cannot read exit-points: member exitPoints[0].note is unknown; exitPoints[0]'s"
            + " members are exits, share, stage, touchpoint");
    refuses(s -> at(s, "exitPoints", 0).put("share", null),
        "cannot read exit-points: exitPoints[0].share = null: must be {format=1, kind=percentage,"
            + " successes=2, n=4}, as the counts give (totals, shares and ranks are derived from"
            + " them)");
  }

  @Test
  @SuppressWarnings("unchecked")
  void refusesNegativeOverflowingAndInconsistentCounts() {
    refuses(s -> s.put("stillActive", -1),
        "cannot read exit-points: stillActive = -1: must be a count ≥ 0");
    refuses(s -> s.put("converted", new BigInteger("9223372036854775808")),
        "cannot read exit-points: converted = 9223372036854775808: must be a whole number within"
            + " a long (at most 9223372036854775807)");
    refuses(s -> s.put("converted", Long.MAX_VALUE),
        "cannot read exit-points: customers (converted + stillActive + exits) is more than a long"
            + " holds");
    refuses(s -> at(s, "exitPoints", 0).put("exits", 0),
        "cannot read exit-points: exitPoints[0].exits = 0: must be ≥ 1 (only counts above 0 are"
            + " written)");
    // 2 + 1 + 4 = 7 customers; 8 disagrees with the counts.
    refuses(s -> s.put("customers", 8), "cannot read exit-points: customers = 8: must be 7, as"
        + " the counts give (totals, shares and ranks are derived from them)");
    // The stage totals follow from the exit points: purchase = cart 2 + order-confirmation 1 = 3.
    refuses(s -> at(s, "exitStages", 0).put("exits", 4), "cannot read exit-points:"
        + " exitStages[0].exits = 4: must be 3, as the counts give (totals, shares and ranks are"
        + " derived from them)");
    // Swapping the ranked points: the first must be the cart, with most exits.
    refuses(s -> {
      List<Object> points = (List<Object>) s.get("exitPoints");
      points.add(0, points.remove(1));
    }, "cannot read exit-points: exitPoints[0].touchpoint = \"product-page\": must be \"cart\","
        + " as the counts give (totals, shares and ranks are derived from them)");
    refuses(s -> at(s, "exitPoints", 1).put("touchpoint", "cart"),
        "cannot read exit-points: exitPoints[1].touchpoint = \"cart\": is listed twice");
    refuses(s -> at(s, "exitPoints", 1).put("touchpoint", "basket"),
        "cannot read exit-points: exitPoints[1].touchpoint = \"basket\": is no touchpoint of the"
            + " map shop");
    refuses(s -> s.put("end", "yesterday"), "cannot read exit-points: end = \"yesterday\": must"
        + " be an ISO-8601 instant within about 292 000 years of 1970, such as"
        + " 2024-03-04T09:00:00Z");
  }

  @Test
  void refusesAShapeWrittenUnderAnotherDefinition() {
    ExitDefinition longer = ExitDefinition.builder(ExitShop.map())
        .goal("order-confirmation", EventKind.PURCHASE).horizon(days(2)).end(T0.plus(days(10)))
        .build();
    assertThatThrownBy(() -> ExitResult.fromJsonShape(shop().toJsonShape(), longer))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge ExitResult with horizon PT48H (the definition given) and"
            + " ExitResult with horizon PT24H (the JSON shape): the horizons must be equal");
    ExitDefinition anyKind = ExitDefinition.builder(ExitShop.map()).goal("order-confirmation")
        .horizon(days(1)).end(T0.plus(days(10))).build();
    assertThatThrownBy(() -> ExitResult.fromJsonShape(shop().toJsonShape(), anyKind))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessageStartingWith("cannot merge ExitResult with goals {order-confirmation=[view,");
    ExitDefinition later = ExitDefinition.builder(ExitShop.map())
        .goal("order-confirmation", EventKind.PURCHASE).horizon(days(1))
        .end(T0.plus(Duration.ofDays(11))).build();
    assertThatThrownBy(() -> ExitResult.fromJsonShape(shop().toJsonShape(), later))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge ExitResult with end 2024-03-12T09:00:00Z (the definition given)"
            + " and ExitResult with end 2024-03-11T09:00:00Z (the JSON shape): the ends must be"
            + " equal");
  }
}
