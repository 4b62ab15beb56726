package io.cxkit.journey.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.BadRecordException;
import io.cxkit.survey.io.OnBadRecord;
import io.cxkit.survey.io.ReadReport;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading journey events from JSON Lines: the golden fixtures, every bad line, the time order. */
class EventJsonLinesTest {

  static InputStream fixture(String name) {
    InputStream in = EventJsonLinesTest.class.getResourceAsStream("/fixtures/" + name);
    assertThat(in).as(name).isNotNull();
    return in;
  }

  static List<JourneyEvent> drain(EventReader reader) {
    List<JourneyEvent> out = new ArrayList<>();
    reader.forEachRemaining(out::add);
    return out;
  }

  @Test
  void readsTheGoldenFileInTimeOrder() {
    // good.jsonl: a UTF-8 byte order mark, CRLF line ends, a blank line 5. Line 4 (c2 at 10:03)
    // comes after line 3 (c1 at 10:05): 2 minutes out of order, within the default 5 minutes, so
    // it is put before it. Line 6 is 11:10+01:00 = 10:10Z.
    try (EventReader events = EventJsonLines.reader().checkingAgainst(JourneyMap.ecommerce())
        .build().open(fixture("events/good.jsonl"), "good.jsonl")) {
      List<JourneyEvent> read = drain(events);
      assertThat(read).extracting(e -> e.at().toString()).containsExactly("2026-03-01T10:00:00Z",
          "2026-03-01T10:01:00Z", "2026-03-01T10:03:00Z", "2026-03-01T10:05:00Z",
          "2026-03-01T10:10:00Z");
      assertThat(read.get(0)).isEqualTo(new JourneyEvent("c1", "s1", "product-page",
          Instant.parse("2026-03-01T10:00:00Z"), EventKind.VIEW, Map.of("sku", "A1")));
      assertThat(read.get(2)).isEqualTo(JourneyEvent.of("c2", "cart",
          Instant.parse("2026-03-01T10:03:00Z"), EventKind.VIEW));
      assertThat(read.get(4).kind()).isEqualTo(EventKind.PURCHASE);
      // Five records (the blank line is none), all valid; one moved.
      assertThat(events.report()).isEqualTo(new ReadReport(5, 5, 0, List.of()));
      assertThat(events.reordered()).isEqualTo(1);
    }
  }

  @Test
  void skipsAndReportsEveryBadLineWithItsOwnNumber() {
    List<BadRecord> told = new ArrayList<>();
    try (EventReader events = EventJsonLines.reader().checkingAgainst(JourneyMap.ecommerce())
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).onBadRecord(told::add).build()
        .open(fixture("events/bad.jsonl"), "bad.jsonl")) {
      List<JourneyEvent> read = drain(events);
      // Lines 1, 6 and 8 are valid; 2 malformed, 3 an unknown member, 4 an unknown kind, 5 an
      // unknown touchpoint, 7 (10:00) 30 minutes before line 6 (10:30), beyond 5 minutes.
      assertThat(read).extracting(JourneyEvent::at).extracting(Instant::toString)
          .containsExactly("2026-03-01T10:00:00Z", "2026-03-01T10:30:00Z", "2026-03-01T10:31:00Z");
      ReadReport report = events.report();
      assertThat(report.read()).isEqualTo(8);
      assertThat(report.valid()).isEqualTo(3);
      assertThat(report.skipped()).isEqualTo(5);
      assertThat(report.badRecords()).extracting(BadRecord::line).containsExactly(2L, 3L, 4L, 5L,
          7L);
      assertThat(told).isEqualTo(report.badRecords());
      List<BadRecord> bad = report.badRecords();
      assertThat(bad.get(0).problem()).isInstanceOf(SurveyJsonException.class)
          .hasMessageContaining("not well-formed JSON");
      assertThat(((SurveyJsonException) bad.get(0).problem()).line()).isEqualTo(2);
      SurveyJsonException unknown = (SurveyJsonException) bad.get(1).problem();
      assertThat(unknown.path()).isEqualTo("$.colour");
      assertThat(unknown.line()).isEqualTo(3);
      // {"customerId":"c1",…,"kind":"view", is 83 characters: the member's name starts at 84.
      assertThat(unknown.column()).isEqualTo(84);
      SurveyJsonException kind = (SurveyJsonException) bad.get(2).problem();
      assertThat(kind.path()).isEqualTo("$.kind");
      assertThat(kind.problem()).contains("\"pageview\"", "must be one of view, start");
      assertThat(bad.get(3).problem()).isInstanceOf(UnknownTouchpointException.class)
          .hasMessageContaining("\"moon\"").hasMessageContaining("\"ecommerce\"");
      EventOrderException order = (EventOrderException) bad.get(4).problem();
      assertThat(order.at()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
      assertThat(order.after()).isEqualTo(Instant.parse("2026-03-01T10:30:00Z"));
      assertThat(order).hasMessageContaining("PT30M before").hasMessageContaining("line 6");
    }
  }

