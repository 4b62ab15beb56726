package io.cxkit.cli.report;

import static java.util.Objects.requireNonNull;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.Nps;
import io.cxkit.core.RatingScale;
import io.cxkit.core.ScoreDistribution;
import io.cxkit.core.stats.Holm;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.analysis.ExitAnalyzer;
import io.cxkit.journey.analysis.ExitFeedback;
import io.cxkit.journey.analysis.ExitFeedbackSummarizer;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.loop.FollowUpCollector;
import io.cxkit.survey.loop.FollowUpCounts;
import io.cxkit.survey.loop.FollowUpRule;
import io.cxkit.survey.loop.FollowUpRules;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.summary.GroupResult;
import io.cxkit.survey.summary.GroupedSummarizer;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.summary.Period;
import io.cxkit.survey.summary.PeriodChange;
import io.cxkit.survey.summary.QuestionResult;
import io.cxkit.survey.summary.SummaryOptions;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.summary.Trend;
import io.cxkit.survey.summary.TrendSummarizer;
import io.cxkit.survey.text.Codebook;
import io.cxkit.survey.text.DistinctiveComparison;
import io.cxkit.survey.text.DistinctivePhrase;
import io.cxkit.survey.text.DistinctivePhrases;
import io.cxkit.survey.text.PhraseSummarizer;
import io.cxkit.survey.text.PhraseSummary;
import io.cxkit.survey.text.TextGroups;
import io.cxkit.survey.text.ThemeCounts;
import io.cxkit.survey.text.ThemeSummarizer;
import io.cxkit.survey.text.ThemeSummary;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.ChoiceQuestion;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.NpsSummary;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.OpenTextSummary;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * The survey side of a report for one survey: its responses streamed into cxkit's summarizers —
 * grouped by the breakdown's key (whose total gives the headlines), by period, at the exit points,
 * by theme and phrase per open-text question, and through the follow-up rules its question types
 * call for. Holds summaries, never responses.
 */
final class SurveySection {
  /** Distinctive phrases listed each way. */
  static final int TOP_PHRASES = 10;
  /** Comments listed per exit point. */
  static final int EXIT_COMMENTS = 5;

  private final Survey survey;
  private final ReportSettings settings;
  private final List<EstimateKey> keys;
  private final GroupedSummarizer grouped;
  private final TrendSummarizer trend;
  private final @Nullable ExitFeedbackSummarizer exitFeedback;
  private final @Nullable JourneyMap map;
  private final List<VoiceQuestion> voices = new ArrayList<>();
  private final @Nullable FollowUpCollector followUp;
  private final List<String> ruleTexts = new ArrayList<>();
  private long unknownTouchpoints;
  /** The first and last periods of the trend so far, null before the first response. */
  private @Nullable LocalDate firstPeriod;
  private @Nullable LocalDate lastPeriod;

  /** The text analysis of one open-text question. */
  private record VoiceQuestion(String questionId, @Nullable String npsQuestionId,
      ThemeSummarizer themes, PhraseSummarizer phrases) {}

  /**
   * @param survey the survey
   * @param settings the report's settings
   * @param key the breakdown's key
   * @param maxGroups the most groups the key may open
   * @param exits the exit analyzer when this survey's feedback goes beside the exit points, else
   *     null
   * @param map the journey map, or null
   */
  SurveySection(Survey survey, ReportSettings settings, GroupKey key, int maxGroups,
      @Nullable ExitAnalyzer exits, @Nullable JourneyMap map) {
    this.survey = requireNonNull(survey, "survey");
    this.settings = requireNonNull(settings, "settings");
    this.keys = headlineKeys(survey);
    this.grouped = GroupedSummarizer.builder(survey, key).maxGroups(maxGroups).build();
    this.trend = TrendSummarizer.of(survey, settings.period(), settings.zone());
    this.exitFeedback = exits == null ? null : ExitFeedbackSummarizer.of(survey, exits);
    this.map = map;
    Codebook codebook = settings.codebook();
    for (Question question : survey.questions()) {
      if (question instanceof OpenTextQuestion text) {
        String nps = npsQuestionOf(survey, text);
        ThemeSummarizer.Builder themes = ThemeSummarizer.builder(codebook).question(text.id())
            .defaultLocale(survey.defaultLocale());
        PhraseSummarizer.Builder phrases = PhraseSummarizer.builder().question(text.id())
            .defaultLocale(survey.defaultLocale());
        if (nps != null) {
          GroupKey npsGroup = TextGroups.npsGroup(survey, nps);
          themes.groupBy(npsGroup).expectGroups(TextGroups.NPS_GROUPS);
          phrases.groupBy(npsGroup).expectGroups(TextGroups.NPS_GROUPS);
        }
        voices.add(new VoiceQuestion(text.id(), nps, themes.build(), phrases.build()));
      }
    }
    List<FollowUpRule> rules = new ArrayList<>();
    for (Question question : survey.questions()) {
      FollowUpRule rule = followUpRule(question);
      if (rule != null) {
        rules.add(rule);
        ruleTexts.add(survey.id() + ": " + rule.reason());
      }
    }
    // Capacity 1: the report shows counts only, so no contact details are kept beyond one entry.
    this.followUp = rules.isEmpty() ? null
        : new FollowUpRules(rules).bind(survey).collector(1);
  }

