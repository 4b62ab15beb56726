package io.cxkit.journey.cx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.GoalCompletion;
import io.cxkit.core.Nps;
import io.cxkit.core.stats.Comparison;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.GroupResult;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.summary.Period;
import io.cxkit.survey.summary.Trend;
import io.cxkit.survey.summary.VariantComparison;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Responses of {@link CxShop} joined to touchpoints, stages, channels and personas, by hand. */
class JourneyCxTest {
  static final EstimateKey NPS = EstimateKey.question("recommend", "nps");
  static final EstimateKey GOAL = EstimateKey.question("goal", "goal-completion");
  static final EstimateKey CSAT = EstimateKey.question("satisfied", "csat");
  static final EstimateKey CES = EstimateKey.question("effort", "ces");

  static JourneyCxResult shop() {
    JourneyCx definition = CxShop.definition().minimumN(5)
        .period(Period.ISO_WEEK, ZoneOffset.UTC).build();
    return JourneyCxAnalyzer.of(definition).acceptAll(CxShop.all().iterator()).result();
  }

  static double value(GroupedSummary grouped, String label, EstimateKey key) {
    return grouped.group(label).estimate(key).value().orElseThrow();
  }

  @Test
  void npsByTouchpointStageAndWithoutTouchpoint() {
    JourneyCxResult result = shop();
    GroupedSummary byTouchpoint = result.byTouchpoint("post-purchase");

    // order-confirmation: 10, 9, 9, 8, 3, 10 → 4 promoters, 1 detractor of 6: (4 − 1)/6 = 50.
    // checkout: 2, 6, 9, 7 → 1 promoter, 2 detractors of 4: (1 − 2)/4 = −25.
    assertThat(byTouchpoint.keyName()).isEqualTo("touchpoint");
    assertThat(byTouchpoint.groups().keySet()).containsExactly("checkout", "order-confirmation");
    assertThat(value(byTouchpoint, "order-confirmation", NPS)).isCloseTo(50.0, within(1e-9));
    assertThat(value(byTouchpoint, "checkout", NPS)).isCloseTo(-25.0, within(1e-9));
    // c11 named no touchpoint: in the total and among those without a group, nowhere else.
    assertThat(byTouchpoint.withoutKey().responses()).isEqualTo(1);

    // Stage purchase = both touchpoints: 5 promoters, 3 detractors of 10 = 20.
    GroupedSummary byStage = result.byStage("post-purchase");
    assertThat(byStage.keyName()).isEqualTo("stage");
    assertThat(byStage.groups().keySet()).containsExactly("purchase");
    assertThat(value(byStage, "purchase", NPS)).isCloseTo(20.0, within(1e-9));

    // Total: 11 responses, 6 promoters, 3 detractors: 300/11 = 27.27.
    Nps total = (Nps) result.total("post-purchase").estimate(NPS);
    assertThat(total.n()).isEqualTo(11);
    assertThat(total.value().orElseThrow()).isCloseTo(300.0 / 11, within(1e-9));
    assertThat(result.responses()).isEqualTo(11 + 30 + 5 + 6);
  }

  @Test
  void channelIsTheContextsElseTheTouchpoints() {
    GroupedSummary byChannel = shop().byChannel("post-purchase");

    // c6 answered by e-mail (context); the other 9 with a touchpoint at web (the touchpoints'):
    // 10, 9, 9, 8, 3, 2, 6, 9, 7 → 4 promoters, 3 detractors: (4 − 3)/9 = 11.11; c11 has neither.
    assertThat(byChannel.groups().keySet()).containsExactly("email", "web");
    assertThat(value(byChannel, "web", NPS)).isCloseTo(100.0 / 9, within(1e-9));
    assertThat(value(byChannel, "email", NPS)).isCloseTo(100.0, within(1e-9));
    assertThat(byChannel.withoutKey().responses()).isEqualTo(1);
  }

