package io.cxkit.journey.io;

import static io.cxkit.journey.io.EventJsonLinesTest.drain;
import static io.cxkit.journey.io.EventJsonLinesTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.BadRecordException;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.OnBadRecord;
import io.cxkit.survey.io.ReadReport;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading journey events from CSV: a windows-1251 export with local times, bad rows, the writer. */
class EventCsvTest {

  @Test
  void readsAWindows1251ExportWithLocalTimesAndWordsForKinds() {
    EventCsv csv = EventCsv.reader()
        .options(CsvOptions.DEFAULT.withDelimiter(';').withCharset(Charset.forName("windows-1251"))
            .withZone(ZoneId.of("Europe/Moscow")))
        .customer("Клиент").session("Сессия").touchpoint("Точка")
        .at("Время", "dd.MM.yyyy HH:mm").kind("Действие").kind("просмотр", EventKind.VIEW)
        .attribute("product", "Товар").checkingAgainst(JourneyMap.ecommerce()).build();
    try (EventReader events = csv.open(fixture("events/ru-windows-1251.csv"), "ru.csv")) {
      List<JourneyEvent> read = drain(events);
      // Moscow is UTC+3 all year: 13:00 local is 10:00Z. Row 5 (13:02, "Purchase" in any case)
      // is 2 minutes before row 3 (13:04) and is put before it; row 4 is blank, no record.
      assertThat(read).containsExactly(
          new JourneyEvent("c1", "s1", "product-page", Instant.parse("2026-03-01T10:00:00Z"),
              EventKind.VIEW, Map.of("product", "Чайник")),
          new JourneyEvent("c1", "s1", "checkout", Instant.parse("2026-03-01T10:02:00Z"),
              EventKind.PURCHASE, Map.of("product", "Чайник; синий")),
          new JourneyEvent("c1", "s1", "cart", Instant.parse("2026-03-01T10:04:00Z"),
              EventKind.START, Map.of()));
      assertThat(events.report()).isEqualTo(new ReadReport(3, 3, 0, List.of()));
      assertThat(events.reordered()).isEqualTo(1);
    }
  }

  @Test
  void reportsBadRowsByTheirSpreadsheetRowAndColumn() {
    String text = "customer_id,touchpoint_id,at,kind\n"
        + "c1,cart,2026-03-01T10:00:00Z,view\n"
        + "c1,cart,2026-03-01T10:01:00Z,pageview\n"
        + "c1,moon,2026-03-01T10:02:00Z,view\n"
        + "c1,cart,yesterday,view\n"
        + ",cart,2026-03-01T10:03:00Z,view\n"
        + "c1,cart,2026-03-01T10:04:00Z\n"
        + "c1,\"multi\nline\",2026-03-01T10:05:00Z,view\n";
    try (EventReader events = EventCsv.readerOfExport().checkingAgainst(JourneyMap.ecommerce())
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build().open(new StringReader(text), "e.csv")) {
      assertThat(drain(events)).hasSize(1);
      List<BadRecord> bad = events.report().badRecords();
      assertThat(bad).extracting(BadRecord::record).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
      assertThat(bad.get(0).problem()).isInstanceOf(InvalidJourneyException.class)
          .hasMessageContaining("column \"kind\" (kind)").hasMessageContaining("\"pageview\"");
      assertThat(bad.get(1).problem()).isInstanceOf(UnknownTouchpointException.class);
      assertThat(bad.get(2).problem()).hasMessageContaining("column \"at\" (at)")
          .hasMessageContaining("\"yesterday\"");
      assertThat(bad.get(3).problem()).hasMessageContaining("column \"customer_id\" (customerId)")
          .hasMessageContaining("must not be blank");
      assertThat(bad.get(4).problem()).hasMessageContaining("must be 4, one per column");
      // Row 8 starts on line 8; "multi\nline" is no touchpoint id.
      assertThat(bad.get(5).line()).isEqualTo(8);
      assertThat(bad.get(5).problem()).hasMessageContaining("touchpoint_id");
      assertThat(events.report().read()).isEqualTo(7);
    }
  }

  @Test
  void reportsHeaderProblemsAsRowOneWhenOpened() {
    EventCsv csv = EventCsv.readerOfExport().build();
    assertThatThrownBy(() -> csv.open(new StringReader("customer_id,at,kind\nc1,x,view\n"), "h.csv"))
        .isInstanceOf(BadRecordException.class)
        .hasMessageStartingWith("h.csv line 1: ")
        .hasMessageContaining("lacks the mapped column \"touchpoint_id\" (touchpointId)");
    assertThatThrownBy(() -> csv.open(new StringReader(""), "empty.csv"))
        .isInstanceOf(BadRecordException.class).hasMessageContaining("the input is empty");
    assertThatThrownBy(() -> EventCsv.reader().customer("c").touchpoint("t").at("a").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("kind");
  }

  @Test
  void anAttributeColumnNamedTwiceIsReportedOnce() {
    assertThatThrownBy(() -> EventCsv.readerOfExport().build().open(new StringReader(
        "customer_id,touchpoint_id,at,kind,attr:sku,attr:sku\n"), "e.csv"))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("e.csv line 1: header = [\"customer_id\", \"touchpoint_id\", \"at\", \"kind\","
            + " \"attr:sku\", \"attr:sku\"]: column \"attr:sku\" appears more than once");
  }

  @Test
  void writesNeutralisedCellsThatReadBack() {
    StringWriter out = new StringWriter();
    JourneyEvent event = new JourneyEvent("=HYPERLINK(1)", null, "cart",
        Instant.parse("2026-03-01T10:00:00Z"), EventKind.VIEW, Map.of("note", "a,b \"c\""));
    try (RecordWriter<JourneyEvent> writer = EventCsv.writer(out, CsvOptions.DEFAULT, "note")) {
      writer.write(event);
      assertThatThrownBy(() -> writer.write(new JourneyEvent("c", null, "cart",
          Instant.parse("2026-03-01T10:00:00Z"), EventKind.VIEW, Map.of("other", "x"))))
          .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("has no column");
      assertThatThrownBy(() -> writer.write(JourneyEvent.of(" c", "cart",
          Instant.parse("2026-03-01T10:00:00Z"), EventKind.VIEW)))
          .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("trims ids");
      assertThat(writer.count()).isEqualTo(1);
    }
    assertThat(out.toString()).isEqualTo("customer_id,session_id,touchpoint_id,at,kind,attr:note\r\n"
        + "'=HYPERLINK(1),,cart,2026-03-01T10:00:00Z,view,\"a,b \"\"c\"\"\"\r\n");
    try (EventReader events = EventCsv.readerOfExport().build().open(
        new StringReader(out.toString()))) {
      assertThat(drain(events)).containsExactly(event);
    }
  }
}