  /**
   * The NPS question an open-text question's comments are grouped by: the one it follows up, if
   * that is an NPS question, else the survey's first NPS question, else none.
   */
  private static @Nullable String npsQuestionOf(Survey survey, OpenTextQuestion text) {
    String followed = text.followUpOf();
    if (followed != null
        && survey.question(followed).orElse(null) instanceof NpsQuestion) {
      return followed;
    }
    for (Question question : survey.questions()) {
      if (question instanceof NpsQuestion) {
        return question.id();
      }
    }
    return null;
  }

  /** The follow-up rule a question's type calls for, with its reason in plain words, or null. */
  private static @Nullable FollowUpRule followUpRule(Question question) {
    String id = question.id();
    if (question instanceof NpsQuestion nps) {
      return FollowUpRule.detractor(id).withId("detractor-" + id)
          .withReason("Detractor: a score of " + nps.scale().min() + " to 6 on " + id);
    }
    if (question instanceof CsatQuestion) {
      return FollowUpRule.bottomBox(id).withId("bottom-box-" + id)
          .withReason("Dissatisfied: one of the two lowest answers on " + id);
    }
    if (question instanceof CesQuestion) {
      return FollowUpRule.notAgreeing(id).withId("not-agreeing-" + id)
          .withReason("Did not find it easy, on " + id);
    }
    if (question instanceof GoalCompletionQuestion) {
      return FollowUpRule.goalNotAchieved(id, true).withId("goal-not-achieved-" + id)
          .withReason("Goal not fully achieved, on " + id);
    }
    return null;
  }

  /**
   * The headline estimates of a survey: every question estimate named nps, csat, ces or
   * goal-completion, read off an empty summary (names are the same whatever the answers).
   */
  static List<EstimateKey> headlineKeys(Survey survey) {
    SurveySummary empty = SurveySummary.empty(survey, SummaryOptions.DEFAULT,
        QuestionTypeRegistry.standard());
    List<EstimateKey> keys = new ArrayList<>();
    for (QuestionResult question : empty.questions()) {
      for (String name : question.summary().estimates().keySet()) {
        if (Figures.METRICS.contains(name)) {
          keys.add(EstimateKey.question(question.questionId(), name));
        }
      }
    }
    keys.sort(Comparator.comparingInt((EstimateKey k) -> survey.indexOf(k.questionId()))
        .thenComparingInt(k -> Figures.METRICS.indexOf(k.name())));
    return List.copyOf(keys);
  }

  /** @return the survey */
  Survey survey() {
    return survey;
  }

  /**
   * Records one response everywhere, or nowhere. The trend's cap is checked first, then the
   * grouped summarizer checks the response against the survey and its groups' cap, each refusing
   * it before anything has counted it; the others take every response that passed those.
   *
   * @param response a response of this survey
   * @throws io.cxkit.core.CxException if the response does not fit the survey, opens a group
   *     beyond the cap, or would stretch the trend over more than {@value
   *     TrendSummarizer#DEFAULT_MAX_PERIODS} periods; nothing counts it then
   */
  void add(Response response) {
    LocalDate period = checkTrendSpan(response);
    grouped.add(response);
    trend.add(response);
    firstPeriod = firstPeriod == null || period.isBefore(firstPeriod) ? period : firstPeriod;
    lastPeriod = lastPeriod == null || period.isAfter(lastPeriod) ? period : lastPeriod;
    if (exitFeedback != null) {
      String touchpoint = response.context().touchpointId();
      if (touchpoint == null || map == null || map.touchpointIndex(touchpoint) >= 0) {
        exitFeedback.add(response);
      } else {
        unknownTouchpoints++;
      }
    }
    for (VoiceQuestion voice : voices) {
      voice.themes().add(response);
      voice.phrases().add(response);
    }
    if (followUp != null) {
      followUp.add(response);
    }
  }

