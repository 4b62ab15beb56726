package io.cxkit.journey.io;

import static io.cxkit.journey.io.EventJsonLinesTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.BadRecordException;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.OnBadRecord;
import io.cxkit.survey.io.RecordReader;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading customer profiles from JSON Lines and CSV: typed attributes, duplicates, bad values. */
class ProfileReadersTest {

  static List<CustomerProfile> drain(RecordReader<CustomerProfile> reader) {
    List<CustomerProfile> out = new ArrayList<>();
    reader.forEachRemaining(out::add);
    return out;
  }

  static CustomerProfile c1() {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    attributes.put("country", AttributeValue.text("DE"));
    attributes.put("orders", AttributeValue.number(3));
    attributes.put("signed-up", AttributeValue.date(LocalDate.of(2026, 1, 5)));
    attributes.put("categories", AttributeValue.set("shoes", "bags"));
    return new CustomerProfile("c1", attributes);
  }

  @Test
  void readsJsonLinesWithDeclaredDatesAndRefusesDuplicatesAndBadValues() {
    try (RecordReader<CustomerProfile> profiles = ProfileJsonLines.reader()
        .attribute("signed-up", AttributeType.DATE).onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
        .build().open(fixture("profiles/profiles.jsonl"), "profiles.jsonl")) {
      List<CustomerProfile> read = drain(profiles);
      assertThat(read).containsExactly(c1(), new CustomerProfile("c2", Map.of(
          "country", AttributeValue.text("FR"), "orders", AttributeValue.number(0.5),
          "signed-up", AttributeValue.date(LocalDate.of(2025, 12, 31)))));
      // Line 3 repeats c1 of line 1; line 4's 30 February is no date; line 5's true is no type.
      List<BadRecord> bad = profiles.report().badRecords();
      assertThat(bad).extracting(BadRecord::line).containsExactly(3L, 4L, 5L);
      assertThat(bad.get(0).problem()).isInstanceOf(InvalidJourneyException.class)
          .hasMessageContaining("\"c1\"").hasMessageContaining("profile on line 1");
      SurveyJsonException date = (SurveyJsonException) bad.get(1).problem();
      assertThat(date.path()).isEqualTo("$.attributes.signed-up");
      assertThat(date.problem()).contains("\"2026-02-30\" must be an ISO-8601 date");
      assertThat(((SurveyJsonException) bad.get(2).problem()).problem()).contains("not a boolean");
      assertThat(profiles.report().read()).isEqualTo(5);
      assertThat(profiles.report().valid()).isEqualTo(2);
    }
  }

  @Test
  void readsTheCsvExportLayoutWithTypesInTheHeader() {
    try (RecordReader<CustomerProfile> profiles = ProfileCsv.readerOfExport()
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build()
        .open(fixture("profiles/profiles.csv"), "profiles.csv")) {
      assertThat(drain(profiles)).containsExactly(c1(),
          new CustomerProfile("c2", Map.of("country", AttributeValue.text("Côte d'Ivoire"))));
      List<BadRecord> bad = profiles.report().badRecords();
      // Rows 4 (c1 again), 5 ("three" orders) and 6 (a German date) of 6; the header is row 1.
      assertThat(bad).extracting(BadRecord::record).containsExactly(4L, 5L, 6L);
      assertThat(bad.get(0).problem()).hasMessageContaining("profile on row 2");
      assertThat(bad.get(1).problem())
          .hasMessageContaining("column \"orders:number\" (attributes.orders)")
          .hasMessageContaining("\"three\"");
      assertThat(bad.get(2).problem()).hasMessageContaining("column \"signed-up:date\"")
          .hasMessageContaining("\"05.01.2026\"");
    }
  }

  @Test
  void readsAGb18030FileWithADecimalComma() {
    ProfileCsv csv = ProfileCsv.reader()
        .options(CsvOptions.DEFAULT.withDelimiter(';').withDecimalComma(true)
            .withCharset(Charset.forName("GB18030")))
        .customer("客户").attribute("city", "城市", AttributeType.TEXT)
        .attribute("orders", "订单", AttributeType.NUMBER).build();
    try (RecordReader<CustomerProfile> profiles = csv.open(fixture("profiles/zh-gb18030.csv"),
        "zh.csv")) {
      // "2,5" with a decimal comma is 2.5.
      assertThat(drain(profiles)).containsExactly(
          new CustomerProfile("c1", Map.of("city", AttributeValue.text("北京"),
              "orders", AttributeValue.number(2.5))),
          new CustomerProfile("c2", Map.of("city", AttributeValue.text("上海"),
              "orders", AttributeValue.number(1))));
      assertThat(profiles.report().clean()).isTrue();
    }
  }