  @Test
  void npsByPersonaAndSegment() {
    JourneyCxResult result = shop();

    // loyal c1, c2, c3, c7: 10, 9, 9, 2 → (3 − 1)/4 = 50; newcomer c4, c5, c6, c8, c9, c10:
    // 8, 3, 10, 6, 9, 7 → (2 − 2)/6 = 0; c11 has no profile, so no persona.
    GroupedSummary personas = result.byGroup("post-purchase", "persona");
    assertThat(personas.groups().keySet()).containsExactly("loyal", "newcomer");
    assertThat(value(personas, "loyal", NPS)).isCloseTo(50.0, within(1e-9));
    assertThat(value(personas, "newcomer", NPS)).isCloseTo(0.0, within(1e-9));
    assertThat(personas.withoutKey().responses()).isEqualTo(1);

    // eu c1..c5: 10, 9, 9, 8, 3 → (3 − 1)/5 = 40; us c6..c10: 10, 2, 6, 9, 7 → (2 − 2)/5 = 0.
    GroupedSummary segments = result.view("post-purchase", "segment");
    assertThat(value(segments, "eu", NPS)).isCloseTo(40.0, within(1e-9));
    assertThat(value(segments, "us", NPS)).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void cesAtSupportAndCsatAfterDelivery() {
    JourneyCxResult result = shop();

    // CES 2.0 means: support-chat (7 + 6 + 5 + 2)/4 = 5, support-call (3 + 1)/2 = 2, stage
    // support (7 + 6 + 5 + 2 + 3 + 1)/6 = 4.
    assertThat(value(result.byTouchpoint("after-support"), "support-chat", CES))
        .isCloseTo(5.0, within(1e-9));
    assertThat(value(result.byTouchpoint("after-support"), "support-call", CES))
        .isCloseTo(2.0, within(1e-9));
    assertThat(value(result.byStage("after-support"), "support", CES)).isCloseTo(4.0, within(1e-9));

    // CSAT top-2-box at delivery: 5, 4, 4, 2, 3 → 3 of 5 satisfied = 60 %.
    assertThat(value(result.byTouchpoint("after-delivery"), "delivery", CSAT))
        .isCloseTo(60.0, within(1e-9));
    assertThat(value(result.byChannel("after-delivery"), "store", CSAT))
        .isCloseTo(60.0, within(1e-9));
  }

  @Test
  void goalCompletionWithReasonsAndEachTouchpointAgainstTheRestHolmAdjusted() {
    JourneyCxResult result = shop();
    GroupedSummary byTouchpoint = result.byTouchpoint("visit");

    // Fully achieved: checkout 2/10, order-confirmation 8/10, support-chat 5/10.
    assertThat(value(byTouchpoint, "checkout", GOAL)).isCloseTo(20.0, within(1e-9));
    assertThat(value(byTouchpoint, "order-confirmation", GOAL)).isCloseTo(80.0, within(1e-9));
    assertThat(value(byTouchpoint, "support-chat", GOAL)).isCloseTo(50.0, within(1e-9));
    // Reasons at checkout: 5 "price" and 3 "technical-problem" of the 8 not fully: 62.5 %.
    assertThat(value(byTouchpoint, "checkout", EstimateKey.question("reasons", "share:price")))
        .isCloseTo(62.5, within(1e-9));
    GoalCompletion checkout = (GoalCompletion) byTouchpoint.group("checkout").estimate(GOAL);
    assertThat(checkout.answered()).isEqualTo(10);

    // Each against the rest pooled, the pooled two-proportion z-test:
    // checkout 2/10 vs 13/20: p̂ = 15/30 = .5, SE = √(.25 · (1/10 + 1/20)) = .193649,
    // z = (.20 − .65)/.193649 = −2.32379, p = erfc(2.32379/√2) = .0201368;
    // order-confirmation 8/10 vs 7/20: z = +2.32379, the same p; support-chat 5/10 vs 10/20: z = 0,
    // p = 1. Holm over 3: .0201368 · 3 = .0604103 for both small ones (the second is
    // max(.0604103, 2 · .0201368)), and max(.0604103, 1) = 1: significant raw, not after Holm.
    List<GroupResult> against = result.compare("visit", "touchpoint", GOAL);
    assertThat(against).extracting(GroupResult::group)
        .containsExactly("checkout", "order-confirmation", "support-chat");
    Comparison first = against.get(0).comparison().orElseThrow();
    assertThat(first.difference()).isCloseTo(-45.0, within(1e-9));
    assertThat(first.pValue()).isCloseTo(0.0201368, within(1e-6));
    assertThat(against.get(0).adjustedPValue().getAsDouble()).isCloseTo(0.0604103, within(1e-6));
    assertThat(against.get(1).adjustedPValue().getAsDouble()).isCloseTo(0.0604103, within(1e-6));
    assertThat(against.get(2).adjustedPValue().getAsDouble()).isCloseTo(1.0, within(1e-9));
    assertThat(against).noneMatch(r -> r.isSignificant(0.05));
    assertThat(against).noneMatch(GroupResult::belowMinimum);
  }

  @Test
  void smallGroupsAreFlagged() {
    // minimumN 5: checkout has 4 NPS answers, order-confirmation 6.
    List<GroupResult> against = shop().compare("post-purchase", "touchpoint", NPS);
    assertThat(against).extracting(GroupResult::group, GroupResult::belowMinimum)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("checkout", true),
            org.assertj.core.groups.Tuple.tuple("order-confirmation", false));
  }

