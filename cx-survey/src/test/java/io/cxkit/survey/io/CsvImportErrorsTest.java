package io.cxkit.survey.io;

import static io.cxkit.survey.io.ResponseCsvFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.Violation;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad rows and bad files: what is kept, what is reported, with which row, line and message, and
 * when reading stops.
 */
class CsvImportErrorsTest {
  private final Survey survey = ResponseCsvFixtures.checkout();

  private ResponseCsv.Builder errorsMapping() {
    return ResponseCsv.reader(survey).id("id").submittedAt("date").status("status")
        .question("nps", "nps").question("goal", "goal").question("reason", "reason")
        .otherText("reason", "reason_other").question("topics", "topics");
  }

  private static List<Response> drain(ResponseReader reader) {
    List<Response> out = new ArrayList<>();
    reader.forEachRemaining(out::add);
    return out;
  }

  /**
   * responses-errors.csv (header row 1, one line per row, row 9 blank):
   *
   * <pre>
   * 2  e1,2026-03-01T10:00:00Z,completed,9,fully,price,,app       valid
   * 3  e2,...,completed,11,fully,,,                               NPS 11 off 0..10
   * 4  e3,...,completed,7,partially,,,                            valid
   * 5  e4,2026-03-01T13:00:00Z,completed,8                        4 cells, the header 8
   * 6  e5,yesterday,completed,5,maybe,,,                          no timestamp, no outcome
   * 7  e6,...,partial,3,,,,                                       valid: partial after nps
   * 8  e7,...,completed,,fully,,,                                 required nps unanswered
   * 9                                                             blank: no record
   * 10 e8,...,completed,10,fully,quality,,site;app                valid
   * 11 e9,...,completed,6,fully,,Coupons,                         other text, no reason
   * 12 e10,...,completed,6,fully,price,,app;app                   app chosen twice
   * 13 e11,...,sent,6,fully,,,                                    no such status
   * </pre>
   */
  @Test
  void collectErrorsKeepsEveryValidRowAndReportsEachBadOne() {
    List<BadRecord> told = new ArrayList<>();
    ResponseCsv csv = errorsMapping().onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
        .onBadRecord(told::add).build();

    ResponseReader reader = csv.open(new ByteArrayInputStream(bytes("responses-errors.csv")));
    List<Response> read = drain(reader);

    assertThat(read).extracting(Response::id).containsExactly("e1", "e3", "e6", "e8");
    // e6 is partial without a last question seen: its last answer on the path is nps.
    assertThat(read.get(2).lastQuestionSeen()).isEqualTo("nps");
    ReadReport report = reader.report();
    // Rows 2-8 and 10-13 are records: 11 read, 4 valid, 7 skipped.
    assertThat(report.read()).isEqualTo(11);
    assertThat(report.valid()).isEqualTo(4);
    assertThat(report.skipped()).isEqualTo(7);
    assertThat(report.badRecords()).extracting(BadRecord::record)
        .containsExactly(3L, 5L, 6L, 8L, 11L, 12L, 13L);
    // No quoted line breaks: every line is its row.
    assertThat(report.badRecords()).allSatisfy(bad -> assertThat(bad.line()).isEqualTo(bad.record()));
    assertThat(report.badRecords()).extracting(BadRecord::toString).containsExactly(
        "line 3: column \"nps\" (answers.nps.score) = \"11\": must lie on scale 0..10",
        "line 5: cells = 4: must be 8, one per column of the header: the row has 4 fewer",
        "line 6: column \"date\" (submittedAt) = \"yesterday\": must be an ISO-8601 instant, "
            + "date-time or date, such as 2026-11-30T09:15:00Z, 2026-11-30T10:15:00+01:00, "
            + "2026-11-30 10:15 or 2026-11-30 (without an offset: in UTC) (and 1 more violation: "
            + "column \"goal\" (answers.goal.outcome) = \"maybe\": must be a goal outcome: "
            + "\"fully\", \"partially\", \"not-achieved\" or the question's label of one)",
        // The validator's check against the survey: nps is required.
        "line 8: answers.nps = null: must be answered: the question is required and on the path "
            + "nps → goal → reason → topics → csat → comment → contact → end",
        "line 11: column \"reason_other\" (answers.reason.otherText) = \"Coupons\": must be blank "
            + "when column \"reason\" (answers.reason) is: the text of \"other\" needs an answer "
            + "that chooses it",
        "line 12: column \"topics\" (answers.topics.choices[1]) = \"app\": names the option "
            + "\"app\" again, like choices[0]: choose each option once",
        "line 13: column \"status\" (status) = \"sent\": must be one of \"completed\", "
            + "\"partial\", \"dismissed\" (in any case)");
    assertThat(told).isEqualTo(report.badRecords());
    // Row 6 has two problems, both in its exception.
    assertThat(((InvalidResponseException) report.badRecords().get(2).problem()).violations())
        .extracting(Violation::path)
        .containsExactly("column \"date\" (submittedAt)", "column \"goal\" (answers.goal.outcome)");
  }

