package io.cxkit.survey.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.Response;
import io.cxkit.survey.json.SurveyJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Invariants of JSON Lines: what is written reads back equal, from bytes and from text; and in
 * collect-errors mode, bad lines inserted anywhere are reported with exactly their line numbers
 * while every valid response comes through, in order.
 */
class JsonLinesProperties {
  /** Short enough for every generated response (a few hundred characters at most). */
  private static final int LIMIT = 4000;

  @Property(tries = 300)
  void writingThenReadingGivesTheSameResponses(
      @ForAll("responses") List<Response> responses) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ResponseJsonLines.LineWriter writer = ResponseJsonLines.writer(bytes)) {
      assertThat(writer.writeAll(responses)).isEqualTo(responses.size());
    }
    StringWriter text = new StringWriter();
    try (ResponseJsonLines.LineWriter writer = ResponseJsonLines.writer(text)) {
      responses.forEach(writer::write);
      assertThat(writer.count()).isEqualTo(responses.size());
    }
    // One line per response: the texts' line breaks are escaped by JSON.
    assertThat(text.toString().chars().filter(c -> c == '\n').count()).isEqualTo(responses.size());
    assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(text.toString());

    ResponseJsonLines lines = ResponseJsonLines.reader().build();
    assertThat(read(lines.open(new ByteArrayInputStream(bytes.toByteArray())))).isEqualTo(responses);
    ResponseReader reader = lines.open(new StringReader(text.toString()));
    assertThat(read(reader)).isEqualTo(responses);
    assertThat(reader.report()).isEqualTo(
        new ReadReport(responses.size(), responses.size(), 0, List.of()));
  }

  @Provide
  Arbitrary<List<Response>> responses() {
    return JsonLinesArbitraries.responses(12);
  }

  /** A line that is no response: each kind fails in a different part of reading. */
  private static Arbitrary<String> badLine() {
    String valid = SurveyJson.standard().writeResponse(Response.builder("x-1", "s", 1)
        .submittedAt(java.time.Instant.parse("2026-12-01T00:00:00Z")).dismissed().build());
    return Arbitraries.oneOf(
        Arbitraries.of(
            "{",                                                   // malformed
            "null",                                                // not an object
            "[]",
            "not json",
            valid.substring(0, valid.length() - 1),                // truncated
            valid + " {}",                                         // trailing content
            valid.replace("\"status\"", "\"colour\":\"blue\",\"status\""), // unknown member
            valid.replace("\"surveyVersion\":1", "\"surveyVersion\":\"1\""), // wrong type
            valid.replace("\"surveyVersion\":1", "\"surveyVersion\":0"),     // a model rule
            valid.replace("\"answers\":{}", "\"answers\":{\"q\":{\"type\":\"ranking\"}}"),
            "x".repeat(LIMIT + 1)),                                // too long
        // Random text without a line end that is not blank (a blank line is no record).
        Arbitraries.strings().withCharRange(' ', '~').withCharRange('А', 'я').withChars('\r', '\t')
            .ofMinLength(1).ofMaxLength(40)
            .filter(s -> !s.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')));
  }

  /** One inserted line: bad (true, its text) or blank (false, its white space). */
  @Provide
  Arbitrary<List<Tuple2<Integer, Tuple2<Boolean, String>>>> insertions() {
    Arbitrary<Tuple2<Boolean, String>> line = Arbitraries.oneOf(
        badLine().map(text -> Tuple.of(true, text)),
        Arbitraries.of("", " ", "\t", " \r").map(text -> Tuple.of(false, text)));
    return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 1000), line)
        .as(Tuple::of).list().ofMaxSize(10);
  }

  @Property(tries = 300)
  void badLinesAnywhereAreReportedExactlyAndEveryValidResponseIsKept(
      @ForAll("responses") List<Response> responses,
      @ForAll("insertions") List<Tuple2<Integer, Tuple2<Boolean, String>>> insertions,
      @ForAll boolean crlf, @ForAll boolean finalLineEnd, @ForAll boolean bom) {
    // The lines of the file: each response's document, with the insertions placed among them.
    List<Tuple2<Boolean, String>> file = new ArrayList<>();
    for (Response response : responses) {
      file.add(Tuple.of(null, SurveyJson.standard().writeResponse(response)));
    }
    for (Tuple2<Integer, Tuple2<Boolean, String>> insertion : insertions) {
      file.add(insertion.get1() % (file.size() + 1), insertion.get2());
    }
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    List<Long> badLines = new ArrayList<>();
    long records = 0;
    for (int i = 0; i < file.size(); i++) {
      Boolean bad = file.get(i).get1();
      if (bad == null || bad) {
        records++;
      }
      if (bad != null && bad) {
        badLines.add(i + 1L);
      }
      text.append(file.get(i).get2());
      if (i < file.size() - 1 || finalLineEnd) {
        text.append(crlf ? "\r\n" : "\n");
      }
    }
    // A blank last line without a line end is no line at all; so it holds no record either way.

    ResponseJsonLines lines = ResponseJsonLines.reader().onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
        .maxLineLength(LIMIT).build();
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    for (ResponseReader reader : List.of(lines.open(new StringReader(text.toString())),
        lines.open(trickling(bytes)))) {
      assertThat(read(reader)).isEqualTo(responses);
      ReadReport report = reader.report();
      assertThat(report.badRecords()).extracting(BadRecord::line).isEqualTo(badLines);
      assertThat(report.badRecords()).extracting(BadRecord::record).isEqualTo(badLines);
      assertThat(report.read()).isEqualTo(records);
      assertThat(report.valid()).isEqualTo(responses.size());
      assertThat(report.skipped()).isEqualTo(badLines.size());
      for (BadRecord bad : report.badRecords()) {
        assertThat(bad.problem()).satisfiesAnyOf(
            p -> assertThat(p).isInstanceOf(io.cxkit.survey.json.SurveyJsonException.class)
                .hasMessageContaining(bad.line() > Integer.MAX_VALUE ? ""
                    : "(line " + bad.line() + (p.getMessage().contains(", column") ? ", " : ")")),
            p -> assertThat(p).isInstanceOf(io.cxkit.survey.UnknownQuestionTypeException.class)
                .hasMessageContaining("(line " + bad.line() + ", column "),
            p -> assertThat(p).isInstanceOf(io.cxkit.survey.InvalidResponseException.class)
                .hasMessageStartingWith("$.surveyVersion = 0: "));
      }
    }
  }

  /** The bytes in reads of 1 to 7 bytes, so that lines, CRLFs and characters break anywhere. */
  private static InputStream trickling(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      private int turn;

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + (turn++ % 7)));
      }
    };
  }

  private static List<Response> read(ResponseReader reader) {
    List<Response> out = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }
}
