package io.cxkit.cli.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CX report: every figure the {@code cx report} command shows, as plain data that the text, JSON
 * and HTML renderers read. The JSON form is this record tree with its component names as field
 * names (documented in {@code cx-cli/REPORT-JSON.md}); {@link #FORMAT_VERSION} changes when a field
 * is renamed or removed, never when one is added.
 *
 * <p>Scales follow cxkit's one rule: NPS −100..100, rates and shares 0..100, CES and ratings on
 * their own scale. Every figure carries its n; a figure over no answers has a {@code null} value
 * and {@code empty} true, never NaN. Intervals are 95 % unless the figure says otherwise. A
 * section whose inputs were not given (no events: no funnel) is {@code null}, and {@link #notes()}
 * says why.
 *
 * @param formatVersion the version of this shape, {@link #FORMAT_VERSION}
 * @param info what the report covers
 * @param headlines NPS, CSAT, CES and goal completion of every survey question that has one
 * @param npsDistributions the 0..10 answer counts of every NPS question
 * @param breakdown the headline figures per group of the chosen grouping, each against the rest
 * @param trends the headline figures per period
 * @param funnel the journey funnel, or null without events
 * @param exits where customers who did not reach the goal left, with the feedback given there, or
 *     null without events
 * @param retention cohort retention and period churn, or null without events
 * @param lifetimes Kaplan–Meier lifetimes, or null without events
 * @param voice top themes and distinctive phrases by NPS group, per open-text question
 * @param followUp the follow-up (close-the-loop) counts
 * @param inputs the files read, their counts and the bad records skipped
 * @param notes why a section is missing or thin, in plain words
 */
public record CxReport(
    int formatVersion,
    Info info,
    List<Figure> headlines,
    List<NpsDistribution> npsDistributions,
    @Nullable Breakdown breakdown,
    List<TrendSeries> trends,
    @Nullable Funnel funnel,
    @Nullable Exits exits,
    @Nullable Retention retention,
    @Nullable Lifetimes lifetimes,
    List<Voice> voice,
    FollowUp followUp,
    Inputs inputs,
    List<String> notes) {

  /** The version of the JSON shape. */
  public static final int FORMAT_VERSION = 1;

  /** Copies the lists; checks that nothing required is null. */
  public CxReport {
    requireNonNull(info, "info");
    headlines = List.copyOf(headlines);
    npsDistributions = List.copyOf(npsDistributions);
    trends = List.copyOf(trends);
    voice = List.copyOf(voice);
    requireNonNull(followUp, "followUp");
    requireNonNull(inputs, "inputs");
    notes = List.copyOf(notes);
  }

  /**
   * What the report covers.
   *
   * @param title the report's title
   * @param surveys the surveys' ids and titles
   * @param journey the journey map's id, or null without one
   * @param zone the zone periods are counted in, such as {@code Europe/Berlin}
   * @param period {@code day}, {@code week} or {@code month}
   * @param by the breakdown's grouping ({@code segment}, {@code persona}, {@code touchpoint},
   *     {@code channel}, {@code locale}, {@code variant}), or null for none
   * @param from the earliest instant seen (ISO-8601), or null when nothing was read
   * @param to the latest instant seen (ISO-8601), or null when nothing was read
   * @param asOf the instant the report is made as of (ISO-8601): retention cells and lifetimes
   *     end there
   * @param minimumN groups below this n are flagged {@code smallN} and never called significant
   */
  public record Info(String title, List<SurveyInfo> surveys, @Nullable String journey, String zone,
      String period, @Nullable String by, @Nullable String from, @Nullable String to,
      String asOf, long minimumN) {
    /** Copies the list. */
    public Info {
      surveys = List.copyOf(surveys);
    }
  }

  /**
   * A survey the report reads.
   *
   * @param id the survey id
   * @param title its title in its default language
   * @param responses the responses counted (valid ones)
   * @param completions the completed responses among them
   * @param dismissals the dismissed ones
   */
  public record SurveyInfo(String id, String title, long responses, long completions,
      long dismissals) {}

  /**
   * One figure with its n and 95 % interval.
   *
   * @param survey the survey id
   * @param question the question id
   * @param metric {@code nps}, {@code csat}, {@code ces} or {@code goal-completion}
   * @param label a short label such as "NPS (post-purchase / nps)"
   * @param value the figure, or null when there are no answers
   * @param low the interval's lower end, or null
   * @param high the interval's upper end, or null
   * @param n the answers it counts
   * @param unit {@code points} (NPS), {@code percent} (CSAT, goal completion) or {@code mean} (CES)
   * @param empty true when n is 0 and there is no value
   */
  public record Figure(String survey, String question, String metric, String label,
      @Nullable Double value, @Nullable Double low, @Nullable Double high, long n, String unit,
      boolean empty) {}

  /**
   * A difference against a reference (the rest of the groups, or the period before), tested.
   *
   * @param difference this minus the reference, in the figure's unit, or null when either is empty
   * @param low the difference's 95 % interval, lower end, or null
   * @param high its upper end, or null
   * @param pValue the test's two-sided p-value, or null when not tested
   * @param adjustedPValue Holm-adjusted across the groups (against the rest) or across the
   *     series' periods (against the period before), or null
   * @param significant true when the adjusted p-value is below 0.05 and no side is small
   * @param smallN true when this group (or the reference) has fewer answers than the minimum n
   */
  public record Comparison(@Nullable Double difference, @Nullable Double low,
      @Nullable Double high, @Nullable Double pValue, @Nullable Double adjustedPValue,
      boolean significant, boolean smallN) {}

  /**
   * The answers of one NPS question by score.
   *
   * @param survey the survey id
   * @param question the question id
   * @param counts 11 counts, of the scores 0 to 10
   * @param detractors answers 0–6
   * @param passives answers 7–8
   * @param promoters answers 9–10
   */
  public record NpsDistribution(String survey, String question, List<Long> counts,
      long detractors, long passives, long promoters) {
    /** Copies the list. */
    public NpsDistribution {
      counts = List.copyOf(counts);
    }
  }

  /**
   * The headline figures per group.
   *
   * @param by the grouping
   * @param metrics one entry per headline figure
   */
  public record Breakdown(String by, List<BreakdownMetric> metrics) {
    /** Copies the list. */
    public Breakdown {
      metrics = List.copyOf(metrics);
    }
  }

  /**
   * One headline figure per group, each compared with the rest.
   *
   * @param survey the survey id
   * @param question the question id
   * @param metric as in {@link Figure#metric()}
   * @param groups the groups, largest first
   */
  public record BreakdownMetric(String survey, String question, String metric,
      List<GroupFigure> groups) {
    /** Copies the list. */
    public BreakdownMetric {
      groups = List.copyOf(groups);
    }
  }

  /**
   * A group's figure and its comparison with the rest.
   *
   * @param group the group's label
   * @param figure the figure
   * @param againstRest the group minus the rest, Holm-adjusted across the groups
   */
  public record GroupFigure(String group, Figure figure, Comparison againstRest) {}

  /**
   * One headline figure per period.
   *
   * @param survey the survey id
   * @param question the question id
   * @param metric as in {@link Figure#metric()}
   * @param points the periods in time order
   */
  public record TrendSeries(String survey, String question, String metric,
      List<TrendPoint> points) {
    /** Copies the list. */
    public TrendSeries {
      points = List.copyOf(points);
    }
  }

  /**
   * A period's figure.
   *
   * @param period the period's label: {@code 2026-03-02} (day), {@code 2026-W10}, {@code 2026-03}
   * @param start the period's first day (ISO-8601 date)
   * @param figure the figure in that period
   * @param againstPrevious the change from the period before, or null for the first period
   */
  public record TrendPoint(String period, String start, Figure figure,
      @Nullable Comparison againstPrevious) {}

  /**
   * A share with its 95 % Wilson interval.
   *
   * @param count the numerator
   * @param of the denominator
   * @param value {@code 100 × count / of}, or null when {@code of} is 0
   * @param low the interval's lower end, or null
   * @param high its upper end, or null
   */
  public record Rate(long count, long of, @Nullable Double value, @Nullable Double low,
      @Nullable Double high) {}

  /**
   * The journey funnel.
   *
   * @param name the funnel's name
   * @param window the conversion window from the first step (ISO-8601 duration)
   * @param entered customers who reached the first step
   * @param steps the steps in order
   */
  public record Funnel(String name, String window, long entered, List<FunnelStep> steps) {
    /** Copies the list. */
    public Funnel {
      steps = List.copyOf(steps);
    }
  }

  /**
   * One funnel step.
   *
   * @param id the touchpoint or stage id
   * @param label its name in the journey map
   * @param reached customers who reached it
   * @param fromPrevious conversion from the step before (the first step: of itself)
   * @param fromStart conversion from the first step
   * @param dropOff the share of the previous step's customers who did not reach this one
   * @param medianSecondsFromStart the median time from the first step, or null
   */
  public record FunnelStep(String id, String label, long reached, Rate fromPrevious,
      Rate fromStart, Rate dropOff, @Nullable Double medianSecondsFromStart) {}

  /**
   * Where customers who never reached the goal left.
   *
   * @param goal the goal, such as {@code order-confirmation (purchase)}
   * @param horizon how long without a return counts as gone (ISO-8601 duration)
   * @param customers customers seen
   * @param converted customers who reached the goal
   * @param left customers who left without it
   * @param stillActive customers still inside the horizon at the end
   * @param points exit points, largest share first
   */
  public record Exits(String goal, String horizon, long customers, long converted, long left,
      long stillActive, List<ExitPoint> points) {
    /** Copies the list. */
    public Exits {
      points = List.copyOf(points);
    }
  }

  /**
   * One exit point and the feedback given there.
   *
   * @param touchpoint the touchpoint id
   * @param label its name
   * @param stage its stage id
   * @param share exits there of all exits
   * @param feedback the feedback given at this touchpoint, or null when none was
   */
  public record ExitPoint(String touchpoint, String label, String stage, Rate share,
      @Nullable ExitFeedback feedback) {}

  /**
   * Feedback given at an exit point.
   *
   * @param responses responses given there
   * @param figures goal completion, CES, NPS, CSAT there
   * @param reasons choice shares of the reason questions, largest first
   * @param comments up to five comments given there
   */
  public record ExitFeedback(long responses, List<Figure> figures, List<ChoiceShare> reasons,
      List<String> comments) {
    /** Copies the lists. */
    public ExitFeedback {
      figures = List.copyOf(figures);
      reasons = List.copyOf(reasons);
      comments = List.copyOf(comments);
    }
  }

  /**
   * The share of a choice among the answers of a choice question.
   *
   * @param question the question id
   * @param code the choice's code
   * @param label the choice's label
   * @param share the share of answers choosing it
   */
  public record ChoiceShare(String question, String code, String label, Rate share) {}

  /**
   * Cohort retention and period churn.
   *
   * @param activity what counts as activity, such as "purchase events"
   * @param offsets the period offsets of the cohort matrix's columns
   * @param cohorts the cohorts in time order
   * @param averageCurve the customer-weighted average retention per offset (null where no cell
   *     is complete)
   * @param churnRule the churn rule, such as "2 months without activity"
   * @param churn per period S, L, N, E with churn and retention rates
   */
  public record Retention(String activity, List<Integer> offsets, List<Cohort> cohorts,
      List<@Nullable Double> averageCurve, String churnRule, List<ChurnPeriod> churn) {
    /** Copies the lists (the curve may hold nulls). */
    public Retention {
      offsets = List.copyOf(offsets);
      cohorts = List.copyOf(cohorts);
      averageCurve = Collections.unmodifiableList(new ArrayList<>(averageCurve));
      churn = List.copyOf(churn);
    }
  }

  /**
   * One cohort's row of the retention matrix.
   *
   * @param start the cohort period's first day
   * @param size customers in the cohort
   * @param rates retention in percent per offset; null where the cell's period is not complete
   */
  public record Cohort(String start, long size, List<@Nullable Double> rates) {
    /** Copies the list (it may hold nulls). */
    public Cohort {
      rates = Collections.unmodifiableList(new ArrayList<>(rates));
    }
  }

  /**
   * One period of churn counts.
   *
   * @param start the period's first day
   * @param customersAtStart S
   * @param lost L
   * @param acquired N
   * @param customersAtEnd E
   * @param churnRate L / S
   * @param retentionRate (S − L) / S
   */
  public record ChurnPeriod(String start, long customersAtStart, long lost, long acquired,
      long customersAtEnd, Rate churnRate, Rate retentionRate) {}

  /**
   * Customer lifetimes by Kaplan–Meier.
   *
   * @param rule the churn rule lifetimes end at
   * @param customers customers with a lifetime
   * @param churned lifetimes that ended
   * @param censored lifetimes still running at {@code asOf}
   * @param medianDays the median lifetime in days, or null when survival never fell to one half
   * @param curve the survival curve's steps
   * @param groups per group of the grouping (persona or segment), each against the rest
   */
  public record Lifetimes(String rule, long customers, long churned, long censored,
      @Nullable Double medianDays, List<SurvivalPoint> curve, List<LifetimeGroup> groups) {
    /** Copies the lists. */
    public Lifetimes {
      curve = List.copyOf(curve);
      groups = List.copyOf(groups);
    }
  }

  /**
   * A step of a survival curve.
   *
   * @param days time since the lifetime's start, in days
   * @param survival the share still active, 0..1
   * @param low its 95 % interval's lower end, or null
   * @param high its upper end, or null
   * @param atRisk customers still at risk just before this time
   */
  public record SurvivalPoint(double days, double survival, @Nullable Double low,
      @Nullable Double high, long atRisk) {}

  /**
   * A group's lifetimes against the rest.
   *
   * @param group the group's label
   * @param customers customers in the group
   * @param medianDays its median lifetime, or null
   * @param pValue the log-rank test against the rest
   * @param adjustedPValue Holm-adjusted across the groups
   * @param significant true when the adjusted p-value is below 0.05
   * @param curve the group's own survival curve steps, thinned as the overall curve
   */
  public record LifetimeGroup(String group, long customers, @Nullable Double medianDays,
      @Nullable Double pValue, @Nullable Double adjustedPValue, boolean significant,
      List<SurvivalPoint> curve) {
    /** Copies the list. */
    public LifetimeGroup {
      curve = List.copyOf(curve);
    }
  }

  /**
   * What customers wrote in one open-text question, by NPS group.
   *
   * @param survey the survey id
   * @param question the open-text question id
   * @param npsQuestion the NPS question the groups come from, or null when the survey has none
   * @param comments comments counted
   * @param themes per group (promoter, passive, detractor, or all), the codebook's themes
   * @param detractorPhrases phrases detractors use more than promoters
   * @param promoterPhrases phrases promoters use more than detractors
   */
  public record Voice(String survey, String question, @Nullable String npsQuestion,
      long comments, List<ThemeGroup> themes, List<Phrase> detractorPhrases,
      List<Phrase> promoterPhrases) {
    /** Copies the lists. */
    public Voice {
      themes = List.copyOf(themes);
      detractorPhrases = List.copyOf(detractorPhrases);
      promoterPhrases = List.copyOf(promoterPhrases);
    }
  }

  /**
   * The themes of one group's comments.
   *
   * @param group {@code promoter}, {@code passive}, {@code detractor} or {@code all}
   * @param comments the group's comments
   * @param themes themes by share, largest first
   */
  public record ThemeGroup(String group, long comments, List<ThemeShare> themes) {
    /** Copies the list. */
    public ThemeGroup {
      themes = List.copyOf(themes);
    }
  }

  /**
   * A theme's share of a group's comments.
   *
   * @param theme the theme id
   * @param label its name
   * @param share comments with the theme of the group's comments
   */
  public record ThemeShare(String theme, String label, Rate share) {}

  /**
   * A distinctive phrase: the weighted log-odds with an informative Dirichlet prior (Monroe,
   * Colaresi and Quinn 2008).
   *
   * @param phrase the phrase
   * @param focusCount comments of the focus group using it
   * @param referenceCount comments of the other group using it
   * @param z the z-score of the log-odds ratio
   * @param adjustedPValue Holm-adjusted p-value
   */
  public record Phrase(String phrase, long focusCount, long referenceCount, double z,
      double adjustedPValue) {}

  /**
   * Close the loop: whom to follow up.
   *
   * @param rules the rules applied, in plain words
   * @param checked responses checked
   * @param matched responses matching a rule
   * @param contactable matched responses whose respondent agreed to be contacted: the list's size
   * @param notContactable matched responses without consent: counted, never listed
   */
  public record FollowUp(List<String> rules, long checked, long matched, long contactable,
      long notContactable) {
    /** Copies the list. */
    public FollowUp {
      rules = List.copyOf(rules);
    }
  }

  /**
   * The files read.
   *
   * @param files each file with its counts
   * @param skipped bad records skipped in all files
   * @param badRecords the first bad records (at most 100), with file and line
   * @param moreBadRecords bad records beyond those listed
   */
  public record Inputs(List<InputFile> files, long skipped, List<BadRecord> badRecords,
      long moreBadRecords) {
    /** Copies the lists. */
    public Inputs {
      files = List.copyOf(files);
      badRecords = List.copyOf(badRecords);
    }
  }

  /**
   * One file read.
   *
   * @param kind {@code survey}, {@code responses}, {@code journey}, {@code events},
   *     {@code personas} or {@code profiles}
   * @param path the path as given
   * @param read records read
   * @param valid records used
   * @param skipped bad records skipped
   */
  public record InputFile(String kind, String path, long read, long valid, long skipped) {}

  /**
   * A bad record.
   *
   * @param file the path as given
   * @param line the line it starts on
   * @param message what is wrong: field, value and rule
   */
  public record BadRecord(String file, long line, String message) {}
}
