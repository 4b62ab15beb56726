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
 * A {@link CxReport} as plain text for a terminal: one titled block per section, tables at most
 * {@value #WIDTH} columns wide (Chinese and emoji count two), numbers in {@link Locale#ROOT},
 * intervals as {@code [low, high]}, the n next to every figure, and significant differences marked
 * {@code *} (Holm-adjusted p below 0.05) with a legend under the table. A section the report lacks
 * is one line that says why, taken from the report's notes. Lines end in {@code \n} on every
 * platform; text from the data is stripped of control characters.
 */
public final class TextReport {

  /** The widest a line gets, in terminal columns. */
  public static final int WIDTH = 100;

  private static final String LEGEND = "* significant: Holm-adjusted p < 0.05;"
      + " ~ too few answers (below the minimum n): never called significant";

  private final CxReport report;
  private final List<String> lines = new ArrayList<>();

  private TextReport(CxReport report) {
    this.report = report;
  }

  /**
   * Writes the report as text. The writer is flushed, not closed.
   *
   * @param report the report
   * @param out where the text goes
   * @throws IOException from {@code out}
   */
  public static void write(CxReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    TextReport t = new TextReport(report);
    t.all();
    StringBuilder sb = new StringBuilder();
    for (String line : t.lines) {
      sb.append(line).append('\n');
    }
    out.write(sb.toString());
    out.flush();
  }

  private void all() {
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
  }

  // ---- sections ----

  private void overview() {
    CxReport.Info info = report.info();
    String title = TextTable.clean(info.title());
    lines.add(TextTable.fit(title, WIDTH));
    lines.add("=".repeat(Math.min(WIDTH, Math.max(3, TextTable.width(lines.get(0))))));
    List<String> facts = new ArrayList<>();
    facts.add("as of " + info.asOf());
    facts.add("zone " + info.zone());
    facts.add("period " + info.period());
    facts.add("breakdown by " + (info.by() == null ? "none" : info.by()));
    facts.add("minimum n " + count(info.minimumN()));
    wrap(String.join(" · ", facts), "", "");
    wrap("Data from " + orNone(info.from()) + " to " + orNone(info.to())
        + (info.journey() == null ? "; no journey map" : "; journey map " + info.journey()),
        "", "");
    if (info.surveys().isEmpty()) {
      lines.add("No surveys.");
    } else {
      TextTable t = new TextTable("<survey", "<title", "responses", "completed", "dismissed");
      for (CxReport.SurveyInfo s : info.surveys()) {
        t.row(s.id(), s.title(), count(s.responses()), count(s.completions()),
            count(s.dismissals()));
      }
      blank();
      table(t);
    }
  }

  private void headlines() {
    heading("Headlines");
    if (report.headlines().isEmpty()) {
      line(Formats.whyNo(report, "headlines"));
      return;
    }
    TextTable t = new TextTable("<figure", "value", "95 % interval", "n");
    for (CxReport.Figure f : report.headlines()) {
      t.row(f.label(), Formats.value(f), Formats.interval(f), count(f.n()));
    }
    table(t);
  }

  private void npsDistributions() {
    heading("NPS distribution");
    if (report.npsDistributions().isEmpty()) {
      line(Formats.whyNo(report, "nps-distribution"));
      return;
    }
    for (CxReport.NpsDistribution d : report.npsDistributions()) {
      long n = d.detractors() + d.passives() + d.promoters();
      subheading(where(d.survey(), d.question()) + " (n " + count(n) + ")");
      if (n == 0) {
        line("No answers.");
        continue;
      }
      line("detractors " + count(d.detractors()) + " (" + share(d.detractors(), n) + "), passives "
          + count(d.passives()) + " (" + share(d.passives(), n) + "), promoters "
          + count(d.promoters()) + " (" + share(d.promoters(), n) + ")");
      long max = 1;
      for (Long c : d.counts()) {
        max = Math.max(max, c);
      }
      TextTable t = new TextTable("score", "<group", "answers", "share", "<");
      for (int score = 0; score < d.counts().size(); score++) {
        long c = d.counts().get(score);
        int bar = (int) Math.round(40.0 * c / max);
        t.row(Integer.toString(score), npsGroup(score), count(c), share(c, n), "#".repeat(bar));
      }
      table(t);
    }
  }

  private void breakdown() {
    heading("Breakdown");
    CxReport.Breakdown b = report.breakdown();
    if (b == null) {
      line("Not in this report: " + Formats.whyNo(report, "breakdown"));
      return;
    }
    line("By " + b.by() + "; each group against the rest of the groups.");
    if (b.metrics().isEmpty()) {
      line("No headline figure to break down.");
      return;
    }
    for (CxReport.BreakdownMetric m : b.metrics()) {
      subheading(label(m.survey(), m.question(), m.metric()));
      if (m.groups().isEmpty()) {
        line("No groups.");
        continue;
      }
      TextTable t = new TextTable("<group", "value", "95 % interval", "n", "vs rest",
          "95 % interval", "p (Holm)", "<");
      for (CxReport.GroupFigure g : m.groups()) {
        CxReport.Comparison c = g.againstRest();
        t.row(g.group(), Formats.value(g.figure()), Formats.interval(g.figure()),
            count(g.figure().n()), Formats.difference(c.difference(), g.figure().unit()),
            Formats.interval(c.low(), c.high(), Formats.decimals(g.figure().unit())),
            Formats.pValue(Formats.shownP(c)), Formats.mark(c));
      }
      table(t);
    }
    legend();
  }

  private void trends() {
    heading("Trends");
    if (report.trends().isEmpty()) {
      line(Formats.whyNo(report, "trends"));
      return;
    }
    line("Per " + report.info().period() + " in " + report.info().zone()
        + "; each period against the one before.");
    for (CxReport.TrendSeries s : report.trends()) {
      subheading(label(s.survey(), s.question(), s.metric()));
      if (s.points().isEmpty()) {
        line("No periods.");
        continue;
      }
      TextTable t = new TextTable("<period", "value", "95 % interval", "n", "change", "p", "<");
      for (CxReport.TrendPoint p : s.points()) {
        CxReport.Comparison c = p.againstPrevious();
        String unit = p.figure().unit();
        t.row(p.period(), Formats.value(p.figure()), Formats.interval(p.figure()),
            count(p.figure().n()), c == null ? "" : Formats.difference(c.difference(), unit),
            c == null ? "" : Formats.pValue(Formats.shownP(c)), c == null ? "" : Formats.mark(c));
      }
      table(t);
    }
    legend();
  }

  private void funnel() {
    heading("Funnel");
    CxReport.Funnel f = report.funnel();
    if (f == null) {
      line("Not in this report: " + Formats.whyNo(report, "funnel"));
      return;
    }
    line(f.name() + ": " + count(f.entered(), "customer") + " entered; window "
        + Formats.duration(f.window()) + " from the first step.");
    if (f.steps().isEmpty()) {
      line("No steps.");
      return;
    }
    TextTable t = new TextTable("<step", "reached", "from previous", "95 % interval",
        "from start", "drop-off", "median time");
    for (CxReport.FunnelStep s : f.steps()) {
      t.row(s.label(), count(s.reached()), Formats.percent(s.fromPrevious()),
          Formats.percentInterval(s.fromPrevious()), Formats.percent(s.fromStart()),
          Formats.percent(s.dropOff()), Formats.seconds(s.medianSecondsFromStart()));
    }
    table(t);
  }

  private void exits() {
    heading("Exit points");
    CxReport.Exits e = report.exits();
    if (e == null) {
      line("Not in this report: " + Formats.whyNo(report, "exits"));
      return;
    }
    wrap("Goal " + e.goal() + "; gone after " + Formats.duration(e.horizon())
        + " without an event. " + count(e.customers(), "customer") + ": " + count(e.converted())
        + " reached the goal, " + count(e.left()) + " left, " + count(e.stillActive())
        + " still active.", "", "");
    if (e.points().isEmpty()) {
      line("No exits.");
      return;
    }
    TextTable t = new TextTable("<exit point", "<stage", "exits", "share", "95 % interval",
        "feedback");
    for (CxReport.ExitPoint p : e.points()) {
      t.row(p.label(), p.stage(), count(p.share().count()), Formats.percent(p.share()),
          Formats.percentInterval(p.share()),
          p.feedback() == null ? "none" : count(p.feedback().responses()));
    }
    table(t);
    for (CxReport.ExitPoint p : e.points()) {
      CxReport.ExitFeedback fb = p.feedback();
      if (fb == null) {
        continue;
      }
      blank();
      line("Feedback at " + TextTable.clean(p.label()) + " ("
          + count(fb.responses(), "response") + "):");
      for (CxReport.Figure f : fb.figures()) {
        wrap(f.label() + ": " + Formats.value(f) + " " + Formats.interval(f) + " n "
            + count(f.n()), "  ", "    ");
      }
      for (CxReport.ChoiceShare c : fb.reasons()) {
        wrap(c.label() + ": " + Formats.percent(c.share()) + " "
            + Formats.percentInterval(c.share())
            + " (" + Formats.ofCount(c.share()) + ")", "  ", "    ");
      }
      for (String c : fb.comments()) {
        wrap("\u201C" + c + "\u201D", "  ", "   ");
      }
    }
  }

  private void retention() {
    heading("Retention and churn");
    CxReport.Retention r = report.retention();
    if (r == null) {
      line("Not in this report: " + Formats.whyNo(report, "retention"));
      return;
    }
    line("Cohorts by their first activity (" + r.activity() + "); retention in % per "
        + report.info().period() + " after the first.");
    if (r.cohorts().isEmpty()) {
      line("No cohorts.");
    } else {
      // The matrix gets as many offset columns as 100 columns hold; the JSON and HTML have all.
      int cohortWidth = TextTable.width("average");
      long largest = 0;
      for (CxReport.Cohort c : r.cohorts()) {
        cohortWidth = Math.max(cohortWidth, TextTable.width(TextTable.clean(c.start())));
        largest = Math.max(largest, c.size());
      }
      int sizeWidth = Math.max(4, count(largest).length());
      int fit = Math.max(1, (WIDTH - cohortWidth - 2 - sizeWidth) / 7);
      int shown = Math.min(r.offsets().size(), fit);
      String[] headers = new String[shown + 2];
      headers[0] = "<cohort";
      headers[1] = "size";
      for (int i = 0; i < shown; i++) {
        headers[i + 2] = "+" + r.offsets().get(i);
      }
      TextTable t = new TextTable(headers);
      for (CxReport.Cohort c : r.cohorts()) {
        String[] row = new String[shown + 2];
        row[0] = c.start();
        row[1] = count(c.size());
        for (int i = 0; i < shown; i++) {
          row[i + 2] = i < c.rates().size() ? cell(c.rates().get(i)) : "";
        }
        t.row(row);
      }
      String[] avg = new String[shown + 2];
      avg[0] = "average";
      avg[1] = "";
      for (int i = 0; i < shown; i++) {
        avg[i + 2] = i < r.averageCurve().size() ? cell(r.averageCurve().get(i)) : "";
      }
      t.row(avg);
      table(t);
      if (shown < r.offsets().size()) {
        line("(" + (r.offsets().size() - shown) + " more offsets in the JSON and HTML reports)");
      }
    }
    blank();
    line("Churn: " + TextTable.clean(r.churnRule()) + ".");
    if (r.churn().isEmpty()) {
      line("No periods.");
      return;
    }
    TextTable t = new TextTable("<period", "at start", "lost", "new", "at end", "churn",
        "95 % interval", "retention");
    for (CxReport.ChurnPeriod p : r.churn()) {
      t.row(p.start(), count(p.customersAtStart()), count(p.lost()), count(p.acquired()),
          count(p.customersAtEnd()), Formats.percent(p.churnRate()),
          Formats.percentInterval(p.churnRate()), Formats.percent(p.retentionRate()));
    }
    table(t);
  }

  private void lifetimes() {
    heading("Lifetimes");
    CxReport.Lifetimes l = report.lifetimes();
    if (l == null) {
      line("Not in this report: " + Formats.whyNo(report, "lifetimes"));
      return;
    }
    wrap("Kaplan–Meier; a lifetime runs " + l.rule() + ". " + count(l.customers(), "customer")
        + ", " + count(l.churned()) + " churned, " + count(l.censored()) + " still active; median "
        + (l.medianDays() == null ? "not reached (survival stays above 50 %)"
            : Formats.days(l.medianDays())) + ".", "", "");
    List<Integer> days = Formats.readingDays(l.curve());
    if (!days.isEmpty()) {
      TextTable t = new TextTable("days", "still active", "95 % interval", "at risk");
      for (int d : days) {
        CxReport.SurvivalPoint p = Formats.stepAt(l.curve(), d);
        t.row(Integer.toString(d), Formats.survivalAt(l.curve(), d),
            p == null ? NA : Formats.interval(pct(p.low()), pct(p.high()), 1),
            p == null ? "" : count(p.atRisk()));
      }
      blank();
      table(t);
    }
    if (!l.groups().isEmpty()) {
      TextTable t = new TextTable("<group", "customers", "median", "p (log-rank)", "p (Holm)",
          "<");
      long minimumN = report.info().minimumN();
      for (CxReport.LifetimeGroup g : l.groups()) {
        t.row(g.group(), count(g.customers()),
            g.medianDays() == null ? "not reached" : Formats.days(g.medianDays()),
            Formats.pValue(g.pValue()), Formats.pValue(g.adjustedPValue()),
            g.significant() ? "*" : g.customers() < minimumN ? "~" : "");
      }
      blank();
      table(t);
      wrap("* significant: Holm-adjusted log-rank p < 0.05 against the rest; ~ fewer customers"
          + " than the minimum n (" + count(minimumN) + "): never called significant", "", "  ");
    }
  }

  private void voice() {
    heading("Voice of the customer");
    if (report.voice().isEmpty()) {
      line(Formats.whyNo(report, "voice"));
      return;
    }
    for (CxReport.Voice v : report.voice()) {
      subheading(where(v.survey(), v.question()) + " (" + count(v.comments(), "comment")
          + (v.npsQuestion() == null ? "" : "; NPS groups from " + v.npsQuestion()) + ")");
      for (CxReport.ThemeGroup g : v.themes()) {
        line(TextTable.clean(g.group()) + " (" + count(g.comments(), "comment") + "):");
        if (g.themes().isEmpty()) {
          line("  no theme found");
          continue;
        }
        TextTable t = new TextTable("<theme", "share", "95 % interval", "comments");
        for (CxReport.ThemeShare s : g.themes()) {
          t.row(s.label(), Formats.percent(s.share()), Formats.percentInterval(s.share()),
              count(s.share().count()));
        }
        lines.addAll(t.lines(WIDTH, "  "));
      }
      phrases("Detractors say more than promoters:", v.detractorPhrases(), "detractors",
          "promoters");
      phrases("Promoters say more than detractors:", v.promoterPhrases(), "promoters",
          "detractors");
    }
  }

  private void phrases(String title, List<CxReport.Phrase> phrases, String focus,
      String reference) {
    if (phrases.isEmpty()) {
      return;
    }
    line(title);
    TextTable t = new TextTable("<phrase", focus, reference, "z", "p (Holm)");
    for (CxReport.Phrase p : phrases) {
      t.row("\u201C" + p.phrase() + "\u201D", count(p.focusCount()), count(p.referenceCount()),
          Formats.number(p.z(), 2), Formats.pValue(p.adjustedPValue()));
    }
    lines.addAll(t.lines(WIDTH, "  "));
  }

  private void followUp() {
    heading("Follow-up");
    CxReport.FollowUp f = report.followUp();
    line(count(f.checked(), "response") + " checked, " + count(f.matched()) + " to follow up: "
        + count(f.contactable()) + " agreed to be contacted, " + count(f.notContactable())
        + " did not (counted, never listed).");
    if (f.rules().isEmpty()) {
      line("No follow-up rule applies to these surveys.");
    }
    for (String rule : f.rules()) {
      wrap(rule, "- ", "  ");
    }
  }

  private void inputs() {
    heading("Inputs");
    CxReport.Inputs in = report.inputs();
    if (in.files().isEmpty()) {
      line("No files.");
    } else {
      TextTable t = new TextTable("<kind", "<file", "read", "valid", "skipped");
      for (CxReport.InputFile f : in.files()) {
        t.row(f.kind(), f.path(), count(f.read()), count(f.valid()), count(f.skipped()));
      }
      table(t);
    }
    line(count(in.skipped()) + (in.skipped() == 1 ? " bad record" : " bad records")
        + " skipped.");
    int shown = Math.min(10, in.badRecords().size());
    for (int i = 0; i < shown; i++) {
      CxReport.BadRecord b = in.badRecords().get(i);
      wrap(b.file() + ":" + b.line() + ": " + b.message(), "  ", "    ");
    }
    long more = in.badRecords().size() - shown + in.moreBadRecords();
    if (more > 0) {
      line("  and " + count(more) + " more (the JSON report lists the first 100).");
    }
  }

  private void notes() {
    heading("Notes");
    if (report.notes().isEmpty()) {
      line("None.");
    }
    for (String n : report.notes()) {
      wrap(n, "- ", "  ");
    }
  }

  // ---- helpers ----

  private String label(String survey, String question, String metric) {
    CxReport.Figure f = Formats.headline(report, survey, question, metric);
    return f != null ? f.label()
        : Formats.metricName(metric) + " (" + where(survey, question) + ")";
  }

  private static String npsGroup(int score) {
    return score <= 6 ? "detractor" : score <= 8 ? "passive" : "promoter";
  }

  private static String share(long c, long n) {
    return Formats.number(100.0 * c / n, 1) + " %";
  }

  private static String cell(@Nullable Double rate) {
    return rate == null ? "" : Formats.number(rate, 1);
  }

  private static @Nullable Double pct(@Nullable Double share) {
    return share == null ? null : 100 * share;
  }

  private static String orNone(@Nullable String s) {
    return s == null ? "(nothing read)" : s;
  }

  private void heading(String title) {
    blank();
    lines.add(title);
    lines.add("-".repeat(title.length()));
  }

  private void subheading(String title) {
    blank();
    lines.add(TextTable.fit(TextTable.clean(title), WIDTH));
  }

  private void line(String text) {
    wrap(text, "", "");
  }

  private void wrap(String text, String first, String rest) {
    lines.addAll(TextTable.wrap(text, WIDTH, first, rest));
  }

  private void table(TextTable t) {
    lines.addAll(t.lines(WIDTH, ""));
  }

  private void blank() {
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
      lines.add("");
    }
  }

  private void legend() {
    wrap(LEGEND, "", "  ");
  }
}