  @Test
  void failModeStopsAtTheFirstBadRowAfterDeliveringTheOnesBefore() {
    ResponseCsv csv = errorsMapping().build();
    ResponseReader reader = csv.open(new ByteArrayInputStream(bytes("responses-errors.csv")));

    assertThat(reader.next().id()).isEqualTo("e1");
    assertThatThrownBy(reader::hasNext)
        .isInstanceOfSatisfying(BadRecordException.class, e -> {
          assertThat(e.record()).isEqualTo(3);
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.getMessage()).isEqualTo("CSV line 3: column \"nps\" (answers.nps.score) = "
              + "\"11\": must lie on scale 0..10");
          assertThat(e.problem()).isInstanceOf(InvalidResponseException.class);
        });
    assertThat(reader.hasNext()).isFalse();
    assertThat(reader.report()).satisfies(report -> {
      assertThat(report.read()).isEqualTo(2);
      assertThat(report.valid()).isEqualTo(1);
      assertThat(report.skipped()).isEqualTo(1);
    });
  }

  @Test
  void anUnclosedQuoteEndsReadingWithABadRecordAtItsRow() {
    // Row 3 opens a quote on line 3 that nothing closes: the parser cannot tell where the row ends.
    String text = "id,date,nps,goal,comment\n"
        + "u1,2026-01-01T00:00:00Z,9,fully,fine\n"
        + "u2,2026-01-01T00:00:00Z,9,fully,\"never closed\n"
        + "u3,2026-01-01T00:00:00Z,9,fully,lost\n";
    ResponseCsv csv = ResponseCsv.reader(survey).id("id").submittedAt("date").question("nps", "nps")
        .question("goal", "goal").question("comment", "comment")
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();

    ResponseReader reader = csv.open(new StringReader(text));

    assertThat(drain(reader)).extracting(Response::id).containsExactly("u1");
    assertThat(reader.report().badRecords()).singleElement().satisfies(bad -> {
      assertThat(bad.record()).isEqualTo(3);
      assertThat(bad.line()).isEqualTo(3);
      assertThat(bad.problem()).isInstanceOf(InvalidValueException.class);
      // Jackson reports the end of the input, line 5, where the quote was still open.
      assertThat(bad.problem().getMessage()).isEqualTo("csv = line 5: must be "
          + "well-formed CSV: Missing closing quote for value; nothing after it can be read");
    });
    assertThat(reader.report().read()).isEqualTo(2);
  }

  @Test
  void textAfterAClosingQuoteEndsReadingToo() {
    String text = "id,date,nps,goal\nv1,2026-01-01T00:00:00Z,\"9\"x,fully\nv2,2026-01-01T00:00:00Z,9,fully\n";
    ResponseCsv csv = ResponseCsv.reader(survey).id("id").submittedAt("date").question("nps", "nps")
        .question("goal", "goal").onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();

    ResponseReader reader = csv.open(new StringReader(text));

    assertThat(drain(reader)).isEmpty();
    assertThat(reader.report().badRecords()).singleElement().satisfies(bad -> {
      assertThat(bad.record()).isEqualTo(2);
      assertThat(bad.line()).isEqualTo(2);
      assertThat(bad.problem().getMessage()).startsWith("csv = line 2: ")
          .contains("must be well-formed CSV: Unexpected character ('x' (code 120))");
    });
  }

  @Test
  void aWindows1251FileReadAsUtf8StopsAtItsFirstCyrillicByte() {
    // The header of responses-windows-1251.csv starts with Н, 0xCD in windows-1251, which
    // starts a two-byte sequence in UTF-8 that the next byte (0xEE) cannot continue.
    ResponseCsv csv = ResponseCsv.reader(survey).options(CsvOptions.DEFAULT.withDelimiter(';'))
        .id("Номер").submittedAt("Дата").build();

    assertThatThrownBy(() -> csv.open(new ByteArrayInputStream(bytes("responses-windows-1251.csv"))))
        .isInstanceOfSatisfying(BadRecordException.class, e -> {
          assertThat(e.record()).isEqualTo(1);
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.getMessage()).isEqualTo("CSV line 1: encoding = byte CD on line 1 "
              + "(byte offset 0): must be valid UTF-8: the file is in another encoding or damaged; "
              + "nothing after it is read (set the encoding with CsvOptions.withCharset)");
        });
  }

  @Test
  void anUndecodableByteInARowIsAFatalBadRecordWithItsRowLineAndOffset() {
    // Row 4 (line 5, after a two-line quoted cell) holds 0xFF, never valid in UTF-8.
    byte[] head = ("id,date,nps,goal,comment\n"
        + "b1,2026-01-01T00:00:00Z,9,fully,\"two\nlines\"\n"
        + "b2,2026-01-01T00:00:00Z,9,fully,ok\n"
        + "b3,2026-01-01T00:00:00Z,9,fully,caf").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\nb4,2026-01-01T00:00:00Z,9,fully,after\n".getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, file, 0, head.length);
    file[head.length] = (byte) 0xFF;
    System.arraycopy(tail, 0, file, head.length + 1, tail.length);
    ResponseCsv csv = ResponseCsv.reader(survey).id("id").submittedAt("date").question("nps", "nps")
        .question("goal", "goal").question("comment", "comment")
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();

    ResponseReader reader = csv.open(new ByteArrayInputStream(file));

    assertThat(drain(reader)).extracting(Response::id).containsExactly("b1", "b2");
    assertThat(reader.report().badRecords()).singleElement().satisfies(bad -> {
      assertThat(bad.record()).isEqualTo(4);
      assertThat(bad.line()).isEqualTo(5);
      // The offset counts the bytes before 0xFF, all of them ASCII.
      assertThat(bad.problem().getMessage()).isEqualTo("encoding = byte FF on line 5 "
          + "(byte offset " + head.length + "): must be valid UTF-8: the file is in another "
          + "encoding or damaged; nothing after it is read (set the encoding with "
          + "CsvOptions.withCharset)");
    });
  }

  private static byte[] withByteAfter(String head, int bad, String tail) {
    byte[] before = head.getBytes(StandardCharsets.UTF_8);
    byte[] after = tail.getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[before.length + 1 + after.length];
    System.arraycopy(before, 0, file, 0, before.length);
    file[before.length] = (byte) bad;
    System.arraycopy(after, 0, file, before.length + 1, after.length);
    return file;
  }

  private ResponseCsv commentMapping() {
    return ResponseCsv.reader(survey).id("id").submittedAt("date").question("nps", "nps")
        .question("goal", "goal").question("comment", "comment")
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();
  }

  @Test
  void anUndecodableByteAtTheStartOfARowSpoilsNeitherTheRowBeforeNorTheHeader() {
    // Row 3 (b2) ends with its line break, and 0xFF is the first byte of row 4 (line 4). The CSV
    // parser asks for more text before it ends row 3: that request meets the bad byte, but row 3
    // is whole and valid, so it is delivered, and the bad record is row 4, line 4.
    for (String end : new String[] {"\n", "\r\n"}) {
      String head = "id,date,nps,goal,comment" + end
          + "b1,2026-01-01T00:00:00Z,9,fully,ok" + end
          + "b2,2026-01-01T00:00:00Z,8,fully,ok" + end;
      ResponseReader reader = commentMapping().open(new ByteArrayInputStream(
          withByteAfter(head, 0xFF, "b3,2026-01-01T00:00:00Z,7,fully,after" + end)));

      assertThat(drain(reader)).extracting(Response::id).containsExactly("b1", "b2");
      assertThat(reader.report().badRecords()).singleElement().satisfies(bad -> {
        assertThat(bad.record()).isEqualTo(4);
        assertThat(bad.line()).isEqualTo(4);
        assertThat(bad.problem().getMessage()).startsWith("encoding = byte FF on line 4 (byte "
            + "offset " + head.length() + "): must be valid UTF-8");
      });
    }

    // Right after the header: the header binds, and row 2 is the bad record.
    ResponseReader reader = commentMapping().open(new ByteArrayInputStream(
        withByteAfter("id,date,nps,goal,comment\n", 0xFF, "b1,2026-01-01T00:00:00Z,9,fully,x\n")));
    assertThat(drain(reader)).isEmpty();
    assertThat(reader.report().badRecords()).singleElement().satisfies(bad -> {
      assertThat(bad.record()).isEqualTo(2);
      assertThat(bad.line()).isEqualTo(2);
      assertThat(bad.problem().getMessage()).startsWith("encoding = byte FF on line 2 (byte offset "
          + 25 + "): must be valid UTF-8");
    });
  }

  @Test
  void anUndecodableByteInAQuotedCellIsReportedAsSuchNotAsAnUnclosedQuote() {
    // Row 3 opens a quoted cell on line 3 that the bad byte on line 4 cuts off: the row is the bad
    // record, and its problem is the byte, not the quote the parser never saw closed.
    String head = "id,date,nps,goal,comment\nb1,2026-01-01T00:00:00Z,9,fully,ok\n"
        + "b2,2026-01-01T00:00:00Z,9,fully,\"two\n";
    ResponseReader reader = commentMapping().open(new ByteArrayInputStream(
        withByteAfter(head, 0xFF, "lines\"\n")));

    assertThat(drain(reader)).extracting(Response::id).containsExactly("b1");
    assertThat(reader.report().badRecords()).singleElement().satisfies(bad -> {
      assertThat(bad.record()).isEqualTo(3);
      assertThat(bad.line()).isEqualTo(3);
      assertThat(bad.problem().getMessage()).startsWith("encoding = byte FF on line 4 (byte offset "
          + head.length() + "): must be valid UTF-8");
    });
  }

  @Test
  void aByteWindows1251DoesNotMapIsReportedNotReplaced() {
    // 0x98 is the one byte windows-1251 leaves unassigned.
    byte[] file = "id,date,nps,goal,comment\nk1,2026-01-01T00:00:00Z,9,fully,x\u0000\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    file[file.length - 2] = (byte) 0x98;
    ResponseCsv csv = ResponseCsv.reader(survey)
        .options(CsvOptions.DEFAULT.withCharset(Charset.forName("windows-1251")))
        .id("id").submittedAt("date").question("nps", "nps").question("goal", "goal")
        .question("comment", "comment").onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();

    ResponseReader reader = csv.open(new ByteArrayInputStream(file));

    assertThat(drain(reader)).isEmpty();
    assertThat(reader.report().badRecords()).singleElement().satisfies(bad -> {
      assertThat(bad.record()).isEqualTo(2);
      assertThat(bad.problem().getMessage()).startsWith("encoding = byte 98 on line 2 (byte offset 58)")
          .contains("must be characters of windows-1251");
    });
  }

  @Test
  void aHeaderWiderThanTheLimitIsRefusedWithoutHoldingItsCells() {
    // One line of 100 001 names (no line break: garbage, or a file of another format) would
    // otherwise be kept whole as the header; past ResponseCsv.MAX_COLUMNS it is refused at row 1.
    StringBuilder header = new StringBuilder("id,date");
    for (int i = 2; i <= ResponseCsv.MAX_COLUMNS; i++) {
      header.append(",c").append(i);
    }
    ResponseCsv csv = ResponseCsv.reader(survey).id("id").submittedAt("date").status("c2").build();

    assertThatThrownBy(() -> csv.open(new StringReader(header + "\nr1,2026-01-01T00:00:00Z")))
        .isInstanceOfSatisfying(BadRecordException.class, e -> {
          assertThat(e.record()).isEqualTo(1);
          assertThat(e.getMessage()).isEqualTo("CSV line 1: header = 100001 columns: must have "
              + "at most 100000 columns");
        });
    // At the limit it reads: a dismissed row (no answers needed) of as many cells.
    String fits = header.substring(0, header.lastIndexOf(","));
    try (ResponseReader reader = csv.open(new StringReader(fits
        + "\nr1,2026-01-01T00:00:00Z,dismissed" + ",".repeat(ResponseCsv.MAX_COLUMNS - 3)))) {
      assertThat(reader.next().id()).isEqualTo("r1");
    }
  }

  @Test
  void anEmptyFileOrOneOfBlankLinesHasNoHeader() {
    ResponseCsv csv = errorsMapping().build();
    for (String text : new String[] {"", "\n\n  \n", "\uFEFF"}) {
      assertThatThrownBy(() -> csv.open(new StringReader(text)))
          .isInstanceOf(BadRecordException.class)
          .hasMessage("CSV line 1: header = none: the input is empty: a CSV file of responses "
              + "starts with a header row naming its columns");
    }
  }

  @Test
  void aHeaderOnlyFileHasNoRecords() {
    ResponseReader reader = errorsMapping().build()
        .open(new StringReader("id,date,status,nps,goal,reason,reason_other,topics\r\n"));

    assertThat(reader.hasNext()).isFalse();
    assertThat(reader.report()).isEqualTo(new ReadReport(0, 0, 0, List.of()));
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderSaysSo() {
    // A trailing delimiter is a sixth, empty cell: exports must match their header.
    ResponseReader reader = ResponseCsv.reader(survey).id("id").submittedAt("date")
        .question("nps", "nps").question("goal", "goal").build()
        .open(new StringReader("id,date,nps,goal,x\nm1,2026-01-01T00:00:00Z,9,fully,,\n"));

    assertThatThrownBy(reader::next).isInstanceOf(BadRecordException.class)
        .hasMessage("CSV line 2: cells = 6: must be 5, one per column of the header: the row has "
            + "1 more");
  }

  @Test
  void everyCellOfARowIsReportedAtOnceWithItsColumn() {
    ResponseReader reader = ResponseCsv.reader(survey).id("id").submittedAt("date")
        .status("status").locale("locale").channel("channel").touchpoint("touchpoint")
        .respondentId("respondent").surveyVersion("version")
        .question("nps", "nps").question("goal", "goal").question("csat", "csat").build()
        .open(new StringReader("id,date,status,locale,channel,touchpoint,respondent,version,nps,goal,csat\n"
            + "bad id,2026-13-01,completed,en US,fax,-tp,r 1,zwei,9.5,fully,0\n"));

    assertThatThrownBy(reader::next).isInstanceOfSatisfying(BadRecordException.class, e ->
        assertThat(((InvalidResponseException) e.problem()).violations())
            .extracting(Violation::toString).containsExactly(
                "column \"id\" (id) = \"bad id\": " + io.cxkit.survey.internal.Ids.ID_RULE,
                "column \"version\" (surveyVersion) = \"zwei\": must be a whole number ≥ 1, a "
                    + "version of survey \"checkout\"",
                "column \"date\" (submittedAt) = \"2026-13-01\": must be an ISO-8601 instant, "
                    + "date-time or date, such as 2026-11-30T09:15:00Z, 2026-11-30T10:15:00+01:00, "
                    + "2026-11-30 10:15 or 2026-11-30 (without an offset: in UTC)",
                "column \"respondent\" (respondent.id) = \"r 1\": "
                    + io.cxkit.survey.internal.Ids.ID_RULE,
                "column \"touchpoint\" (context.touchpointId) = \"-tp\": "
                    + io.cxkit.survey.internal.Ids.ID_RULE,
                "column \"channel\" (context.channel) = \"fax\": must be one of \"web\", "
                    + "\"mobile-web\", \"app\", \"email\", \"sms\", \"phone\", \"chat\", \"store\", "
                    + "\"social\", \"review-site\" (in any case)",
                "column \"locale\" (context.locale) = \"en US\": must be a BCP 47 language tag "
                    + "such as \"de-CH\" or \"zh-Hans\" (\"_\" may stand for \"-\", as in zh_CN)",
                "column \"nps\" (answers.nps.score) = \"9.5\": must be a whole number on the scale "
                    + "0..10, such as 10 or 10.0",
                "column \"csat\" (answers.csat.score) = \"0\": must lie on scale 1..5"));
  }

  @Test
  void anOtherTextOrEMailIsNeverDroppedSilently() {
    ResponseCsv csv = ResponseCsv.reader(survey).id("id").submittedAt("at").question("nps", "nps")
        .question("goal", "goal").question("reason", "reason").otherText("reason", "why")
        .question("contact", "contact").consentEmail("contact", "email")
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();

    ResponseReader reader = csv.open(new StringReader("id,at,nps,goal,reason,why,contact,email\n"
        // "Gift wrap" names no option, so it is already the text of "other": two texts.
        + "o1,2026-01-01T00:00:00Z,9,fully,Gift wrap,Coupons,,\n"
        // An e-mail beside a blank consent would be lost.
        + "o2,2026-01-01T00:00:00Z,9,fully,,,,anna@example.com\n"
        // An e-mail without consent is not kept: the validator refuses it, redacted.
        + "o3,2026-01-01T00:00:00Z,9,fully,,,no,anna@example.com\n"
        // A text beside a choice that is not "other" is refused by validation too.
        + "o4,2026-01-01T00:00:00Z,9,fully,price,Coupons,,\n"
        + "o5,2026-01-01T00:00:00Z,9,fully,other,Coupons,yes,anna@example.com\n"));
    List<Response> read = drain(reader);

    assertThat(read).extracting(Response::id).containsExactly("o5");
    assertThat(reader.report().badRecords()).extracting(BadRecord::toString).containsExactly(
        "line 2: column \"why\" (answers.reason.otherText) = \"Coupons\": must be blank when "
            + "column \"reason\" (answers.reason) already gives the text of \"other\" "
            + "(\"Gift wrap\"): one text per answer",
        "line 3: column \"email\" (answers.contact.email) = (redacted): must be blank when column "
            + "\"contact\" (answers.contact) is: an e-mail needs an answer that consents",
        "line 4: answers.contact.email = (redacted): must be absent unless consent is given; "
            + "without consent no contact detail is kept",
        "line 5: answers.reason.otherText = \"Coupons\": must be absent unless \"other\" is "
            + "chosen");
  }

  @Test
  void thePresetRefusesAnAttributeColumnWithoutAName() {
    ResponseCsv csv = ResponseCsv.readerOfExport(survey).build();

    assertThatThrownBy(() -> csv.open(new StringReader("id,submitted_at,attr:\n")))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("CSV line 1: header = [\"id\", \"submitted_at\", \"attr:\"]: column "
            + "\"attr:\" has no attribute name after \"attr:\"");
  }
}
