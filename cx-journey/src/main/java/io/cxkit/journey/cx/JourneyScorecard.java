package io.cxkit.journey.cx;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.Stage;
import io.cxkit.journey.Touchpoint;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.analysis.ExitPoint;
import io.cxkit.journey.analysis.ExitResult;
import io.cxkit.journey.analysis.ExitStage;
import io.cxkit.journey.analysis.TrafficResult;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.internal.ShapeReader;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.GroupResult;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.summary.SurveySummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The journey scorecard: one immutable value gathering, per stage and per touchpoint of a journey
 * map (in map order, every one listed even without data), the traffic and conversion of a {@link
 * TrafficResult}, the exits of an {@link ExitResult}, and the headline CX figures — NPS, CSAT, CES
 * mean, goal completion rate, whichever each survey has — of survey summaries grouped by
 * touchpoint, each with its n and interval, compared with the rest of the touchpoints (or stages)
 * pooled with Holm's adjustment ({@link GroupedSummary#compare}), and flagged when its n is below
 * the minimum. The model behind a report; {@link #toJsonShape()} is its stable JSON form.
 *
 * <p>Every input is optional: a part whose input is absent is empty in every row, and a row whose
 * input has no data for it shows zero counts and empty estimates (never NaN). Stage rows take a
 * survey's figures from a summary grouped by stage when one is given ({@link
 * Builder#cxByStage}); otherwise they are the touchpoint groups of each stage added up, which is
 * exact since every touchpoint is in one stage. Responses that name no touchpoint are in the
 * journey-wide figures ({@link #surveys()}) and in no row.
 *
 * <p>The scorecard has no {@code fromJsonShape}: its comparisons are computed from the inputs, so
 * store and merge those (each has its own serial form) and build the scorecard again.
 */
public final class JourneyScorecard {
  private static final String KIND = "journey-scorecard";

  private final JourneyMap map;
  private final long minimumN;
  private final double level;
  private final double alpha;
  private final @Nullable TrafficResult traffic;
  private final @Nullable ExitResult exits;
  private final List<ScorecardCx> surveys;
  private final List<ScorecardStage> stages;

  private JourneyScorecard(JourneyMap map, long minimumN, double level, double alpha,
      @Nullable TrafficResult traffic, @Nullable ExitResult exits, List<ScorecardCx> surveys,
      List<ScorecardStage> stages) {
    this.map = map;
    this.minimumN = minimumN;
    this.level = level;
    this.alpha = alpha;
    this.traffic = traffic;
    this.exits = exits;
    this.surveys = surveys;
    this.stages = stages;
  }

  /**
   * @param map the journey map the scorecard is of
   * @return a builder of a scorecard over that map
   */
  public static Builder builder(JourneyMap map) {
    return new Builder(Objects.requireNonNull(map, "map"));
  }

  /** @return the journey map */
  public JourneyMap map() {
    return map;
  }

  /** @return the n below which an estimate is flagged {@link ScorecardEstimate#belowMinimum()} */
  public long minimumN() {
    return minimumN;
  }

  /** @return the confidence level of every interval, in (0, 1) */
  public double level() {
    return level;
  }

  /** @return the family-wise significance level of the group-against-rest flags, in (0, 1) */
  public double alpha() {
    return alpha;
  }

  /** @return the traffic result, when one was given */
  public Optional<TrafficResult> traffic() {
    return Optional.ofNullable(traffic);
  }

  /** @return the exit result, when one was given */
  public Optional<ExitResult> exits() {
    return Optional.ofNullable(exits);
  }

  /** @return the customers of the traffic analysis, when one was given */
  public OptionalLong customers() {
    return traffic == null ? OptionalLong.empty() : OptionalLong.of(traffic.customers());
  }

  /** @return the customers who reached the goal over all customers, when traffic with a goal was given */
  public Optional<Percentage> conversion() {
    return traffic == null ? Optional.empty() : traffic.conversion();
  }

  /**
   * @return each survey's journey-wide figures (every response, those without a touchpoint
   *     included; no comparison), in the order given; unmodifiable
   */
  public List<ScorecardCx> surveys() {
    return surveys;
  }

  /** @return every stage's row, in journey order, each with its touchpoints' rows; unmodifiable */
  public List<ScorecardStage> stages() {
    return stages;
  }

  /** @return every touchpoint's row, in map order; unmodifiable */
  public List<ScorecardTouchpoint> touchpoints() {
    List<ScorecardTouchpoint> rows = new ArrayList<>(map.touchpoints().size());
    for (ScorecardStage stage : stages) {
      rows.addAll(stage.touchpoints());
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * @param stageId a stage of the map
   * @return its row
   * @throws InvalidJourneyException if the map has no such stage
   */
  public ScorecardStage stage(String stageId) {
    Objects.requireNonNull(stageId, "stageId");
    int index = map.stageIndex(stageId);
    if (index < 0) {
      throw new InvalidJourneyException("stageId", JourneyIds.quote(stageId),
          "must be a stage of journey map " + JourneyIds.quote(map.id()));
    }
    return stages.get(index);
  }

  /**
   * @param touchpointId a touchpoint of the map
   * @return its row
   * @throws UnknownTouchpointException if the map has no such touchpoint
   */
  public ScorecardTouchpoint touchpoint(String touchpointId) {
    Objects.requireNonNull(touchpointId, "touchpointId");
    Touchpoint touchpoint = map.requireTouchpoint(touchpointId);
    for (ScorecardTouchpoint row : stage(touchpoint.stageId()).touchpoints()) {
      if (row.touchpoint().id().equals(touchpointId)) {
        return row;
      }
    }
    throw new UnknownTouchpointException("touchpointId", touchpointId, map.id());
  }

  /**
   * The scorecard as plain JSON values, the stable model of a report: {@code {"kind":
   * "journey-scorecard","format":1,"map":…,"mapName":…,"minimumN":…,"level":…,"alpha":…,
   * "customers":… or null,"conversion":{percentage} or null,"exits":… or null,"surveys":[…],
   * "stages":[…]}}: {@code surveys} each survey's journey-wide {@link ScorecardCx#toJsonShape()},
   * {@code stages} each {@link ScorecardStage#toJsonShape()} with its touchpoints nested ({@code
   * stages[i].touchpoints[j].cx[k].nps[0].value}). Counts are whole numbers, percentages and
   * estimates cx-core's shapes; a figure whose input is absent is null. Format 1 keeps these names
   * and meanings; a change would be format 2.
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("kind", KIND);
    shape.put("format", ShapeReader.FORMAT);
    shape.put("map", map.id());
    shape.put("mapName", map.name());
    shape.put("minimumN", minimumN);
    shape.put("level", level);
    shape.put("alpha", alpha);
    shape.put("customers", traffic == null ? null : traffic.customers());
    shape.put("conversion", conversion().map(Percentage::toJsonShape).orElse(null));
    shape.put("exits", exits == null ? null : exits.exits());
    shape.put("surveys", ScorecardTouchpoint.cxShape(surveys));
    List<Object> rows = new ArrayList<>(stages.size());
    for (ScorecardStage stage : stages) {
      rows.add(stage.toJsonShape());
    }
    shape.put("stages", Collections.unmodifiableList(rows));
    return Collections.unmodifiableMap(shape);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JourneyScorecard s && s.map.equals(map) && s.minimumN == minimumN
        && Double.compare(s.level, level) == 0 && Double.compare(s.alpha, alpha) == 0
        && Objects.equals(s.traffic, traffic) && Objects.equals(s.exits, exits)
        && s.surveys.equals(surveys) && s.stages.equals(stages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(map, minimumN, level, alpha, traffic, exits, surveys, stages);
  }

  /** @return e.g. {@code JourneyScorecard{map=shop, stages=3, touchpoints=6, customers=10, surveys=[checkout-nps v1]}} */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>(surveys.size());
    for (ScorecardCx survey : surveys) {
      names.add(survey.surveyId() + " v" + survey.surveyVersion());
    }
    return "JourneyScorecard{map=" + map.id() + ", stages=" + stages.size() + ", touchpoints="
        + map.touchpoints().size() + (traffic == null ? "" : ", customers=" + traffic.customers())
        + (exits == null ? "" : ", exits=" + exits.exits()) + ", surveys=" + names + "}";
  }

  /** One survey's inputs: its summary by touchpoint and, optionally, by stage. */
  private static final class SurveyInput {
    @Nullable GroupedSummary byTouchpoint;
    @Nullable GroupedSummary byStage;
  }

  /** A survey's headline estimate: its key, metric and journey-wide value. */
  private record Headline(EstimateKey key, CxMetric metric, MergeableEstimate<?> total) {}

  /**
   * Collects the inputs; traffic, exits and the options may each be given once, and each survey's
   * summary by touchpoint and by stage once. {@link #build()} checks them against the map.
   */
  public static final class Builder {
    private final JourneyMap map;
    private @Nullable TrafficResult traffic;
    private @Nullable ExitResult exits;
    private final Map<String, SurveyInput> surveys = new LinkedHashMap<>();
    private long minimumN = JourneyCx.DEFAULT_MINIMUM_N;
    private double level = 0.95;
    private double alpha = 0.05;
    private final java.util.Set<String> set = new java.util.HashSet<>();

    private Builder(JourneyMap map) {
      this.map = map;
    }

    private void once(String setting) {
      if (!set.add(setting)) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    /**
     * @param traffic the traffic and conversion of the map's touchpoints and stages
     * @return this builder
     * @throws IllegalStateException if traffic was already given
     */
    public Builder traffic(TrafficResult traffic) {
      Objects.requireNonNull(traffic, "traffic");
      once("traffic");
      this.traffic = traffic;
      return this;
    }

    /**
     * @param exits the exit points of the map's customers
     * @return this builder
     * @throws IllegalStateException if exits were already given
     */
    public Builder exits(ExitResult exits) {
      Objects.requireNonNull(exits, "exits");
      once("exits");
      this.exits = exits;
      return this;
    }

    /**
     * Adds a survey's figures per touchpoint: its responses grouped by {@link
     * io.cxkit.survey.summary.GroupKey#touchpoint()}.
     *
     * @param byTouchpoint a grouped summary whose key is named {@code touchpoint}
     * @return this builder
     * @throws IllegalStateException if a summary by touchpoint of that survey version was already
     *     given (add partial summaries with {@link GroupedSummary#plus} first)
     */
    public Builder cx(GroupedSummary byTouchpoint) {
      Objects.requireNonNull(byTouchpoint, "byTouchpoint");
      SurveyInput input = input(byTouchpoint);
      if (input.byTouchpoint != null) {
        throw new IllegalStateException("cx of survey " + name(byTouchpoint)
            + " was already given; add the summaries with GroupedSummary.plus first");
      }
      input.byTouchpoint = byTouchpoint;
      return this;
    }

    /**
     * Adds a survey's figures per stage, used for the stage rows instead of adding up its
     * touchpoint groups: responses grouped by a key named {@code stage} whose groups are stage ids.
     *
     * @param byStage a grouped summary whose key is named {@code stage}
     * @return this builder
     * @throws IllegalStateException if a summary by stage of that survey version was already given
     */
    public Builder cxByStage(GroupedSummary byStage) {
      Objects.requireNonNull(byStage, "byStage");
      SurveyInput input = input(byStage);
      if (input.byStage != null) {
        throw new IllegalStateException("cxByStage of survey " + name(byStage)
            + " was already given; add the summaries with GroupedSummary.plus first");
      }
      input.byStage = byStage;
      return this;
    }

    /**
     * Adds every survey of a {@link JourneyCxResult}: its figures by touchpoint and by stage, as
     * {@link #cx(GroupedSummary)} and {@link #cxByStage(GroupedSummary)} each would.
     *
     * <p>The scorecard flags and compares by its own {@link #minimumN(long)} (default {@value
     * JourneyCx#DEFAULT_MINIMUM_N}), not by the result's definition's: give {@code
     * minimumN(result.definition().minimumN())} to flag the rows as {@link JourneyCxResult#compare}
     * does.
     *
     * @param result responses joined to this map by {@link JourneyCxAnalyzer}
     * @return this builder
     * @throws IncompatibleMergeException if the result was counted over another map
     * @throws IllegalStateException if one of its surveys was already given
     */
    public Builder cx(JourneyCxResult result) {
      Objects.requireNonNull(result, "result");
      if (!result.definition().map().equals(map)) {
        throw new IncompatibleMergeException("JourneyScorecard", "map",
            result.definition().map().id(), map.id());
      }
      for (String surveyId : result.surveyIds()) {
        cx(result.byTouchpoint(surveyId));
        cxByStage(result.byStage(surveyId));
      }
      return this;
    }

    private SurveyInput input(GroupedSummary summary) {
      return surveys.computeIfAbsent(name(summary), k -> new SurveyInput());
    }

    private static String name(GroupedSummary summary) {
      return summary.survey().id() + " version " + summary.survey().version();
    }

    /**
     * @param minimumN the n below which an estimate is flagged (default 30, a common rule of thumb;
     *     there is no universal one, see {@link GroupedSummary#compare}); ≥ 0, checked by {@link
     *     #build()}
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder minimumN(long minimumN) {
      once("minimumN");
      this.minimumN = minimumN;
      return this;
    }

    /**
     * @param level the confidence level of the intervals (default 0.95), in (0, 1)
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder level(double level) {
      once("level");
      this.level = level;
      return this;
    }

    /**
     * @param alpha the family-wise significance level of the comparisons with the rest (default
     *     0.05), in (0, 1)
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder alpha(double alpha) {
      once("alpha");
      this.alpha = alpha;
      return this;
    }

    /**
     * @return the scorecard
     * @throws IncompatibleMergeException if the traffic or exit result is of another map, or a
     *     survey's summaries by touchpoint and by stage are of different definitions or options
     * @throws InvalidJourneyException if the minimum n is negative, the level or alpha is not in
     *     (0, 1), a summary is keyed by something other than {@code touchpoint} ({@link #cx}) or
     *     {@code stage} ({@link #cxByStage}), or a stage group is no stage of the map
     * @throws UnknownTouchpointException if a touchpoint group is no touchpoint of the map
     */
    public JourneyScorecard build() {
      if (minimumN < 0) {
        throw new InvalidJourneyException("minimumN", minimumN, "must be a count ≥ 0");
      }
      if (!(level > 0 && level < 1)) {
        throw new InvalidJourneyException("level", level, "must be in (0, 1), such as 0.95");
      }
      if (!(alpha > 0 && alpha < 1)) {
        throw new InvalidJourneyException("alpha", alpha, "must be in (0, 1), such as 0.05");
      }
      if (traffic != null) {
        sameMap("traffic", traffic.definition().map());
      }
      if (exits != null) {
        sameMap("exits", exits.definition().map());
      }
      List<ScorecardCx> totals = new ArrayList<>();
      List<List<ScorecardCx>> touchpointCx = new ArrayList<>();
      List<List<ScorecardCx>> stageCx = new ArrayList<>();
      for (int t = 0; t < map.touchpoints().size(); t++) {
        touchpointCx.add(new ArrayList<>());
      }
      for (int s = 0; s < map.stages().size(); s++) {
        stageCx.add(new ArrayList<>());
      }
      for (SurveyInput input : surveys.values()) {
        GroupedSummary byTouchpoint = input.byTouchpoint;
        GroupedSummary byStage = input.byStage;
        if (byTouchpoint != null) {
          checkTouchpoints(byTouchpoint);
        }
        if (byStage != null) {
          checkStages(byStage);
        }
        if (byTouchpoint != null && byStage != null) {
          sameSurvey(byTouchpoint, byStage);
        }
        if (byStage == null) {
          byStage = JourneyCxResult.stagesOf(Objects.requireNonNull(byTouchpoint), map);
        }
        SurveySummary total = (byTouchpoint != null ? byTouchpoint : byStage).total();
        List<Headline> headlines = headlines(total);
        List<ScorecardEstimate> totalEstimates = new ArrayList<>();
        for (Headline h : headlines) {
          totalEstimates.add(new ScorecardEstimate(h.metric(), keyQuestion(h.key()), h.total(),
              level, Optional.empty(), java.util.OptionalDouble.empty(), false,
              h.total().n() < minimumN));
        }
        totals.add(new ScorecardCx(total.survey().id(), total.survey().version(),
            total.responses(), totalEstimates));
        if (byTouchpoint != null) {
          Map<EstimateKey, Map<String, GroupResult>> compared = compare(byTouchpoint, headlines);
          for (int t = 0; t < map.touchpoints().size(); t++) {
            touchpointCx.get(t).add(row(byTouchpoint, map.touchpoints().get(t).id(), headlines,
                compared));
          }
        }
        Map<EstimateKey, Map<String, GroupResult>> compared = compare(byStage, headlines);
        for (int s = 0; s < map.stages().size(); s++) {
          stageCx.get(s).add(row(byStage, map.stages().get(s).id(), headlines, compared));
        }
      }
      List<ScorecardStage> stageRows = new ArrayList<>(map.stages().size());
      for (int s = 0; s < map.stages().size(); s++) {
        Stage stage = map.stages().get(s);
        List<ScorecardTouchpoint> rows = new ArrayList<>();
        long stageExits = 0;
        for (Touchpoint touchpoint : map.touchpointsOf(stage.id())) {
          int t = map.touchpointIndex(touchpoint.id());
          Optional<ExitPoint> exit = exits == null ? Optional.empty()
              : Optional.of(exits.exitPoint(touchpoint.id()));
          stageExits += exit.map(ExitPoint::exits).orElse(0L); // ≤ all exits: no overflow
          rows.add(new ScorecardTouchpoint(touchpoint,
              traffic == null ? Optional.empty() : Optional.of(traffic.touchpoint(touchpoint.id())),
              exit, touchpointCx.get(t)));
        }
        Optional<ExitStage> exit = exits == null ? Optional.empty()
            : Optional.of(new ExitStage(stage, stageExits, Percentage.of(stageExits,
                exits.exits())));
        stageRows.add(new ScorecardStage(stage,
            traffic == null ? Optional.empty() : Optional.of(traffic.stage(stage.id())), exit,
            stageCx.get(s), rows));
      }
      return new JourneyScorecard(map, minimumN, level, alpha, traffic, exits,
          List.copyOf(totals), List.copyOf(stageRows));
    }

    private void sameMap(String what, JourneyMap other) {
      if (!other.equals(map)) {
        throw new IncompatibleMergeException("JourneyScorecard", "map",
            JourneyIds.quote(map.id()) + " (the scorecard's)",
            JourneyIds.quote(other.id()) + " (the " + what + " result's"
                + (other.id().equals(map.id()) ? ", another definition of that id)" : ")"));
      }
    }

    private void checkTouchpoints(GroupedSummary summary) {
      if (!summary.keyName().equals(JourneyCx.TOUCHPOINT)) {
        throw new InvalidJourneyException("cx.keyName", JourneyIds.quote(summary.keyName()),
            "must be \"touchpoint\": group the responses of survey " + name(summary)
                + " with GroupKey.touchpoint()");
      }
      for (String label : summary.groups().keySet()) {
        if (map.touchpointIndex(label) < 0) {
          throw new UnknownTouchpointException("cx.groups", label, map.id());
        }
      }
    }

    private void checkStages(GroupedSummary summary) {
      if (!summary.keyName().equals(JourneyCx.STAGE)) {
        throw new InvalidJourneyException("cxByStage.keyName", JourneyIds.quote(summary.keyName()),
            "must be \"stage\": group the responses of survey " + name(summary)
                + " by a key named stage whose groups are stage ids");
      }
      for (String label : summary.groups().keySet()) {
        if (map.stageIndex(label) < 0) {
          throw new InvalidJourneyException("cxByStage.groups", JourneyIds.quote(label),
              "must be a stage of journey map " + JourneyIds.quote(map.id()));
        }
      }
    }

    private static void sameSurvey(GroupedSummary a, GroupedSummary b) {
      if (!a.survey().equals(b.survey())) {
        throw new IncompatibleMergeException("JourneyScorecard", "survey definition",
            name(a) + " (cx)", "a different definition (cxByStage)");
      }
      if (!a.options().equals(b.options())) {
        throw new IncompatibleMergeException("JourneyScorecard", "options",
            a.options() + " (cx)", b.options() + " (cxByStage)");
      }
    }

    private static List<Headline> headlines(SurveySummary total) {
      List<Headline> headlines = new ArrayList<>();
      CxMetric.headlines(total).forEach((key, metric) ->
          headlines.add(new Headline(key, metric, total.estimate(key))));
      return headlines;
    }

    private static String keyQuestion(EstimateKey key) {
      return Objects.requireNonNull(key.questionId(), "questionId");
    }

    private Map<EstimateKey, Map<String, GroupResult>> compare(GroupedSummary summary,
        List<Headline> headlines) {
      Map<EstimateKey, Map<String, GroupResult>> compared = new HashMap<>();
      for (Headline h : headlines) {
        Map<String, GroupResult> byGroup = new HashMap<>();
        for (GroupResult result : summary.compare(h.key(), minimumN)) {
          byGroup.put(result.group(), result);
        }
        compared.put(h.key(), byGroup);
      }
      return compared;
    }

    private ScorecardCx row(GroupedSummary summary, String label, List<Headline> headlines,
        Map<EstimateKey, Map<String, GroupResult>> compared) {
      SurveySummary group = summary.groups().get(label);
      List<ScorecardEstimate> estimates = new ArrayList<>(headlines.size());
      for (Headline h : headlines) {
        MergeableEstimate<?> estimate = group != null ? group.estimate(h.key())
            : h.metric().emptyLike(h.total());
        GroupResult result = compared.get(h.key()).get(label);
        estimates.add(result == null
            ? new ScorecardEstimate(h.metric(), keyQuestion(h.key()), estimate, level,
                Optional.empty(), java.util.OptionalDouble.empty(), false,
                estimate.n() < minimumN)
            : new ScorecardEstimate(h.metric(), keyQuestion(h.key()), estimate, level,
                result.comparison(), result.adjustedPValue(), result.isSignificant(alpha),
                result.belowMinimum()));
      }
      return new ScorecardCx(summary.survey().id(), summary.survey().version(),
          group == null ? 0 : group.responses(), estimates);
    }
  }
}
