package io.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.GoalOutcome;
import io.cxkit.core.Nps;
import io.cxkit.core.stats.Interval;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.types.CesAnswer;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small hand-made shop through every section of the report; each expected value is worked out
 * by hand in the comment beside it.
 *
 * <p>Seven customers: c1, c2, c3 are members (plan plus), c4, c5, c7 guests (plan free), c6 has
 * no plan and no persona. Events, in UTC:
 * <pre>
 * c1 2026-01-05 10:00 product, 10:02 cart, 10:05 confirmation (purchase)
 * c2 2026-01-10 09:00 product, 09:02 cart, 09:05 confirmation (purchase)
 * c3 2026-01-20 12:00 product
 * c1 2026-02-03 10:00 product, 10:02 cart, 10:05 confirmation (purchase)
 * c4 2026-02-10 15:00 product, 15:02 cart, 15:05 confirmation (purchase)
 * c5 2026-02-15 08:00 product, 08:02 cart
 * c7 2026-03-01 11:00 product, 11:02 cart
 * c2 2026-03-05 09:00 product, 09:02 cart, 09:05 confirmation (purchase)
 * c6 2026-04-20 18:00 product
 * </pre>
 * The report is as of 2026-05-01T00:00Z, monthly, minimum n 2; funnel product, cart,
 * confirmation:purchase within a day; goal confirmation:purchase; exit horizon 30 days; churn
 * after 2 months without a purchase.
 */
class ReportBuilderTest {

  static final Instant AS_OF = Instant.parse("2026-05-01T00:00:00Z");

  private static CxReport report;

  /** The hand-made shop: map, personas, surveys, records. */
  static final class Fixture {
    static final JourneyMap MAP = JourneyMap.builder("mini", "Mini shop")
        .stage("browse", "Browse")
        .touchpoint("home", "Home page", "browse", Channel.WEB)
        .touchpoint("product", "Product page", "browse", Channel.WEB)
        .stage("buy", "Buy")
        .touchpoint("cart", "Cart", "buy", Channel.WEB, "exit")
        .touchpoint("confirmation", "Order confirmation", "buy", Channel.WEB)
        .stage("after", "After the order")
        .touchpoint("delivery", "Delivery", "after", Channel.EMAIL, "care")
        .stage("empty", "A stage without touchpoints")
        .build();

    static final PersonaSet PERSONAS = PersonaSet.of(
        Persona.builder("member", "Member").rule(ProfileFacts.attribute("plan").equalTo("plus"))
            .build(),
        Persona.builder("guest", "Guest").rule(ProfileFacts.attribute("plan").equalTo("free"))
            .build());

