package io.cxkit.journey.io;

import static io.cxkit.journey.io.EventJsonLinesTest.drain;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.survey.io.CsvOptions;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the event and profile readers: disorder within the tolerance comes out in time
 * order with nothing lost, and whatever the writers write reads back equal.
 */
class EventIoProperties {
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
  private static final Duration TOLERANCE = Duration.ofSeconds(60);

  /**
   * Events at true instants t, put in the input in the order of t + d with each delay d in
   * [0, tolerance]: for j after i in the input t_j + d_j ≥ t_i + d_i, so t_j ≥ t_i − tolerance,
   * which is the disorder the reader promises to repair.
   */
  @Property(tries = 200)
  void disorderWithinTheToleranceComesOutSortedAndWhole(
      @ForAll("times") List<int[]> timesAndDelays) {
    List<int[]> input = new ArrayList<>(timesAndDelays);
    input.sort(Comparator.comparingInt(p -> p[0] + p[1]));
    StringBuilder text = new StringBuilder();
    List<JourneyEvent> sent = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      JourneyEvent event = JourneyEvent.of("c" + i, "cart", START.plusSeconds(input.get(i)[0]),
          EventKind.VIEW);
      sent.add(event);
      text.append(EventJsonLinesTest.line("c" + i, event.at().toString().substring(11, 19)));
    }
    try (EventReader events = EventJsonLines.reader().reorderTolerance(TOLERANCE).build()
        .open(new StringReader(text.toString()))) {
      List<JourneyEvent> read = drain(events);
      List<JourneyEvent> expected = new ArrayList<>(sent);
      // A stable sort: equal instants keep their input order.
      expected.sort(Comparator.comparing(JourneyEvent::at));
      assertThat(read).isEqualTo(expected);
      assertThat(events.report().clean()).isTrue();
      assertThat(events.report().valid()).isEqualTo(sent.size());
    }
  }

  @Provide
  Arbitrary<List<int[]>> times() {
    // Within one day, so that the HH:mm:ss of the helper line holds the instant.
    return Combinators.combine(Arbitraries.integers().between(0, 3600),
        Arbitraries.integers().between(0, (int) TOLERANCE.getSeconds()))
        .as((t, d) -> new int[] {t, d}).list().ofMaxSize(60);
  }

  @Property(tries = 100)
  void eventsWrittenAsJsonLinesOrCsvReadBackEqual(@ForAll("events") List<JourneyEvent> events) {
    List<JourneyEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(JourneyEvent::at));
    StringWriter json = new StringWriter();
    try (RecordWriter<JourneyEvent> writer = EventJsonLines.writer(json)) {
      writer.writeAll(sorted);
    }
    try (EventReader read = EventJsonLines.reader().build().open(new StringReader(json.toString()))) {
      assertThat(drain(read)).isEqualTo(sorted);
    }
    CsvOptions options = CsvOptions.DEFAULT.withDelimiter(';');
    StringWriter csv = new StringWriter();
    try (RecordWriter<JourneyEvent> writer = EventCsv.writer(csv, options, "sku", "note")) {
      writer.writeAll(sorted);
    }
    try (EventReader read = EventCsv.readerOfExport().options(options).build()
        .open(new StringReader(csv.toString()))) {
      assertThat(drain(read)).isEqualTo(sorted);
    }
  }

  /** Free text with what CSV and spreadsheets find hard: delimiters, quotes, line breaks, formulas. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("ab =+-@\"',;\n\r\t'é中").ofMinLength(1).ofMaxLength(8)
        .filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<List<JourneyEvent>> events() {
    // The CSV reader trims ids (and the writer refuses ids it would change).
    Arbitrary<String> ids = text().filter(s -> s.chars().noneMatch(Character::isISOControl)
        && s.equals(s.strip()));
    Arbitrary<Map<String, String>> attributes = Arbitraries.maps(
        Arbitraries.of("sku", "note"), text()).ofMaxSize(2);
    return Combinators.combine(ids, ids.injectNull(0.3), Arbitraries.of("cart", "checkout"),
        Arbitraries.longs().between(0, 10_000_000).map(START::plusMillis),
        Arbitraries.of(EventKind.class), attributes)
        .as(JourneyEvent::new).list().ofMaxSize(10);
  }

  @Property(tries = 100)
  void profilesWrittenAsJsonLinesOrCsvReadBackEqual(
      @ForAll("profiles") List<CustomerProfile> profiles) {
    StringWriter json = new StringWriter();
    try (RecordWriter<CustomerProfile> writer = ProfileJsonLines.writer(json)) {
      writer.writeAll(profiles);
    }
    try (var read = ProfileJsonLines.reader().build().open(new StringReader(json.toString()))) {
      assertThat(ProfileReadersTest.drain(read)).isEqualTo(profiles);
    }
    Map<String, AttributeType> columns = new LinkedHashMap<>();
    columns.put("country", AttributeType.TEXT);
    columns.put("orders", AttributeType.NUMBER);
    columns.put("signed-up", AttributeType.DATE);
    columns.put("tags", AttributeType.SET);
    CsvOptions options = CsvOptions.DEFAULT.withDecimalComma(true).withDelimiter(';');
    StringWriter csv = new StringWriter();
    try (RecordWriter<CustomerProfile> writer = ProfileCsv.writer(csv, options, columns)) {
      writer.writeAll(profiles);
    }
    try (var read = ProfileCsv.readerOfExport().options(options).build()
        .open(new StringReader(csv.toString()), "p.csv")) {
      assertThat(ProfileReadersTest.drain(read)).isEqualTo(profiles);
    }
  }

  @Provide
  Arbitrary<List<CustomerProfile>> profiles() {
    Arbitrary<AttributeValue> country = text().map(AttributeValue::text);
    Arbitrary<AttributeValue> orders = Arbitraries.doubles().between(-1e6, 1e6)
        .map(AttributeValue::number);
    Arbitrary<AttributeValue> date = Arbitraries.integers().between(0, 20_000)
        .map(d -> AttributeValue.date(LocalDate.ofEpochDay(d)));
    Arbitrary<AttributeValue> tags = Arbitraries.strings().withChars("abc=é").ofMinLength(1)
        .ofMaxLength(4).set().ofMinSize(1).ofMaxSize(3)
        .map(AttributeValue.SetAttribute::new);
    return Combinators.combine(country.injectNull(0.3),
        orders.injectNull(0.3), date.injectNull(0.3), tags.injectNull(0.3)).as((c, o, d, t) -> {
          Map<String, AttributeValue> attributes = new LinkedHashMap<>();
          put(attributes, "country", c);
          put(attributes, "orders", o);
          put(attributes, "signed-up", d);
          put(attributes, "tags", t);
          return attributes;
        }).list().ofMaxSize(8).map(list -> {
          List<CustomerProfile> out = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            out.add(new CustomerProfile("c" + i, list.get(i)));
          }
          return out;
        });
  }

  private static void put(Map<String, AttributeValue> attributes, String name,
      AttributeValue value) {
    if (value != null) {
      attributes.put(name, value);
    }
  }
}
