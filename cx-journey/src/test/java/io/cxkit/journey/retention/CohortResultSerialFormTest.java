package io.cxkit.journey.retention;

import static io.cxkit.journey.ShapeFixtures.JSON;
import static io.cxkit.journey.ShapeFixtures.changed;
import static io.cxkit.journey.ShapeFixtures.fixture;
import static io.cxkit.journey.ShapeFixtures.read;
import static io.cxkit.journey.retention.CohortShop.run;
import static io.cxkit.journey.retention.CohortShop.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.RetentionMode;
import io.cxkit.core.SerialFormException;
import io.cxkit.journey.JourneyEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The JSON shape of {@link CohortResult}: golden text, round trip and the shapes it refuses. */
class CohortResultSerialFormTest {
  static CohortDefinition byPersona() {
    return weekly().groups("persona", CohortShop.personas()).build();
  }

  private static CohortResult shop() {
    return run(byPersona(), CohortShop.events());
  }

  @Test
  void writesTheGoldenTextAndReadsItBack() throws IOException {
    // The persona matrices of CohortAnalyzerTest: total W10 (4) [2, 2, 1], W11 (2) [1, 1], W12 (1)
    // [1], W13 (1) []; bargain-hunter W10 (3) [1, 2, 1], W11 (1) [0, 1]; loyal W10 (1) [1, 0, 0],
    // W11 (1) [1, 0], W12 (1) [1]; 8 customers.
    CohortResult result = shop();
    String golden = fixture("cohorts.json");

    assertThat(JSON.readTree(JSON.writeValueAsString(result.toJsonShape())))
        .isEqualTo(JSON.readTree(golden));
    assertThat(CohortResult.fromJsonShape(read(golden), byPersona())).isEqualTo(result);
  }

  @Test
  void readsTwoPartitionsThatAddUpToTheWhole() throws IOException {
    Set<String> left = Set.of("a", "c", "f", "h");
    CohortAnalyzer a = CohortAnalyzer.of(byPersona());
    CohortAnalyzer b = CohortAnalyzer.of(byPersona());
    for (JourneyEvent event : CohortShop.events()) {
      (left.contains(event.customerId()) ? a : b).accept(event);
    }
    String textA = JSON.writeValueAsString(a.result().toJsonShape());
    String textB = JSON.writeValueAsString(b.result().toJsonShape());

    CohortResult merged = CohortResult.fromJsonShape(read(textA), byPersona())
        .plus(CohortResult.fromJsonShape(read(textB), byPersona()));

    assertThat(merged).isEqualTo(shop());
  }

