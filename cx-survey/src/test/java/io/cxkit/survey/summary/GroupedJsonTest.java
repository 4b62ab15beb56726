package io.cxkit.survey.summary;

import static io.cxkit.survey.summary.GroupFixtures.NPS;
import static io.cxkit.survey.summary.GroupFixtures.completed;
import static io.cxkit.survey.summary.GroupFixtures.dismissed;
import static io.cxkit.survey.summary.GroupFixtures.partial;
import static io.cxkit.survey.summary.GroupFixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CxException;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The serial forms of grouped summaries and trends: each round-trips exactly, golden files pin the
 * documents, and malformed documents fail with typed errors at their JSON paths.
 */
class GroupedJsonTest {
  private static final SurveyJson JSON = SurveyJson.standard();
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Variant A: scores 10, 9, 3 and a dismissal; B: 8 and a partial 2; one without a variant. */
  private static GroupedSummary byVariant() {
    List<Response> responses = new ArrayList<>(completed(variant("A"), 10, 9, 3));
    responses.add(dismissed(variant("A")));
    responses.addAll(completed(variant("B"), 8));
    responses.add(partial(2, variant("B")));
    responses.add(completed(6, ResponseContext.EMPTY));
    return GroupedSummarizer.of(NPS, GroupKey.variant()).addAll(responses.iterator()).snapshot();
  }

  /** Weekly in Berlin: two responses in 2026-W49, none in W50, one in W51 (a gap in between). */
  private static Trend weekly() {
    return TrendSummarizer.of(NPS, Period.ISO_WEEK, BERLIN)
        .add(GroupFixtures.completedAt(10, Instant.parse("2026-11-30T09:00:00Z")))
        // 22:30Z on Sunday 6 December is 23:30 in Berlin (UTC+1): still week 49.
        .add(GroupFixtures.completedAt(4, Instant.parse("2026-12-06T22:30:00Z")))
        .add(GroupFixtures.completedAt(9, Instant.parse("2026-12-14T12:00:00Z")))
        .snapshot();
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = GroupedJsonTest.class.getResourceAsStream("/fixtures/summary/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void aGroupedSummaryRoundTripsAndMatchesItsGoldenFile() throws IOException {
    GroupedSummary grouped = byVariant();
    String json = JSON.writeGroupedSummary(grouped);
    assertThat(json).startsWith("{\"formatVersion\":1,\"kind\":\"grouped-survey-summary\","
        + "\"key\":\"variant\",\"withoutKey\":{\"formatVersion\":1,\"kind\":\"survey-summary\"");
    assertThat(json).isEqualTo(golden("nps-by-variant.grouped.json"));
    GroupedSummary read = JSON.readGroupedSummary(golden("nps-by-variant.grouped.json"), NPS);
    assertThat(read).isEqualTo(grouped);
    assertThat(JSON.readGroupedSummary(new StringReader(json), NPS)).isEqualTo(grouped);
    assertThat(JSON.readGroupedSummary(new java.io.ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8)), NPS)).isEqualTo(grouped);
    // A: promoters 2, detractors 1 of 3 → (2 − 1)/3·100 = 33.3; B: one passive and one detractor
    // of 2 → −50; without a variant: one detractor → −100.
    assertThat(read.group("A").estimate(GroupFixtures.NPS_KEY).value().getAsDouble())
        .isEqualTo(100.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(read.group("A").dismissals()).isEqualTo(1);
    assertThat(read.group("B").partials()).isEqualTo(1);
    assertThat(read.withoutKey().responses()).isEqualTo(1);
  }

