package io.cxkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.analysis.FunnelBreakdown;
import io.cxkit.journey.analysis.FunnelBreakdownAnalyzer;
import io.cxkit.journey.analysis.FunnelDefinition;
import io.cxkit.journey.analysis.FunnelGrouping;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.PersonaClassifier;
import io.cxkit.sample.internal.Traits;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.Violation;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.summary.GroupedSummarizer;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.summary.SurveySummarizer;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The figures {@link ShopSample#headlines()} promises, measured the way a user measures them, with
 * cxkit's own analyzers and summaries: every one within its range for three seeds at 10 000
 * customers and for the default seed at 100 000. The same pass checks that every response is
 * valid against its survey and that the personas' rules find each customer's persona.
 */
class ShopSampleHeadlinesTest {

  /** The figures measured over one sample, by headline id. */
  static Map<String, Double> measure(ShopSample sample) {
    PersonaClassifier classifier = sample.personas().classifier(sample.endDate());
    ResponseValidator validator = ResponseValidator.of(sample.surveys().toArray(
        io.cxkit.survey.Survey[]::new));
    Map<String, String> persona = new HashMap<>();
    Map<String, String> variant = new HashMap<>();
    FunnelBreakdownAnalyzer checkout = FunnelBreakdownAnalyzer.of(
        FunnelDefinition.builder("checkout", sample.journeyMap())
            .touchpoint("checkout", EventKind.START)
            .touchpoint("order-confirmation", EventKind.PURCHASE)
            .window(Duration.ofHours(1))
            .build(),
        FunnelGrouping.byCustomer("variant", variant::get));
    GroupedSummarizer nps = GroupedSummarizer.of(sample.survey(ShopSample.POST_PURCHASE),
        GroupKey.of("persona", r -> persona.get(r.respondent().id())));
    SurveySummarizer exit = SurveySummarizer.of(sample.survey(ShopSample.EXIT_FEEDBACK));
    SurveySummarizer csat = SurveySummarizer.of(sample.survey(ShopSample.DELIVERY_CSAT));
    SurveySummarizer ces = SurveySummarizer.of(sample.survey(ShopSample.SUPPORT_CES));
    Set<String> carts = new HashSet<>();
    Set<String> ordered = new HashSet<>();
    long[] technical = new long[2];
    List<String> invalid = new ArrayList<>();
    List<String> misclassified = new ArrayList<>();
    sample.generate(new SampleSink() {
      @Override
      public void profile(CustomerProfile profile) {
        String id = profile.customerId();
        String found = classifier.groupOf(profile);
        String drawn = Traits.of(sample.seed(), Integer.parseInt(id.substring(2)),
            sample.customers(), sample.startInstant(), sample.end(), sample.zone()).personaId();
        if (!drawn.equals(found)) {
          misclassified.add(id + " " + drawn + " → " + found);
        }
        persona.put(id, found);
        variant.put(id, ((AttributeValue.TextAttribute)
            profile.attribute("checkout-variant").orElseThrow()).value());
      }

      @Override
      public void event(JourneyEvent event) {
        checkout.accept(event);
        if (event.touchpointId().equals("cart")) {
          carts.add(event.sessionId());
        } else if (event.kind() == EventKind.PURCHASE) {
          ordered.add(event.sessionId());
        }
      }

      @Override
      public void response(Response response) {
        List<Violation> violations = validator.validate(response);
        if (!violations.isEmpty()) {
          invalid.add(response.id() + " " + violations);
        }
        switch (response.surveyId()) {
          case ShopSample.POST_PURCHASE -> nps.add(response);
          case ShopSample.DELIVERY_CSAT -> csat.add(response);
          case ShopSample.SUPPORT_CES -> ces.add(response);
          default -> {
            exit.add(response);
            boolean problem = response.answer("reasons", MultipleChoiceAnswer.class)
                .map(a -> a.choices().contains("technical-problem")).orElse(false);
            if (problem) {
              technical[0]++;
              technical[1] += response.answer("contact", ContactConsentAnswer.class)
                  .map(ContactConsentAnswer::consent).orElse(false) ? 1 : 0;
            }
          }
        }
      }
    });
    assertThat(invalid).as("responses with violations").isEmpty();
    assertThat(misclassified).as("customers the personas' rules put elsewhere").isEmpty();

    Map<String, Double> figures = new LinkedHashMap<>();
    long abandoned = carts.stream().filter(s -> !ordered.contains(s)).count();
    figures.put("cart-abandonment", 100.0 * abandoned / carts.size());
    FunnelBreakdown byVariant = checkout.result();
    double a = byVariant.group("A").orElseThrow().conversion().value().orElseThrow();
    double b = byVariant.group("B").orElseThrow().conversion().value().orElseThrow();
    figures.put("checkout-conversion:A", a);
    figures.put("checkout-conversion:B", b);
    figures.put("checkout-ab-difference", b - a);
    GroupedSummary npsByPersona = nps.snapshot();
    EstimateKey npsKey = EstimateKey.question("nps", "nps");
    figures.put("nps", value(npsByPersona.total(), npsKey));
    for (String id : Traits.PERSONA_IDS) {
      figures.put("nps:" + id, value(npsByPersona.group(id), npsKey));
    }
    SurveySummary exits = exit.snapshot();
    figures.put("goal-completion",
        value(exits, EstimateKey.question("goal", "goal-completion")));
    figures.put("exit-feedback-answered", 100.0 - value(exits, EstimateKey.DISMISSAL));
    figures.put("missing-information",
        value(exits, EstimateKey.question("reasons", "share:missing-information")));
    figures.put("technical-problem-consent", 100.0 * technical[1] / technical[0]);
    figures.put("csat:delivery", value(csat.snapshot(), EstimateKey.question("csat", "csat")));
    figures.put("ces:support", value(ces.snapshot(), EstimateKey.question("ces", "ces")));
    return figures;
  }

  private static double value(SurveySummary summary, EstimateKey key) {
    return summary.estimate(key).value().orElseThrow();
  }

  private static void assertWithinHeadlines(Map<String, Double> figures) {
    assertThat(figures.keySet())
        .containsExactlyInAnyOrderElementsOf(
            ShopSample.headlines().stream().map(Headline::id).toList());
    for (Headline headline : ShopSample.headlines()) {
      assertThat(figures.get(headline.id())).as(headline.toString())
          .isBetween(headline.low(), headline.high());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {42, 7, 2026})
  void tenThousandCustomersGiveTheDocumentedFigures(long seed) {
    assertWithinHeadlines(measure(ShopSample.builder().seed(seed).customers(10_000).build()));
  }

  @Test
  void aHundredThousandCustomersGiveThemWithThePersonasInTheirOrder() {
    Map<String, Double> figures = measure(ShopSample.of(100_000));
    assertWithinHeadlines(figures);
    // With 100 000 customers the personas' NPS stand apart in the order they are built in.
    assertThat(figures.get("nps:loyal-member")).isGreaterThan(figures.get("nps:busy-professional"));
    assertThat(figures.get("nps:busy-professional")).isGreaterThan(figures.get("nps:gift-shopper"));
    assertThat(figures.get("nps:gift-shopper")).isGreaterThan(figures.get("nps:bargain-hunter"));
    assertThat(figures.get("nps:bargain-hunter")).isGreaterThan(figures.get("nps:cross-border"));
  }
}