  /**
   * The trend's cap, checked before the grouped summarizer counts the response, as the trend
   * would check it only after (the same rule and message as {@link TrendSummarizer#add}).
   *
   * @return the start of the response's period
   */
  private LocalDate checkTrendSpan(Response response) {
    Period unit = settings.period();
    LocalDate start;
    try {
      start = unit.start(response.submittedAt(), settings.zone());
    } catch (InvalidValueException e) {
      throw new InvalidValueException("submittedAt", response.submittedAt(), e.rule());
    }
    LocalDate first = firstPeriod == null || start.isBefore(firstPeriod) ? start : firstPeriod;
    LocalDate last = lastPeriod == null || start.isAfter(lastPeriod) ? start : lastPeriod;
    long span = periodsBetween(unit, first, last) + 1;
    if (span > TrendSummarizer.DEFAULT_MAX_PERIODS) {
      throw new InvalidValueException("submittedAt", response.submittedAt(), "would stretch the"
          + " trend of survey " + survey.id() + " to " + span + " " + unit.id() + " periods ("
          + unit.label(first) + " to " + unit.label(last) + "), more than "
          + TrendSummarizer.DEFAULT_MAX_PERIODS + "; check the timestamps, or choose a longer"
          + " --period");
    }
    return start;
  }

  /** @return the periods from the period starting {@code from} up to {@code to}'s: 0 for one */
  private static long periodsBetween(Period unit, LocalDate from, LocalDate to) {
    return switch (unit) {
      case DAY -> ChronoUnit.DAYS.between(from, to);
      case ISO_WEEK -> ChronoUnit.WEEKS.between(from, to);
      case MONTH -> ChronoUnit.MONTHS.between(from, to);
      case QUARTER -> ChronoUnit.MONTHS.between(from, to) / 3;
    };
  }

  /** The summaries at the end, taken once. */
  final class Result {
    final GroupedSummary groups = grouped.snapshot();
    final SurveySummary total = groups.total();
    final @Nullable ExitFeedback feedback = exitFeedback == null ? null : exitFeedback.result();
  }

  /** @return the snapshot of everything recorded */
  Result result() {
    return new Result();
  }

  /** @return responses whose touchpoint the map lacks, left out of the exit feedback */
  long unknownTouchpoints() {
    return unknownTouchpoints;
  }

  /** @return whether the survey's feedback goes beside the exit points */
  boolean isExitFeedback() {
    return exitFeedback != null;
  }

  CxReport.SurveyInfo info(Result result) {
    SurveySummary total = result.total;
    return new CxReport.SurveyInfo(survey.id(),
        survey.title().resolve(survey.defaultLocale(), survey.defaultLocale()),
        total.responses(), total.completions(), total.dismissals());
  }

  List<CxReport.Figure> headlines(Result result) {
    return figures(result.total);
  }

  /** @return the headline figures of a summary of this survey */
  List<CxReport.Figure> figures(SurveySummary summary) {
    List<CxReport.Figure> figures = new ArrayList<>();
    for (EstimateKey key : keys) {
      figures.add(Figures.figure(survey.id(), key.questionId(), key.name(),
          summary.estimate(key)));
    }
    return figures;
  }

  List<CxReport.NpsDistribution> npsDistributions(Result result) {
    List<CxReport.NpsDistribution> out = new ArrayList<>();
    for (QuestionResult question : result.total.questions()) {
      if (question.summary() instanceof NpsSummary nps) {
        ScoreDistribution distribution = nps.distribution();
        RatingScale scale = distribution.scale();
        List<Long> counts = new ArrayList<>();
        for (int score = 0; score <= 10; score++) {
          counts.add(score >= scale.min() && score <= scale.max()
              ? distribution.count(score) : 0L);
        }
        Nps value = nps.nps();
        out.add(new CxReport.NpsDistribution(survey.id(), question.questionId(), counts,
            value.detractors(), value.passives(), value.promoters()));
      }
    }
    return out;
  }