  @Test
  void aTrendRoundTripsWithItsGapAndMatchesItsGoldenFile() throws IOException {
    Trend trend = weekly();
    // Weeks starting Monday 30 November (two responses), 7 December (none: the gap) and 14
    // December (one).
    assertThat(trend.periods().keySet()).containsExactly(LocalDate.of(2026, 11, 30),
        LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14));
    assertThat(trend.period(LocalDate.of(2026, 11, 30)).responses()).isEqualTo(2);
    String json = JSON.writeTrend(trend);
    assertThat(json).isEqualTo(golden("nps-weekly.trend.json"));
    // The empty week is not written; reading fills it again.
    assertThat(json).doesNotContain("2026-12-07");
    assertThat(JSON.readTrend(json, NPS)).isEqualTo(trend);
    assertThat(JSON.readTrend(new StringReader(json), NPS).periods()).isEqualTo(trend.periods());
    assertThat(JSON.readTrend(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        NPS)).isEqualTo(trend);
  }

  @Test
  void anEmptyTrendRoundTrips() {
    Trend empty = TrendSummarizer.of(NPS, Period.MONTH, ZoneId.of("UTC")).snapshot();
    String json = JSON.writeTrend(empty);
    assertThat(json).isEqualTo("{\"formatVersion\":1,\"kind\":\"survey-trend\",\"unit\":\"month\","
        + "\"zone\":\"UTC\",\"options\":{\"dismissedInDenominators\":false},\"periods\":[]}");
    assertThat(JSON.readTrend(json, NPS)).isEqualTo(empty);
  }

  @Test
  void malformedGroupedDocumentsFailAtTheirPaths() {
    String json = JSON.writeGroupedSummary(byVariant());
    String groupA = json.substring(json.indexOf("{\"label\":\"A\""), json.indexOf(",{\"label\":\"B\""));
    // The same label twice.
    String twice = json.replace(groupA, groupA + "," + groupA);
    assertThatThrownBy(() -> JSON.readGroupedSummary(twice, NPS))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("$.groups").hasMessageContaining("label \"A\" is given twice");
    // Another kind of document.
    assertThatThrownBy(() -> JSON.readGroupedSummary(json.replace("grouped-survey-summary",
        "survey-trend"), NPS))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.kind");
    // A missing member, an unknown one.
    assertThatThrownBy(() -> JSON.readGroupedSummary(json.replace("\"key\":\"variant\",", ""), NPS))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("\"key\" is missing");
    assertThatThrownBy(() -> JSON.readGroupedSummary(json.replace("{\"label\":\"A\",",
        "{\"label\":\"A\",\"colour\":1,"), NPS))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("colour");
    // A group's summary of another survey: the nested summary's own check, at its path.
    assertThatThrownBy(() -> JSON.readGroupedSummary(json.replace(
        "{\"label\":\"B\",\"summary\":{\"formatVersion\":1,\"kind\":\"survey-summary\",\"survey\":{\"id\":\"nps-quarterly\"",
        "{\"label\":\"B\",\"summary\":{\"formatVersion\":1,\"kind\":\"survey-summary\",\"survey\":{\"id\":\"other\""),
        NPS))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.groups[1].summary.survey.id");
    // A blank label: GroupedSummary.of's rule, with the path.
    assertThatThrownBy(() -> JSON.readGroupedSummary(json.replace("{\"label\":\"A\"",
        "{\"label\":\" \""), NPS))
        .isInstanceOf(CxException.class).hasMessageContaining("must not be blank");
  }

  @Test
  void malformedTrendDocumentsFailAtTheirPaths() {
    String json = JSON.writeTrend(weekly());
    assertThatThrownBy(() -> JSON.readTrend(json.replace("\"unit\":\"iso-week\"",
        "\"unit\":\"fortnight\""), NPS))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.unit")
        .hasMessageContaining("fortnight");
    assertThatThrownBy(() -> JSON.readTrend(json.replace("Europe/Berlin", "Europe/Atlantis"), NPS))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.zone")
        .hasMessageContaining("Europe/Atlantis");
    assertThatThrownBy(() -> JSON.readTrend(json.replace("2026-11-30", "2026-11-31"), NPS))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.periods[0].start")
        .hasMessageContaining("ISO-8601 date");
    // 1 December 2026 is a Tuesday: no ISO week starts there.
    assertThatThrownBy(() -> JSON.readTrend(json.replace("2026-11-30", "2026-12-01"), NPS))
        .isInstanceOf(CxException.class).hasMessageContaining("2026-12-01")
        .hasMessageContaining("first day");
    // A week near the start of LocalDate's range: a document of two periods that would span
    // some 52 billion weeks, every one of them listed by periods() and written by writeTrend.
    // Monday -999999999-01-01 (the first day LocalDate holds is a Monday) is refused on reading.
    assertThat(LocalDate.MIN.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    assertThatThrownBy(() -> JSON.readTrend(json.replace("2026-11-30", "-999999999-01-01"), NPS))
        .isInstanceOf(io.cxkit.core.InvalidValueException.class).hasMessageContaining("$.periods")
        .hasMessageContaining("-999999999-W01 to 2026-W51")
        .hasMessageContaining("at most " + Trend.MAX_PERIODS);
    String first = json.substring(json.indexOf("{\"start\":\"2026-11-30\""),
        json.indexOf(",{\"start\":\"2026-12-14\""));
    assertThatThrownBy(() -> JSON.readTrend(json.replace(first, first + "," + first), NPS))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("start \"2026-11-30\" is given twice");
  }
}
