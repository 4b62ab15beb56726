package io.cxkit.cli.report;

import static io.cxkit.cli.report.ReportFixtures.fig;
import static io.cxkit.cli.report.ReportFixtures.rate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChartsTest {

  /** Parses an inlined chart as XML and checks its ids: unique, prefixed, every url(#) found. */
  static Document check(String svg, String prefix) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(
        svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    Set<String> ids = new HashSet<>();
    Matcher m = Pattern.compile("\\bid=\"([^\"]*)\"").matcher(svg);
    while (m.find()) {
      assertThat(m.group(1)).startsWith(prefix + "-");
      assertThat(ids.add(m.group(1))).as("id %s twice", m.group(1)).isTrue();
    }
    Matcher r = Pattern.compile("url\\(#([^)]*)\\)").matcher(svg);
    while (r.find()) {
      assertThat(ids).contains(r.group(1));
    }
    return doc;
  }

  @Test
  void inlineStripsThePrologRenamesIdsRoundsAndLabels() {
    String encoder = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
        + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
        + "<svg height=\"10px\" xmlns=\"http://www.w3.org/2000/svg\">"
        + "<defs><clipPath id=\"clip-42\"><rect x=\"1.953125\" y=\"-0.0001\"/></clipPath>"
        + "<clipPath id=\"clip7\"><rect x=\"2.5\"/></clipPath></defs>"
        + "<g clip-path=\"url(#clip7)\"><g clip-path=\"url(#clip-42)\"/></g>"
        + "<g clip-path=\"url(#clip7)\" style=\"fill-opacity:0.588235\"/></svg>";
    String inline = Charts.inline(encoder, "chart-x");
    // First seen, first numbered; references follow; 1.953125 -> 1.95, -0.0001 -> 0, 0.588 -> 0.59.
    assertThat(inline).isEqualTo("<svg class=\"chart-svg\" role=\"img\" "
        + "aria-labelledby=\"chart-x-caption\" height=\"10px\" "
        + "xmlns=\"http://www.w3.org/2000/svg\">"
        + "<defs><clipPath id=\"chart-x-1\"><rect x=\"1.95\" y=\"0\"/></clipPath>"
        + "<clipPath id=\"chart-x-2\"><rect x=\"2.5\"/></clipPath></defs>"
        + "<g clip-path=\"url(#chart-x-2)\"><g clip-path=\"url(#chart-x-1)\"/></g>"
        + "<g clip-path=\"url(#chart-x-2)\" style=\"fill-opacity:0.59\"/></svg>");
  }

  @Test
  void npsDistributionColoursTheThreeGroups() throws Exception {
    String svg = Charts.npsDistribution(ReportFixtures.full().npsDistributions().get(0), "nps");
    check(svg, "nps");
    // Charts.DETRACTOR, PASSIVE and PROMOTER: red, grey, green bars.
    assertThat(svg).contains("fill:rgb(209,60,60)").contains("fill:rgb(160,164,171)")
        .contains("fill:rgb(46,158,91)");
  }

  @Test
  void noAnswersNoChart() {
    List<Long> zeros = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      zeros.add(0L);
    }
    assertThat(Charts.npsDistribution(new CxReport.NpsDistribution("s", "q", zeros, 0, 0, 0),
        "x")).isNull();
    CxReport.TrendSeries none = new CxReport.TrendSeries("s", "q", "nps", List.of(
        new CxReport.TrendPoint("2026-01", "2026-01-01",
            fig("s", "q", "nps", "NPS", null, null, null, 0, "points"), null)));
    assertThat(Charts.trend(none, "x")).isNull();
    assertThat(Charts.funnel(new CxReport.Funnel("f", "PT1H", 0, List.of()), "x")).isNull();
    assertThat(Charts.exits(new CxReport.Exits("g", "PT1H", 0, 0, 0, 0, List.of()), "x"))
        .isNull();
    CxReport.Retention incomplete = new CxReport.Retention("a", List.of(0, 1),
        List.of(new CxReport.Cohort("2026-01-01", 3, Arrays.asList(null, null))),
        Arrays.asList(null, null), "r", List.of());
    assertThat(Charts.retention(incomplete, "x")).isNull();
    assertThat(Charts.survival(new CxReport.Lifetimes("r", 0, 0, 0, null, List.of(), List.of()),
        "x")).isNull();
  }

  @Test
  void theTrendDrawsItsIntervalAsABand() throws Exception {
    String svg = Charts.trend(ReportFixtures.full().trends().get(0), "t");
    check(svg, "t");
    // The band: the accent colour at a quarter opacity (Charts.BAND, alpha 0x40 / 255).
    assertThat(svg).contains("fill:rgb(43,108,176);fill-opacity:0.25;");
  }

  @Test
  void aPeriodAloneHasABandWideEnoughToSee() throws Exception {
    // One period (a one-response report): its band was a polygon of no width, so the chart's
    // legend named a "95 % interval" that was nowhere. Now it is some 8 px each side.
    CxReport.TrendSeries one = new CxReport.TrendSeries("s", "q", "nps", List.of(
        new CxReport.TrendPoint("2026-01", "2026-01-01",
            fig("s", "q", "nps", "NPS", 0.0, -60.0, 60.0, 1, "points"), null)));
    String svg = Charts.trend(one, "t");
    check(svg, "t");
    Matcher band = Pattern.compile("<path d=\"([^\"]*)\" style=\"fill:rgb\\(43,108,176\\);"
        + "fill-opacity:0.25;").matcher(svg);
    assertThat(band.find()).as("a band").isTrue();
    Matcher x = Pattern.compile("[ML](-?[\\d.]+),").matcher(band.group(1));
    List<Double> xs = new ArrayList<>();
    while (x.find()) {
      xs.add(Double.parseDouble(x.group(1)));
    }
    double width = xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
        - xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    assertThat(width).isBetween(12.0, 20.0);
    // 8 px of 650 over 11 gaps of a 12-month chart: 0.135 periods; capped at 0.3 periods.
    assertThat(Charts.isolatedBand(12)).isCloseTo(8 * 11 / 650.0, within(1e-12));
    assertThat(Charts.isolatedBand(365)).isEqualTo(0.3);
  }

  @Test
  void oddDataStillDraws() throws Exception {
    // One period; a period without an interval; an NPS distribution of five scores only.
    CxReport.TrendSeries one = new CxReport.TrendSeries("s", "q", "csat", List.of(
        new CxReport.TrendPoint("2026-W10", "2026-03-02",
            fig("s", "q", "csat", "CSAT", 80.0, null, null, 1, "percent"), null)));
    check(Charts.trend(one, "one"), "one");
    CxReport.NpsDistribution five = new CxReport.NpsDistribution("s", "q",
        List.of(1L, 2L, 3L, 4L, 5L), 15, 0, 0);
    check(Charts.npsDistribution(five, "five"), "five");
    // Labels that are blank, repeated, very long, emoji, markup or right-to-left.
    List<CxReport.FunnelStep> steps = new ArrayList<>();
    String[] labels = {"", "Cart", "Cart", "x".repeat(200), "😀 客户 مرحبا <script>", "\u0007"};
    for (int i = 0; i < labels.length; i++) {
      steps.add(new CxReport.FunnelStep("s" + i, labels[i], 100 - i, rate(100 - i, 100, 90, 99),
          rate(100 - i, 100, 90, 99), rate(i, 100, 0, 5), null));
    }
    check(Charts.funnel(new CxReport.Funnel("f", "PT1H", 100, steps), "f"), "f");
    // A cohort row longer than the offsets, one shorter.
    CxReport.Retention ragged = new CxReport.Retention("a", List.of(0, 1), List.of(
        new CxReport.Cohort("2026-01-01", 3, Arrays.asList(100.0, 50.0, 20.0)),
        new CxReport.Cohort("2026-02-01", 4, List.of(100.0))), List.of(100.0, 50.0), "r",
        List.of());
    check(Charts.retention(ragged, "r"), "r");
    // Two groups with the same name and a step at a non-finite time.
    List<CxReport.SurvivalPoint> curve = List.of(new CxReport.SurvivalPoint(10, 0.9, 0.8, 0.95,
        10), new CxReport.SurvivalPoint(Double.NaN, 0.5, null, null, 5));
    CxReport.Lifetimes twins = new CxReport.Lifetimes("r", 10, 1, 9, null, curve, List.of(
        new CxReport.LifetimeGroup("a", 5, null, null, null, false, curve),
        new CxReport.LifetimeGroup("a", 5, null, null, null, false, curve)));
    check(Charts.survival(twins, "s"), "s");
  }

  @Test
  void barChartsShowAtMostFifteenBars() throws Exception {
    List<CxReport.ExitPoint> points = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      points.add(new CxReport.ExitPoint("t" + i, "Touchpoint " + i, "stage",
          rate(20 - i, 210, 1, 20), null));
    }
    String svg = Charts.exits(new CxReport.Exits("g", "PT1H", 400, 190, 210, 0, points), "e");
    check(svg, "e");
    // One bar per exit point shown, in the exits colour (Charts.DETRACTOR).
    assertThat(svg.split("fill:rgb\\(209,60,60\\)", -1)).hasSize(Charts.MAX_BARS + 1);
  }

  @Test
  void theSurvivalLegendIsLeftToThePageAndNamesTheLargestGroupsInTheirColours()
      throws Exception {
    // Ten groups, as a segment of countries gives: XChart's one-line legend of eleven names was
    // wider than the 720 px chart and cut off at both ends, and the eight colours came round
    // again. Now the chart draws no legend, the page lists the keys, and the chart draws the
    // eight largest groups (the report lists groups largest first), each in its own colour.
    List<CxReport.SurvivalPoint> curve = List.of(new CxReport.SurvivalPoint(0, 0.4, 0.38, 0.42,
        100), new CxReport.SurvivalPoint(30, 0.3, 0.28, 0.32, 40));
    List<CxReport.LifetimeGroup> groups = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      groups.add(new CxReport.LifetimeGroup("country-" + i, 100 - i, null, null, null, false,
          i == 3 ? List.of() : curve));
    }
    CxReport.Lifetimes lifetimes = new CxReport.Lifetimes("r", 100, 60, 40, null, curve, groups);
    List<Charts.Key> keys = Charts.survivalKeys(lifetimes);
    // The band, all customers, then groups 0-2 and 4-8 (group 3 has no curve; 9 is the ninth).
    assertThat(keys).extracting(Charts.Key::label).containsExactly("95 % interval",
        "all customers", "country-0", "country-1", "country-2", "country-4", "country-5",
        "country-6", "country-7", "country-8");
    assertThat(keys.get(0).band()).isTrue();
    assertThat(keys.subList(1, keys.size())).noneMatch(Charts.Key::band);
    // The curves' colours differ, and each is drawn in the SVG as a stroke of that colour.
    List<String> colors = keys.subList(1, keys.size()).stream().map(Charts.Key::color).toList();
    assertThat(new HashSet<>(colors)).hasSize(colors.size());
    assertThat(keys.get(1).color()).isEqualTo("rgb(51, 58, 68)");
    assertThat(keys.get(2).color()).isEqualTo("rgb(43, 108, 176)");
    String svg = Charts.survival(lifetimes, "s");
    check(svg, "s");
    for (String color : colors) {
      assertThat(svg).contains("stroke:" + color.replace(" ", ""));
    }
    // One step at day 0 (one customer, one purchase): a band of no width, so no band and no key.
    List<CxReport.SurvivalPoint> one = List.of(new CxReport.SurvivalPoint(0, 0.0, 0.0, 0.79,
        1));
    assertThat(Charts.survivalKeys(new CxReport.Lifetimes("r", 1, 1, 0, 0.0, one, List.of())))
        .extracting(Charts.Key::label).containsExactly("all customers");
    // No curve, no chart and no keys.
    assertThat(Charts.survivalKeys(new CxReport.Lifetimes("r", 0, 0, 0, null, List.of(),
        List.of()))).isEmpty();
  }

  @Test
  void cssColoursAreRgbOrRgbaWithTwoDecimals() {
    assertThat(Charts.css(new java.awt.Color(1, 2, 3))).isEqualTo("rgb(1, 2, 3)");
    // 0x30 / 255 = 0.188 -> 0.19.
    assertThat(Charts.css(new java.awt.Color(0x33, 0x3A, 0x44, 0x30)))
        .isEqualTo("rgba(51, 58, 68, 0.19)");
  }

  @Test
  void theSameDataGivesTheSameSvg() {
    CxReport r = ReportFixtures.full();
    assertThat(Charts.retention(r.retention(), "a")).isEqualTo(Charts.retention(r.retention(),
        "a"));
    assertThat(Charts.survival(r.lifetimes(), "b")).isEqualTo(Charts.survival(r.lifetimes(),
        "b"));
  }

  @Test
  void theHeatScaleEndsAtTheLargestCellAfterTheFirstPeriodRoundedUpToTen() {
    // The fixture's cells after offset 0 reach 42.6 % (cohort 2026-09-01 at +1): top 50.
    assertThat(Charts.heatTop(ReportFixtures.full().retention())).isEqualTo(50.0);
    // Only the cohorts' own period (100 %): top 100; all cells at 3 %: the floor of 10.
    CxReport.Retention own = new CxReport.Retention("a", List.of(0), List.of(
        new CxReport.Cohort("2026-01-01", 3, List.of(100.0))), List.of(100.0), "r", List.of());
    assertThat(Charts.heatTop(own)).isEqualTo(100.0);
    CxReport.Retention low = new CxReport.Retention("a", List.of(1, 2), List.of(
        new CxReport.Cohort("2026-01-01", 3, List.of(3.0, 2.0))), List.of(3.0, 2.0), "r",
        List.of());
    assertThat(Charts.heatTop(low)).isEqualTo(10.0);
  }

  @Test
  void labelsAreOneLineShortAndNeverEmpty() {
    assertThat(Charts.label("")).isEqualTo("(blank)");
    assertThat(Charts.label(" a\nb ")).isEqualTo("a b");
    assertThat(Charts.label("x".repeat(40))).hasSize(30).endsWith("…");
    assertThat(Charts.unique(List.of("a", "a", "b", "a"))).containsExactly("a", "a (2)", "b",
        "a (3)");
  }
}
