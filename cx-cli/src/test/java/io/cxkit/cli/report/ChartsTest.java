package io.cxkit.cli.report;

import static io.cxkit.cli.report.ReportFixtures.fig;
import static io.cxkit.cli.report.ReportFixtures.rate;
import static org.assertj.core.api.Assertions.assertThat;

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
  void theSameDataGivesTheSameSvg() {
    CxReport r = ReportFixtures.full();
    assertThat(Charts.retention(r.retention(), "a")).isEqualTo(Charts.retention(r.retention(),
        "a"));
    assertThat(Charts.survival(r.lifetimes(), "b")).isEqualTo(Charts.survival(r.lifetimes(),
        "b"));
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