  @Test
  void variantsComparedByHand() {
    // A: 3 of 10 fully, B: 7 of 10. Pooled p̂ = .5, SE = √(.25 · (1/10 + 1/10)) = .223607,
    // z = (.7 − .3)/.223607 = 1.78885, p = erfc(1.78885/√2) = .0736383; one key: Holm = raw.
    // The standard error reported is the unpooled one of the difference, for its interval:
    // 100 · √(.3 · .7/10 + .7 · .3/10) = 100 · √.042 = 20.4939 percentage points.
    List<VariantComparison> ab = shop().compareVariants("visit", "A", "B");
    assertThat(ab).hasSize(1);
    VariantComparison goal = ab.get(0);
    assertThat(goal.key()).isEqualTo(GOAL);
    Comparison c = goal.comparison().orElseThrow();
    assertThat(c.difference()).isCloseTo(40.0, within(1e-9));
    assertThat(c.standardError()).isCloseTo(20.4939, within(1e-4));
    assertThat(c.pValue()).isCloseTo(0.0736383, within(1e-6));
    assertThat(goal.adjustedPValue().getAsDouble()).isCloseTo(c.pValue(), within(1e-12));
  }

  @Test
  void trendByIsoWeek() {
    // c1..c5 answered in the week of Monday 2026-03-02, c6..c11 in the next.
    Trend trend = shop().trend("post-purchase").orElseThrow();
    assertThat(trend.period(LocalDate.of(2026, 3, 2)).responses()).isEqualTo(5);
    assertThat(trend.period(LocalDate.of(2026, 3, 9)).responses()).isEqualTo(6);
    assertThat(trend.total()).isEqualTo(shop().total("post-purchase"));
  }

