package io.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The number and wording rules {@link Formats} gives the text and HTML reports alike. */
class TextReportFormatsTest {

  @Test
  void valuesByUnit() {
    // NPS signed with one decimal, percent with one and the sign %, means with two.
    assertThat(Formats.value(32.79, "points")).isEqualTo("+32.8");
    assertThat(Formats.value(-5.06, "points")).isEqualTo("-5.1");
    assertThat(Formats.value(76.44, "percent")).isEqualTo("76.4 %");
    assertThat(Formats.value(5.046, "mean")).isEqualTo("5.05");
    assertThat(Formats.value(null, "points")).isEqualTo("n/a");
    assertThat(Formats.value(Double.NaN, "percent")).isEqualTo("n/a");
  }

  @Test
  void neverMinusZero() {
    // -0.04 rounds to zero at one decimal: shown as 0.0, not -0.0, and without a sign.
    assertThat(Formats.number(-0.04, 1)).isEqualTo("0.0");
    assertThat(Formats.signed(-0.04, 1)).isEqualTo("0.0");
    assertThat(Formats.signed(0.0, 2)).isEqualTo("0.00");
    assertThat(Formats.difference(-0.001, "percent")).isEqualTo("0.0 pp");
  }

  @Test
  void intervalsPValuesAndCounts() {
    assertThat(Formats.interval(28.71, 36.84, 1)).isEqualTo("[28.7, 36.8]");
    assertThat(Formats.interval(null, 36.84, 1)).isEqualTo("n/a");
    assertThat(Formats.pValue(0.0004)).isEqualTo("<0.001");
    assertThat(Formats.pValue(0.0456)).isEqualTo("0.046");
    assertThat(Formats.pValue(null)).isEqualTo("n/a");
    assertThat(Formats.count(205_838)).isEqualTo("205,838");
    // One is singular: "1 responses checked" was the text of a one-response report.
    assertThat(Formats.count(1, "response")).isEqualTo("1 response");
    assertThat(Formats.count(0, "comment")).isEqualTo("0 comments");
    assertThat(Formats.count(1_464, "response")).isEqualTo("1,464 responses");
    assertThat(Formats.percent(new CxReport.Rate(0, 0, null, null, null))).isEqualTo("n/a");
  }

  @Test
  void durationsInWords() {
    assertThat(Formats.duration("PT24H")).isEqualTo("1 day");
    assertThat(Formats.duration("PT720H")).isEqualTo("30 days");
    assertThat(Formats.duration("PT1H")).isEqualTo("1 hour");
    assertThat(Formats.duration("PT90M")).isEqualTo("90 minutes");
    assertThat(Formats.duration("P1Y")).isEqualTo("P1Y");
    assertThat(Formats.seconds(45.0)).isEqualTo("45 s");
    // 312 s = 5.2 min; 11 520 s = 3.2 h; 129 600 s = 1.5 days.
    assertThat(Formats.seconds(312.0)).isEqualTo("5.2 min");
    assertThat(Formats.seconds(11_520.0)).isEqualTo("3.2 h");
    assertThat(Formats.seconds(129_600.0)).isEqualTo("1.5 days");
  }

  @Test
  void survivalIsReadOffTheStepInEffect() {
    List<CxReport.SurvivalPoint> curve = ReportFixtures.full().lifetimes().curve();
    // Before the first step (day 30) everyone is active; on day 61 the step to 87.4 % holds.
    assertThat(Formats.survivalAt(curve, 7)).isEqualTo("100.0 %");
    assertThat(Formats.survivalAt(curve, 61)).isEqualTo("87.4 %");
    assertThat(Formats.survivalAt(curve, 91.9)).isEqualTo("87.4 %");
    assertThat(Formats.survivalAt(List.of(), 30)).isEqualTo("n/a");
    // 7, 30, 90 and 180 days fall within the curve's 306; 365 does not; the last step ends it.
    assertThat(Formats.readingDays(curve)).containsExactly(7, 30, 90, 180, 306);
  }

  @Test
  void aMissingSectionQuotesOnlyTheNotesThatNameIt() throws IOException {
    CxReport empty = ReportFixtures.empty();
    CxReport other = new CxReport(empty.formatVersion(), empty.info(), empty.headlines(),
        List.of(), null, List.of(), null, null, null, null, List.of(), empty.followUp(),
        empty.inputs(), List.of("Groups with fewer than 30 answers are flagged small.",
            "The first event's period starts the churn periods."));
    StringWriter w = new StringWriter();
    TextReport.write(other, w);
    assertThat(w.toString())
        .contains("Funnel\n------\nNot in this report: It needs journey events (--journey and"
            + " --events).\n")
        .contains("Breakdown\n---------\nNot in this report: No grouping was given, or its"
            + " groups could not be formed.\n")
        .contains("Trends\n------\nNo dated responses to count per period.\n");
  }
}
