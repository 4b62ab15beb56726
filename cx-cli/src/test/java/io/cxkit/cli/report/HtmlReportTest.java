package io.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;
import org.w3c.dom.NodeList;

class HtmlReportTest {

  private static final List<String> SECTIONS = List.of("overview", "headlines",
      "nps-distribution", "breakdown", "trends", "funnel", "exits", "retention", "lifetimes",
      "voice", "follow-up", "inputs", "notes");

  private static String full;
  private static String empty;
  private static String hostile;

  @BeforeAll
  static void render() throws IOException {
    full = html(ReportFixtures.full());
    empty = html(ReportFixtures.empty());
    hostile = html(ReportFixtures.hostile());
  }

  static String html(CxReport report) throws IOException {
    StringWriter w = new StringWriter();
    HtmlReport.write(report, w);
    return w.toString();
  }

  private static String page(String name) {
    switch (name) {
      case "full":
        return full;
      case "empty":
        return empty;
      default:
        return hostile;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"full", "empty", "hostile"})
  void anXmlParserReadsThePage(String name) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    // Nothing may be fetched: a DTD or an external entity would reach the resolver and fail.
    DocumentBuilder b = f.newDocumentBuilder();
    b.setEntityResolver((publicId, systemId) -> {
      throw new SAXException("the page made the parser fetch " + systemId);
    });
    org.w3c.dom.Document doc = b.parse(new ByteArrayInputStream(
        page(name).getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(doc.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/1999/xhtml");
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    NodeList sections = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "section");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < sections.getLength(); i++) {
      ids.add(((org.w3c.dom.Element) sections.item(i)).getAttribute("id"));
    }
    assertThat(ids).containsExactlyElementsOf(SECTIONS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"full", "empty", "hostile"})
  void jsoupFindsEverySectionWithATitle(String name) {
    Document doc = Jsoup.parse(page(name));
    for (String id : SECTIONS) {
      Element section = doc.getElementById(id);
      assertThat(section).as(id).isNotNull();
      assertThat(section.tagName()).isEqualTo("section");
      assertThat(section.selectFirst("h2")).as(id).isNotNull();
      // Something to read under the title: a sentence, a table or a chart.
      assertThat(section.children().size()).as(id).isGreaterThan(1);
    }
    assertThat(doc.select("nav.toc a").eachAttr("href"))
        .containsExactlyElementsOf(SECTIONS.stream().map(s -> "#" + s).toList());
  }

  @Test
  void everyChartIsAFigureWithOneSvgACaptionAndATable() {
    Document doc = Jsoup.parse(full);
    // The full fixture: one NPS question, two trend series, and one of each other chart.
    List<String> expected = List.of("chart-nps-distribution-1", "chart-trend-1", "chart-trend-2",
        "chart-funnel", "chart-exits", "chart-retention", "chart-survival");
    assertThat(doc.select("figure.chart").eachAttr("id")).containsExactlyElementsOf(expected);
    for (Element figure : doc.select("figure.chart")) {
      String id = figure.id();
      assertThat(figure.select("> svg")).as(id).hasSize(1);
      assertThat(figure.select("svg svg")).as(id).isEmpty();
      Element caption = figure.selectFirst("> figcaption");
      assertThat(caption).as(id).isNotNull();
      assertThat(caption.id()).isEqualTo(id + "-caption");
      assertThat(figure.selectFirst("> svg").attr("aria-labelledby")).isEqualTo(id + "-caption");
      // The numbers beside it.
      assertThat(figure.parent().select("div.numbers table")).as(id).isNotEmpty();
    }
    assertThat(doc.select("svg")).hasSize(expected.size());
    assertThat(doc.getElementById("chart-nps-distribution-1").closest("section").id())
        .isEqualTo("nps-distribution");
    assertThat(doc.getElementById("chart-survival").closest("section").id())
        .isEqualTo("lifetimes");
  }

