package io.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.sample.SampleSink;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.SurveySummarizer;
import io.cxkit.survey.summary.SurveySummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample shop (2000 customers, seed 42, 2026 in Europe/Berlin) streamed through the builder
 * in its three phases, one {@link ShopSample#generate} pass per phase: every section is there,
 * and the headlines are exactly what cx-survey's {@link SurveySummarizer} gives over the same
 * responses.
 */
class ReportBuilderShopSampleTest {

  private static final ShopSample SHOP = ShopSample.of(2000);
  private static CxReport report;
  private static Map<String, SurveySummary> direct;

  static ReportSettings settings() {
    // As the demo makes it: the checkout funnel, orders as the goal, by persona, monthly.
    return ReportSettings.builder().asOf(SHOP.end()).zone(SHOP.zone())
        .funnel(List.of("product-page", "cart", "checkout:start", "order-confirmation:purchase"))
        .goal("order-confirmation:purchase").by(GroupBy.PERSONA).build();
  }

  static CxReport run(Map<String, SurveySummarizer> summarizers) {
    ReportBuilder builder = ReportBuilder.of(settings(), SHOP.surveys(), SHOP.journeyMap(),
        SHOP.personas());
    SHOP.generate(new SampleSink() {
      @Override
      public void profile(CustomerProfile profile) {
        builder.profile(profile);
      }
    });
    SHOP.generate(new SampleSink() {
      @Override
      public void event(JourneyEvent event) {
        builder.event(event);
      }
    });
    SHOP.generate(new SampleSink() {
      @Override
      public void response(Response response) {
        builder.response(response);
        SurveySummarizer summarizer = summarizers.get(response.surveyId());
        if (summarizer != null) {
          summarizer.add(response);
        }
      }
    });
    return builder.build(ReportBuilderTest.Fixture.NO_FILES);
  }

  @BeforeAll
  static void makeReport() {
    Map<String, SurveySummarizer> summarizers = new LinkedHashMap<>();
    for (Survey survey : SHOP.surveys()) {
      summarizers.put(survey.id(), SurveySummarizer.of(survey));
    }
    report = run(summarizers);
    direct = new LinkedHashMap<>();
    summarizers.forEach((id, summarizer) -> direct.put(id, summarizer.snapshot()));
  }

  private static CxReport.Figure headline(String survey, String question, String metric) {
    return report.headlines().stream().filter(f -> f.survey().equals(survey)
        && f.question().equals(question) && f.metric().equals(metric)).findFirst().orElseThrow();
  }

  @Test
  void headlinesAreWhatSurveySummarizerGives() {
    String[][] headlines = {{ShopSample.POST_PURCHASE, "nps", "nps"},
        {ShopSample.DELIVERY_CSAT, "csat", "csat"}, {ShopSample.SUPPORT_CES, "ces", "ces"},
        {ShopSample.EXIT_FEEDBACK, "goal", "goal-completion"}};
    for (String[] h : headlines) {
      var estimate = direct.get(h[0]).estimate(EstimateKey.question(h[1], h[2]));
      CxReport.Figure figure = headline(h[0], h[1], h[2]);
      assertThat(figure.value()).as(figure.label()).isEqualTo(estimate.value().getAsDouble());
      assertThat(figure.n()).as(figure.label()).isEqualTo(estimate.n());
      var interval = estimate.confidenceInterval(0.95).orElseThrow();
      assertThat(figure.low()).isEqualTo(interval.lower());
      assertThat(figure.high()).isEqualTo(interval.upper());
    }
    // The same four surveys with the same counts.
    assertThat(report.info().surveys()).extracting(CxReport.SurveyInfo::responses)
        .containsExactlyElementsOf(direct.values().stream().map(SurveySummary::responses)
            .toList());
  }

  @Test
  void everySectionIsThere() {
    assertThat(report.info().journey()).isEqualTo("sample-shop");
    assertThat(report.info().zone()).isEqualTo("Europe/Berlin");
    assertThat(report.info().from()).isNotNull();
    assertThat(report.npsDistributions()).singleElement().satisfies(d -> assertThat(
        d.counts().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(headline(ShopSample.POST_PURCHASE, "nps", "nps").n()));
    // The five personas, largest first, each against the rest.
    assertThat(report.breakdown().by()).isEqualTo("persona");
    assertThat(report.breakdown().metrics().get(0).groups()).extracting(
        CxReport.GroupFigure::group).containsExactlyInAnyOrder(ShopSample.LOYAL_MEMBER,
            ShopSample.BUSY_PROFESSIONAL, ShopSample.GIFT_SHOPPER, ShopSample.BARGAIN_HUNTER,
            ShopSample.CROSS_BORDER);
    assertThat(report.breakdown().metrics()).allSatisfy(m -> assertThat(m.groups())
        .isSortedAccordingTo((a, b) -> Long.compare(b.figure().n(), a.figure().n())));
    // Twelve months of 2026 for every headline figure.
    assertThat(report.trends()).hasSize(4).allSatisfy(t -> assertThat(t.points()).hasSize(12));
    assertThat(report.funnel().entered()).isPositive();
    assertThat(report.funnel().steps()).hasSize(4);
    assertThat(report.exits().points()).isNotEmpty();
    assertThat(report.exits().points()).anySatisfy(p -> assertThat(p.feedback()).isNotNull());
    assertThat(report.retention().cohorts()).isNotEmpty();
    assertThat(report.retention().churn()).isNotEmpty();
    assertThat(report.lifetimes().customers()).isPositive();
    assertThat(report.lifetimes().curve()).isNotEmpty()
        .hasSizeLessThanOrEqualTo(JourneySection.MAX_CURVE_POINTS);
    assertThat(report.lifetimes().groups()).hasSize(5);
    // Every survey's open-text questions; the post-purchase "why?" by NPS group with phrases.
    assertThat(report.voice()).isNotEmpty();
    CxReport.Voice why = report.voice().stream()
        .filter(v -> v.survey().equals(ShopSample.POST_PURCHASE)).findFirst().orElseThrow();
    assertThat(why.themes()).hasSize(3);
    assertThat(why.detractorPhrases()).isNotEmpty();
    assertThat(why.promoterPhrases()).isNotEmpty();
    long responses = direct.values().stream().mapToLong(SurveySummary::responses).sum();
    assertThat(report.followUp().checked()).isEqualTo(responses);
    assertThat(report.followUp().matched()).isPositive();
    assertThat(ReportBuilderEmptyTest.doubles(report)).allSatisfy(d -> assertThat(d).isFinite());
  }

  @Test
  void theReportDoesNotDependOnTheDefaultLocaleOrZone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Apia"));
      assertThat(run(new LinkedHashMap<>())).isEqualTo(report);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
