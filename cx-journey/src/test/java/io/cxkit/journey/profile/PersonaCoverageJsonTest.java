package io.cxkit.journey.profile;

import static io.cxkit.journey.profile.ShopPersonas.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The JSON shape of {@link PersonaCoverage}: the golden fixture {@code
 * fixtures/results/persona-coverage.json} is the coverage of {@link ShopPersonas#customers()},
 * whose counts are worked out by hand there: assigned loyal 4, bargain 3, newcomer 1 (2
 * unmatched); rules matched loyal 4, bargain 4, newcomer 1; one overlap, c3, matching loyal and
 * bargain, so the pairs (loyal, bargain), (loyal, newcomer), (bargain, newcomer) count 1, 0, 0.
 */
class PersonaCoverageJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PersonaClassifier classifier = ShopPersonas.SET.classifier(AS_OF);
  private final PersonaCoverage coverage = classifier.coverageOf(ShopPersonas.customers());

  private static String fixture() throws IOException {
    try (InputStream in = PersonaCoverageJsonTest.class
        .getResourceAsStream("/fixtures/results/persona-coverage.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, Object> read(String json) throws IOException {
    return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
  }

  /** The golden shape as a mutable tree, changed by {@code edit} before reading. */
  private Map<String, Object> edited(Consumer<Map<String, Object>> edit) throws IOException {
    Map<String, Object> shape = read(fixture());
    edit.accept(shape);
    return shape;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> shape, String member) {
    return (List<Object>) shape.get(member);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> persona(Map<String, Object> shape, int index) {
    return (Map<String, Object>) list(shape, "personas").get(index);
  }

  private void refused(Consumer<Map<String, Object>> edit, String message) throws IOException {
    Map<String, Object> shape = edited(edit);
    assertThatThrownBy(() -> PersonaCoverage.fromJsonShape(shape, classifier))
        .isInstanceOf(SerialFormException.class).hasMessage(message);
  }

  @Test
  void writesTheGoldenFixture() throws IOException {
    String written = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(coverage.toJsonShape());

    assertThat(written).isEqualToIgnoringNewLines(fixture().strip());
    assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(fixture()));
  }

  @Test
  void readsTheGoldenFixtureBackToTheCoverage() throws IOException {
    PersonaCoverage back = PersonaCoverage.fromJsonShape(read(fixture()), classifier);

    assertThat(back).isEqualTo(coverage);
    assertThat(back.assigned("loyal")).isEqualTo(4);
    assertThat(back.matched("bargain")).isEqualTo(4);
    assertThat(back.overlap("loyal", "bargain")).isEqualTo(1);
    assertThat(back.unmatched()).isEqualTo(2);
  }

  @Test
  void roundTripsTheEmptyCoverageAndASetOfOnePersona() throws IOException {
    PersonaCoverage empty = PersonaCoverage.empty(classifier);
    PersonaClassifier one = PersonaSet.of(ShopPersonas.LOYAL).classifier(AS_OF);
    // c1, c2, c3, c4 have more than 4 orders: 4 of the 10 match loyal, with no pair to overlap.
    PersonaCoverage single = one.coverageOf(ShopPersonas.customers());

    for (PersonaCoverage original : List.of(empty, single)) {
      String text = JSON.writeValueAsString(original.toJsonShape());
      assertThat(PersonaCoverage.fromJsonShape(read(text), original.classifier()))
          .isEqualTo(original);
    }
    assertThat(single.toJsonShape().get("overlaps")).isEqualTo(List.of());
    assertThat(single.toJsonShape().get("assigned")).isEqualTo(List.of(4L));
  }

  @Test
  void theShapeIsUnmodifiableThroughout() {
    Map<String, Object> shape = coverage.toJsonShape();

    assertThatThrownBy(() -> shape.put("customers", 0L))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list(shape, "assigned").set(0, 0L))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> persona(shape, 0).put("id", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readsNumbersAsOtherJsonLibrariesGiveThem() throws IOException {
    // Whole doubles (Gson, JavaScript) and BigIntegers read as the same counts.
    Map<String, Object> shape = edited(s -> {
      s.put("customers", 10.0);
      s.put("overlapping", BigInteger.ONE);
    });

    assertThat(PersonaCoverage.fromJsonShape(shape, classifier)).isEqualTo(coverage);
  }

  @Test
  void refusesAShapeOfAnotherAsOfDate() throws IOException {
    Map<String, Object> shape = read(fixture());

    assertThatThrownBy(() -> PersonaCoverage.fromJsonShape(shape,
        ShopPersonas.SET.classifier(AS_OF.plusDays(1))))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge PersonaCoverage with as-of date 2026-03-02 (the definition"
            + " given) and PersonaCoverage with as-of date 2026-03-01 (the JSON shape): the as-of"
            + " dates must be equal");
  }

  @Test
  void refusesAShapeOfOtherPersonas() throws IOException {
    Map<String, Object> shape = read(fixture());
    PersonaClassifier reordered = PersonaSet.of(ShopPersonas.BARGAIN, ShopPersonas.LOYAL,
        ShopPersonas.NEWCOMER).classifier(AS_OF);

    assertThatThrownBy(() -> PersonaCoverage.fromJsonShape(shape, reordered))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge PersonaCoverage with personas [bargain, loyal, newcomer] (the"
            + " definition given) and PersonaCoverage with personas [loyal, bargain, newcomer] (the"
            + " JSON shape): the personas must be equal");
  }

  @Test
  void refusesAShapeWhosePersonaHasAnotherRuleOrPriority() throws IOException {
    Persona stricter = Persona.builder("loyal", "Loyal regular")
        .rule(ProfileFacts.attribute("orders").greaterThan(9)).priority(2).build();
    Persona lower = Persona.builder("loyal", "Loyal regular")
        .rule(ShopPersonas.LOYAL.rule()).priority(5).build();
    Map<String, Object> shape = read(fixture());

    assertThatThrownBy(() -> PersonaCoverage.fromJsonShape(shape,
        PersonaSet.of(stricter, ShopPersonas.BARGAIN, ShopPersonas.NEWCOMER).classifier(AS_OF)))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge PersonaCoverage with persona rules loyal ="
            + " {\"attribute\":\"orders\",\"operator\":\"greater-than\",\"value\":9} (the"
            + " definition given) and PersonaCoverage with persona rules loyal ="
            + " {\"attribute\":\"orders\",\"operator\":\"greater-than\",\"value\":4} (the JSON"
            + " shape): the persona rules must be equal");
    assertThatThrownBy(() -> PersonaCoverage.fromJsonShape(shape,
        PersonaSet.of(lower, ShopPersonas.BARGAIN, ShopPersonas.NEWCOMER).classifier(AS_OF)))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge PersonaCoverage with persona priorities loyal = 5 (the"
            + " definition given) and PersonaCoverage with persona priorities loyal = 2 (the JSON"
            + " shape): the persona priorities must be equal");
  }

  @Test
  void refusesMissingUnknownAndNullMembers() throws IOException {
    refused(s -> s.remove("matched"), "cannot read persona-coverage: member matched is missing");
    refused(s -> s.put("matched", null), "cannot read persona-coverage: member matched is null");
    refused(s -> s.put("shares", List.of()), "cannot read persona-coverage: member shares is"
        + " unknown; the members are asOf, assigned, customers, format, kind, matched, overlapping,"
        + " overlaps, personas");
    refused(s -> persona(s, 1).put("name", "Bargain hunter"), "cannot read persona-coverage:"
        + " member personas[1].name is unknown; personas[1]'s members are id, priority, rule");
    refused(s -> persona(s, 2).remove("rule"),
        "cannot read persona-coverage: member personas[2].rule is missing");
  }

  @Test
  void refusesAnotherFormatOrKind() throws IOException {
    refused(s -> s.put("format", 2), "cannot read persona-coverage: format = 2 is unknown; this"
        + " version of cxkit reads format 1");
    refused(s -> s.put("kind", "funnel-result"), "cannot read persona-coverage: kind ="
        + " \"funnel-result\", expected \"persona-coverage\"");
  }

  @Test
  void refusesMistypedMembers() throws IOException {
    refused(s -> s.put("customers", "10"),
        "cannot read persona-coverage: customers = \"10\": must be a whole number");
    refused(s -> s.put("customers", 10.5), "cannot read persona-coverage: customers = 10.5:"
        + " must be a whole number");
    refused(s -> s.put("asOf", "1 March 2026"), "cannot read persona-coverage: asOf ="
        + " \"1 March 2026\": must be an ISO-8601 date such as 2026-03-01");
    refused(s -> s.put("assigned", 4), "cannot read persona-coverage: assigned = 4: must be an"
        + " array of counts");
    refused(s -> list(s, "matched").set(1, null), "cannot read persona-coverage: matched[1] ="
        + " null: must be a count ≥ 0");
    refused(s -> s.put("personas", Map.of()), "cannot read persona-coverage: personas = {}:"
        + " must be an array of objects");
    refused(s -> list(s, "personas").set(0, "loyal"), "cannot read persona-coverage:"
        + " personas[0] = \"loyal\": must be an object");
    refused(s -> persona(s, 0).put("priority", 3_000_000_000L), "cannot read persona-coverage:"
        + " personas[0].priority = 3000000000: must be an int");
    refused(s -> persona(s, 0).put("rule", "orders > 4"), "cannot read persona-coverage:"
        + " personas[0].rule = \"orders > 4\": must be a condition's JSON object");
    refused(s -> persona(s, 0).put("id", 7), "cannot read persona-coverage: personas[0].id = 7:"
        + " must be a string");
  }

  @Test
  void refusesARuleThatIsNoCondition() throws IOException {
    Map<String, Object> shape = edited(s -> persona(s, 0).put("rule", new LinkedHashMap<>(
        Map.of("attribute", "orders", "operator", "faster-than", "value", 4))));

    assertThatThrownBy(() -> PersonaCoverage.fromJsonShape(shape, classifier))
        .isInstanceOf(SerialFormException.class)
        .hasMessageStartingWith("cannot read persona-coverage: personas[0].rule is not a"
            + " condition: ")
        .hasMessageContaining("faster-than");
  }

  @Test
  void refusesNegativeOverflowingAndMiscountedLists() throws IOException {
    refused(s -> s.put("customers", -1), "cannot read persona-coverage: customers = -1: must be"
        + " a count ≥ 0");
    refused(s -> s.put("customers", new BigInteger("9223372036854775808")),
        "cannot read persona-coverage: customers = 9223372036854775808: must be a whole number"
            + " within a long (at most 9223372036854775807)");
    refused(s -> list(s, "assigned").remove(2), "cannot read persona-coverage: assigned has 2"
        + " counts: must have 3 for the classifier's personas");
    refused(s -> list(s, "overlaps").add(0), "cannot read persona-coverage: overlaps has 4"
        + " counts: must have 3 for the classifier's personas");
    refused(s -> {
      s.put("customers", Long.MAX_VALUE);
      s.put("assigned", List.of(Long.MAX_VALUE, 1, 0));
      s.put("matched", List.of(Long.MAX_VALUE, 1, 0));
    }, "cannot read persona-coverage: assigned: the counts add up to more than"
        + " 9223372036854775807");
  }

  @Test
  void refusesCountsThatContradictEachOther() throws IOException {
    // Each edit breaks one rule of a counted coverage, the rest of the fixture kept.
    refused(s -> list(s, "assigned").set(2, 2), "cannot read persona-coverage: assigned[2] = 2:"
        + " must be ≤ matched[2] = 1; a customer is assigned a persona whose rule it matched");
    refused(s -> s.put("customers", 3), "cannot read persona-coverage: matched[0] = 4: must be ≤"
        + " customers = 3");
    refused(s -> s.put("customers", 7), "cannot read persona-coverage: assigned: the counts add"
        + " up to 8: must be ≤ customers = 7");
    // matched 4 + 4 + 1 = 9 is 1 more than the 8 assigned: one overlapping customer, not two.
    refused(s -> s.put("overlapping", 2), "cannot read persona-coverage: matched: the counts add"
        + " up to 9, 1 more than the customers assigned a persona; with overlapping = 2 that must"
        + " be between 2 and 2 × 2");
    // The bargain customer assigned loyal (c3) must show in a pair with bargain (persona 1).
    refused(s -> s.put("overlaps", List.of(0, 1, 0)), "cannot read persona-coverage: overlaps:"
        + " the pairs with persona 1 add up to 0: must be ≥ matched[1] − assigned[1] = 1");
  }

  @Test
  void refusesPairsThatExceedTheOverlap() throws IOException {
    refused(s -> s.put("overlaps", List.of(2, 0, 0)), "cannot read persona-coverage:"
        + " overlaps[0] = 2 (personas 0 and 1): must be ≤ overlapping = 1, matched[0] = 4 and"
        + " matched[1] = 4");
    refused(s -> s.put("overlaps", List.of(0, 0, 0)), "cannot read persona-coverage: overlaps:"
        + " the counts add up to 0: must be ≥ 1, the matches beyond the customers' assignments");
  }

  @Test
  void refusesANonStringKey() throws IOException {
    Map<Object, Object> shape = new LinkedHashMap<>(read(fixture()));
    shape.put(1, "one");
    @SuppressWarnings("unchecked")
    Map<String, ?> raw = (Map<String, ?>) (Map<?, ?>) shape;

    assertThatThrownBy(() -> PersonaCoverage.fromJsonShape(raw, classifier))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read persona-coverage: member 1 is unknown; the members are asOf,"
            + " assigned, customers, format, kind, matched, overlapping, overlaps, personas");
    assertThat(new ArrayList<>(shape.keySet())).hasSize(10);
  }
}