  @Test
  void theSurvivalChartsLegendIsAListOfKeysBelowIt() {
    // The fixture's lifetimes: a band, all customers, and two of its three groups with a curve.
    Element figure = Jsoup.parse(full).getElementById("chart-survival");
    assertThat(figure.select("> ul.keys > li").eachText()).containsExactly("95 % interval",
        "all customers", "loyal-member", "cross-border");
    assertThat(figure.select("> ul.keys span.key.band").attr("style"))
        .isEqualTo("background-color: rgba(51, 58, 68, 0.19)");
    assertThat(figure.select("> ul.keys li").get(1).selectFirst("span.key").attr("style"))
        .isEqualTo("border-top-color: rgb(51, 58, 68)");
    // The keys sit between the chart and its caption; other charts keep their own legends.
    assertThat(figure.children().eachAttr("class").subList(0, 2))
        .containsExactly("chart-svg", "keys");
    assertThat(Jsoup.parse(full).select("ul.keys")).hasSize(1);
  }

  @Test
  void withoutDataThereIsNoChartAndASentenceWhy() {
    Document doc = Jsoup.parse(empty);
    assertThat(doc.select("svg")).isEmpty();
    assertThat(doc.select("figure")).isEmpty();
    assertThat(doc.getElementById("funnel").selectFirst("p.why").text())
        .isEqualTo("Not in this report: No events given: no funnel, exits, retention or"
            + " lifetimes.");
    assertThat(doc.getElementById("breakdown").selectFirst("p.why").text())
        .isEqualTo("Not in this report: No grouping could be formed without profiles: no"
            + " breakdown.");
    assertThat(doc.getElementById("voice").selectFirst("p.why").text())
        .isEqualTo("No open-text question with comments.");
    assertThat(doc.getElementById("headlines").selectFirst(".card.empty .value").text())
        .isEqualTo("no answers");
  }

  @Test
  void keyFiguresAreOnThePage() {
    Document doc = Jsoup.parse(full);
    Element card = doc.getElementById("headlines").selectFirst(".card");
    // NPS 32.79 [29.04, 36.54] of 1464, as the fixture works it out.
    assertThat(card.select(".value").text()).isEqualTo("+32.8");
    assertThat(card.select(".ci").text()).isEqualTo("95 % CI [29.0, 36.5]");
    assertThat(card.select(".n").text()).isEqualTo("n = 1,464");
    Element loyal = doc.getElementById("breakdown").select("tr.sig").first();
    assertThat(loyal.select("td").eachText()).containsExactly("loyal-member", "+55.6",
        "[50.2, 61.0]", "624", "+39.8", "[32.6, 47.0]", "<0.001", "*");
    // Cart: 4200 / 8000 = 52.5 %.
    assertThat(doc.getElementById("funnel").select("tbody tr").get(1).select("td").eachText())
        .containsExactly("Cart", "4,200", "52.5 %", "[51.4, 53.6]", "52.5 %", "47.5 %",
            "1.6 min");
    assertThat(doc.getElementById("exits").select("blockquote").eachText())
        .contains("地址页面一直报错，邮编无法输入。");
    assertThat(doc.getElementById("retention").select("table.heat tbody tr").first()
        .select("td").eachText()).containsExactly("2026-07-01", "612", "100.0", "41.2", "33.5",
            "29.1", "26.0", "24.3");
  }

