package io.cxkit.benchmarks;

import io.cxkit.core.CesVariant;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.RatingQuestion;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing survey JSON with {@link SurveyJson#standard()}, the path every collected
 * response takes: a post-purchase response of four answers ({@code nps}, its {@code open_text}
 * follow-up, {@code multiple_choice} and {@code contact_consent}) with its context (touchpoint,
 * channel, page, device, locale, A/B variant), and a 10-question survey definition. One operation
 * is one document; 1,000,000 divided by the time in µs gives documents per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SurveyJsonBenchmark {

  SurveyJson json;
  Survey survey;
  String surveyText;
  Response response;
  String responseText;

  @Setup
  public void setUp() {
    json = SurveyJson.standard();
    // The built-in types come from META-INF/services; fail loudly if shading lost them.
    List<String> builtIns = List.of("nps", "csat", "ces", "rating", "goal_completion",
        "single_choice", "multiple_choice", "open_text", "contact_consent");
    if (!json.registry().ids().containsAll(builtIns)) {
      throw new IllegalStateException("ServiceLoader found only " + json.registry().ids());
    }
    survey = tenQuestionSurvey();
    surveyText = json.writeSurvey(survey);
    response = postPurchaseResponse();
    responseText = json.writeResponse(response);
    // Both documents must read back to what was written, or the benchmark measures an error path.
    if (!json.readSurvey(surveyText).equals(survey) || !json.readResponse(responseText).equals(response)) {
      throw new IllegalStateException("JSON does not round-trip");
    }
  }

  private static List<Choice> reasons() {
    return List.of(
        Choice.of("price", "en", "The price"),
        Choice.of("delivery-speed", "en", "Delivery speed"),
        Choice.of("product-range", "en", "The range of products"),
        Choice.of("checkout", "en", "Checking out"),
        Choice.of("support", "en", "Customer support"));
  }

  static Survey tenQuestionSurvey() {
    return Survey.builder("post-purchase")
        .version(3)
        .title(LocalizedText.of("en", "Your order").and("ru", "Ваш заказ").and("zh", "您的订单"))
        .thankYou(LocalizedText.of("en", "Thank you!").and("ru", "Спасибо!"))
        .kind(SurveyKind.TRANSACTIONAL)
        .channel(Channel.WEB)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "How likely are you to recommend us?")
            .and("ru", "Насколько вероятно, что вы порекомендуете нас?")))
        .question(OpenTextQuestion.followUp("why", LocalizedText.of("en", "Why this score?"), "nps"))
        .question(CsatQuestion.of("delivery", LocalizedText.of("en", "How satisfied are you with the delivery?")))
        .question(new CesQuestion("effort", LocalizedText.of("en", "How much do you agree?"), false,
            CesVariant.CES_2_0, LocalizedText.of("en", "The shop made it easy for me to order.")))
        .question(RatingQuestion.of("packaging", LocalizedText.of("en", "Rate the packaging")))
        .question(GoalCompletionQuestion.of("goal", LocalizedText.of("en", "Did you find what you came for?")))
        .question(SingleChoiceQuestion.of("found-us", LocalizedText.of("en", "How did you find us?"),
            List.of(Choice.of("search", "en", "A search engine"), Choice.of("friend", "en", "A friend"),
                Choice.of("ad", "en", "An advertisement"))))
        .question(new MultipleChoiceQuestion("reasons", LocalizedText.of("en", "What could be better?"),
            false, reasons(), LocalizedText.of("en", "Something else"), 1, 3))
        .question(OpenTextQuestion.of("comments", LocalizedText.of("en", "Anything else?")))
        .question(new ContactConsentQuestion("contact", LocalizedText.of("en", "May we contact you?"), false))
        .build();
  }

  static Response postPurchaseResponse() {
    return Response.builder("r-20261130-0042", "post-purchase", 3)
        .respondent(Respondent.withConsent("c-1877", ContactDetails.ofEmail("anna@shop.example")))
        .submittedAt(Instant.parse("2026-11-30T10:15:00Z"))
        .context(new ResponseContext("order-confirmation", Channel.WEB,
            "https://shop.example/orders/o-5521/thanks", "desktop", Locale.forLanguageTag("ru-RU"), "B",
            Map.of("orderId", "o-5521")))
        .answer("nps", new NpsAnswer(6))
        .answer("why", new OpenTextAnswer(
            "Доставка заняла неделю, а курьер не позвонил. The product itself is fine."))
        .answer("reasons", MultipleChoiceAnswer.of("delivery-speed", "support"))
        .answer("contact", ContactConsentAnswer.consenting("anna@shop.example"))
        .build();
  }

  /** Parse, bind and check one response document. */
  @Benchmark
  public Response readResponse() {
    return json.readResponse(responseText);
  }

  /** Serialize one response to a JSON string. */
  @Benchmark
  public String writeResponse() {
    return json.writeResponse(response);
  }

  /** Parse, bind and check the 10-question survey definition. */
  @Benchmark
  public Survey readSurvey() {
    return json.readSurvey(surveyText);
  }
}
