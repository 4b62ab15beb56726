package io.cxkit.cli.report;

import static io.cxkit.cli.report.Formats.NA;
import static io.cxkit.cli.report.Formats.count;
import static io.cxkit.cli.report.Formats.where;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CxReport} as one self-contained HTML page: inline CSS, charts inlined as SVG, no script
 * and no reference to anything outside the file, so that it opens from a disk, a mail or an
 * archive years later. The markup is HTML5 that is also well-formed XML, so both a browser and an
 * XML parser read it.
 *
 * <p>Every section of the report is a {@code <section>} with a fixed id: {@value #SECTIONS}. A
 * section the report lacks still appears, with a sentence saying why (from the report's notes).
 * Each chart is a {@code <figure class="chart" id="chart-NAME">} with a caption and a table of the
 * same numbers beside it: {@code chart-nps-distribution-N}, {@code chart-trend-N},
 * {@code chart-funnel}, {@code chart-exits}, {@code chart-retention}, {@code chart-survival}.
 * The same report gives the same bytes.
 */
public final class HtmlReport {

  /** The sections' ids, in page order. */
  public static final String SECTIONS = "overview, headlines, nps-distribution, breakdown, trends,"
      + " funnel, exits, retention, lifetimes, voice, follow-up, inputs, notes";

  private static final String[][] TOC = {{"overview", "Overview"}, {"headlines", "Headlines"},
      {"nps-distribution", "NPS distribution"}, {"breakdown", "Breakdown"},
      {"trends", "Trends"}, {"funnel", "Funnel"}, {"exits", "Exit points"},
      {"retention", "Retention"}, {"lifetimes", "Lifetimes"}, {"voice", "Voice"},
      {"follow-up", "Follow-up"}, {"inputs", "Inputs"}, {"notes", "Notes"}};

  private final CxReport report;
  private final Html h = new Html();

  private HtmlReport(CxReport report) {
    this.report = report;
  }

  /**
   * Writes the report as an HTML page. The writer is flushed, not closed; it should encode UTF-8,
   * which the page declares.
   *
   * @param report the report
   * @param out where the HTML goes
   * @throws IOException from {@code out}
   */
  public static void write(CxReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    HtmlReport r = new HtmlReport(report);
    r.page();
    out.write(r.h.toString());
    out.flush();
  }

  private void page() {
    CxReport.Info info = report.info();
    h.raw("<!DOCTYPE html>").nl();
    h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en").nl();
    h.open("head").nl();
    h.empty("meta", "charset", "utf-8").nl();
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
    h.empty("meta", "name", "generator", "content", "cxkit cx report, format version "
        + report.formatVersion()).nl();
    h.el("title", info.title()).nl();
    h.open("style").raw(HtmlStyle.CSS).close("style").nl();
    h.close("head").nl();
    h.open("body").nl();
    h.open("header", "class", "top").nl();
    h.open("h1").bdi(info.title()).close("h1").nl();
    h.el("p", "As of " + info.asOf() + " · " + info.zone() + " · per " + info.period()
        + (info.by() == null ? "" : " · by " + info.by())).nl();
    h.close("header").nl();
    h.open("nav", "class", "toc", "aria-label", "sections");
    for (String[] s : TOC) {
      h.el("a", s[1], "href", "#" + s[0]);
    }
    h.close("nav").nl();
    h.open("main").nl();
    overview();
    headlines();
    npsDistributions();
    breakdown();
    trends();
    funnel();
    exits();
    retention();
    lifetimes();
    voice();
    followUp();
    inputs();
    notes();
    h.close("main").nl();
    h.open("footer").text("Made by cxkit's cx report · report format version "
        + report.formatVersion() + " · 95 % intervals throughout").close("footer").nl();
    h.close("body").nl();
    h.close("html").nl();
  }

  // ---- sections ----

  private void overview() {
    CxReport.Info info = report.info();
    open("overview", "Overview");
    h.open("dl", "class", "facts");
    fact("Journey map", info.journey() == null ? "none" : info.journey());
    fact("Data from", orNone(info.from()) + " to " + orNone(info.to()));
    fact("As of", info.asOf());
    fact("Zone", info.zone());
    fact("Period", info.period());
    fact("Breakdown by", info.by() == null ? "none" : info.by());
    fact("Minimum n", count(info.minimumN()) + " (smaller groups are flagged, never called"
        + " significant)");
    h.close("dl").nl();
    if (info.surveys().isEmpty()) {
      why("No surveys.");
    } else {
      table();
      head("Survey", "Title", "#Responses", "#Completed", "#Dismissed");
      for (CxReport.SurveyInfo s : info.surveys()) {
        h.open("tr");
        tdText(s.id());
        tdText(s.title());
        num(count(s.responses()));
        num(count(s.completions()));
        num(count(s.dismissals()));
        h.close("tr");
      }
      endTable();
    }
    close();
  }

  private void fact(String name, String value) {
    h.el("dt", name).open("dd").bdi(value).close("dd");
  }

  private void headlines() {
    open("headlines", "Headlines");
    if (report.headlines().isEmpty()) {
      why(Formats.whyNo(report, "headlines"));
      close();
      return;
    }
    h.open("div", "class", "cards").nl();
    for (CxReport.Figure f : report.headlines()) {
      h.open("div", "class", f.empty() ? "card empty" : "card");
      h.open("div", "class", "label").bdi(f.label()).close("div");
      h.el("div", Formats.value(f), "class", "value");
      h.el("div", "95 % CI " + Formats.interval(f), "class", "ci");
      h.el("div", "n = " + count(f.n()), "class", "n");
      h.close("div").nl();
    }
    h.close("div").nl();
    close();
  }

  private void npsDistributions() {
    open("nps-distribution", "NPS distribution");
    if (report.npsDistributions().isEmpty()) {
      why(Formats.whyNo(report, "nps-distribution"));
      close();
      return;
    }
    int i = 0;
    for (CxReport.NpsDistribution d : report.npsDistributions()) {
      i++;
      long n = d.detractors() + d.passives() + d.promoters();
      h.open("h3").bdi(where(d.survey(), d.question())).text(" · n = " + count(n)).close("h3");
      if (n == 0) {
        why("No answers.");
        continue;
      }
      h.open("p", "class", "groups");
      h.el("span", "detractors " + count(d.detractors()) + " (" + share(d.detractors(), n) + ")",
          "class", "chip detractor");
      h.el("span", "passives " + count(d.passives()) + " (" + share(d.passives(), n) + ")",
          "class", "chip passive");
      h.el("span", "promoters " + count(d.promoters()) + " (" + share(d.promoters(), n) + ")",
          "class", "chip promoter");
      h.close("p");
      String id = "chart-nps-distribution-" + i;
      pair(id, Charts.npsDistribution(d, id), "Answers per score of "
          + where(d.survey(), d.question()) + ": detractors 0–6 red, passives 7–8 grey,"
          + " promoters 9–10 green.", "No chart: no answers.", () -> {
            table();
            head("#Score", "Group", "#Answers", "#Share");
            for (int score = 0; score < d.counts().size(); score++) {
              long c = d.counts().get(score);
              String g = score <= 6 ? "detractor" : score <= 8 ? "passive" : "promoter";
              h.open("tr", "class", g);
              num(Integer.toString(score));
              h.el("td", g);
              num(count(c));
              num(share(c, n));
              h.close("tr");
            }
            endTable();
          });
    }
    close();
  }

  private void breakdown() {
    open("breakdown", "Breakdown");
    CxReport.Breakdown b = report.breakdown();
    if (b == null) {
      why("Not in this report: " + Formats.whyNo(report, "breakdown"));
      close();
      return;
    }
    h.open("p").text("By ").bdi(b.by()).text(": each group against the rest of the groups.")
        .close("p");
    if (b.metrics().isEmpty()) {
      why("No headline figure to break down.");
    }
    for (CxReport.BreakdownMetric m : b.metrics()) {
      h.open("h3").bdi(label(m.survey(), m.question(), m.metric())).close("h3");
      if (m.groups().isEmpty()) {
        why("No groups.");
        continue;
      }
      table();
      head("Group", "#Value", "#95 % CI", "#n", "#vs rest", "#95 % CI", "#p (Holm)", "");
      for (CxReport.GroupFigure g : m.groups()) {
        CxReport.Comparison c = g.againstRest();
        String unit = g.figure().unit();
        h.open("tr", "class", c.significant() ? "sig" : null);
        tdText(g.group());
        num(Formats.value(g.figure()));
        num(Formats.interval(g.figure()));
        num(count(g.figure().n()));
        num(Formats.difference(c.difference(), unit));
        num(Formats.interval(c.low(), c.high(), Formats.decimals(unit)));
        num(Formats.pValue(Formats.shownP(c)));
        markCell(c);
        h.close("tr");
      }
      endTable();
    }
    legend();
    close();
  }

  private void trends() {
    open("trends", "Trends");
    if (report.trends().isEmpty()) {
      why(Formats.whyNo(report, "trends"));
      close();
      return;
    }
    h.el("p", "Per " + report.info().period() + " in " + report.info().zone()
        + "; each period against the one before. The band is the 95 % interval.");
    int i = 0;
    for (CxReport.TrendSeries s : report.trends()) {
      i++;
      String title = label(s.survey(), s.question(), s.metric());
      h.open("h3").bdi(title).close("h3");
      if (s.points().isEmpty()) {
        why("No periods.");
        continue;
      }
      String id = "chart-trend-" + i;
      pair(id, Charts.trend(s, id), title + " per " + report.info().period()
          + ", with its 95 % interval as a band.", "No chart: no period has a value.", () -> {
            table();
            head("Period", "#Value", "#95 % CI", "#n", "#Change", "#p", "");
            for (CxReport.TrendPoint p : s.points()) {
              CxReport.Comparison c = p.againstPrevious();
              String unit = p.figure().unit();
              h.open("tr", "class", c != null && c.significant() ? "sig" : null);
              tdNowrap(p.period());
              num(Formats.value(p.figure()));
              num(Formats.interval(p.figure()));
              num(count(p.figure().n()));
              num(c == null ? "" : Formats.difference(c.difference(), unit));
              num(c == null ? "" : Formats.pValue(Formats.shownP(c)));
              if (c == null) {
                h.el("td", "");
              } else {
                markCell(c);
              }
              h.close("tr");
            }
            endTable();
          });
    }
    legend();
    close();
  }

  private void funnel() {
    open("funnel", "Funnel");
    CxReport.Funnel f = report.funnel();
    if (f == null) {
      why("Not in this report: " + Formats.whyNo(report, "funnel"));
      close();
      return;
    }
    h.open("p").bdi(f.name()).text(": " + count(f.entered(), "customer") + " entered; window "
        + Formats.duration(f.window()) + " from the first step.").close("p");
    if (f.steps().isEmpty()) {
      why("No steps.");
      close();
      return;
    }
    pair("chart-funnel", Charts.funnel(f, "chart-funnel"), "Customers reaching each step"
        + shown("first", f.steps().size()) + ".", "No chart.", true, () -> {
          table();
          head("Step", "#Reached", "#From previous", "#95 % CI", "#From start", "#Drop-off",
              "#Median time");
          for (CxReport.FunnelStep s : f.steps()) {
            h.open("tr");
            tdText(s.label());
            num(count(s.reached()));
            num(Formats.percent(s.fromPrevious()));
            num(Formats.percentInterval(s.fromPrevious()));
            num(Formats.percent(s.fromStart()));
            num(Formats.percent(s.dropOff()));
            num(Formats.seconds(s.medianSecondsFromStart()));
            h.close("tr");
          }
          endTable();
        });
    close();
  }

  private void exits() {
    open("exits", "Exit points");
    CxReport.Exits e = report.exits();
    if (e == null) {
      why("Not in this report: " + Formats.whyNo(report, "exits"));
      close();
      return;
    }
    h.open("p").text("Goal ").bdi(e.goal()).text("; gone after " + Formats.duration(e.horizon())
        + " without an event. " + count(e.customers(), "customer") + ": " + count(e.converted())
        + " reached the goal, " + count(e.left()) + " left, " + count(e.stillActive())
        + " are still active.").close("p");
    if (e.points().isEmpty()) {
      why("No exits.");
      close();
      return;
    }
    pair("chart-exits", Charts.exits(e, "chart-exits"), "Share of all exits per exit point"
        + shown("largest", e.points().size()) + ".", "No chart.", true, () -> {
          table();
          head("Exit point", "Stage", "#Exits", "#Share", "#95 % CI", "#Feedback");
          for (CxReport.ExitPoint p : e.points()) {
            h.open("tr");
            tdText(p.label());
            tdText(p.stage());
            num(count(p.share().count()));
            num(Formats.percent(p.share()));
            num(Formats.percentInterval(p.share()));
            num(p.feedback() == null ? "none" : count(p.feedback().responses()));
            h.close("tr");
          }
          endTable();
        });
    for (CxReport.ExitPoint p : e.points()) {
      CxReport.ExitFeedback fb = p.feedback();
      if (fb == null) {
        continue;
      }
      h.open("div", "class", "feedback").nl();
      h.open("h3").text("Feedback at ").bdi(p.label()).text(" · "
          + count(fb.responses(), "response")).close("h3");
      if (!fb.figures().isEmpty()) {
        h.open("ul", "class", "figures");
        for (CxReport.Figure f : fb.figures()) {
          h.open("li").bdi(f.label()).text(": ").el("strong", Formats.value(f))
              .text(" " + Formats.interval(f) + ", n = " + count(f.n())).close("li");
        }
        h.close("ul");
      }
      if (!fb.reasons().isEmpty()) {
        table();
        head("Reason", "#Share", "#95 % CI", "#Answers");
        for (CxReport.ChoiceShare c : fb.reasons()) {
          h.open("tr");
          tdText(c.label());
          num(Formats.percent(c.share()));
          num(Formats.percentInterval(c.share()));
          num(Formats.ofCount(c.share()));
          h.close("tr");
        }
        endTable();
      }
      for (String c : fb.comments()) {
        h.el("blockquote", c, "dir", "auto");
      }
      h.close("div").nl();
    }
    close();
  }

  private void retention() {
    open("retention", "Retention");
    CxReport.Retention r = report.retention();
    if (r == null) {
      why("Not in this report: " + Formats.whyNo(report, "retention"));
      close();
      return;
    }
    h.open("p").text("Cohorts by their first activity (").bdi(r.activity())
        .text("); retention in % per " + report.info().period() + " after the first; empty"
            + " cells are periods not yet complete.").close("p");
    if (r.cohorts().isEmpty()) {
      why("No cohorts.");
    } else {
      double top = Charts.heatTop(r);
      pair("chart-retention", Charts.retention(r, "chart-retention"), "Cohort retention in %:"
          + " cohorts down, periods after the first across; the colour runs from 0 to "
          + Formats.number(top, 0) + " %.", "No chart: no complete cell.",
          r.offsets().size() > 6, () -> {
            table("heat");
            List<String> headers = new ArrayList<>(List.of("Cohort", "#Size"));
            for (Integer o : r.offsets()) {
              headers.add("#+" + o);
            }
            head(headers.toArray(new String[0]));
            for (CxReport.Cohort c : r.cohorts()) {
              h.open("tr");
              tdNowrap(c.start());
              num(count(c.size()));
              for (int i = 0; i < r.offsets().size(); i++) {
                heatCell(i < c.rates().size() ? c.rates().get(i) : null, top);
              }
              h.close("tr");
            }
            h.open("tr", "class", "average");
            h.el("td", "average");
            h.el("td", "");
            for (int i = 0; i < r.offsets().size(); i++) {
              heatCell(i < r.averageCurve().size() ? r.averageCurve().get(i) : null, top);
            }
            h.close("tr");
            endTable();
          });
    }
    h.open("h3").text("Churn: ").bdi(r.churnRule()).close("h3");
    if (r.churn().isEmpty()) {
      why("No periods.");
    } else {
      table();
      head("Period", "#At start (S)", "#Lost (L)", "#New (N)", "#At end (E)", "#Churn L/S",
          "#95 % CI", "#Retention (S−L)/S");
      for (CxReport.ChurnPeriod p : r.churn()) {
        h.open("tr");
        tdNowrap(p.start());
        num(count(p.customersAtStart()));
        num(count(p.lost()));
        num(count(p.acquired()));
        num(count(p.customersAtEnd()));
        num(Formats.percent(p.churnRate()));
        num(Formats.percentInterval(p.churnRate()));
        num(Formats.percent(p.retentionRate()));
        h.close("tr");
      }
      endTable();
    }
    close();
  }

  private void lifetimes() {
    open("lifetimes", "Lifetimes");
    CxReport.Lifetimes l = report.lifetimes();
    if (l == null) {
      why("Not in this report: " + Formats.whyNo(report, "lifetimes"));
      close();
      return;
    }
    h.open("p").text("Kaplan–Meier; a lifetime runs ").bdi(l.rule()).text(". "
        + count(l.customers(), "customer") + ", " + count(l.churned()) + " churned, "
        + count(l.censored()) + " still active; median lifetime "
        + (l.medianDays() == null ? "not reached (survival stays above 50 %)"
            : Formats.days(l.medianDays())) + ".").close("p");
    List<CxReport.LifetimeGroup> curves = new ArrayList<>();
    for (CxReport.LifetimeGroup g : l.groups()) {
      if (!g.curve().isEmpty()) {
        curves.add(g);
      }
    }
    List<Integer> days = Formats.readingDays(l.curve());
    int drawn = Math.min(curves.size(), Charts.MAX_CURVES);
    String groups = curves.isEmpty() ? ""
        : ", overall (dark, with its 95 % band) and per group"
            + (drawn < curves.size() ? " (the " + drawn + " largest of " + curves.size()
                + "; the table has all)" : "");
    pair("chart-survival", Charts.survival(l, "chart-survival"), "Share of customers still"
        + " active by days since their first activity" + groups + ".",
        "No chart: no lifetime has ended yet.", false, Charts.survivalKeys(l), () -> {
          if (days.isEmpty()) {
            return;
          }
          table();
          List<String> headers = new ArrayList<>(List.of("#Days", "#All"));
          for (CxReport.LifetimeGroup g : curves) {
            headers.add("#" + g.group());
          }
          head(headers.toArray(new String[0]));
          for (int d : days) {
            h.open("tr");
            num(Integer.toString(d));
            num(Formats.survivalAt(l.curve(), d));
            for (CxReport.LifetimeGroup g : curves) {
              num(Formats.survivalAt(g.curve(), d));
            }
            h.close("tr");
          }
          endTable();
        });
    if (!l.groups().isEmpty()) {
      h.el("h3", "Groups against the rest (log-rank)");
      table();
      head("Group", "#Customers", "#Median", "#p", "#p (Holm)", "");
      for (CxReport.LifetimeGroup g : l.groups()) {
        h.open("tr", "class", g.significant() ? "sig" : null);
        tdText(g.group());
        num(count(g.customers()));
        num(g.medianDays() == null ? "not reached" : Formats.days(g.medianDays()));
        num(Formats.pValue(g.pValue()));
        num(Formats.pValue(g.adjustedPValue()));
        h.open("td", "class", "mark");
        if (g.significant()) {
          h.text("*");
        } else if (g.customers() < report.info().minimumN()) {
          h.el("span", "small n", "class", "badge", "title",
              "fewer customers than the minimum n");
        }
        h.close("td");
        h.close("tr");
      }
      endTable();
      h.el("p", "* significant: Holm-adjusted log-rank p < 0.05 against the rest. small n: fewer"
          + " customers than the minimum n (" + count(report.info().minimumN()) + "), never"
          + " called significant.", "class", "legend");
    }
    close();
  }

  private void voice() {
    open("voice", "Voice of the customer");
    if (report.voice().isEmpty()) {
      why(Formats.whyNo(report, "voice"));
      close();
      return;
    }
    for (CxReport.Voice v : report.voice()) {
      h.open("h3").bdi(where(v.survey(), v.question())).text(" · "
          + count(v.comments(), "comment")).close("h3");
      if (v.npsQuestion() != null) {
        h.open("p").text("Groups by the answer to ").bdi(v.npsQuestion()).text(".").close("p");
      }
      h.open("div", "class", "themes").nl();
      for (CxReport.ThemeGroup g : v.themes()) {
        h.open("div", "class", "theme-group " + themeClass(g.group()));
        h.open("h4").bdi(g.group()).text(" · " + count(g.comments(), "comment")).close("h4");
        if (g.themes().isEmpty()) {
          why("No theme found.");
        } else {
          table();
          head("Theme", "#Share", "#95 % CI");
          for (CxReport.ThemeShare s : g.themes()) {
            h.open("tr");
            tdText(s.label());
            num(Formats.percent(s.share()));
            num(Formats.percentInterval(s.share()));
            h.close("tr");
          }
          endTable();
        }
        h.close("div").nl();
      }
      h.close("div").nl();
      // Without an NPS question there are no detractors and promoters to set against each other.
      if (v.npsQuestion() != null) {
        h.open("div", "class", "themes phrases").nl();
        phrases("Detractors say more than promoters", v.detractorPhrases(), "detractor");
        phrases("Promoters say more than detractors", v.promoterPhrases(), "promoter");
        h.close("div").nl();
      }
    }
    close();
  }

  private void phrases(String title, List<CxReport.Phrase> phrases, String kind) {
    h.open("div", "class", "theme-group " + kind);
    h.el("h4", title);
    if (phrases.isEmpty()) {
      why("No phrase stands out.");
    } else {
      table();
      head("Phrase", "#" + (kind.equals("detractor") ? "Detractors" : "Promoters"),
          "#" + (kind.equals("detractor") ? "Promoters" : "Detractors"), "#z", "#p (Holm)");
      for (CxReport.Phrase p : phrases) {
        h.open("tr");
        tdText(p.phrase());
        num(count(p.focusCount()));
        num(count(p.referenceCount()));
        num(Formats.number(p.z(), 2));
        num(Formats.pValue(p.adjustedPValue()));
        h.close("tr");
      }
      endTable();
    }
    h.close("div").nl();
  }

  private void followUp() {
    CxReport.FollowUp f = report.followUp();
    open("follow-up", "Follow-up");
    h.open("div", "class", "cards").nl();
    stat("Responses checked", count(f.checked()));
    stat("To follow up", count(f.matched()));
    stat("Agreed to be contacted", count(f.contactable()));
    stat("Did not agree (counted, never listed)", count(f.notContactable()));
    h.close("div").nl();
    if (f.rules().isEmpty()) {
      why("No follow-up rule applies to these surveys.");
    } else {
      h.el("h3", "Rules");
      h.open("ul");
      for (String rule : f.rules()) {
        h.open("li").bdi(rule).close("li");
      }
      h.close("ul").nl();
    }
    close();
  }

  private void stat(String label, String value) {
    h.open("div", "class", "card").el("div", label, "class", "label")
        .el("div", value, "class", "value").close("div").nl();
  }

  private void inputs() {
    CxReport.Inputs in = report.inputs();
    open("inputs", "Inputs");
    if (in.files().isEmpty()) {
      why("No files.");
    } else {
      table();
      head("Kind", "File", "#Read", "#Valid", "#Skipped");
      for (CxReport.InputFile f : in.files()) {
        h.open("tr", "class", f.skipped() > 0 ? "warn" : null);
        tdText(f.kind());
        h.open("td").open("code").bdi(f.path()).close("code").close("td");
        num(count(f.read()));
        num(count(f.valid()));
        num(count(f.skipped()));
        h.close("tr");
      }
      endTable();
    }
    h.el("p", count(in.skipped()) + (in.skipped() == 1 ? " bad record" : " bad records")
        + " skipped; the report is made from the valid ones.");
    if (!in.badRecords().isEmpty()) {
      h.open("ol", "class", "bad").nl();
      for (CxReport.BadRecord b : in.badRecords()) {
        h.open("li").open("code").bdi(b.file() + ":" + b.line()).close("code").text(" ")
            .bdi(b.message()).close("li").nl();
      }
      h.close("ol").nl();
    }
    if (in.moreBadRecords() > 0) {
      h.el("p", "and " + count(in.moreBadRecords()) + " more bad records, not listed.");
    }
    close();
  }

  private void notes() {
    open("notes", "Notes");
    if (report.notes().isEmpty()) {
      why("None.");
    } else {
      h.open("ul").nl();
      for (String n : report.notes()) {
        h.open("li").bdi(n).close("li").nl();
      }
      h.close("ul").nl();
    }
    close();
  }

  // ---- building blocks ----

  private void open(String id, String title) {
    h.open("section", "id", id, "aria-labelledby", id + "-title").nl();
    h.el("h2", title, "id", id + "-title").nl();
  }

  private void close() {
    h.close("section").nl();
  }

  private void why(String sentence) {
    h.el("p", sentence, "class", "why").nl();
  }

  /** A chart and its table side by side (stacked on narrow screens). */
  private void pair(String id, @Nullable String svg, String caption, String noChart,
      Runnable table) {
    pair(id, svg, caption, noChart, false, table);
  }

  /** A chart with its table beside it, or below it when {@code stack} (a wide table). */
  private void pair(String id, @Nullable String svg, String caption, String noChart,
      boolean stack, Runnable table) {
    pair(id, svg, caption, noChart, stack, List.of(), table);
  }

  /**
   * A chart with its legend's keys below it (in rows that wrap, so that no name is cut off) and
   * its table beside it, or below it when {@code stack}.
   */
  private void pair(String id, @Nullable String svg, String caption, String noChart,
      boolean stack, List<Charts.Key> keys, Runnable table) {
    h.open("div", "class", stack ? "pair stack" : "pair").nl();
    if (svg != null) {
      h.open("figure", "class", "chart", "id", id).nl();
      h.raw(svg).nl();
      if (!keys.isEmpty()) {
        h.open("ul", "class", "keys", "aria-label", "legend");
        for (Charts.Key k : keys) {
          h.open("li").el("span", "", "class", k.band() ? "key band" : "key", "style",
              (k.band() ? "background-color: " : "border-top-color: ") + k.color())
              .bdi(k.label()).close("li");
        }
        h.close("ul").nl();
      }
      h.open("figcaption", "id", id + "-caption").bdi(caption).close("figcaption").nl();
      h.close("figure").nl();
    } else {
      why(noChart);
    }
    h.open("div", "class", "numbers").nl();
    table.run();
    h.close("div").nl();
    h.close("div").nl();
  }

  private void table(String... cssClass) {
    h.open("div", "class", "table-wrap").open("table", "class",
        cssClass.length == 0 ? null : cssClass[0]).nl();
  }

  private void endTable() {
    h.close("tbody").close("table").close("div").nl();
  }

  /** Header cells; a name starting with {@code #} is a right-aligned number column. */
  private void head(String... names) {
    h.open("thead").open("tr");
    for (String n : names) {
      boolean number = n.startsWith("#");
      h.open("th", "scope", "col", "class", number ? "num" : null);
      h.bdi(number ? n.substring(1) : n).close("th");
    }
    h.close("tr").close("thead").open("tbody").nl();
  }

  private void tdText(String text) {
    h.open("td").bdi(text).close("td");
  }

  private void tdNowrap(String text) {
    h.open("td", "class", "nowrap").bdi(text).close("td");
  }

  private void num(String text) {
    h.el("td", text, "class", "num");
  }

  private void markCell(CxReport.Comparison c) {
    h.open("td", "class", "mark");
    if (c.significant()) {
      h.el("span", "*", "title", "significant: Holm-adjusted p < 0.05");
    } else if (c.smallN()) {
      h.el("span", "small n", "class", "badge", "title", "fewer answers than the minimum n");
    }
    h.close("td");
  }

  /** A cohort cell shaded like the heat map: darker for more, full at the scale's top. */
  private void heatCell(@Nullable Double rate, double top) {
    if (rate == null || !Double.isFinite(rate)) {
      h.el("td", "", "class", "num blank");
      return;
    }
    double alpha = Math.max(0, Math.min(1, rate / top)) * 0.75;
    h.el("td", Formats.number(rate, 1), "class", "num", "style",
        String.format(Locale.ROOT, "background-color: rgba(43, 108, 176, %.2f)", alpha));
  }

  private void legend() {
    h.el("p", "* significant: Holm-adjusted p < 0.05. small n: fewer answers than the minimum n ("
        + count(report.info().minimumN()) + "), never called significant.", "class", "legend")
        .nl();
  }

  private String label(String survey, String question, String metric) {
    CxReport.Figure f = Formats.headline(report, survey, question, metric);
    return f != null ? f.label() : Formats.metricName(metric) + " (" + where(survey, question)
        + ")";
  }

  private static String themeClass(String group) {
    switch (group) {
      case "promoter":
      case "passive":
      case "detractor":
        return group;
      default:
        return "all";
    }
  }

  private static String shown(String which, int size) {
    return size > Charts.MAX_BARS ? " (the " + which + " " + Charts.MAX_BARS + " of " + size
        + "; the table has all)" : "";
  }

  private static String share(long c, long n) {
    return n == 0 ? NA : Formats.number(100.0 * c / n, 1) + " %";
  }

  private static String orNone(@Nullable String s) {
    return s == null ? "(nothing read)" : s;
  }
}
