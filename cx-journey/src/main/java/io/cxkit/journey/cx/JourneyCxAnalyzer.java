package io.cxkit.journey.cx;

import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.Touchpoint;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.Channel;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.summary.GroupedSummarizer;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.summary.Trend;
import io.cxkit.survey.summary.TrendSummarizer;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Joins streamed survey responses to a journey map and its customers under a {@link JourneyCx}
 * definition, and summarises each survey by touchpoint, stage, channel, variant and customer
 * dimension (and by period, overall and per touchpoint, when the definition keeps trends) into a
 * {@link JourneyCxResult}.
 *
 * <p>The join of one response:
 *
 * <ul>
 *   <li>its {@code surveyId} picks the survey; a survey not given is refused ({@link
 *       UnknownSurveyException});
 *   <li>its context's {@code touchpointId} must be a touchpoint of the map ({@link
 *       UnknownResponseTouchpointException} otherwise); its stage is the touchpoint's stage. A
 *       response without a touchpoint counts in the totals, the channel, variant and dimension
 *       views, and among those without a group of the touchpoint and stage views;
 *   <li>its channel is the context's channel when set, else the touchpoint's channel: a survey
 *       sent by e-mail after a store visit was answered by e-mail; one whose export does not say
 *       was answered where it was asked;
 *   <li>its group of each dimension is the group of its respondent's id; a response without a
 *       respondent id, or whose respondent has no group, is in none;
 *   <li>it is checked against its survey as cx-survey's summarizers check it ({@link
 *       io.cxkit.survey.InvalidResponseException} listing every violation).
 * </ul>
 *
 * <p>A response that fails any of these, or that would open one group of a dimension or of the
 * variants more than {@link JourneyCx#maxGroups()} allows, is refused whole: the analyzer is left
 * as it was, so a caller can catch the exception, count the response as bad and go on.
 *
 * <p>Memory grows with the groups, not with the responses: per survey, one cx-survey summary per
 * touchpoint, channel, variant, dimension group and period, and with trends one per period of each
 * touchpoint that has responses: at most touchpoints × cx-survey's cap on a trend's span ({@value
 * TrendSummarizer#DEFAULT_MAX_PERIODS} periods), and never more than the responses. The stage view
 * and the stages' trends are the touchpoints' added up by stage when a result is taken. Each response is checked against its survey by each
 * of these summarizers (cx-survey offers no way to check once and count in several), so a join
 * costs about as much as that many summarizers. Not thread-safe; use one
 * analyzer per partition and add their results with {@link JourneyCxResult#plus}.
 */
public final class JourneyCxAnalyzer {
  private final JourneyCx definition;
  private final JourneyMap map;
  private final Map<String, SurveyJoin> joins = new LinkedHashMap<>();
  private final CustomerGroups[] dimensionGroups;
  private final String[] dimensionNames;
  /**
   * The labels of the response being counted, by view: computed and checked once before anything
   * is counted, and read by the group keys, so that what is counted is exactly what was checked.
   */
  private final @Nullable String[] labels;
  /** The map's number of the touchpoint of the response being counted, or −1 without one. */
  private int touchpointIndex;

  // The views with a summarizer of their own; the stage view is the touchpoint view added up by
  // stage (exact, and one validation of each response fewer).
  private static final int TOUCHPOINT = 0;
  private static final int CHANNEL = 1;
  private static final int VARIANT = 2;
  private static final int DIMENSIONS = 3;

  private JourneyCxAnalyzer(JourneyCx definition) {
    this.definition = definition;
    this.map = definition.map();
    Map<String, CustomerGroups> dimensions = definition.dimensionGroups();
    this.dimensionNames = dimensions.keySet().toArray(new String[0]);
    this.dimensionGroups = dimensions.values().toArray(new CustomerGroups[0]);
    this.labels = new String[DIMENSIONS + dimensionNames.length];
    for (Survey survey : definition.surveys()) {
      joins.put(survey.id(), new SurveyJoin(survey));
    }
  }

  /**
   * @param definition what to join and count
   * @return an analyzer that has seen no response
   */
  public static JourneyCxAnalyzer of(JourneyCx definition) {
    return new JourneyCxAnalyzer(Objects.requireNonNull(definition, "definition"));
  }

  /** @return the definition responses are counted under */
  public JourneyCx definition() {
    return definition;
  }

  /**
   * Joins and counts one response; one that fails leaves the analyzer unchanged.
   *
   * @param response the next response
   * @return this analyzer
   * @throws UnknownSurveyException if the response is to a survey the definition was not given
   * @throws UnknownResponseTouchpointException if its context names a touchpoint the map lacks
   * @throws io.cxkit.survey.InvalidResponseException listing every violation if it does not fit its
   *     survey (another version included)
   * @throws InvalidJourneyException if a dimension's group label is malformed (an unpaired
   *     surrogate), or its group of a dimension or its variant would be one more than {@link
   *     JourneyCx#maxGroups()} allows
   * @throws io.cxkit.core.InvalidValueException if the trend's span would exceed cx-survey's cap on
   *     periods
   */
  public JourneyCxAnalyzer accept(Response response) {
    Objects.requireNonNull(response, "response");
    SurveyJoin join = joins.get(response.surveyId());
    if (join == null) {
      throw new UnknownSurveyException(response.id(), response.surveyId(), joins.keySet());
    }
    label(response);
    join.requireRoom();
    join.add(response);
    return this;
  }

  /**
   * Joins and counts every remaining response of an iterator, such as a {@link
   * io.cxkit.survey.io.ResponseReader}; the first that fails ends the call with its exception,
   * those before it counted.
   *
   * @param responses the responses
   * @return this analyzer
   */
  public JourneyCxAnalyzer acceptAll(Iterator<? extends Response> responses) {
    Objects.requireNonNull(responses, "responses");
    while (responses.hasNext()) {
      accept(responses.next());
    }
    return this;
  }

  private void label(Response response) {
    String touchpointId = response.context().touchpointId();
    Channel channel = response.context().channel();
    touchpointIndex = -1;
    if (touchpointId == null) {
      labels[TOUCHPOINT] = null;
    } else {
      int index = map.touchpointIndex(touchpointId);
      if (index < 0) {
        throw new UnknownResponseTouchpointException(response.id(), touchpointId, map.id());
      }
      Touchpoint touchpoint = map.touchpoints().get(index);
      labels[TOUCHPOINT] = touchpoint.id();
      touchpointIndex = index;
      if (channel == null) {
        channel = touchpoint.channel();
      }
    }
    labels[CHANNEL] = channel == null ? null : channel.id();
    labels[VARIANT] = blankAsNone(response.context().variant());
    Respondent respondent = response.respondent();
    String customerId = respondent == null ? null : respondent.id();
    for (int d = 0; d < dimensionNames.length; d++) {
      String group = customerId == null ? null : blankAsNone(dimensionGroups[d].groupOf(customerId));
      if (group != null && hasUnpairedSurrogate(group)) {
        throw new InvalidJourneyException(dimensionNames[d], JourneyIds.quote(group),
            "the group of customer " + JourneyIds.quote(customerId)
                + " must be well-formed text, without an unpaired surrogate char");
      }
      labels[DIMENSIONS + d] = group;
    }
  }

  private static @Nullable String blankAsNone(@Nullable String label) {
    return label == null || label.isBlank() ? null : label;
  }

  private static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** @return the result of everything counted so far; counting can go on afterwards */
  public JourneyCxResult result() {
    Map<String, SurveyViews> views = new LinkedHashMap<>();
    for (Map.Entry<String, SurveyJoin> entry : joins.entrySet()) {
      views.put(entry.getKey(), entry.getValue().snapshot());
    }
    return new JourneyCxResult(definition, views);
  }

  @Override
  public String toString() {
    return "JourneyCxAnalyzer{" + definition + "}";
  }

  /** The summarizers of one survey, one per view. */
  private final class SurveyJoin {
    private final GroupedSummarizer[] views;
    /** The labels each capped view (variant, dimensions) has opened; null for the uncapped. */
    private final @Nullable Set<String>[] opened;
    private final @Nullable TrendSummarizer trend;
    /** With trends, by touchpoint number: its trend, opened by its first response. */
    private final @Nullable TrendSummarizer[] touchpointTrends;
    private final Survey survey;

    @SuppressWarnings("unchecked") // a generic array of sets, never handed out
    SurveyJoin(Survey survey) {
      views = new GroupedSummarizer[labels.length];
      opened = (Set<String>[]) new Set<?>[labels.length];
      views[TOUCHPOINT] = summarizer(survey, JourneyCx.TOUCHPOINT, TOUCHPOINT,
          Math.max(1, map.touchpoints().size()));
      views[CHANNEL] = summarizer(survey, JourneyCx.CHANNEL, CHANNEL, Channel.values().length);
      views[VARIANT] = summarizer(survey, JourneyCx.VARIANT, VARIANT, definition.maxGroups());
      opened[VARIANT] = new HashSet<>();
      for (int d = 0; d < dimensionNames.length; d++) {
        views[DIMENSIONS + d] = summarizer(survey, dimensionNames[d], DIMENSIONS + d,
            definition.maxGroups());
        opened[DIMENSIONS + d] = new HashSet<>();
      }
      this.survey = survey;
      trend = definition.period().isEmpty() ? null : newTrend();
      touchpointTrends = trend == null ? null : new TrendSummarizer[map.touchpoints().size()];
    }

    private TrendSummarizer newTrend() {
      return TrendSummarizer.builder(survey, definition.period().get(), definition.zone().get())
          .options(definition.options()).registry(definition.registry()).build();
    }

    private GroupedSummarizer summarizer(Survey survey, String name, int view, int maxGroups) {
      return GroupedSummarizer.builder(survey, GroupKey.of(name, response -> labels[view]))
          .options(definition.options()).registry(definition.registry()).maxGroups(maxGroups)
          .build();
    }

    /** Refuses a response whose variant or group would open one group more than the cap. */
    void requireRoom() {
      for (int v = VARIANT; v < labels.length; v++) {
        Set<String> seen = opened[v];
        String label = labels[v];
        if (seen != null && label != null && !seen.contains(label)
            && seen.size() >= definition.maxGroups()) {
          String name = v == VARIANT ? JourneyCx.VARIANT : dimensionNames[v - DIMENSIONS];
          throw new InvalidJourneyException(name, JourneyIds.quote(label),
              "would open group " + (seen.size() + 1) + " of at most " + definition.maxGroups()
                  + " (maxGroups): a dimension with a value per customer groups nothing");
        }
      }
    }

    /**
     * Counts a response whose labels were checked. The first summarizer checks the response against
     * the survey (and the trend its span) and refuses it before anything is counted; after it, the
     * others cannot refuse it, since their caps were checked or cannot be reached.
     */
    void add(Response response) {
      if (trend != null) {
        trend.add(response);
        TrendSummarizer[] trends = touchpointTrends;
        if (trends != null && touchpointIndex >= 0) {
          // A part of the overall trend's responses spans no more periods than it: no refusal.
          TrendSummarizer at = trends[touchpointIndex];
          if (at == null) {
            at = newTrend();
            trends[touchpointIndex] = at;
          }
          at.add(response);
        }
      }
      for (int v = 0; v < views.length; v++) {
        views[v].add(response);
        Set<String> seen = opened[v];
        String label = labels[v];
        if (seen != null && label != null) {
          seen.add(label);
        }
      }
    }

    SurveyViews snapshot() {
      Map<String, GroupedSummary> dimensions = new LinkedHashMap<>();
      for (int d = 0; d < dimensionNames.length; d++) {
        dimensions.put(dimensionNames[d], views[DIMENSIONS + d].snapshot());
      }
      Map<String, Trend> byTouchpoint = null;
      if (touchpointTrends != null) {
        byTouchpoint = new LinkedHashMap<>();
        for (int t = 0; t < touchpointTrends.length; t++) {
          if (touchpointTrends[t] != null) {
            byTouchpoint.put(map.touchpoints().get(t).id(), touchpointTrends[t].snapshot());
          }
        }
      }
      return SurveyViews.of(map, views[TOUCHPOINT].snapshot(), views[CHANNEL].snapshot(),
          views[VARIANT].snapshot(), dimensions, trend == null ? null : trend.snapshot(),
          byTouchpoint);
    }
  }

  /**
   * The views of one survey's responses, as a result holds them. The stage view is always the
   * touchpoint view added up by stage ({@link JourneyCxResult#stagesOf}), never counted apart: so
   * the two agree by construction, also where a question type keeps an order-dependent part (the
   * first texts of an open-text question, a mean's last bits), which two summarizers fed the same
   * stream in different groupings would not.
   */
  record SurveyViews(GroupedSummary byTouchpoint, GroupedSummary byStage, GroupedSummary byChannel,
      GroupedSummary byVariant, Map<String, GroupedSummary> byDimension, @Nullable Trend trend,
      @Nullable Map<String, Trend> trendByTouchpoint) {
    SurveyViews {
      byDimension = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byDimension));
      trendByTouchpoint = trendByTouchpoint == null ? null
          : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(trendByTouchpoint));
    }

    /**
     * @param trendByTouchpoint the trend of each touchpoint with responses, in map order; null
     *     exactly when {@code trend} is
     */
    static SurveyViews of(JourneyMap map, GroupedSummary byTouchpoint, GroupedSummary byChannel,
        GroupedSummary byVariant, Map<String, GroupedSummary> byDimension, @Nullable Trend trend,
        @Nullable Map<String, Trend> trendByTouchpoint) {
      return new SurveyViews(byTouchpoint, JourneyCxResult.stagesOf(byTouchpoint, map), byChannel,
          byVariant, byDimension, trend, trendByTouchpoint);
    }

    List<GroupedSummary> all() {
      List<GroupedSummary> all = new java.util.ArrayList<>(List.of(byTouchpoint, byStage,
          byChannel, byVariant));
      all.addAll(byDimension.values());
      return all;
    }
  }
}
