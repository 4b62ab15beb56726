package io.cxkit.journey.cx;

import static io.cxkit.journey.cx.ScorecardShop.byStage;
import static io.cxkit.journey.cx.ScorecardShop.byTouchpoint;
import static io.cxkit.journey.cx.ScorecardShop.helpResponses;
import static io.cxkit.journey.cx.ScorecardShop.helpSurvey;
import static io.cxkit.journey.cx.ScorecardShop.npsResponses;
import static io.cxkit.journey.cx.ScorecardShop.npsSurvey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.Nps;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.analysis.TrafficAnalyzer;
import io.cxkit.journey.analysis.TrafficDefinition;
import io.cxkit.survey.Response;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.summary.GroupResult;
import io.cxkit.survey.summary.GroupedSummarizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journey scorecard of {@link ScorecardShop}: traffic, exits and CX per stage and touchpoint. */
class JourneyScorecardTest {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static JourneyScorecard shop() {
    return JourneyScorecard.builder(ScorecardShop.map()).traffic(ScorecardShop.traffic())
        .exits(ScorecardShop.exits()).cx(byTouchpoint(npsSurvey(), npsResponses()))
        .cx(byTouchpoint(helpSurvey(), helpResponses())).minimumN(5).build();
  }

  @Test
  void gathersTrafficConversionAndExitsPerStageAndTouchpoint() {
    JourneyScorecard card = shop();

    // From the traffic tests: 10 customers, 4 purchased; cart 6 visitors (60 %), 3 of them
    // converted (c4 came to the cart after its purchase: not a conversion of it).
    assertThat(card.customers()).hasValue(10);
    assertThat(card.conversion()).contains(Percentage.of(4, 10));
    ScorecardTouchpoint cart = card.touchpoint("cart");
    assertThat(cart.traffic().orElseThrow().visitors()).isEqualTo(6);
    assertThat(cart.conversion()).contains(Percentage.of(3, 6));
    // Six exits, one at each touchpoint (c2 cart, c5 home, c6 product-page, c8 checkout, c9
    // order-confirmation, c10 help): each 1/6 of all exits; the purchase stage 3/6.
    assertThat(cart.exit().orElseThrow().exits()).isEqualTo(1);
    assertThat(cart.exitShare()).contains(Percentage.of(1, 6));
    ScorecardStage purchase = card.stage("purchase");
    assertThat(purchase.exit().orElseThrow().exits()).isEqualTo(3);
    assertThat(purchase.exitShare()).contains(Percentage.of(3, 6));
    assertThat(purchase.traffic().orElseThrow().visitors()).isEqualTo(7);
    assertThat(purchase.conversion()).contains(Percentage.of(4, 7));
    assertThat(purchase.touchpoints()).extracting(t -> t.touchpoint().id())
        .containsExactly("cart", "checkout", "order-confirmation");
    assertThat(card.touchpoints()).hasSize(6);
    assertThat(card.stages()).extracting(s -> s.stage().id())
        .containsExactly("consideration", "purchase", "support");
  }

  @Test
  void takesEverySurveyOfAJourneyCxResult() {
    // ScorecardShop's NPS and help surveys joined by JourneyCxAnalyzer give the same scorecard as
    // their summaries grouped by touchpoint and by stage given one by one.
    JourneyCx definition = JourneyCx.builder(ScorecardShop.map())
        .survey(npsSurvey(), helpSurvey()).build();
    List<Response> all = new ArrayList<>(npsResponses());
    all.addAll(helpResponses());
    JourneyCxResult joined = JourneyCxAnalyzer.of(definition).acceptAll(all.iterator()).result();
    JourneyScorecard fromJoin = JourneyScorecard.builder(ScorecardShop.map())
        .traffic(ScorecardShop.traffic()).exits(ScorecardShop.exits()).cx(joined).minimumN(5)
        .build();
    JourneyScorecard byHand = JourneyScorecard.builder(ScorecardShop.map())
        .traffic(ScorecardShop.traffic()).exits(ScorecardShop.exits())
        .cx(byTouchpoint(npsSurvey(), npsResponses()))
        .cxByStage(byStage(npsSurvey(), npsResponses()))
        .cx(byTouchpoint(helpSurvey(), helpResponses()))
        .cxByStage(byStage(helpSurvey(), helpResponses())).minimumN(5).build();
    assertThat(fromJoin.toJsonShape()).isEqualTo(byHand.toJsonShape());

    JourneyCxResult otherMap = JourneyCxAnalyzer.of(JourneyCx.builder(JourneyMap.ecommerce())
        .survey(npsSurvey()).build()).result();
    assertThatThrownBy(() -> JourneyScorecard.builder(ScorecardShop.map()).cx(otherMap))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("map");
  }

