package io.cxkit.survey.summary;

import static io.cxkit.survey.summary.GroupFixtures.NPS;
import static io.cxkit.survey.summary.GroupFixtures.NPS_KEY;
import static io.cxkit.survey.summary.GroupFixtures.completedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.Nps;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Trends of {@link io.cxkit.survey.RoutingExamples#npsFollowUps()} by day, week, month, quarter. */
class TrendTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static Nps npsOf(SurveySummary summary) {
    return summary.question("nps").summary(NpsSummary.class).nps();
  }

  /**
   * August 2026: 10, 9, 8, 3 (2 promoters, 1 passive, 1 detractor, NPS 25). September: 10, 10, 10,
   * 9, 7, 6 (4/1/1, NPS 50). October: nothing. November: 9 and 2 (1/0/1, NPS 0). And a 10 at
   * 2026-11-30T23:30Z, which is 00:30 on 1 December in Berlin.
   */
  private static List<Response> months() {
    return List.of(
        completedAt(10, at("2026-08-03T10:00:00Z")), completedAt(9, at("2026-08-14T10:00:00Z")),
        completedAt(8, at("2026-08-20T10:00:00Z")), completedAt(3, at("2026-08-31T21:00:00Z")),
        completedAt(10, at("2026-09-01T08:00:00Z")), completedAt(10, at("2026-09-02T08:00:00Z")),
        completedAt(10, at("2026-09-10T08:00:00Z")), completedAt(9, at("2026-09-11T08:00:00Z")),
        completedAt(7, at("2026-09-20T08:00:00Z")), completedAt(6, at("2026-09-30T21:59:59Z")),
        completedAt(9, at("2026-11-10T12:00:00Z")), completedAt(2, at("2026-11-11T12:00:00Z")),
        completedAt(10, at("2026-11-30T23:30:00Z")));
  }

  @Test
  void monthlyTrendInBerlinWithTheGapFilledAndPeriodOverPeriodChanges() {
    Trend trend = TrendSummarizer.of(NPS, Period.MONTH, BERLIN).addAll(months().iterator())
        .snapshot();

    // August to December, October filled in with an empty summary.
    assertThat(List.copyOf(trend.periods().keySet())).containsExactly(date("2026-08-01"),
        date("2026-09-01"), date("2026-10-01"), date("2026-11-01"), date("2026-12-01"));
    assertThat(trend.first()).contains(date("2026-08-01"));
    assertThat(trend.last()).contains(date("2026-12-01"));
    assertThat(trend.periods().get(date("2026-10-01")).isEmpty()).isTrue();
    assertThat(npsOf(trend.period(date("2026-08-01")))).isEqualTo(Nps.of(2, 1, 1));
    // 2026-08-31T21:00Z is 23:00 in Berlin (CEST, UTC+2): still August. 2026-09-30T21:59:59Z is
    // 23:59:59 on 30 September.
    assertThat(npsOf(trend.period(date("2026-09-17")))).isEqualTo(Nps.of(4, 1, 1));
    assertThat(npsOf(trend.period(date("2026-11-30")))).isEqualTo(Nps.of(1, 0, 1));
    assertThat(npsOf(trend.period(date("2026-12-31")))).isEqualTo(Nps.of(1, 0, 0));
    // Outside the trend: nothing recorded then.
    assertThat(trend.period(date("2025-01-01")).isEmpty()).isTrue();
    assertThat(trend.total().responses()).isEqualTo(13);

    List<PeriodChange> changes = trend.compare(NPS_KEY);
    assertThat(changes).extracting(PeriodChange::label)
        .containsExactly("2026-09", "2026-10", "2026-11", "2026-12");
    assertThat(changes).extracting(PeriodChange::previousLabel)
        .containsExactly("2026-08", "2026-09", "2026-10", "2026-11");
    // September against August, Rocks' adjusted-Wald test: Sep' = (4.75, 2.5, 1.75)/9, Aug' =
    // (2.75, 2.5, 1.75)/7; d' = 100 · (3/9 − 1/7) = 19.048 points, SE 39.601, p 0.6305.
    double[] sepAug = GroupFixtures.adjustedWald(4, 1, 1, 2, 1, 1);
    assertThat(sepAug[0]).isCloseTo(100 * (3.0 / 9 - 1.0 / 7), within(1e-9));
    assertThat(sepAug[2]).isCloseTo(0.630523, within(1e-6));
    Comparison sep = changes.get(0).comparison().orElseThrow();
    assertThat(sep.difference()).isCloseTo(sepAug[0], within(1e-9));
    assertThat(sep.standardError()).isCloseTo(sepAug[1], within(1e-9));
    assertThat(sep.pValue()).isCloseTo(sepAug[2], within(1e-6));
    assertThat(changes.get(0).estimate()).isEqualTo(Nps.of(4, 1, 1));
    assertThat(changes.get(0).previous()).isEqualTo(Nps.of(2, 1, 1));
    // October is empty: no comparison with September, none from October to November.
    assertThat(changes.get(1).estimate().n()).isZero();
    assertThat(changes.get(1).comparison()).isEmpty();
    assertThat(changes.get(2).comparison()).isEmpty();
    // December against November: (1, 0, 0) vs (1, 0, 1); d' = 100 · (1/4 − 0/5) = 25, p 0.6370.
    Comparison dec = changes.get(3).comparison().orElseThrow();
    assertThat(dec.difference()).isCloseTo(25.0, within(1e-9));
    assertThat(dec.pValue()).isCloseTo(GroupFixtures.adjustedWald(1, 0, 0, 1, 0, 1)[2], within(1e-6));
    assertThat(dec.pValue()).isEqualTo(Nps.of(1, 0, 0).comparedWith(Nps.of(1, 0, 1))
        .orElseThrow().pValue());

    // The same responses in UTC: the late 10 stays in November, and there is no December.
    Trend utc = TrendSummarizer.of(NPS, Period.MONTH, ZoneOffset.UTC).addAll(months().iterator())
        .snapshot();
    assertThat(utc.last()).contains(date("2026-11-01"));
    assertThat(npsOf(utc.period(date("2026-11-01")))).isEqualTo(Nps.of(2, 0, 1));
  }

  @Test
  void weeklyTrendAcrossTheYearBoundaryAndQuarters() {
    List<Response> responses = List.of(
        completedAt(9, at("2026-12-28T00:00:00Z")), completedAt(9, at("2026-12-31T12:00:00Z")),
        completedAt(3, at("2027-01-01T12:00:00Z")), completedAt(8, at("2027-01-03T23:59:59Z")),
        completedAt(10, at("2027-01-04T00:00:00Z")));
    Trend weeks = TrendSummarizer.of(NPS, Period.ISO_WEEK, ZoneOffset.UTC)
        .addAll(responses.iterator()).snapshot();
    // Monday 2026-12-28 to Sunday 2027-01-03 is 2026-W53 (four responses), then 2027-W01.
    assertThat(weeks.periods()).containsOnlyKeys(date("2026-12-28"), date("2027-01-04"));
    assertThat(weeks.period(date("2027-01-01")).responses()).isEqualTo(4);
    assertThat(weeks.compare(NPS_KEY)).extracting(PeriodChange::label).containsExactly("2027-W01");
    assertThat(weeks.compare(NPS_KEY).get(0).previousLabel()).isEqualTo("2026-W53");

    Trend quarters = TrendSummarizer.of(NPS, Period.QUARTER, ZoneId.of("America/Los_Angeles"))
        .addAll(responses.iterator()).snapshot();
    // In Los Angeles (UTC−8) 2027-01-01T12:00Z is 04:00 on 1 January; 2027-01-04T00:00Z is
    // 16:00 on 3 January: three responses in 2027-Q1, two (27 and 31 December local) in 2026-Q4.
    assertThat(quarters.period(date("2026-10-01")).responses()).isEqualTo(2);
    assertThat(quarters.period(date("2027-01-01")).responses()).isEqualTo(3);
    assertThat(quarters.compare(NPS_KEY)).extracting(PeriodChange::label).containsExactly("2027-Q1");
  }

  @Test
  void dailyTrendOverTheDaylightSavingChange() {
    // Berlin springs forward on Sunday 2026-03-29: local midnight of the 30th is 22:00Z on the 29th.
    Trend days = TrendSummarizer.of(NPS, Period.DAY, BERLIN)
        .add(completedAt(9, at("2026-03-28T22:59:59Z"))) // 23:59:59 CET on the 28th
        .add(completedAt(9, at("2026-03-28T23:00:00Z"))) // 00:00 CET on the 29th
        .add(completedAt(9, at("2026-03-29T21:59:59Z"))) // 23:59:59 CEST on the 29th
        .add(completedAt(9, at("2026-03-29T22:00:00Z"))) // 00:00 CEST on the 30th
        .snapshot();
    assertThat(days.periods().values()).extracting(SurveySummary::responses)
        .containsExactly(1L, 2L, 1L);
    assertThat(days.first()).contains(date("2026-03-28"));
  }

  @Test
  void displaysPerPeriodAndTheCapOnTheSpan() {
    TrendSummarizer summarizer = TrendSummarizer.builder(NPS, Period.DAY, ZoneOffset.UTC)
        .maxPeriods(30).build();
    summarizer.add(completedAt(9, at("2026-01-01T10:00:00Z"))).addDisplays(date("2026-01-01"), 4);
    // 2026-01-01 to 2026-01-30 is 30 days: allowed; to 2026-01-31 is 31: refused, not counted.
    summarizer.add(completedAt(9, at("2026-01-30T10:00:00Z")));
    assertThatThrownBy(() -> summarizer.add(completedAt(9, at("2026-01-31T10:00:00Z"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("submittedAt")
        .hasMessageContaining("31 day periods (2026-01-01 to 2026-01-31)")
        .hasMessageContaining("maxPeriods = 30");
    assertThatThrownBy(() -> summarizer.addDisplays(date("2025-12-31"), 1))
        .isInstanceOf(InvalidValueException.class);
    Trend trend = summarizer.snapshot();
    assertThat(trend.periods()).hasSize(30);
    assertThat(trend.total().responses()).isEqualTo(2);
    assertThat(trend.period(date("2026-01-01")).displays()).isEqualTo(OptionalLong.of(4));
    // 1 completion over 4 displays.
    assertThat(trend.period(date("2026-01-01")).surveyCompletionRate().denominator())
        .isEqualTo("displays");

    assertThatThrownBy(() -> TrendSummarizer.builder(NPS, Period.DAY, ZoneOffset.UTC).maxPeriods(0)
        .build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> TrendSummarizer.builder(NPS, Period.DAY, ZoneOffset.UTC).maxPeriods(5)
        .maxPeriods(6)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> summarizer.add(completedAt(9, Instant.MAX)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("submittedAt");
  }

  @Test
  void mergingIntoANewSummarizerKeepsEachPeriodsDisplaysOnce() {
    // 1 January: a 9 shown 4 times; 2 January: shown 3 times, no response. Merged into an empty
    // summarizer, the trend is the same: displays 4 and 3, not 8 and 6.
    Trend one = TrendSummarizer.of(NPS, Period.DAY, ZoneOffset.UTC)
        .add(completedAt(9, at("2026-01-01T10:00:00Z"))).addDisplays(date("2026-01-01"), 4)
        .addDisplays(date("2026-01-02"), 3).snapshot();
    TrendSummarizer merged = TrendSummarizer.of(NPS, Period.DAY, ZoneOffset.UTC).merge(one);

    assertThat(merged.snapshot().period(date("2026-01-01")).displays()).isEqualTo(OptionalLong.of(4));
    assertThat(merged.snapshot().period(date("2026-01-02")).displays()).isEqualTo(OptionalLong.of(3));
    assertThat(merged.snapshot()).isEqualTo(one);
    // Merged a second time, the displays add up, as plus gives them.
    assertThat(merged.merge(one).snapshot()).isEqualTo(one.plus(one));
    assertThat(one.plus(one).period(date("2026-01-01")).displays()).isEqualTo(OptionalLong.of(8));
  }

  @Test
  void aGapBetweenPeriodsWithDisplaysGivesNoComparisonRatherThanAnError() {
    // Displays given for 30 November (10) and 2 December (8), nothing at all on 1 December: the
    // gap is listed with n = 0 and compared with neither neighbour, as for any other estimate.
    Trend trend = TrendSummarizer.of(NPS, Period.DAY, ZoneOffset.UTC)
        .add(completedAt(9, at("2026-11-30T10:00:00Z"))).addDisplays(date("2026-11-30"), 10)
        .add(completedAt(9, at("2026-12-02T10:00:00Z"))).addDisplays(date("2026-12-02"), 8)
        .snapshot();

    List<PeriodChange> changes = trend.compare(EstimateKey.SURVEY_COMPLETION);
    assertThat(changes).extracting(PeriodChange::label).containsExactly("2026-12-01", "2026-12-02");
    assertThat(changes.get(0).estimate().n()).isZero();
    assertThat(changes.get(0).previous()).isEqualTo(Rate.of(Percentage.of(1, 10), "displays"));
    assertThat(changes).allSatisfy(change -> assertThat(change.comparison()).isEmpty());
    assertThat(trend.compare(EstimateKey.DISMISSAL)).allSatisfy(
        change -> assertThat(change.comparison()).isEmpty());
    // Two neighbours that both recorded something, one with displays and one without, still
    // cannot be compared: their rates are over different denominators.
    Trend mixed = TrendSummarizer.of(NPS, Period.DAY, ZoneOffset.UTC)
        .add(completedAt(9, at("2026-11-30T10:00:00Z"))).addDisplays(date("2026-11-30"), 10)
        .add(completedAt(9, at("2026-12-01T10:00:00Z"))).snapshot();
    assertThatThrownBy(() -> mixed.compare(EstimateKey.SURVEY_COMPLETION))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("denominator");
  }

  @Test
  void noTrendSpansMoreThanTheMostPeriodsATrendMayList() {
    QuestionTypeRegistry registry = QuestionTypeRegistry.standard();
    SurveySummary one = SurveySummarizer.of(NPS).add(completedAt(9, at("2026-02-03T10:00:00Z")))
        .snapshot();
    LocalDate first = date("2026-01-01");
    // MAX_PERIODS days from the first, first and last included, is allowed; one more is not.
    LocalDate last = first.plusDays(Trend.MAX_PERIODS - 1);
    Trend widest = Trend.of(NPS, SummaryOptions.DEFAULT, registry, Period.DAY, ZoneOffset.UTC,
        Map.of(first, one, last, one));
    assertThat(widest.periods()).hasSize(Trend.MAX_PERIODS);
    assertThatThrownBy(() -> Trend.of(NPS, SummaryOptions.DEFAULT, registry, Period.DAY,
        ZoneOffset.UTC, Map.of(first, one, last.plusDays(1), one)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining((Trend.MAX_PERIODS + 1) + " day periods")
        .hasMessageContaining("at most " + Trend.MAX_PERIODS);
    // Two trends that each fit may not add up to one that does not.
    Trend later = Trend.of(NPS, SummaryOptions.DEFAULT, registry, Period.DAY, ZoneOffset.UTC,
        Map.of(last.plusDays(1), one));
    Trend earlier = Trend.of(NPS, SummaryOptions.DEFAULT, registry, Period.DAY, ZoneOffset.UTC,
        Map.of(first, one));
    assertThatThrownBy(() -> earlier.plus(later)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most " + Trend.MAX_PERIODS);
    // A summarizer cannot be set to allow a longer trend than one may be.
    assertThatThrownBy(() -> TrendSummarizer.builder(NPS, Period.DAY, ZoneOffset.UTC)
        .maxPeriods(Trend.MAX_PERIODS + 1).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("maxPeriods");
    assertThat(TrendSummarizer.builder(NPS, Period.DAY, ZoneOffset.UTC)
        .maxPeriods(Trend.MAX_PERIODS).build()).isNotNull();
  }

  @Test
  void fewerDisplaysThanResponsesInAPeriodIsRefusedWhenTheTrendIsTaken() {
    // Shown once on 1 January, answered twice that day (one display counted the day before, say):
    // a survey completion rate of 2 over 1 display is no rate. The summarizer takes both calls in
    // either order; its snapshot names the period's displays and responses.
    TrendSummarizer summarizer = TrendSummarizer.of(NPS, Period.DAY, ZoneOffset.UTC)
        .addDisplays(date("2026-01-01"), 1).add(completedAt(9, at("2026-01-01T10:00:00Z")))
        .add(completedAt(7, at("2026-01-01T11:00:00Z")));
    assertThatThrownBy(summarizer::snapshot).isInstanceOf(InvalidValueException.class)
        .hasMessage("displays = 1: must be ≥ responses = 2: every response was displayed");
    // Displays added later make it a summary again: 2 completions over 3 displays.
    assertThat(summarizer.addDisplays(date("2026-01-01"), 2).snapshot().total()
        .surveyCompletionRate()).isEqualTo(Rate.of(Percentage.of(2, 3), "displays"));
  }

  @Test
  void anInvalidResponseOpensNoPeriod() {
    TrendSummarizer summarizer = TrendSummarizer.of(NPS, Period.DAY, ZoneOffset.UTC);
    Response offScale = Response.builder("y", NPS.id(), NPS.version())
        .submittedAt(at("2026-05-01T10:00:00Z")).answer("nps", new NpsAnswer(-1)).build();
    assertThatThrownBy(() -> summarizer.add(offScale)).isInstanceOf(InvalidResponseException.class);
    assertThat(summarizer.snapshot().isEmpty()).isTrue();
  }

  @Test
  void trendsMergeByPeriodAndRefuseAnotherPeriodOrZone() {
    List<Response> all = months();
    Trend whole = TrendSummarizer.of(NPS, Period.MONTH, BERLIN).addAll(all.iterator()).snapshot();
    Trend first = TrendSummarizer.of(NPS, Period.MONTH, BERLIN)
        .addAll(all.subList(0, 5).iterator()).snapshot();
    Trend second = TrendSummarizer.of(NPS, Period.MONTH, BERLIN)
        .addAll(all.subList(5, all.size()).iterator()).snapshot();

    assertThat(first.plus(second)).isEqualTo(whole).isEqualTo(second.plus(first));
    assertThat(first.plus(second).hashCode()).isEqualTo(whole.hashCode());
    assertThat(TrendSummarizer.of(NPS, Period.MONTH, BERLIN).merge(first).merge(second).snapshot())
        .isEqualTo(whole);

    Trend utc = TrendSummarizer.of(NPS, Period.MONTH, ZoneOffset.UTC).snapshot();
    Trend weekly = TrendSummarizer.of(NPS, Period.ISO_WEEK, BERLIN).snapshot();
    assertThatThrownBy(() -> whole.plus(utc)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("zone");
    assertThatThrownBy(() -> whole.plus(weekly)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("month").hasMessageContaining("iso-week");
    assertThatThrownBy(() -> TrendSummarizer.of(NPS, Period.MONTH, BERLIN).merge(utc))
        .isInstanceOf(IncompatibleMergeException.class);
  }

  @Test
  void partsAreCheckedAndAnEmptyTrendSaysSo() {
    QuestionTypeRegistry registry = QuestionTypeRegistry.standard();
    SurveySummary empty = SurveySummarizer.of(NPS).snapshot();
    SurveySummary one = SurveySummarizer.of(NPS).add(completedAt(9, at("2026-02-03T10:00:00Z")))
        .snapshot();

    Trend trend = Trend.of(NPS, SummaryOptions.DEFAULT, registry, Period.MONTH, BERLIN,
        Map.of(date("2026-01-01"), empty, date("2026-02-01"), one, date("2026-04-01"), one));
    // The empty January is no period with data: the trend runs February to April.
    assertThat(trend.first()).contains(date("2026-02-01"));
    assertThat(trend.periods()).hasSize(3);
    assertThat(trend).isEqualTo(Trend.of(NPS, SummaryOptions.DEFAULT, registry, Period.MONTH,
        BERLIN, Map.of(date("2026-02-01"), one, date("2026-04-01"), one)));
    assertThatThrownBy(() -> Trend.of(NPS, SummaryOptions.DEFAULT, registry, Period.MONTH, BERLIN,
        Map.of(date("2026-02-03"), one))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2026-02-01");
    assertThatThrownBy(() -> Trend.of(NPS, SummaryOptions.DEFAULT.withDismissedInDenominators(true),
        registry, Period.MONTH, BERLIN, Map.of(date("2026-02-01"), one)))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("options");

    Trend nothing = TrendSummarizer.of(NPS, Period.DAY, BERLIN).snapshot();
    assertThat(nothing.isEmpty()).isTrue();
    assertThat(nothing.periods()).isEmpty();
    assertThat(nothing.first()).isEmpty();
    assertThat(nothing.compare(NPS_KEY)).isEmpty();
    assertThat(nothing.total().isEmpty()).isTrue();
    assertThatThrownBy(() -> nothing.compare(EstimateKey.question("nps", "mean")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new PeriodChange(NPS_KEY, Period.ISO_WEEK, date("2027-01-01"),
        Nps.empty(), Nps.empty(), java.util.Optional.empty()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("2026-12-28");
  }
}
