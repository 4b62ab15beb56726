package io.cxkit.survey.io;

import static io.cxkit.survey.io.ResponseCsvWriterSamples.parse;
import static io.cxkit.survey.io.ResponseCsvWriterSamples.resource;
import static io.cxkit.survey.io.ResponseCsvWriterSamples.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.Response;
import io.cxkit.survey.RoutingExamples;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden export files: each sample set of responses ({@link ResponseCsvWriterSamples}) is written
 * and compared byte for byte with its file in {@code fixtures/io/}, and the file is read back with
 * Jackson's own CSV parser to the cells the layout promises (cxkit's layout, see {@link
 * ResponseCsvWriter}). The files were written once by this code and checked cell by cell against
 * the expectations below; a change in quoting, order or formatting shows up as a byte difference.
 */
class ResponseCsvWriterGoldenTest {
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static byte[] written(ResponseCsvWriter writer, List<Response> responses) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ResponseCsvWriter.Output out = writer.open(bytes)) {
      assertThat(out.writeAll(responses)).isEqualTo(responses.size());
      assertThat(out.count()).isEqualTo(responses.size());
    }
    return bytes.toByteArray();
  }

  private static String[] row(String... cells) {
    return cells;
  }

  @Test
  void exitFeedbackWithAttributesAndOtherTexts() {
    ResponseCsvWriter writer = ResponseCsvWriter.builder(RoutingExamples.exitFeedback())
        .attributes("plan", "campaign").build();
    byte[] bytes = written(writer, ResponseCsvWriterSamples.exitFeedbackResponses());

    assertThat(bytes).isEqualTo(resource("/fixtures/io/export-exit-feedback.csv"));
    // Comma, UTF-8 without byte order mark: the first bytes are the header's "id".
    assertThat(Arrays.copyOf(bytes, 3)).isEqualTo("id,".getBytes(StandardCharsets.US_ASCII));
    // The attribute "ignored" of r-1 is not asked for, so it has no column; "contact" has no
    // ".email" column without contact details; "reasons" offers "other", so "reasons.other"
    // follows it. r-2's formula gets a leading quote; the "-basic-" plan too.
    assertThat(parse(bytes, StandardCharsets.UTF_8, ',')).isEqualTo(rows(
        row("id", "survey_id", "survey_version", "submitted_at", "status", "last_question_seen",
            "respondent_id", "contact_consent", "touchpoint", "channel", "page_url", "device",
            "locale", "variant", "attr:plan", "attr:campaign", "goal", "reasons", "reasons.other",
            "contact"),
        row("r-1", "exit-feedback", "1", "2026-11-30T09:15:00Z", "completed", "", "c-1001", "false",
            "checkout", "web", "https://shop.example/checkout?step=2&coupon=x", "desktop", "en-GB",
            "B", "pro", "spring", "fully", "", "", ""),
        row("r-2", "exit-feedback", "1", "2026-11-30T10:02:31Z", "completed", "", "", "",
            "checkout", "mobile-web", "https://shop.example/cart", "mobile", "de-DE", "A",
            "'-basic-", "", "partially", "other",
            "'=HYPERLINK(\"http://evil.example\",\"click\")", ""),
        row("r-3", "exit-feedback", "1", "2026-12-01T08:00:00Z", "completed", "", "c-1003", "true",
            "help-page", "app", "app://help", "tablet", "es-ES", "B", "", "winter, 2026",
            "not-achieved", "technical-problem", "", "true"),
        row("r-4", "exit-feedback", "1", "2026-12-01T12:30:00Z", "partial", "reasons", "", "", "",
            "", "", "", "", "", "", "", "not-achieved", "", "", ""),
        row("r-5", "exit-feedback", "1", "2026-12-02T07:45:10Z", "dismissed", "", "", "",
            "checkout", "web", "https://shop.example/checkout", "desktop", "fr-FR", "A", "", "", "",
            "", "", ""),
        row("r-6", "exit-feedback", "1", "2026-12-02T18:20:00Z", "completed", "", "", "", "", "",
            "", "", "", "", "", "", "partially", "other", "Slow, then it crashed", "")));
  }

  @Test
  void exitFeedbackWithContactDetails() {
    ResponseCsvWriter writer = ResponseCsvWriter.builder(RoutingExamples.exitFeedback())
        .includeContactDetails(true).build();
    byte[] bytes = written(writer, ResponseCsvWriterSamples.exitFeedbackResponses());

    assertThat(bytes).isEqualTo(resource("/fixtures/io/export-exit-feedback-contacts.csv"));
    // The respondent's details follow contact_consent; the consent answer's e-mail follows
    // "contact". The phone number starts with "+", so it is neutralised like any free text.
    assertThat(parse(bytes, StandardCharsets.UTF_8, ',')).isEqualTo(rows(
        row("id", "survey_id", "survey_version", "submitted_at", "status", "last_question_seen",
            "respondent_id", "contact_consent", "contact_email", "contact_name", "contact_phone",
            "touchpoint", "channel", "page_url", "device", "locale", "variant", "goal", "reasons",
            "reasons.other", "contact", "contact.email"),
        row("r-1", "exit-feedback", "1", "2026-11-30T09:15:00Z", "completed", "", "c-1001", "false",
            "", "", "", "checkout", "web", "https://shop.example/checkout?step=2&coupon=x",
            "desktop", "en-GB", "B", "fully", "", "", "", ""),
        row("r-2", "exit-feedback", "1", "2026-11-30T10:02:31Z", "completed", "", "", "", "", "",
            "", "checkout", "mobile-web", "https://shop.example/cart", "mobile", "de-DE", "A",
            "partially", "other", "'=HYPERLINK(\"http://evil.example\",\"click\")", "", ""),
        row("r-3", "exit-feedback", "1", "2026-12-01T08:00:00Z", "completed", "", "c-1003", "true",
            "ana@example.com", "Ana Pérez", "'+34 600 123 456", "help-page", "app", "app://help",
            "tablet", "es-ES", "B", "not-achieved", "technical-problem", "", "true",
            "ana@example.com"),
        row("r-4", "exit-feedback", "1", "2026-12-01T12:30:00Z", "partial", "reasons", "", "", "",
            "", "", "", "", "", "", "", "", "not-achieved", "", "", "", ""),
        row("r-5", "exit-feedback", "1", "2026-12-02T07:45:10Z", "dismissed", "", "", "", "", "",
            "", "checkout", "web", "https://shop.example/checkout", "desktop", "fr-FR", "A", "", "",
            "", "", ""),
        row("r-6", "exit-feedback", "1", "2026-12-02T18:20:00Z", "completed", "", "", "", "", "",
            "", "", "", "", "", "", "", "partially", "other", "Slow, then it crashed", "", "")));
  }

  @Test
  void npsWithSemicolonsDecimalCommaAndByteOrderMark() {
    ResponseCsvWriter writer = ResponseCsvWriter.builder(RoutingExamples.npsFollowUps())
        .options(CsvOptions.DEFAULT.withDelimiter(';').withDecimalComma(true)
            .withByteOrderMark(true))
        .build();
    byte[] bytes = written(writer, ResponseCsvWriterSamples.npsGermanResponses());

    assertThat(bytes).isEqualTo(resource("/fixtures/io/export-nps-semicolon-bom.csv"));
    // The UTF-8 byte order mark EF BB BF comes first, then the header.
    assertThat(Arrays.copyOf(bytes, 6))
        .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd', ';'});
    // n-1's text holds the delimiter and n-4's a quote and a line break: both are quoted, and the
    // line break stays inside the cell (the file has 6 rows on 7 lines). "@support" is
    // neutralised; "-5 Sterne" starts the second line of a cell, not the cell, and is left alone.
    assertThat(parse(bytes, StandardCharsets.UTF_8, ';')).isEqualTo(rows(
        row("id", "survey_id", "survey_version", "submitted_at", "status", "last_question_seen",
            "respondent_id", "contact_consent", "touchpoint", "channel", "page_url", "device",
            "locale", "variant", "nps", "went-wrong", "liked"),
        row("n-1", "nps-quarterly", "1", "2026-03-29T00:30:00Z", "completed", "", "", "",
            "order-confirmation", "email", "https://shop.example/bestellung", "desktop", "de-DE",
            "A", "3", "Lieferung kam zu spät; Karton beschädigt", ""),
        row("n-2", "nps-quarterly", "1", "2026-03-29T01:30:00Z", "completed", "", "", "",
            "order-confirmation", "email", "https://shop.example/bestellung", "mobile", "de-AT",
            "B", "10", "", "'@support war super"),
        row("n-3", "nps-quarterly", "1", "2026-03-30T09:00:00Z", "completed", "", "", "", "", "",
            "", "", "", "", "8", "", ""),
        row("n-4", "nps-quarterly", "1", "2026-03-30T10:00:00Z", "completed", "", "", "", "", "",
            "", "", "", "", "0",
            "Der \"Express\"-Versand war nicht express.\nZweite Zeile: -5 Sterne", ""),
        row("n-5", "nps-quarterly", "1", "2026-03-31T11:11:11Z", "partial", "went-wrong", "", "",
            "", "", "", "", "", "", "6", "", "")));
    assertThat(new String(bytes, StandardCharsets.UTF_8).split("\r\n", -1)).hasSize(7);
  }

  @Test
  void decimalCommaAndListSeparatorOnCustomTypes() {
    ResponseCsvWriter writer = ResponseCsvWriter.builder(ResponseCsvWriterSamples.spendSurvey())
        .registry(ResponseCsvWriterTestTypes.registry())
        .options(CsvOptions.DEFAULT.withDelimiter(';').withDecimalComma(true))
        .build();
    byte[] bytes = written(writer, ResponseCsvWriterSamples.spendResponses());

    assertThat(bytes).isEqualTo(resource("/fixtures/io/export-spend-decimal-comma.csv"));
    // 12.5 → "12,5"; the refund −3.75 → "-3,75", a number, not neutralised; 1e-7 in plain
    // notation "0,0000001"; 1 250 000 integral, without grouping or ",0". With ";" as delimiter
    // CsvOptions separates several codes with "|". The custom tag "=refund" is text and gets a
    // quote; "channels" offers "other", so its text follows in "channels.other".
    assertThat(parse(bytes, StandardCharsets.UTF_8, ';')).isEqualTo(rows(
        row("id", "survey_id", "survey_version", "submitted_at", "status", "last_question_seen",
            "respondent_id", "contact_consent", "touchpoint", "channel", "page_url", "device",
            "locale", "variant", "nps", "spend", "tags", "channels", "channels.other"),
        row("s-1", "spend-check", "1", "2026-06-01T10:00:00Z", "completed", "", "", "", "", "", "",
            "", "", "", "9", "12,5", "gift|sale", "web|store", ""),
        row("s-2", "spend-check", "1", "2026-06-01T11:00:00Z", "completed", "", "", "", "", "", "",
            "", "", "", "5", "-3,75", "'=refund", "app|other", "Marktstand; samstags"),
        row("s-3", "spend-check", "1", "2026-06-02T09:30:00Z", "completed", "", "", "", "", "", "",
            "", "", "", "7", "0,0000001", "", "", ""),
        row("s-4", "spend-check", "1", "2026-06-02T09:45:00Z", "completed", "", "", "", "", "", "",
            "", "", "", "10", "1250000", "", "", "")));
  }

  @Test
  void russianInWindows1251() {
    ResponseCsvWriter writer = ResponseCsvWriter.builder(RoutingExamples.npsFollowUps())
        .options(CsvOptions.DEFAULT.withCharset(WINDOWS_1251)).attributes("город").build();
    byte[] bytes = written(writer, ResponseCsvWriterSamples.npsRussianResponses());

    assertThat(bytes).isEqualTo(resource("/fixtures/io/export-nps-windows-1251.csv"));
    // One byte per Cyrillic letter: "Москва" is CC EE F1 EA E2 E0 in windows-1251.
    assertThat(indexOf(bytes, new byte[] {(byte) 0xCC, (byte) 0xEE, (byte) 0xF1, (byte) 0xEA,
        (byte) 0xE2, (byte) 0xE0})).isPositive();
    assertThat(parse(bytes, WINDOWS_1251, ',')).isEqualTo(rows(
        row("id", "survey_id", "survey_version", "submitted_at", "status", "last_question_seen",
            "respondent_id", "contact_consent", "touchpoint", "channel", "page_url", "device",
            "locale", "variant", "attr:город", "nps", "went-wrong", "liked"),
        row("ru-1", "nps-quarterly", "1", "2026-05-04T06:00:00Z", "completed", "", "", "",
            "delivery", "sms", "https://shop.example/ru/заказ", "мобильный", "ru-RU", "контроль",
            "Москва", "2", "Доставка опоздала на неделю", ""),
        row("ru-2", "nps-quarterly", "1", "2026-05-04T07:30:00Z", "completed", "", "", "",
            "delivery", "sms", "https://shop.example/ru/заказ", "компьютер", "ru-RU", "тест",
            "Санкт-Петербург", "9", "", "Быстрая поддержка, спасибо!"),
        row("ru-3", "nps-quarterly", "1", "2026-05-05T15:00:00Z", "completed", "", "", "", "", "",
            "", "", "", "", "", "7", "", "")));
  }

  @Test
  void chineseInGb18030() {
    ResponseCsvWriter writer = ResponseCsvWriter.builder(RoutingExamples.npsFollowUps())
        .options(CsvOptions.DEFAULT.withCharset(GB18030)).attributes("城市").build();
    byte[] bytes = written(writer, ResponseCsvWriterSamples.npsChineseResponses());

    assertThat(bytes).isEqualTo(resource("/fixtures/io/export-nps-gb18030.csv"));
    // Two bytes per common Han character: "上海" is C9 CF BA A3 in GB18030 (as in GB2312).
    assertThat(indexOf(bytes, new byte[] {(byte) 0xC9, (byte) 0xCF, (byte) 0xBA, (byte) 0xA3}))
        .isPositive();
    // The full-width comma "，" inside the text is no delimiter, so that cell is not quoted.
    assertThat(parse(bytes, GB18030, ',')).isEqualTo(rows(
        row("id", "survey_id", "survey_version", "submitted_at", "status", "last_question_seen",
            "respondent_id", "contact_consent", "touchpoint", "channel", "page_url", "device",
            "locale", "variant", "attr:城市", "nps", "went-wrong", "liked"),
        row("zh-1", "nps-quarterly", "1", "2026-02-17T02:00:00Z", "completed", "", "", "",
            "checkout", "app", "https://shop.example/zh/结账", "手机", "zh-CN", "实验组", "上海",
            "4", "送货太慢了，包装也坏了", ""),
        row("zh-2", "nps-quarterly", "1", "2026-02-17T03:00:00Z", "completed", "", "", "",
            "checkout", "app", "https://shop.example/zh/结账", "电脑", "zh-CN", "对照组", "北京",
            "10", "", "客服很好"),
        row("zh-3", "nps-quarterly", "1", "2026-02-18T04:00:00Z", "partial", "nps", "", "", "", "",
            "", "", "", "", "", "", "", "")));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
