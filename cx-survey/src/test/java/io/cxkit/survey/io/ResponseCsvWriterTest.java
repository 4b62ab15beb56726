package io.cxkit.survey.io;

import static io.cxkit.survey.io.ResponseCsvWriterSamples.at;
import static io.cxkit.survey.io.ResponseCsvWriterSamples.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.GoalOutcome;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.UnknownQuestionTypeException;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's checks and edges: refused responses, encodings, byte order marks, the builder. */
class ResponseCsvWriterTest {
  private static final Survey NPS = RoutingExamples.npsFollowUps();
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private static Response detractor(String id, String text) {
    return Response.builder(id, "nps-quarterly", 1).submittedAt(at("2026-11-30T09:15:00Z"))
        .answer("nps", new NpsAnswer(3)).answer("went-wrong", new OpenTextAnswer(text)).build();
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static final String NPS_HEADER = "id,survey_id,survey_version,submitted_at,status,"
      + "last_question_seen,respondent_id,contact_consent,touchpoint,channel,page_url,device,"
      + "locale,variant,nps,went-wrong,liked\r\n";

  @Test
  void anEmptyExportIsTheHeaderAlone() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResponseCsvWriter writer = ResponseCsvWriter.of(NPS);
    try (ResponseCsvWriter.Output out = writer.open(bytes)) {
      assertThat(out.count()).isZero();
    }
    assertThat(text(bytes)).isEqualTo(NPS_HEADER);
    assertThat(writer.header()).containsExactly(NPS_HEADER.strip().split(","));
    assertThat(writer.survey()).isSameAs(NPS);
    assertThat(writer.options()).isEqualTo(CsvOptions.DEFAULT);
  }

  /**
   * A free text that is empty or only white space is a valid value of the model, and the export
   * writes it as it is (the tab neutralised), but a blank cell is a part left out, so cxkit's own
   * import reads each of them back as absent, as the writer's and readerOfExport's javadoc say.
   */
  @Test
  void blankFreeTextIsWrittenAsItIsAndReadsBackAbsent() {
    Response response = Response.builder("b1", "nps-quarterly", 1)
        .submittedAt(at("2026-11-30T09:15:00Z")).dismissed()
        .respondent(new Respondent(null, true, new ContactDetails("ana@example.org", " ", null)))
        .context(new ResponseContext(null, null, "", "\t", null, " ", Map.of("plan", "")))
        .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ResponseCsvWriter.Output out = ResponseCsvWriter.builder(NPS).attributes("plan")
        .includeContactDetails(true).build().open(bytes)) {
      out.write(response);
    }
    // contact_name " ", page_url "", device "'\t", variant " ", attr:plan "".
    assertThat(parse(bytes.toByteArray(), StandardCharsets.UTF_8, ',').get(1).subList(8, 18))
        .containsExactly("ana@example.org", " ", "", "", "", "", "'\t", "", " ", "");

    Response back;
    try (ResponseReader in = ResponseCsv.readerOfExport(NPS).build()
        .open(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.next();
    }
    assertThat(back.context()).isEqualTo(ResponseContext.EMPTY);
    assertThat(back.respondent().contact()).isEqualTo(ContactDetails.ofEmail("ana@example.org"));
  }

