package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Percentage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class GoalCompletionProperties extends MergeableEstimateContract<GoalCompletion> {

  GoalCompletionProperties() {
    super(0, 100, GoalCompletion::toBytes, GoalCompletion::fromBytes, GoalCompletion::toJsonShape, GoalCompletion::fromJsonShape);
  }

  /** Any three goal completions add up: there is one definition of the goal question. */
  @Provide
  Arbitrary<Trio<GoalCompletion>> trios() {
    Arbitrary<GoalCompletion> small = Combinators.combine(Arbitraries.longs().between(0, 30),
        Arbitraries.longs().between(0, 30), Arbitraries.longs().between(0, 30)).as(GoalCompletion::of);
    Arbitrary<GoalCompletion> any = Arbitraries.oneOf(small, values());
    return Combinators.combine(any, any, any).as(Trio::new);
  }

  private static final List<String> LABELS = List.of(
      "missing information", "technical problem", "could not place the order", "price", "délai de livraison");

  /** One respondent: the answer to the goal question and the reasons picked (possibly repeated). */
  record Answer(GoalOutcome outcome, List<String> reasons) {}

  @Provide
  Arbitrary<List<Answer>> answers() {
    Arbitrary<Answer> answer = Combinators.combine(
            Arbitraries.of(GoalOutcome.class),
            Arbitraries.of(LABELS).list().ofMaxSize(4))
        .as(Answer::new);
    return answer.list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<ReasonBreakdown> breakdowns() {
    return Arbitraries.longs().between(0, 1_000_000).flatMap(respondents ->
        Arbitraries.maps(Arbitraries.of(LABELS), Arbitraries.longs().between(0, respondents))
            .ofMaxSize(LABELS.size())
            .map(counts -> ReasonBreakdown.of(respondents, counts)));
  }

  @Provide
  Arbitrary<GoalCompletion> values() {
    Arbitrary<Long> count = Arbitraries.longs().between(0, 1L << 40);
    return Combinators.combine(count, count, count, breakdowns())
        .as((f, p, n, r) -> GoalCompletion.of(f, p, n).withReasons(r));
  }

  @Provide
  Arbitrary<Double> levels() {
    return Arbitraries.of(0.5, 0.8, 0.9, 0.95, 0.99, 0.999);
  }

  private static GoalCompletion accumulate(List<Answer> answers) {
    GoalCompletionAccumulator acc = new GoalCompletionAccumulator();
    for (Answer a : answers) {
      acc.add(a.outcome()).addReasons(a.reasons());
    }
    return acc.snapshot();
  }

  @Property
  void ratesLieOnZeroToHundredAndAddUpToHundred(
      @ForAll @LongRange(max = 1L << 50) long fully,
      @ForAll @LongRange(max = 1L << 50) long partially,
      @ForAll @LongRange(max = 1L << 50) long notAchieved) {
    GoalCompletion gc = GoalCompletion.of(fully, partially, notAchieved);
    if (gc.n() == 0) {
      assertThat(gc.value()).isEmpty();
      assertThat(gc.partialRate().value()).isEmpty();
      assertThat(gc.failureRate().value()).isEmpty();
      return;
    }
    double g = gc.goalCompletionRate().value().getAsDouble();
    double p = gc.partialRate().value().getAsDouble();
    double f = gc.failureRate().value().getAsDouble();
    for (double rate : new double[] {g, p, f}) {
      assertThat(rate).isBetween(0.0, 100.0);
    }
    assertThat(g + p + f).isCloseTo(100.0, within(1e-9));
    assertThat(gc.value()).hasValue(g);
  }

  @Property
  void wilsonIntervalsContainTheEstimateAndLieOnZeroToHundred(
      @ForAll("values") GoalCompletion gc, @ForAll("levels") double level) {
    List<Percentage> rates = new ArrayList<>(List.of(gc.goalCompletionRate(), gc.partialRate(), gc.failureRate()));
    gc.reasons().ifPresent(r -> rates.addAll(r.shares().values()));
    for (Percentage rate : rates) {
      if (rate.n() == 0) {
        assertThat(rate.confidenceInterval(level)).isEmpty();
        continue;
      }
      Interval ci = rate.confidenceInterval(level).orElseThrow();
      assertThat(ci.lower()).isBetween(0.0, 100.0);
      assertThat(ci.upper()).isBetween(0.0, 100.0);
      assertThat(ci.contains(rate.value().getAsDouble()))
          .as("%s contains %s", ci, rate).isTrue();
    }
  }

  @Property
  void sharesOfMultiSelectLieOnZeroToHundredEach(@ForAll("answers") List<Answer> answers) {
    ReasonBreakdown reasons = accumulate(answers).reasons().orElse(ReasonBreakdown.empty());
    long respondents = answers.stream().filter(a -> !a.reasons().isEmpty()).count();
    assertThat(reasons.respondents()).isEqualTo(respondents);
    for (String label : LABELS) {
      // A respondent counts once per reason however often it was named.
      long expected = answers.stream().filter(a -> a.reasons().contains(label)).count();
      assertThat(reasons.count(label)).isEqualTo(expected);
      assertThat(reasons.count(label)).isLessThanOrEqualTo(respondents);
    }
    // Sorted most chosen first, ties by label.
    List<String> order = new ArrayList<>(reasons.shares().keySet());
    for (int i = 1; i < order.size(); i++) {
      long previous = reasons.count(order.get(i - 1));
      long current = reasons.count(order.get(i));
      assertThat(previous > current || previous == current && order.get(i - 1).compareTo(order.get(i)) < 0)
          .isTrue();
    }
  }

  @Property
  void emptyIsTheIdentityAndReasonsCommute(@ForAll("values") GoalCompletion a, @ForAll("values") GoalCompletion b) {
    assertThat(a.plus(GoalCompletion.empty())).isEqualTo(a);
    ReasonBreakdown ra = a.reasons().orElse(ReasonBreakdown.empty());
    ReasonBreakdown rb = b.reasons().orElse(ReasonBreakdown.empty());
    assertThat(ra.plus(rb)).isEqualTo(rb.plus(ra));
  }

  @Property
  void mergingPartsEqualsAccumulatingTheWhole(
      @ForAll("answers") List<Answer> left, @ForAll("answers") List<Answer> right) {
    List<Answer> all = new ArrayList<>(left);
    all.addAll(right);
    GoalCompletion whole = accumulate(all);
    assertThat(accumulate(left).plus(accumulate(right))).isEqualTo(whole);

    GoalCompletionAccumulator merged = new GoalCompletionAccumulator();
    for (Answer a : left) {
      merged.add(a.outcome()).addReasons(a.reasons().toArray(new String[0]));
    }
    GoalCompletionAccumulator other = new GoalCompletionAccumulator();
    for (Answer a : right) {
      other.add(a.outcome()).addReasons(a.reasons());
    }
    assertThat(merged.merge(other).snapshot()).isEqualTo(whole);
    assertThat(new GoalCompletionAccumulator().merge(accumulate(left)).merge(accumulate(right)).snapshot())
        .isEqualTo(whole);
  }

  @Property
  void byteBatchesEqualOneByOne(@ForAll("answers") List<Answer> answers) {
    byte[] codes = new byte[answers.size()];
    GoalCompletionAccumulator one = new GoalCompletionAccumulator();
    for (int i = 0; i < codes.length; i++) {
      codes[i] = (byte) answers.get(i).outcome().code();
      one.add(answers.get(i).outcome());
    }
    assertThat(new GoalCompletionAccumulator().addAll(codes).snapshot()).isEqualTo(one.snapshot());
  }

  @Property
  void orderDoesNotMatter(@ForAll("answers") List<Answer> answers, @ForAll long seed) {
    List<Answer> shuffled = new ArrayList<>(answers);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(accumulate(shuffled)).isEqualTo(accumulate(answers));
  }

  @Property
  void reasonBreakdownSerialFormsRoundTripAndAreCanonical(@ForAll("values") GoalCompletion gc) {
    ReasonBreakdown reasons = gc.reasons().orElse(ReasonBreakdown.empty());
    assertThat(ReasonBreakdown.fromBytes(reasons.toBytes())).isEqualTo(reasons);
    assertThat(ReasonBreakdown.fromJsonShape(reasons.toJsonShape())).isEqualTo(reasons);
    // Equal values have equal serial forms: reasons are written in label order.
    Map<String, Long> reversed = new TreeMap<>(Collections.reverseOrder());
    reversed.putAll(reasons.counts());
    ReasonBreakdown rebuilt = ReasonBreakdown.of(reasons.respondents(), reversed);
    assertThat(rebuilt.toBytes()).isEqualTo(reasons.toBytes());
    assertThat(rebuilt.hashCode()).isEqualTo(reasons.hashCode());
  }
}
