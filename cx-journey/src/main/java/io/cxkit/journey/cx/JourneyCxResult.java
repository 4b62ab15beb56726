package io.cxkit.journey.cx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.CountOverflowException;
import io.cxkit.core.CxException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.Stage;
import io.cxkit.journey.Touchpoint;
import io.cxkit.journey.cx.JourneyCxAnalyzer.SurveyViews;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.internal.ShapeReader;
import io.cxkit.journey.internal.Sums;
import io.cxkit.survey.Channel;
import io.cxkit.survey.Survey;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.GroupResult;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.summary.QuestionResult;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.summary.Trend;
import io.cxkit.survey.summary.VariantComparison;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The immutable result of joining survey responses to a journey map ({@link JourneyCxAnalyzer}):
 * for each survey of the {@link JourneyCx} definition, its responses summarised by touchpoint, by
 * stage, by channel, by A/B variant and by each customer dimension (persona, segment), each a
 * cx-survey {@link GroupedSummary}, and by period when the definition keeps trends: overall
 * ({@link #trend(String)}) and per touchpoint and stage ({@link #trend(String, String, String)}).
 * Every figure of
 * a survey summary is there with its n and interval: NPS, CSAT, CES, goal completion with its
 * reasons, choice shares, survey completion. Groups are compared each against the rest pooled with
 * Holm's adjustment ({@link #compare}), groups below the definition's minimum n flagged; variants
 * with each other ({@link #compareVariants}). The rows of a journey report, the headline figures
 * per touchpoint and stage in map order, are a {@link JourneyScorecard}'s: {@code
 * JourneyScorecard.builder(map).cx(result)}.
 *
 * <p>Results of partitions (split by respondent, or any other way: every count adds) merge with
 * {@link #plus} into the result of the whole.
 *
 * <p>Serial form: {@link #toJsonShape()} writes a versioned JSON shape (format 1, kind {@value
 * #KIND}); {@link #fromJsonShape(Map, JourneyCx)} reads it back under the same definition. The
 * summaries inside are cx-survey's own documents ({@link SurveyJson#writeGroupedSummary}, {@link
 * SurveyJson#writeTrend}), not a second form of them. The shape is stable: format 1 keeps its
 * members and meaning; a change would be format 2.
 */
public final class JourneyCxResult {
  /** The {@code kind} member of the JSON shape. */
  public static final String KIND = "journey-cx";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> SHAPE = new TypeReference<>() {};
  private static final List<String> MEMBERS = List.of("kind", "format", "map", "dimensions",
      "period", "surveys");
  private static final List<String> SURVEY_MEMBERS = List.of("id", "version", "responses",
      "byTouchpoint", "byStage", "byChannel", "byVariant", "byDimension", "trend",
      "trendByTouchpoint");

  private final JourneyCx definition;
  private final Map<String, SurveyViews> surveys;

  JourneyCxResult(JourneyCx definition, Map<String, SurveyViews> surveys) {
    this.definition = definition;
    this.surveys = Collections.unmodifiableMap(new LinkedHashMap<>(surveys));
  }

  /** @return the definition the responses were counted under */
  public JourneyCx definition() {
    return definition;
  }

  /** @return the ids of the surveys, in the definition's order; unmodifiable */
  public List<String> surveyIds() {
    return List.copyOf(surveys.keySet());
  }

  private SurveyViews views(String surveyId) {
    definition.survey(surveyId); // a result has the views of exactly its definition's surveys
    return surveys.get(surveyId);
  }

  /** @return the responses counted, of every survey */
  public long responses() {
    long sum = 0;
    for (SurveyViews views : surveys.values()) {
      sum = Sums.add("responses", sum, views.byTouchpoint().total().responses());
    }
    return sum;
  }

  /**
   * @param surveyId a survey of the definition
   * @return the summary of every response to it, with or without a touchpoint
   * @throws InvalidJourneyException if the result has no such survey
   */
  public SurveySummary total(String surveyId) {
    return views(surveyId).byTouchpoint().total();
  }

  /**
   * @param surveyId a survey of the definition
   * @return its responses by touchpoint id (key {@value JourneyCx#TOUCHPOINT}, labels the map's
   *     touchpoint ids), those without a touchpoint {@linkplain GroupedSummary#withoutKey() apart}
   * @throws InvalidJourneyException if the result has no such survey
   */
  public GroupedSummary byTouchpoint(String surveyId) {
    return views(surveyId).byTouchpoint();
  }

  /**
   * @param surveyId a survey of the definition
   * @return its responses by the stage of their touchpoint (key {@value JourneyCx#STAGE}, labels
   *     the map's stage ids), those without a touchpoint apart: the touchpoint view added up by
   *     stage (exact for every count; an open-text question's sample of texts is its
   *     touchpoints' samples one after the other, in label order)
   * @throws InvalidJourneyException if the result has no such survey
   */
  public GroupedSummary byStage(String surveyId) {
    return views(surveyId).byStage();
  }

  /**
   * @param surveyId a survey of the definition
   * @return its responses by channel id (key {@value JourneyCx#CHANNEL}): the context's channel,
   *     else the touchpoint's; those with neither apart
   * @throws InvalidJourneyException if the result has no such survey
   */
  public GroupedSummary byChannel(String surveyId) {
    return views(surveyId).byChannel();
  }

  /**
   * @param surveyId a survey of the definition
   * @return its responses by the A/B variant of their context (key {@value JourneyCx#VARIANT}),
   *     those without a variant apart
   * @throws InvalidJourneyException if the result has no such survey
   */
  public GroupedSummary byVariant(String surveyId) {
    return views(surveyId).byVariant();
  }

  /**
   * @param surveyId a survey of the definition
   * @param dimension a customer dimension of the definition, such as {@code persona}
   * @return its responses by the respondent's group (key the dimension's name), those without a
   *     respondent or group apart
   * @throws InvalidJourneyException if the result has no such survey or dimension
   */
  public GroupedSummary byGroup(String surveyId, String dimension) {
    Objects.requireNonNull(dimension, "dimension");
    GroupedSummary grouped = views(surveyId).byDimension().get(dimension);
    if (grouped == null) {
      throw new InvalidJourneyException("dimension", "\"" + dimension + "\"",
          "must be one of the dimensions of this result: " + definition.dimensions());
    }
    return grouped;
  }

  /**
   * @param surveyId a survey of the definition
   * @param view {@value JourneyCx#TOUCHPOINT}, {@value JourneyCx#STAGE}, {@value
   *     JourneyCx#CHANNEL}, {@value JourneyCx#VARIANT} or a dimension's name
   * @return the survey's responses by that view
   * @throws InvalidJourneyException if the result has no such survey or view
   */
  public GroupedSummary view(String surveyId, String view) {
    Objects.requireNonNull(view, "view");
    definition.requireView(view);
    SurveyViews views = views(surveyId);
    switch (view) {
      case JourneyCx.TOUCHPOINT:
        return views.byTouchpoint();
      case JourneyCx.STAGE:
        return views.byStage();
      case JourneyCx.CHANNEL:
        return views.byChannel();
      case JourneyCx.VARIANT:
        return views.byVariant();
      default:
        return byGroup(surveyId, view);
    }
  }

  /**
   * @param surveyId a survey of the definition
   * @return its responses by period of their {@code submittedAt}, or empty when the definition
   *     keeps no trend
   * @throws InvalidJourneyException if the result has no such survey
   */
  public Optional<Trend> trend(String surveyId) {
    return Optional.ofNullable(views(surveyId).trend());
  }

  /**
   * The trend of one touchpoint's or one stage's responses: "CX where it happens", period by
   * period, such as the weekly NPS at checkout. A stage's trend is its touchpoints' trends added.
   * Compare a period with the one before with {@link Trend#compare}.
   *
   * @param surveyId a survey of the definition
   * @param view {@value JourneyCx#TOUCHPOINT} or {@value JourneyCx#STAGE}: the views bounded by
   *     the map (a trend per customer group or variant is not kept, so that its memory stays
   *     bounded by the map and the span)
   * @param group a touchpoint id or a stage id of the map
   * @return its responses by period of their {@code submittedAt} (an empty trend when it has none),
   *     or empty when the definition keeps no trend
   * @throws InvalidJourneyException if the result has no such survey, the view is another or the
   *     stage is not one of the map
   * @throws io.cxkit.journey.UnknownTouchpointException if the touchpoint is not one of the map
   */
  public Optional<Trend> trend(String surveyId, String view, String group) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(group, "group");
    SurveyViews views = views(surveyId);
    JourneyMap map = definition.map();
    List<Touchpoint> touchpoints;
    if (view.equals(JourneyCx.TOUCHPOINT)) {
      touchpoints = List.of(map.requireTouchpoint(group));
    } else if (view.equals(JourneyCx.STAGE)) {
      if (map.stageIndex(group) < 0) {
        throw new InvalidJourneyException("group", JourneyIds.quote(group),
            "must be a stage of journey map " + JourneyIds.quote(map.id()));
      }
      touchpoints = map.touchpointsOf(group);
    } else {
      definition.requireView(view);
      throw new InvalidJourneyException("view", JourneyIds.quote(view), "trends are kept by "
          + JourneyCx.TOUCHPOINT + " and by " + JourneyCx.STAGE + " only, besides trend(surveyId)");
    }
    Map<String, Trend> byTouchpoint = views.trendByTouchpoint();
    Trend overall = views.trend();
    if (byTouchpoint == null || overall == null) {
      return Optional.empty();
    }
    Trend sum = emptyLike(overall);
    for (Touchpoint touchpoint : touchpoints) {
      Trend trend = byTouchpoint.get(touchpoint.id());
      if (trend != null) {
        sum = sum.plus(trend);
      }
    }
    return Optional.of(sum);
  }

  private Trend emptyLike(Trend trend) {
    return io.cxkit.survey.summary.TrendSummarizer.builder(trend.survey(), trend.unit(),
        trend.zone()).options(trend.options()).registry(definition.registry()).build().snapshot();
  }

  /**
   * Compares each group of a view with the rest of its groups pooled, as {@link
   * GroupedSummary#compare} does: the difference {@code group − rest} with its interval and p-value
   * by the estimate's own method, Holm-adjusted across the groups, and groups whose n is below the
   * definition's {@link JourneyCx#minimumN()} flagged.
   *
   * @param surveyId a survey of the definition
   * @param view the view whose groups to compare, as {@link #view} takes it
   * @param key the estimate, such as {@code EstimateKey.question("recommend", "nps")}
   * @return one result per group, in label order; empty with fewer than two groups
   * @throws InvalidJourneyException if the result has no such survey or view
   * @throws io.cxkit.core.InvalidValueException if the survey has no such estimate
   */
  public List<GroupResult> compare(String surveyId, String view, EstimateKey key) {
    return view(surveyId, view).compare(key, definition.minimumN());
  }

  /**
   * An A/B comparison of two variants of the responses' context, as {@link
   * GroupedSummary#compareVariants} gives it, the p-values Holm-adjusted across the keys.
   *
   * @param surveyId a survey of the definition
   * @param baseline the baseline variant, such as {@code A}
   * @param variant the variant compared with it, such as {@code B}
   * @param keys the estimates to compare, each once
   * @return one comparison per key, in the order given
   * @throws InvalidJourneyException if the result has no such survey
   * @throws io.cxkit.core.InvalidValueException if a variant has no response, the labels are equal
   *     or a key is repeated or unknown
   */
  public List<VariantComparison> compareVariants(String surveyId, String baseline, String variant,
      Collection<EstimateKey> keys) {
    return views(surveyId).byVariant().compareVariants(baseline, variant, keys);
  }

  /**
   * An A/B comparison on the survey's headline figures ({@link #headlineKeys(String)}).
   *
   * @param surveyId a survey of the definition
   * @param baseline the baseline variant
   * @param variant the variant compared with it
   * @return one comparison per headline figure, in the survey's order; empty for a survey without
   *     an NPS, CSAT, CES or goal completion question
   * @throws InvalidJourneyException if the result has no such survey
   * @throws io.cxkit.core.InvalidValueException if a variant has no response or the labels are
   *     equal
   */
  public List<VariantComparison> compareVariants(String surveyId, String baseline,
      String variant) {
    return compareVariants(surveyId, baseline, variant, headlineKeys(surveyId));
  }

  /**
   * @param surveyId a survey of the definition
   * @return the keys of its NPS, CSAT, CES and goal completion estimates ({@link CxMetric}), in
   *     the survey's order
   * @throws InvalidJourneyException if the result has no such survey
   */
  public List<EstimateKey> headlineKeys(String surveyId) {
    return CxMetric.headlineKeys(total(surveyId));
  }

  /**
   * @param other the result of other responses under an equal definition
   * @return the result of both: every summary of every view added (the stage view again the
   *     touchpoint view added up by stage)
   * @throws IncompatibleMergeException if the definitions differ
   * @throws InvalidJourneyException if the variants or the groups of a dimension of both together
   *     are more than {@link JourneyCx#maxGroups()}, as one analyzer would have refused them
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public JourneyCxResult plus(JourneyCxResult other) {
    Objects.requireNonNull(other, "other");
    if (!definition.equals(other.definition)) {
      throw new IncompatibleMergeException("JourneyCxResult", "definition", definition,
          other.definition);
    }
    Map<String, SurveyViews> sum = new LinkedHashMap<>();
    for (Map.Entry<String, SurveyViews> entry : surveys.entrySet()) {
      SurveyViews a = entry.getValue();
      SurveyViews b = other.surveys.get(entry.getKey());
      Map<String, GroupedSummary> dimensions = new LinkedHashMap<>();
      for (Map.Entry<String, GroupedSummary> d : a.byDimension().entrySet()) {
        dimensions.put(d.getKey(), d.getValue().plus(b.byDimension().get(d.getKey())));
      }
      Trend trend = a.trend() == null || b.trend() == null ? null : a.trend().plus(b.trend());
      Map<String, Trend> trends = null;
      if (a.trendByTouchpoint() != null && b.trendByTouchpoint() != null) {
        trends = new LinkedHashMap<>();
        for (Touchpoint touchpoint : definition.map().touchpoints()) {
          Trend x = a.trendByTouchpoint().get(touchpoint.id());
          Trend y = b.trendByTouchpoint().get(touchpoint.id());
          if (x != null || y != null) {
            trends.put(touchpoint.id(), x == null ? y : y == null ? x : x.plus(y));
          }
        }
      }
      GroupedSummary byVariant = a.byVariant().plus(b.byVariant());
      requireCap(entry.getKey(), JourneyCx.VARIANT, byVariant);
      dimensions.forEach((name, grouped) -> requireCap(entry.getKey(), name, grouped));
      sum.put(entry.getKey(), SurveyViews.of(definition.map(),
          a.byTouchpoint().plus(b.byTouchpoint()), a.byChannel().plus(b.byChannel()), byVariant,
          dimensions, trend, trends));
    }
    return new JourneyCxResult(definition, sum);
  }

  /**
   * The cap on the groups of a view holds for a sum as for one analyzer, so that the whole counted
   * in parts is what one analyzer would have kept (or refused) and its shape reads back.
   */
  private void requireCap(String surveyId, String view, GroupedSummary grouped) {
    if (grouped.groups().size() > definition.maxGroups()) {
      throw new InvalidJourneyException(view, grouped.groups().size() + " groups of survey "
          + JourneyIds.quote(surveyId), "the results added hold more than " + definition.maxGroups()
          + " (maxGroups) groups together, as one analyzer of all the responses would have refused");
    }
  }

  /**
   * The JSON shape of the result, for a JSON library to write:
   *
   * <pre>{@code
   * {"kind":"journey-cx","format":1,"map":"shop","dimensions":["persona"],
   *  "period":{"unit":"iso-week","zone":"Europe/Berlin"},       // null without trends
   *  "surveys":[{"id":"post-purchase","version":1,"responses":12,
   *     "byTouchpoint":{…},"byStage":{…},"byChannel":{…},"byVariant":{…},
   *     "byDimension":{"persona":{…}},"trend":{…},               // trend null without trends
   *     "trendByTouchpoint":{"checkout":{…}}}]}                  // null without trends
   * }</pre>
   *
   * Each {@code by…} member is cx-survey's grouped survey summary document ({@link
   * SurveyJson#writeGroupedSummary}, kind {@code grouped-survey-summary}, its key the view's name),
   * {@code trend} its survey trend document ({@link SurveyJson#writeTrend}), {@code
   * trendByTouchpoint} that of each touchpoint with responses, in map order; {@code responses} is
   * the survey's total, for readers that want it without the summaries.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    SurveyJson json = SurveyJson.using(definition.registry());
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("kind", KIND);
    shape.put("format", ShapeReader.FORMAT);
    shape.put("map", definition.map().id());
    shape.put("dimensions", definition.dimensions());
    shape.put("period", periodShape(definition));
    List<Object> list = new ArrayList<>();
    for (Map.Entry<String, SurveyViews> entry : surveys.entrySet()) {
      SurveyViews views = entry.getValue();
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", entry.getKey());
      s.put("version", views.byTouchpoint().survey().version());
      s.put("responses", views.byTouchpoint().total().responses());
      s.put("byTouchpoint", document(json.writeGroupedSummary(views.byTouchpoint())));
      s.put("byStage", document(json.writeGroupedSummary(views.byStage())));
      s.put("byChannel", document(json.writeGroupedSummary(views.byChannel())));
      s.put("byVariant", document(json.writeGroupedSummary(views.byVariant())));
      Map<String, Object> dimensions = new LinkedHashMap<>();
      for (Map.Entry<String, GroupedSummary> d : views.byDimension().entrySet()) {
        dimensions.put(d.getKey(), document(json.writeGroupedSummary(d.getValue())));
      }
      s.put("byDimension", Collections.unmodifiableMap(dimensions));
      s.put("trend", views.trend() == null ? null : document(json.writeTrend(views.trend())));
      Map<String, Object> trends = null;
      if (views.trendByTouchpoint() != null) {
        trends = new LinkedHashMap<>();
        for (Map.Entry<String, Trend> t : views.trendByTouchpoint().entrySet()) {
          trends.put(t.getKey(), document(json.writeTrend(t.getValue())));
        }
        trends = Collections.unmodifiableMap(trends);
      }
      s.put("trendByTouchpoint", trends);
      list.add(Collections.unmodifiableMap(s));
    }
    shape.put("surveys", Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(shape);
  }

  private static @Nullable Map<String, Object> periodShape(JourneyCx definition) {
    if (definition.period().isEmpty()) {
      return null;
    }
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("unit", definition.period().get().id());
    period.put("zone", definition.zone().orElseThrow().getId());
    return Collections.unmodifiableMap(period);
  }

  private static Map<String, Object> document(String text) {
    try {
      return Collections.unmodifiableMap(JSON.readValue(text, SHAPE));
    } catch (JsonProcessingException e) {
      // cx-survey wrote the text a moment ago: failing to read it is a bug, not bad input.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a result from the JSON shape {@link #toJsonShape()} wrote, under the definition it was
   * computed with, so that results of partitions written on other machines can be read and
   * {@linkplain #plus added}. Each summary document is read by cx-survey ({@link
   * SurveyJson#readGroupedSummary}, {@link SurveyJson#readTrend}) for its survey; besides, each must
   * be keyed by its view's name and counted with the definition's options, the labels of the
   * touchpoint, stage and channel views must be the map's touchpoints, stages and channel ids, the
   * stage view must be the touchpoint view added up by stage (exactly: it is written so), the
   * variants and each dimension must have at most {@link JourneyCx#maxGroups()} groups, and every
   * view (and the trend) must hold the same responses in all: the same counts of responses by
   * status, displays, and questions reached, answered and dropped off (not the same summaries,
   * which may differ where a question type keeps an order-dependent sample).
   *
   * @param shape the map a JSON library made of the text, such as Jackson's {@code
   *     readValue(text, Map.class)}
   * @param definition the definition the result was computed under
   * @return the result, equal to the one written
   * @throws IncompatibleMergeException if the shape's map, dimensions, period, surveys or their
   *     versions differ from the definition's
   * @throws SerialFormException naming the member path if a member is missing, unknown, mistyped,
   *     not a summary document cx-survey reads, or disagrees with the others
   */
  public static JourneyCxResult fromJsonShape(Map<String, ?> shape, JourneyCx definition) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(definition, "definition");
    ShapeReader in = ShapeReader.open(shape, KIND, MEMBERS);
    ShapeReader.sameDefinition("JourneyCxResult", "map", definition.map().id(), in.string("map"));
    ShapeReader.sameDefinition("JourneyCxResult", "dimensions", definition.dimensions(),
        in.strings("dimensions"));
    Map<String, Object> period = null;
    if (shape.get("period") != null) {
      ShapeReader p = in.object("period").exactly(List.of("unit", "zone"));
      period = new LinkedHashMap<>();
      period.put("unit", p.string("unit"));
      period.put("zone", p.string("zone"));
    }
    ShapeReader.sameDefinition("JourneyCxResult", "period", String.valueOf(periodShape(definition)),
        String.valueOf(period));
    List<ShapeReader> readers = in.objects("surveys");
    List<?> raw = (List<?>) shape.get("surveys");
    List<String> ids = new ArrayList<>();
    for (ShapeReader r : readers) {
      r.exactly(SURVEY_MEMBERS);
      ids.add(r.string("id"));
    }
    ShapeReader.sameDefinition("JourneyCxResult", "surveys", definition.surveyIds(), ids);
    SurveyJson json = SurveyJson.using(definition.registry());
    Map<String, SurveyViews> surveys = new LinkedHashMap<>();
    for (int i = 0; i < readers.size(); i++) {
      ShapeReader r = readers.get(i);
      Map<?, ?> members = (Map<?, ?>) raw.get(i);
      Survey survey = definition.survey(ids.get(i));
      ShapeReader.sameDefinition("JourneyCxResult", "surveys[" + i + "].version",
          (long) survey.version(), r.count("version"));
      SurveyViews views = readViews(in, r, members, survey, definition, json);
      r.expectCount("responses", views.byTouchpoint().total().responses(),
          "the responses of the summaries");
      surveys.put(survey.id(), views);
    }
    return new JourneyCxResult(definition, surveys);
  }

  private static SurveyViews readViews(ShapeReader in, ShapeReader r, Map<?, ?> members,
      Survey survey, JourneyCx definition, SurveyJson json) {
    GroupedSummary byTouchpoint = grouped(in, r, members, "byTouchpoint", JourneyCx.TOUCHPOINT,
        survey, definition, json);
    GroupedSummary byStage = grouped(in, r, members, "byStage", JourneyCx.STAGE, survey,
        definition, json);
    GroupedSummary byChannel = grouped(in, r, members, "byChannel", JourneyCx.CHANNEL, survey,
        definition, json);
    GroupedSummary byVariant = grouped(in, r, members, "byVariant", JourneyCx.VARIANT, survey,
        definition, json);
    JourneyMap map = definition.map();
    requireLabels(in, r.pathOf("byTouchpoint"), byTouchpoint,
        map.touchpoints().stream().map(Touchpoint::id).toList());
    requireLabels(in, r.pathOf("byStage"), byStage, map.stages().stream().map(Stage::id).toList());
    requireLabels(in, r.pathOf("byChannel"), byChannel,
        java.util.Arrays.stream(Channel.values()).map(Channel::id).toList());
    requireGroups(in, r.pathOf("byVariant"), byVariant, definition.maxGroups());
    if (!stagesOf(byTouchpoint, map).equals(byStage)) {
      throw in.fail(r.pathOf("byStage") + " must be " + r.pathOf("byTouchpoint")
          + " added up by the stage of each touchpoint");
    }
    SurveySummary total = byTouchpoint.total();
    requireTotal(in, r.pathOf("byChannel"), byChannel.total(), total);
    requireTotal(in, r.pathOf("byVariant"), byVariant.total(), total);
    ShapeReader dimensionReader = r.object("byDimension");
    Map<?, ?> dimensionMembers = (Map<?, ?>) members.get("byDimension");
    dimensionReader.exactly(definition.dimensions());
    Map<String, GroupedSummary> byDimension = new LinkedHashMap<>();
    for (String dimension : definition.dimensions()) {
      GroupedSummary grouped = grouped(in, dimensionReader, dimensionMembers, dimension, dimension,
          survey, definition, json);
      requireGroups(in, dimensionReader.pathOf(dimension), grouped, definition.maxGroups());
      requireTotal(in, dimensionReader.pathOf(dimension), grouped.total(), total);
      byDimension.put(dimension, grouped);
    }
    Trend trend = null;
    Map<String, Trend> trends = null;
    String trendPath = r.pathOf("trend");
    String trendsPath = r.pathOf("trendByTouchpoint");
    if (definition.period().isPresent()) {
      trend = trend(in, trendPath, members.get("trend"), survey, definition, json);
      requireTotal(in, trendPath, trend.total(), total);
      ShapeReader trendReader = r.object("trendByTouchpoint");
      Map<?, ?> trendMembers = (Map<?, ?>) members.get("trendByTouchpoint");
      // Exactly the touchpoints with responses, in map order, as written.
      List<String> expected = new ArrayList<>();
      for (Touchpoint touchpoint : map.touchpoints()) {
        if (byTouchpoint.groups().containsKey(touchpoint.id())) {
          expected.add(touchpoint.id());
        }
      }
      trendReader.exactly(expected);
      trends = new LinkedHashMap<>();
      for (String touchpoint : expected) {
        String path = trendReader.pathOf(touchpoint);
        Trend t = trend(in, path, trendMembers.get(touchpoint), survey, definition, json);
        requireTotal(in, path, t.total(), byTouchpoint.group(touchpoint));
        trends.put(touchpoint, t);
      }
    } else {
      for (String member : List.of("trend", "trendByTouchpoint")) {
        if (members.get(member) != null) {
          throw in.wrong(r.pathOf(member), members.get(member),
              "must be null: the definition keeps no trend");
        }
      }
    }
    return new SurveyViews(byTouchpoint, byStage, byChannel, byVariant, byDimension, trend,
        trends);
  }

  private static Trend trend(ShapeReader in, String path, @Nullable Object document,
      Survey survey, JourneyCx definition, SurveyJson json) {
    if (!(document instanceof Map<?, ?>)) {
      throw in.wrong(path, document, "must be a survey trend document: the definition keeps"
          + " trends by " + definition.period().orElseThrow().id());
    }
    Trend trend;
    try {
      trend = json.readTrend(JSON.writeValueAsString(document), survey);
    } catch (JsonProcessingException | CxException e) {
      throw in.fail(path + " is not a survey trend of survey " + survey.id() + ": "
          + e.getMessage());
    }
    ShapeReader.sameDefinition("JourneyCxResult", path + ".unit",
        definition.period().orElseThrow(), trend.unit());
    ShapeReader.sameDefinition("JourneyCxResult", path + ".zone",
        definition.zone().orElseThrow(), trend.zone());
    if (!trend.options().equals(definition.options())) {
      throw in.fail(path + ".options = " + trend.options() + ": must be the definition's "
          + definition.options());
    }
    return trend;
  }

  private static GroupedSummary grouped(ShapeReader in, ShapeReader parent, Map<?, ?> members,
      String member, String key, Survey survey, JourneyCx definition, SurveyJson json) {
    parent.object(member); // a JSON object, or the failure naming its path
    String path = parent.pathOf(member);
    GroupedSummary grouped;
    try {
      grouped = json.readGroupedSummary(JSON.writeValueAsString(members.get(member)), survey);
    } catch (JsonProcessingException | CxException e) {
      throw in.fail(path + " is not a grouped summary of survey " + survey.id() + ": "
          + e.getMessage());
    }
    if (!grouped.keyName().equals(key)) {
      throw in.fail(path + ".key = \"" + grouped.keyName() + "\": must be \"" + key + "\"");
    }
    if (!grouped.options().equals(definition.options())) {
      throw in.fail(path + ".withoutKey.options = " + grouped.options()
          + ": must be the definition's " + definition.options());
    }
    return grouped;
  }

  private static void requireLabels(ShapeReader in, String path, GroupedSummary grouped,
      List<String> allowed) {
    for (String label : grouped.groups().keySet()) {
      if (!allowed.contains(label)) {
        throw in.fail(path + ".groups label \"" + label + "\" must be one of " + allowed);
      }
    }
  }

  private static void requireGroups(ShapeReader in, String path, GroupedSummary grouped,
      int maxGroups) {
    if (grouped.groups().size() > maxGroups) {
      throw in.fail(path + ".groups holds " + grouped.groups().size() + " groups: at most "
          + maxGroups + " (maxGroups)");
    }
  }

  /**
   * Whether another view (or the trend) holds the touchpoint view's responses: the same response
   * counts by status, displays, and per question the same reached, answered and dropped-off
   * counts. Not equality of the summaries: views group the same stream differently, and a part of
   * a summary may depend on the order its parts were added in (an open-text question's first
   * texts, a mean's last bits), so a genuine result's views can differ there.
   */
  private static void requireTotal(ShapeReader in, String path, SurveySummary found,
      SurveySummary expected) {
    if (!sameResponses(found, expected)) {
      throw in.fail(path + " holds " + found.responses() + " responses in all, not those of the"
          + " touchpoint view (" + expected.responses() + "): every view counts every response");
    }
  }

  private static boolean sameResponses(SurveySummary a, SurveySummary b) {
    if (a.completions() != b.completions() || a.partials() != b.partials()
        || a.dismissals() != b.dismissals() || !a.displays().equals(b.displays())) {
      return false;
    }
    List<QuestionResult> x = a.questions();
    List<QuestionResult> y = b.questions();
    for (int i = 0; i < x.size(); i++) { // one survey version: the same questions in order
      QuestionResult p = x.get(i);
      QuestionResult q = y.get(i);
      if (p.reached() != q.reached() || p.answered() != q.answered()
          || p.droppedOff() != q.droppedOff()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The touchpoint view added up by the stage of each touchpoint: exact, since every touchpoint is
   * in one stage. Its labels must be touchpoints of the map.
   */
  static GroupedSummary stagesOf(GroupedSummary byTouchpoint, JourneyMap map) {
    Map<String, SurveySummary> stages = new LinkedHashMap<>();
    for (Map.Entry<String, SurveySummary> entry : byTouchpoint.groups().entrySet()) {
      String stage = map.requireTouchpoint(entry.getKey()).stageId();
      stages.merge(stage, entry.getValue(), SurveySummary::plus);
    }
    return GroupedSummary.of(JourneyCx.STAGE, byTouchpoint.withoutKey(), stages);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JourneyCxResult r && r.definition.equals(definition)
        && r.surveys.equals(surveys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, surveys);
  }

  @Override
  public String toString() {
    return "JourneyCxResult{map=" + definition.map().id() + ", surveys=" + surveys.keySet()
        + ", responses=" + responses() + "}";
  }
}
