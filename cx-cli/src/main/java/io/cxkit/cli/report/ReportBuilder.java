package io.cxkit.cli.report;

import static java.util.Objects.requireNonNull;

import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.Stage;
import io.cxkit.journey.Touchpoint;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.analysis.FunnelDefinition;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.ProfileGroups;
import io.cxkit.journey.profile.ProfileGrouping;
import io.cxkit.journey.profile.Segmentation;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.loop.FollowUpCounts;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.summary.GroupedSummarizer;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Makes a {@link CxReport} from records streamed in three phases: customer profiles, then journey
 * events in time order, then survey responses; {@link #build} ends it. Every figure comes from
 * cxkit's own analyzers — {@code GroupedSummarizer} and {@code TrendSummarizer} for the headlines,
 * breakdown and trends, {@code FunnelAnalyzer}, {@code ExitAnalyzer} with {@code
 * ExitFeedbackSummarizer}, {@code CohortAnalyzer}, {@code ChurnAnalyzer} and {@code
 * LifetimeAnalyzer} for the journey, {@code ThemeSummarizer}, {@code PhraseSummarizer} and {@code
 * DistinctivePhrases} for the comments, and follow-up rules for closing the loop — so the builder
 * keeps their summaries and per-customer state, never a record, and streams millions of them.
 *
 * <p><b>Phases.</b> A profile after the first event or response, or an event after the first
 * response, or anything after {@link #build}, is an {@link IllegalStateException} naming the
 * phase. The first event ends the profiles: persona and segment groups are fixed then. Events
 * need a journey map.
 *
 * <p><b>Groupings.</b> Personas are classified as of the date of {@code asOf} in the report's zone.
 * The breakdown's grouping is {@link ReportSettings#by()}, or persona when personas and profiles
 * were given, else touchpoint; persona and segment join a response to its respondent's profile
 * (the respondent id is the customer id). Lifetimes are compared per persona or segment: the
 * breakdown's, when it is one of those, else persona, else segment, when the profiles give one.
 *
 * <p><b>Funnel.</b> {@link ReportSettings#funnel()}'s steps; by default the journey map's stages
 * (those with touchpoints) in order, up to the goal's stage with the goal itself as the last step
 * when a goal is given, else all of them with a purchase on the last.
 *
 * <p><b>Errors.</b> A record that breaks a rule — a response that does not fit its survey, an
 * event at a touchpoint the map lacks or earlier than the customer's previous one, a customer's
 * profile given twice — is refused with cxkit's typed exception (a {@link
 * io.cxkit.core.CxException}) and counted nowhere, so a caller may count it as bad and go on;
 * so is a response that would spread its survey's trend over more than 10 000 periods (27 years
 * of days). Not thread-safe.
 */
public final class ReportBuilder {

  private enum Phase {
    PROFILES("profiles"), EVENTS("events"), RESPONSES("responses"), BUILT("built");

    private final String word;

    Phase(String word) {
      this.word = word;
    }
  }

  private final ReportSettings settings;
  private final List<Survey> surveys;
  private final Map<String, Integer> surveyIndex = new LinkedHashMap<>();
  private final @Nullable JourneyMap map;
  private final @Nullable PersonaSet personas;
  private final @Nullable StepSpec goal;
  private final @Nullable FunnelDefinition funnelDefinition;
  private final List<StepSpec> funnelSteps;
  private final @Nullable String funnelProblem;
  private final ProfileGroups.@Nullable Builder personaBuilder;
  private final ProfileGroups.@Nullable Builder segmentBuilder;
  private @Nullable ProfileGroups personaGroups;
  private @Nullable ProfileGroups segmentGroups;
  private @Nullable JourneySection journey;
  private final List<SurveySection> sections = new ArrayList<>();
  private @Nullable GroupBy by;
  private Phase phase = Phase.PROFILES;
  private long profiles;
  /** Profiles whose segment attribute is not text, by its type: they are in no segment. */
  private final Map<String, Long> unsegmented = new TreeMap<>();
  private long responses;
  private @Nullable Instant from;
  private @Nullable Instant to;