    static final Survey POST = Survey.builder("post")
        .title(LocalizedText.of("en", "After your order")).kind(SurveyKind.TRANSACTIONAL)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "Would you recommend us?")))
        .question(OpenTextQuestion.followUp("why", LocalizedText.of("en", "Why?"), "nps"))
        .build();

    static final Survey EXIT = Survey.builder("exit")
        .title(LocalizedText.of("en", "Before you go")).kind(SurveyKind.EXIT_FEEDBACK)
        .question(GoalCompletionQuestion.of("goal", LocalizedText.of("en", "Did you get it?")))
        .question(SingleChoiceQuestion.of("reasons", LocalizedText.of("en", "What stopped you?"),
            List.of(Choice.of("price", "en", "The price"),
                Choice.of("info", "en", "Missing information"))))
        .question(OpenTextQuestion.of("comment", LocalizedText.of("en", "Anything else?")))
        .route(RoutingRule.after("goal").when(Condition.answer("goal").equalTo("fully"))
            .endSurvey())
        .build();

    static final Survey CARE = Survey.builder("care")
        .title(LocalizedText.of("en", "Your delivery")).kind(SurveyKind.TRANSACTIONAL)
        .question(CsatQuestion.of("csat", LocalizedText.of("en", "How satisfied are you?")))
        .question(CesQuestion.of("ces", LocalizedText.of("en", "It was easy.")))
        .build();

    static final List<Survey> SURVEYS = List.of(POST, EXIT, CARE);

    static List<CustomerProfile> profiles() {
      return List.of(plan("c1", "plus"), plan("c2", "plus"), plan("c3", "plus"),
          plan("c4", "free"), plan("c5", "free"), CustomerProfile.of("c6"), plan("c7", "free"));
    }

    private static CustomerProfile plan(String id, String plan) {
      return CustomerProfile.of(id).with("plan", AttributeValue.text(plan));
    }

    static List<JourneyEvent> events() {
      List<JourneyEvent> events = new ArrayList<>();
      visit(events, "c1", "2026-01-05T10:00:00Z", true, true);
      visit(events, "c2", "2026-01-10T09:00:00Z", true, true);
      visit(events, "c3", "2026-01-20T12:00:00Z", false, false);
      visit(events, "c1", "2026-02-03T10:00:00Z", true, true);
      visit(events, "c4", "2026-02-10T15:00:00Z", true, true);
      visit(events, "c5", "2026-02-15T08:00:00Z", true, false);
      visit(events, "c7", "2026-03-01T11:00:00Z", true, false);
      visit(events, "c2", "2026-03-05T09:00:00Z", true, true);
      visit(events, "c6", "2026-04-20T18:00:00Z", false, false);
      return events;
    }

    private static void visit(List<JourneyEvent> events, String customer, String at,
        boolean cart, boolean purchase) {
      Instant start = Instant.parse(at);
      events.add(JourneyEvent.of(customer, "product", start, EventKind.VIEW));
      if (cart) {
        events.add(JourneyEvent.of(customer, "cart", start.plusSeconds(120), EventKind.VIEW));
      }
      if (purchase) {
        events.add(JourneyEvent.of(customer, "confirmation", start.plusSeconds(300),
            EventKind.PURCHASE));
      }
    }

    /** The responses, in order of submission. */
    static List<Response> responses() {
      List<Response> out = new ArrayList<>();
      out.add(care("c1", "2026-01-07T12:00:00Z", 5, 7));
      out.add(care("c2", "2026-01-12T12:00:00Z", 4, 6));
      out.add(exit("c3", "product", "2026-01-20T12:05:00Z", GoalOutcome.NOT_ACHIEVED, "info",
          "Could not find the delivery date"));
      out.add(care("c4", "2026-02-12T12:00:00Z", 1, 2));
      out.add(exit("c5", "cart", "2026-02-15T08:05:00Z", GoalOutcome.NOT_ACHIEVED, "price",
          "Shipping costs are too expensive"));
      out.add(post("c1", "2026-02-20T12:00:00Z", 10, "Fast delivery and a great price"));
      out.add(post("c2", "2026-02-25T12:00:00Z", 9, "Great support"));
      out.add(exit("c7", "cart", "2026-03-01T11:05:00Z", GoalOutcome.PARTIALLY, "price",
          "Delivery options unclear"));
      out.add(post("c3", "2026-03-02T12:00:00Z", 9, null));
      out.add(post("c4", "2026-03-10T12:00:00Z", 7, "Too expensive"));
      out.add(post("c5", "2026-03-15T12:00:00Z", 3, "Delivery was late"));
      out.add(exit("c6", "product", "2026-04-20T18:05:00Z", GoalOutcome.FULLY, null, null));
      return out;
    }

    private static Response post(String customer, String at, int score,
        @Nullable String comment) {
      Respondent respondent = customer.equals("c5")
          ? Respondent.withConsent("c5", ContactDetails.ofEmail("c5@shop.example"))
          : Respondent.of(customer);
      Response.Builder response = Response.builder("post-" + customer, "post", 1)
          .respondent(respondent).submittedAt(Instant.parse(at))
          .answer("nps", new NpsAnswer(score));
      if (comment != null) {
        response.answer("why", new OpenTextAnswer(comment));
      }
      return response.build();
    }

    private static Response exit(String customer, String touchpoint, String at,
        GoalOutcome goal, @Nullable String reason, @Nullable String comment) {
      Response.Builder response = Response.builder("exit-" + customer, "exit", 1)
          .respondent(Respondent.of(customer)).submittedAt(Instant.parse(at))
          .context(new ResponseContext(touchpoint, Channel.WEB, null, null, null, null,
              Map.of()))
          .answer("goal", new GoalCompletionAnswer(goal));
      if (reason != null) {
        response.answer("reasons", SingleChoiceAnswer.of(reason));
      }
      if (comment != null) {
        response.answer("comment", new OpenTextAnswer(comment));
      }
      return response.build();
    }

    private static Response care(String customer, String at, int csat, int ces) {
      return Response.builder("care-" + customer, "care", 1)
          .respondent(Respondent.of(customer)).submittedAt(Instant.parse(at))
          .context(new ResponseContext("delivery", null, null, null, null, null, Map.of()))
          .answer("csat", new CsatAnswer(csat)).answer("ces", new CesAnswer(ces))
          .build();
    }

    static ReportSettings.Builder settings() {
      return ReportSettings.builder().asOf(AS_OF).minimumN(2)
          .funnel(List.of("product", "cart", "confirmation:purchase"))
          .goal("confirmation:purchase");
    }

    static final CxReport.Inputs NO_FILES = new CxReport.Inputs(List.of(), 0, List.of(), 0);

    static CxReport run(ReportSettings settings) {
      ReportBuilder builder = ReportBuilder.of(settings, SURVEYS, MAP, PERSONAS);
      profiles().forEach(builder::profile);
      events().forEach(builder::event);
      responses().forEach(builder::response);
      return builder.build(NO_FILES);
    }
  }

  @BeforeAll
  static void makeReport() {
    report = Fixture.run(Fixture.settings().build());
  }

  private static CxReport.Figure headline(String survey, String question) {
    return report.headlines().stream()
        .filter(f -> f.survey().equals(survey) && f.question().equals(question))
        .findFirst().orElseThrow();
  }

  @Test
  void info() {
    CxReport.Info info = report.info();
    assertThat(info.title()).isEqualTo("CX report");
    assertThat(info.journey()).isEqualTo("mini");
    assertThat(info.zone()).isEqualTo("Z");
    assertThat(info.period()).isEqualTo("month");
    // Personas and profiles given, no --by: persona.
    assertThat(info.by()).isEqualTo("persona");
    // The first event (c1's product view) and the last record (c6's exit response).
    assertThat(info.from()).isEqualTo("2026-01-05T10:00:00Z");
    assertThat(info.to()).isEqualTo("2026-04-20T18:05:00Z");
    assertThat(info.asOf()).isEqualTo("2026-05-01T00:00:00Z");
    assertThat(info.minimumN()).isEqualTo(2);
    // post: 5 responses, exit: 4, care: 3; none dismissed.
    assertThat(info.surveys()).containsExactly(
        new CxReport.SurveyInfo("post", "After your order", 5, 5, 0),
        new CxReport.SurveyInfo("exit", "Before you go", 4, 4, 0),
        new CxReport.SurveyInfo("care", "Your delivery", 3, 3, 0));
    assertThat(report.formatVersion()).isEqualTo(CxReport.FORMAT_VERSION);
  }

  @Test
  void headlines() {
    // Survey order, then question order: post/nps, exit/goal, care/csat, care/ces.
    assertThat(report.headlines()).extracting(CxReport.Figure::label).containsExactly(
        "NPS (post / nps)", "Goal completion (exit / goal)", "CSAT (care / csat)",
        "CES (care / ces)");
    // NPS of 10, 9, 9, 7, 3: 3 promoters, 1 passive, 1 detractor: (3 - 1) / 5 = 40.
    CxReport.Figure nps = headline("post", "nps");
    assertThat(nps.value()).isCloseTo(40.0, within(1e-9));
    assertThat(nps.n()).isEqualTo(5);
    assertThat(nps.unit()).isEqualTo("points");
    assertThat(nps.empty()).isFalse();
    // The interval is cx-core's, Rocks' adjusted Wald of those counts.
    Interval rocks = Nps.of(3, 1, 1).confidenceInterval(0.95).orElseThrow();
    assertThat(nps.low()).isEqualTo(rocks.lower());
    assertThat(nps.high()).isEqualTo(rocks.upper());
    // Goals: not achieved (c3, c5), partially (c7), fully (c6): 1 of 4 = 25 %.
    CxReport.Figure goal = headline("exit", "goal");
    assertThat(goal.value()).isCloseTo(25.0, within(1e-9));
    assertThat(goal.n()).isEqualTo(4);
    assertThat(goal.unit()).isEqualTo("percent");
    // CSAT 5, 4, 1 on 1..5, satisfied 4-5: 2 of 3 = 66.67 %.
    CxReport.Figure csat = headline("care", "csat");
    assertThat(csat.value()).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(csat.n()).isEqualTo(3);
    // CES 7, 6, 2: mean 5.0 on 1..7.
    CxReport.Figure ces = headline("care", "ces");
    assertThat(ces.value()).isCloseTo(5.0, within(1e-9));
    assertThat(ces.unit()).isEqualTo("mean");
    assertThat(ces.low()).isLessThan(5.0);
    assertThat(ces.high()).isGreaterThan(5.0);
  }

  @Test
  void npsDistribution() {
    // Scores 3, 7, 9, 9, 10.
    assertThat(report.npsDistributions()).containsExactly(new CxReport.NpsDistribution("post",
        "nps", List.of(0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 2L, 1L), 1, 1, 3));
  }

  @Test
  void breakdownByPersona() {
    CxReport.Breakdown breakdown = report.breakdown();
    assertThat(breakdown).isNotNull();
    assertThat(breakdown.by()).isEqualTo("persona");
    CxReport.BreakdownMetric nps = breakdown.metrics().get(0);
    assertThat(nps.metric()).isEqualTo("nps");
    // Members c1, c2, c3 answered 10, 9, 9: NPS 100 (n 3); guests c4, c5 answered 7, 3: -50
    // (n 2). Largest first.
    assertThat(nps.groups()).extracting(CxReport.GroupFigure::group)
        .containsExactly("member", "guest");
    CxReport.GroupFigure member = nps.groups().get(0);
    assertThat(member.figure().value()).isCloseTo(100.0, within(1e-9));
    assertThat(member.figure().n()).isEqualTo(3);
    assertThat(nps.groups().get(1).figure().value()).isCloseTo(-50.0, within(1e-9));
    // Rocks' adjusted Wald adds 3/4 promoter, 3/2 passive, 3/4 detractor to each side:
    // members (3.75 - 0.75) / 6 = 50, guests (0.75 - 1.75) / 5 = -20: difference 70 points.
    // Variances (p + d - (p - d)^2) / n: members (0.75 - 0.25) / 6 = 0.08333, guests
    // (0.5 - 0.04) / 5 = 0.092; SE = 100 * sqrt(0.17533) = 41.873; z = 1.6717, p = 0.0946.
    CxReport.Comparison against = member.againstRest();
    assertThat(against.difference()).isCloseTo(70.0, within(1e-9));
    assertThat(against.pValue()).isCloseTo(0.0946, within(5e-4));
    // Two groups, the same test each way: Holm gives min(1, 2 p) = 0.189 to both.
    assertThat(against.adjustedPValue()).isCloseTo(2 * against.pValue(), within(1e-12));
    assertThat(against.significant()).isFalse();
    assertThat(against.smallN()).isFalse();
    // The exit goal: member c3 0 of 1 (below minimum n 2, flagged), guests c5, c7 0 of 2; c6
    // has no persona and is in no group.
    CxReport.BreakdownMetric goal = breakdown.metrics().get(1);
    assertThat(goal.groups()).extracting(g -> g.group() + " " + g.figure().n())
        .containsExactly("guest 2", "member 1");
    assertThat(goal.groups().get(1).againstRest().smallN()).isTrue();
    assertThat(goal.groups().get(1).againstRest().significant()).isFalse();
  }

  @Test
  void trends() {
    CxReport.TrendSeries nps = report.trends().stream()
        .filter(t -> t.survey().equals("post") && t.metric().equals("nps"))
        .findFirst().orElseThrow();
    // February: c1 10, c2 9: NPS 100 (n 2). March: 9, 7, 3: NPS 0 (n 3).
    assertThat(nps.points()).extracting(CxReport.TrendPoint::period)
        .containsExactly("2026-02", "2026-03");
    assertThat(nps.points().get(0).start()).isEqualTo("2026-02-01");
    assertThat(nps.points().get(0).figure().value()).isCloseTo(100.0, within(1e-9));
    assertThat(nps.points().get(0).againstPrevious()).isNull();
    CxReport.TrendPoint march = nps.points().get(1);
    assertThat(march.figure().value()).isCloseTo(0.0, within(1e-9));
    // Adjusted Wald: March (1.75 - 1.75) / 6 = 0, February (2.75 - 0.75) / 5 = 40: -40.
    assertThat(march.againstPrevious().difference()).isCloseTo(-40.0, within(1e-9));
    // One change in the series: Holm leaves its p-value as it is.
    assertThat(march.againstPrevious().adjustedPValue())
        .isEqualTo(march.againstPrevious().pValue());
    // Every headline figure has a series: post/nps, exit/goal, care/csat, care/ces.
    assertThat(report.trends()).hasSize(4);
  }

  @Test
  void funnel() {
    CxReport.Funnel funnel = report.funnel();
    assertThat(funnel).isNotNull();
    assertThat(funnel.window()).isEqualTo("PT24H");
    // Every customer viewed a product: 7 entered; c1, c2, c4, c5, c7 reached the cart (5);
    // c1, c2, c4 ordered (3).
    assertThat(funnel.entered()).isEqualTo(7);
    assertThat(funnel.steps()).extracting(CxReport.FunnelStep::id)
        .containsExactly("product", "cart", "confirmation");
    assertThat(funnel.steps()).extracting(CxReport.FunnelStep::label)
        .containsExactly("Product page", "Cart", "Order confirmation (purchase)");
    assertThat(funnel.steps()).extracting(CxReport.FunnelStep::reached).containsExactly(7L, 5L,
        3L);
    CxReport.FunnelStep cart = funnel.steps().get(1);
    // 5 of 7 = 71.43 %; dropped 2 of 7.
    assertThat(cart.fromPrevious().value()).isCloseTo(500.0 / 7, within(1e-9));
    assertThat(cart.dropOff()).extracting(CxReport.Rate::count, CxReport.Rate::of)
        .containsExactly(2L, 7L);
    CxReport.FunnelStep order = funnel.steps().get(2);
    // 3 of 5 = 60 % from the cart, 3 of 7 = 42.86 % from the start.
    assertThat(order.fromPrevious().value()).isCloseTo(60.0, within(1e-9));
    assertThat(order.fromStart().value()).isCloseTo(300.0 / 7, within(1e-9));
    // Each order came 5 minutes after the product view: median 300 s, within the histogram's
    // relative error of 1/128; each cart 2 minutes after: 120 s.
    assertThat(order.medianSecondsFromStart()).isCloseTo(300.0, within(300.0 / 128));
    assertThat(cart.medianSecondsFromStart()).isCloseTo(120.0, within(120.0 / 128));
  }

  @Test
  void exitsWithFeedback() {
    CxReport.Exits exits = report.exits();
    assertThat(exits).isNotNull();
    assertThat(exits.goal()).isEqualTo("confirmation (purchase)");
    assertThat(exits.horizon()).isEqualTo("PT720H");
    // 7 customers; c1, c2, c4 ordered; c6 was last seen 11 days before asOf (inside 30 days);
    // c3 left at the product page, c5 and c7 at the cart.
    assertThat(exits.customers()).isEqualTo(7);
    assertThat(exits.converted()).isEqualTo(3);
    assertThat(exits.stillActive()).isEqualTo(1);
    assertThat(exits.left()).isEqualTo(3);
    assertThat(exits.points()).extracting(CxReport.ExitPoint::touchpoint)
        .containsExactly("cart", "product");
    CxReport.ExitPoint cart = exits.points().get(0);
    assertThat(cart.stage()).isEqualTo("buy");
    assertThat(cart.share().value()).isCloseTo(200.0 / 3, within(1e-9));
    // The exit form at the cart: c5 (not achieved, price), c7 (partially, price): goal 0 of 2,
    // price chosen 2 of 2; their two comments.
    CxReport.ExitFeedback feedback = cart.feedback();
    assertThat(feedback).isNotNull();
    assertThat(feedback.responses()).isEqualTo(2);
    assertThat(feedback.figures()).singleElement().satisfies(f -> {
      assertThat(f.metric()).isEqualTo("goal-completion");
      assertThat(f.value()).isCloseTo(0.0, within(1e-9));
      assertThat(f.n()).isEqualTo(2);
    });
    assertThat(feedback.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo("price");
      assertThat(r.label()).isEqualTo("The price");
      assertThat(r.share().value()).isCloseTo(100.0, within(1e-9));
    });
    assertThat(feedback.comments()).containsExactly("Shipping costs are too expensive",
        "Delivery options unclear");
    // At the product page: c3 (not achieved, info) and c6 (fully): goal 1 of 2 = 50 %.
    CxReport.ExitFeedback product = exits.points().get(1).feedback();
    assertThat(product.responses()).isEqualTo(2);
    assertThat(product.figures().get(0).value()).isCloseTo(50.0, within(1e-9));
    assertThat(product.reasons()).extracting(CxReport.ChoiceShare::code).containsExactly("info");
  }

  @Test
  void retention() {
    CxReport.Retention retention = report.retention();
    assertThat(retention).isNotNull();
    assertThat(retention.activity()).isEqualTo("purchase events at confirmation");
    assertThat(retention.churnRule())
        .isEqualTo("2 months in a row without purchase events at confirmation");
    assertThat(retention.offsets()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    // First purchases: January c1, c2; February c4. Completed months by asOf (May): Feb-Apr.
    // January: Feb c1 (1 of 2), Mar c2 (1 of 2), Apr nobody. February: Mar, Apr nobody.
    assertThat(retention.cohorts()).hasSize(2);
    CxReport.Cohort january = retention.cohorts().get(0);
    assertThat(january.start()).isEqualTo("2026-01-01");
    assertThat(january.size()).isEqualTo(2);
    assertThat(january.rates()).containsExactly(50.0, 50.0, 0.0, null, null, null, null, null,
        null, null, null, null);
    assertThat(retention.cohorts().get(1).rates()).startsWith(0.0, 0.0, null);
    // Mixpanel's weighted average: offset 1 (1 + 0) / (2 + 1), offset 2 the same, offset 3
    // 0 of 2 (only January reached it), later offsets no cohort.
    assertThat(retention.averageCurve().get(0)).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(retention.averageCurve().get(1)).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(retention.averageCurve().get(2)).isCloseTo(0.0, within(1e-9));
    assertThat(retention.averageCurve().get(3)).isNull();
    // Churn from January (the first event's month) to April (May holds asOf, still running):
    // Jan S0 L0 N2 E2; Feb S2 L0 N1 (c4) E3; Mar S3 L0 N0 E3; Apr: c1 and c4 are in their
    // second month without a purchase: S3 L2 N0 E1, churn 2 of 3, retention (1 - 0) / 3.
    assertThat(retention.churn()).extracting(CxReport.ChurnPeriod::start)
        .containsExactly("2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01");
    assertThat(retention.churn()).extracting(p -> List.of(p.customersAtStart(), p.lost(),
        p.acquired(), p.customersAtEnd())).containsExactly(List.of(0L, 0L, 2L, 2L),
            List.of(2L, 0L, 1L, 3L), List.of(3L, 0L, 0L, 3L), List.of(3L, 2L, 0L, 1L));
    assertThat(retention.churn().get(0).churnRate().value()).isNull();
    CxReport.ChurnPeriod april = retention.churn().get(3);
    assertThat(april.churnRate().value()).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(april.retentionRate().value()).isCloseTo(100.0 / 3, within(1e-9));
  }

  @Test
  void lifetimes() {
    CxReport.Lifetimes lifetimes = report.lifetimes();
    assertThat(lifetimes).isNotNull();
    // c1 ordered Jan 5 and Feb 3 (10:05 both), then March and April without: churned after 29
    // days. c4 ordered once, Feb 10: churned after 0 days. c2 ordered in March, April is only
    // one month without: censored at asOf.
    assertThat(lifetimes.customers()).isEqualTo(3);
    assertThat(lifetimes.churned()).isEqualTo(2);
    assertThat(lifetimes.censored()).isEqualTo(1);
    // Kaplan-Meier: t 0: 3 at risk, 1 event, S = 2/3; t 29: 2 at risk, 1 event, S = 1/3.
    assertThat(lifetimes.curve()).extracting(CxReport.SurvivalPoint::days).containsExactly(0.0,
        29.0);
    assertThat(lifetimes.curve()).extracting(CxReport.SurvivalPoint::atRisk)
        .containsExactly(3L, 2L);
    assertThat(lifetimes.curve().get(0).survival()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(lifetimes.curve().get(1).survival()).isCloseTo(1.0 / 3, within(1e-12));
    // The median: the first time S <= 0.5.
    assertThat(lifetimes.medianDays()).isCloseTo(29.0, within(1e-9));
    // Members c1 (29, churned) and c2 (censored) against guest c4 (0, churned). Log-rank:
    // t 0: 3 at risk (2 members), 1 guest event: E(member) = 2/3, V = 2*1*1*2 / (9*2) = 2/9;
    // t 29: only members at risk: O = E = 1, V = 0. O - E = -2/3, chi2 = (4/9) / (2/9) = 2,
    // p = P(chi2_1 > 2) = 0.1573; the same test for the guests; Holm: 2 p = 0.3146.
    assertThat(lifetimes.groups()).extracting(CxReport.LifetimeGroup::group)
        .containsExactly("member", "guest");
    CxReport.LifetimeGroup member = lifetimes.groups().get(0);
    assertThat(member.customers()).isEqualTo(2);
    assertThat(member.medianDays()).isCloseTo(29.0, within(1e-9));
    assertThat(member.pValue()).isCloseTo(0.1573, within(5e-4));
    assertThat(member.adjustedPValue()).isCloseTo(0.3146, within(1e-3));
    assertThat(member.significant()).isFalse();
    assertThat(lifetimes.groups().get(1).medianDays()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void voiceByNpsGroup() {
    CxReport.Voice why = report.voice().get(0);
    assertThat(why.survey()).isEqualTo("post");
    assertThat(why.question()).isEqualTo("why");
    assertThat(why.npsQuestion()).isEqualTo("nps");
    // Four comments: promoters c1 "Fast delivery and a great price" (delivery, price), c2
    // "Great support" (customer service); passive c4 "Too expensive" (price); detractor c5
    // "Delivery was late" (delivery).
    assertThat(why.comments()).isEqualTo(4);
    assertThat(why.themes()).extracting(CxReport.ThemeGroup::group)
        .containsExactly("promoter", "passive", "detractor");
    CxReport.ThemeGroup promoters = why.themes().get(0);
    assertThat(promoters.comments()).isEqualTo(2);
    // Largest first; equal counts keep the codebook's order.
    assertThat(promoters.themes()).extracting(t -> t.theme() + " " + t.share().count())
        .containsExactly("delivery 1", "price 1", "customer-service 1",
            "missing-information 0", "checkout-error 0");
    assertThat(promoters.themes().get(0).share().value()).isCloseTo(50.0, within(1e-9));
    assertThat(why.themes().get(2).themes().get(0).theme()).isEqualTo("delivery");
    // The detractor alone says "late"; both promoters say "great", no detractor does, the
    // promoters' most typical phrase (the largest count against none).
    assertThat(why.detractorPhrases()).anySatisfy(p -> {
      assertThat(p.phrase()).isEqualTo("late");
      assertThat(p.focusCount()).isEqualTo(1);
      assertThat(p.referenceCount()).isEqualTo(0);
    });
    CxReport.Phrase great = why.promoterPhrases().get(0);
    assertThat(great.phrase()).isEqualTo("great");
    assertThat(great.focusCount()).isEqualTo(2);
    assertThat(great.referenceCount()).isEqualTo(0);
    assertThat(great.z()).isPositive();
    assertThat(why.detractorPhrases().size()).isLessThanOrEqualTo(10);
    // Eight comments are far too few for any phrase to survive Holm's correction.
    assertThat(why.promoterPhrases()).allSatisfy(p -> assertThat(p.adjustedPValue())
        .isBetween(0.05, 1.0));
    // The exit form has no NPS question: one group, all. Comments of c3 (missing
    // information, delivery), c5 (delivery "shipping", price) and c7 (delivery, missing
    // information "unclear"): delivery 3 of 3, missing information 2, price 1.
    CxReport.Voice comment = report.voice().get(1);
    assertThat(comment.npsQuestion()).isNull();
    assertThat(comment.themes()).singleElement().satisfies(g -> {
      assertThat(g.group()).isEqualTo("all");
      assertThat(g.comments()).isEqualTo(3);
      assertThat(g.themes()).extracting(t -> t.theme() + " " + t.share().count())
          .startsWith("delivery 3", "missing-information 2", "price 1");
    });
    assertThat(comment.detractorPhrases()).isEmpty();
    assertThat(comment.promoterPhrases()).isEmpty();
  }

  @Test
  void followUp() {
    CxReport.FollowUp followUp = report.followUp();
    assertThat(followUp.rules()).containsExactly(
        "post: Detractor: a score of 0 to 6 on nps",
        "exit: Goal not fully achieved, on goal",
        "care: Dissatisfied: one of the two lowest answers on csat",
        "care: Did not find it easy, on ces");
    // Checked 5 + 4 + 3 = 12. Matched: post c5 (3); exit c3, c5 (not achieved), c7
    // (partially); care c4 (CSAT 1, CES 2): 5. Only c5 agreed to be contacted.
    assertThat(followUp.checked()).isEqualTo(12);
    assertThat(followUp.matched()).isEqualTo(5);
    assertThat(followUp.contactable()).isEqualTo(1);
    assertThat(followUp.notContactable()).isEqualTo(4);
  }

  @Test
  void notesSayWhatIsThin() {
    // The exit form has no NPS question; "care" has no open text, so only one such note.
    assertThat(report.notes()).contains("Survey exit has no NPS question: the comments on its"
        + " question comment are in one group, all, without distinctive phrases.");
    assertThat(report.notes()).anyMatch(n -> n.startsWith("Groups with fewer than 2 answers"));
    assertThat(report.notes()).noneMatch(n -> n.contains("No events"));
  }

  @Test
  void inputsArePassedThrough() {
    CxReport.Inputs inputs = new CxReport.Inputs(
        List.of(new CxReport.InputFile("responses", "r.jsonl", 13, 12, 1)), 1,
        List.of(new CxReport.BadRecord("r.jsonl", 7, "score = 11: must lie on scale 0..10")), 0);
    ReportBuilder builder = ReportBuilder.of(Fixture.settings().build(), Fixture.SURVEYS,
        Fixture.MAP, Fixture.PERSONAS);
    assertThat(builder.build(inputs).inputs()).isEqualTo(inputs);
  }

  @Test
  void theSameRecordsGiveTheSameReport() {
    // No HashMap order, no default locale or zone: a second run equals the first.
    assertThat(Fixture.run(Fixture.settings().build())).isEqualTo(report);
  }

  @Test
  void groupedByTouchpointWithoutPersonas() {
    ReportBuilder builder = ReportBuilder.of(Fixture.settings().build(), Fixture.SURVEYS,
        Fixture.MAP, null);
    Fixture.events().forEach(builder::event);
    Fixture.responses().forEach(builder::response);
    CxReport byTouchpoint = builder.build(Fixture.NO_FILES);
    assertThat(byTouchpoint.info().by()).isEqualTo("touchpoint");
    // The exit goal by touchpoint: cart c5, c7 (0 of 2), product c3, c6 (1 of 2); post
    // responses name no touchpoint and are in no group.
    CxReport.BreakdownMetric goal = byTouchpoint.breakdown().metrics().stream()
        .filter(m -> m.survey().equals("exit")).findFirst().orElseThrow();
    assertThat(goal.groups()).extracting(CxReport.GroupFigure::group)
        .containsExactly("cart", "product");
    assertThat(byTouchpoint.breakdown().metrics().get(0).groups()).isEmpty();
    // No grouping of customers: lifetimes are not compared.
    assertThat(byTouchpoint.lifetimes().groups()).isEmpty();
  }

  @Test
  void groupedBySegmentAndChannel() {
    CxReport bySegment = Fixture.run(Fixture.settings().by(GroupBy.SEGMENT)
        .segmentAttribute("plan").build());
    // Segments are the plan's values: plus (c1, c2, c3), free (c4, c5); c6 has no plan.
    assertThat(bySegment.breakdown().metrics().get(0).groups())
        .extracting(CxReport.GroupFigure::group).containsExactly("plus", "free");
    assertThat(bySegment.lifetimes().groups()).extracting(CxReport.LifetimeGroup::group)
        .containsExactly("plus", "free");
    // Care responses name no channel: the delivery touchpoint's, email; exit responses: web.
    CxReport byChannel = Fixture.run(Fixture.settings().by(GroupBy.CHANNEL).build());
    assertThat(byChannel.breakdown().metrics()).filteredOn(m -> !m.groups().isEmpty())
        .extracting(m -> m.survey() + " " + m.groups().get(0).group())
        .containsExactly("exit web", "care email", "care email");
  }

  @Test
  void defaultFunnelRunsThroughTheStagesToTheGoal() {
    CxReport stages = Fixture.run(ReportSettings.builder().asOf(AS_OF)
        .goal("confirmation:purchase").build());
    // Stages before the goal's (browse), then the goal itself.
    assertThat(stages.funnel().name()).isEqualTo("journey stages");
    assertThat(stages.funnel().steps()).extracting(CxReport.FunnelStep::id)
        .containsExactly("browse", "confirmation");
    // All 7 viewed a product (browse), 3 ordered within a day of it.
    assertThat(stages.funnel().steps()).extracting(CxReport.FunnelStep::reached)
        .containsExactly(7L, 3L);
    // Without a goal: every stage with touchpoints (browse, buy, after), a purchase on the
    // last; nobody buys in "after", and a note says so.
    CxReport noGoal = Fixture.run(ReportSettings.builder().asOf(AS_OF).build());
    assertThat(noGoal.funnel().steps()).extracting(CxReport.FunnelStep::id)
        .containsExactly("browse", "buy", "after");
    assertThat(noGoal.funnel().steps().get(2).reached()).isZero();
    assertThat(noGoal.notes()).anyMatch(n -> n.startsWith("No customer reached the funnel's"
        + " last step, after:purchase"));
    // Any purchase is the goal: the same three converted customers.
    assertThat(noGoal.exits().goal()).isEqualTo("any purchase event");
    assertThat(noGoal.exits().converted()).isEqualTo(3);
  }

  @Test
  void noNaNAnywhere() {
    // Every number of the report, walked through its record components.
    assertThat(ReportBuilderEmptyTest.doubles(report)).hasSizeGreaterThan(100)
        .allSatisfy(d -> assertThat(d).isFinite());
  }
}
