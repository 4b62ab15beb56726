package io.cxkit.survey.io;

import static io.cxkit.survey.io.Reading.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CxException;
import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.UnknownQuestionTypeException;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.json.SurveyJsonException;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Lines reader and writer on hand-written golden files under {@code fixtures/io/} and on
 * small inputs built in the tests. Each expectation is counted from the fixture's lines, which are
 * listed in the comments.
 */
class ResponseJsonLinesTest {
  private static final Survey EXIT = RoutingExamples.exitFeedback();
  private static final Survey NPS = RoutingExamples.npsFollowUps();

  /** Line 9 of responses.jsonl, a completed NPS response of a passive (8): the survey ends. */
  private static final String NQ_3 = "{\"formatVersion\":1,\"id\":\"nq-3\",\"surveyId\":"
      + "\"nps-quarterly\",\"surveyVersion\":1,\"submittedAt\":\"2026-12-01T08:10:00Z\","
      + "\"status\":\"completed\",\"answers\":{\"nps\":{\"type\":\"nps\",\"score\":8}}}";

  static Path fixture(String name) {
    try {
      return Path.of(ResponseJsonLinesTest.class.getResource("/fixtures/io/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> ids(List<Response> responses) {
    return responses.stream().map(Response::id).collect(Collectors.toList());
  }

  private static ResponseJsonLines collecting(Survey... surveys) {
    return ResponseJsonLines.reader().validatingAgainst(surveys)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();
  }

  private static String nq(String id, int score) {
    return NQ_3.replace("\"nq-3\"", "\"" + id + "\"").replace("\"score\":8", "\"score\":" + score);
  }

  // --- the golden file --------------------------------------------------------------------------

  @Test
  void readsTheGoldenFileOfBothSurveysWithEveryStatus() {
    ResponseJsonLines lines = ResponseJsonLines.reader().validatingAgainst(EXIT, NPS).build();
    List<Response> responses;
    ReadReport report;
    try (ResponseReader reader = lines.open(fixture("responses.jsonl"))) {
      responses = new ArrayList<>();
      reader.forEachRemaining(responses::add);
      report = reader.report();
    }

    // responses.jsonl has 11 lines, one response each: 6 of exit-feedback, then 5 of nps-quarterly.
    assertThat(ids(responses)).containsExactly("ef-1", "ef-2", "ef-3", "ef-4", "ef-5", "ef-6",
        "nq-1", "nq-2", "nq-3", "nq-4", "nq-5");
    assertThat(report).isEqualTo(new ReadReport(11, 11, 0, List.of()));
    assertThat(report.clean()).isTrue();
    // Statuses by line: completed ×3, partial, dismissed, completed; completed ×3, partial, dismissed.
    assertThat(responses).extracting(Response::status).containsExactly(
        ResponseStatus.COMPLETED, ResponseStatus.COMPLETED, ResponseStatus.COMPLETED,
        ResponseStatus.PARTIAL, ResponseStatus.DISMISSED, ResponseStatus.COMPLETED,
        ResponseStatus.COMPLETED, ResponseStatus.COMPLETED, ResponseStatus.COMPLETED,
        ResponseStatus.PARTIAL, ResponseStatus.DISMISSED);

    // Line 3 in full: a technical problem, with consent and the e-mail, in Russian.
    Response ef3 = Response.builder("ef-3", "exit-feedback", 1)
        .respondent(new Respondent("c-77", true, ContactDetails.ofEmail("ivan@example.ru")))
        .submittedAt(Instant.parse("2026-11-30T10:02:00Z"))
        .context(new ResponseContext(null, null, null, null, Locale.forLanguageTag("ru-RU"), "B",
            Map.of()))
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED))
        .answer("reasons", SingleChoiceAnswer.of("technical-problem"))
        .answer("contact", ContactConsentAnswer.consenting("ivan@example.ru"))
        .build();
    assertThat(responses.get(2)).isEqualTo(ef3);
    // Line 7: the JSON escape \n is a line break inside the text, not a line end of the file.
    Response nq1 = Response.builder("nq-1", "nps-quarterly", 1)
        .submittedAt(Instant.parse("2026-12-01T08:00:00Z"))
        .context(new ResponseContext(null, Channel.EMAIL, null, null, Locale.forLanguageTag("ru"),
            null, Map.of()))
        .answer("nps", new NpsAnswer(3))
        .answer("went-wrong", new OpenTextAnswer("Доставка опоздала на неделю.\nНикто не ответил."))
        .build();
    assertThat(responses.get(6)).isEqualTo(nq1);
    // Line 8: CJK text and an emoji written as the escapes \ud83d\ude00 (U+1F600).
    assertThat(responses.get(7).answer("liked", OpenTextAnswer.class))
        .hasValue(new OpenTextAnswer("客服很耐心 \uD83D\uDE00"));
    // Line 6: "other" with free text in Chinese.
    assertThat(responses.get(5).answer("reasons", SingleChoiceAnswer.class))
        .hasValue(new SingleChoiceAnswer("other", "找不到尺码表"));
    assertThat(responses.get(3).lastQuestionSeen()).isEqualTo("reasons");
  }

  @Test
  void readsTheSameFromAReaderAnInputStreamAndAPath() throws IOException {
    ResponseJsonLines lines = ResponseJsonLines.reader().build();
    Path file = fixture("responses.jsonl");
    List<Response> fromPath = readAll(lines.open(file));
    List<Response> fromStream = readAll(lines.open(Files.newInputStream(file)));
    List<Response> fromReader =
        readAll(lines.open(Files.newBufferedReader(file, StandardCharsets.UTF_8)));
    assertThat(fromPath).hasSize(11);
    assertThat(fromStream).isEqualTo(fromPath);
    assertThat(fromReader).isEqualTo(fromPath);
  }

  @Test
  void skipsAByteOrderMarkReadsCrLfSkipsBlankLinesAndReadsALastLineWithoutALineEnd()
      throws IOException {
    // bom-crlf-blank.jsonl: line 1 = BOM + ef-1 + CRLF, 2 = CRLF, 3 = "  \t" CRLF, 4 = nq-3 CRLF,
    // 5 = LF only, 6 = nq-5 with no line end after it. Lines 2, 3 and 5 are blank: not records.
    Path file = fixture("bom-crlf-blank.jsonl");
    assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
    ResponseJsonLines lines = ResponseJsonLines.reader().validatingAgainst(EXIT, NPS).build();
    for (ResponseReader reader : List.of(lines.open(file), lines.open(Files.newInputStream(file)),
        lines.open(Files.newBufferedReader(file, StandardCharsets.UTF_8)))) {
      List<Response> responses = new ArrayList<>();
      try (reader) {
        reader.forEachRemaining(responses::add);
        assertThat(reader.report()).isEqualTo(new ReadReport(3, 3, 0, List.of()));
      }
      assertThat(ids(responses)).containsExactly("ef-1", "nq-3", "nq-5");
    }
    // Checked against exit-feedback only, the NPS responses are bad: their physical lines are 4 and
    // 6, which shows that the BOM, the CRs and the blank lines do not shift the count.
    ResponseReader reader = collecting(EXIT).open(file);
    assertThat(ids(readAll(reader))).containsExactly("ef-1");
    assertThat(reader.report().badRecords()).extracting(BadRecord::line).containsExactly(4L, 6L);
    assertThat(reader.report().badRecords()).extracting(BadRecord::record).containsExactly(4L, 6L);
  }

  // --- collect-errors ---------------------------------------------------------------------------

  @Test
  void collectErrorsKeepsEveryValidLineAndReportsEachBadOneWithItsLineAndProblem() {
    ResponseJsonLines lines = ResponseJsonLines.reader().validatingAgainst(EXIT, NPS)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).maxLineLength(600).build();
    List<BadRecord> told = new ArrayList<>();
    ResponseJsonLines listening = ResponseJsonLines.reader().validatingAgainst(EXIT, NPS)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).maxLineLength(600).onBadRecord(told::add)
        .build();
    ResponseReader reader = lines.open(fixture("collect-errors.jsonl"));
    List<Response> responses = readAll(reader);
    ReadReport report = reader.report();

