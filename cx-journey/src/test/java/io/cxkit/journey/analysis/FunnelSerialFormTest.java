package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.FunnelFixtures.shop;
import static io.cxkit.journey.analysis.FunnelFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.journey.CustomerGroups;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The JSON shapes of funnel results read back: golden fixtures pin the format, and bad shapes fail
 * with messages that name the member, its value and the rule.
 */
class FunnelSerialFormTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** cart → checkout within a day. */
  private static FunnelDefinition cartToCheckout(Duration window) {
    return FunnelDefinition.builder("cart-to-checkout", shop()).touchpoint("cart")
        .touchpoint("checkout").window(window).build();
  }

  private static final FunnelDefinition DEFINITION = cartToCheckout(Duration.ofDays(1));

  /**
   * Three customers at the cart: "a" (loyal) reaches checkout 5 min later, "b" (bargain) 90 min
   * later, "c" (bargain) never: entered 3, cart 3, checkout 2, times to convert 300 000 000 µs and
   * 5 400 000 000 µs.
   */
  private static FunnelBreakdown breakdown() {
    FunnelBreakdownAnalyzer analyzer = FunnelBreakdownAnalyzer.of(DEFINITION,
        FunnelGrouping.byCustomer("persona",
            CustomerGroups.of(Map.of("a", "loyal", "b", "bargain", "c", "bargain"))));
    analyzer.acceptAll(List.of(view("a", "cart", 0), view("b", "cart", 0), view("c", "cart", 2),
        view("a", "checkout", 5), view("b", "checkout", 90)).iterator());
    return analyzer.result();
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = FunnelSerialFormTest.class
        .getResourceAsStream("/fixtures/results/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static Map<String, Object> shape(String fixture) throws IOException {
    return JSON.readValue(fixture(fixture), MAP);
  }

  @Test
  void theGoldenFunnelResultReadsBackAndIsWhatTheResultWrites() throws IOException {
    FunnelResult result = breakdown().total();
    // Hand count (see breakdown()): 3 entered, 3 at cart, 2 at checkout.
    assertThat(result.entered()).isEqualTo(3);
    assertThat(result.customersAt(1)).isEqualTo(2);

    assertThat(FunnelResult.fromJsonShape(shape("funnel-result.json"), DEFINITION))
        .isEqualTo(result);
    assertThat(JSON.readTree(fixture("funnel-result.json")))
        .isEqualTo(JSON.readTree(JSON.writeValueAsString(result.toJsonShape())));
  }

  @Test
  void theGoldenFunnelBreakdownReadsBackAndIsWhatTheBreakdownWrites() throws IOException {
    FunnelBreakdown breakdown = breakdown();
    // loyal: a alone (1 entered, 1 converted); bargain: b and c (2 entered, 1 converted).
    assertThat(breakdown.group("bargain").orElseThrow().customersAt(1)).isEqualTo(1);

    assertThat(FunnelBreakdown.fromJsonShape(shape("funnel-breakdown.json"), DEFINITION, "persona"))
        .isEqualTo(breakdown);
    assertThat(JSON.readTree(fixture("funnel-breakdown.json")))
        .isEqualTo(JSON.readTree(JSON.writeValueAsString(breakdown.toJsonShape())));
  }

  @Test
  void aHistogramReadsBackThroughItsJsonText() throws IOException {
    // 0 and 127 µs have buckets of their own; 128 µs starts the first 2-µs bucket; 10^9 µs is far up.
    DurationHistogram histogram = DurationHistogram.accumulator().recordMicros(0).recordMicros(127)
        .recordMicros(128).recordMicros(1_000_000_000L).snapshot();
    Map<String, Object> shape =
        JSON.readValue(JSON.writeValueAsString(histogram.toJsonShape()), MAP);

    assertThat(DurationHistogram.fromJsonShape(shape)).isEqualTo(histogram);
    assertThat(DurationHistogram.fromJsonShape(Map.of("count", 0)))
        .isEqualTo(DurationHistogram.empty());
  }

  private static void badResult(Consumer<Map<String, Object>> change, String message)
      throws IOException {
    Map<String, Object> shape = shape("funnel-result.json");
    change.accept(shape);
    assertThatThrownBy(() -> FunnelResult.fromJsonShape(shape, DEFINITION))
        .isInstanceOf(SerialFormException.class).hasMessage(message);
  }

  private static void badBreakdown(Consumer<Map<String, Object>> change, String message)
      throws IOException {
    Map<String, Object> shape = shape("funnel-breakdown.json");
    change.accept(shape);
    assertThatThrownBy(() -> FunnelBreakdown.fromJsonShape(shape, DEFINITION, "persona"))
        .isInstanceOf(SerialFormException.class).hasMessage(message);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> at(Map<String, Object> shape, Object... path) {
    Object here = shape;
    for (Object step : path) {
      here = step instanceof Integer i ? ((List<Object>) here).get(i)
          : ((Map<String, Object>) here).get(step);
    }
    return (Map<String, Object>) here;
  }

  @Test
  @SuppressWarnings("unchecked")
  void missingUnknownAndMistypedMembersAreNamed() throws IOException {
    badResult(s -> s.remove("entered"), "cannot read funnel-result: member entered is missing");
    badResult(s -> s.put("extra", 1), "cannot read funnel-result: member extra is unknown; the"
        + " members are conversion, definition, empty, entered, format, kind, steps");
    badResult(s -> s.put("entered", "3"),
        "cannot read funnel-result: entered = \"3\": must be a whole number");
    badResult(s -> s.put("entered", 2.5), "cannot read funnel-result: entered = 2.5: must be a whole number");
    badResult(s -> s.put("steps", "none"),
        "cannot read funnel-result: steps = \"none\": must be an array of objects");
    badResult(s -> ((List<Object>) s.get("steps")).set(0, null),
        "cannot read funnel-result: steps[0] = null: must be an object");
    badResult(s -> at(s, "steps", 1).put("timeFromStart", List.of()),
        "cannot read funnel-result: steps[1].timeFromStart = []: must be an object");
    badResult(s -> at(s, "steps", 1, "timeFromStart").remove("buckets"),
        "cannot read funnel-result: member steps[1].timeFromStart.buckets is missing");
    badResult(s -> s.put("format", 2),
        "cannot read funnel-result: format = 2 is unknown; this version of cxkit reads format 1");
    badResult(s -> s.put("kind", "path-result"),
        "cannot read funnel-result: kind = \"path-result\", expected \"funnel-result\"");
  }

  @Test
  void negativeIncreasingAndOverflowingCountsAreRefused() throws IOException {
    badResult(s -> at(s, "steps", 1).put("customers", -1),
        "cannot read funnel-result: steps[1].customers = -1: must be a count ≥ 0");
    badResult(s -> at(s, "steps", 1).put("customers", 4),
        "cannot read funnel-result: steps[1].customers = 4: must be at most steps[0].customers (3):"
            + " counts never increase along the steps");
    badResult(s -> s.put("entered", 2),
        "cannot read funnel-result: steps[0].customers = 3: must be at most entered (2): counts"
            + " never increase along the steps");
    // 2^64 does not fit a long.
    badResult(s -> s.put("entered", BigInteger.ONE.shiftLeft(64)),
        "cannot read funnel-result: entered = 18446744073709551616: must be a whole number within"
            + " a long (at most " + Long.MAX_VALUE + ")");
  }

  @Test
  @SuppressWarnings("unchecked")
  void derivedMembersMustAgreeWithTheCounts() throws IOException {
    // conversion is checkout of cart: 2/3, not 1/3.
    badResult(s -> at(s, "conversion").put("successes", 1),
        "cannot read funnel-result: conversion = 1/3: must be 2/3 (the last step's customers of"
            + " the first step's)");
    badResult(s -> at(s, "steps", 1).put("dropOff", 0),
        "cannot read funnel-result: steps[1].dropOff = 0: must be 1 (the previous step's customers"
            + " less these)");
    badResult(s -> s.put("empty", true),
        "cannot read funnel-result: empty = true: must be false as entered is 3");
    // Two times were recorded at checkout; a count of 3 disagrees with the buckets.
    badResult(s -> at(s, "steps", 1, "timeFromStart").put("count", 3),
        "cannot read funnel-result: steps[1].timeFromStart.count = 3: must be the buckets' total, 2");
    // 300 000 000 µs is in [2^28, 2^29), cut in 64 buckets of 2^22 µs: 300 000 000 >> 22 = 71,
    // so its bucket starts at 71 · 2^22 = 297 795 584; one µs more is no bucket's lower bound.
    badResult(s -> {
      Map<String, Object> bucket = (Map<String, Object>) ((List<Object>) at(s, "steps", 1,
          "timeFromStart").get("buckets")).get(0);
      bucket.put("fromMicros", ((Number) bucket.get("fromMicros")).longValue() + 1);
    }, "cannot read funnel-result: steps[1].timeFromStart.buckets[0].fromMicros = 297795585: must"
        + " be a bucket's lower bound (the bucket holding it starts at 297795584)");
  }

  @Test
  void aShapeOfAnotherFunnelOrGroupingIsRefused() throws IOException {
    FunnelDefinition twoDays = cartToCheckout(Duration.ofDays(2));
    Map<String, Object> shape = shape("funnel-result.json");
    assertThatThrownBy(() -> FunnelResult.fromJsonShape(shape, twoDays))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge FunnelResult with definition windowSeconds = 172800.0 (the"
            + " definition given, funnel cart-to-checkout) and FunnelResult with definition"
            + " windowSeconds = 86400.0 (the JSON shape): the definitions must be equal");
    Map<String, Object> breakdown = shape("funnel-breakdown.json");
    assertThatThrownBy(() -> FunnelBreakdown.fromJsonShape(breakdown, DEFINITION, "channel"))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge FunnelBreakdown with grouping channel (the definition given) and"
            + " FunnelBreakdown with grouping persona (the JSON shape): the groupings must be"
            + " equal");
    Map<String, Object> otherTarget = shape("funnel-result.json");
    at(otherTarget, "definition", "steps", 1).put("target", "order-confirmation");
    assertThatThrownBy(() -> FunnelResult.fromJsonShape(otherTarget, DEFINITION))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge FunnelResult with definition steps[1].target = \"checkout\" (the"
            + " definition given, funnel cart-to-checkout) and FunnelResult with definition"
            + " steps[1].target = \"order-confirmation\" (the JSON shape): the definitions must be"
            + " equal");
  }

  @Test
  void aBreakdownsGroupsMustFitInItsTotal() throws IOException {
    badBreakdown(s -> at(s, "total", "steps", 0).put("name", "basket"),
        "cannot read funnel-breakdown: total.steps[0].name = \"basket\": must be \"cart\", step 0"
            + " of funnel cart-to-checkout");
    badBreakdown(s -> at(s, "groups").put("loyal", 5),
        "cannot read funnel-breakdown: groups.loyal = 5: must be an object");
    badBreakdown(s -> at(s, "groups", "loyal").put("definition", Map.of()),
        "cannot read funnel-breakdown: member groups.loyal.definition is unknown;"
            + " groups.loyal's members are conversion, empty, entered, steps");
    // bargain (2) + loyal (1) + a copy of bargain (2) = 5 entered, of a total of 3.
    badBreakdown(s -> at(s, "groups").put("extra", at(s, "groups", "bargain")),
        "cannot read funnel-breakdown: groups: the groups' entered add up to 5, more than"
            + " total.entered (3): a customer is in one group at most");
  }
}
