package io.cxkit.cli.report;

import static java.util.Objects.requireNonNull;

import io.cxkit.core.CohortRetention;
import io.cxkit.core.PeriodRetention;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Percentage;
import io.cxkit.core.survival.KaplanMeier;
import io.cxkit.core.survival.LifetimeTable;
import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.Touchpoint;
import io.cxkit.journey.analysis.ExitAnalyzer;
import io.cxkit.journey.analysis.ExitDefinition;
import io.cxkit.journey.analysis.ExitPoint;
import io.cxkit.journey.analysis.ExitResult;
import io.cxkit.journey.analysis.FunnelAnalyzer;
import io.cxkit.journey.analysis.FunnelDefinition;
import io.cxkit.journey.analysis.FunnelResult;
import io.cxkit.journey.analysis.FunnelStepResult;
import io.cxkit.journey.retention.ChurnAnalyzer;
import io.cxkit.journey.retention.ChurnDefinition;
import io.cxkit.journey.retention.ChurnRule;
import io.cxkit.journey.retention.CohortAnalyzer;
import io.cxkit.journey.retention.CohortDefinition;
import io.cxkit.journey.retention.CohortResult;
import io.cxkit.journey.retention.LifetimeAnalyzer;
import io.cxkit.journey.retention.LifetimeDefinition;
import io.cxkit.journey.retention.LifetimeGroupComparison;
import io.cxkit.journey.retention.LifetimeResult;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The journey side of a report: the funnel, exit points, cohorts, period churn and lifetimes,
 * each counted by its cxkit analyzer as the events stream past. Made at the first event, whose
 * period is the first one of period churn ("from the first period of data"). Holds what the
 * analyzers hold per customer and nothing per event.
 */
final class JourneySection {
  /** The most points of a survival curve in the report; a longer one keeps evenly spread steps. */
  static final int MAX_CURVE_POINTS = 400;

  private final ReportSettings settings;
  private final JourneyMap map;
  private final @Nullable StepSpec goal;
  private final @Nullable FunnelDefinition funnelDefinition;
  private final List<StepSpec> funnelSteps;
  private final @Nullable FunnelAnalyzer funnel;
  private final ExitAnalyzer exits;
  private final CohortAnalyzer cohorts;
  private final @Nullable ChurnAnalyzer churn;
  private final LocalDate churnFrom;
  private final LifetimeAnalyzer lifetimes;
  private final @Nullable String grouping;
  private final EventMatch activity;
  private long events;

  /**
   * @param settings the report's settings
   * @param map the journey map
   * @param goal the goal, or null for any purchase event
   * @param funnelDefinition the funnel, or null when none could be made (see the notes)
   * @param funnelSteps the funnel's steps as specs, in order; empty without a funnel
   * @param grouping the name of the customers' grouping of lifetimes (persona, segment), or null
   * @param groups the customers' groups, or null without a grouping
   * @param maxGroups the number of groups there are, at least 1
   * @param firstEventAt the instant of the first event
   */
  JourneySection(ReportSettings settings, JourneyMap map, @Nullable StepSpec goal,
      @Nullable FunnelDefinition funnelDefinition, List<StepSpec> funnelSteps,
      @Nullable String grouping,
      @Nullable CustomerGroups groups, int maxGroups, Instant firstEventAt) {
    this.settings = requireNonNull(settings, "settings");
    this.map = requireNonNull(map, "map");
    this.goal = goal;
    this.funnelDefinition = funnelDefinition;
    this.funnelSteps = List.copyOf(funnelSteps);
    this.funnel = funnelDefinition == null ? null : FunnelAnalyzer.of(funnelDefinition);
    this.activity = activity(goal);
    this.exits = ExitAnalyzer.of(exitDefinition(settings, map, goal));
    Period period = settings.period();
    ZoneId zone = settings.zone();
    this.cohorts = CohortAnalyzer.of(cohortDefinition(settings, map, activity));
    this.churnFrom = churnFrom(period, zone, firstEventAt, settings.asOf());
    this.churn = churnFrom.isBefore(period.start(settings.asOf(), zone))
        ? ChurnAnalyzer.of(ChurnDefinition.builder(map).rule(churnRule(settings, activity))
            .period(period, zone).from(churnFrom).asOf(settings.asOf()).build())
        : null;
    LifetimeDefinition.Builder lifetime = lifetimeDefinition(settings, map, activity);
    this.grouping = groups == null ? null : grouping;
    if (groups != null && grouping != null) {
      lifetime.groups(grouping, groups).maxGroups(maxGroups);
    }
    this.lifetimes = LifetimeAnalyzer.of(lifetime.build());
  }