    // collect-errors.jsonl, 12 lines: 1 ef-1, 2 truncated JSON, 3 nq-1, 4 unknown member "colour",
    // 5 blank, 6 NPS score 11, 7 a response to survey "checkout-csat", 8 nq-3, 9 score "9" (a
    // string), 10 a line of 915 characters (over the limit of 600), 11 question type "ranking",
    // 12 nq-5. Valid: lines 1, 3, 8, 12; bad: 2, 4, 6, 7, 9, 10, 11; line 5 is not a record.
    assertThat(ids(responses)).containsExactly("ef-1", "nq-1", "nq-3", "nq-5");
    assertThat(report.read()).isEqualTo(11);
    assertThat(report.valid()).isEqualTo(4);
    assertThat(report.skipped()).isEqualTo(7);
    assertThat(report.read()).isEqualTo(report.valid() + report.skipped());
    assertThat(report.truncated()).isFalse();
    List<BadRecord> bad = report.badRecords();
    assertThat(bad).extracting(BadRecord::line).containsExactly(2L, 4L, 6L, 7L, 9L, 10L, 11L);

    assertThat(bad.get(0).problem()).isInstanceOfSatisfying(SurveyJsonException.class, e -> {
      assertThat(e.path()).isEqualTo("$.answers");
      assertThat(e.line()).isEqualTo(2); // the line in the file, not in the one-line document
      assertThat(e.column()).isEqualTo(202); // just past the last of the line's 201 characters
      assertThat(e.problem()).startsWith("malformed JSON: Unexpected end-of-input");
    });
    assertThat(bad.get(1).problem()).isInstanceOfSatisfying(SurveyJsonException.class, e -> {
      assertThat(e.path()).isEqualTo("$.colour");
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.problem()).startsWith("unknown member \"colour\"; known members are");
    });
    assertThat(bad.get(2).problem()).isInstanceOfSatisfying(InvalidResponseException.class, e -> {
      assertThat(e.field()).isEqualTo("answers.nps.score");
      assertThat(e.value()).isEqualTo("11");
      assertThat(e.rule()).isEqualTo("must lie on scale 0..10");
    });
    assertThat(bad.get(3).problem()).isInstanceOfSatisfying(InvalidResponseException.class, e -> {
      assertThat(e.field()).isEqualTo("surveyId");
      assertThat(e.value()).isEqualTo("\"checkout-csat\"");
      assertThat(e.rule()).contains("known survey");
    });
    assertThat(bad.get(4).problem()).isInstanceOfSatisfying(SurveyJsonException.class, e -> {
      assertThat(e.path()).isEqualTo("$.answers.nps.score");
      assertThat(e.line()).isEqualTo(9);
      assertThat(e.problem()).isEqualTo("expected an integer, found a string (\"9\")");
    });
    assertThat(bad.get(5).problem()).isInstanceOfSatisfying(SurveyJsonException.class, e -> {
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.line()).isEqualTo(10);
      assertThat(e.problem()).isEqualTo("the line holds 915 characters, more than maxLineLength"
          + " allows (600); it was skipped without being read");
    });
    assertThat(bad.get(6).problem()).isInstanceOfSatisfying(UnknownQuestionTypeException.class,
        e -> {
          assertThat(e.typeId()).isEqualTo("ranking");
          // Column 165: where the value "ranking" starts on line 11.
          assertThat(e.location()).isEqualTo("$.answers.goal.type (line 11, column 165)");
        });
    assertThat(bad.get(2)).hasToString("line 6: answers.nps.score = 11: must lie on scale 0..10");

    // The listener is told of the same records, in the same order, as they are skipped.
    assertThat(readAll(listening.open(fixture("collect-errors.jsonl")))).isEqualTo(responses);
    assertThat(told).hasToString(bad.toString());
  }

  @Test
  void theReportKeepsBadRecordsUpToItsCapAndCountsThemAll() {
    // 5 bad lines (score 11) between 2 valid ones; keep 2.
    StringBuilder text = new StringBuilder(nq("ok-1", 8)).append('\n');
    for (int i = 0; i < 5; i++) {
      text.append(nq("bad-" + i, 11)).append('\n');
    }
    text.append(nq("ok-2", 10)).append('\n');
    ResponseReader reader = ResponseJsonLines.reader().validatingAgainst(NPS)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).keepBadRecords(2).build()
        .open(new StringReader(text.toString()));
    assertThat(ids(readAll(reader))).containsExactly("ok-1", "ok-2");
    ReadReport report = reader.report();
    assertThat(report.read()).isEqualTo(7);
    assertThat(report.skipped()).isEqualTo(5);
    assertThat(report.badRecords()).extracting(BadRecord::line).containsExactly(2L, 3L);
    assertThat(report.truncated()).isTrue();
  }

  // --- fail mode --------------------------------------------------------------------------------

  @Test
  void failModeDeliversTheValidLinesBeforeTheFirstBadOneAndThrowsAtItsLine() {
    ResponseJsonLines lines = ResponseJsonLines.reader().validatingAgainst(EXIT, NPS).build();
    ResponseReader reader = lines.open(fixture("collect-errors.jsonl"));
    // Line 1 (ef-1) is delivered; line 2 is truncated JSON.
    assertThat(reader.next().id()).isEqualTo("ef-1");
    assertThatThrownBy(reader::hasNext).isInstanceOfSatisfying(BadRecordException.class, e -> {
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.record()).isEqualTo(2);
      assertThat(e.problem()).isInstanceOf(SurveyJsonException.class);
      assertThat(e.getMessage()).startsWith(
          "collect-errors.jsonl line 2: $.answers (line 2, column 202): malformed JSON");
    });
    // Reading stops there: nothing more, and the report says one line of two was bad.
    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    assertThat(reader.report().read()).isEqualTo(2);
    assertThat(reader.report().valid()).isEqualTo(1);
    assertThat(reader.report().skipped()).isEqualTo(1);
    assertThat(reader.report().badRecords()).extracting(BadRecord::line).containsExactly(2L);
    reader.close();
  }

  @Test
  void failModeNamesTheSourceAsGiven() {
    String text = NQ_3 + "\n\n" + nq("bad", -1) + "\n";
    ResponseJsonLines lines = ResponseJsonLines.reader().validatingAgainst(NPS).build();
    List<String> seen = new ArrayList<>();
    // Line 3 holds a score of -1, off the 0..10 scale.
    assertThatThrownBy(() -> lines.open(new StringReader(text), "webhook 2026-12-01")
        .forEachRemaining(r -> seen.add(r.id())))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("webhook 2026-12-01 line 3: answers.nps.score = -1: must lie on scale 0..10");
    assertThat(seen).containsExactly("nq-3");
    assertThatThrownBy(() -> readAll(lines.open(new StringReader(text))))
        .hasMessageStartingWith("JSON Lines line 3: ");
    assertThatThrownBy(() -> readAll(lines.open(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))))
        .hasMessageStartingWith("JSON Lines line 3: ");
  }

  // --- lines, encodings, limits -----------------------------------------------------------------

  @Test
  void withoutSurveysOnlyTheResponseInItselfIsChecked() {
    // Score 11 fits no NPS scale, but without a survey nothing says so; a partial response without
    // its last question seen is wrong in itself, and SurveyJson refuses it.
    String text = nq("eleven", 11) + "\n"
        + NQ_3.replace("\"completed\"", "\"partial\"") + "\n";
    ResponseReader reader = ResponseJsonLines.reader().onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
        .build().open(new StringReader(text));
    assertThat(ids(readAll(reader))).containsExactly("eleven");
    BadRecord bad = reader.report().badRecords().get(0);
    assertThat(bad.line()).isEqualTo(2);
    assertThat(bad.problem()).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("lastQuestionSeen");
  }

  @Test
  void malformedUtf8SpoilsOnlyItsOwnLine() throws IOException {
    // Line 2 holds the text "caf" + 0xC3 + "!": 0xC3 starts a two-byte sequence that "!" does not
    // continue. It is the 132nd character of the line (NQ_3 with the text member inserted).
    String template = NQ_3.replace("{\"nps\"", "{\"liked\":{\"type\":\"open_text\",\"text\":\"caf#!\"},"
        + "\"nps\"").replace("\"score\":8", "\"score\":9");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(nq("first", 9).getBytes(StandardCharsets.UTF_8));
    bytes.write('\n');
    byte[] second = template.replace("\"nq-3\"", "\"second\"").getBytes(StandardCharsets.UTF_8);
    int hash = indexOf(second, (byte) '#');
    second[hash] = (byte) 0xC3;
    bytes.write(second);
    bytes.write('\n');
    bytes.write(template.replace("\"nq-3\"", "\"third\"").replace("caf#", "café")
        .getBytes(StandardCharsets.UTF_8));
    ResponseReader reader = collecting(NPS).open(new ByteArrayInputStream(bytes.toByteArray()));
    List<Response> responses = readAll(reader);
    assertThat(ids(responses)).containsExactly("first", "third");
    assertThat(responses.get(1).answer("liked", OpenTextAnswer.class))
        .hasValue(new OpenTextAnswer("café!"));
    BadRecord bad = reader.report().badRecords().get(0);
    assertThat(bad.line()).isEqualTo(2);
    assertThat(bad.problem()).isInstanceOfSatisfying(SurveyJsonException.class, e -> {
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(hash + 1); // all bytes before it are ASCII: one char each
      assertThat(e.problem()).isEqualTo("not valid UTF-8: the byte sequence 0xC3 at byte "
          + (hash + 1) + " of the line is malformed");
    });
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new IllegalArgumentException("not found");
  }

  @Test
  void aUtf16SourceIsRefusedAtLineOne() {
    byte[] utf16 = ("\uFEFF" + NQ_3 + "\n").getBytes(StandardCharsets.UTF_16LE);
    assertThat(utf16).startsWith(0xFF, 0xFE);
    ResponseReader reader = collecting(NPS).open(new ByteArrayInputStream(utf16), "export.jsonl");
    assertThat(readAll(reader)).isEmpty();
    // The whole source is one fatal record: nothing after it is read.
    assertThat(reader.report().read()).isEqualTo(1);
    BadRecord bad = reader.report().badRecords().get(0);
    assertThat(bad.line()).isEqualTo(1);
    assertThat(bad.problem()).hasMessageContaining("UTF-16LE (0xFF 0xFE)")
        .hasMessageContaining("JSON Lines is UTF-8");
    // The same text decoded by the caller reads: a BOM in text is skipped as well.
    assertThat(ids(readAll(collecting(NPS).open(new StringReader("\uFEFF" + NQ_3 + "\n")))))
        .containsExactly("nq-3");
  }

  @Test
  void aLineOfExactlyTheLimitIsReadAndOneCharacterMoreIsSkipped() {
    int limit = NQ_3.length(); // 177 characters
    ResponseJsonLines lines = ResponseJsonLines.reader().validatingAgainst(NPS)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).maxLineLength(limit).build();
    // Line 1: exactly the limit, with CRLF (the \r is the line end's, not the line's); line 2: one
    // space more, which JSON allows but the limit does not; line 3: exactly the limit again.
    String text = NQ_3 + "\r\n" + nq("nq-5", 8) + " \n" + nq("nq-4", 7) + "\n";
    assertThat(nq("nq-4", 7)).hasSize(limit);
    for (ResponseReader reader : List.of(lines.open(new StringReader(text)),
        lines.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))) {
      assertThat(ids(readAll(reader))).containsExactly("nq-3", "nq-4");
      BadRecord bad = reader.report().badRecords().get(0);
      assertThat(bad.line()).isEqualTo(2);
      assertThat(bad.problem()).hasMessageContaining("the line holds " + (limit + 1)
          + " characters, more than maxLineLength allows (" + limit + ")");
    }
  }

  @Test
  void aVeryLongLineIsSkippedWithoutHoldingIt() {
    // 50 million characters on line 2 against a limit of 1000: the reader skips them in its
    // buffer's steps and counts them; were it to keep them, this would need 100 MB of chars.
    long length = 50_000_000L;
    Reader huge = new Reader() {
      private long left = length;
      private int part; // 0: line 1 and its \n, 1: the long line, 2: \n and line 3, 3: the end
      private String pending = NQ_3 + "\n";

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (part == 1) {
          int n = (int) Math.min(len, left);
          java.util.Arrays.fill(cbuf, off, off + n, 'x');
          left -= n;
          if (left == 0) {
            part = 2;
            pending = "\n" + nq("after", 10) + "\n";
          }
          return n;
        }
        if (pending.isEmpty()) {
          if (part == 0) {
            part = 1;
            return read(cbuf, off, len);
          }
          return -1;
        }
        int n = Math.min(len, pending.length());
        pending.getChars(0, n, cbuf, off);
        pending = pending.substring(n);
        return n;
      }

      @Override
      public void close() {}
    };
    ResponseReader reader = ResponseJsonLines.reader().onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
        .maxLineLength(1000).build().open(huge);
    assertThat(ids(readAll(reader))).containsExactly("nq-3", "after");
    assertThat(reader.report().badRecords()).singleElement().satisfies(bad -> {
      assertThat(bad.line()).isEqualTo(2);
      assertThat(bad.problem()).hasMessageContaining("the line holds 50000000 characters");
    });
  }

  @Test
  void linesSplitWhereverTheSourceBreaksItsReads() {
    // A source that gives one byte (or char) per read splits the BOM, every CRLF and every
    // multi-byte character: the lines must come out whole all the same.
    String text = "\uFEFF" + nq("a", 1) + "\r\n\r\n" + NQ_3.replace("{\"nps\"",
        "{\"liked\":{\"type\":\"open_text\",\"text\":\"жёлтый € \uD83D\uDE00\"},\"nps\"") + "\r\n"
        + nq("c", 9);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    InputStream trickle = new InputStream() {
      private int next;

      @Override
      public int read() {
        return next < bytes.length ? bytes[next++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (next >= bytes.length) {
          return -1;
        }
        b[off] = bytes[next++];
        return 1;
      }
    };
    Reader dribble = new Reader() {
      private int next;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (next >= text.length()) {
          return -1;
        }
        cbuf[off] = text.charAt(next++);
        return 1;
      }

      @Override
      public void close() {}
    };
    ResponseJsonLines lines = ResponseJsonLines.reader().build();
    for (ResponseReader reader : List.of(lines.open(trickle), lines.open(dribble))) {
      List<Response> responses = readAll(reader);
      assertThat(ids(responses)).containsExactly("a", "nq-3", "c");
      assertThat(responses.get(1).answer("liked", OpenTextAnswer.class))
          .hasValue(new OpenTextAnswer("жёлтый € \uD83D\uDE00"));
    }
  }

  @Test
  void aLoneCarriageReturnIsWhitespaceInsideTheLine() {
    // jsonlines.org: the line separator is \n; a \r elsewhere is JSON whitespace.
    String text = NQ_3.replace(",\"status\"", ",\r\"status\"") + "\n" + nq("x", 2) + "\n";
    ResponseReader reader = ResponseJsonLines.reader().build().open(new StringReader(text));
    assertThat(ids(readAll(reader))).containsExactly("nq-3", "x");
    assertThat(reader.report().read()).isEqualTo(2);
  }

  @Test
  void emptyAndBlankSourcesHoldNoRecords() {
    for (String text : List.of("", "\n", "\r\n  \n\t\n", "\uFEFF", "\uFEFF\n")) {
      ResponseReader reader = ResponseJsonLines.reader().build().open(new StringReader(text));
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.report()).isEqualTo(new ReadReport(0, 0, 0, List.of()));
      reader.close();
    }
    // A line of other white space (a no-break space) is a record, and not JSON.
    ResponseReader reader = ResponseJsonLines.reader().onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
        .build().open(new StringReader("\u00A0\n"));
    assertThat(reader.hasNext()).isFalse();
    assertThat(reader.report().skipped()).isEqualTo(1);
    assertThat(reader.report().badRecords().get(0).problem())
        .isInstanceOf(SurveyJsonException.class);
  }

  // --- duplicate ids ----------------------------------------------------------------------------

  @Test
  void duplicateIdsAreBadRecordsNamingTheFirstLineThatHadTheId() {
    // 1 nq-3 (valid), 2 "dup" with score 11 (invalid: never delivered), 3 "dup" (valid: the first
    // delivered "dup"), 4 nq-3 again, 5 "dup" again.
    String text = NQ_3 + "\n" + nq("dup", 11) + "\n" + nq("dup", 6) + "\n" + NQ_3 + "\n"
        + nq("dup", 7) + "\n";
    ResponseReader reader = ResponseJsonLines.reader().validatingAgainst(NPS)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).rejectDuplicateIds().build()
        .open(new StringReader(text));
    List<Response> responses = readAll(reader);
    assertThat(ids(responses)).containsExactly("nq-3", "dup");
    assertThat(responses.get(1).answer("nps", NpsAnswer.class)).hasValue(new NpsAnswer(6));
    List<BadRecord> bad = reader.report().badRecords();
    assertThat(bad).extracting(BadRecord::line).containsExactly(2L, 4L, 5L);
    assertThat(bad.get(1).problem()).isInstanceOfSatisfying(InvalidResponseException.class, e -> {
      assertThat(e.field()).isEqualTo("id");
      assertThat(e.value()).isEqualTo("\"nq-3\"");
      assertThat(e.rule()).isEqualTo(
          "duplicates the id of the response on line 1; response ids must be unique");
    });
    assertThat(bad.get(2).problem().getMessage()).contains("on line 3;");

    // Without the option, the same ids all pass (only the out-of-scale one is refused).
    ResponseReader lenient = collecting(NPS).open(new StringReader(text));
    assertThat(ids(readAll(lenient))).containsExactly("nq-3", "dup", "nq-3", "dup");
  }

  // --- the iterator contract --------------------------------------------------------------------

  @Test
  void nextPastTheEndThrowsNoSuchElement() {
    ResponseReader reader = ResponseJsonLines.reader().build().open(new StringReader(NQ_3));
    assertThat(reader.next().id()).isEqualTo("nq-3");
    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class)
        .hasMessage("JSON Lines: no more responses");
    reader.close();
    reader.close(); // closing twice does nothing
  }

  @Test
  void streamGivesTheResponsesAndClosingItClosesTheSource() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream source = new ByteArrayInputStream(
        (NQ_3 + "\n" + nq("two", 10) + "\n").getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    ResponseReader reader = ResponseJsonLines.reader().build().open(source);
    List<String> firstOnly;
    try (Stream<Response> stream = reader.stream()) {
      firstOnly = stream.limit(1).map(Response::id).collect(Collectors.toList());
    }
    assertThat(firstOnly).containsExactly("nq-3");
    assertThat(closed).isTrue();
    assertThat(reader.hasNext()).isFalse(); // closed: nothing more is read
  }

  @Test
  void theSourceIsClosedAtItsEndAndOnClose() {
    AtomicBoolean closed = new AtomicBoolean();
    Reader source = new StringReader(NQ_3 + "\n") {
      @Override
      public void close() {
        closed.set(true);
        super.close();
      }
    };
    ResponseReader reader = ResponseJsonLines.reader().build().open(source);
    assertThat(reader.next().id()).isEqualTo("nq-3");
    assertThat(closed).isFalse();
    assertThat(reader.hasNext()).isFalse();
    assertThat(closed).isTrue();

    AtomicBoolean early = new AtomicBoolean();
    ResponseReader unread = ResponseJsonLines.reader().build().open(new StringReader(NQ_3) {
      @Override
      public void close() {
        early.set(true);
      }
    });
    unread.close();
    assertThat(early).isTrue();
  }

  @Test
  void anIoFailureIsUnchecked() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    ResponseReader reader = ResponseJsonLines.reader().build().open(failing, "dump.jsonl");
    assertThatThrownBy(reader::hasNext).isInstanceOf(UncheckedIOException.class)
        .hasMessage("dump.jsonl: reading failed after 0 records")
        .hasRootCauseMessage("disk gone");
  }

  @Test
  void aMissingFileIsUnchecked(@TempDir Path dir) {
    Path missing = dir.resolve("none.jsonl");
    assertThatThrownBy(() -> ResponseJsonLines.reader().build().open(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("none.jsonl: cannot be opened");
  }

  // --- the builder ------------------------------------------------------------------------------

  @Test
  void eachSettingMayBeGivenOnce() {
    ResponseValidator validator = ResponseValidator.of(NPS);
    assertThatThrownBy(() -> ResponseJsonLines.reader().onBadRecord(OnBadRecord.FAIL)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT)).isInstanceOf(IllegalStateException.class)
        .hasMessage("onBadRecord was already set");
    assertThatThrownBy(() -> ResponseJsonLines.reader().validatingAgainst(NPS).validator(validator))
        .isInstanceOf(IllegalStateException.class).hasMessage("validator was already set");
    assertThatThrownBy(() -> ResponseJsonLines.reader().validator(validator).validatingAgainst(EXIT))
        .isInstanceOf(IllegalStateException.class).hasMessage("validator was already set");
    assertThatThrownBy(() -> ResponseJsonLines.reader().keepBadRecords(1).keepBadRecords(2))
        .isInstanceOf(IllegalStateException.class).hasMessage("keepBadRecords was already set");
    assertThatThrownBy(() -> ResponseJsonLines.reader().maxLineLength(10).maxLineLength(20))
        .isInstanceOf(IllegalStateException.class).hasMessage("maxLineLength was already set");
    assertThatThrownBy(() -> ResponseJsonLines.reader().rejectDuplicateIds().rejectDuplicateIds())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rejectDuplicateIds was already set");
    assertThatThrownBy(() -> ResponseJsonLines.reader().onBadRecord(b -> { }).onBadRecord(b -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessage("listener was already set");
  }

  @Test
  void theBuilderRefusesValuesOutOfRangeAndAListenerThatWouldNeverBeTold() {
    assertThatThrownBy(() -> ResponseJsonLines.reader().maxLineLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLineLength must be ≥ 1 character, not 0");
    assertThatThrownBy(() -> ResponseJsonLines.reader().keepBadRecords(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResponseJsonLines.reader().validatingAgainst())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("surveys: give at least one survey to validate against");
    assertThatThrownBy(() -> ResponseJsonLines.reader().onBadRecord(b -> { }).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SKIP_AND_COLLECT");
  }

  @Test
  void aBuiltReaderDoesNotChangeWhenItsBuilderGoesOn() {
    ResponseJsonLines.Builder builder = ResponseJsonLines.reader();
    ResponseJsonLines failing = builder.build();
    builder.onBadRecord(OnBadRecord.SKIP_AND_COLLECT);
    ResponseJsonLines collecting = builder.build();
    String text = "{\n" + NQ_3 + "\n";
    assertThatThrownBy(() -> readAll(failing.open(new StringReader(text))))
        .isInstanceOf(BadRecordException.class);
    assertThat(ids(readAll(collecting.open(new StringReader(text))))).containsExactly("nq-3");
    assertThat(failing).hasToString("ResponseJsonLines{FAIL, maxLineLength=1048576}");
    assertThat(collecting).hasToString(
        "ResponseJsonLines{SKIP_AND_COLLECT, keep 1000, maxLineLength=1048576}");
  }

  @Test
  void nullArgumentsAreRefusedNamingTheParameter() {
    ResponseJsonLines lines = ResponseJsonLines.reader().build();
    ResponseJsonLines.Builder builder = ResponseJsonLines.reader();
    assertThatThrownBy(() -> ResponseJsonLines.reader(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("json");
    assertThatThrownBy(() -> lines.open((Reader) null)).hasMessage("source");
    assertThatThrownBy(() -> lines.open((InputStream) null)).hasMessage("source");
    assertThatThrownBy(() -> lines.open((Path) null)).hasMessage("file");
    assertThatThrownBy(() -> lines.open(new StringReader(""), null)).hasMessage("name");
    assertThatThrownBy(() -> lines.open(InputStream.nullInputStream(), null)).hasMessage("name");
    assertThatThrownBy(() -> builder.validatingAgainst((Survey[]) null)).hasMessage("surveys");
    assertThatThrownBy(() -> builder.validatingAgainst(NPS, null)).hasMessage("surveys[1]");
    assertThatThrownBy(() -> builder.validator(null)).hasMessage("validator");
    assertThatThrownBy(() -> builder.onBadRecord((OnBadRecord) null)).hasMessage("mode");
    assertThatThrownBy(() -> builder.onBadRecord((java.util.function.Consumer<BadRecord>) null))
        .hasMessage("listener");
    assertThatThrownBy(() -> ResponseJsonLines.writer((Writer) null)).hasMessage("out");
    assertThatThrownBy(() -> ResponseJsonLines.writer((java.io.OutputStream) null))
        .hasMessage("out");
    assertThatThrownBy(() -> ResponseJsonLines.writer(new StringWriter(), null))
        .hasMessage("json");
    ResponseJsonLines.LineWriter writer = ResponseJsonLines.writer(new StringWriter());
    assertThatThrownBy(() -> writer.write(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("response");
    assertThatThrownBy(() -> writer.writeAll((Iterable<Response>) null)).hasMessage("responses");
    assertThatThrownBy(() -> writer.writeAll((java.util.Iterator<Response>) null))
        .hasMessage("responses");
  }

  @Test
  void aReaderUsesTheQuestionTypesOfItsJson() {
    // A registry without nps: "nps" is an unknown type there, reported with the file's line and
    // the column where the value "nps" of "type" starts (character 160 of NQ_3).
    SurveyJson choicesOnly = SurveyJson.using(io.cxkit.survey.QuestionTypeRegistry.builder()
        .register(new io.cxkit.survey.types.SingleChoiceQuestionType()).build());
    ResponseReader reader = ResponseJsonLines.reader(choicesOnly)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build().open(new StringReader("\n" + NQ_3));
    assertThat(readAll(reader)).isEmpty();
    CxException problem = reader.report().badRecords().get(0).problem();
    assertThat(problem).isInstanceOfSatisfying(UnknownQuestionTypeException.class,
        e -> assertThat(e.location()).isEqualTo("$.answers.nps.type (line 2, column 160)"));
  }

  // --- writing ----------------------------------------------------------------------------------

  @Test
  void writesOneDocumentPerLineThatReadsBackEqual() {
    List<Response> golden = readAll(ResponseJsonLines.reader().build()
        .open(fixture("responses.jsonl")));
    StringWriter text = new StringWriter();
    try (ResponseJsonLines.LineWriter writer = ResponseJsonLines.writer(text)) {
      writer.write(golden.get(0));
      assertThat(writer.writeAll(golden.subList(1, 5))).isEqualTo(4);
      assertThat(writer.writeAll(golden.subList(5, golden.size()).iterator())).isEqualTo(6);
      assertThat(writer.count()).isEqualTo(11);
    }
    String written = text.toString();
    // One line per response, each ending in \n (so 11 line ends), none with \r.
    assertThat(written.chars().filter(c -> c == '\n').count()).isEqualTo(11);
    assertThat(written).endsWith("}\n").doesNotContain("\r");
    assertThat(written.split("\n", -1)[8]).isEqualTo(NQ_3);
    assertThat(written.split("\n", -1)[0])
        .isEqualTo(SurveyJson.standard().writeResponse(golden.get(0)));
    assertThat(readAll(ResponseJsonLines.reader().validatingAgainst(EXIT, NPS).build()
        .open(new StringReader(written)))).isEqualTo(golden);
  }

  @Test
  void writesUtf8WithoutAByteOrderMarkToAStream() {
    List<Response> golden = readAll(ResponseJsonLines.reader().build()
        .open(fixture("responses.jsonl")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ResponseJsonLines.LineWriter writer = ResponseJsonLines.writer(bytes)) {
      writer.writeAll(golden);
    }
    byte[] out = bytes.toByteArray();
    assertThat(out[0]).isEqualTo((byte) '{');
    assertThat(new String(out, StandardCharsets.UTF_8)).contains("找不到尺码表")
        .contains("Доставка");
    assertThat(readAll(ResponseJsonLines.reader().build().open(new ByteArrayInputStream(out))))
        .isEqualTo(golden);
  }

  @Test
  void aClosedWriterRefusesToWriteAndFailuresAreUnchecked() {
    Response response = readAll(ResponseJsonLines.reader().build()
        .open(new StringReader(NQ_3))).get(0);
    ResponseJsonLines.LineWriter writer = ResponseJsonLines.writer(new StringWriter());
    writer.close();
    writer.close(); // closing twice does nothing
    assertThatThrownBy(() -> writer.write(response)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the JSON Lines writer is closed");
    assertThatThrownBy(writer::flush).isInstanceOf(IllegalStateException.class);

    Writer broken = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() throws IOException {
        throw new IOException("disk full");
      }
    };
    ResponseJsonLines.LineWriter failing = ResponseJsonLines.writer(broken);
    assertThatThrownBy(() -> failing.write(response)).isInstanceOf(UncheckedIOException.class)
        .hasMessage("JSON Lines: writing response 1 failed").hasRootCauseMessage("disk full");
    assertThat(failing.count()).isZero();
    assertThatThrownBy(failing::flush).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(failing::close).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void aResponseOfATypeTheJsonDoesNotKnowIsRefusedBeforeAnythingIsWritten() {
    Response response = readAll(ResponseJsonLines.reader().build()
        .open(new StringReader(NQ_3))).get(0);
    SurveyJson choicesOnly = SurveyJson.using(io.cxkit.survey.QuestionTypeRegistry.builder()
        .register(new io.cxkit.survey.types.SingleChoiceQuestionType()).build());
    StringWriter text = new StringWriter();
    ResponseJsonLines.LineWriter writer = ResponseJsonLines.writer(text, choicesOnly);
    assertThatThrownBy(() -> writer.write(response))
        .isInstanceOf(UnknownQuestionTypeException.class);
    writer.flush();
    assertThat(text.toString()).isEmpty();
    assertThat(writer.count()).isZero();
  }
  @Test
  void textUtf8CannotCarryIsRefusedBeforeAnythingOfTheResponseIsWritten() {
    // Built-in answers refuse an unpaired surrogate; the test-only tags type lets one through.
    SurveyJson json = SurveyJson.using(ResponseCsvWriterTestTypes.registry());
    List<Response> good = ResponseCsvWriterSamples.spendResponses().subList(0, 2);
    Response bad = Response.builder("s-9", "spend-check", 1)
        .submittedAt(Instant.parse("2026-06-01T10:30:00Z"))
        .answer("nps", new NpsAnswer(9))
        .answer("tags", new ResponseCsvWriterTestTypes.TagsAnswer(List.of("ok", "x\uD800")))
        .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ResponseJsonLines.LineWriter writer = ResponseJsonLines.writer(bytes, json)) {
      writer.write(good.get(0));
      // The document is {"answers":{"tags":{"type":"tags","tags":["ok","x\uD800"]}},…}: the
      // second tag, whose second character is the lone high surrogate.
      assertThatThrownBy(() -> writer.write(bad))
          .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
            assertThat(e.field()).isEqualTo("answers.tags.tags[1]");
            assertThat(e.value()).isEqualTo("\"x\\ud800\"");
            assertThat(e.rule()).isEqualTo(
                "holds an unpaired surrogate char at character 2, which UTF-8 cannot write");
          });
      assertThat(writer.count()).isEqualTo(1);
      writer.write(good.get(1));
    }
    // Exactly the two good lines, whole, nothing of the refused one between them.
    String written = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(json.writeResponse(good.get(0)) + "\n"
        + json.writeResponse(good.get(1)) + "\n");
    assertThat(readAll(ResponseJsonLines.reader(json).build()
        .open(new ByteArrayInputStream(bytes.toByteArray())))).isEqualTo(good);

    // A Writer destination is refused the same: JSON Lines text is UTF-8 wherever it goes.
    StringWriter text = new StringWriter();
    ResponseJsonLines.LineWriter writer = ResponseJsonLines.writer(text, json);
    assertThatThrownBy(() -> writer.write(bad)).isInstanceOf(InvalidResponseException.class);
    writer.flush();
    assertThat(text.toString()).isEmpty();
  }
}