  private ReportBuilder(ReportSettings settings, List<Survey> surveys, @Nullable JourneyMap map,
      @Nullable PersonaSet personas) {
    this.settings = settings;
    this.surveys = surveys;
    this.map = map;
    this.personas = personas;
    for (int i = 0; i < surveys.size(); i++) {
      Survey survey = requireNonNull(surveys.get(i), "surveys[" + i + "]");
      Integer earlier = surveyIndex.putIfAbsent(survey.id(), i);
      if (earlier != null) {
        throw new InvalidValueException("surveys[" + i + "].id", StepSpec.quote(survey.id()),
            "duplicates the id of surveys[" + earlier + "]; the report's surveys need distinct"
                + " ids");
      }
    }
    GroupBy asked = settings.by().orElse(null);
    if (asked == GroupBy.PERSONA && personas == null) {
      throw new InvalidValueException("by", asked.id(), "needs personas (and profiles)");
    }
    if (asked == GroupBy.SEGMENT && settings.segmentAttribute().isEmpty()) {
      throw new InvalidValueException("by", asked.id(),
          "needs a segment attribute: the profile attribute whose values are the segments");
    }
    LocalDate asOfDate = LocalDate.ofInstant(settings.asOf(), settings.zone());
    this.personaBuilder = personas == null ? null
        : ProfileGroups.builder(personas.classifier(asOfDate));
    this.segmentBuilder = settings.segmentAttribute()
        .map(attribute -> ProfileGroups.builder(textSegments(attribute, asOfDate)))
        .orElse(null);
    if (map == null) {
      this.goal = null;
      this.funnelDefinition = null;
      this.funnelSteps = List.of();
      this.funnelProblem = null;
      return;
    }
    this.goal = settings.goal().map(spec -> StepSpec.parse("goal", spec, map)).orElse(null);
    JourneySection.check(settings, map, goal);
    List<StepSpec> steps = settings.funnel().isEmpty() ? defaultFunnel(map, goal)
        : explicitFunnel(settings.funnel(), map);
    if (steps.size() < 2) {
      this.funnelDefinition = null;
      this.funnelSteps = List.of();
      this.funnelProblem = "The journey map has fewer than two stages with touchpoints before"
          + " the goal, so there is no default funnel; give the funnel's steps.";
      return;
    }
    FunnelDefinition.Builder funnel = FunnelDefinition.builder(
        settings.funnel().isEmpty() ? "journey stages" : "funnel", map)
        .window(settings.funnelWindow());
    for (StepSpec step : steps) {
      funnel.step(step.step());
    }
    this.funnelDefinition = funnel.build();
    this.funnelSteps = steps;
    this.funnelProblem = null;
  }

  /**
   * The map's stages with touchpoints, in order; with a goal, those before the goal's stage and
   * then the goal; without one, all of them, the last counting purchases only.
   */
  private static List<StepSpec> defaultFunnel(JourneyMap map, @Nullable StepSpec goal) {
    String goalStage = goal == null ? null
        : goal.stage() ? goal.id() : map.requireTouchpoint(goal.id()).stageId();
    List<StepSpec> steps = new ArrayList<>();
    for (Stage stage : map.stages()) {
      if (stage.id().equals(goalStage)) {
        steps.add(goal);
        return steps;
      }
      if (!map.touchpointsOf(stage.id()).isEmpty()) {
        steps.add(new StepSpec(stage.id(), stage.id(), true, null));
      }
    }
    if (!steps.isEmpty()) {
      StepSpec last = steps.remove(steps.size() - 1);
      steps.add(new StepSpec(last.id() + ":" + EventKind.PURCHASE.id(), last.id(), true,
          EventKind.PURCHASE));
    }
    return steps;
  }