  /**
   * Builds the definitions that do not wait for the first event, so that a setting the analyzers
   * refuse — an as-of instant or an exit horizon beyond the ±292 000 years they count in
   * microseconds — is refused before anything is read. Made at the first event, they would refuse
   * it there, and every event would be a bad record.
   *
   * @param settings the report's settings
   * @param map the journey map
   * @param goal the goal, or null for any purchase event
   * @throws io.cxkit.core.CxException naming the setting, its value and the rule
   */
  static void check(ReportSettings settings, JourneyMap map, @Nullable StepSpec goal) {
    EventMatch activity = activity(goal);
    exitDefinition(settings, map, goal);
    cohortDefinition(settings, map, activity);
    lifetimeDefinition(settings, map, activity).build();
  }

  private static EventMatch activity(@Nullable StepSpec goal) {
    return goal == null ? EventMatch.builder().kinds(EventKind.PURCHASE).build() : goal.match();
  }

  private static CohortDefinition cohortDefinition(ReportSettings settings, JourneyMap map,
      EventMatch activity) {
    return CohortDefinition.builder(map).firstTime().period(settings.period(), settings.zone())
        .activity(activity).asOf(settings.asOf()).build();
  }

  private static ChurnRule churnRule(ReportSettings settings, EventMatch activity) {
    return ChurnRule.inactivity(activity, settings.churnPeriods());
  }

  private static LifetimeDefinition.Builder lifetimeDefinition(ReportSettings settings,
      JourneyMap map, EventMatch activity) {
    return LifetimeDefinition.builder(map).rule(churnRule(settings, activity))
        .period(settings.period(), settings.zone()).asOf(settings.asOf())
        .minimumN(settings.minimumN());
  }

  private static ExitDefinition exitDefinition(ReportSettings settings, JourneyMap map,
      @Nullable StepSpec goal) {
    ExitDefinition.Builder exit = ExitDefinition.builder(map).horizon(settings.exitHorizon())
        .end(settings.asOf());
    if (goal == null) {
      for (Touchpoint touchpoint : map.touchpoints()) {
        exit.goal(touchpoint.id(), EventKind.PURCHASE);
      }
    } else {
      for (String touchpoint : goal.touchpoints(map)) {
        exit.goal(touchpoint, goal.kinds());
      }
    }
    return exit.build();
  }

  /**
   * The first period of period churn: the first event's, moved later when more than {@link
   * ChurnDefinition#MAX_PERIODS} periods would end by asOf.
   */
  private static LocalDate churnFrom(Period period, ZoneId zone, Instant first, Instant asOf) {
    LocalDate from = period.start(first, zone);
    LocalDate running = period.start(asOf, zone);
    LocalDate earliest = running;
    for (int i = 0; i < ChurnDefinition.MAX_PERIODS && earliest.isAfter(from); i++) {
      earliest = period.previous(earliest);
    }
    return from.isBefore(earliest) ? earliest : from;
  }

  /** @return the analyzer of exits, which the exit-feedback summarizers look up */
  ExitAnalyzer exitAnalyzer() {
    return exits;
  }

  /**
   * Counts one event in every analyzer. The funnel goes first: it refuses an event at a
   * touchpoint the map lacks or earlier than the customer's previous one with nothing changed,
   * and every other analyzer would refuse it for the same reason, so none counts it.
   *
   * @param event the next event
   */
  void accept(JourneyEvent event) {
    if (funnel != null) {
      funnel.accept(event);
    }
    exits.accept(event);
    cohorts.accept(event);
    if (churn != null) {
      churn.accept(event);
    }
    lifetimes.accept(event);
    events++;
  }

  /** @return the events counted */
  long events() {
    return events;
  }

