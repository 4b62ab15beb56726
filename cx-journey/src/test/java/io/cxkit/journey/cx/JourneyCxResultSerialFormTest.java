package io.cxkit.journey.cx;

import static io.cxkit.journey.ShapeFixtures.JSON;
import static io.cxkit.journey.ShapeFixtures.changed;
import static io.cxkit.journey.ShapeFixtures.fixture;
import static io.cxkit.journey.ShapeFixtures.read;
import static io.cxkit.journey.cx.CxShop.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.summary.Period;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.OpenTextSummary;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON shape of {@link JourneyCxResult}: golden text, round trip and what it refuses. */
class JourneyCxResultSerialFormTest {
  /** One NPS survey, no dimension, no trend: c1 scores 10 at checkout, c2 3 without touchpoint. */
  static JourneyCx small() {
    return JourneyCx.builder(CxShop.map()).survey(CxShop.nps()).build();
  }

  static JourneyCxResult smallResult() {
    return JourneyCxAnalyzer.of(small())
        .accept(CxShop.response("n1", "post-purchase", "c1", "checkout", null, "A", T0,
            Map.of("recommend", new NpsAnswer(10))))
        .accept(CxShop.response("n2", "post-purchase", "c2", null, null, null, T0,
            Map.of("recommend", new NpsAnswer(3))))
        .result();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> survey(Map<String, Object> shape) {
    return (Map<String, Object>) ((List<Object>) shape.get("surveys")).get(0);
  }

  @Test
  void writesTheGoldenTextAndReadsItBack() throws IOException {
    // 2 responses: n1 (10, a promoter) at checkout (stage purchase, channel web, variant A), n2
    // (3, a detractor) with no touchpoint, channel or variant: in every view's withoutKey.
    JourneyCxResult result = smallResult();
    String golden = fixture("journey-cx.json");

    JsonNode written = JSON.readTree(JSON.writeValueAsString(result.toJsonShape()));
    assertThat(written).isEqualTo(JSON.readTree(golden));
    assertThat(JourneyCxResult.fromJsonShape(read(golden), small())).isEqualTo(result);
  }

  @Test
  void roundTripsTheShopWithDimensionsAndTrends() throws IOException {
    JourneyCxResult shop = JourneyCxTest.shop();
    String text = JSON.writeValueAsString(shop.toJsonShape());
    JourneyCxResult back = JourneyCxResult.fromJsonShape(read(text), shop.definition());
    assertThat(back).isEqualTo(shop);
    // The rows computed from what was read back are those of the original.
    assertThat(JourneyScorecard.builder(CxShop.map()).cx(back).build())
        .isEqualTo(JourneyScorecard.builder(CxShop.map()).cx(shop).build());
  }

  @Test
  void readsBackASurveyWithOpenTextAnsweredAtTwoTouchpointsOfAStageInTurn() throws IOException {
    // An open-text question keeps the first texts in the order its summaries were added: the
    // stage purchase (checkout "a", order-confirmation "bb", checkout "ccc") counted apart would
    // keep a, bb, ccc, while checkout's then order-confirmation's summaries added keep a, ccc, bb;
    // and the trend (three days) and the variant view group the same stream otherwise again. The
    // result's views must still read back: the stage view is the touchpoint view added up, and the
    // other views hold the same responses (3, each answering both questions).
    Survey survey = Survey.builder("why").title(LocalizedText.of("en", "Why"))
        .kind(SurveyKind.TRANSACTIONAL)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "Would you recommend us?")))
        .question(OpenTextQuestion.of("why", LocalizedText.of("en", "Why?"))).build();
    JourneyCx definition = JourneyCx.builder(CxShop.map()).survey(survey)
        .period(Period.DAY, ZoneOffset.UTC).build();
    String[] touchpoints = {"checkout", "order-confirmation", "checkout"};
    String[] texts = {"a", "bb", "ccc"};
    JourneyCxAnalyzer analyzer = JourneyCxAnalyzer.of(definition);
    for (int i = 0; i < 3; i++) {
      analyzer.accept(Response.builder("r" + i, "why", 1).submittedAt(T0.plusSeconds(86_400L * i))
          .context(new ResponseContext(touchpoints[i], null, null, null, null,
              i == 1 ? "B" : "A", Map.of()))
          .answer("nps", new NpsAnswer(9)).answer("why", new OpenTextAnswer(texts[i])).build());
    }
    JourneyCxResult result = analyzer.result();
    OpenTextSummary purchase = result.byStage("why").group("purchase").question("why")
        .summary(OpenTextSummary.class);
    assertThat(purchase.texts()).containsExactly("a", "ccc", "bb");
    assertThat(purchase.answered()).isEqualTo(3);

    JourneyCxResult back = JourneyCxResult.fromJsonShape(
        read(JSON.writeValueAsString(result.toJsonShape())), definition);
    assertThat(back).isEqualTo(result);

    // Each touchpoint's trend must hold that touchpoint's responses: checkout's 2, not
    // order-confirmation's 1.
    @SuppressWarnings("unchecked")
    Map<String, Object> swapped = changed(result.toJsonShape(), s -> {
      Map<String, Object> trends = (Map<String, Object>) survey(s).get("trendByTouchpoint");
      Object checkout = trends.get("checkout");
      trends.put("checkout", trends.get("order-confirmation"));
      trends.put("order-confirmation", checkout);
    });
    assertThatThrownBy(() -> JourneyCxResult.fromJsonShape(swapped, definition))
        .isInstanceOf(SerialFormException.class)
        .hasMessageContaining("surveys[0].trendByTouchpoint.checkout holds 1 responses in all");
    Map<String, Object> missing = changed(result.toJsonShape(),
        s -> ((Map<?, ?>) survey(s).get("trendByTouchpoint")).remove("checkout"));
    assertThatThrownBy(() -> JourneyCxResult.fromJsonShape(missing, definition))
        .isInstanceOf(SerialFormException.class).hasMessageContaining("checkout");
  }

  @Test
  void refusesAShapeOfAnotherDefinition() throws IOException {
    Map<String, Object> shape = read(JSON.writeValueAsString(smallResult().toJsonShape()));
    JourneyCx withPersonas = JourneyCx.builder(CxShop.map()).survey(CxShop.nps())
        .personas(CxShop.personas(), CxShop.profiles()).build();
    assertThatThrownBy(() -> JourneyCxResult.fromJsonShape(shape, withPersonas))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("dimensions");
    assertThatThrownBy(() -> JourneyCxResult.fromJsonShape(
        changed(shape, s -> s.put("map", "other")), small()))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("map");
  }

  @Test
  void refusesMalformedShapesNamingThePath() throws IOException {
    Map<String, Object> shape = read(JSON.writeValueAsString(smallResult().toJsonShape()));

    assertThatThrownBy(() -> JourneyCxResult.fromJsonShape(
        changed(shape, s -> s.put("extra", 1)), small()))
        .isInstanceOf(SerialFormException.class).hasMessageContaining("member extra is unknown");
    assertThatThrownBy(() -> JourneyCxResult.fromJsonShape(
        changed(shape, s -> survey(s).put("responses", 3)), small()))
        .isInstanceOf(SerialFormException.class)
        .hasMessageContaining("surveys[0].responses = 3: must be 2");
    // A summary document cx-survey does not read: its own message, under our path.
    assertThatThrownBy(() -> JourneyCxResult.fromJsonShape(
        changed(shape, s -> survey(s).put("byStage", Map.of("formatVersion", 1))), small()))
        .isInstanceOf(SerialFormException.class)
        .hasMessageContaining("surveys[0].byStage is not a grouped summary of survey post-purchase");
    // The stage view must be the touchpoint view added up by stage.
    assertThatThrownBy(() -> JourneyCxResult.fromJsonShape(
        changed(shape, s -> survey(s).put("byStage", survey(s).get("byVariant"))), small()))
        .isInstanceOf(SerialFormException.class)
        .hasMessageContaining("surveys[0].byStage.key = \"variant\": must be \"stage\"");
    assertThatThrownBy(() -> JourneyCxResult.fromJsonShape(
        changed(shape, s -> survey(s).put("trend", Map.of())), small()))
        .isInstanceOf(SerialFormException.class)
        .hasMessageContaining("surveys[0].trend = {}: must be null");
  }
}
