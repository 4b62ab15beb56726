package io.cxkit.survey.summary;

import static io.cxkit.survey.summary.GroupFixtures.NPS;
import static io.cxkit.survey.summary.GroupFixtures.NPS_KEY;
import static io.cxkit.survey.summary.GroupFixtures.completed;
import static io.cxkit.survey.summary.GroupFixtures.partial;
import static io.cxkit.survey.summary.GroupFixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.Nps;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.ResponseContext;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A/B comparisons of two variants of {@link io.cxkit.survey.RoutingExamples#npsFollowUps()}. */
class VariantComparisonTest {

  /**
   * Variant A: 40 starts, 16 promoters (5 of them left at "liked"), 12 passives, 12 detractors (5
   * left at "went-wrong"): 30 completed, NPS 100 · (16 − 12) / 40 = 10. Variant B: 40 starts, 22
   * promoters (2 left), 10 passives, 8 detractors (2 left): 36 completed, NPS 35.
   */
  private static GroupedSummary experiment() {
    GroupedSummarizer summarizer = GroupedSummarizer.of(NPS, GroupKey.variant());
    add(summarizer, "A", 16, 5, 12, 12, 5);
    add(summarizer, "B", 22, 2, 10, 8, 2);
    return summarizer.snapshot();
  }

  private static void add(GroupedSummarizer summarizer, String name, int promoters,
      int promotersLeft, int passives, int detractors, int detractorsLeft) {
    ResponseContext context = variant(name);
    for (int i = 0; i < promoters; i++) {
      summarizer.add(i < promotersLeft ? partial(10, context) : completed(9, context));
    }
    for (int i = 0; i < passives; i++) {
      summarizer.add(completed(8, context));
    }
    for (int i = 0; i < detractors; i++) {
      summarizer.add(i < detractorsLeft ? partial(2, context) : completed(5, context));
    }
  }

  @Test
  void variantBAgainstBaselineAOnSurveyCompletionRateAndNpsWithHolmAcrossTheTwo() {
    GroupedSummary groups = experiment();
    assertThat(groups.group("A").completions()).isEqualTo(30);
    assertThat(groups.group("B").completions()).isEqualTo(36);

    List<VariantComparison> ab = groups.compareVariants("A", "B",
        List.of(EstimateKey.SURVEY_COMPLETION, NPS_KEY));
    assertThat(ab).extracting(VariantComparison::key)
        .containsExactly(EstimateKey.SURVEY_COMPLETION, NPS_KEY);

    // Survey completion rate over starts: A 30/40 = 75 %, B 36/40 = 90 %, +15 points. Pooled
    // p̄ = 66/80 = 0.825, SE₀ = sqrt(0.825 · 0.175 · (1/40 + 1/40)) = 0.08496, z = 0.15 / 0.08496
    // = 1.7655, two-sided p = 0.07748.
    VariantComparison completion = ab.get(0);
    assertThat(completion.baseline()).isEqualTo("A");
    assertThat(completion.variant()).isEqualTo("B");
    assertThat(completion.baselineEstimate()).isEqualTo(Rate.of(Percentage.of(30, 40), "starts"));
    assertThat(completion.variantEstimate()).isEqualTo(Rate.of(Percentage.of(36, 40), "starts"));
    double[] hand = GroupFixtures.twoProportion(36, 40, 30, 40);
    assertThat(hand[1]).isCloseTo(1.765470, within(1e-6));
    assertThat(hand[2]).isCloseTo(0.077485, within(1e-6));
    Comparison rate = completion.comparison().orElseThrow();
    assertThat(rate.difference()).isCloseTo(15.0, within(1e-9));
    assertThat(rate.pValue()).isCloseTo(hand[2], within(1e-6));
    // Newcombe's interval, as cx-core's Percentage.comparedWith gives it for the two counts.
    Comparison direct = Percentage.of(36, 40).comparedWith(Percentage.of(30, 40)).orElseThrow();
    assertThat(rate.confidenceInterval(0.95)).isEqualTo(direct.confidenceInterval(0.95));
    assertThat(rate.confidenceInterval(0.95).contains(0)).isTrue();

    // NPS, Rocks' adjusted-Wald test: B' = (22.75, 11.5, 8.75)/43, A' = (16.75, 13.5, 12.75)/43;
    // d' = 100 · (14 − 4) / 43 = 23.256 points (the plain difference is 35 − 10 = 25), SE 17.414,
    // z 1.3355, p 0.1817.
    VariantComparison nps = ab.get(1);
    assertThat(nps.baselineEstimate()).isEqualTo(Nps.of(16, 12, 12));
    assertThat(nps.variantEstimate()).isEqualTo(Nps.of(22, 10, 8));
    double[] wald = GroupFixtures.adjustedWald(22, 10, 8, 16, 12, 12);
    assertThat(wald[0]).isCloseTo(1000.0 / 43, within(1e-9));
    assertThat(wald[2]).isCloseTo(0.181721, within(1e-6));
    Comparison npsComparison = nps.comparison().orElseThrow();
    assertThat(npsComparison.difference()).isCloseTo(wald[0], within(1e-9));
    assertThat(npsComparison.standardError()).isCloseTo(wald[1], within(1e-9));
    assertThat(npsComparison.pValue()).isCloseTo(wald[2], within(1e-6));

    // Holm over the two figures: 0.07748 · 2 = 0.15497, then max(0.15497, 0.18172 · 1) = 0.18172.
    assertThat(completion.adjustedPValue().getAsDouble()).isCloseTo(2 * hand[2], within(1e-6));
    assertThat(nps.adjustedPValue().getAsDouble()).isCloseTo(wald[2], within(1e-6));
    assertThat(completion.isSignificant(0.05)).isFalse();
    assertThat(completion.isSignificant(0.2)).isTrue();

    // One figure alone is a family of one: the adjusted p-value is the raw one.
    VariantComparison alone = groups.compareVariants("A", "B", List.of(NPS_KEY)).get(0);
    assertThat(alone.adjustedPValue().getAsDouble()).isEqualTo(npsComparison.pValue());
  }

  @Test
  void anUndefinedComparisonIsEmptyAndLeftOutOfTheHolmFamily() {
    // Variant C: passives only, so nobody reaches went-wrong: its answer rate has n = 0.
    GroupedSummarizer summarizer = GroupedSummarizer.of(NPS, GroupKey.variant());
    add(summarizer, "A", 16, 5, 12, 12, 5);
    add(summarizer, "C", 0, 0, 3, 0, 0);
    EstimateKey wentWrong = EstimateKey.question("went-wrong", EstimateKey.ANSWER_RATE);

    List<VariantComparison> ac = summarizer.snapshot().compareVariants("A", "C",
        List.of(wentWrong, NPS_KEY));
    assertThat(ac.get(0).variantEstimate().n()).isZero();
    assertThat(ac.get(0).comparison()).isEmpty();
    assertThat(ac.get(0).adjustedPValue()).isEqualTo(OptionalDouble.empty());
    assertThat(ac.get(0).isSignificant(0.05)).isFalse();
    // The NPS comparison is the only defined one: a family of one, adjusted = raw.
    Comparison nps = ac.get(1).comparison().orElseThrow();
    assertThat(ac.get(1).adjustedPValue().getAsDouble()).isEqualTo(nps.pValue());
    assertThat(nps.pValue()).isCloseTo(GroupFixtures.adjustedWald(0, 3, 0, 16, 12, 12)[2],
        within(1e-6));
  }

  @Test
  void aMissingVariantARepeatedKeyOrTheSameVariantTwiceIsRefused() {
    GroupedSummary groups = experiment();

    assertThatThrownBy(() -> groups.compareVariants("A", "C", List.of(NPS_KEY)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("variant = \"C\": must be one of the groups present: [A, B]");
    assertThatThrownBy(() -> groups.compareVariants("control", "B", List.of(NPS_KEY)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("\"control\"")
        .hasMessageContaining("[A, B]");
    assertThatThrownBy(() -> groups.compareVariants("A", "A", List.of(NPS_KEY)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must differ from the baseline");
    assertThatThrownBy(() -> groups.compareVariants("A", "B", List.of(NPS_KEY, NPS_KEY)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("once");
    assertThatThrownBy(() -> groups.compareVariants("A", "B",
        List.of(EstimateKey.question("nps", "mean"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("nps/mean");
    assertThat(groups.compareVariants("A", "B", List.of())).isEmpty();
  }
}
