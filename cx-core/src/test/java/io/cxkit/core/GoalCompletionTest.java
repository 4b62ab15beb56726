package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.GroupComparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Percentage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GoalCompletionTest {
  private static final double EPS = 1e-9;

  private static final String ORDER = "could not place the order";
  private static final String MISSING = "missing information";
  private static final String TECHNICAL = "technical problem";

  /**
   * The worked example, built from the figures of CONTEXT.md ("Online feedback and its ROI"): 1,000
   * visitors answer the goal question of an exit-feedback form; 600 fully, 250 partially and 150
   * did not achieve the goal of their visit. The 400 who missed it (partially or not at all) are
   * routed to "why not?" and may pick several reasons:
   * <ul>
   *   <li>120 pick "missing information": 30 % of those who missed their goal (CONTEXT: "30 % of
   *       visitors who missed their goal chose 'missing information'");
   *   <li>200 pick "could not place the order": 50 % of them, which is 200 / 1,000 = 20 % of all
   *       feedback (CONTEXT: "about 20 % of the feedback was about being unable to place an order");
   *   <li>100 pick "technical problem": 25 %.
   * </ul>
   * The shares add up to 105 %: some respondents picked two reasons.
   */
  static GoalCompletion worked() {
    return GoalCompletion.of(600, 250, 150)
        .withReasons(ReasonBreakdown.of(400, Map.of(MISSING, 120L, ORDER, 200L, TECHNICAL, 100L)));
  }

  // ---- The worked example from CONTEXT.md ----
  @Test
  void goalCompletionRateWithWilsonInterval() {
    GoalCompletion gc = worked();
    assertThat(gc.answered()).isEqualTo(1000);
    assertThat(gc.n()).isEqualTo(1000);
    // Goal completion rate = fully / answered = 600 / 1000 = 60 %.
    assertThat(gc.goalCompletionRate()).isEqualTo(Percentage.of(600, 1000));
    assertThat(gc.value()).hasValue(60.0);
    // Binomial SE = 100·sqrt(0.6·0.4 / 1000) = 100·sqrt(0.00024) = 1.5491933 percentage points.
    assertThat(gc.standardError().getAsDouble()).isCloseTo(1.5491933384829668, within(EPS));
    // Wilson 95 % (z = 1.959963985, z² = 3.841458821), p = 0.6, n = 1000:
    //   z²/n = 0.003841458821
    //   centre = (0.6 + 0.003841458821/2) / 1.003841458821 = 0.601920729 / 1.003841459 = 0.599617324
    //   half = 1.959963985 / 1.003841459 · sqrt(0.24/1000 + 0.003841458821/4000)
    //        = 1.952463690 · sqrt(0.000240960365) = 1.952463690 · 0.015522898 = 0.030307895
    //   interval = [0.569309430, 0.629925219] → [56.9309430 %, 62.9925219 %]
    Interval ci = gc.confidenceInterval(0.95).orElseThrow();
    assertThat(ci.lower()).isCloseTo(56.93094295142662, within(1e-7));
    assertThat(ci.upper()).isCloseTo(62.99252187886226, within(1e-7));
    assertThat(ci.level()).isEqualTo(0.95);
  }

  @Test
  void partialAndFailureRates() {
    GoalCompletion gc = worked();
    // Partial rate = 250 / 1000 = 25 %; Wilson 95 %: centre = (0.25 + 0.001920729) / 1.003841459
    // = 0.250956690, half = 1.952463690 · sqrt(0.1875/1000 + 0.000000960365) = 0.026803591,
    // so [22.4153099 %, 27.7760280 %].
    assertThat(gc.partialRate()).isEqualTo(Percentage.of(250, 1000));
    assertThat(gc.partialRate().value()).hasValue(25.0);
    Interval partial = gc.partialRate().confidenceInterval(0.95).orElseThrow();
    assertThat(partial.lower()).isCloseTo(22.41530989836914, within(1e-7));
    assertThat(partial.upper()).isCloseTo(27.776028025908616, within(1e-7));
    // Failure rate = 150 / 1000 = 15 %; Wilson 95 %: centre = (0.15 + 0.001920729) / 1.003841459
    // = 0.151339365, half = 1.952463690 · sqrt(0.1275/1000 + 0.000000960365) = 0.022129293,
    // so [12.9210073 %, 17.3468658 %].
    assertThat(gc.failureRate().value()).hasValue(15.0);
    Interval failure = gc.failureRate().confidenceInterval(0.95).orElseThrow();
    assertThat(failure.lower()).isCloseTo(12.921007251308831, within(1e-7));
    assertThat(failure.upper()).isCloseTo(17.34686584268003, within(1e-7));
    // 60 + 25 + 15 = 100: the three outcomes exhaust the answers.
    assertThat(gc.rate(GoalOutcome.FULLY)).isEqualTo(gc.goalCompletionRate());
    assertThat(gc.rate(GoalOutcome.PARTIALLY)).isEqualTo(gc.partialRate());
    assertThat(gc.rate(GoalOutcome.NOT_ACHIEVED)).isEqualTo(gc.failureRate());
    assertThat(gc.count(GoalOutcome.FULLY)).isEqualTo(600);
    assertThat(gc.count(GoalOutcome.PARTIALLY)).isEqualTo(250);
    assertThat(gc.count(GoalOutcome.NOT_ACHIEVED)).isEqualTo(150);
  }

  @Test
  void reasonSharesWithMultiSelect() {
    ReasonBreakdown reasons = worked().reasons().orElseThrow();
    assertThat(reasons.respondents()).isEqualTo(400);
    // "missing information": 120 / 400 = 30 %. Wilson 95 %, n = 400: z²/n = 0.009603647,
    //   centre = (0.3 + 0.004801824) / 1.009603647 = 0.301902459,
    //   half = 1.959963985 / 1.009603647 · sqrt(0.21/400 + 0.009603647/1600)
    //        = 1.941320471 · sqrt(0.000531002) = 1.941320471 · 0.023043486 = 0.044734787,
    //   interval [25.7167672 %, 34.6637246 %].
    Percentage missing = reasons.share(MISSING);
    assertThat(missing).isEqualTo(Percentage.of(120, 400));
    assertThat(missing.value()).hasValue(30.0);
    Interval ci = missing.confidenceInterval(0.95).orElseThrow();
    assertThat(ci.lower()).isCloseTo(25.716767195619706, within(1e-7));
    assertThat(ci.upper()).isCloseTo(34.663724577752156, within(1e-7));
    // "could not place the order": 200 / 400 = 50 % of those who missed their goal, and
    // 200 / 1000 = 20 % of all answers.
    assertThat(reasons.share(ORDER).value()).hasValue(50.0);
    assertThat(Percentage.of(reasons.count(ORDER), worked().answered()).value()).hasValue(20.0);
    // Shares need not add up to 100: 50 + 30 + 25 = 105 with multi-select.
    Map<String, Percentage> shares = reasons.shares();
    assertThat(shares.values().stream().mapToDouble(p -> p.value().getAsDouble()).sum())
        .isCloseTo(105.0, within(EPS));
    // Most chosen first.
    assertThat(shares.keySet()).containsExactly(ORDER, MISSING, TECHNICAL);
    assertThat(shares.get(TECHNICAL)).isEqualTo(Percentage.of(100, 400));
    // reasons() and counts() are in label order.
    assertThat(reasons.reasons()).containsExactly(ORDER, MISSING, TECHNICAL);
    assertThat(reasons.counts()).containsExactly(
        Map.entry(ORDER, 200L), Map.entry(MISSING, 120L), Map.entry(TECHNICAL, 100L));
  }

  @Test
  void unknownReasonIsZeroOfTheRespondentsNotAnError() {
    ReasonBreakdown reasons = worked().reasons().orElseThrow();
    // 0 / 400, Wilson 95 %: lower 0, upper 2·centre = 2 · (0.004801824 / 1.009603647) = 0.95123 %.
    Percentage price = reasons.share("price too high");
    assertThat(price).isEqualTo(Percentage.of(0, 400));
    assertThat(reasons.count("price too high")).isZero();
    Interval ci = price.confidenceInterval(0.95).orElseThrow();
    assertThat(ci.lower()).isZero();
    assertThat(ci.upper()).isCloseTo(0.9512294334296508, within(1e-7));
    // A lookup is case- and space-sensitive: labels are compared exactly.
    assertThat(reasons.count("Missing information")).isZero();
  }

  @Test
  void toStringsAreReadable() {
    assertThat(worked()).hasToString("GoalCompletion{n=1000, goalCompletionRate=60.00%, fully=600, "
        + "partially=250, notAchieved=150, reasons=ReasonBreakdown{respondents=400, counts={"
        + "could not place the order=200, missing information=120, technical problem=100}}}");
    assertThat(GoalCompletion.empty()).hasToString(
        "GoalCompletion{n=0, fully=0, partially=0, notAchieved=0}");
  }

  // ---- Empty input and edge cases ----
  @Test
  void emptyInputHasNoValueAndNoNaN() {
    GoalCompletion empty = GoalCompletion.empty();
    assertThat(empty.n()).isZero();
    assertThat(empty.answered()).isZero();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.value()).isEmpty();
    assertThat(empty.standardError()).isEmpty();
    assertThat(empty.confidenceInterval(0.95)).isEmpty();
    assertThat(empty.goalCompletionRate()).isEqualTo(Percentage.empty());
    assertThat(empty.partialRate().value()).isEmpty();
    assertThat(empty.failureRate().value()).isEmpty();
    assertThat(empty.reasons()).isEmpty();
    assertThat(GoalCompletion.of(0, 0, 0)).isEqualTo(empty);
    assertThat(new GoalCompletionAccumulator().snapshot()).isEqualTo(empty);
  }

  @Test
  void emptyBreakdownIsTheSameAsNone() {
    assertThat(ReasonBreakdown.empty().respondents()).isZero();
    assertThat(ReasonBreakdown.empty().isEmpty()).isTrue();
    assertThat(ReasonBreakdown.empty().shares()).isEmpty();
    assertThat(ReasonBreakdown.empty().share(MISSING)).isEqualTo(Percentage.empty());
    assertThat(ReasonBreakdown.of(0, Map.of())).isEqualTo(ReasonBreakdown.empty());
    GoalCompletion gc = GoalCompletion.of(1, 2, 3);
    assertThat(gc.withReasons(ReasonBreakdown.empty())).isEqualTo(gc);
    assertThat(gc.withReasons(ReasonBreakdown.empty()).reasons()).isEmpty();
    assertThat(worked().withReasons(ReasonBreakdown.empty())).isEqualTo(GoalCompletion.of(600, 250, 150));
  }

  @Test
  void reasonOfferedButNeverChosenIsKept() {
    // An option with count 0 records that it was offered; its share is 0 % with an interval.
    ReasonBreakdown reasons = ReasonBreakdown.of(5, Map.of(MISSING, 0L, ORDER, 2L));
    assertThat(reasons.shares().keySet()).containsExactly(ORDER, MISSING);
    assertThat(reasons.shares().get(MISSING)).isEqualTo(Percentage.of(0, 5));
    assertThat(reasons).isNotEqualTo(ReasonBreakdown.of(5, Map.of(ORDER, 2L)));
  }

  @Test
  void allFullyOrNoneFullyHasAnIntervalThatContainsTheRate() {
    // 10 of 10 fully: the Wilson upper bound is exactly 100 (it used to round to 99.99999999999999
    // and leave the rate of 100 % outside its own interval).
    Interval all = GoalCompletion.of(10, 0, 0).confidenceInterval(0.95).orElseThrow();
    assertThat(all.upper()).isEqualTo(100.0);
    assertThat(all.contains(100.0)).isTrue();
    // 0 of 7 fully: the lower bound is exactly 0 (it used to round to 2.8e-15).
    Interval none = GoalCompletion.of(0, 4, 3).confidenceInterval(0.95).orElseThrow();
    assertThat(none.lower()).isEqualTo(0.0);
    assertThat(none.contains(0.0)).isTrue();
  }

  // ---- Merging values ----
  @Test
  void plusAddsCountsAndMergesBreakdowns() {
    GoalCompletion march = GoalCompletion.of(600, 250, 150)
        .withReasons(ReasonBreakdown.of(400, Map.of(MISSING, 120L, ORDER, 200L)));
    GoalCompletion april = GoalCompletion.of(50, 30, 20)
        .withReasons(ReasonBreakdown.of(50, Map.of(MISSING, 10L, TECHNICAL, 5L)));
    GoalCompletion both = march.plus(april);
    // 600 + 50 = 650 fully, 250 + 30 = 280 partially, 150 + 20 = 170 not achieved.
    assertThat(both).isEqualTo(GoalCompletion.of(650, 280, 170)
        .withReasons(ReasonBreakdown.of(450, Map.of(MISSING, 130L, ORDER, 200L, TECHNICAL, 5L))));
    assertThat(april.plus(march)).isEqualTo(both);
    // A missing breakdown counts as empty.
    assertThat(GoalCompletion.of(1, 1, 1).plus(april))
        .isEqualTo(GoalCompletion.of(51, 31, 21).withReasons(april.reasons().orElseThrow()));
    // a.plus(a) doubles every count.
    assertThat(april.plus(april)).isEqualTo(GoalCompletion.of(100, 60, 40)
        .withReasons(ReasonBreakdown.of(100, Map.of(MISSING, 20L, TECHNICAL, 10L))));
  }

  @Test
  void isAMergeableEstimateForGroupComparisons() {
    Map<String, GoalCompletion> byPersona = new LinkedHashMap<>();
    byPersona.put("bargain hunter", GoalCompletion.of(300, 100, 100));
    byPersona.put("loyal customer", GoalCompletion.of(300, 150, 50));
    List<GroupComparison<String, GoalCompletion>> result = GroupComparison.eachAgainstRest(byPersona);
    // Each persona's rest is the other one: 300/500 = 60 % against 300/500 = 60 %, difference 0.
    assertThat(result).hasSize(2);
    assertThat(result.get(0).rest()).isEqualTo(byPersona.get("loyal customer"));
    assertThat(result.get(0).comparison().orElseThrow().difference()).isCloseTo(0.0, within(EPS));
  }

  // ---- Comparisons of goal completion rates ----
  @Test
  void goalCompletionRatesOfTwoMonths() {
    // After a fix to postcode input, the goal completion rate rose from 550/1000 = 55 % to
    // 600/1000 = 60 %: a difference of 5 percentage points.
    GoalCompletion before = GoalCompletion.of(550, 270, 180);
    GoalCompletion after = GoalCompletion.of(600, 250, 150);
    Comparison c = after.comparedWith(before).orElseThrow();
    assertThat(c.difference()).isCloseTo(5.0, within(EPS));
    // Pooled p = 1150/2000 = 0.575; SE₀ = sqrt(0.575·0.425·(1/1000 + 1/1000)) = 0.022107691;
    // z = 0.05 / 0.022107691 = 2.261656; two-sided p = 2·(1 − Φ(2.261656)) = 0.023719.
    assertThat(c.pValue()).isCloseTo(0.02371864263219161, within(1e-6));
    assertThat(c.isSignificant(0.05)).isTrue();
    // Reported SE (unpooled) = 100·sqrt(0.6·0.4/1000 + 0.55·0.45/1000) = 2.2079402 points.
    assertThat(c.standardError()).isCloseTo(2.2079402165819615, within(1e-7));
    // Newcombe's hybrid score interval from the Wilson intervals [56.9309, 62.9925] (after) and
    // [51.9033, 58.0585] (before):
    //   lower = 5 − sqrt((60 − 56.9309)² + (58.0585 − 55)²) = 5 − 4.3328 = 0.6672
    //   upper = 5 + sqrt((62.9925 − 60)² + (55 − 51.9033)²) = 5 + 4.3064 = 9.3064
    Interval ci = c.confidenceInterval(0.95);
    assertThat(ci.lower()).isCloseTo(0.6671835394716059, within(1e-6));
    assertThat(ci.upper()).isCloseTo(9.306381171446624, within(1e-6));
    // The same comparison as of the two Percentages.
    assertThat(c.difference()).isEqualTo(
        after.goalCompletionRate().comparedWith(before.goalCompletionRate()).orElseThrow().difference());
  }

  @Test
  void failureRatesOfTwoMonths() {
    GoalCompletion before = GoalCompletion.of(550, 270, 180);
    GoalCompletion after = GoalCompletion.of(600, 250, 150);
    // Failure rate 150/1000 = 15 % against 180/1000 = 18 %: −3 points.
    Comparison c = after.comparedWith(before, GoalOutcome.NOT_ACHIEVED).orElseThrow();
    assertThat(c.difference()).isCloseTo(-3.0, within(EPS));
    assertThat(after.comparedWith(before, GoalOutcome.FULLY).orElseThrow().difference())
        .isEqualTo(after.comparedWith(before).orElseThrow().difference());
  }

  @Test
  void comparisonWithAnEmptySideIsAbsent() {
    assertThat(worked().comparedWith(GoalCompletion.empty())).isEmpty();
    assertThat(GoalCompletion.empty().comparedWith(worked())).isEmpty();
  }

  // ---- The accumulator ----
  @Test
  void countsOutcomesOneByOneInCountsAndInByteBatches() {
    GoalCompletionAccumulator acc = new GoalCompletionAccumulator()
        .add(GoalOutcome.FULLY)
        .add(GoalOutcome.PARTIALLY)
        .add(GoalOutcome.NOT_ACHIEVED, 3)
        // codes: 0 = fully, 1 = partially, 2 = not achieved → 3 fully, 1 partially, 2 not achieved
        .addAll(new byte[] {0, 1, 2, 0, 2, 0});
    // fully 1 + 3 = 4, partially 1 + 1 = 2, not achieved 3 + 2 = 5
    assertThat(acc.snapshot()).isEqualTo(GoalCompletion.of(4, 2, 5));
    assertThat(acc.answered()).isEqualTo(11);
    // A sub-range [1, 3) records codes 1 and 2 only.
    acc.addAll(new byte[] {0, 1, 2, 0}, 1, 3);
    assertThat(acc.snapshot()).isEqualTo(GoalCompletion.of(4, 3, 6));
  }

  @Test
  void badOutcomeCodeRecordsNothingAndNamesItsIndex() {
    GoalCompletionAccumulator acc = new GoalCompletionAccumulator().add(GoalOutcome.FULLY);
    assertThatThrownBy(() -> acc.addAll(new byte[] {0, 1, 2, 3, 0}))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("outcomeCodes[3] = 3: must be 0 (fully), 1 (partially) or 2 (not achieved)");
    assertThatThrownBy(() -> acc.addAll(new byte[] {0, -1}))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("outcomeCodes[1] = -1: must be 0 (fully), 1 (partially) or 2 (not achieved)");
    // Indices are those of the whole array, also for a sub-range.
    assertThatThrownBy(() -> acc.addAll(new byte[] {9, 0, 0, 5}, 1, 4))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("outcomeCodes[3] = 5: must be 0 (fully), 1 (partially) or 2 (not achieved)");
    assertThat(acc.snapshot()).isEqualTo(GoalCompletion.of(1, 0, 0));
  }

  @Test
  void reasonsNamedTwiceByOneRespondentCountOnce() {
    GoalCompletionAccumulator acc = new GoalCompletionAccumulator()
        .addReasons(MISSING, TECHNICAL, MISSING)
        .addReasons(List.of(MISSING))
        .addReasons(List.of(ORDER, ORDER, TECHNICAL))
        .addReasons(Set.of(ORDER));
    // 4 respondents; "missing information" by respondents 1 and 2 = 2, "technical problem" by 1
    // and 3 = 2, "could not place the order" by 3 and 4 = 2.
    ReasonBreakdown reasons = acc.snapshot().reasons().orElseThrow();
    assertThat(reasons).isEqualTo(ReasonBreakdown.of(4, Map.of(MISSING, 2L, TECHNICAL, 2L, ORDER, 2L)));
    assertThat(acc.reasonRespondents()).isEqualTo(4);
    // The same respondent across two calls is two respondents: calls are respondents.
    acc.addReasons(MISSING);
    assertThat(acc.snapshot().reasons().orElseThrow().count(MISSING)).isEqualTo(3);
  }

  @Test
  void choosingNoReasonIsNotAnsweringTheReasonQuestion() {
    GoalCompletionAccumulator acc = new GoalCompletionAccumulator().addReasons().addReasons(List.of());
    assertThat(acc.reasonRespondents()).isZero();
    assertThat(acc.snapshot().reasons()).isEmpty();
  }

  @Test
  void blankOrNullReasonRecordsNothing() {
    GoalCompletionAccumulator acc = new GoalCompletionAccumulator().addReasons(MISSING);
    assertThatThrownBy(() -> acc.addReasons(TECHNICAL, " \t"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reasons[1] = \" \t\": a reason must not be blank");
    assertThatThrownBy(() -> acc.addReasons(List.of(TECHNICAL, ORDER, "")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reasons[2] = \"\": a reason must not be blank");
    assertThatThrownBy(() -> acc.addReasons(TECHNICAL, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reasons[1]");
    assertThat(acc.snapshot().reasons().orElseThrow())
        .isEqualTo(ReasonBreakdown.of(1, Map.of(MISSING, 1L)));
  }

  @Test
  void mergesValuesAndAccumulatorsAndSnapshotsAreIndependent() {
    GoalCompletionAccumulator a = new GoalCompletionAccumulator()
        .add(GoalOutcome.FULLY, 600).add(GoalOutcome.PARTIALLY, 250).add(GoalOutcome.NOT_ACHIEVED, 150);
    GoalCompletion snapshot = a.snapshot();
    a.merge(worked().reasons().map(r -> GoalCompletion.empty().withReasons(r)).orElseThrow());
    assertThat(a.snapshot()).isEqualTo(worked());
    assertThat(snapshot.reasons()).isEmpty();

    GoalCompletionAccumulator b = new GoalCompletionAccumulator().add(GoalOutcome.FULLY).addReasons(MISSING);
    b.merge(a);
    // 600 + 1 fully; reasons: 400 + 1 respondents, "missing information" 120 + 1.
    assertThat(b.snapshot()).isEqualTo(GoalCompletion.of(601, 250, 150)
        .withReasons(ReasonBreakdown.of(401, Map.of(MISSING, 121L, ORDER, 200L, TECHNICAL, 100L))));
    assertThat(a.snapshot()).isEqualTo(worked());

    // Merging the accumulator's own snapshot doubles it.
    a.merge(a.snapshot());
    assertThat(a.snapshot()).isEqualTo(worked().plus(worked()));

    a.reset();
    assertThat(a.snapshot()).isEqualTo(GoalCompletion.empty());
    assertThat(a.answered()).isZero();
    assertThat(a.reasonRespondents()).isZero();
  }

  @Test
  void refusesToMergeItself() {
    GoalCompletionAccumulator acc = new GoalCompletionAccumulator().add(GoalOutcome.FULLY);
    assertThatThrownBy(() -> acc.merge(acc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an accumulator cannot merge itself; to double it, merge(snapshot()) instead");
    assertThat(acc.snapshot()).isEqualTo(GoalCompletion.of(1, 0, 0));
  }

  @Test
  void overflowingCountsRecordNothing() {
    GoalCompletionAccumulator acc = new GoalCompletionAccumulator().add(GoalOutcome.FULLY, Long.MAX_VALUE - 1);
    // Each count fits, but the number of answers would not.
    assertThatThrownBy(() -> acc.add(GoalOutcome.PARTIALLY, 2))
        .isInstanceOf(CountOverflowException.class)
        .hasMessage("answered = 9223372036854775806 + 2: exceeds the largest count, 9223372036854775807");
    assertThatThrownBy(() -> acc.merge(GoalCompletion.of(2, 0, 0)))
        .isInstanceOf(CountOverflowException.class)
        .hasMessage("fully = 9223372036854775806 + 2: exceeds the largest count, 9223372036854775807");
    assertThatThrownBy(() -> acc.add(GoalOutcome.FULLY, -1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("count = -1: must be ≥ 0");
    assertThat(acc.snapshot()).isEqualTo(GoalCompletion.of(Long.MAX_VALUE - 1, 0, 0));

    GoalCompletionAccumulator reasons = new GoalCompletionAccumulator().addReasons(MISSING);
    GoalCompletion huge = GoalCompletion.empty()
        .withReasons(ReasonBreakdown.of(Long.MAX_VALUE, Map.of(ORDER, 1L)));
    assertThatThrownBy(() -> reasons.merge(huge))
        .isInstanceOf(CountOverflowException.class)
        .hasMessage("respondents = 1 + 9223372036854775807: exceeds the largest count, 9223372036854775807");
    assertThat(reasons.snapshot().reasons().orElseThrow()).isEqualTo(ReasonBreakdown.of(1, Map.of(MISSING, 1L)));
  }

  @Test
  void toStringShowsTheCounts() {
    GoalCompletionAccumulator acc = new GoalCompletionAccumulator()
        .add(GoalOutcome.FULLY).addReasons(MISSING, ORDER);
    assertThat(acc).hasToString("GoalCompletionAccumulator{n=1, fully=1, partially=0, notAchieved=0, "
        + "reasonRespondents=1, reasons=2}");
  }

  // ---- Bad input ----
  @Test
  void negativeCounts() {
    assertThatThrownBy(() -> GoalCompletion.of(-1, 0, 0))
        .isInstanceOf(InvalidValueException.class).hasMessage("fully = -1: must be ≥ 0");
    assertThatThrownBy(() -> GoalCompletion.of(0, -2, 0))
        .isInstanceOf(InvalidValueException.class).hasMessage("partially = -2: must be ≥ 0");
    assertThatThrownBy(() -> GoalCompletion.of(0, 0, -3))
        .isInstanceOf(InvalidValueException.class).hasMessage("notAchieved = -3: must be ≥ 0");
    assertThatThrownBy(() -> ReasonBreakdown.of(-1, Map.of()))
        .isInstanceOf(InvalidValueException.class).hasMessage("respondents = -1: must be ≥ 0");
    assertThatThrownBy(() -> ReasonBreakdown.of(3, Map.of(MISSING, -1L)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("counts[\"missing information\"] = -1: must be ≥ 0");
  }

  @Test
  void countOverflow() {
    assertThatThrownBy(() -> GoalCompletion.of(Long.MAX_VALUE, 1, 0))
        .isInstanceOf(CountOverflowException.class)
        .hasMessage("answered = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
    GoalCompletion big = GoalCompletion.of(Long.MAX_VALUE / 2 + 1, 0, 0);
    assertThatThrownBy(() -> big.plus(big))
        .isInstanceOf(CountOverflowException.class)
        .hasMessage("fully = 4611686018427387904 + 4611686018427387904: exceeds the largest count, "
            + "9223372036854775807");
    ReasonBreakdown many = ReasonBreakdown.of(Long.MAX_VALUE, Map.of());
    assertThatThrownBy(() -> many.plus(ReasonBreakdown.of(1, Map.of())))
        .isInstanceOf(CountOverflowException.class)
        .hasMessage("respondents = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
  }

  @Test
  void reasonCountAboveRespondents() {
    assertThatThrownBy(() -> ReasonBreakdown.of(400, Map.of(MISSING, 120L, ORDER, 401L)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("counts[\"could not place the order\"] = 401: must be ≤ respondents = 400 "
            + "(a respondent counts at most once per reason)");
  }

  @Test
  void reasonWithAnUnpairedSurrogateIsRefused() {
    // Regression: "a\uD800" has no UTF-8 form; its bytes read back as "a?", another reason.
    assertThatThrownBy(() -> ReasonBreakdown.of(3, Map.of("a\uD800", 1L)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reason = \"a\uD800\": must be valid Unicode text: it holds an unpaired surrogate char");
    GoalCompletionAccumulator acc = new GoalCompletionAccumulator();
    assertThatThrownBy(() -> acc.add(GoalOutcome.NOT_ACHIEVED).addReasons(MISSING, "\uDC00late"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reasons[1] = \"\uDC00late\": must be valid Unicode text: it holds an unpaired surrogate char");
    // A paired surrogate (an emoji) is fine.
    assertThat(ReasonBreakdown.of(1, Map.of("slow \uD83D\uDE22", 1L)).counts()).containsKey("slow \uD83D\uDE22");
  }

  @Test
  void blankReason() {
    assertThatThrownBy(() -> ReasonBreakdown.of(3, Map.of(" ", 1L)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reason = \" \": a reason must not be blank");
    assertThatThrownBy(() -> worked().reasons().orElseThrow().share(""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reason = \"\": a reason must not be blank");
  }

  @Test
  void reasonListedTwiceByAMapWithIdentityKeys() {
    Map<String, Long> counts = new IdentityHashMap<>();
    counts.put(new String("price"), 1L);
    counts.put(new String("price"), 2L);
    assertThatThrownBy(() -> ReasonBreakdown.of(3, counts))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reason = \"price\": is listed twice; each reason must appear once");
  }

  @Test
  void nullArgumentsNameTheParameter() {
    Map<String, Long> withNull = new HashMap<>();
    withNull.put(MISSING, null);
    assertThatThrownBy(() -> ReasonBreakdown.of(1, withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("counts value");
    assertThatThrownBy(() -> ReasonBreakdown.of(1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("counts");
    assertThatThrownBy(() -> worked().withReasons(null))
        .isInstanceOf(NullPointerException.class).hasMessage("reasons");
    assertThatThrownBy(() -> worked().plus(null))
        .isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> new GoalCompletionAccumulator().add(null))
        .isInstanceOf(NullPointerException.class).hasMessage("outcome");
  }

  @Test
  void levelOutsideZeroToOne() {
    assertThatThrownBy(() -> worked().confidenceInterval(1.0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("level = 1.0: a confidence level must lie strictly between 0 and 1");
  }

  // ---- Outcome ids and codes ----
  @Test
  void idsAndCodesAreStable() {
    assertThat(GoalOutcome.FULLY.id()).isEqualTo("fully");
    assertThat(GoalOutcome.PARTIALLY.id()).isEqualTo("partially");
    assertThat(GoalOutcome.NOT_ACHIEVED.id()).isEqualTo("not-achieved");
    assertThat(GoalOutcome.FULLY.code()).isZero();
    assertThat(GoalOutcome.PARTIALLY.code()).isEqualTo(1);
    assertThat(GoalOutcome.NOT_ACHIEVED.code()).isEqualTo(2);
    for (GoalOutcome outcome : GoalOutcome.values()) {
      assertThat(GoalOutcome.ofId(outcome.id())).isSameAs(outcome);
      assertThat(GoalOutcome.ofCode(outcome.code())).isSameAs(outcome);
    }
  }

  @Test
  void unknownIdOrCode() {
    assertThatThrownBy(() -> GoalOutcome.ofId("NOT_ACHIEVED"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("id = \"NOT_ACHIEVED\": must be \"fully\", \"partially\" or \"not-achieved\"");
    assertThatThrownBy(() -> GoalOutcome.ofCode(3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("code = 3: must be 0 (fully), 1 (partially) or 2 (not achieved)");
  }

  // ---- Serial forms ----
  /** 3 fully, 2 partially, 1 not achieved; 3 respondents chose "price" 2 times and "slow" once. */
  private final GoalCompletion small = GoalCompletion.of(3, 2, 1)
      .withReasons(ReasonBreakdown.of(3, Map.of("slow", 1L, "price", 2L)));

  /**
   * Format 1, pinned: later versions must still read these bytes. Header (version 1, kind tag 5),
   * varints fully 3, partially 2, not achieved 1, breakdown present 1, respondents 3, 2 reasons,
   * then in label order "price" (length 5, UTF-8) count 2 and "slow" (length 4) count 1.
   */
  private static final byte[] SMALL_BYTES = {
      1, 5, 3, 2, 1, 1, 3, 2,
      5, 'p', 'r', 'i', 'c', 'e', 2,
      4, 's', 'l', 'o', 'w', 1};

  @Test
  void goldenBytes() {
    assertThat(small.toBytes()).containsExactly(SMALL_BYTES);
    assertThat(GoalCompletion.fromBytes(SMALL_BYTES)).isEqualTo(small);
    // Without a breakdown: header, three counts, 0.
    assertThat(GoalCompletion.of(3, 2, 1).toBytes()).containsExactly(1, 5, 3, 2, 1, 0);
    // The breakdown alone: version 1, kind tag 8, then the same payload.
    byte[] breakdown = small.reasons().orElseThrow().toBytes();
    assertThat(breakdown).containsExactly(1, 8, 3, 2, 5, 'p', 'r', 'i', 'c', 'e', 2, 4, 's', 'l', 'o', 'w', 1);
    assertThat(ReasonBreakdown.fromBytes(breakdown)).isEqualTo(small.reasons().orElseThrow());
  }

  @Test
  void bytesRoundTrip() {
    assertThat(GoalCompletion.fromBytes(worked().toBytes())).isEqualTo(worked());
    assertThat(GoalCompletion.fromBytes(GoalCompletion.empty().toBytes())).isEqualTo(GoalCompletion.empty());
    // Non-ASCII labels are UTF-8.
    ReasonBreakdown accents = ReasonBreakdown.of(2, Map.of("délai de livraison", 1L, "配送", 2L));
    assertThat(ReasonBreakdown.fromBytes(accents.toBytes())).isEqualTo(accents);
  }

  @Test
  void labelsInAnyOrderAreRead() {
    // Writers always sort, but a reader accepts any order: "slow" before "price".
    byte[] unsorted = {1, 8, 3, 2, 4, 's', 'l', 'o', 'w', 1, 5, 'p', 'r', 'i', 'c', 'e', 2};
    assertThat(ReasonBreakdown.fromBytes(unsorted)).isEqualTo(small.reasons().orElseThrow());
  }

  @Test
  void jsonShape() {
    Map<String, Object> shape = small.toJsonShape();
    assertThat(shape).containsExactly(
        Map.entry("format", 1),
        Map.entry("kind", "goal-completion"),
        Map.entry("fully", 3L),
        Map.entry("partially", 2L),
        Map.entry("notAchieved", 1L),
        Map.entry("reasons", Map.of("respondents", 3L, "counts", Map.of("price", 2L, "slow", 1L))));
    // Reasons in label order, so the JSON text is deterministic.
    @SuppressWarnings("unchecked")
    Map<String, Object> reasons = (Map<String, Object>) shape.get("reasons");
    assertThat(new ArrayList<Object>(((Map<?, ?>) reasons.get("counts")).keySet()))
        .containsExactly("price", "slow");
    assertThat(GoalCompletion.fromJsonShape(shape)).isEqualTo(small);
    assertThat(GoalCompletion.of(3, 2, 1).toJsonShape()).doesNotContainKey("reasons");
    assertThat(small.reasons().orElseThrow().toJsonShape()).containsExactly(
        Map.entry("format", 1),
        Map.entry("kind", "reason-breakdown"),
        Map.entry("respondents", 3L),
        Map.entry("counts", Map.of("price", 2L, "slow", 1L)));
    assertThatThrownBy(() -> shape.put("fully", 4L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void jsonShapeAsAJsonLibraryParsesIt() {
    // Jackson gives small numbers as Integer, and a null member for an explicit "reasons": null.
    Map<String, Object> parsed = new LinkedHashMap<>();
    parsed.put("format", 1);
    parsed.put("kind", "goal-completion");
    parsed.put("fully", 600);
    parsed.put("partially", 250);
    parsed.put("notAchieved", 150);
    parsed.put("reasons", Map.of("respondents", 400,
        "counts", Map.of(MISSING, 120, ORDER, 200, TECHNICAL, 100)));
    assertThat(GoalCompletion.fromJsonShape(parsed)).isEqualTo(worked());
    parsed.put("reasons", null);
    assertThat(GoalCompletion.fromJsonShape(parsed)).isEqualTo(GoalCompletion.of(600, 250, 150));
  }

  @Test
  void corruptBytes() {
    // Cut off inside the second label.
    byte[] truncated = java.util.Arrays.copyOf(SMALL_BYTES, 18);
    assertThatThrownBy(() -> GoalCompletion.fromBytes(truncated))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: truncated at offset 16 while reading counts[1].reason "
            + "(buffer length 18)");
    assertThatThrownBy(() -> GoalCompletion.fromBytes(new byte[] {1, 5, 3, 2}))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: truncated at offset 4 while reading notAchieved "
            + "(buffer length 4)");
    assertThatThrownBy(() -> GoalCompletion.fromBytes(new byte[] {1, 5, 3, 2, 1, 7}))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: the serial form describes an invalid value: "
            + "reasons.present = 7: must be 0 (no breakdown) or 1 (a breakdown follows)");
    assertThatThrownBy(() -> GoalCompletion.fromBytes(new byte[] {1, 5, 3, 2, 1, 0, 0}))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: 1 unexpected trailing byte(s) at offset 6");
    assertThatThrownBy(() -> GoalCompletion.fromBytes(small.reasons().orElseThrow().toBytes()))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: offset 1 has kind reason-breakdown (tag 8), expected "
            + "goal-completion (tag 5)");
    // A reason count (4) above the respondents (3).
    assertThatThrownBy(() -> ReasonBreakdown.fromBytes(new byte[] {1, 8, 3, 1, 4, 's', 'l', 'o', 'w', 4}))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: the serial form describes an invalid value: "
            + "counts[\"slow\"] = 4: must be ≤ respondents = 3 (a respondent counts at most once per reason)");
    // A blank label.
    assertThatThrownBy(() -> ReasonBreakdown.fromBytes(new byte[] {1, 8, 3, 1, 1, ' ', 1}))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: the serial form describes an invalid value: "
            + "reason = \" \": a reason must not be blank");
    // The same label twice.
    assertThatThrownBy(() -> ReasonBreakdown.fromBytes(
            new byte[] {1, 8, 3, 2, 4, 's', 'l', 'o', 'w', 1, 4, 's', 'l', 'o', 'w', 2}))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: the serial form describes an invalid value: "
            + "counts[1].reason = \"slow\": is listed twice; each reason must appear once");
    // A number of reasons that the remaining bytes cannot hold.
    assertThatThrownBy(() -> ReasonBreakdown.fromBytes(new byte[] {1, 8, 3, 100, 1, 'a', 1}))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: counts.size = 100 at offset 3 is more than the 3 "
            + "remaining bytes can hold");
    // Counts whose sum overflows.
    byte[] overflow = {1, 5, -1, -1, -1, -1, -1, -1, -1, -1, 127, 1, 0, 0};
    assertThatThrownBy(() -> GoalCompletion.fromBytes(overflow))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: the serial form describes an invalid value: "
            + "answered = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
    // Invalid UTF-8 in a label.
    assertThatThrownBy(() -> ReasonBreakdown.fromBytes(new byte[] {1, 8, 3, 1, 1, (byte) 0xFF, 1}))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: counts[0].reason at offset 5 is not valid UTF-8");
    assertThatThrownBy(() -> GoalCompletion.fromBytes(new byte[0]))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: the buffer has 0 byte(s), a serial form starts with 2 "
            + "header bytes (format version, kind)");
  }

  @Test
  void badJsonShapes() {
    Map<String, Object> shape = new LinkedHashMap<>(small.toJsonShape());
    shape.remove("partially");
    assertThatThrownBy(() -> GoalCompletion.fromJsonShape(shape))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: member partially is missing");

    shape.put("partially", "2");
    assertThatThrownBy(() -> GoalCompletion.fromJsonShape(shape))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: partially = \"2\": must be a whole number");

    shape.put("partially", -2);
    assertThatThrownBy(() -> GoalCompletion.fromJsonShape(shape))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: partially = -2: must be ≥ 0");

    shape.put("partially", 2);
    shape.put("reasons", Map.of("respondents", 3, "counts", Map.of("slow", 4)));
    assertThatThrownBy(() -> GoalCompletion.fromJsonShape(shape))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: the JSON shape describes an invalid value: "
            + "counts[\"slow\"] = 4: must be ≤ respondents = 3 (a respondent counts at most once per reason)");

    shape.put("reasons", Map.of("respondents", 3, "counts", Map.of("", 1)));
    assertThatThrownBy(() -> GoalCompletion.fromJsonShape(shape))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: the JSON shape describes an invalid value: "
            + "reason = \"\": a reason must not be blank");

    shape.put("reasons", Map.of("respondents", 3, "counts", Map.of("slow", 1.5)));
    assertThatThrownBy(() -> GoalCompletion.fromJsonShape(shape))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: reasons.counts.slow = 1.5: must be a whole number");

    shape.put("reasons", Map.of("counts", Map.of()));
    assertThatThrownBy(() -> GoalCompletion.fromJsonShape(shape))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: member reasons.respondents is missing");

    shape.put("reasons", List.of());
    assertThatThrownBy(() -> GoalCompletion.fromJsonShape(shape))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: reasons = []: must be an object");

    assertThatThrownBy(() -> ReasonBreakdown.fromJsonShape(worked().toJsonShape()))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: kind = \"goal-completion\", expected \"reason-breakdown\"");

    Map<String, Object> overflow = new TreeMap<>(Map.of("format", 1, "kind", "goal-completion",
        "fully", Long.MAX_VALUE, "partially", 1, "notAchieved", 0));
    assertThatThrownBy(() -> GoalCompletion.fromJsonShape(overflow))
        .isInstanceOf(SerialFormException.class)
        .hasMessage("cannot read goal-completion: the JSON shape describes an invalid value: "
            + "answered = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
  }

  @Test
  void aSingleAnswerAfterAHugeBulkAddIsCheckedInsteadOfWrapping() {
    GoalCompletionAccumulator acc = new GoalCompletionAccumulator().add(GoalOutcome.FULLY, Long.MAX_VALUE);
    assertThatThrownBy(() -> acc.add(GoalOutcome.FULLY))
        .isExactlyInstanceOf(CountOverflowException.class)
        .hasMessageEndingWith(": exceeds the largest count, 9223372036854775807");
    assertThat(acc.snapshot().fully()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aBreakdownMapFilledByAnUncheckedCastGetsATypedError() {
    // What a JSON library may hand over: Integer counts are fine, anything else is named.
    Map raw = new HashMap();
    raw.put("missing information", 3);
    assertThat(ReasonBreakdown.of(5, raw).count("missing information")).isEqualTo(3);
    raw.put("technical problem", "2");
    assertThatThrownBy(() -> ReasonBreakdown.of(5, raw))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("counts[\"technical problem\"] = 2: must be a whole number");
    Map rawKeys = new HashMap();
    rawKeys.put(7, 1L);
    assertThatThrownBy(() -> ReasonBreakdown.of(5, rawKeys))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("reason = 7: must be a string");
  }
}