  /** @return the funnel, or null when none could be made */
  CxReport.@Nullable Funnel funnel(List<String> notes) {
    if (funnel == null || funnelDefinition == null) {
      return null;
    }
    FunnelResult result = funnel.result();
    List<CxReport.FunnelStep> steps = new ArrayList<>();
    for (FunnelStepResult step : result.steps()) {
      StepSpec spec = funnelSteps.get(step.index());
      steps.add(new CxReport.FunnelStep(spec.id(), spec.label(map), step.customers(),
          Figures.rate(step.fromPrevious()), Figures.rate(step.fromFirst()),
          Figures.rate(step.dropOffShare()),
          step.timeFromStart().median().map(Figures::seconds).orElse(null)));
    }
    List<FunnelStepResult> all = result.steps();
    if (result.entered() == 0) {
      notes.add("No customer reached the funnel's first step, " + all.get(0).step().name()
          + ", so every conversion of the funnel is empty.");
    } else if (all.get(all.size() - 1).customers() == 0) {
      notes.add("No customer reached the funnel's last step, "
          + all.get(all.size() - 1).step().name() + "; give the funnel's steps or the goal to"
          + " end it where customers convert.");
    }
    return new CxReport.Funnel(funnelDefinition.name(), funnelDefinition.window().toString(),
        result.entered(), steps);
  }

  /**
   * @param feedback the feedback at a touchpoint, or null when none was given there
   * @param notes where sentences about thin results go
   * @return the exit points with their feedback
   */
  CxReport.Exits exits(Function<String, CxReport.@Nullable ExitFeedback> feedback,
      List<String> notes) {
    ExitResult result = exits.result();
    List<CxReport.ExitPoint> points = new ArrayList<>();
    for (ExitPoint point : result.exitPoints()) {
      Touchpoint touchpoint = point.touchpoint();
      points.add(new CxReport.ExitPoint(touchpoint.id(), touchpoint.name(), point.stage().id(),
          Figures.rate(point.share()), feedback.apply(touchpoint.id())));
    }
    if (result.exits() == 0) {
      notes.add("No customer left without reaching the goal and stayed away for "
          + settings.exitHorizon() + " before " + settings.asOf() + ": no exit points.");
    }
    return new CxReport.Exits(goal == null ? "any purchase event" : goal.describe(),
        settings.exitHorizon().toString(), result.customers(), result.converted(),
        result.exits(), result.stillActive(), points);
  }

  /** @return cohort retention and period churn of the goal's activity */
  CxReport.Retention retention(List<String> notes) {
    CohortResult cohortResult = cohorts.result();
    CohortRetention matrix = cohortResult.total();
    int[] offsets = matrix.offsets();
    List<Integer> offsetList = new ArrayList<>();
    for (int offset : offsets) {
      offsetList.add(offset);
    }
    List<CxReport.Cohort> rows = new ArrayList<>();
    for (CohortRetention.Cohort cohort : matrix.cohorts()) {
      List<Percentage> rates = cohort.rates();
      List<@Nullable Double> cells = new ArrayList<>();
      for (int i = 0; i < offsets.length; i++) {
        cells.add(i < rates.size() ? Figures.boxed(rates.get(i).value()) : null);
      }
      rows.add(new CxReport.Cohort(cohort.label(), cohort.size(), cells));
    }
    List<@Nullable Double> average = new ArrayList<>();
    for (Percentage rate : cohortResult.averageCurve()) {
      average.add(Figures.boxed(rate.value()));
    }
    if (rows.isEmpty()) {
      notes.add("No " + activityText() + " before " + settings.asOf() + ": no cohorts.");
    }
    List<CxReport.ChurnPeriod> periods = new ArrayList<>();
    if (churn == null) {
      notes.add("No " + periodName() + " ended between the first event's (" + churnFrom
          + ") and the one holding asOf (" + settings.asOf() + "): no period churn.");
    } else {
      for (io.cxkit.journey.retention.ChurnPeriod period : churn.result().total()) {
        PeriodRetention counts = period.counts();
        periods.add(new CxReport.ChurnPeriod(period.start().toString(), counts.atStart(),
            counts.lost(), counts.newCustomers(), counts.atEnd(),
            Figures.rate(period.churnRate()), Figures.rate(period.retentionRate())));
      }
    }
    return new CxReport.Retention(activityText(), offsetList, rows, average, churnRuleText(),
        periods);
  }