  @Test
  void readsAnEmptyRecurringUnboundedResult() throws IOException {
    CohortDefinition definition = weekly().recurring().mode(RetentionMode.UNBOUNDED).build();
    CohortResult empty = CohortAnalyzer.of(definition).result();

    CohortResult read = CohortResult.fromJsonShape(
        read(JSON.writeValueAsString(empty.toJsonShape())), definition);

    assertThat(read).isEqualTo(empty);
    assertThat(read.isEmpty()).isTrue();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> member(Map<String, Object> shape, String... path) {
    Map<String, Object> at = shape;
    for (String name : path) {
      at = (Map<String, Object>) at.get(name);
    }
    return at;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cohort(Map<String, Object> matrix, int i) {
    return (Map<String, Object>) ((List<Object>) matrix.get("cohorts")).get(i);
  }

  private static void refuses(Consumer<Map<String, Object>> change, String message) {
    Map<String, Object> bad = changed(shop().toJsonShape(), change);
    assertThatThrownBy(() -> CohortResult.fromJsonShape(bad, byPersona()))
        .isInstanceOf(SerialFormException.class).hasMessage(message);
  }

  @Test
  void refusesMissingUnknownAndMistypedMembersNamingTheirPath() {
    refuses(s -> s.remove("customers"), "cannot read cohorts: member customers is missing");
    refuses(s -> s.put("extra", 1), "cannot read cohorts: member extra is unknown; the members"
        + " are customers, definition, format, groups, kind, total");
    refuses(s -> s.put("customers", "8"),
        "cannot read cohorts: customers = \"8\": must be a whole number");
    refuses(s -> s.put("format", 2),
        "cannot read cohorts: format = 2 is unknown; this version of cxkit reads format 1");
    refuses(s -> member(s, "definition").remove("zone"),
        "cannot read cohorts: member definition.zone is missing");
    refuses(s -> member(s, "definition").put("offsets", List.of(1, -2, 3)),
        "cannot read cohorts: definition.offsets[1] = -2: must be a count ≥ 0");
  }

  @Test
  void refusesCountsThatDoNotHoldTogether() {
    refuses(s -> s.put("customers", 9), "cannot read cohorts: customers = 9: must be the sum of"
        + " the total's cohort sizes, 8 (each customer is in one first-time cohort)");
    refuses(s -> cohort(member(s, "total"), 0).put("label", "2026-03-03"),
        "cannot read cohorts: total.cohorts[\"2026-03-03\"].label: must be the ISO date of the"
            + " first day of a period (iso-week) within the years 1..9999");
    refuses(s -> cohort(member(s, "total"), 0).put("label", "W10"),
        "cannot read cohorts: total.cohorts[\"W10\"].label: must be the ISO date of the first"
            + " day of a period (iso-week), such as 2026-03-02");
    refuses(s -> cohort(member(s, "total"), 3).put("label", "2026-04-06"),
        "cannot read cohorts: total.cohorts[\"2026-04-06\"].label: must not be after the period"
            + " of asOf, 2026-03-30");
    refuses(s -> cohort(member(s, "total"), 2).put("retained", List.of()),
        "cannot read cohorts: total.cohorts[\"2026-03-16\"].retained has 0 cells: must have 1,"
            + " one per offset whose period has completed by 2026-03-30T08:00:00Z");
    refuses(s -> cohort(member(s, "groups", "loyal"), 0).put("size", 2),
        "cannot read cohorts: groups.loyal: the groups' sizes of cohort \"2026-03-02\" add up to"
            + " 5, more than the total's 4: a customer is in one group at most");
    refuses(s -> cohort(member(s, "groups", "loyal"), 1).put("retained", List.of(1, 1)),
        "cannot read cohorts: groups.loyal: the groups' retained[1] of cohort \"2026-03-09\" add"
            + " up to 2, more than the total's 1: a customer is in one group at most");
    refuses(s -> member(s, "total").put("mode", "unbounded"),
        "cannot read cohorts: total.mode = \"unbounded\": must be the definition's, \"n-day\"");
    refuses(s -> cohort(member(s, "total"), 0).put("size", 1),
        "cannot read cohorts: total: cannot read cohort-retention: the JSON shape describes an"
            + " invalid value: cohorts[\"2026-03-02\"].retained[0] = 2: must be ≤ the cohort size 1");
  }

  @Test
  void refusesTheShapeOfAnotherDefinition() {
    Map<String, Object> shape = shop().toJsonShape();
    assertThatThrownBy(() -> CohortResult.fromJsonShape(shape, weekly().build()))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("grouping");
    assertThatThrownBy(() -> CohortResult.fromJsonShape(shape,
        weekly().groups("persona", CohortShop.personas()).mode(RetentionMode.UNBOUNDED).build()))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("mode");
    assertThatThrownBy(() -> CohortResult.fromJsonShape(shape, CohortDefinition
        .builder(CohortShop.map()).period(io.cxkit.survey.summary.Period.ISO_WEEK,
            CohortShop.BERLIN).offsets(1, 2, 3).asOf(Instant.parse("2026-04-06T08:00:00Z"))
        .groups("persona", CohortShop.personas()).build()))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("asOf");
    Map<String, Object> ungrouped = run(weekly().build(), CohortShop.events()).toJsonShape();
    Map<String, Object> withGroups = changed(ungrouped, s -> s.put("groups",
        member(changed(shape, x -> { }), "groups")));
    assertThatThrownBy(() -> CohortResult.fromJsonShape(withGroups, weekly().build()))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read cohorts: groups has 2 groups, but the definition has no grouping");
  }
}