  @Test
  void aResponseOfAnotherSurveyOrVersionIsRefusedAndNothingOfItIsWritten() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ResponseCsvWriter.Output out = ResponseCsvWriter.of(NPS).open(bytes)) {
      Response other = Response.builder("x-1", "exit-feedback", 1)
          .answer("goal", new GoalCompletionAnswer(GoalOutcome.FULLY)).build();
      assertThatThrownBy(() -> out.write(other)).isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("surveyId = \"exit-feedback\"");
      Response version2 = Response.builder("x-2", "nps-quarterly", 2)
          .answer("nps", new NpsAnswer(9)).build();
      assertThatThrownBy(() -> out.write(version2)).isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("surveyVersion = 2");
      // The output stays usable: the next valid response is row 2.
      out.write(detractor("n-1", "Late"));
      assertThat(out.count()).isEqualTo(1);
    }
    assertThat(text(bytes)).isEqualTo(NPS_HEADER
        + "n-1,nps-quarterly,1,2026-11-30T09:15:00Z,completed,,,,,,,,,,3,Late,\r\n");
  }

  @Test
  void anInvalidResponseIsRefusedWithEveryViolation() {
    // 11 is off the 0..10 scale; the validator says so under the answer's path.
    Response offScale = Response.builder("n-9", "nps-quarterly", 1)
        .answer("nps", new NpsAnswer(11)).build();
    try (ResponseCsvWriter.Output out = ResponseCsvWriter.of(NPS).open(new StringWriter())) {
      assertThatThrownBy(() -> out.write(offScale))
          .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
            assertThat(e.field()).isEqualTo("answers.nps.score");
            assertThat(e.value()).isEqualTo("11");
          });
      assertThat(out.count()).isZero();
    }
  }

  @Test
  void aCharacterTheEncodingLacksIsATypedErrorNamingResponseAndColumn() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResponseCsvWriter writer = ResponseCsvWriter.builder(NPS)
        .options(CsvOptions.DEFAULT.withCharset(WINDOWS_1251)).build();
    try (ResponseCsvWriter.Output out = writer.open(bytes)) {
      out.write(detractor("n-1", "Доставка опоздала"));
      // 送 (U+9001) has no form in windows-1251: refused, never written as "?".
      assertThatThrownBy(() -> out.write(detractor("n-2", "Ok 送货")))
          .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
            assertThat(e.field()).isEqualTo("answers.went-wrong");
            assertThat(e.value()).isEqualTo("\"Ok 送货\"");
            assertThat(e.rule()).contains("column went-wrong of response n-2",
                "has no form in windows-1251", "U+9001 at character 4");
          });
      out.write(detractor("n-3", "Курьер грубил"));
      assertThat(out.count()).isEqualTo(2);
    }
    List<List<String>> rows = parse(bytes.toByteArray(), WINDOWS_1251, ',');
    assertThat(rows).extracting(row -> row.get(0)).containsExactly("id", "n-1", "n-3");
    assertThat(rows.get(1).get(15)).isEqualTo("Доставка опоздала");
    assertThat(bytes.toByteArray()).doesNotContain((byte) '?');
  }

  @Test
  void personalDataIsRedactedInTheError() {
    ResponseCsvWriter writer = ResponseCsvWriter.builder(RoutingExamples.exitFeedback())
        .options(CsvOptions.DEFAULT.withCharset(WINDOWS_1251)).includeContactDetails(true).build();
    Response response = Response.builder("r-1", "exit-feedback", 1)
        .respondent(Respondent.withConsent("c-1", new ContactDetails(null, "张伟", null)))
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.FULLY)).build();
    try (ResponseCsvWriter.Output out = writer.open(new ByteArrayOutputStream())) {
      assertThatThrownBy(() -> out.write(response))
          .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
            assertThat(e.field()).isEqualTo("respondent.contact.name");
            assertThat(e.value()).isEqualTo("(redacted)");
            assertThat(e.getMessage()).doesNotContain("张").contains("column contact_name");
          });
    }
  }

  @Test
  void contactDetailsAreLeftOutByDefault() {
    Response response = Response.builder("r-1", "exit-feedback", 1)
        .submittedAt(at("2026-11-30T09:15:00Z"))
        .respondent(Respondent.withConsent("c-1", ContactDetails.ofEmail("ana@example.com")))
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED))
        .answer("reasons", SingleChoiceAnswer.of("technical-problem"))
        .answer("contact", ContactConsentAnswer.consenting("ana@example.com"))
        .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResponseCsvWriter writer = ResponseCsvWriter.of(RoutingExamples.exitFeedback());
    try (ResponseCsvWriter.Output out = writer.open(bytes)) {
      out.write(response);
    }
    assertThat(writer.header()).doesNotContain("contact_email", "contact_name", "contact_phone",
        "contact.email");
    // The consent itself is no personal detail: "true" for the respondent and the answer.
    assertThat(text(bytes)).doesNotContain("ana@example.com").contains(",c-1,true,")
        .endsWith(",not-achieved,technical-problem,,true\r\n");
  }

  @Test
  void byteOrderMarks() {
    // UTF-8: EF BB BF, through a stream; through a writer the character U+FEFF.
    ResponseCsvWriter utf8 = ResponseCsvWriter.builder(NPS)
        .options(CsvOptions.DEFAULT.withByteOrderMark(true)).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    utf8.open(bytes).close();
    assertThat(Arrays.copyOf(bytes.toByteArray(), 4))
        .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i'});
    StringWriter chars = new StringWriter();
    utf8.open(chars).close();
    assertThat(chars.toString()).isEqualTo("\uFEFF" + NPS_HEADER);

    // GB18030 has a byte order mark of its own: 84 31 95 33 (U+FEFF in its four-byte range).
    ResponseCsvWriter gb = ResponseCsvWriter.builder(NPS).options(CsvOptions.DEFAULT
        .withCharset(Charset.forName("GB18030")).withByteOrderMark(true)).build();
    bytes = new ByteArrayOutputStream();
    gb.open(bytes).close();
    assertThat(Arrays.copyOf(bytes.toByteArray(), 5))
        .isEqualTo(new byte[] {(byte) 0x84, 0x31, (byte) 0x95, 0x33, 'i'});

    // Java's UTF-16 encoder starts with FE FF by itself; the writer adds no second one.
    ResponseCsvWriter utf16 = ResponseCsvWriter.builder(NPS).options(CsvOptions.DEFAULT
        .withCharset(StandardCharsets.UTF_16).withByteOrderMark(true)).build();
    bytes = new ByteArrayOutputStream();
    utf16.open(bytes).close();
    assertThat(Arrays.copyOf(bytes.toByteArray(), 4))
        .isEqualTo(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'i'});

    // windows-1251 has none: refused when the writer is built, before any file.
    assertThatThrownBy(() -> ResponseCsvWriter.builder(NPS)
        .options(CsvOptions.DEFAULT.withCharset(WINDOWS_1251).withByteOrderMark(true)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("options.byteOrderMark");
          assertThat(e.rule()).contains("windows-1251 has no byte order mark");
        });
  }

  @Test
  void attributeNamesAreChecked() {
    assertThatThrownBy(() -> ResponseCsvWriter.builder(NPS).attributes("plan", " ").build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("attributes[1]"));
    assertThatThrownBy(() -> ResponseCsvWriter.builder(NPS).attributes("plan", "plan").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("attributes[1]");
          assertThat(e.rule()).contains("already named");
        });
    assertThatThrownBy(() -> ResponseCsvWriter.builder(NPS).attributes("pl\uD800n").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("unpaired surrogate");
    // A header the charset cannot hold is refused when the writer is built.
    assertThatThrownBy(() -> ResponseCsvWriter.builder(NPS)
        .options(CsvOptions.DEFAULT.withCharset(WINDOWS_1251)).attributes("城市").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("header");
          assertThat(e.value()).isEqualTo("\"attr:城市\"");
          assertThat(e.rule()).contains("U+57CE at character 6");
        });
    assertThatThrownBy(() -> ResponseCsvWriter.builder(NPS).attributes("a", null))
        .isInstanceOf(NullPointerException.class).hasMessage("names[1]");
  }

  @Test
  void columnNamesMustBeDistinct() {
    // A question named like a column of the layout ("variant") would make the header ambiguous.
    Survey variant = Survey.builder("ab").title(LocalizedText.of("en", "A/B"))
        .kind(SurveyKind.RELATIONSHIP)
        .question(NpsQuestion.of("variant", LocalizedText.of("en", "Recommend?"))).build();
    assertThatThrownBy(() -> ResponseCsvWriter.of(variant))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("header[14]");
          assertThat(e.value()).isEqualTo("\"variant\"");
          assertThat(e.rule()).contains(
              "is already the name of header[13] (context.variant), so the column of"
                  + " answers.variant needs another");
        });
    // So would a question "reasons.other" beside the "other" text of a choice question "reasons".
    Survey other = Survey.builder("why").title(LocalizedText.of("en", "Why"))
        .kind(SurveyKind.RELATIONSHIP)
        .question(new SingleChoiceQuestion("reasons", LocalizedText.of("en", "Why?"), false,
            List.of(Choice.of("price", "en", "Price")), LocalizedText.of("en", "Other")))
        .question(OpenTextQuestion.of("reasons.other", LocalizedText.of("en", "More?")))
        .build();
    assertThatThrownBy(() -> ResponseCsvWriter.of(other))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"reasons.other\"").hasMessageContaining("answers.reasons.otherText");
  }

  @Test
  void aTypeTheRegistryLacksIsRefusedWhenBuilt() {
    assertThatThrownBy(() -> ResponseCsvWriter.of(ResponseCsvWriterSamples.spendSurvey()))
        .isInstanceOf(UnknownQuestionTypeException.class);
  }

  @Test
  void codesThatHoldTheSeparatorOrAnUnpairedSurrogateAreRefused() {
    ResponseCsvWriter writer = ResponseCsvWriter.builder(ResponseCsvWriterSamples.spendSurvey())
        .registry(ResponseCsvWriterTestTypes.registry()).build();
    try (ResponseCsvWriter.Output out = writer.open(new ByteArrayOutputStream())) {
      // Joined with ";", "a;b" would read back as two tags.
      Response separator = Response.builder("s-1", "spend-check", 1)
          .answer("nps", new NpsAnswer(9))
          .answer("tags", new ResponseCsvWriterTestTypes.TagsAnswer(List.of("ok", "a;b"))).build();
      assertThatThrownBy(() -> out.write(separator))
          .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
            assertThat(e.field()).isEqualTo("answers.tags[1]");
            assertThat(e.value()).isEqualTo("\"a;b\"");
          });
      // No encoding holds half a surrogate pair; the custom type let one through.
      Response surrogate = Response.builder("s-2", "spend-check", 1)
          .answer("nps", new NpsAnswer(9))
          .answer("tags", new ResponseCsvWriterTestTypes.TagsAnswer(List.of("x\uD800"))).build();
      assertThatThrownBy(() -> out.write(surrogate))
          .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
            assertThat(e.field()).isEqualTo("answers.tags");
            assertThat(e.rule()).contains("unpaired surrogate char at character 2");
          });
      assertThat(out.count()).isZero();
    }
  }

  @Test
  void writeAllStopsAtTheFirstRefusedResponse() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ResponseCsvWriter.Output out = ResponseCsvWriter.of(NPS).open(bytes)) {
      Response bad = Response.builder("n-2", "nps-quarterly", 1).answer("nps", new NpsAnswer(-1))
          .build();
      List<Response> responses = List.of(detractor("n-1", "a"), bad, detractor("n-3", "c"));
      assertThatThrownBy(() -> out.writeAll(responses)).isInstanceOf(InvalidResponseException.class);
      assertThat(out.count()).isEqualTo(1);
      assertThat(out.writeAll(List.of(detractor("n-4", "d")))).isEqualTo(1);
    }
    assertThat(parse(bytes.toByteArray(), StandardCharsets.UTF_8, ','))
        .extracting(row -> row.get(0)).containsExactly("id", "n-1", "n-4");
  }

  @Test
  void openPathWritesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nps.csv");
    try (ResponseCsvWriter.Output out = ResponseCsvWriter.of(NPS).open(file)) {
      out.write(detractor("n-1", "Late"));
      out.flush();
    }
    assertThat(Files.readString(file)).isEqualTo(NPS_HEADER
        + "n-1,nps-quarterly,1,2026-11-30T09:15:00Z,completed,,,,,,,,,,3,Late,\r\n");
    assertThatThrownBy(() -> ResponseCsvWriter.of(NPS).open(dir.resolve("missing/nps.csv")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot be opened");
  }

  @Test
  void aClosedOutputRefusesToWrite() {
    ResponseCsvWriter.Output out = ResponseCsvWriter.of(NPS).open(new StringWriter());
    out.close();
    out.close();
    assertThatThrownBy(() -> out.write(detractor("n-1", "a")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(out::flush).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anIoFailureIsUnchecked() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };
    ResponseCsvWriter.Output out = ResponseCsvWriter.of(NPS).open(failing);
    out.write(detractor("n-1", "a"));
    assertThatThrownBy(out::flush).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("flushing failed").hasRootCauseMessage("disk full");
  }

  @Test
  void eachSettingOnceAndNullsAreApiMisuse() {
    ResponseCsvWriter.Builder builder = ResponseCsvWriter.builder(NPS)
        .registry(QuestionTypeRegistry.standard()).options(CsvOptions.DEFAULT).attributes("a")
        .includeContactDetails(false);
    assertThatThrownBy(() -> builder.registry(QuestionTypeRegistry.standard()))
        .isInstanceOf(IllegalStateException.class).hasMessage("registry was already set");
    assertThatThrownBy(() -> builder.options(CsvOptions.DEFAULT))
        .isInstanceOf(IllegalStateException.class).hasMessage("options was already set");
    assertThatThrownBy(() -> builder.attributes("b"))
        .isInstanceOf(IllegalStateException.class).hasMessage("attributes was already set");
    assertThatThrownBy(() -> builder.includeContactDetails(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("includeContactDetails was already set");
    assertThatThrownBy(() -> ResponseCsvWriter.builder(null))
        .isInstanceOf(NullPointerException.class).hasMessage("survey");
    ResponseCsvWriter writer = builder.build();
    assertThatThrownBy(() -> writer.open((Writer) null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
    try (ResponseCsvWriter.Output out = writer.open(new StringWriter())) {
      assertThatThrownBy(() -> out.write(null))
          .isInstanceOf(NullPointerException.class).hasMessage("response");
    }
  }
}