  @Test
  void theJsonLinesWriterRefusesTextUtf8CannotCarryBeforeWritingAnyOfIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (RecordWriter<CustomerProfile> writer = ProfileJsonLines.writer(bytes)) {
      // A lone U+DC00 has no UTF-8 form, in a text or in a set element.
      assertThatThrownBy(() -> writer.write(new CustomerProfile("c1",
          Map.of("country", AttributeValue.text("D\uDC00E")))))
          .isInstanceOf(InvalidJourneyException.class)
          .hasMessageContaining("attributes.country")
          .hasMessageContaining("unpaired surrogate char at character 2");
      assertThatThrownBy(() -> writer.write(new CustomerProfile("c1",
          Map.of("tags", AttributeValue.set("ok", "\uD800")))))
          .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("attributes.tags");
      writer.write(CustomerProfile.of("c2"));
      assertThat(writer.count()).isEqualTo(1);
    }
    // Only the profile that could be written, whole.
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("{\"customerId\":\"c2\",\"attributes\":{}}\n");
  }

  /** An input stream that records whether it was closed. */
  private static final class Watched extends FilterInputStream {
    boolean closed;

    Watched(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  void aSourceThatCannotGoOnIsClosedWhenReadingEnds() {
    // A UTF-16 byte order mark: line 1 is a bad record after which nothing can be read, so the
    // reader has reached its end, and the source is closed as at the end of the input.
    Watched json = new Watched(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'});
    RecordReader<CustomerProfile> profiles = ProfileJsonLines.reader()
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build().open(json, "utf16.jsonl");
    assertThat(profiles.hasNext()).isFalse();
    assertThat(profiles.report().skipped()).isEqualTo(1);
    assertThat(json.closed).isTrue();
    // Row 3 holds 0xFF, which is no UTF-8: row 2 (c1) is delivered, then reading ends there.
    Watched csv = new Watched("customer_id\nc1\n\u00FF\n".getBytes(StandardCharsets.ISO_8859_1));
    RecordReader<CustomerProfile> rows = ProfileCsv.readerOfExport()
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build().open(csv, "bad.csv");
    assertThat(drain(rows)).containsExactly(CustomerProfile.of("c1"));
    assertThat(rows.report().badRecords()).singleElement()
        .satisfies(b -> assertThat(b.record()).isEqualTo(3));
    assertThat(csv.closed).isTrue();
  }

  @Test
  void theExportLayoutIgnoresColumnsWithoutATypeAndRefusesAMisspeltType() {
    // "note" has no ':' and is ignored; "orders:numbr" names no type and is refused.
    try (RecordReader<CustomerProfile> profiles = ProfileCsv.readerOfExport().build()
        .open(new StringReader("customer_id,note,orders:number\nc1,hello,2\n"), "p.csv")) {
      assertThat(drain(profiles)).containsExactly(
          new CustomerProfile("c1", Map.of("orders", AttributeValue.number(2))));
    }
    assertThatThrownBy(() -> ProfileCsv.readerOfExport().build().open(
        new StringReader("customer_id,orders:numbr\nc1,2\n"), "p.csv"))
        .isInstanceOf(BadRecordException.class)
        .hasMessageContaining("column \"orders:numbr\" names the type \"numbr\"");
  }

  @Test
  void aTypedColumnNamedTwiceIsReportedOnce() {
    assertThatThrownBy(() -> ProfileCsv.readerOfExport().build().open(
        new StringReader("customer_id,orders:number,orders:number\nc1,1,2\n"), "p.csv"))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("p.csv line 1: header = [\"customer_id\", \"orders:number\", \"orders:number\"]:"
            + " column \"orders:number\": the attribute \"orders\" has more than one column");
  }
}
