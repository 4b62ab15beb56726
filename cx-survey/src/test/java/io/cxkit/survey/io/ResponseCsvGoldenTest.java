package io.cxkit.survey.io;

import static io.cxkit.survey.io.Reading.readAll;
import static io.cxkit.survey.io.ResponseCsvFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.Survey;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the golden files under {@code fixtures/io/} and checks every response exactly. The files
 * were written once by a short Python script (the text below each test, {@code str.encode} with
 * {@code utf-8}, {@code gb18030} or {@code cp1251}, and a UTF-8 byte order mark {@code EF BB BF}
 * before the first one) and are committed as bytes, so what is tested is what real exports hold.
 */
class ResponseCsvGoldenTest {
  private final Survey survey = ResponseCsvFixtures.checkout();

  private static Map<String, Answer> answers(Object... idsAndAnswers) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (int i = 0; i < idsAndAnswers.length; i += 2) {
      out.put((String) idsAndAnswers[i], (Answer) idsAndAnswers[i + 1]);
    }
    return out;
  }

  private Response response(String id, String at, ResponseStatus status, String lastSeen,
      ResponseContext context, Respondent respondent, Object... answers) {
    return new Response(id, "checkout", 1, respondent, Instant.parse(at), status, lastSeen, context,
        answers(answers));
  }

  private static ResponseContext context(String variant, Locale locale) {
    return new ResponseContext(null, null, null, null, locale, variant, Map.of());
  }

  /**
   * responses-bom.csv: a UTF-8 byte order mark, CRLF line ends, a header whose first name has
   * spaces around it ({@code " id "}), an unmapped column ({@code internal_note}), a blank line at
   * the end.
   *
   * <pre>
   * r1,2026-11-30T09:15:00Z,completed,A,en-GB,10,fully,price,,app;site,5,Great shop,yes,anna@example.com,x
   * r2,2026-11-30T10:15:00+01:00,Completed,B,de_DE,6,Teilweise,Lieferung,,Die App,2,"Zu langsam, leider",nein,,
   * r3,2026-12-01 08:00,partial,A,,8,not-achieved,,,,,,,,
   * r4,2026-12-02,dismissed,B,,,,,,,,,,,
   * r5,2026-12-03T12:00:00Z,completed,A,zh_CN,9, FULLY ,Free shipping,"", Support ; ,4,,,,
   * </pre>
   */
  @Test
  void readsACommaFileWithAByteOrderMark() {
    ResponseCsv csv = ResponseCsv.reader(survey)
        .id("id").submittedAt("date").status("status").variant("variant").locale("locale")
        .question("nps", "nps").question("goal", "goal").question("reason", "reason")
        .otherText("reason", "reason_other").question("topics", "topics").question("csat", "csat")
        .question("comment", "comment").question("contact", "consent")
        .consentEmail("contact", "email")
        .build();

    ResponseReader reader = csv.open(new ByteArrayInputStream(bytes("responses-bom.csv")));
    List<Response> read = readAll(reader);

    assertThat(read).containsExactly(
        // An ISO instant; "yes" is consent; the e-mail comes from its own column.
        response("r1", "2026-11-30T09:15:00Z", ResponseStatus.COMPLETED, null,
            context("A", Locale.forLanguageTag("en-GB")), null,
            "nps", new NpsAnswer(10), "goal", new GoalCompletionAnswer(GoalOutcome.FULLY),
            "reason", SingleChoiceAnswer.of("price"),
            "topics", MultipleChoiceAnswer.of("app", "site"), "csat", new CsatAnswer(5),
            "comment", new OpenTextAnswer("Great shop"),
            "contact", ContactConsentAnswer.consenting("anna@example.com")),
        // 10:15 at +01:00 is 09:15Z; "Completed" in any case; de_DE is de-DE; German labels name
        // "partially", "delivery" and "app"; "nein" is no.
        response("r2", "2026-11-30T09:15:00Z", ResponseStatus.COMPLETED, null,
            context("B", Locale.forLanguageTag("de-DE")), null,
            "nps", new NpsAnswer(6), "goal", new GoalCompletionAnswer(GoalOutcome.PARTIALLY),
            "reason", SingleChoiceAnswer.of("delivery"), "topics", MultipleChoiceAnswer.of("app"),
            "csat", new CsatAnswer(2), "comment", new OpenTextAnswer("Zu langsam, leider"),
            "contact", ContactConsentAnswer.declining()),
        // A local date-time without a zone is in UTC (the default zone); a partial row without
        // a last question seen ends at its last answered question on the path, goal.
        response("r3", "2026-12-01T08:00:00Z", ResponseStatus.PARTIAL, "goal",
            context("A", null), null,
            "nps", new NpsAnswer(8), "goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED)),
        // A date alone is the start of that day in UTC.
        response("r4", "2026-12-02T00:00:00Z", ResponseStatus.DISMISSED, null,
            context("B", null), null),
        // " FULLY " is trimmed and folded; "Free shipping" names no option of a question that
        // offers "other", so it is "other" with that text; an empty quoted cell is blank;
        // " Support ; " is one part, trimmed, and an empty one ignored.
        response("r5", "2026-12-03T12:00:00Z", ResponseStatus.COMPLETED, null,
            context("A", Locale.forLanguageTag("zh-CN")), null,
            "nps", new NpsAnswer(9), "goal", new GoalCompletionAnswer(GoalOutcome.FULLY),
            "reason", new SingleChoiceAnswer("other", "Free shipping"),
            "topics", MultipleChoiceAnswer.of("support"),
            "csat", new CsatAnswer(4)));
    // Five records, the blank line at the end none.
    assertThat(reader.report()).isEqualTo(new ReadReport(5, 5, 0, List.of()));
  }

  /**
   * responses-de.csv: {@code ;} between cells, decimal commas ({@code 8,0}), {@code |} between
   * choices (what {@link CsvOptions#withDelimiter} picks when {@code ;} is the delimiter), German
   * headers and labels, and dates {@code dd.MM.yyyy HH:mm} without a zone, read in Europe/Berlin.
   *
   * <pre>
   * a1;15.07.2026 14:30;8,0;Vollständig;Preis;;Die App|Kundendienst;4,0;Alles gut
   * a2;15.01.2026 14:30;10;teilweise;Etwas anderes;Gutscheine;Die Website;5;"Schnell; freundlich"
   * a3;29.03.2026 02:30;3;Gar nicht;;;;;
   * a4;25.10.2026 02:30;7;Teilweise;Lieferung;;;2,0;
   * </pre>
   */
  @Test
  void readsSemicolonsDecimalCommasAndGermanDatesInBerlin() {
    CsvOptions german = CsvOptions.DEFAULT.withDelimiter(';').withDecimalComma(true)
        .withZone(ZoneId.of("Europe/Berlin"));
    assertThat(german.cells().listSeparator()).isEqualTo("|");
    ResponseCsv csv = ResponseCsv.reader(survey).options(german)
        .id("Antwort").submittedAt("Datum", "dd.MM.yyyy HH:mm")
        .question("nps", "Empfehlung").question("goal", "Ziel").question("reason", "Grund")
        .otherText("reason", "Sonstiges").question("topics", "Themen")
        .question("csat", "Zufriedenheit").question("comment", "Kommentar")
        .build();

    List<Response> read = readAll(csv.open(new ByteArrayInputStream(bytes("responses-de.csv"))));

    assertThat(read).containsExactly(
        // July: summer time, UTC+2, so 14:30 is 12:30Z; 8,0 and 4,0 are integral scores.
        response("a1", "2026-07-15T12:30:00Z", ResponseStatus.COMPLETED, null,
            ResponseContext.EMPTY, null,
            "nps", new NpsAnswer(8), "goal", new GoalCompletionAnswer(GoalOutcome.FULLY),
            "reason", SingleChoiceAnswer.of("price"),
            "topics", MultipleChoiceAnswer.of("app", "support"), "csat", new CsatAnswer(4),
            "comment", new OpenTextAnswer("Alles gut")),
        // January: winter time, UTC+1, so 14:30 is 13:30Z; "Etwas anderes" is the "other"
        // label, its text in the Sonstiges column; a quoted ; stays in the comment.
        response("a2", "2026-01-15T13:30:00Z", ResponseStatus.COMPLETED, null,
            ResponseContext.EMPTY, null,
            "nps", new NpsAnswer(10), "goal", new GoalCompletionAnswer(GoalOutcome.PARTIALLY),
            "reason", new SingleChoiceAnswer("other", "Gutscheine"),
            "topics", MultipleChoiceAnswer.of("site"), "csat", new CsatAnswer(5),
            "comment", new OpenTextAnswer("Schnell; freundlich")),
        // 29 March 2026, 02:30 does not exist in Berlin (clocks go from 02:00 to 03:00):
        // atZone moves it forward by the gap to 03:30 summer time, 01:30Z.
        response("a3", "2026-03-29T01:30:00Z", ResponseStatus.COMPLETED, null,
            ResponseContext.EMPTY, null,
            "nps", new NpsAnswer(3), "goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED)),
        // 25 October 2026, 02:30 happens twice (clocks go from 03:00 back to 02:00): atZone
        // takes the earlier offset, summer time +02:00, so 00:30Z.
        response("a4", "2026-10-25T00:30:00Z", ResponseStatus.COMPLETED, null,
            ResponseContext.EMPTY, null,
            "nps", new NpsAnswer(7), "goal", new GoalCompletionAnswer(GoalOutcome.PARTIALLY),
            "reason", SingleChoiceAnswer.of("delivery"), "csat", new CsatAnswer(2)));
  }

  /**
   * responses-tab.csv: tab-separated; a quoted cell may hold a tab, and commas and semicolons
   * are plain text.
   *
   * <pre>
   * t1&#9;2026-05-01T10:00:00Z&#9;9&#9;fully&#9;comma, and; semicolon stay
   * t2&#9;2026-05-01T11:00:00+02:00&#9;0&#9;not-achieved&#9;"quoted&#9;tab"
   * </pre>
   */
  @Test
  void readsATabSeparatedFile() {
    ResponseCsv csv = ResponseCsv.reader(survey).options(CsvOptions.DEFAULT.withDelimiter('\t'))
        .id("id").submittedAt("submitted").question("nps", "nps").question("goal", "goal")
        .question("comment", "comment")
        .build();

    List<Response> read = readAll(csv.open(new ByteArrayInputStream(bytes("responses-tab.csv"))));

    assertThat(read).containsExactly(
        response("t1", "2026-05-01T10:00:00Z", ResponseStatus.COMPLETED, null,
            ResponseContext.EMPTY, null,
            "nps", new NpsAnswer(9), "goal", new GoalCompletionAnswer(GoalOutcome.FULLY),
            "comment", new OpenTextAnswer("comma, and; semicolon stay")),
        // 11:00 at +02:00 is 09:00Z.
        response("t2", "2026-05-01T09:00:00Z", ResponseStatus.COMPLETED, null,
            ResponseContext.EMPTY, null,
            "nps", new NpsAnswer(0), "goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED),
            "comment", new OpenTextAnswer("quoted\ttab")));
  }

  /**
   * responses-gb18030.csv, encoded in GB18030: Chinese headers, labels and comments, and an emoji
   * (U+1F600, four bytes in GB18030) that GBK could not hold; times in Asia/Shanghai (UTC+8, no
   * summer time).
   *
   * <pre>
   * 编号,提交时间,推荐,目标,原因,其他原因,评论
   * c1,2026-06-18 20:00,10,完全,价格,,送货很快，包装很好 😀
   * c2,2026-06-18 21:30,4,部分,其他,优惠券太少,客服态度一般
   * c3,2026-06-19 09:05,7,没有,配送,,
   * </pre>
   */
  @Test
  void readsGb18030WithChineseLabels() {
    ResponseCsv csv = ResponseCsv.reader(survey)
        .options(CsvOptions.DEFAULT.withCharset(Charset.forName("GB18030"))
            .withZone(ZoneId.of("Asia/Shanghai")))
        .id("编号").submittedAt("提交时间").question("nps", "推荐").question("goal", "目标")
        .question("reason", "原因").otherText("reason", "其他原因").question("comment", "评论")
        .build();

    List<Response> read = readAll(csv.open(
        new ByteArrayInputStream(bytes("responses-gb18030.csv"))));

    assertThat(read).containsExactly(
        // 20:00 in Shanghai is 12:00Z; 完全 is the Chinese label of "fully", 价格 of price.
        response("c1", "2026-06-18T12:00:00Z", ResponseStatus.COMPLETED, null,
            ResponseContext.EMPTY, null,
            "nps", new NpsAnswer(10), "goal", new GoalCompletionAnswer(GoalOutcome.FULLY),
            "reason", SingleChoiceAnswer.of("price"),
            "comment", new OpenTextAnswer("送货很快，包装很好 😀")),
        // 其他 is the Chinese "other" label; its text is in 其他原因.
        response("c2", "2026-06-18T13:30:00Z", ResponseStatus.COMPLETED, null,
            ResponseContext.EMPTY, null,
            "nps", new NpsAnswer(4), "goal", new GoalCompletionAnswer(GoalOutcome.PARTIALLY),
            "reason", new SingleChoiceAnswer("other", "优惠券太少"),
            "comment", new OpenTextAnswer("客服态度一般")),
        response("c3", "2026-06-19T01:05:00Z", ResponseStatus.COMPLETED, null,
            ResponseContext.EMPTY, null,
            "nps", new NpsAnswer(7), "goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED),
            "reason", SingleChoiceAnswer.of("delivery")));
  }

  /**
   * responses-windows-1251.csv, encoded in windows-1251: Russian headers, labels, comments with
   * doubled quotes, and consent as да / нет; {@code ;} between cells; times in Europe/Moscow
   * (UTC+3).
   *
   * <pre>
   * Номер;Дата;Оценка;Цель;Причина;Комментарий;Связаться
   * w1;01.02.2026 10:00;9;Полностью;Цена;Всё отлично, спасибо;да
   * w2;02.02.2026 18:45;5;Частично;Доставка;"Курьер опоздал на ""два"" часа";нет
   * </pre>
   */
  @Test
  void readsWindows1251WithRussianLabels(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("opros.csv");
    Files.write(file, bytes("responses-windows-1251.csv"));
    ResponseCsv csv = ResponseCsv.reader(survey)
        .options(CsvOptions.DEFAULT.withDelimiter(';').withCharset(Charset.forName("windows-1251"))
            .withZone(ZoneId.of("Europe/Moscow")))
        .id("Номер").submittedAt("Дата", "dd.MM.yyyy HH:mm").question("nps", "Оценка")
        .question("goal", "Цель").question("reason", "Причина").question("comment", "Комментарий")
        .question("contact", "Связаться")
        .build();

    List<Response> read = readAll(csv.open(file));

    assertThat(read).containsExactly(
        // 10:00 in Moscow is 07:00Z; Полностью is "fully", Цена price, да yes.
        response("w1", "2026-02-01T07:00:00Z", ResponseStatus.COMPLETED, null,
            ResponseContext.EMPTY, null,
            "nps", new NpsAnswer(9), "goal", new GoalCompletionAnswer(GoalOutcome.FULLY),
            "reason", SingleChoiceAnswer.of("price"),
            "comment", new OpenTextAnswer("Всё отлично, спасибо"),
            "contact", new ContactConsentAnswer(true, null)),
        response("w2", "2026-02-02T15:45:00Z", ResponseStatus.COMPLETED, null,
            ResponseContext.EMPTY, null,
            "nps", new NpsAnswer(5), "goal", new GoalCompletionAnswer(GoalOutcome.PARTIALLY),
            "reason", SingleChoiceAnswer.of("delivery"),
            "comment", new OpenTextAnswer("Курьер опоздал на \"два\" часа"),
            "contact", ContactConsentAnswer.declining()));
  }

  /**
   * responses-quoted.csv: quoted cells holding line breaks, commas and doubled quotes, so rows and
   * lines part: row 2 (q1) spans lines 2–3, row 3 (q2) is line 4, row 4 (q3) spans lines 5–7 and
   * its NPS of 11 is off the scale, row 5 (q4) is line 8.
   */
  @Test
  void quotedCellsKeepDelimitersQuotesAndLineBreaksAndRowsAndLinesPart() {
    ResponseCsv csv = ResponseCsv.reader(survey).id("id").submittedAt("submitted_at")
        .question("nps", "nps").question("goal", "goal").question("comment", "comment")
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
        .build();

    ResponseReader reader = csv.open(new ByteArrayInputStream(bytes("responses-quoted.csv")));
    List<Response> read = readAll(reader);

    assertThat(read).extracting(Response::id).containsExactly("q1", "q2", "q4");
    assertThat(read.get(0).answer("comment")).contains(
        new OpenTextAnswer("First line\nsecond line, with a comma"));
    assertThat(read.get(1).answer("comment")).contains(new OpenTextAnswer("He said \"great\""));
    ReadReport report = reader.report();
    assertThat(report.read()).isEqualTo(4);
    assertThat(report.badRecords()).singleElement().satisfies(bad -> {
      assertThat(bad.record()).isEqualTo(4);
      assertThat(bad.line()).isEqualTo(5);
      assertThat(bad.toString()).isEqualTo("row 4 (line 5): column \"nps\" (answers.nps.score)"
          + " = \"11\": must lie on scale 0..10");
    });
  }

  /**
   * responses-export.csv: cxkit's own layout with contact details, an attribute and the {@code
   * .other} and {@code .email} columns, read by the preset without mapping a column.
   */
  @Test
  void thePresetReadsCxkitsOwnLayout() {
    ResponseCsv csv = ResponseCsv.readerOfExport(survey).build();

    List<Response> read = readAll(csv.open(
        new ByteArrayInputStream(bytes("responses-export.csv"))));

    assertThat(read).containsExactly(
        new Response("x1", "checkout", 1,
            Respondent.withConsent("cust-1", new ContactDetails("anna@example.com", "Anna", null)),
            Instant.parse("2026-11-30T09:15:00Z"), ResponseStatus.COMPLETED, null,
            new ResponseContext("checkout-page", Channel.WEB, "https://shop.example/checkout",
                "desktop", Locale.forLanguageTag("en-GB"), "A", Map.of("plan", "gold")),
            answers("nps", new NpsAnswer(10), "goal", new GoalCompletionAnswer(GoalOutcome.FULLY),
                "reason", new SingleChoiceAnswer("other", "Gift wrap"),
                "topics", MultipleChoiceAnswer.of("app", "support"), "csat", new CsatAnswer(5),
                "comment", new OpenTextAnswer("Fast, friendly"),
                "contact", ContactConsentAnswer.consenting("anna@example.com"))),
        // contact_consent "false" without an id: a respondent who did not consent.
        new Response("x2", "checkout", 1, new Respondent(null, false, null),
            Instant.parse("2026-11-30T10:00:00Z"), ResponseStatus.PARTIAL, "goal",
            new ResponseContext(null, Channel.MOBILE_WEB, null, "mobile", Locale.GERMAN, "B",
                Map.of()),
            answers("nps", new NpsAnswer(6), "goal",
                new GoalCompletionAnswer(GoalOutcome.PARTIALLY))),
        new Response("x3", "checkout", 1, null, Instant.parse("2026-11-30T11:00:00Z"),
            ResponseStatus.DISMISSED, null,
            new ResponseContext(null, Channel.EMAIL, null, null, null, "A", Map.of()), Map.of()));
  }
}
