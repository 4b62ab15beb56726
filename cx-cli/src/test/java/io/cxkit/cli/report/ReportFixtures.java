package io.cxkit.cli.report;

import io.cxkit.cli.report.CxReport.BadRecord;
import io.cxkit.cli.report.CxReport.Breakdown;
import io.cxkit.cli.report.CxReport.BreakdownMetric;
import io.cxkit.cli.report.CxReport.ChoiceShare;
import io.cxkit.cli.report.CxReport.ChurnPeriod;
import io.cxkit.cli.report.CxReport.Cohort;
import io.cxkit.cli.report.CxReport.Comparison;
import io.cxkit.cli.report.CxReport.ExitFeedback;
import io.cxkit.cli.report.CxReport.ExitPoint;
import io.cxkit.cli.report.CxReport.Exits;
import io.cxkit.cli.report.CxReport.Figure;
import io.cxkit.cli.report.CxReport.FollowUp;
import io.cxkit.cli.report.CxReport.Funnel;
import io.cxkit.cli.report.CxReport.FunnelStep;
import io.cxkit.cli.report.CxReport.GroupFigure;
import io.cxkit.cli.report.CxReport.Info;
import io.cxkit.cli.report.CxReport.InputFile;
import io.cxkit.cli.report.CxReport.Inputs;
import io.cxkit.cli.report.CxReport.LifetimeGroup;
import io.cxkit.cli.report.CxReport.Lifetimes;
import io.cxkit.cli.report.CxReport.NpsDistribution;
import io.cxkit.cli.report.CxReport.Phrase;
import io.cxkit.cli.report.CxReport.Rate;
import io.cxkit.cli.report.CxReport.Retention;
import io.cxkit.cli.report.CxReport.SurveyInfo;
import io.cxkit.cli.report.CxReport.SurvivalPoint;
import io.cxkit.cli.report.CxReport.ThemeGroup;
import io.cxkit.cli.report.CxReport.ThemeShare;
import io.cxkit.cli.report.CxReport.TrendPoint;
import io.cxkit.cli.report.CxReport.TrendSeries;
import io.cxkit.cli.report.CxReport.Voice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hand-built reports for the renderers' tests, independent of the report engine.
 *
 * <ul>
 *   <li>{@link #full()}: every section, with figures shaped like the sample shop's at 10 000
 *       customers (README, "Sample data": NPS +32.8, CSAT 76.4 %, CES 5.04, goal completion
 *       26.4 %, the personas' NPS), so that the numbers a test looks for are worked out here.
 *   <li>{@link #empty()}: nothing answered and no events: every optional section null, every
 *       list empty, every figure empty, with the notes that say why.
 *   <li>{@link #hostile()}: the full report with markup, quotes, ampersands, right-to-left
 *       scripts, Chinese, emoji and control characters in every kind of label and comment.
 * </ul>
 */
final class ReportFixtures {

  static final String PP = "post-purchase";
  static final String EXIT = "exit-feedback";
  static final String CES = "support-ces";
  static final String CSAT = "delivery-csat";

  /** Every data string of {@link #hostile()} includes one of these. */
  static final String SCRIPT = "<script>alert('x')</script>";

  private ReportFixtures() {}

  /** @return a report with every section */
  static CxReport full() {
    return build(false);
  }

  /** @return the full report with hostile strings in its labels and comments */
  static CxReport hostile() {
    return build(true);
  }

  /** @return a report over no answers and no events */
  static CxReport empty() {
    Info info = new Info("CX report", List.of(new SurveyInfo(PP, "After your order", 0, 0, 0)),
        null, "UTC", "month", null, null, null, "2026-12-31T23:00:00Z", 30);
    List<Figure> headlines = List.of(
        new Figure(PP, "nps", "nps", "NPS (post-purchase / nps)", null, null, null, 0, "points",
            true));
    Inputs inputs = new Inputs(List.of(
        new InputFile("survey", "surveys/post-purchase.json", 1, 1, 0),
        new InputFile("responses", "responses/post-purchase.jsonl", 0, 0, 0)), 0, List.of(), 0);
    return new CxReport(CxReport.FORMAT_VERSION, info, headlines, List.of(), null, List.of(),
        null, null, null, null, List.of(),
        new FollowUp(List.of(), 0, 0, 0, 0), inputs,
        List.of("No responses were read: the headline figures are empty.",
            "No events given: no funnel, exits, retention or lifetimes.",
            "No grouping could be formed without profiles: no breakdown."));
  }

  // ---- the full report ----

  private static CxReport build(boolean hostile) {
    Strings s = new Strings(hostile);
    Info info = new Info(s.of("Nordlicht CX report, 2026"),
        List.of(new SurveyInfo(PP, s.of("After your order"), 1464, 1464, 0),
            new SurveyInfo(EXIT, s.of("Before you go"), 4442, 2643, 1799),
            new SurveyInfo(CES, s.of("Your support contact"), 791, 791, 0),
            new SurveyInfo(CSAT, s.of("Your delivery"), 1472, 1472, 0)),
        "sample-shop", "Europe/Berlin", "month", "persona", "2026-01-01T08:12:00Z",
        "2026-12-31T21:40:00Z", "2026-12-31T23:00:00Z", 30);

    // NPS +32.8 of 1464: 710 promoters, 524 passives, 230 detractors, (710 - 230) / 1464 = 32.79;
    // SE = sqrt((p+ + p- - (p+ - p-)^2) / n) = sqrt((0.4850 + 0.1571 - 0.1075) / 1464) = 0.0191,
    // so the 95 % interval is 32.8 ± 3.7 = [29.0, 36.5].
    Figure nps = fig(PP, "nps", "nps", s.of("NPS (post-purchase / nps)"), 32.79, 29.04, 36.54,
        1464, "points");
    Figure goal = fig(EXIT, "goal", "goal-completion",
        s.of("Goal completion (exit-feedback / goal)"), 26.4, 25.1, 27.7, 4442, "percent");
    Figure ces = fig(CES, "ces", "ces", s.of("CES (support-ces / ces)"), 5.04, 4.93, 5.15, 791,
        "mean");
    Figure csat = fig(CSAT, "csat", "csat", s.of("CSAT (delivery-csat / csat)"), 76.4, 74.2, 78.5,
        1472, "percent");
    List<Figure> headlines = List.of(nps, csat, ces, goal);

    List<Long> counts = List.of(12L, 8L, 10L, 18L, 25L, 57L, 100L, 214L, 310L, 330L, 380L);
    List<NpsDistribution> distributions = List.of(
        new NpsDistribution(PP, "nps", counts, 230, 524, 710));

    Breakdown breakdown = new Breakdown("persona", List.of(
        new BreakdownMetric(PP, "nps", "nps", List.of(
            group(s.of("loyal-member"), fig(PP, "nps", "nps", "NPS", 55.6, 50.2, 61.0, 624,
                "points"), cmp(39.8, 32.6, 47.0, 1.2e-25, 6.0e-25, true, false)),
            group(s.of("busy-professional"), fig(PP, "nps", "nps", "NPS", 27.0, 18.1, 35.9, 300,
                "points"), cmp(-7.3, -17.1, 2.5, 0.144, 0.288, false, false)),
            group(s.of("gift-shopper"), fig(PP, "nps", "nps", "NPS", 22.1, 12.0, 32.2, 241,
                "points"), cmp(-12.8, -23.8, -1.8, 0.023, 0.069, false, false)),
            group(s.of("bargain-hunter"), fig(PP, "nps", "nps", "NPS", 2.1, -9.9, 14.1, 164,
                "points"), cmp(-35.0, -47.8, -22.2, 8.1e-8, 3.2e-7, true, false)),
            group(s.of("cross-border"), fig(PP, "nps", "nps", "NPS", -5.1, -19.4, 9.2, 117,
                "points"), cmp(-41.2, -56.3, -26.1, 9.4e-8, 3.2e-7, true, false)),
            group(s.of("student"), fig(PP, "nps", "nps", "NPS", 38.9, 4.4, 73.4, 18, "points"),
                cmp(6.1, -28.8, 41.0, 0.73, 0.73, false, true)))),
        new BreakdownMetric(CSAT, "csat", "csat", List.of(
            group(s.of("loyal-member"), fig(CSAT, "csat", "csat", "CSAT", 84.0, 80.9, 86.7, 610,
                "percent"), cmp(13.5, 9.4, 17.6, 4.0e-10, 1.6e-9, true, false)),
            group(s.of("cross-border"), fig(CSAT, "csat", "csat", "CSAT", 58.1, 49.3, 66.4, 124,
                "percent"), cmp(-20.0, -29.1, -10.9, 1.7e-5, 5.1e-5, true, false)),
            group(s.of("gift-shopper"), fig(CSAT, "csat", "csat", "CSAT", 74.9, 69.0, 80.0, 243,
                "percent"), cmp(-1.8, -7.8, 4.2, 0.55, 0.55, false, false))))));

    List<TrendSeries> trends = List.of(
        trend(PP, "nps", "nps", "points",
            new double[] {31.0, 35.2, 29.8, 33.9, 41.5, 30.2, 28.7, 34.4, 36.0, 31.1, 33.3, 29.9},
            new long[] {98, 110, 117, 121, 126, 125, 124, 127, 126, 124, 123, 143}, 13.0, 4),
        trend(CSAT, "csat", "csat", "percent",
            new double[] {Double.NaN, 71.0, 75.4, 77.2, 80.1, 76.0, 75.5, 78.9, 76.6, 77.0, 74.8,
                77.1},
            new long[] {0, 104, 118, 122, 125, 129, 126, 127, 130, 128, 130, 133}, 7.5, -1));

    Funnel funnel = new Funnel(s.of("checkout"), "PT24H", 8000, List.of(
        step("product-page", s.of("Product page"), 8000, 8000, 8000, 8000, null),
        step("cart", s.of("Cart"), 4200, 8000, 8000, 8000, 95.0),
        step("checkout", s.of("Checkout"), 2600, 4200, 8000, 4200, 312.0),
        step("order-confirmation", s.of("Order confirmation"), 2100, 2600, 8000, 2600,
            1260.0)));

    ExitFeedback atAddress = new ExitFeedback(412,
        List.of(fig(EXIT, "goal", "goal-completion", s.of("Goal completion (exit-feedback / goal)"),
            8.3, 5.9, 11.5, 398, "percent")),
        List.of(new ChoiceShare("reasons", "technical-problem", s.of("A technical problem"),
                rate(149, 310, 42.6, 53.6)),
            new ChoiceShare("reasons", "missing-information", s.of("Information was missing"),
                rate(96, 310, 25.9, 36.3))),
        s.comments(List.of("The postcode field does not accept my Kazakh postcode.",
            "Почтовый индекс не принимается, пришлось уйти.",
            "地址页面一直报错，邮编无法输入。")));
    ExitFeedback atDelivery = new ExitFeedback(301,
        List.of(fig(EXIT, "goal", "goal-completion", s.of("Goal completion (exit-feedback / goal)"),
            12.0, 8.8, 16.1, 291, "percent")),
        List.of(new ChoiceShare("reasons", "missing-information", s.of("Information was missing"),
            rate(130, 240, 47.9, 60.4))),
        s.comments(List.of("No delivery date shown, I need it before Christmas.")));
    Exits exits = new Exits(s.of("order-confirmation (purchase)"), "PT720H", 10000, 3595, 6100,
        305, List.of(
            exit("product-page", s.of("Product page"), "consideration", 1830, 6100, 29.1, 31.2,
                null),
            exit("checkout-address", s.of("Checkout address"), "purchase", 1470, 6100, 23.0, 25.2,
                atAddress),
            exit("delivery-options", s.of("Delivery options"), "purchase", 1116, 6100, 17.4, 19.3,
                atDelivery),
            exit("cart", s.of("Cart"), "purchase", 927, 6100, 14.3, 16.1, null),
            exit("help-center", s.of("Help centre"), "support", 757, 6100, 11.6, 13.2, null)));

    List<Integer> offsets = List.of(0, 1, 2, 3, 4, 5);
    Retention retention = new Retention(s.of("purchase events"), offsets, List.of(
        cohort("2026-07-01", 612, 100.0, 41.2, 33.5, 29.1, 26.0, 24.3),
        cohort("2026-08-01", 598, 100.0, 39.8, 32.0, 28.4, 25.1, null),
        cohort("2026-09-01", 575, 100.0, 42.6, 34.1, 30.2, null, null),
        cohort("2026-10-01", 560, 100.0, 40.4, 33.0, null, null, null),
        cohort("2026-11-01", 544, 100.0, 38.9, null, null, null, null),
        cohort("2026-12-01", 530, 100.0, null, null, null, null, null)),
        Arrays.asList(100.0, 40.6, 33.2, 29.2, 25.6, 24.3), s.of("2 months without a purchase"),
        List.of(churn("2026-09-01", 1210, 198, 575, 1587, 13.9, 18.2),
            churn("2026-10-01", 1587, 240, 560, 1907, 13.5, 16.9),
            churn("2026-11-01", 1907, 301, 544, 2150, 14.2, 17.5),
            churn("2026-12-01", 2150, 336, 530, 2344, 14.2, 17.3)));

    List<SurvivalPoint> curve = List.of(
        new SurvivalPoint(30, 0.962, 0.955, 0.968, 3595),
        new SurvivalPoint(61, 0.874, 0.862, 0.885, 3320),
        new SurvivalPoint(92, 0.801, 0.787, 0.814, 2870),
        new SurvivalPoint(122, 0.742, 0.726, 0.757, 2410),
        new SurvivalPoint(153, 0.690, 0.672, 0.707, 1980),
        new SurvivalPoint(183, 0.641, 0.621, 0.660, 1560),
        new SurvivalPoint(214, 0.602, 0.580, 0.623, 1170),
        new SurvivalPoint(245, 0.566, 0.541, 0.590, 820),
        new SurvivalPoint(275, 0.529, 0.500, 0.557, 510),
        new SurvivalPoint(306, 0.488, 0.452, 0.523, 260));
    Lifetimes lifetimes = new Lifetimes(s.of("2 months without a purchase"), 3595, 1400, 2195,
        306.0, curve, List.of(
            new LifetimeGroup(s.of("loyal-member"), 503, null, 2.0e-9, 1.0e-8, true, List.of(
                new SurvivalPoint(61, 0.97, null, null, 503),
                new SurvivalPoint(183, 0.90, null, null, 380),
                new SurvivalPoint(306, 0.82, null, null, 120))),
            new LifetimeGroup(s.of("cross-border"), 610, 153.0, 3.1e-6, 1.2e-5, true, List.of(
                new SurvivalPoint(61, 0.78, null, null, 610),
                new SurvivalPoint(153, 0.49, null, null, 300),
                new SurvivalPoint(306, 0.30, null, null, 60))),
            new LifetimeGroup(s.of("gift-shopper"), 790, 290.0, 0.41, 0.41, false, List.of())));

    List<Voice> voice = List.of(new Voice(PP, "why", "nps", 1120, List.of(
        new ThemeGroup("promoter", 560, List.of(
            theme("delivery-speed", s.of("Fast delivery"), 190, 560, 30.1, 37.9),
            theme("product-quality", s.of("Product quality"), 140, 560, 21.6, 28.7))),
        new ThemeGroup("passive", 370, List.of(
            theme("price", s.of("Price"), 96, 370, 21.8, 30.6))),
        new ThemeGroup("detractor", 190, List.of(
            theme("delivery-delay", s.of("Late delivery"), 81, 190, 35.8, 49.6),
            theme("address", s.of("Address and postcode"), 44, 190, 17.7, 29.8)))),
        List.of(new Phrase(s.of("late"), 61, 12, 7.41, 2.0e-12),
            new Phrase(s.of("почтовый индекс"), 22, 1, 4.90, 1.9e-5),
            new Phrase(s.of("邮编"), 15, 0, 4.12, 3.4e-4)),
        List.of(new Phrase(s.of("fast delivery"), 120, 9, 6.20, 1.1e-8),
            new Phrase(s.of("great quality"), 75, 6, 4.75, 4.0e-5))));

    FollowUp followUp = new FollowUp(List.of(
        s.of("post-purchase / nps: detractors (0–6)"),
        s.of("delivery-csat / csat: bottom-2-box (1–2 of 1–5)"),
        s.of("support-ces / ces: not agreeing (1–4 of 1–7)"),
        s.of("exit-feedback / goal: goal not achieved, with contact consent")), 8169, 1204, 812,
        392);

    Inputs inputs = new Inputs(List.of(
        new InputFile("survey", "surveys/post-purchase.json", 1, 1, 0),
        new InputFile("responses", s.of("responses/post-purchase.jsonl"), 1466, 1464, 2),
        new InputFile("journey", "journey.json", 1, 1, 0),
        new InputFile("events", "events.jsonl", 205838, 205838, 0),
        new InputFile("personas", "personas.json", 1, 1, 0),
        new InputFile("profiles", "profiles.jsonl", 10000, 10000, 0)), 2, List.of(
            new BadRecord("responses/post-purchase.jsonl", 77,
                s.of("answers.nps = 11: must be within 0..10")),
            new BadRecord("responses/post-purchase.jsonl", 912,
                s.of("submittedAt = \"yesterday\": must be an ISO-8601 instant"))), 0);

    List<String> notes = List.of(
        s.of("Breakdown: the group student has fewer than 30 answers; it is flagged, never called"
            + " significant."),
        s.of("Trends: delivery-csat has no answers in 2026-01 (the survey started in February)."));

    return new CxReport(CxReport.FORMAT_VERSION, info, headlines, distributions, breakdown,
        trends, funnel, exits, retention, lifetimes, voice, followUp, inputs, notes);
  }

  // ---- small builders ----

  static Figure fig(String survey, String question, String metric, String label,
      @Nullable Double value, @Nullable Double low, @Nullable Double high, long n, String unit) {
    return new Figure(survey, question, metric, label, value, low, high, n, unit, value == null);
  }

  static Comparison cmp(double diff, double low, double high, double p, double adjusted,
      boolean significant, boolean smallN) {
    return new Comparison(diff, low, high, p, adjusted, significant, smallN);
  }

  static GroupFigure group(String name, Figure figure, Comparison against) {
    return new GroupFigure(name, figure, against);
  }

  /** A rate of count over of, its value worked out here, with a given interval. */
  static Rate rate(long count, long of, double low, double high) {
    return new Rate(count, of, 100.0 * count / of, low, high);
  }

  /**
   * A monthly series for 2026: the interval is the value ± halfWidth; a NaN value is an empty
   * month. The change from the month before is the difference of the values with p 0.2, except
   * at {@code significantAt}, where it is significant (p 0.004).
   */
  private static TrendSeries trend(String survey, String question, String metric, String unit,
      double[] values, long[] n, double halfWidth, int significantAt) {
    List<TrendPoint> points = new ArrayList<>();
    for (int m = 0; m < values.length; m++) {
      String month = String.format(java.util.Locale.ROOT, "2026-%02d", m + 1);
      boolean empty = Double.isNaN(values[m]);
      Figure f = empty ? new Figure(survey, question, metric, metric, null, null, null, 0, unit,
          true)
          : fig(survey, question, metric, metric, values[m], values[m] - halfWidth,
              values[m] + halfWidth, n[m], unit);
      Comparison c = null;
      if (m > 0) {
        boolean bothThere = !empty && !Double.isNaN(values[m - 1]);
        c = bothThere ? new Comparison(values[m] - values[m - 1], values[m] - values[m - 1] - 18,
            values[m] - values[m - 1] + 18, m == significantAt ? 0.004 : 0.2, null,
            m == significantAt, false)
            : new Comparison(null, null, null, null, null, false, false);
      }
      points.add(new TrendPoint(month, month + "-01", f, c));
    }
    return new TrendSeries(survey, question, metric, points);
  }

  private static FunnelStep step(String id, String label, long reached, long previous,
      long start, long before, @Nullable Double median) {
    return new FunnelStep(id, label, reached, wilson(reached, previous), wilson(reached, start),
        wilson(before - reached, before), median);
  }

  /** A rate with a rough interval of ±2 standard errors, clipped to 0..100. */
  private static Rate wilson(long count, long of) {
    double p = (double) count / of;
    double half = 200 * Math.sqrt(p * (1 - p) / of);
    return new Rate(count, of, 100 * p, Math.max(0, 100 * p - half), Math.min(100, 100 * p + half));
  }

  private static ExitPoint exit(String id, String label, String stage, long count, long of,
      double low, double high, @Nullable ExitFeedback feedback) {
    return new ExitPoint(id, label, stage, rate(count, of, low, high), feedback);
  }

  private static Cohort cohort(String start, long size, @Nullable Double... rates) {
    return new Cohort(start, size, Arrays.asList(rates));
  }

  private static ChurnPeriod churn(String start, long s, long lost, long acquired, long end,
      double low, double high) {
    return new ChurnPeriod(start, s, lost, acquired, end, rate(lost, s, low, high),
        rate(s - lost, s, 100 - high, 100 - low));
  }

  private static ThemeShare theme(String id, String label, long count, long of, double low,
      double high) {
    return new ThemeShare(id, label, rate(count, of, low, high));
  }

  /** Plain strings for the full report, or the same with hostile additions. */
  private static final class Strings {
    private static final String[] EXTRA = {
        " " + SCRIPT,
        " & \"quoted\" 'single' <b>bold</b>",
        " — مرحبا بالعالم",
        " — שלום עולם",
        " — 客户体验报告",
        " 😀🎉👍🏽",
        " ]]> <!-- --> <![CDATA[x]]>",
        " \u0007bell \u001b[31mred\u001b[0m \u202Eevil\u202C",
    };
    private final boolean hostile;
    private int next;

    Strings(boolean hostile) {
      this.hostile = hostile;
    }

    /** @return the text, or it with the next hostile addition */
    String of(String text) {
      if (!hostile) {
        return text;
      }
      return text + EXTRA[next++ % EXTRA.length];
    }

    List<String> comments(List<String> comments) {
      if (!hostile) {
        return comments;
      }
      List<String> out = new ArrayList<>();
      for (String c : comments) {
        out.add(of(c));
      }
      out.add("</blockquote></section><script src=\"https://evil.example/x.js\"></script>"
          + " <img src=x onerror=alert(1)> javascript:alert(1) \n new line\ttab");
      return out;
    }
  }
}
