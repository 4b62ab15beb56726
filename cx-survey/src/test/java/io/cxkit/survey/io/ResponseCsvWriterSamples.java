package io.cxkit.survey.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The responses behind the golden export files in {@code fixtures/io/export-*.csv}, and reading a
 * CSV file back with Jackson's own parser (independent of cxkit's import) to check what was written.
 */
final class ResponseCsvWriterSamples {
  private ResponseCsvWriterSamples() {}

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  static ResponseContext context(String touchpoint, Channel channel, String pageUrl, String device,
      String locale, String variant, Map<String, String> attributes) {
    return new ResponseContext(touchpoint, channel, pageUrl, device, Locale.forLanguageTag(locale),
        variant, attributes);
  }

  static Map<String, String> attributes(String... namesAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  /**
   * Six responses to {@link RoutingExamples#exitFeedback()}: every goal outcome, a listed reason,
   * the "other" reason with a text that is a formula and one with a comma, a consent to be
   * contacted (with contact details), a partial and a dismissed response.
   */
  static List<Response> exitFeedbackResponses() {
    String survey = RoutingExamples.exitFeedback().id();
    List<Response> responses = new ArrayList<>();
    responses.add(Response.builder("r-1", survey, 1).submittedAt(at("2026-11-30T09:15:00Z"))
        .respondent(Respondent.of("c-1001"))
        .context(context("checkout", Channel.WEB, "https://shop.example/checkout?step=2&coupon=x",
            "desktop", "en-GB", "B", attributes("plan", "pro", "campaign", "spring", "ignored", "x")))
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.FULLY))
        .build());
    responses.add(Response.builder("r-2", survey, 1).submittedAt(at("2026-11-30T10:02:31Z"))
        .context(context("checkout", Channel.MOBILE_WEB, "https://shop.example/cart", "mobile",
            "de-DE", "A", attributes("plan", "-basic-")))
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.PARTIALLY))
        .answer("reasons", new SingleChoiceAnswer(Choice.OTHER,
            "=HYPERLINK(\"http://evil.example\",\"click\")"))
        .build());
    responses.add(Response.builder("r-3", survey, 1).submittedAt(at("2026-12-01T08:00:00Z"))
        .respondent(Respondent.withConsent("c-1003",
            new ContactDetails("ana@example.com", "Ana Pérez", "+34 600 123 456")))
        .context(context("help-page", Channel.APP, "app://help", "tablet", "es-ES", "B",
            attributes("campaign", "winter, 2026")))
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED))
        .answer("reasons", SingleChoiceAnswer.of("technical-problem"))
        .answer("contact", ContactConsentAnswer.consenting("ana@example.com"))
        .build());
    responses.add(Response.builder("r-4", survey, 1).submittedAt(at("2026-12-01T12:30:00Z"))
        .partial("reasons")
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED))
        .build());
    responses.add(Response.builder("r-5", survey, 1).submittedAt(at("2026-12-02T07:45:10Z"))
        .dismissed()
        .context(context("checkout", Channel.WEB, "https://shop.example/checkout", "desktop",
            "fr-FR", "A", Map.of()))
        .build());
    responses.add(Response.builder("r-6", survey, 1).submittedAt(at("2026-12-02T18:20:00Z"))
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.PARTIALLY))
        .answer("reasons", new SingleChoiceAnswer(Choice.OTHER, "Slow, then it crashed"))
        .build());
    return responses;
  }

  /** Five responses to {@link RoutingExamples#npsFollowUps()} with German texts. */
  static List<Response> npsGermanResponses() {
    String survey = RoutingExamples.npsFollowUps().id();
    List<Response> responses = new ArrayList<>();
    responses.add(Response.builder("n-1", survey, 1).submittedAt(at("2026-03-29T00:30:00Z"))
        .context(context("order-confirmation", Channel.EMAIL, "https://shop.example/bestellung",
            "desktop", "de-DE", "A", Map.of()))
        .answer("nps", new NpsAnswer(3))
        .answer("went-wrong", new OpenTextAnswer("Lieferung kam zu spät; Karton beschädigt"))
        .build());
    responses.add(Response.builder("n-2", survey, 1).submittedAt(at("2026-03-29T01:30:00Z"))
        .context(context("order-confirmation", Channel.EMAIL, "https://shop.example/bestellung",
            "mobile", "de-AT", "B", Map.of()))
        .answer("nps", new NpsAnswer(10))
        .answer("liked", new OpenTextAnswer("@support war super"))
        .build());
    responses.add(Response.builder("n-3", survey, 1).submittedAt(at("2026-03-30T09:00:00Z"))
        .answer("nps", new NpsAnswer(8))
        .build());
    responses.add(Response.builder("n-4", survey, 1).submittedAt(at("2026-03-30T10:00:00Z"))
        .answer("nps", new NpsAnswer(0))
        .answer("went-wrong", new OpenTextAnswer("Der \"Express\"-Versand war nicht express.\n"
            + "Zweite Zeile: -5 Sterne"))
        .build());
    responses.add(Response.builder("n-5", survey, 1).submittedAt(at("2026-03-31T11:11:11Z"))
        .partial("went-wrong")
        .answer("nps", new NpsAnswer(6))
        .build());
    return responses;
  }

  /** Three responses to {@link RoutingExamples#npsFollowUps()} in Russian. */
  static List<Response> npsRussianResponses() {
    String survey = RoutingExamples.npsFollowUps().id();
    return List.of(
        Response.builder("ru-1", survey, 1).submittedAt(at("2026-05-04T06:00:00Z"))
            .context(context("delivery", Channel.SMS, "https://shop.example/ru/заказ", "мобильный",
                "ru-RU", "контроль", attributes("город", "Москва")))
            .answer("nps", new NpsAnswer(2))
            .answer("went-wrong", new OpenTextAnswer("Доставка опоздала на неделю"))
            .build(),
        Response.builder("ru-2", survey, 1).submittedAt(at("2026-05-04T07:30:00Z"))
            .context(context("delivery", Channel.SMS, "https://shop.example/ru/заказ", "компьютер",
                "ru-RU", "тест", attributes("город", "Санкт-Петербург")))
            .answer("nps", new NpsAnswer(9))
            .answer("liked", new OpenTextAnswer("Быстрая поддержка, спасибо!"))
            .build(),
        Response.builder("ru-3", survey, 1).submittedAt(at("2026-05-05T15:00:00Z"))
            .answer("nps", new NpsAnswer(7))
            .build());
  }

  /** Three responses to {@link RoutingExamples#npsFollowUps()} in Chinese. */
  static List<Response> npsChineseResponses() {
    String survey = RoutingExamples.npsFollowUps().id();
    return List.of(
        Response.builder("zh-1", survey, 1).submittedAt(at("2026-02-17T02:00:00Z"))
            .context(context("checkout", Channel.APP, "https://shop.example/zh/结账", "手机",
                "zh-CN", "实验组", attributes("城市", "上海")))
            .answer("nps", new NpsAnswer(4))
            .answer("went-wrong", new OpenTextAnswer("送货太慢了，包装也坏了"))
            .build(),
        Response.builder("zh-2", survey, 1).submittedAt(at("2026-02-17T03:00:00Z"))
            .context(context("checkout", Channel.APP, "https://shop.example/zh/结账", "电脑",
                "zh-CN", "对照组", attributes("城市", "北京")))
            .answer("nps", new NpsAnswer(10))
            .answer("liked", new OpenTextAnswer("客服很好"))
            .build(),
        Response.builder("zh-3", survey, 1).submittedAt(at("2026-02-18T04:00:00Z"))
            .partial("nps")
            .build());
  }

  /**
   * A survey of the test types and a multiple choice: NPS, a spend (decimals and refunds), tags
   * and the channels used.
   */
  static Survey spendSurvey() {
    return Survey.builder("spend-check")
        .title(LocalizedText.of("en", "Your visit"))
        .kind(SurveyKind.RELATIONSHIP)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "How likely are you to recommend us?")))
        .question(ResponseCsvWriterTestTypes.SpendQuestion.of("spend"))
        .question(ResponseCsvWriterTestTypes.TagsQuestion.of("tags"))
        .question(new MultipleChoiceQuestion("channels", LocalizedText.of("en", "Where did you shop?"),
            false, List.of(Choice.of("web", "en", "Website"), Choice.of("app", "en", "App"),
                Choice.of("store", "en", "Store")), LocalizedText.of("en", "Elsewhere"), 0, 4))
        .registry(ResponseCsvWriterTestTypes.registry())
        .build();
  }

  /** Four responses to {@link #spendSurvey()}. */
  static List<Response> spendResponses() {
    return List.of(
        Response.builder("s-1", "spend-check", 1).submittedAt(at("2026-06-01T10:00:00Z"))
            .answer("nps", new NpsAnswer(9))
            .answer("spend", new ResponseCsvWriterTestTypes.SpendAnswer(12.5))
            .answer("tags", new ResponseCsvWriterTestTypes.TagsAnswer(List.of("gift", "sale")))
            .answer("channels", MultipleChoiceAnswer.of("web", "store"))
            .build(),
        Response.builder("s-2", "spend-check", 1).submittedAt(at("2026-06-01T11:00:00Z"))
            .answer("nps", new NpsAnswer(5))
            .answer("spend", new ResponseCsvWriterTestTypes.SpendAnswer(-3.75))
            .answer("tags", new ResponseCsvWriterTestTypes.TagsAnswer(List.of("=refund")))
            .answer("channels", new MultipleChoiceAnswer(List.of("app", Choice.OTHER),
                "Marktstand; samstags"))
            .build(),
        Response.builder("s-3", "spend-check", 1).submittedAt(at("2026-06-02T09:30:00Z"))
            .answer("nps", new NpsAnswer(7))
            .answer("spend", new ResponseCsvWriterTestTypes.SpendAnswer(0.0000001))
            .build(),
        Response.builder("s-4", "spend-check", 1).submittedAt(at("2026-06-02T09:45:00Z"))
            .answer("nps", new NpsAnswer(10))
            .answer("spend", new ResponseCsvWriterTestTypes.SpendAnswer(1_250_000))
            .build());
  }

  static byte[] resource(String name) {
    try (InputStream in = ResponseCsvWriterSamples.class.getResourceAsStream(name)) {
      assertThat(in).as("resource " + name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a CSV file with Jackson's CSV parser, as any other program would.
   *
   * @param bytes the file
   * @param charset its encoding
   * @param delimiter its delimiter
   * @return every row's cells, header first, with a leading byte order mark removed
   */
  static List<List<String>> parse(byte[] bytes, Charset charset, char delimiter) {
    String text = new String(bytes, charset);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it =
        mapper.readerFor(String[].class).with(schema).readValues(new StringReader(text))) {
      while (it.hasNext()) {
        rows.add(List.of(it.next()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** @return the rows as lists, for comparing with {@link #parse} */
  static List<List<String>> rows(String[]... rows) {
    List<List<String>> out = new ArrayList<>();
    for (String[] row : rows) {
      out.add(List.of(row));
    }
    return out;
  }
}