  /**
   * @return per headline figure the groups, largest first, each against the rest
   *     (Holm-adjusted by cx-survey); a lone group has no rest and no comparison
   */
  List<CxReport.BreakdownMetric> breakdown(Result result) {
    long minimumN = settings.minimumN();
    List<CxReport.BreakdownMetric> metrics = new ArrayList<>();
    for (EstimateKey key : keys) {
      List<CxReport.GroupFigure> groups = new ArrayList<>();
      List<GroupResult> compared = result.groups.compare(key, minimumN);
      if (compared.isEmpty()) {
        for (Map.Entry<String, SurveySummary> group : result.groups.groups().entrySet()) {
          MergeableEstimate<?> estimate = group.getValue().estimate(key);
          groups.add(new CxReport.GroupFigure(group.getKey(),
              Figures.figure(survey.id(), key.questionId(), key.name(), estimate),
              Figures.comparison(Optional.empty(), OptionalDouble.empty(),
                  estimate.n() < minimumN)));
        }
      } else {
        for (GroupResult group : compared) {
          boolean small = group.belowMinimum() || group.rest().n() < minimumN;
          groups.add(new CxReport.GroupFigure(group.group(),
              Figures.figure(survey.id(), key.questionId(), key.name(), group.estimate()),
              Figures.comparison(group.comparison(), group.adjustedPValue(), small)));
        }
      }
      groups.sort(Comparator.comparingLong((CxReport.GroupFigure g) -> g.figure().n()).reversed()
          .thenComparing(CxReport.GroupFigure::group));
      metrics.add(new CxReport.BreakdownMetric(survey.id(), key.questionId(), key.name(),
          groups));
    }
    return metrics;
  }