  private static List<StepSpec> explicitFunnel(List<String> specs, JourneyMap map) {
    if (specs.size() > FunnelDefinition.MAX_STEPS) {
      throw new InvalidValueException("funnel", specs.size() + " steps",
          "a funnel has at most " + FunnelDefinition.MAX_STEPS + " steps");
    }
    List<StepSpec> steps = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      String field = "funnel[" + i + "]";
      StepSpec step = StepSpec.parse(field, specs.get(i), map);
      for (int j = 0; j < i; j++) {
        StepSpec earlier = steps.get(j);
        if (earlier.id().equals(step.id()) && earlier.stage() == step.stage()
            && earlier.kind() == step.kind()) {
          throw new InvalidValueException(field, StepSpec.quote(step.spec()),
              "counts the same events as funnel[" + j + "]; each step must differ");
        }
      }
      steps.add(step);
    }
    return steps;
  }

  /**
   * @param settings how the report is made
   * @param surveys the surveys the responses belong to, at least one, distinct ids
   * @param map the journey map, or null without journey data
   * @param personas the personas, or null
   * @return a builder that takes profiles, events and responses in that order
   * @throws InvalidValueException if there is no survey, two share an id, the grouping needs
   *     personas or a segment attribute that were not given, or a funnel step or the goal names
   *     no touchpoint or stage of the map (naming {@code funnel[i]} or {@code goal}, the value and
   *     the known ids) or an unknown event kind
   * @throws io.cxkit.journey.InvalidJourneyException with a journey map, if the as-of instant or
   *     the exit horizon is beyond the ±292 000 years the journey analyzers count in microseconds
   */
  public static ReportBuilder of(ReportSettings settings, List<Survey> surveys,
      @Nullable JourneyMap map, @Nullable PersonaSet personas) {
    requireNonNull(settings, "settings");
    requireNonNull(surveys, "surveys");
    if (surveys.isEmpty()) {
      throw new InvalidValueException("surveys", "[]", "a report needs at least one survey");
    }
    return new ReportBuilder(settings, List.copyOf(surveys), map, personas);
  }

  /**
   * Records a customer's profile for the persona and segment groups. A profile whose segment
   * attribute is a number, a date or a set, which a segment per value cannot split, is in no
   * segment (the notes count them) and keeps its persona.
   *
   * @param profile a customer profile (phase 1)
   * @throws IllegalStateException after the first event or response, or after {@link #build}
   * @throws io.cxkit.journey.InvalidJourneyException if the customer's profile was given already;
   *     nothing is recorded then
   */
  public void profile(CustomerProfile profile) {
    requireNonNull(profile, "profile");
    requirePhase(Phase.PROFILES, "a profile");
    // The segment builder goes first: it refuses a profile given twice before the persona
    // builder has recorded anything.
    if (segmentBuilder != null) {
      segmentBuilder.add(profile);
    }
    if (personaBuilder != null) {
      personaBuilder.add(profile);
    }
    profiles++;
  }

  /**
   * Counts a journey event in the funnel, exits, cohorts, churn and lifetimes.
   *
   * @param event a journey event, in time order (phase 2)
   * @throws IllegalStateException after the first response, after {@link #build}, or when no
   *     journey map was given
   * @throws io.cxkit.core.CxException if the event is at a touchpoint the map lacks or earlier
   *     than the customer's previous event; nothing is counted then
   */
  public void event(JourneyEvent event) {
    requireNonNull(event, "event");
    requirePhase(Phase.EVENTS, "an event");
    if (map == null) {
      throw new IllegalStateException("an event needs a journey map, and ReportBuilder.of was"
          + " given none");
    }
    if (journey == null) {
      // The first event dates the first period of churn, so a refused one must not: the
      // analyzers would refuse an unknown touchpoint, and a first event cannot be out of order.
      if (map.touchpointIndex(event.touchpointId()) < 0) {
        throw new UnknownTouchpointException("touchpointId", event.touchpointId(), map.id());
      }
      endProfiles();
      journey = new JourneySection(settings, map, goal, funnelDefinition, funnelSteps,
          lifetimeGrouping(), labelled(lifetimeGroups()), maxGroups(lifetimeGroups()),
          event.at());
    }
    phase = Phase.EVENTS;
    journey.accept(event);
    seen(event.at());
  }

  /**
   * Counts a survey response everywhere it belongs.
   *
   * @param response a response of one of the surveys (phase 3)
   * @throws IllegalStateException after {@link #build}
   * @throws InvalidValueException if the response's survey is not one of the report's
   * @throws io.cxkit.survey.InvalidResponseException if it does not fit its survey; nothing is
   *     counted then
   */
  public void response(Response response) {
    requireNonNull(response, "response");
    requirePhase(Phase.RESPONSES, "a response");
    Integer index = surveyIndex.get(response.surveyId());
    if (index == null) {
      throw new InvalidValueException("surveyId", StepSpec.quote(response.surveyId()),
          "is not one of the report's surveys: " + String.join(", ", surveyIndex.keySet()));
    }
    startResponses();
    sections.get(index).add(response);
    responses++;
    seen(response.submittedAt());
  }

  /**
   * @param inputs the files read, their counts and bad records, as the reader saw them
   * @return the report; the builder takes nothing afterwards
   * @throws IllegalStateException if the report was built already
   */
  public CxReport build(CxReport.Inputs inputs) {
    requireNonNull(inputs, "inputs");
    requirePhase(Phase.RESPONSES, "build");
    startResponses();
    phase = Phase.BUILT;
    List<String> notes = new ArrayList<>();
    List<SurveySection.Result> results = new ArrayList<>();
    for (SurveySection section : sections) {
      results.add(section.result());
    }
    List<CxReport.SurveyInfo> infos = new ArrayList<>();
    List<CxReport.Figure> headlines = new ArrayList<>();
    List<CxReport.NpsDistribution> distributions = new ArrayList<>();
    List<CxReport.BreakdownMetric> metrics = new ArrayList<>();
    List<CxReport.TrendSeries> trends = new ArrayList<>();
    List<CxReport.Voice> voice = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    FollowUpCounts followUp = FollowUpCounts.EMPTY;
    for (int i = 0; i < sections.size(); i++) {
      SurveySection section = sections.get(i);
      SurveySection.Result result = results.get(i);
      infos.add(section.info(result));
      headlines.addAll(section.headlines(result));
      distributions.addAll(section.npsDistributions(result));
      metrics.addAll(section.breakdown(result));
      trends.addAll(section.trends());
      voice.addAll(section.voice(notes));
      rules.addAll(section.followUpRules());
      followUp = followUp.plus(section.followUpCounts());
      surveyNotes(section, result, notes);
    }
    if (responses == 0) {
      notes.add(0, "No responses given: every figure is empty, there is no breakdown or trend,"
          + " and the voice and follow-up count nothing.");
    }
    CxReport.Breakdown breakdown = breakdown(metrics, notes);
    if (voice.isEmpty()) {
      notes.add("No survey has an open-text question: no voice of the customer.");
    }
    if (rules.isEmpty()) {
      notes.add("No survey has an NPS, CSAT, CES or goal question: no follow-up rules.");
    }
    CxReport.Funnel funnel = null;
    CxReport.Exits exits = null;
    CxReport.Retention retention = null;
    CxReport.Lifetimes lifetimes = null;
    if (map == null) {
      notes.add("No journey map given: no funnel, exits, retention or lifetimes.");
    } else if (journey == null) {
      notes.add("No events given: no funnel, exits, retention or lifetimes.");
    } else {
      if (funnelProblem != null) {
        notes.add(funnelProblem);
      }
      funnel = journey.funnel(notes);
      exits = journey.exits(touchpoint -> exitFeedback(touchpoint, results), notes);
      retention = journey.retention(notes);
      lifetimes = journey.lifetimes(notes);
      long unknown = sections.stream().mapToLong(SurveySection::unknownTouchpoints).sum();
      if (unknown > 0) {
        notes.add(Formats.count(unknown, "response") + " named a touchpoint the journey map"
            + " lacks; the exit feedback leaves them out.");
      }
      if (sections.stream().noneMatch(SurveySection::isExitFeedback)) {
        notes.add("No survey is asked at a touchpoint of the journey map: the exit points have"
            + " no feedback beside them.");
      }
    }
    groupingNotes(notes);
    CxReport.FollowUp follow = new CxReport.FollowUp(rules, followUp.checked(),
        followUp.matched(), followUp.contactable(), followUp.notContactable());
    return new CxReport(CxReport.FORMAT_VERSION, info(infos), headlines, distributions, breakdown,
        trends, funnel, exits, retention, lifetimes, voice, follow, inputs, notes);
  }

  private CxReport.Info info(List<CxReport.SurveyInfo> infos) {
    Period period = settings.period();
    return new CxReport.Info(settings.title(), infos, map == null ? null : map.id(),
        settings.zone().getId(), period == Period.ISO_WEEK ? "week" : period.id(),
        requireNonNull(by).id(), from == null ? null : from.toString(),
        to == null ? null : to.toString(), settings.asOf().toString(), settings.minimumN());
  }

  private CxReport.@Nullable Breakdown breakdown(List<CxReport.BreakdownMetric> metrics,
      List<String> notes) {
    GroupBy grouping = requireNonNull(by);
    if (metrics.stream().allMatch(m -> m.groups().isEmpty())) {
      if (responses > 0) {
        notes.add("No response had a " + grouping.id() + ": no breakdown.");
      }
      return null;
    }
    boolean small = metrics.stream().flatMap(m -> m.groups().stream())
        .anyMatch(g -> g.againstRest().smallN());
    if (small) {
      notes.add("Groups with fewer than " + settings.minimumN() + " answers (or whose rest has"
          + " fewer) are flagged small and never called significant.");
    }
    return new CxReport.Breakdown(grouping.id(), metrics);
  }

  private void surveyNotes(SurveySection section, SurveySection.Result result,
      List<String> notes) {
    if (responses > 0 && result.total.responses() == 0) {
      notes.add("Survey " + section.survey().id() + ": no responses.");
    }
  }

  private void groupingNotes(List<String> notes) {
    GroupBy grouping = requireNonNull(by);
    if ((grouping == GroupBy.PERSONA || grouping == GroupBy.SEGMENT) && profiles == 0) {
      notes.add("No profiles given: no respondent has a " + grouping.id() + ".");
    }
    if (profiles > 0 && personas == null && settings.segmentAttribute().isEmpty()) {
      notes.add("Profiles were given without personas or a segment attribute: they group"
          + " nobody.");
    }
    String attribute = settings.segmentAttribute().orElse(null);
    if (attribute == null || profiles == 0) {
      return;
    }
    unsegmented.forEach((type, count) -> notes.add(Formats.count(count, "profile") + " had a "
        + type + " for the segment attribute " + attribute + ", and a segment per value needs"
        + " text: " + (count == 1 ? "it is" : "they are") + " in no segment."));
    if (unsegmented.isEmpty() && segmentGroups != null && segmentGroups.groups().isEmpty()) {
      notes.add("No profile has the segment attribute " + attribute + ": no segments.");
    }
  }

  /**
   * The segments of a text attribute's values; a profile with another type of value there is
   * counted in {@link #unsegmented} and in no segment, rather than refused: the attribute is a
   * setting that does not fit it, not a fault of the profile, and a refused profile would lose
   * its persona too.
   */
  private ProfileGrouping textSegments(String attribute, LocalDate asOf) {
    ProfileGrouping segments = Segmentation.byAttribute(attribute).asOf(asOf);
    return profile -> {
      AttributeValue value = profile.attributes().get(attribute);
      if (value != null && !(value instanceof AttributeValue.TextAttribute)) {
        unsegmented.merge(value.typeId(), 1L, Long::sum);
        return null;
      }
      return segments.groupOf(profile);
    };
  }

  /**
   * The feedback beside an exit point: each survey asked there, exit-feedback surveys first, its
   * figures and reasons, and the first five comments of them all.
   */
  private CxReport.@Nullable ExitFeedback exitFeedback(String touchpoint,
      List<SurveySection.Result> results) {
    long count = 0;
    List<CxReport.Figure> figures = new ArrayList<>();
    List<CxReport.ChoiceShare> reasons = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    for (int i : feedbackOrder()) {
      SurveySection.Feedback feedback = sections.get(i).feedbackAt(touchpoint, results.get(i));
      if (feedback == null) {
        continue;
      }
      count += feedback.responses();
      figures.addAll(feedback.figures());
      List<CxReport.ChoiceShare> shares = new ArrayList<>(feedback.reasons());
      shares.sort((a, b) -> Long.compare(b.share().count(), a.share().count()));
      reasons.addAll(shares);
      for (String comment : feedback.comments()) {
        if (comments.size() < SurveySection.EXIT_COMMENTS) {
          comments.add(comment);
        }
      }
    }
    return count == 0 ? null : new CxReport.ExitFeedback(count, figures, reasons, comments);
  }

  /** @return the sections' indexes, exit-feedback surveys first, each group in the given order */
  private List<Integer> feedbackOrder() {
    List<Integer> order = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < sections.size(); i++) {
        boolean exitKind = sections.get(i).survey().kind() == SurveyKind.EXIT_FEEDBACK;
        if (exitKind == (pass == 0)) {
          order.add(i);
        }
      }
    }
    return order;
  }

  private void requirePhase(Phase wanted, String what) {
    if (phase == Phase.BUILT) {
      throw new IllegalStateException(what + " came after the report was built");
    }
    if (phase.ordinal() > wanted.ordinal()) {
      throw new IllegalStateException(what + " came in the " + phase.word + " phase, after the "
          + wanted.word + " phase ended: give profiles, then events, then responses");
    }
  }

  /** Fixes the persona and segment groups, and with them the breakdown's grouping. */
  private void endProfiles() {
    if (by != null) {
      return;
    }
    personaGroups = personaBuilder == null ? null : personaBuilder.build();
    segmentGroups = segmentBuilder == null ? null : segmentBuilder.build();
    by = settings.by().orElse(personas != null && profiles > 0 ? GroupBy.PERSONA
        : GroupBy.TOUCHPOINT);
  }

  private @Nullable String lifetimeGrouping() {
    if (by == GroupBy.SEGMENT && segmentGroups != null) {
      return "segment";
    }
    if (by == GroupBy.PERSONA && personaGroups != null) {
      return "persona";
    }
    if (personaGroups != null && !personaGroups.isEmpty()) {
      return "persona";
    }
    if (segmentGroups != null && !segmentGroups.isEmpty()) {
      return "segment";
    }
    return null;
  }

  private @Nullable ProfileGroups lifetimeGroups() {
    String grouping = lifetimeGrouping();
    if (grouping == null) {
      return null;
    }
    return grouping.equals("persona") ? personaGroups : segmentGroups;
  }

  /**
   * The groups of customers as analyses ask them, a blank label (a blank attribute value) as no
   * group, which no summarizer takes as a label.
   */
  private static @Nullable CustomerGroups labelled(@Nullable ProfileGroups groups) {
    if (groups == null) {
      return null;
    }
    return customerId -> {
      String group = groups.groupOf(customerId);
      return group == null || group.isBlank() ? null : group;
    };
  }

  /**
   * The most groups a summarizer of customer groups needs: every group the profiles gave, so
   * that no cap refuses a response or an event half-way.
   */
  private static int maxGroups(@Nullable ProfileGroups groups) {
    return groups == null ? 1 : Math.max(1, groups.groups().size());
  }

  /** Makes the survey sections at the first response (or at build without any). */
  private void startResponses() {
    if (phase == Phase.RESPONSES) {
      return;
    }
    endProfiles();
    phase = Phase.RESPONSES;
    GroupBy grouping = requireNonNull(by);
    GroupKey key = groupKey(grouping);
    int maxGroups = switch (grouping) {
      case PERSONA -> maxGroups(personaGroups);
      case SEGMENT -> maxGroups(segmentGroups);
      default -> GroupedSummarizer.DEFAULT_MAX_GROUPS;
    };
    Set<String> askedAtTouchpoints = new HashSet<>();
    if (map != null) {
      for (Touchpoint touchpoint : map.touchpoints()) {
        askedAtTouchpoints.addAll(touchpoint.surveyIds());
      }
    }
    for (Survey survey : surveys) {
      boolean feedback = journey != null && (askedAtTouchpoints.contains(survey.id())
          || survey.kind() == SurveyKind.EXIT_FEEDBACK);
      sections.add(new SurveySection(survey, settings, key, maxGroups,
          feedback ? journey.exitAnalyzer() : null, map));
    }
  }

  private GroupKey groupKey(GroupBy grouping) {
    return switch (grouping) {
      case PERSONA -> customerKey("persona", labelled(personaGroups));
      case SEGMENT -> customerKey("segment", labelled(segmentGroups));
      case TOUCHPOINT -> GroupKey.touchpoint();
      case LOCALE -> GroupKey.locale();
      case VARIANT -> GroupKey.variant();
      case CHANNEL -> channelKey();
    };
  }

  /** The respondent's group: the respondent id is the customer id of the profiles. */
  private static GroupKey customerKey(String name, @Nullable CustomerGroups groups) {
    return GroupKey.of(name, response -> {
      Respondent respondent = response.respondent();
      if (groups == null || respondent == null || respondent.id() == null) {
        return null;
      }
      return groups.groupOf(respondent.id());
    });
  }

  /** The response's channel, or else the channel of its touchpoint in the map. */
  private GroupKey channelKey() {
    JourneyMap journeyMap = map;
    return GroupKey.of("channel", response -> {
      if (response.context().channel() != null) {
        return response.context().channel().id();
      }
      String touchpoint = response.context().touchpointId();
      if (journeyMap == null || touchpoint == null) {
        return null;
      }
      return journeyMap.touchpoint(touchpoint).map(t -> t.channel().id()).orElse(null);
    });
  }

  private void seen(Instant at) {
    if (from == null || at.isBefore(from)) {
      from = at;
    }
    if (to == null || at.isAfter(to)) {
      to = at;
    }
  }

  @Override
  public String toString() {
    return "ReportBuilder{phase=" + phase.word + ", surveys="
        + surveys.stream().map(Survey::id).collect(Collectors.joining(",")) + ", profiles="
        + profiles + ", events=" + (journey == null ? 0 : journey.events()) + ", responses="
        + responses + "}";
  }
}
