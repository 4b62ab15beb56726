package io.cxkit.survey.summary;

import static io.cxkit.survey.summary.GroupFixtures.NPS;
import static io.cxkit.survey.summary.GroupFixtures.NPS_KEY;
import static io.cxkit.survey.summary.GroupFixtures.attributes;
import static io.cxkit.survey.summary.GroupFixtures.completed;
import static io.cxkit.survey.summary.GroupFixtures.dismissed;
import static io.cxkit.survey.summary.GroupFixtures.locale;
import static io.cxkit.survey.summary.GroupFixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.Nps;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.survey.Channel;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Grouped summaries of {@link RoutingExamples#npsFollowUps()}, with hand-computed expectations. */
class GroupedSummaryTest {

  /**
   * Variant A: 10, 10, 9, 9, 9 | 8, 7 | 6, 3, 0 → 5 promoters, 2 passives, 3 detractors, NPS 20.
   * Variant B: 10, 10, 10, 9, 9, 9, 9 | 8, 8, 7 | 5, 2 → 7/3/2, NPS 100 · 5/12 = 41.67.
   * Variant C: 9 | 7 | 4, 1 → 1/1/2, NPS −25. Without a variant: a 10 and a dismissal.
   */
  private static GroupedSummary byVariant() {
    GroupedSummarizer summarizer = GroupedSummarizer.of(NPS, GroupKey.variant());
    List<Response> responses = new ArrayList<>();
    responses.addAll(completed(variant("A"), 10, 10, 9, 9, 9, 8, 7, 6, 3, 0));
    responses.addAll(completed(variant("B"), 10, 10, 10, 9, 9, 9, 9, 8, 8, 7, 5, 2));
    responses.addAll(completed(variant("C"), 9, 7, 4, 1));
    responses.add(completed(10, ResponseContext.EMPTY));
    responses.add(dismissed(ResponseContext.EMPTY));
    return summarizer.addAll(responses.iterator()).snapshot();
  }

  private static Nps npsOf(SurveySummary summary) {
    return summary.question("nps").summary(NpsSummary.class).nps();
  }

  @Test
  void groupsByVariantWithTheirOwnNpsAndTheResponsesWithoutAVariantApart() {
    GroupedSummary grouped = byVariant();

    assertThat(grouped.keyName()).isEqualTo("variant");
    assertThat(grouped.groups()).containsOnlyKeys("A", "B", "C");
    assertThat(List.copyOf(grouped.groups().keySet())).containsExactly("A", "B", "C");
    // 100 · (5 − 3) / 10 = 20; 100 · (7 − 2) / 12 = 41.67; 100 · (1 − 2) / 4 = −25.
    assertThat(npsOf(grouped.group("A")).value().getAsDouble()).isEqualTo(20.0);
    assertThat(npsOf(grouped.group("B")).value().getAsDouble()).isCloseTo(500.0 / 12, within(1e-12));
    assertThat(npsOf(grouped.group("C")).value().getAsDouble()).isEqualTo(-25.0);
    assertThat(grouped.group("B").responses()).isEqualTo(12);
    // The 10 without a variant and the dismissal: counted, in no group.
    assertThat(grouped.withoutKey().responses()).isEqualTo(2);
    assertThat(grouped.withoutKey().completions()).isEqualTo(1);
    assertThat(grouped.withoutKey().dismissals()).isEqualTo(1);
    // 10 + 12 + 4 + 2 = 28 responses in all; 27 NPS answers: 5+7+1+1 = 14 promoters, 6 passives,
    // 7 detractors.
    assertThat(grouped.total().responses()).isEqualTo(28);
    assertThat(npsOf(grouped.total())).isEqualTo(Nps.of(14, 6, 7));
  }

  @Test
  void eachVariantAgainstTheRestPooledWithHolmAcrossTheThreeGroups() {
    List<GroupResult> results = byVariant().compare(NPS_KEY, 5);

    assertThat(results).extracting(GroupResult::group).containsExactly("A", "B", "C");
    assertThat(results).extracting(GroupResult::n).containsExactly(10L, 12L, 4L);
    // The rest of A is B and C pooled: 8 promoters, 4 passives, 4 detractors, NPS 25; the plain
    // difference is 20 − 25 = −5 points.
    GroupResult a = results.get(0);
    assertThat(a.rest()).isEqualTo(Nps.of(8, 4, 4));
    assertThat(a.rest().value().getAsDouble()).isEqualTo(25.0);
    // cx-core compares by Rocks' adjusted-Wald test: A' = (5.75, 3.5, 3.75)/13, rest' = (8.75,
    // 5.5, 4.75)/19, d' = 100 · (2/13 − 4/19) = −5.668 points, SE 29.909, z −0.1895, p 0.8497.
    double[][] hand = {
        GroupFixtures.adjustedWald(5, 2, 3, 8, 4, 4),
        // B (7, 3, 2) against A + C (6, 3, 5): d' 27.451, SE 28.689, p 0.3387.
        GroupFixtures.adjustedWald(7, 3, 2, 6, 3, 5),
        // C (1, 1, 2) against A + B (12, 5, 5): d' −42.286, SE 33.968, p 0.2132.
        GroupFixtures.adjustedWald(1, 1, 2, 12, 5, 5)};
    assertThat(hand[0][0]).isCloseTo(-5.668016, within(1e-6));
    assertThat(hand[0][1]).isCloseTo(29.909158, within(1e-6));
    assertThat(hand[0][2]).isCloseTo(0.849695, within(1e-6));
    assertThat(hand[1][2]).isCloseTo(0.338652, within(1e-6));
    assertThat(hand[2][2]).isCloseTo(0.213185, within(1e-6));
    Nps[][] sides = {
        {Nps.of(5, 2, 3), Nps.of(8, 4, 4)},
        {Nps.of(7, 3, 2), Nps.of(6, 3, 5)},
        {Nps.of(1, 1, 2), Nps.of(12, 5, 5)}};
    for (int i = 0; i < 3; i++) {
      GroupResult result = results.get(i);
      assertThat(result.estimate()).isEqualTo(sides[i][0]);
      assertThat(result.rest()).isEqualTo(sides[i][1]);
      Comparison comparison = result.comparison().orElseThrow();
      assertThat(comparison.difference()).isCloseTo(hand[i][0], within(1e-9));
      assertThat(comparison.standardError()).isCloseTo(hand[i][1], within(1e-9));
      assertThat(comparison.pValue()).isCloseTo(hand[i][2], within(1e-6));
      // The same as cx-core's own comparison of the group with its pooled rest.
      Comparison direct = sides[i][0].comparedWith(sides[i][1]).orElseThrow();
      assertThat(comparison.pValue()).isEqualTo(direct.pValue());
      Interval interval = comparison.confidenceInterval(0.95);
      assertThat(interval).isEqualTo(direct.confidenceInterval(0.95));
      // d' ± 1.959964 · SE (not clipped: well inside ±200).
      assertThat(interval.lower()).isCloseTo(hand[i][0] - 1.959964 * hand[i][1], within(1e-4));
      assertThat(interval.upper()).isCloseTo(hand[i][0] + 1.959964 * hand[i][1], within(1e-4));
    }
    // Holm over 3: sorted p = C 0.2132, B 0.3387, A 0.8497; adjusted C 3 · 0.2132 = 0.6396,
    // B max(0.6396, 2 · 0.3387) = 0.6773, A max(0.6773, 0.8497) = 0.8497.
    double holmC = 3 * hand[2][2];
    double holmB = Math.max(holmC, 2 * hand[1][2]);
    double holmA = Math.max(holmB, hand[0][2]);
    assertThat(holmC).isCloseTo(0.639556, within(1e-5));
    assertThat(results.get(2).adjustedPValue().getAsDouble()).isCloseTo(holmC, within(1e-5));
    assertThat(results.get(1).adjustedPValue().getAsDouble()).isCloseTo(holmB, within(1e-5));
    assertThat(results.get(0).adjustedPValue().getAsDouble()).isCloseTo(holmA, within(1e-5));
    assertThat(results).noneMatch(r -> r.isSignificant(0.05));
    // Minimum n 5: C has 4 answers and is flagged, but still compared.
    assertThat(results).extracting(GroupResult::belowMinimum).containsExactly(false, false, true);
    assertThat(results.get(2).comparison()).isPresent();
    // Minimum 0 flags nothing, minimum 11 flags A (10) and C (4).
    assertThat(byVariant().compare(NPS_KEY, 0)).noneMatch(GroupResult::belowMinimum);
    assertThat(byVariant().compare(NPS_KEY, 11)).extracting(GroupResult::belowMinimum)
        .containsExactly(true, false, true);
  }

  @Test
  void compareAllGivesEveryEstimateOfTheSurveyEachWithItsOwnHolmFamily() {
    GroupedSummary grouped = byVariant();
    Map<EstimateKey, List<GroupResult>> all = grouped.compareAll(5);

    assertThat(all.keySet()).containsExactlyElementsOf(grouped.total().estimates().keySet());
    List<GroupResult> nps = all.get(NPS_KEY);
    List<GroupResult> alone = grouped.compare(NPS_KEY, 5);
    for (int i = 0; i < 3; i++) {
      assertThat(nps.get(i).adjustedPValue()).isEqualTo(alone.get(i).adjustedPValue());
      assertThat(nps.get(i).estimate()).isEqualTo(alone.get(i).estimate());
    }
    // The survey completion rate is over starts: every response of A, B and C is completed, so
    // each group's rate is 100 % with its rest at 100 % too; pooled z has SE 0, p = 1.
    List<GroupResult> completion = all.get(EstimateKey.SURVEY_COMPLETION);
    assertThat(completion).allSatisfy(r -> {
      assertThat(r.estimate().value().getAsDouble()).isEqualTo(100.0);
      assertThat(r.comparison().orElseThrow().pValue()).isEqualTo(1.0);
      assertThat(r.adjustedPValue().getAsDouble()).isEqualTo(1.0);
    });
    // went-wrong is reached by detractors only: A 3, B 2, C 2; nobody answered it, answer rate 0 %.
    List<GroupResult> wentWrong = all.get(EstimateKey.question("went-wrong", EstimateKey.ANSWER_RATE));
    assertThat(wentWrong).extracting(GroupResult::n).containsExactly(3L, 2L, 2L);
  }

  @Test
  void fewerThanTwoGroupsGiveNoComparisonButAnUnknownKeyIsStillRefused() {
    GroupedSummary one = GroupedSummarizer.of(NPS, GroupKey.variant())
        .add(completed(9, variant("A"))).add(completed(3, ResponseContext.EMPTY)).snapshot();
    GroupedSummary none = GroupedSummarizer.of(NPS, GroupKey.variant()).snapshot();

    // With one group there is no rest to compare with: empty, never cx-core's "at least 2 groups".
    assertThat(one.compare(NPS_KEY, 5)).isEmpty();
    assertThat(one.compareAll(5)).isNotEmpty().allSatisfy((key, list) -> assertThat(list).isEmpty());
    assertThat(none.compare(NPS_KEY, 5)).isEmpty();
    assertThat(none.groups()).isEmpty();
    assertThat(none.total().isEmpty()).isTrue();
    assertThatThrownBy(() -> none.compare(EstimateKey.question("nps", "csat"), 5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("nps/csat");
    assertThatThrownBy(() -> one.compare(NPS_KEY, -1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("minimumN");
  }

  @Test
  void groupsByLocaleTagByAttributeAndByTheOtherContextKeys() {
    GroupedSummary byLocale = GroupedSummarizer.of(NPS, GroupKey.locale())
        .add(completed(9, locale("de-DE"))).add(completed(10, locale("de-DE")))
        .add(completed(3, locale("zh-Hans-CN"))).add(completed(7, locale("en-GB")))
        .add(completed(5, locale(null))).snapshot();
    // BCP 47 tags, sorted: de-DE < en-GB < zh-Hans-CN; the one without a locale apart.
    assertThat(List.copyOf(byLocale.groups().keySet())).containsExactly("de-DE", "en-GB", "zh-Hans-CN");
    assertThat(byLocale.group("de-DE").responses()).isEqualTo(2);
    assertThat(npsOf(byLocale.group("de-DE")).value().getAsDouble()).isEqualTo(100.0);
    assertThat(byLocale.withoutKey().responses()).isEqualTo(1);

    GroupedSummary byPlan = GroupedSummarizer.of(NPS, GroupKey.attribute("plan"))
        .add(completed(9, attributes(Map.of("plan", "pro"))))
        .add(completed(2, attributes(Map.of("plan", "free", "campaign", "spring"))))
        .add(completed(10, attributes(Map.of("plan", "free"))))
        .add(completed(8, attributes(Map.of("campaign", "spring"))))
        // A blank value names no group.
        .add(completed(6, attributes(Map.of("plan", " "))))
        .snapshot();
    assertThat(byPlan.keyName()).isEqualTo("attr:plan");
    assertThat(List.copyOf(byPlan.groups().keySet())).containsExactly("free", "pro");
    // free: a 2 and a 10, one detractor and one promoter: NPS 0.
    assertThat(npsOf(byPlan.group("free")).value().getAsDouble()).isEqualTo(0.0);
    assertThat(byPlan.withoutKey().responses()).isEqualTo(2);

    Response full = Response.builder("full", NPS.id(), NPS.version())
        .context(new ResponseContext("checkout", Channel.MOBILE_WEB, "https://shop.example/pay",
            "mobile", null, null, Map.of()))
        .answer("nps", new NpsAnswer(9)).build();
    assertThat(GroupKey.channel().groupOf(full)).isEqualTo("mobile-web");
    assertThat(GroupKey.touchpoint().groupOf(full)).isEqualTo("checkout");
    assertThat(GroupKey.device().groupOf(full)).isEqualTo("mobile");
    assertThat(GroupKey.variant().groupOf(full)).isNull();
    assertThat(GroupKey.locale().groupOf(full)).isNull();
    assertThat(GroupKey.channel().name()).isEqualTo("channel");

    GroupKey status = GroupKey.of("status", r -> r.status().id());
    GroupedSummary byStatus = GroupedSummarizer.of(NPS, status)
        .add(completed(9, ResponseContext.EMPTY)).add(dismissed(ResponseContext.EMPTY)).snapshot();
    assertThat(byStatus.groups().keySet()).containsExactly(ResponseStatus.COMPLETED.id(),
        ResponseStatus.DISMISSED.id());
  }

  @Test
  void anInvalidResponseIsRefusedWholeAndOpensNoGroup() {
    GroupedSummarizer summarizer = GroupedSummarizer.of(NPS, GroupKey.variant());
    summarizer.add(completed(9, variant("A")));
    Response otherSurvey = Response.builder("x", "exit-feedback", 1).context(variant("Z")).build();
    Response offScale = Response.builder("y", NPS.id(), NPS.version()).context(variant("A"))
        .answer("nps", new NpsAnswer(11)).build();

    assertThatThrownBy(() -> summarizer.add(otherSurvey)).isInstanceOf(InvalidResponseException.class);
    assertThatThrownBy(() -> summarizer.add(offScale)).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("answers.nps");
    GroupedSummary grouped = summarizer.snapshot();
    assertThat(grouped.groups()).containsOnlyKeys("A");
    assertThat(grouped.total().responses()).isEqualTo(1);
  }

  @Test
  void theNumberOfGroupsIsCappedAndTheResponseOverTheCapIsNotCounted() {
    GroupedSummarizer summarizer = GroupedSummarizer.builder(NPS, GroupKey.variant()).maxGroups(2)
        .build();
    summarizer.add(completed(9, variant("A"))).add(completed(9, variant("B")))
        .add(completed(3, variant("A")));

    assertThatThrownBy(() -> summarizer.add(completed(9, variant("C"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("variant = \"C\"").hasMessageContaining("at most 2 (maxGroups)");
    assertThatThrownBy(() -> summarizer.addDisplays("D", 10)).isInstanceOf(InvalidValueException.class);
    GroupedSummary grouped = summarizer.snapshot();
    assertThat(grouped.groups()).containsOnlyKeys("A", "B");
    assertThat(grouped.total().responses()).isEqualTo(3);

    // A merge that would open a third group is refused before anything changes.
    GroupedSummary other = GroupedSummarizer.of(NPS, GroupKey.variant())
        .add(completed(10, variant("A"))).add(completed(10, variant("E"))).snapshot();
    assertThatThrownBy(() -> summarizer.merge(other)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"E\"");
    assertThat(summarizer.snapshot()).isEqualTo(grouped);

    assertThatThrownBy(() -> GroupedSummarizer.builder(NPS, GroupKey.variant()).maxGroups(0).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxGroups");
    assertThatThrownBy(() -> GroupedSummarizer.builder(NPS, GroupKey.variant()).maxGroups(3)
        .maxGroups(4)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void mergingAddsGroupsOfTheSameLabelAndKeepsTheOthers() {
    GroupedSummary first = GroupedSummarizer.of(NPS, GroupKey.variant())
        .add(completed(9, variant("A"))).add(completed(2, variant("B"))).snapshot();
    GroupedSummary second = GroupedSummarizer.of(NPS, GroupKey.variant())
        .add(completed(10, variant("A"))).add(completed(7, variant("C")))
        .add(dismissed(ResponseContext.EMPTY)).snapshot();

    GroupedSummary sum = first.plus(second);
    assertThat(sum.groups()).containsOnlyKeys("A", "B", "C");
    // A: a 9 and a 10, two promoters.
    assertThat(npsOf(sum.group("A"))).isEqualTo(Nps.of(2, 0, 0));
    assertThat(sum.withoutKey().dismissals()).isEqualTo(1);
    assertThat(sum.total().responses()).isEqualTo(5);
    // The summarizer's merge gives the same, and so does the other order.
    GroupedSummarizer summarizer = GroupedSummarizer.of(NPS, GroupKey.variant());
    summarizer.merge(first).merge(second);
    assertThat(summarizer.snapshot()).isEqualTo(sum).isEqualTo(second.plus(first));
    assertThat(sum.hashCode()).isEqualTo(second.plus(first).hashCode());

    GroupedSummary byLocale = GroupedSummarizer.of(NPS, GroupKey.locale()).snapshot();
    assertThatThrownBy(() -> first.plus(byLocale)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("variant").hasMessageContaining("locale");
    assertThatThrownBy(() -> summarizer.merge(byLocale)).isInstanceOf(IncompatibleMergeException.class);
    GroupedSummary otherOptions = GroupedSummarizer.builder(NPS, GroupKey.variant())
        .options(SummaryOptions.DEFAULT.withDismissedInDenominators(true)).build().snapshot();
    assertThatThrownBy(() -> first.plus(otherOptions)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("options");
    GroupedSummary otherSurvey = GroupedSummarizer.of(RoutingExamples.exitFeedback(),
        GroupKey.variant()).snapshot();
    assertThatThrownBy(() -> first.plus(otherSurvey)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("exit-feedback");
  }

  @Test
  void displaysPerGroupMakeTheCompletionRateOverDisplaysAndMustBeGivenToEveryGroup() {
    GroupedSummarizer summarizer = GroupedSummarizer.of(NPS, GroupKey.variant());
    summarizer.add(completed(9, variant("A"))).add(completed(9, variant("B")))
        .addDisplays("A", 20).addDisplays("B", 30).addDisplays("B", 10);
    GroupedSummary grouped = summarizer.snapshot();

    assertThat(grouped.group("A").surveyCompletionRate()).isEqualTo(
        Rate.of(io.cxkit.core.stats.Percentage.of(1, 20), "displays"));
    assertThat(grouped.group("B").displays()).isEqualTo(OptionalLong.of(40));
    // The empty "without key" part recorded nothing, so the total keeps the groups' 60 displays.
    assertThat(grouped.total().displays()).isEqualTo(OptionalLong.of(60));
    // 1/20 against 1/40: 5 % against 2.5 %.
    GroupResult a = grouped.compare(EstimateKey.SURVEY_COMPLETION, 0).get(0);
    assertThat(a.estimate().value().getAsDouble()).isEqualTo(5.0);
    assertThat(a.rest().value().getAsDouble()).isEqualTo(2.5);

    // Displays for B only: A's rate is over starts, B's over displays; they cannot be pooled.
    GroupedSummary mixed = GroupedSummarizer.of(NPS, GroupKey.variant())
        .add(completed(9, variant("A"))).add(completed(9, variant("B"))).addDisplays("B", 5)
        .snapshot();
    assertThatThrownBy(() -> mixed.compare(EstimateKey.SURVEY_COMPLETION, 0))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("denominator").hasMessageContaining("starts (A)")
        .hasMessageContaining("displays (B)");
    assertThatThrownBy(() -> summarizer.addDisplays("A", -1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void mergingIntoANewSummarizerKeepsEachGroupsDisplaysOnce() {
    // A: a 9 shown 10 times; B: shown 7 times, no response yet. The snapshot of one summarizer
    // merged into an empty one is the same grouped summary: displays 10 and 7, not 20 and 14.
    GroupedSummary one = GroupedSummarizer.of(NPS, GroupKey.variant())
        .add(completed(9, variant("A"))).addDisplays("A", 10).addDisplays("B", 7).snapshot();
    GroupedSummarizer merged = GroupedSummarizer.of(NPS, GroupKey.variant()).merge(one);

    assertThat(merged.snapshot().group("A").displays()).isEqualTo(OptionalLong.of(10));
    assertThat(merged.snapshot().group("B").displays()).isEqualTo(OptionalLong.of(7));
    assertThat(merged.snapshot()).isEqualTo(one);
    // Merged a second time, the displays add up: 10 + 10 and 7 + 7, as plus gives them.
    assertThat(merged.merge(one).snapshot()).isEqualTo(one.plus(one));
    assertThat(one.plus(one).group("A").displays()).isEqualTo(OptionalLong.of(20));
  }

  @Test
  void aMissingGroupIsNamedWithTheGroupsPresent() {
    assertThatThrownBy(() -> byVariant().group("D")).isInstanceOf(InvalidValueException.class)
        .hasMessage("variant = \"D\": must be one of the groups present: [A, B, C]");
  }

  @Test
  void partsAreChecked() {
    SurveySummary empty = SurveySummarizer.of(NPS).snapshot();
    SurveySummary exit = SurveySummarizer.of(RoutingExamples.exitFeedback()).snapshot();

    assertThat(GroupedSummary.of("variant", empty, Map.of("A", empty)).groups()).containsOnlyKeys("A");
    assertThatThrownBy(() -> GroupedSummary.of("variant", empty, Map.of(" ", empty)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> GroupedSummary.of(" variant", empty, Map.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("keyName");
    assertThatThrownBy(() -> GroupedSummary.of("variant", empty, Map.of("A", exit)))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("group \"A\"");
    assertThatThrownBy(() -> GroupKey.of("", r -> null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> GroupKey.attribute(" plan")).isInstanceOf(InvalidValueException.class);
    assertThat(GroupKey.of("variant", r -> "x")).isEqualTo(GroupKey.variant());
  }
}