  @Test
  void failModeDeliversTheEventsBeforeTheFirstBadLineThenStops() {
    EventReader events = EventJsonLines.reader().build().open(fixture("events/bad.jsonl"),
        "bad.jsonl");
    // Line 1 is held for reordering when line 2 turns out malformed: it is passed on first.
    assertThat(events.next().touchpointId()).isEqualTo("product-page");
    assertThatThrownBy(events::hasNext).isInstanceOf(BadRecordException.class)
        .hasMessageStartingWith("bad.jsonl line 2: ")
        .satisfies(e -> assertThat(((BadRecordException) e).line()).isEqualTo(2));
    assertThat(events.report()).satisfies(r -> {
      assertThat(r.read()).isEqualTo(2);
      assertThat(r.valid()).isEqualTo(1);
      assertThat(r.skipped()).isEqualTo(1);
    });
    events.close();
  }

  @Test
  void zeroToleranceTakesEqualInstantsInInputOrderAndRefusesAnyStepBack() {
    String text = line("a", "10:00:00") + line("b", "10:00:00") + line("c", "10:00:01")
        + line("d", "10:00:00");
    try (EventReader events = EventJsonLines.reader().reorderTolerance(Duration.ZERO)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build().open(new StringReader(text))) {
      // a and b share an instant and keep their order; d is 1 s before c, beyond a zero tolerance.
      assertThat(drain(events)).extracting(JourneyEvent::customerId).containsExactly("a", "b", "c");
      assertThat(events.report().badRecords()).singleElement().satisfies(b -> {
        assertThat(b.line()).isEqualTo(4);
        assertThat(b.problem()).isInstanceOf(EventOrderException.class);
      });
      assertThat(events.reordered()).isZero();
    }
  }

  @Test
  void aFullBufferPassesTheEarliestOnAndRefusesWhatWouldGoBeforeIt() {
    // Buffer of 3 and 10 minutes' tolerance: a (10:00), b (10:05) and c (10:06) fill it, so a is
    // passed on before d is read; d (09:59) is within 10 minutes of c but before a: refused.
    String text = line("a", "10:00:00") + line("b", "10:05:00") + line("c", "10:06:00")
        + line("d", "09:59:00") + line("e", "10:04:00");
    try (EventReader events = EventJsonLines.reader().reorderTolerance(Duration.ofMinutes(10))
        .maxReorderBuffer(3).onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build()
        .open(new StringReader(text))) {
      // e (10:04) is after a, the last passed on, so it is put before b; the buffer is full again
      // and e goes on; at the end b and c follow.
      assertThat(drain(events)).extracting(JourneyEvent::customerId)
          .containsExactly("a", "e", "b", "c");
      assertThat(events.report().badRecords()).singleElement().satisfies(b -> {
        assertThat(b.line()).isEqualTo(4);
        assertThat(b.problem()).hasMessageContaining("reorder buffer was full");
      });
      assertThat(events.reordered()).isEqualTo(1);
      assertThat(events.maxBuffered()).isEqualTo(3);
    }
  }

  @Test
  void aToleranceBeyondTheInstantRangeRefusesNothing() {
    // Duration.ofSeconds(Long.MAX_VALUE) is "no limit" to a user; latest − tolerance lies before
    // Instant.MIN, so no event is too early. b (09:00) is an hour before a and is put before it.
    String text = line("a", "10:00:00") + line("b", "09:00:00") + line("c", "10:30:00");
    try (EventReader events = EventJsonLines.reader()
        .reorderTolerance(Duration.ofSeconds(Long.MAX_VALUE)).build()
        .open(new StringReader(text))) {
      assertThat(drain(events)).extracting(JourneyEvent::customerId).containsExactly("b", "a", "c");
      assertThat(events.report()).isEqualTo(new ReadReport(3, 3, 0, List.of()));
      assertThat(events.reordered()).isEqualTo(1);
    }
  }

  @Test
  void reorderedCountsOnlyEventsDelivered() {
    // Tolerance 5 minutes. a 10:00, b 10:04, c 10:03 (1 minute before b: late), d 10:06. Reading d
    // makes 10:01 the floor, so a (10:00) goes on first while c is still held: 0 moved so far.
    String text = line("a", "10:00:00") + line("b", "10:04:00") + line("c", "10:03:00")
        + line("d", "10:06:00");
    try (EventReader events = EventJsonLines.reader().build().open(new StringReader(text))) {
      assertThat(events.next().customerId()).isEqualTo("a");
      assertThat(events.reordered()).isZero();
      // Then c (moved before b), b, d: one event moved.
      assertThat(drain(events)).extracting(JourneyEvent::customerId).containsExactly("c", "b", "d");
      assertThat(events.reordered()).isEqualTo(1);
    }
  }