  @Test
  void hostileStringsAreTextNeverMarkup() {
    Document doc = Jsoup.parse(hostile);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.select("b")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("an event handler on <%s>", e.tagName())
            .doesNotStartWith("on");
      }
    }
    // The title and the comments read as written.
    assertThat(doc.title()).isEqualTo("Nordlicht CX report, 2026 " + ReportFixtures.SCRIPT);
    assertThat(doc.selectFirst("h1").text()).contains(ReportFixtures.SCRIPT);
    assertThat(doc.getElementById("exits").select("blockquote").eachText())
        .anyMatch(t -> t.startsWith("</blockquote></section><script src=\"https://evil"));
    assertThat(doc.text()).contains("& \"quoted\" 'single' <b>bold</b>")
        .contains("مرحبا بالعالم").contains("שלום עולם").contains("😀🎉👍🏽")
        .contains("]]> <!-- --> <![CDATA[x]]>");
    // Characters XML forbids became U+FFFD, so the page still parses as XML (tested above).
    assertThat(hostile).doesNotContain("\u0007").doesNotContain("\u001b")
        .contains("\uFFFDbell \uFFFD[31mred");
  }

  @ParameterizedTest
  @ValueSource(strings = {"full", "empty", "hostile"})
  void nothingOutsideTheFileIsReferenced(String name) {
    String page = page(name);
    Document doc = Jsoup.parse(page, "", Parser.xmlParser());
    List<String> references = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey();
        String value = a.getValue();
        if (key.equals("xmlns") || key.startsWith("xmlns:")) {
          continue;
        }
        if (key.equals("href") || key.equals("xlink:href") || key.equals("src")
            || key.equals("action") || key.equals("srcset") || key.equals("poster")) {
          references.add(e.tagName() + " " + key + "=" + shorten(value));
        }
        if (value.contains("url(") || value.toLowerCase(Locale.ROOT).contains("http")) {
          references.add(e.tagName() + " " + key + "=" + shorten(value));
        }
      }
    }
    // Links within the page and inline images of the heat map's colour scale only.
    assertThat(references).allMatch(r -> r.startsWith("a href=#") || r.contains("url(#")
        || r.startsWith("image xlink:href=data:image/png;base64,"));
    // The only http(s) in the markup are the namespace names (and data typed by a person).
    Matcher m = Pattern.compile("https?://[^\"'\\s<&]*").matcher(page);
    Set<String> urls = new HashSet<>();
    while (m.find()) {
      urls.add(m.group());
    }
    urls.remove("https://evil.example/x.js");
    assertThat(urls).isSubsetOf(Set.of("http://www.w3.org/1999/xhtml",
        "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"));
    assertThat(doc.select("style").text()).doesNotContain("url(").doesNotContain("@import");
    assertThat(doc.select("link")).isEmpty();
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60);
  }

  @ParameterizedTest
  @ValueSource(strings = {"full", "empty", "hostile"})
  void idsAreUniqueAndEveryReferenceResolves(String name) {
    String page = page(name);
    Document doc = Jsoup.parse(page, "", Parser.xmlParser());
    Set<String> ids = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      assertThat(ids.add(e.id())).as("id %s twice", e.id()).isTrue();
    }
    Matcher m = Pattern.compile("url\\(#([^)]+)\\)|href=\"#([^\"]+)\"|aria-labelledby=\"([^\"]+)\"")
        .matcher(page);
    while (m.find()) {
      String id = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      assertThat(ids).as("reference to #%s", id).contains(id);
    }
  }

  @Test
  void theSameReportGivesTheSameBytesWhateverTheDefaultLocaleAndZone() throws IOException {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      // ar-EG formats with Arabic-Indic digits by default: XChart's heat map would pick them up.
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
      assertThat(html(ReportFixtures.full())).isEqualTo(full);
      Locale.setDefault(Locale.GERMANY);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      assertThat(html(ReportFixtures.hostile())).isEqualTo(hostile);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    // And the default format locale is back as it was after each chart.
    assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(locale);
  }

  @Test
  void thePageIsOneFileOfModestSize() {
    // Seven charts with their text as glyph outlines: well under a megabyte for the fixture.
    assertThat(full.length()).isBetween(50_000, 1_000_000);
    assertThat(full).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"")
        .endsWith("</html>\n").doesNotContain("<?xml").doesNotContain("<!DOCTYPE svg")
        .doesNotContain("NaN");
  }

  @Test
  void nullArgumentsNameTheParameter() {
    assertThatThrownBy(() -> HtmlReport.write(null, new StringWriter()))
        .isInstanceOf(NullPointerException.class).hasMessage("report");
    assertThatThrownBy(() -> HtmlReport.write(ReportFixtures.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
  }
}
