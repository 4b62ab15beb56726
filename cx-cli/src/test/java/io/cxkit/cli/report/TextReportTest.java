package io.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextReportTest {

  static String text(CxReport report) throws IOException {
    StringWriter w = new StringWriter();
    TextReport.write(report, w);
    return w.toString();
  }

  /** The text with every run of spaces as one, so that a row reads as its cells. */
  static String squeezed(CxReport report) throws IOException {
    return text(report).replaceAll(" +", " ");
  }

  static Stream<Arguments> reports() {
    return Stream.of(Arguments.of("full", ReportFixtures.full()),
        Arguments.of("empty", ReportFixtures.empty()),
        Arguments.of("hostile", ReportFixtures.hostile()));
  }

  @Test
  void headlinesShowValueIntervalAndN() throws IOException {
    // The fixture's NPS 32.79 [29.04, 36.54] of 1464 answers, shown with one decimal.
    assertThat(squeezed(ReportFixtures.full()))
        .contains("NPS (post-purchase / nps) +32.8 [29.0, 36.5] 1,464\n")
        .contains("CSAT (delivery-csat / csat) 76.4 % [74.2, 78.5] 1,472\n")
        .contains("CES (support-ces / ces) 5.04 [4.93, 5.15] 791\n")
        .contains("Goal completion (exit-feedback / goal) 26.4 % [25.1, 27.7] 4,442\n");
  }

  @Test
  void npsDistributionShowsGroupSharesAndEveryScore() throws IOException {
    // 230 / 1464 = 15.71 %, 524 / 1464 = 35.79 %, 710 / 1464 = 48.50 %; 380 / 1464 = 25.96 %.
    String s = squeezed(ReportFixtures.full());
    assertThat(s).contains("post-purchase / nps (n 1,464)\n")
        .contains("detractors 230 (15.7 %), passives 524 (35.8 %), promoters 710 (48.5 %)")
        .contains(" 10 promoter 380 26.0 % ########################################\n")
        .contains(" 0 detractor 12 0.8 % #\n");
  }

  @Test
  void breakdownMarksSignificanceAndSmallGroupsWithALegend() throws IOException {
    String s = squeezed(ReportFixtures.full());
    assertThat(s).contains("loyal-member +55.6 [50.2, 61.0] 624 +39.8 [32.6, 47.0] <0.001 *\n")
        .contains("gift-shopper +22.1 [12.0, 32.2] 241 -12.8 [-23.8, -1.8] 0.069\n")
        .contains("student +38.9 [4.4, 73.4] 18 +6.1 [-28.8, 41.0] 0.730 ~\n")
        // CSAT differences are percentage points.
        .contains("cross-border 58.1 % [49.3, 66.4] 124 -20.0 pp [-29.1, -10.9] <0.001 *\n")
        .contains("* significant: Holm-adjusted p < 0.05; ~ too few answers");
  }

  @Test
  void trendsShowEachPeriodWithItsChange() throws IOException {
    // May: 41.5 against April's 33.9 is +7.6, the fixture's one significant change (p 0.004).
    String s = squeezed(ReportFixtures.full());
    assertThat(s).contains("2026-05 +41.5 [28.5, 54.5] 126 +7.6 0.004 *\n")
        .contains("2026-01 +31.0 [18.0, 44.0] 98\n")
        .contains("2026-01 no answers n/a 0\n")
        .contains("2026-03 75.4 % [67.9, 82.9] 118 +4.4 pp 0.200\n");
  }

  @Test
  void funnelExitsRetentionAndLifetimesShowTheirFigures() throws IOException {
    String s = squeezed(ReportFixtures.full());
    // Cart: 4200 / 8000 = 52.5 % of the step before; checkout 2600 / 4200 = 61.9 %, median
    // 312 s = 5.2 min; drop-off (4200 - 2600) / 4200 = 38.1 %.
    assertThat(s).contains("checkout: 8,000 customers entered; window 1 day from the first step.")
        .contains("Cart 4,200 52.5 % [51.4, 53.6] 52.5 % 47.5 % 1.6 min\n")
        .contains("Checkout 2,600 61.9 % [60.4, 63.4] 32.5 % 38.1 % 5.2 min\n");
    // Exits at the checkout address: 1470 / 6100 = 24.1 %, with 412 feedback responses.
    assertThat(s).contains("Checkout address purchase 1,470 24.1 % [23.0, 25.2] 412\n")
        .contains("A technical problem: 48.1 % [42.6, 53.6] (149 of 310)")
        .contains("\u201C地址页面一直报错，邮编无法输入。\u201D");
    // Cohorts and churn: 198 lost of 1210 = 16.4 %, retention 83.6 %.
    assertThat(s).contains("2026-07-01 612 100.0 41.2 33.5 29.1 26.0 24.3\n")
        .contains("2026-12-01 530 100.0\n")
        .contains("2026-09-01 1,210 198 575 1,587 16.4 % [13.9, 18.2] 83.6 %\n");
    // Lifetimes: at 90 days the step of day 61 holds, 87.4 % [86.2, 88.5] with 3320 at risk.
    assertThat(s).contains("median 306.0 days.")
        .contains(" 90 87.4 % [86.2, 88.5] 3,320\n")
        .contains("loyal-member 503 not reached <0.001 <0.001 *\n");
  }

  @Test
  void oneOfAThingIsSingularInTextAndHtml() throws IOException {
    // A report over one response: one checked, one comment, one customer in the funnel.
    CxReport f = ReportFixtures.full();
    CxReport.Voice v = f.voice().get(0);
    CxReport.Voice oneComment = new CxReport.Voice(v.survey(), v.question(), v.npsQuestion(), 1,
        List.of(new CxReport.ThemeGroup("promoter", 1, List.of())), List.of(), List.of());
    CxReport.Funnel funnel = new CxReport.Funnel(f.funnel().name(), f.funnel().window(), 1,
        f.funnel().steps());
    CxReport one = new CxReport(f.formatVersion(), f.info(), f.headlines(),
        f.npsDistributions(), f.breakdown(), f.trends(), funnel, f.exits(), f.retention(),
        f.lifetimes(), List.of(oneComment), new CxReport.FollowUp(f.followUp().rules(), 1, 1, 0,
            1), f.inputs(), f.notes());
    assertThat(squeezed(one)).contains("1 response checked, 1 to follow up")
        .contains("post-purchase / why (1 comment; NPS groups from nps)")
        .contains("promoter (1 comment):")
        .contains(": 1 customer entered; window");
    String html = HtmlReportTest.html(one);
    assertThat(html).contains(" · 1 comment</h3>").contains(" · 1 comment</h4>")
        .contains(": 1 customer entered; window");
  }

  @Test
  void aLifetimeGroupBelowTheMinimumNIsFlaggedInTextAndHtml() throws IOException {
    // A segment of 2 customers got a log-rank p and no mark, as if it were as telling as a
    // group of 500; the breakdown flags such groups, and so do the lifetimes now.
    CxReport f = ReportFixtures.full();
    CxReport.Lifetimes l = f.lifetimes();
    List<CxReport.LifetimeGroup> groups = new ArrayList<>(l.groups());
    groups.add(new CxReport.LifetimeGroup("SG", 2, 0.0, 0.37, 1.0, false, List.of()));
    CxReport small = new CxReport(f.formatVersion(), f.info(), f.headlines(),
        f.npsDistributions(), f.breakdown(), f.trends(), f.funnel(), f.exits(), f.retention(),
        new CxReport.Lifetimes(l.rule(), l.customers(), l.churned(), l.censored(),
            l.medianDays(), l.curve(), groups), f.voice(), f.followUp(), f.inputs(), f.notes());
    assertThat(f.info().minimumN()).isEqualTo(30);
    assertThat(squeezed(small)).contains("SG 2 0.0 days 0.370 1.000 ~\n")
        .contains("loyal-member 503 not reached <0.001 <0.001 *\n")
        .contains("; ~ fewer customers than the minimum");
    org.jsoup.nodes.Element row = org.jsoup.Jsoup.parse(HtmlReportTest.html(small))
        .getElementById("lifetimes").select("tr").last();
    assertThat(row.text()).isEqualTo("SG 2 0.0 days 0.370 1.000 small n");
  }

  @Test
  void voiceFollowUpInputsAndNotes() throws IOException {
    String s = squeezed(ReportFixtures.full());
    // Late delivery: 81 of 190 detractor comments = 42.6 %.
    assertThat(s).contains("post-purchase / why (1,120 comments; NPS groups from nps)")
        .contains(" Late delivery 42.6 % [35.8, 49.6] 81\n")
        .contains(" \u201C邮编\u201D 15 0 4.12 <0.001\n")
        .contains("8,169 responses checked, 1,204 to follow up: 812 agreed to be contacted, 392"
            + " did not")
        .contains("- post-purchase / nps: detractors (0–6)\n")
        .contains("responses responses/post-purchase.jsonl 1,466 1,464 2\n")
        .contains(" responses/post-purchase.jsonl:77: answers.nps = 11: must be within 0..10\n")
        .contains("- Trends: delivery-csat has no answers in 2026-01");
  }

  @Test
  void aMissingSectionIsOneLineSayingWhyFromTheNotes() throws IOException {
    String s = text(ReportFixtures.empty());
    String events = "Not in this report: No events given: no funnel, exits, retention or"
        + " lifetimes.\n";
    assertThat(s).contains("Funnel\n------\n" + events)
        .contains("Exit points\n-----------\n" + events)
        .contains("Retention and churn\n-------------------\n" + events)
        .contains("Lifetimes\n---------\n" + events)
        .contains("Breakdown\n---------\nNot in this report: No grouping could be formed without"
            + " profiles: no breakdown.\n")
        .contains("NPS distribution\n----------------\nNo NPS question in the surveys.\n")
        .contains("Data from (nothing read) to (nothing read); no journey map");
    assertThat(s.replaceAll(" +", " ")).contains("NPS (post-purchase / nps) no answers n/a 0\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void noLineIsWiderThan100ColumnsAndNothingIsNaN(String name, CxReport report)
      throws IOException {
    String s = text(report);
    List<String> wide = new ArrayList<>();
    for (String line : s.split("\n", -1)) {
      if (TextTable.width(line) > TextReport.WIDTH) {
        wide.add(TextTable.width(line) + ": " + line);
      }
    }
    assertThat(wide).isEmpty();
    assertThat(s).doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("\r")
        .endsWith("\n");
  }

  @Test
  void hostileTextCannotReachTheTerminal() throws IOException {
    String s = text(ReportFixtures.hostile());
    // Bell, escape and the right-to-left override are replaced; only line feeds break lines.
    assertThat(s).doesNotContain("\u0007").doesNotContain("\u001b").doesNotContain("\u202E")
        .doesNotContain("\t");
    assertThat(s.chars().filter(c -> c < 0x20 && c != '\n').count()).isZero();
    // The text itself is kept, as plain text.
    assertThat(s).contains("<script>alert('x')</script>").contains("客户体验报告")
        .contains("\uFFFDbell \uFFFD[31mred");
  }

  @Test
  void displayWidthCountsWideCharactersTwiceAndMarksNever() {
    // UAX #11: CJK ideographs are Wide, emoji have Emoji_Presentation; U+0301 is a mark.
    assertThat(TextTable.width("abc")).isEqualTo(3);
    assertThat(TextTable.width("客户")).isEqualTo(4);
    assertThat(TextTable.width("😀")).isEqualTo(2);
    assertThat(TextTable.width("e\u0301")).isEqualTo(1);
    assertThat(TextTable.fit("客户体验报告", 7)).isEqualTo("客户体…");
    assertThat(TextTable.width(TextTable.fit("客户体验报告", 7))).isEqualTo(7);
  }

  @Test
  void theDefaultLocaleChangesNothing() throws IOException {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      String us = text(ReportFixtures.full());
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      String arabic = text(ReportFixtures.full());
      Locale.setDefault(Locale.GERMANY);
      assertThat(text(ReportFixtures.full())).isEqualTo(us).isEqualTo(arabic);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void nullArgumentsNameTheParameter() {
    assertThatThrownBy(() -> TextReport.write(null, new StringWriter()))
        .isInstanceOf(NullPointerException.class).hasMessage("report");
    assertThatThrownBy(() -> TextReport.write(ReportFixtures.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
  }
}
