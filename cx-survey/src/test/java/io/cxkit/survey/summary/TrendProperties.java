package io.cxkit.survey.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.Response;
import io.cxkit.survey.RoutedArbitraries;
import io.cxkit.survey.Survey;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of trends over random routed surveys and respondents ({@link
 * GroupedSummaryProperties#responses}), submitted over some ten weeks in one of four zones: every
 * response is counted once, in the period of its local date; periods run without a hole; and
 * trends of the parts of a split input add up to the whole.
 */
class TrendProperties {

  @Provide
  Arbitrary<Survey> surveys() {
    return RoutedArbitraries.surveys();
  }

  @Provide
  Arbitrary<List<List<Integer>>> walks() {
    return GroupedSummaryProperties.anyWalks();
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    // UTC, a zone with daylight saving on either side of it, and one half an hour off the hour.
    return Arbitraries.of("UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata")
        .map(ZoneId::of);
  }

  private static Trend trend(Survey survey, Period unit, ZoneId zone, List<Response> responses) {
    return TrendSummarizer.of(survey, unit, zone).addAll(responses.iterator()).snapshot();
  }

  @Property(tries = 150)
  void everyResponseIsCountedOnceInThePeriodOfItsLocalDate(@ForAll("surveys") Survey survey,
      @ForAll("walks") List<List<Integer>> walks, @ForAll Period unit,
      @ForAll("zones") ZoneId zone) {
    List<Response> responses = GroupedSummaryProperties.responses(survey, walks);
    Trend trend = trend(survey, unit, zone, responses);

    long counted = 0;
    LocalDate previous = null;
    for (Map.Entry<LocalDate, SurveySummary> period : trend.periods().entrySet()) {
      LocalDate start = period.getKey();
      assertThat(unit.isStart(start)).as("%s", start).isTrue();
      if (previous != null) {
        assertThat(start).isEqualTo(unit.next(previous));
      }
      long expected = responses.stream()
          .filter(r -> unit.start(r.submittedAt(), zone).equals(start)).count();
      assertThat(period.getValue().responses()).as(unit.label(start)).isEqualTo(expected);
      counted += expected;
      previous = start;
    }
    assertThat(counted).isEqualTo(responses.size());
    // Periods pool in date order, not input order: open texts compared as multisets (TextOrder).
    assertThat(TextOrder.sorted(trend.total())).isEqualTo(
        TextOrder.sorted(SurveySummarizer.of(survey).addAll(responses.iterator()).snapshot()));
    // One change per period after the first; each defined exactly when both sides have data.
    List<PeriodChange> changes = trend.compare(EstimateKey.SURVEY_COMPLETION);
    assertThat(changes).hasSize(Math.max(0, trend.periods().size() - 1));
    for (PeriodChange change : changes) {
      if (change.estimate().n() == 0 || change.previous().n() == 0) {
        assertThat(change.comparison()).isEmpty();
      } else {
        assertThat(change.comparison()).isPresent();
      }
    }
  }

  @Property(tries = 150)
  void trendOfASplitInputMergedEqualsTheWhole(@ForAll("surveys") Survey survey,
      @ForAll("walks") List<List<Integer>> walks, @ForAll @IntRange(min = 0, max = 30) int cut,
      @ForAll Period unit, @ForAll("zones") ZoneId zone) {
    List<Response> responses = GroupedSummaryProperties.responses(survey, walks);
    int at = Math.min(cut, responses.size());
    Trend whole = trend(survey, unit, zone, responses);
    Trend first = trend(survey, unit, zone, responses.subList(0, at));
    Trend second = trend(survey, unit, zone, responses.subList(at, responses.size()));

    // In order, each period's parts give it exactly; the other way round, open texts come in
    // another order and are compared as multisets (TextOrder).
    assertThat(first.plus(second)).isEqualTo(whole);
    assertThat(first.plus(second).periods()).isEqualTo(whole.periods());
    assertThat(TextOrder.sorted(second.plus(first))).isEqualTo(TextOrder.sorted(whole));
    TrendSummarizer merged = TrendSummarizer.of(survey, unit, zone)
        .addAll(responses.subList(0, at).iterator());
    assertThat(merged.merge(second).snapshot()).isEqualTo(whole);
  }
}