  /** @return the curve's steps, thinned to at most MAX_CURVE_POINTS, with 95 % intervals */
  private static List<CxReport.SurvivalPoint> points(KaplanMeier curve) {
    List<CxReport.SurvivalPoint> points = new ArrayList<>();
    for (KaplanMeier.Step step : thinned(curve.steps())) {
      Optional<Interval> interval = curve.confidenceIntervalAt(step.time(), Figures.LEVEL);
      points.add(new CxReport.SurvivalPoint(step.time(), step.survival(),
          interval.map(i -> Figures.finite(i.lower())).orElse(null),
          interval.map(i -> Figures.finite(i.upper())).orElse(null), step.atRisk()));
    }
    return points;
  }

  /** @return Kaplan–Meier lifetimes, per group against the rest when there is a grouping */
  CxReport.Lifetimes lifetimes(List<String> notes) {
    LifetimeResult result = lifetimes.result();
    LifetimeTable table = result.total();
    List<CxReport.SurvivalPoint> points = points(result.kaplanMeier());
    List<CxReport.LifetimeGroup> groups = new ArrayList<>();
    for (LifetimeGroupComparison group : result.compare()) {
      Double p = group.logRank().map(t -> Figures.finite(t.pValue())).orElse(null);
      groups.add(new CxReport.LifetimeGroup(group.group(), group.n(),
          Figures.boxed(group.curve().medianLifetime()), p,
          Figures.boxed(group.adjustedPValue()),
          !group.belowMinimum() && group.isSignificant(Figures.ALPHA),
          points(group.curve())));
    }
    groups.sort(Comparator.comparingLong(CxReport.LifetimeGroup::customers).reversed()
        .thenComparing(CxReport.LifetimeGroup::group));
    Double median = Figures.boxed(result.medianLifetime());
    if (table.isEmpty()) {
      notes.add("No customer had " + activityText() + " before " + settings.asOf()
          + ": no lifetimes.");
    } else if (median == null) {
      notes.add("Survival never fell to one half by " + settings.asOf()
          + ": the median lifetime is not known yet.");
    }
    if (grouping != null && !table.isEmpty() && groups.isEmpty()) {
      notes.add("Fewer than two " + grouping + " groups had lifetimes: no group is compared.");
    }
    return new CxReport.Lifetimes(lifetimeRuleText(), table.size(), table.totalEvents(),
        table.size() - table.totalEvents(), median, points, groups);
  }

  /**
   * Keeps every step of a short curve, and of a long one the last step at or before each of
   * {@link #MAX_CURVE_POINTS} evenly spaced times (and the final step), so that the report stays
   * small while every point shown is a step of the curve.
   */
  static List<KaplanMeier.Step> thinned(List<KaplanMeier.Step> steps) {
    if (steps.size() <= MAX_CURVE_POINTS) {
      return steps;
    }
    double first = steps.get(0).time();
    double last = steps.get(steps.size() - 1).time();
    List<KaplanMeier.Step> kept = new ArrayList<>(MAX_CURVE_POINTS);
    kept.add(steps.get(0));
    int next = 1;
    for (int j = 1; j < MAX_CURVE_POINTS - 1; j++) {
      double until = first + (last - first) * j / (MAX_CURVE_POINTS - 1);
      int at = -1;
      while (next < steps.size() && steps.get(next).time() <= until) {
        at = next++;
      }
      if (at >= 0) {
        kept.add(steps.get(at));
      }
    }
    if (kept.get(kept.size() - 1) != steps.get(steps.size() - 1)) {
      kept.add(steps.get(steps.size() - 1));
    }
    return kept;
  }

  private String activityText() {
    return goal == null ? "purchase events" : goal.describeActivity();
  }

  private String churnRuleText() {
    return Formats.count(settings.churnPeriods(), periodName()) + " in a row without "
        + activityText();
  }

  /** The inactivity rule's lifetime, as LifetimeDefinition defines it, in plain words. */
  private String lifetimeRuleText() {
    return "from the first to the last " + activityText() + " before " + churnRuleText()
        + " (a customer with only one: 0 days)";
  }

  private String periodName() {
    return settings.period() == Period.ISO_WEEK ? "week" : settings.period().id();
  }
}