  @Test
  void trendPerTouchpointAndStage() {
    // Post-purchase NPS by ISO week. Week of 2026-03-02: c1..c5 at order-confirmation (10, 9, 9,
    // 8, 3: 3 promoters, 1 detractor of 5, NPS 40). Week of 2026-03-09: c6 at order-confirmation
    // (10: NPS 100), c7..c10 at checkout (2, 6, 9, 7: NPS −25), c11 without a touchpoint.
    JourneyCxResult result = shop();
    Trend confirmation = result.trend("post-purchase", "touchpoint", "order-confirmation")
        .orElseThrow();
    LocalDate first = LocalDate.of(2026, 3, 2);
    LocalDate second = LocalDate.of(2026, 3, 9);
    assertThat(confirmation.period(first).estimate(NPS).value().orElseThrow())
        .isCloseTo(40.0, within(1e-9));
    assertThat(confirmation.period(second).estimate(NPS).value().orElseThrow())
        .isCloseTo(100.0, within(1e-9));
    Trend checkout = result.trend("post-purchase", "touchpoint", "checkout").orElseThrow();
    assertThat(checkout.period(first).responses()).isZero();
    assertThat(checkout.period(second).estimate(NPS).value().orElseThrow())
        .isCloseTo(-25.0, within(1e-9));
    // Stage purchase, the second week: 10, 2, 6, 9, 7 → 2 promoters, 2 detractors of 5: 0.
    Trend purchase = result.trend("post-purchase", "stage", "purchase").orElseThrow();
    assertThat(purchase.period(second).responses()).isEqualTo(5);
    assertThat(purchase.period(second).estimate(NPS).value().orElseThrow())
        .isCloseTo(0.0, within(1e-9));
    assertThat(purchase.total()).isEqualTo(result.byStage("post-purchase").group("purchase"));
    // Delivery had no post-purchase response: an empty trend, not a missing one.
    assertThat(result.trend("post-purchase", "touchpoint", "delivery").orElseThrow().isEmpty())
        .isTrue();
    // Kept by touchpoint and stage only; without a period, no trend at all.
    assertThatThrownBy(() -> result.trend("post-purchase", "persona", "loyal"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("view = \"persona\": trends are kept by touchpoint and by stage only, besides"
            + " trend(surveyId)");
    assertThatThrownBy(() -> result.trend("post-purchase", "touchpoint", "basket"))
        .isInstanceOf(UnknownTouchpointException.class);
    assertThatThrownBy(() -> result.trend("post-purchase", "stage", "loyalty"))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("loyalty");
    JourneyCxResult noTrend = JourneyCxAnalyzer.of(CxShop.definition().build())
        .acceptAll(CxShop.npsResponses().iterator()).result();
    assertThat(noTrend.trend("post-purchase", "touchpoint", "checkout")).isEmpty();
  }

  @Test
  void rowsPerTouchpointAndStageInMapOrder() {
    // The rows of a join are the scorecard's CX part, flagged with the join's minimum n (5).
    JourneyCxResult result = shop();
    JourneyScorecard card = JourneyScorecard.builder(CxShop.map()).cx(result)
        .minimumN(result.definition().minimumN()).build();
    List<ScorecardTouchpoint> rows = card.touchpoints();

    assertThat(rows).extracting(r -> r.touchpoint().id()).containsExactly("checkout",
        "order-confirmation", "delivery", "support-chat", "support-call");
    ScorecardTouchpoint checkout = rows.get(0);
    assertThat(checkout.touchpoint().stageId()).isEqualTo("purchase");
    assertThat(checkout.traffic()).isEmpty();
    // 4 NPS + 10 visit responses at checkout, none of the delivery and support surveys.
    assertThat(checkout.cx()).extracting(ScorecardCx::surveyId, ScorecardCx::responses)
        .containsExactly(tuple("post-purchase", 4L), tuple("visit", 10L),
            tuple("after-delivery", 0L), tuple("after-support", 0L));
    // One figure per headline question of each survey, in the definition's order.
    List<ScorecardEstimate> figures = estimates(checkout.cx());
    assertThat(figures).extracting(ScorecardEstimate::metric).containsExactly(CxMetric.NPS,
        CxMetric.GOAL_COMPLETION, CxMetric.CSAT, CxMetric.CES);
    ScorecardEstimate nps = figures.get(0);
    assertThat(nps.value().orElseThrow()).isCloseTo(-25.0, within(1e-9));
    assertThat(nps.n()).isEqualTo(4);
    assertThat(nps.belowMinimum()).isTrue();
    assertThat(nps.interval()).isPresent();
    assertThat(nps.againstRest()).isPresent();
    // Nothing of the delivery CSAT at checkout: an empty estimate, no value, no comparison.
    ScorecardEstimate csat = figures.get(2);
    assertThat(csat.n()).isZero();
    assertThat(csat.value()).isEmpty();
    assertThat(csat.againstRest()).isEmpty();

    List<ScorecardStage> stages = card.stages();
    assertThat(stages).extracting(s -> s.stage().id())
        .containsExactly("purchase", "delivery", "support");
    // Stage support: CES mean 4 of 6 answers, plus the 10 visit responses at support-chat.
    ScorecardStage support = stages.get(2);
    assertThat(support.cx().stream().mapToLong(ScorecardCx::responses).sum()).isEqualTo(16);
    assertThat(estimates(support.cx()).get(3).value().orElseThrow()).isCloseTo(4.0, within(1e-9));
  }

  @Test
  void headlineKeysAreTheMetricsOfEachSurveyInQuestionOrder() {
    // visit: goal_completion "goal" is a headline, single_choice "reasons" (shares) is not.
    JourneyCxResult result = shop();
    assertThat(result.headlineKeys("visit")).containsExactly(GOAL);
    assertThat(result.headlineKeys("post-purchase")).containsExactly(NPS);
    assertThat(CxMetric.headlineKeys(result.total("after-support"))).containsExactly(CES);
  }

  /** Every survey's headline estimates of a row, flattened in the definition's order. */
  static List<ScorecardEstimate> estimates(List<ScorecardCx> cx) {
    return cx.stream().flatMap(survey -> survey.estimates().stream()).toList();
  }
}