  @Test
  void showsEachSurveysHeadlinesPerTouchpointWithFlags() {
    JourneyScorecard card = shop();

    ScorecardEstimate cart = card.touchpoint("cart").cx().get(0).estimates(CxMetric.NPS)
        .get(0);
    // cart: 10 9 3 2 6 = 2 promoters, 0 passives, 3 detractors: NPS = 100 · (2 − 3) / 5 = −20.
    assertThat(cart.estimate()).isEqualTo(Nps.of(2, 0, 3));
    assertThat(cart.value().getAsDouble()).isCloseTo(-20.0, within(1e-9));
    assertThat(cart.n()).isEqualTo(5);
    assertThat(cart.belowMinimum()).isFalse(); // n = 5 is not below 5
    assertThat(cart.interval()).isEqualTo(Nps.of(2, 0, 3).confidenceInterval(0.95));
    // The comparison with the rest (home + order-confirmation = 5 promoters, 2 passives, 1
    // detractor, NPS 50) is cx-survey's, Holm-adjusted across the three touchpoint groups.
    GroupResult expected = byTouchpoint(npsSurvey(), npsResponses())
        .compare(EstimateKey.question("nps", "nps"), 5).stream()
        .filter(r -> r.group().equals("cart")).findFirst().orElseThrow();
    // The adjusted-Wald test (Rocks 2016) adds ¾ promoter, 1½ passives and ¾ detractor to each
    // side: cart (2.75 − 3.75) / 8 = −12.5, rest (5.75 − 1.75) / 11 = 36.36; difference −48.86.
    assertThat(cart.againstRest().orElseThrow().difference())
        .isEqualTo(expected.comparison().orElseThrow().difference())
        .isCloseTo(-100.0 / 8 - 400.0 / 11, within(1e-9));
    assertThat(cart.adjustedPValue()).isEqualTo(expected.adjustedPValue());
    assertThat(cart.significant()).isEqualTo(expected.isSignificant(0.05));

    // order-confirmation: 4 promoters, 2 passives of 6: NPS 66.67.
    ScorecardEstimate confirmation = card.touchpoint("order-confirmation").cx().get(0)
        .estimates().get(0);
    assertThat(confirmation.value().getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
    // home: 9 and 5, NPS 0, n = 2 < 5: flagged.
    ScorecardEstimate home = card.touchpoint("home").cx().get(0).estimates().get(0);
    assertThat(home.value().getAsDouble()).isEqualTo(0.0);
    assertThat(home.belowMinimum()).isTrue();
    // The product page has no responses: an empty NPS, no interval, no comparison, flagged.
    ScorecardCx productPage = card.touchpoint("product-page").cx().get(0);
    assertThat(productPage.responses()).isZero();
    ScorecardEstimate none = productPage.estimates().get(0);
    assertThat(none.estimate()).isEqualTo(Nps.empty());
    assertThat(none.value()).isEmpty();
    assertThat(none.interval()).isEmpty();
    assertThat(none.againstRest()).isEmpty();
    assertThat(none.significant()).isFalse();
    assertThat(none.belowMinimum()).isTrue();

    // The help survey: CES 7 6 2, mean 5.0; goal fully, fully, not achieved: 2/3 = 66.67 %. Only
    // one touchpoint has answers, so there is no rest to compare with.
    ScorecardCx help = card.touchpoint("help").cx().get(1);
    assertThat(help.surveyId()).isEqualTo("help-ces");
    assertThat(help.estimates()).extracting(ScorecardEstimate::metric)
        .containsExactly(CxMetric.CES, CxMetric.GOAL_COMPLETION);
    assertThat(help.estimates(CxMetric.CES).get(0).value().getAsDouble())
        .isCloseTo(5.0, within(1e-12));
    assertThat(help.estimates(CxMetric.GOAL_COMPLETION).get(0).value().getAsDouble())
        .isCloseTo(200.0 / 3, within(1e-9));
    assertThat(help.estimates().get(0).againstRest()).isEmpty();
    assertThat(help.estimates().get(0).belowMinimum()).isTrue();
    // Every touchpoint row lists both surveys; the cart has no help-ces responses.
    assertThat(card.touchpoint("cart").cx()).extracting(ScorecardCx::surveyId)
        .containsExactly("checkout-nps", "help-ces");
    assertThat(card.touchpoint("cart").cx().get(1).estimates(CxMetric.CES).get(0).n())
        .isZero();
  }

  @Test
  void stageFiguresAddUpTheirTouchpointsOrComeFromASummaryByStage() {
    JourneyScorecard card = shop();

    // purchase = cart + order-confirmation: 6 promoters, 2 passives, 3 detractors of 11:
    // NPS = 100 · 3 / 11 = 27.27; consideration = home only: NPS 0 of 2.
    ScorecardEstimate purchase = card.stage("purchase").cx().get(0).estimates().get(0);
    assertThat(purchase.estimate()).isEqualTo(Nps.of(6, 2, 3));
    assertThat(purchase.value().getAsDouble()).isCloseTo(300.0 / 11, within(1e-9));
    assertThat(card.stage("support").cx().get(0).estimates().get(0).n()).isZero();
    // Journey-wide: every response, the one without a touchpoint (a 0) included: 7 promoters,
    // 2 passives, 5 detractors of 14.
    assertThat(card.surveys().get(0).responses()).isEqualTo(14);
    assertThat(card.surveys().get(0).estimates().get(0).estimate()).isEqualTo(Nps.of(7, 2, 5));

    // A summary grouped by stage directly gives the same stage rows: the derivation is exact.
    JourneyScorecard byStages = JourneyScorecard.builder(ScorecardShop.map())
        .traffic(ScorecardShop.traffic()).exits(ScorecardShop.exits())
        .cx(byTouchpoint(npsSurvey(), npsResponses()))
        .cxByStage(byStage(npsSurvey(), npsResponses()))
        .cx(byTouchpoint(helpSurvey(), helpResponses())).minimumN(5).build();
    assertThat(byStages).isEqualTo(card);
    assertThat(byStages.hashCode()).isEqualTo(card.hashCode());
  }

  @Test
  void listsEveryRowWithoutAnyInput() {
    JourneyScorecard bare = JourneyScorecard.builder(ScorecardShop.map()).build();

    assertThat(bare.touchpoints()).hasSize(6);
    assertThat(bare.customers()).isEmpty();
    assertThat(bare.conversion()).isEmpty();
    assertThat(bare.touchpoint("help").traffic()).isEmpty();
    assertThat(bare.touchpoint("help").exit()).isEmpty();
    assertThat(bare.touchpoint("help").cx()).isEmpty();
    Map<String, Object> shape = bare.toJsonShape();
    assertThat(shape.get("customers")).isNull();
    assertThat(bare.toString()).isEqualTo("JourneyScorecard{map=shop, stages=3, touchpoints=6,"
        + " surveys=[]}");
    assertThat(shop().toString()).isEqualTo("JourneyScorecard{map=shop, stages=3, touchpoints=6,"
        + " customers=10, exits=6, surveys=[checkout-nps v1, help-ces v1]}");
  }

  @Test
  void writesTheGoldenJson() throws IOException {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/scorecard.json")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonNode written = JSON.readTree(JSON.writeValueAsString(shop().toJsonShape()));
    // Same members and values; p-values and intervals compared to 1e-9, as floating point may
    // differ in the last bits between platforms.
    assertSame("", JSON.readTree(golden), written);
    JsonNode cart = written.at("/stages/1/touchpoints/0");
    assertThat(cart.get("id").asText()).isEqualTo("cart");
    assertThat(cart.get("traffic").asLong()).isEqualTo(6);
    assertThat(cart.at("/cx/0/nps/0/value").asDouble()).isCloseTo(-20.0, within(1e-9));
    assertThat(cart.at("/cx/0/surveyId").asText()).isEqualTo("checkout-nps");
  }

  static void assertSame(String path, JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      assertThat(actual.asDouble()).as(path).isCloseTo(expected.asDouble(),
          within(1e-9 * Math.max(1, Math.abs(expected.asDouble()))));
      return;
    }
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(path).isTrue();
      List<String> names = new ArrayList<>();
      expected.fieldNames().forEachRemaining(names::add);
      List<String> actualNames = new ArrayList<>();
      actual.fieldNames().forEachRemaining(actualNames::add);
      assertThat(actualNames).as(path).containsExactlyElementsOf(names);
      for (String name : names) {
        assertSame(path + "." + name, expected.get(name), actual.get(name));
      }
      return;
    }
    if (expected.isArray()) {
      assertThat(actual.size()).as(path).isEqualTo(expected.size());
      Iterator<JsonNode> a = actual.elements();
      int i = 0;
      for (JsonNode e : expected) {
        assertSame(path + "[" + i++ + "]", e, a.next());
      }
      return;
    }
    assertThat(actual).as(path).isEqualTo(expected);
  }

  @Test
  void refusesInputsOfAnotherMapOrKeyAndUnknownTouchpoints() {
    JourneyMap other = JourneyMap.ecommerce();
    assertThatThrownBy(() -> JourneyScorecard.builder(ScorecardShop.map())
        .traffic(TrafficAnalyzer.of(TrafficDefinition.of(other)).result()).build())
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("map");
    assertThatThrownBy(() -> JourneyScorecard.builder(other).exits(ScorecardShop.exits()).build())
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("\"shop\"");
    assertThatThrownBy(() -> JourneyScorecard.builder(ScorecardShop.map())
        .cx(GroupedSummarizer.of(npsSurvey(), GroupKey.channel()).addAll(npsResponses().iterator())
            .snapshot()).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("cx.keyName").hasMessageContaining("channel");
    // A response whose context names a touchpoint the map lacks.
    List<Response> withBasket = new ArrayList<>(npsResponses());
    withBasket.add(ScorecardShop.nps(99, "basket", 10));
    assertThatThrownBy(() -> JourneyScorecard.builder(ScorecardShop.map())
        .cx(byTouchpoint(npsSurvey(), withBasket)).build())
        .isInstanceOf(UnknownTouchpointException.class).hasMessageContaining("basket");
    assertThatThrownBy(() -> JourneyScorecard.builder(ScorecardShop.map())
        .cxByStage(byTouchpoint(npsSurvey(), npsResponses())).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("cxByStage.keyName");
    assertThatThrownBy(() -> JourneyScorecard.builder(ScorecardShop.map())
        .cxByStage(GroupedSummarizer.of(npsSurvey(), GroupKey.of("stage", r -> "nowhere"))
            .addAll(npsResponses().iterator()).snapshot()).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("nowhere");
    assertThatThrownBy(() -> JourneyScorecard.builder(ScorecardShop.map()).minimumN(-1).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("minimumN");
    assertThatThrownBy(() -> JourneyScorecard.builder(ScorecardShop.map()).level(1.0).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("level");
    assertThatThrownBy(() -> JourneyScorecard.builder(ScorecardShop.map())
        .cx(byTouchpoint(npsSurvey(), npsResponses()))
        .cx(byTouchpoint(npsSurvey(), npsResponses())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("checkout-nps version 1");
    assertThatThrownBy(() -> JourneyScorecard.builder(ScorecardShop.map()).minimumN(1)
        .minimumN(2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> shop().touchpoint("basket"))
        .isInstanceOf(UnknownTouchpointException.class);
    assertThatThrownBy(() -> shop().stage("loyalty")).isInstanceOf(InvalidJourneyException.class);
  }
}
