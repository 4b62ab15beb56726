package io.cxkit.cli.report;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the text and HTML reports write numbers: {@link Locale#ROOT} always, a fixed number of
 * decimals per unit, {@code n/a} for a missing (or, defensively, non-finite) value, and never
 * {@code -0.0}. Shared so that the terminal and the browser show the same figures.
 */
final class Formats {

  /** Shown where a value is null: there were no answers, or the figure is undefined. */
  static final String NA = "n/a";

  /** Adjusted p-values below this are called significant (as {@link CxReport.Comparison} says). */
  static final double ALPHA = 0.05;

  private Formats() {}

  /**
   * @param value a number, or null
   * @param decimals digits after the point
   * @return the number with that many decimals, or {@link #NA}
   */
  static String number(@Nullable Double value, int decimals) {
    if (value == null || !Double.isFinite(value)) {
      return NA;
    }
    return noNegativeZero(String.format(Locale.ROOT, "%." + decimals + "f", value));
  }

  /**
   * @param value a number, or null
   * @param decimals digits after the point
   * @return the number with an explicit sign ({@code +3.2}, {@code -1.0}, {@code 0.0}), or NA
   */
  static String signed(@Nullable Double value, int decimals) {
    String s = number(value, decimals);
    if (s.equals(NA) || s.startsWith("-") || isZero(s)) {
      return s;
    }
    return "+" + s;
  }

  /** @return decimals a figure of this unit is shown with: 1 for points and percent, 2 for means */
  static int decimals(String unit) {
    return "points".equals(unit) || "percent".equals(unit) ? 1 : 2;
  }

  /**
   * @param value a figure's value
   * @param unit {@code points}, {@code percent} or {@code mean} (anything else: two decimals)
   * @return NPS signed ({@code +32.8}), percent with a sign ({@code 76.4 %}), a mean plain
   */
  static String value(@Nullable Double value, String unit) {
    if ("points".equals(unit)) {
      return signed(value, 1);
    }
    String s = number(value, decimals(unit));
    return "percent".equals(unit) && !s.equals(NA) ? s + " %" : s;
  }

  /** @return the figure's value, or "no answers" when it is empty */
  static String value(CxReport.Figure figure) {
    if (figure.value() == null) {
      return figure.n() == 0 ? "no answers" : NA;
    }
    return value(figure.value(), figure.unit());
  }

  /**
   * @param low the lower end, or null
   * @param high the upper end, or null
   * @param decimals digits after the point
   * @return {@code [low, high]}, or {@link #NA} when either end is missing
   */
  static String interval(@Nullable Double low, @Nullable Double high, int decimals) {
    if (low == null || high == null || !Double.isFinite(low) || !Double.isFinite(high)) {
      return NA;
    }
    return "[" + number(low, decimals) + ", " + number(high, decimals) + "]";
  }

  /** @return the figure's 95 % interval as {@code [low, high]}, or NA */
  static String interval(CxReport.Figure figure) {
    return interval(figure.low(), figure.high(), decimals(figure.unit()));
  }

  /**
   * @param difference a difference in the figure's unit, or null
   * @param unit the figure's unit
   * @return signed; percentage points get {@code pp} so they are not read as a relative change
   */
  static String difference(@Nullable Double difference, String unit) {
    String s = signed(difference, decimals(unit));
    return "percent".equals(unit) && !s.equals(NA) ? s + " pp" : s;
  }

  /** @return a p-value with three decimals, {@code <0.001} below that, or NA */
  static String pValue(@Nullable Double p) {
    if (p == null || !Double.isFinite(p)) {
      return NA;
    }
    return p < 0.001 ? "<0.001" : number(p, 3);
  }

  /** @return the comparison's Holm-adjusted p-value, or its raw one when it was not adjusted */
  static @Nullable Double shownP(CxReport.Comparison c) {
    return c.adjustedPValue() != null ? c.adjustedPValue() : c.pValue();
  }

  /**
   * @param c a comparison
   * @return {@code *} when significant, {@code ~} when a side has too few answers, else empty
   */
  static String mark(CxReport.Comparison c) {
    if (c.significant()) {
      return "*";
    }
    return c.smallN() ? "~" : "";
  }

  /** @return a count with ROOT grouping: {@code 205,838} */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * @param n how many
   * @param one the word for one, such as {@code response}
   * @return the count with ROOT grouping and the word, plural unless n is 1: {@code 1 response},
   *     {@code 1,464 responses}
   */
  static String count(long n, String one) {
    return count(n) + " " + one + (n == 1 ? "" : "s");
  }

  /** @return the rate's value in percent with one decimal ({@code 37.8 %}), or NA */
  static String percent(CxReport.Rate rate) {
    String s = number(rate.value(), 1);
    return s.equals(NA) ? s : s + " %";
  }

  /** @return the rate's interval, {@code [35.1, 40.6]}, or NA */
  static String percentInterval(CxReport.Rate rate) {
    return interval(rate.low(), rate.high(), 1);
  }

  /** @return {@code count of of}, such as {@code 1,688 of 2,235} */
  static String ofCount(CxReport.Rate rate) {
    return count(rate.count()) + " of " + count(rate.of());
  }

  /**
   * @param iso an ISO-8601 duration such as {@code PT720H}
   * @return it in words ({@code 30 days}, {@code 1 hour}), or the text as given when it is not one
   */
  static String duration(String iso) {
    Duration d;
    try {
      d = Duration.parse(iso);
    } catch (DateTimeParseException e) {
      return iso;
    }
    long s = d.getSeconds();
    if (d.getNano() != 0 || s <= 0) {
      return iso;
    }
    if (s % 86_400 == 0) {
      return count(s / 86_400, "day");
    }
    if (s % 3_600 == 0) {
      return count(s / 3_600, "hour");
    }
    if (s % 60 == 0) {
      return count(s / 60, "minute");
    }
    return count(s, "second");
  }

  /**
   * @param seconds a time in seconds, or null
   * @return it in the largest unit that keeps it at least 1 ({@code 45 s}, {@code 2.5 min},
   *     {@code 3.1 h}, {@code 1.5 days}), or NA
   */
  static String seconds(@Nullable Double seconds) {
    if (seconds == null || !Double.isFinite(seconds)) {
      return NA;
    }
    double s = seconds;
    if (Math.abs(s) < 60) {
      return number(s, 0) + " s";
    }
    if (Math.abs(s) < 3_600) {
      return number(s / 60, 1) + " min";
    }
    if (Math.abs(s) < 86_400) {
      return number(s / 3_600, 1) + " h";
    }
    return number(s / 86_400, 1) + " days";
  }

  /** @return days with one decimal and the unit, or NA */
  static String days(@Nullable Double days) {
    String s = number(days, 1);
    return s.equals(NA) ? s : s + " days";
  }

  /**
   * The Kaplan–Meier step function read at a time: the survival of the last step at or before it.
   *
   * @param curve steps in time order
   * @param days the time
   * @return the step in effect, or null before the first step (where survival is 1)
   */
  static CxReport.@Nullable SurvivalPoint stepAt(List<CxReport.SurvivalPoint> curve, double days) {
    CxReport.SurvivalPoint at = null;
    for (CxReport.SurvivalPoint p : curve) {
      if (p.days() > days) {
        break;
      }
      at = p;
    }
    return at;
  }

  /**
   * @param curve steps in time order
   * @return the times a lifetime table is read at: 7, 30, 90, 180 and 365 days and whole years
   *     up to the last step, and the last step's day
   */
  static List<Integer> readingDays(List<CxReport.SurvivalPoint> curve) {
    double last = curve.isEmpty() ? 0 : curve.get(curve.size() - 1).days();
    List<Integer> days = new java.util.ArrayList<>();
    for (int d : new int[] {7, 30, 90, 180, 365}) {
      if (d <= last) {
        days.add(d);
      }
    }
    for (int y = 2; y * 365 <= last && y <= 10; y++) {
      days.add(y * 365);
    }
    // And the last step, where the curve ends.
    int end = (int) Math.floor(last);
    if (end > 0 && (days.isEmpty() || days.get(days.size() - 1) < end)) {
      days.add(end);
    }
    return days;
  }

  /**
   * @param curve steps in time order
   * @param days the time
   * @return survival at that time in percent with one decimal, NA for an empty curve
   */
  static String survivalAt(List<CxReport.SurvivalPoint> curve, double days) {
    if (curve.isEmpty()) {
      return NA;
    }
    CxReport.SurvivalPoint p = stepAt(curve, days);
    return p == null ? "100.0 %" : number(100 * p.survival(), 1) + " %";
  }

  /**
   * Why a section is missing or thin, from the report's notes.
   *
   * @param report the report
   * @param fallback said when no note mentions the section
   * @param keywords words that tie a note to the section, lower case
   * @return the matching notes joined, or the fallback
   */
  static String why(CxReport report, String fallback, String... keywords) {
    StringBuilder sb = new StringBuilder();
    for (String note : report.notes()) {
      String lower = note.toLowerCase(Locale.ROOT);
      for (String k : keywords) {
        if (lower.contains(k)) {
          sb.append(sb.length() == 0 ? "" : " ").append(note);
          break;
        }
      }
    }
    return sb.length() == 0 ? fallback : sb.toString();
  }

  /**
   * Why a section is missing or empty, from the notes that name it, or a plain reason.
   *
   * @param report the report
   * @param section the section's id in the HTML report, such as {@code funnel}
   * @return one or more sentences
   */
  static String whyNo(CxReport report, String section) {
    String events = "It needs journey events (--journey and --events).";
    switch (section) {
      case "headlines":
        return why(report, "No survey has an NPS, CSAT, CES or goal-completion question.",
            "headline", "response");
      case "nps-distribution":
        return why(report, "No NPS question in the surveys.", "nps");
      case "breakdown":
        return why(report, "No grouping was given, or its groups could not be formed.",
            "breakdown");
      case "trends":
        return why(report, "No dated responses to count per period.", "trend");
      case "funnel":
        return why(report, events, "funnel");
      case "exits":
        return why(report, events, "exit");
      case "retention":
        return why(report, events, "retention", "cohort", "churn");
      case "lifetimes":
        return why(report, events, "lifetime", "survival");
      case "voice":
        return why(report, "No open-text question with comments.", "voice", "open-text",
            "comment");
      default:
        throw new IllegalArgumentException("no such section: " + section);
    }
  }

  /** @return {@code survey / question} */
  static String where(String survey, String question) {
    return survey + " / " + question;
  }

  /**
   * @param report the report
   * @param survey a survey id
   * @param question a question id
   * @param metric a metric id
   * @return the headline figure of that metric, for its label and unit, or null
   */
  static CxReport.@Nullable Figure headline(CxReport report, String survey, String question,
      String metric) {
    for (CxReport.Figure f : report.headlines()) {
      if (f.survey().equals(survey) && f.question().equals(question) && f.metric().equals(metric)) {
        return f;
      }
    }
    return null;
  }

  /** @return a metric id as a name: {@code NPS}, {@code CSAT}, {@code CES}, goal completion */
  static String metricName(String metric) {
    switch (metric) {
      case "nps":
      case "csat":
      case "ces":
        return metric.toUpperCase(Locale.ROOT);
      case "goal-completion":
        return "Goal completion";
      default:
        return metric;
    }
  }

  private static String noNegativeZero(String s) {
    return s.startsWith("-") && isZero(s.substring(1)) ? s.substring(1) : s;
  }

  private static boolean isZero(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '0' && c != '.') {
        return false;
      }
    }
    return true;
  }
}
