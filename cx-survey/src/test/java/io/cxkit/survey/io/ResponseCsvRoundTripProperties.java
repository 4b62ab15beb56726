package io.cxkit.survey.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cxkit.core.CxException;
import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.Question;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.Survey;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * CSV import against generated data. Valid responses to the checkout survey (every status,
 * respondent, context and answer varies), written in cxkit's export layout with Jackson's CSV
 * generator in any delimiter, encoding and number format, read back by {@link
 * ResponseCsv#readerOfExport} as equal responses; and cells or files of garbage end in nothing
 * but typed errors, every row counted once.
 */
class ResponseCsvRoundTripProperties {
  private static final Survey SURVEY = ResponseCsvFixtures.checkout();
  private static final ResponseValidator VALIDATOR = ResponseValidator.of(SURVEY);
  private static final List<String> ATTRIBUTES = List.of("plan", "campaign");
  private static final List<String> HEADER = header();

  private static List<String> header() {
    List<String> header = new ArrayList<>(List.of("id", "survey_id", "survey_version",
        "submitted_at", "status", "last_question_seen", "respondent_id", "contact_consent",
        "contact_email", "contact_name", "contact_phone", "touchpoint", "channel", "page_url",
        "device", "locale", "variant"));
    for (String attribute : ATTRIBUTES) {
      header.add("attr:" + attribute);
    }
    for (Question question : SURVEY.questions()) {
      header.add(question.id());
      if (question.id().equals("reason")) {
        header.add("reason.other");
      }
      if (question.id().equals("contact")) {
        header.add("contact.email");
      }
    }
    return List.copyOf(header);
  }

  private static Arbitrary<String> id() {
    return Combinators.combine(Arbitraries.chars().range('a', 'z'),
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-', '_', '.')
            .ofMaxLength(8)).as((first, rest) -> first + rest);
  }

  /** Free text with delimiters, quotes, CR and LF, Cyrillic, CJK and an emoji; never blank. */
  private static Arbitrary<String> text() {
    return Combinators.combine(Arbitraries.of('a', 'Ж', '订', '=', '"', ' ', '😀'),
        Arbitraries.strings().withCharRange(' ', '~').withCharRange('А', 'я')
            .withCharRange('一', '龥').withChars('\n', '\r', '\t', '"', ',', ';', '|', '€', '\u00a0')
            .ofMaxLength(20))
        .as((first, rest) -> first + rest).filter(t -> !t.isBlank() && !Ids.hasUnpairedSurrogate(t));
  }

  private static Arbitrary<Map<String, Answer>> answers(int upTo, ResponseStatus status) {
    // Every question of the survey in order; nps and goal are required before the last one seen.
    List<Arbitrary<Answer>> each = List.of(
        Arbitraries.integers().between(0, 10).map(NpsAnswer::new),
        Arbitraries.of(GoalOutcome.values()).map(GoalCompletionAnswer::new),
        Arbitraries.oneOf(Arbitraries.of("price", "delivery", "quality").map(SingleChoiceAnswer::of),
            text().map(t -> new SingleChoiceAnswer("other", t))),
        Arbitraries.of("app", "site", "support").list().ofMinSize(1).ofMaxSize(3).uniqueElements()
            .map(codes -> new MultipleChoiceAnswer(codes, null)),
        Arbitraries.integers().between(1, 5).map(CsatAnswer::new),
        text().map(OpenTextAnswer::new),
        Arbitraries.oneOf(Arbitraries.just(ContactConsentAnswer.declining()),
            Arbitraries.just(new ContactConsentAnswer(true, null)),
            id().map(name -> ContactConsentAnswer.consenting(name + "@example.com"))));
    List<Arbitrary<Answer>> chosen = new ArrayList<>();
    for (int i = 0; i <= upTo; i++) {
      boolean required = i < 2 && (status == ResponseStatus.COMPLETED || i < upTo);
      chosen.add(required ? each.get(i) : each.get(i).injectNull(0.4));
    }
    return Combinators.combine(chosen).as(list -> {
      Map<String, Answer> out = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) != null) {
          out.put(SURVEY.questions().get(i).id(), list.get(i));
        }
      }
      return out;
    });
  }

  private static Arbitrary<Respondent> respondent() {
    Arbitrary<ContactDetails> contact = Combinators.combine(
            id().map(n -> n + "@example.org").injectNull(0.3), text().injectNull(0.5),
            Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(9).map(d -> "+" + d)
                .injectNull(0.5))
        .filter((e, n, p) -> e != null || n != null || p != null).as(ContactDetails::new);
    return Arbitraries.of(true, false).flatMap(consent -> Combinators.combine(id().injectNull(0.4),
            consent ? contact.injectNull(0.4) : Arbitraries.just(null))
        .as((id, details) -> new Respondent(id, consent, details)));
  }

  private static Arbitrary<ResponseContext> context() {
    return Combinators.combine(id().injectNull(0.5), Arbitraries.of(Channel.values()).injectNull(0.4),
            text().injectNull(0.6), Arbitraries.of("desktop", "mobile", " tablet ").injectNull(0.5),
            Arbitraries.of("en", "de-CH", "zh-Hans", "ru-RU", "pt-BR").map(Locale::forLanguageTag)
                .injectNull(0.4),
            text().injectNull(0.5), Arbitraries.maps(Arbitraries.of(ATTRIBUTES), text()).ofMaxSize(2))
        .as(ResponseContext::new);
  }

  @Provide
  Arbitrary<Response> responses() {
    Arbitrary<Instant> at = Combinators.combine(Arbitraries.longs().between(0, 4_102_444_800L),
        Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    return Arbitraries.of(ResponseStatus.values()).flatMap(status -> {
      Arbitrary<Integer> upTo = status == ResponseStatus.PARTIAL
          ? Arbitraries.integers().between(0, SURVEY.questions().size() - 1)
          : Arbitraries.just(SURVEY.questions().size() - 1);
      return upTo.flatMap(last -> Combinators.combine(id(), respondent().injectNull(0.4), at,
              context(), status == ResponseStatus.DISMISSED ? Arbitraries.just(Map.<String, Answer>of())
                  : answers(last, status))
          .as((id, respondent, when, context, answers) -> new Response(id, SURVEY.id(),
              SURVEY.version(), respondent, when, status,
              status == ResponseStatus.PARTIAL ? SURVEY.questions().get(last).id() : null, context,
              answers)));
    });
  }

  @Provide
  Arbitrary<List<Response>> responseLists() {
    return responses().list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<CsvOptions> options() {
    return Combinators.combine(Arbitraries.of(',', ';', '\t', '|'), Arbitraries.of(true, false),
            Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("GB18030")),
            Arbitraries.of(true, false))
        .as((delimiter, comma, charset, bom) -> CsvOptions.DEFAULT.withDelimiter(delimiter)
            .withDecimalComma(comma).withCharset(charset).withByteOrderMark(bom));
  }

  /** The cells of a response in the export layout, as the design describes it. */
  private static List<String> row(Response r, CsvOptions options) {
    List<String> cells = new ArrayList<>();
    Respondent who = r.respondent();
    ContactDetails contact = who == null ? null : who.contact();
    ResponseContext c = r.context();
    cells.addAll(List.of(r.id(), r.surveyId(), Integer.toString(r.surveyVersion()),
        r.submittedAt().toString(), r.status().id(), orBlank(r.lastQuestionSeen()),
        who == null ? "" : orBlank(who.id()), who == null ? "" : Boolean.toString(who.contactConsent()),
        contact == null ? "" : orBlank(contact.email()), contact == null ? "" : orBlank(contact.name()),
        contact == null ? "" : orBlank(contact.phone()), orBlank(c.touchpointId()),
        c.channel() == null ? "" : c.channel().id(), orBlank(c.pageUrl()), orBlank(c.device()),
        c.locale() == null ? "" : c.locale().toLanguageTag(), orBlank(c.variant())));
    for (String attribute : ATTRIBUTES) {
      cells.add(c.attributes().getOrDefault(attribute, ""));
    }
    for (Question question : SURVEY.questions()) {
      Answer answer = r.answers().get(question.id());
      if (answer == null) {
        cells.add("");
      } else if (answer instanceof SingleChoiceAnswer) {
        cells.add(((SingleChoiceAnswer) answer).choice());
      } else if (answer instanceof MultipleChoiceAnswer) {
        cells.add(String.join(options.cells().listSeparator(),
            ((MultipleChoiceAnswer) answer).choices()));
      } else {
        @SuppressWarnings("unchecked")
        io.cxkit.survey.spi.QuestionType<Question, Answer> type =
            (io.cxkit.survey.spi.QuestionType<Question, Answer>)
                io.cxkit.survey.QuestionTypeRegistry.standard().typeOf(question);
        cells.add(exportText(type.valueOf(answer)));
      }
      if (question.id().equals("reason")) {
        cells.add(answer == null ? "" : orBlank(((SingleChoiceAnswer) answer).otherText()));
      }
      if (question.id().equals("contact")) {
        cells.add(answer == null ? "" : orBlank(((ContactConsentAnswer) answer).email()));
      }
    }
    return cells;
  }

  /** Scores are whole numbers, written without {@code .0}; texts as they are; flags as words. */
  private static String exportText(io.cxkit.survey.spi.AnswerValue value) {
    if (value instanceof io.cxkit.survey.spi.AnswerValue.NumberValue) {
      return Long.toString((long) ((io.cxkit.survey.spi.AnswerValue.NumberValue) value).value());
    }
    if (value instanceof io.cxkit.survey.spi.AnswerValue.TextValue) {
      return ((io.cxkit.survey.spi.AnswerValue.TextValue) value).value();
    }
    return Boolean.toString(((io.cxkit.survey.spi.AnswerValue.FlagValue) value).value());
  }

  private static String orBlank(String text) {
    return text == null ? "" : text;
  }

  private static void write(Writer out, CsvOptions options, List<List<String>> rows,
      boolean quoteAll) throws IOException {
    CsvMapper mapper = new CsvMapper();
    if (quoteAll) {
      mapper.enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
    }
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(options.delimiter())
        .withoutHeader().withLineSeparator("\r\n");
    try (SequenceWriter writer = mapper.writer(schema).writeValues(out)) {
      writer.write(HEADER.toArray(new String[0]));
      for (List<String> row : rows) {
        writer.write(row.toArray(new String[0]));
      }
    }
  }

  private static byte[] file(CsvOptions options, List<Response> responses, boolean quoteAll)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Response response : responses) {
      rows.add(row(response, options));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, options.charset())) {
      if (options.byteOrderMark()) {
        out.write('\uFEFF');
      }
      write(out, options, rows, quoteAll);
    }
    return bytes.toByteArray();
  }

  private static List<Response> readBack(CsvOptions options, byte[] file) {
    List<Response> read = new ArrayList<>();
    try (ResponseReader reader = ResponseCsv.readerOfExport(SURVEY).options(options).build()
        .open(new ByteArrayInputStream(file))) {
      reader.forEachRemaining(read::add);
    }
    return read;
  }

  @Property(tries = 300)
  void validResponsesWrittenInTheExportLayoutReadBackEqual(
      @ForAll("responseLists") List<Response> responses, @ForAll("options") CsvOptions options,
      @ForAll boolean quoteAll) throws IOException {
    for (Response response : responses) {
      assertThat(VALIDATOR.validate(response)).isEmpty();
    }

    List<Response> read = readBack(options, file(options, responses, quoteAll));

    assertThat(read).isEqualTo(responses);
  }

  /**
   * cxkit's own writer and reader agree: {@link ResponseCsvWriter} with contact details and the
   * attributes, read by {@link ResponseCsv#readerOfExport} with the same options, gives the
   * responses back, free text that starts like a formula ({@code =…}, {@code +…}) included, since
   * the preset restores what the writer neutralised.
   */
  @Property(tries = 300)
  void cxkitsOwnExportReadsBackEqual(@ForAll("responseLists") List<Response> responses,
      @ForAll("options") CsvOptions options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ResponseCsvWriter.Output out = ResponseCsvWriter.builder(SURVEY).options(options)
        .attributes(ATTRIBUTES.toArray(new String[0])).includeContactDetails(true).build()
        .open(bytes)) {
      out.writeAll(responses);
    }

    assertThat(readBack(options, bytes.toByteArray())).isEqualTo(responses);
  }

  @Provide
  Arbitrary<List<List<String>>> garbageRows() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.just(""), text(), Arbitraries.strings().ofMaxLength(12),
        Arbitraries.of("completed", "partial", "dismissed", "nps", "goal", "11", "9,0", "fully",
            "price;app", "true", "да", "2026-02-30", "2026-11-30T09:15:00Z", "x@y", "zh_CN",
            "checkout", "1", "0", "-1", "other", "\uFEFF", " "));
    return cell.list().ofSize(HEADER.size()).list().ofMaxSize(8);
  }

  @Property(tries = 300)
  void garbageCellsGiveRecordsOrTypedBadRecordsAndEveryRowIsCounted(
      @ForAll("garbageRows") List<List<String>> rows) throws IOException {
    StringWriter text = new StringWriter();
    write(text, CsvOptions.DEFAULT, rows, false);
    List<BadRecord> told = new ArrayList<>();
    ResponseCsv csv = ResponseCsv.readerOfExport(SURVEY)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).onBadRecord(told::add).build();

    List<Response> read = new ArrayList<>();
    ResponseReader reader = csv.open(new StringReader(text.toString()));
    reader.forEachRemaining(read::add);

    long records = rows.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).count();
    ReadReport report = reader.report();
    assertThat(report.read()).isEqualTo(records);
    assertThat(report.valid()).isEqualTo(read.size());
    assertThat(told).hasSize((int) report.skipped());
    for (Response response : read) {
      assertThat(VALIDATOR.validate(response)).isEmpty();
    }
    for (BadRecord bad : told) {
      assertThat(bad.problem()).isInstanceOf(CxException.class);
      assertThat(bad.record()).isBetween(2L, rows.size() + 1L);
    }
  }

  @Provide
  Arbitrary<byte[]> garbageFiles() {
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> texts = Arbitraries.strings().withChars("id,submitted_at;nps\"\n\r\t 9xé€".toCharArray())
        .ofMaxLength(200).map(t -> t.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> headed = texts.map(t -> {
      byte[] head = "id,submitted_at,nps,goal\n".getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[head.length + t.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(t, 0, all, head.length, t.length);
      return all;
    });
    return Arbitraries.oneOf(bytes, texts, headed);
  }

  @Property(tries = 500)
  void filesOfGarbageEndInTypedErrorsOnly(@ForAll("garbageFiles") byte[] file) {
    ResponseCsv csv = ResponseCsv.readerOfExport(SURVEY)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();
    ResponseReader reader;
    try {
      reader = csv.open(new ByteArrayInputStream(file));
    } catch (BadRecordException header) {
      assertThat(header.record()).isGreaterThanOrEqualTo(1);
      return;
    }
    List<Response> read = new ArrayList<>();
    reader.forEachRemaining(read::add);

    ReadReport report = reader.report();
    assertThat(report.valid()).isEqualTo(read.size());
    assertThat(report.read()).isEqualTo(report.valid() + report.skipped());
  }
}