  @Test
  void ignoresUnknownMembersWhenAskedAndMapsOtherWordsForKinds() {
    String text = "{\"customerId\":\"c1\",\"touchpointId\":\"cart\",\"at\":\"2026-03-01T10:00:00Z\","
        + "\"kind\":\"pageview\",\"extra\":{\"nested\":[1,2]}}\n";
    try (EventReader events = EventJsonLines.reader().ignoreUnknownMembers()
        .kind("pageview", EventKind.VIEW).build().open(new StringReader(text))) {
      assertThat(drain(events)).containsExactly(JourneyEvent.of("c1", "cart",
          Instant.parse("2026-03-01T10:00:00Z"), EventKind.VIEW));
    }
  }

  @Test
  void refusesMissingMembersWrongTypesAndLocalTimes() {
    String text = "{\"touchpointId\":\"cart\",\"at\":\"2026-03-01T10:00:00Z\",\"kind\":\"view\"}\n"
        + "{\"customerId\":7,\"touchpointId\":\"cart\",\"at\":\"2026-03-01T10:00:00Z\",\"kind\":\"view\"}\n"
        + "{\"customerId\":\"c\",\"touchpointId\":\"cart\",\"at\":\"2026-03-01T10:00\",\"kind\":\"view\"}\n"
        + "[1]\n";
    try (EventReader events = EventJsonLines.reader().onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
        .build().open(new StringReader(text))) {
      assertThat(drain(events)).isEmpty();
      assertThat(events.report().badRecords()).extracting(b -> b.problem().getMessage())
          .satisfiesExactly(
              m -> assertThat(m).contains("$").contains("lacks the member customerId"),
              m -> assertThat(m).contains("$.customerId").contains("must be a string, not a number"),
              m -> assertThat(m).contains("$.at").contains("with an offset"),
              m -> assertThat(m).contains("must be a JSON object"));
    }
  }

  @Test
  void writesOneObjectPerLine() {
    StringWriter out = new StringWriter();
    try (RecordWriter<JourneyEvent> writer = EventJsonLines.writer(out)) {
      writer.write(new JourneyEvent("c1", "s1", "cart", Instant.parse("2026-03-01T10:00:00Z"),
          EventKind.START, Map.of("sku", "A1")));
      writer.write(JourneyEvent.of("c2", "cart", Instant.parse("2026-03-01T10:00:01Z"),
          EventKind.VIEW));
      assertThat(writer.count()).isEqualTo(2);
    }
    assertThat(out.toString()).isEqualTo("{\"customerId\":\"c1\",\"sessionId\":\"s1\","
        + "\"touchpointId\":\"cart\",\"at\":\"2026-03-01T10:00:00Z\",\"kind\":\"start\","
        + "\"attributes\":{\"sku\":\"A1\"}}\n{\"customerId\":\"c2\",\"touchpointId\":\"cart\","
        + "\"at\":\"2026-03-01T10:00:01Z\",\"kind\":\"view\"}\n");
  }

  @Test
  void refusesTextUtf8CannotCarryBeforeWritingAnyOfIt() {
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (RecordWriter<JourneyEvent> writer = EventJsonLines.writer(bytes)) {
      writer.write(JourneyEvent.of("c1", "cart", at, EventKind.VIEW));
      // U+D800 alone is half of a surrogate pair and has no UTF-8 form: the encoder would fail
      // part of the way through the line, leaving a line that is no JSON.
      assertThatThrownBy(() -> writer.write(new JourneyEvent("c2", null, "cart", at,
          EventKind.VIEW, Map.of("sku", "A\uD800"))))
          .isInstanceOf(InvalidJourneyException.class)
          .hasMessageContaining("attributes.sku")
          .hasMessageContaining("unpaired surrogate char at character 2");
      assertThatThrownBy(() -> writer.write(JourneyEvent.of("c\uDC00", "cart", at,
          EventKind.VIEW))).isInstanceOf(InvalidJourneyException.class)
          .hasMessageContaining("customerId");
      // A pair (U+1F600) is one character, written whole.
      writer.write(JourneyEvent.of("c3\uD83D\uDE00", "cart", at, EventKind.VIEW));
      assertThat(writer.count()).isEqualTo(2);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
        "{\"customerId\":\"c1\",\"touchpointId\":\"cart\",\"at\":\"2026-03-01T10:00:00Z\","
            + "\"kind\":\"view\"}\n{\"customerId\":\"c3\uD83D\uDE00\",\"touchpointId\":\"cart\","
            + "\"at\":\"2026-03-01T10:00:00Z\",\"kind\":\"view\"}\n");
  }

  @Test
  void refusesSettingsGivenTwice() {
    EventJsonLines.Builder builder = EventJsonLines.reader().reorderTolerance(Duration.ZERO);
    assertThatThrownBy(() -> builder.reorderTolerance(Duration.ZERO))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> EventJsonLines.reader().reorderTolerance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static String line(String customer, String time) {
    return "{\"customerId\":\"" + customer + "\",\"touchpointId\":\"cart\",\"at\":\"2026-03-01T"
        + time + "Z\",\"kind\":\"view\"}\n";
  }
}