  /**
   * @return per headline figure the periods in order, each against the one before; the p-values
   *     of one series are Holm-adjusted across its periods, as many changes are looked at at once
   */
  List<CxReport.TrendSeries> trends() {
    Trend snapshot = trend.snapshot();
    List<CxReport.TrendSeries> series = new ArrayList<>();
    if (snapshot.isEmpty()) {
      return series;
    }
    SortedMap<LocalDate, SurveySummary> periods = snapshot.periods();
    long minimumN = settings.minimumN();
    for (EstimateKey key : keys) {
      Map<LocalDate, PeriodChange> changes = new HashMap<>();
      List<PeriodChange> defined = new ArrayList<>();
      for (PeriodChange change : snapshot.compare(key)) {
        changes.put(change.start(), change);
        if (change.comparison().isPresent()) {
          defined.add(change);
        }
      }
      double[] raw = new double[defined.size()];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = defined.get(i).comparison().orElseThrow().pValue();
      }
      double[] adjusted = raw.length == 0 ? raw : Holm.adjust(raw);
      Map<LocalDate, Double> adjustedByStart = new HashMap<>();
      for (int i = 0; i < raw.length; i++) {
        adjustedByStart.put(defined.get(i).start(), adjusted[i]);
      }
      List<CxReport.TrendPoint> points = new ArrayList<>();
      for (Map.Entry<LocalDate, SurveySummary> period : periods.entrySet()) {
        LocalDate start = period.getKey();
        MergeableEstimate<?> estimate = period.getValue().estimate(key);
        PeriodChange change = changes.get(start);
        CxReport.Comparison against = null;
        if (change != null) {
          Double p = adjustedByStart.get(start);
          boolean small = change.estimate().n() < minimumN || change.previous().n() < minimumN;
          against = Figures.comparison(change.comparison(),
              p == null ? OptionalDouble.empty() : OptionalDouble.of(p), small);
        }
        points.add(new CxReport.TrendPoint(settings.period().label(start), start.toString(),
            Figures.figure(survey.id(), key.questionId(), key.name(), estimate), against));
      }
      series.add(new CxReport.TrendSeries(survey.id(), key.questionId(), key.name(), points));
    }
    return series;
  }

  /**
   * @param touchpointId a touchpoint of the map
   * @param result this survey's summaries
   * @return the responses given there, its headline figures, the choice shares of its choice
   *     questions (largest first) and its first comments; null when nothing was given there
   */
  @Nullable Feedback feedbackAt(String touchpointId, Result result) {
    if (result.feedback == null) {
      return null;
    }
    SurveySummary at = result.feedback.at(touchpointId);
    if (at.responses() == 0) {
      return null;
    }
    List<CxReport.ChoiceShare> reasons = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    for (Question question : survey.questions()) {
      if (question instanceof ChoiceQuestion choice) {
        QuestionSummary<?> summary = at.question(choice.id()).summary();
        for (io.cxkit.survey.types.Choice option : choice.choices()) {
          MergeableEstimate<?> share = summary.estimates().get("share:" + option.code());
          if (share instanceof Percentage p && p.successes() > 0) {
            reasons.add(new CxReport.ChoiceShare(choice.id(), option.code(),
                option.label().resolve(survey.defaultLocale(), survey.defaultLocale()),
                Figures.rate(p)));
          }
        }
      } else if (question instanceof OpenTextQuestion) {
        if (at.question(question.id()).summary() instanceof OpenTextSummary texts) {
          for (String text : texts.texts()) {
            comments.add(text);
          }
        }
      }
    }
    return new Feedback(at.responses(), figures(at), reasons, comments);
  }

  /** What one survey says at one touchpoint. */
  record Feedback(long responses, List<CxReport.Figure> figures,
      List<CxReport.ChoiceShare> reasons, List<String> comments) {}

  /** @return the voice of the customer per open-text question */
  List<CxReport.Voice> voice(List<String> notes) {
    List<CxReport.Voice> out = new ArrayList<>();
    Codebook codebook = settings.codebook();
    for (VoiceQuestion voice : voices) {
      ThemeSummary themes = voice.themes().snapshot();
      List<CxReport.ThemeGroup> groups = new ArrayList<>();
      if (voice.npsQuestionId() == null) {
        groups.add(themeGroup("all", themes.total(), codebook));
        notes.add("Survey " + survey.id() + " has no NPS question: the comments on its question "
            + voice.questionId() + " are in one group, all, without distinctive phrases.");
      } else {
        for (String group : List.of(TextGroups.PROMOTER, TextGroups.PASSIVE,
            TextGroups.DETRACTOR)) {
          ThemeCounts counts = themes.groups().get(group);
          if (counts != null) {
            groups.add(themeGroup(group, counts, codebook));
          }
        }
      }
      List<CxReport.Phrase> detractorPhrases = List.of();
      List<CxReport.Phrase> promoterPhrases = List.of();
      if (voice.npsQuestionId() != null) {
        PhraseSummary phrases = voice.phrases().snapshot();
        DistinctivePhrases method = DistinctivePhrases.standard();
        if (!phrases.isExact()) {
          method = DistinctivePhrases.builder().allowInexactCounts().build();
          notes.add("The phrases of " + survey.id() + " / " + voice.questionId() + " are more"
              + " than could be counted exactly; their counts are Space-Saving estimates.");
        }
        detractorPhrases = top(method.compare(phrases.groups(), TextGroups.DETRACTOR,
            TextGroups.PROMOTER));
        promoterPhrases = top(method.compare(phrases.groups(), TextGroups.PROMOTER,
            TextGroups.DETRACTOR));
      }
      long comments = themes.total().comments();
      if (comments == 0) {
        notes.add("Nobody wrote a comment on " + survey.id() + " / " + voice.questionId() + ".");
      }
      out.add(new CxReport.Voice(survey.id(), voice.questionId(), voice.npsQuestionId(), comments,
          groups, detractorPhrases, promoterPhrases));
    }
    return out;
  }

  private static CxReport.ThemeGroup themeGroup(String group, ThemeCounts counts,
      Codebook codebook) {
    List<CxReport.ThemeShare> shares = new ArrayList<>();
    for (String theme : counts.themeIds()) {
      shares.add(new CxReport.ThemeShare(theme, codebook.theme(theme).label(),
          Figures.rate(counts.share(theme))));
    }
    // Largest share first; a stable sort keeps the codebook's order among equal counts.
    shares.sort(Comparator.comparingLong((CxReport.ThemeShare s) -> s.share().count()).reversed());
    return new CxReport.ThemeGroup(group, counts.comments(), shares);
  }

  /**
   * The phrases most typical of the comparison's focus group, with p-values Holm-adjusted over
   * every phrase of the comparison (cx-core's {@link Holm}), as {@link
   * DistinctiveComparison#significant} adjusts them.
   */
  private static List<CxReport.Phrase> top(DistinctiveComparison comparison) {
    List<DistinctivePhrase> all = comparison.phrases();
    if (all.isEmpty()) {
      return List.of();
    }
    double[] raw = new double[all.size()];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = all.get(i).pValue();
    }
    double[] adjusted = Holm.adjust(raw);
    Map<String, Double> byPhrase = new HashMap<>();
    for (int i = 0; i < raw.length; i++) {
      byPhrase.put(all.get(i).phrase(), adjusted[i]);
    }
    List<CxReport.Phrase> out = new ArrayList<>();
    for (DistinctivePhrase phrase : comparison.topOfFocus(TOP_PHRASES)) {
      out.add(new CxReport.Phrase(phrase.phrase(), phrase.focusCount(), phrase.referenceCount(),
          phrase.z(), byPhrase.get(phrase.phrase())));
    }
    return out;
  }

  /** @return the follow-up rules in words, one per rule */
  List<String> followUpRules() {
    return List.copyOf(ruleTexts);
  }

  /** @return the follow-up counts, or {@link FollowUpCounts#EMPTY} without rules */
  FollowUpCounts followUpCounts() {
    return followUp == null ? FollowUpCounts.EMPTY : followUp.result().counts();
  }
}
