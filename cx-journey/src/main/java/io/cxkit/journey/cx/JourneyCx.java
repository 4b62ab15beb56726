package io.cxkit.journey.cx;

import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.PersonaClassifier;
import io.cxkit.journey.profile.ProfileGrouping;
import io.cxkit.journey.profile.ProfileGroups;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Survey;
import io.cxkit.survey.summary.Period;
import io.cxkit.survey.summary.SummaryOptions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The definition of a join of survey responses to a journey map and its customers: which surveys
 * are counted (a post-purchase NPS, a CES after support, a CSAT after delivery), which customer
 * dimensions break them down (persona, segment), the period of the trends, and the minimum n below
 * which a group is flagged. Immutable; {@link JourneyCxAnalyzer#of(JourneyCx)} counts responses
 * under it into a {@link JourneyCxResult}.
 *
 * <p>Every survey is summarised by touchpoint ({@value #TOUCHPOINT}: the response context's
 * touchpoint id), by stage ({@value #STAGE}: that touchpoint's stage), by channel ({@value
 * #CHANNEL}: the context's channel when set, else the touchpoint's), by A/B variant ({@value
 * #VARIANT}: the context's variant) and by each customer dimension (the group of the respondent's
 * id). These five kinds of breakdown are the <em>views</em> of a survey; each is a cx-survey {@link
 * io.cxkit.survey.summary.GroupedSummary}.
 *
 * <p>Two definitions are equal when their map, surveys, dimension names, period, zone, options,
 * minimum n and cap on groups are: the {@link CustomerGroups} behind a dimension and the question
 * type registry are functions and take no part, so that partitions counted on other machines under
 * definitions built the same way merge.
 */
public final class JourneyCx {
  /** The view by touchpoint id, whose key name is {@code touchpoint}. */
  public static final String TOUCHPOINT = "touchpoint";
  /** The view by stage id, whose key name is {@code stage}. */
  public static final String STAGE = "stage";
  /** The view by channel id, whose key name is {@code channel}. */
  public static final String CHANNEL = "channel";
  /** The view by A/B variant, whose key name is {@code variant}. */
  public static final String VARIANT = "variant";
  /** The dimension {@link Builder#personas} adds: {@code persona}. */
  public static final String PERSONA = "persona";
  /** The default minimum n below which a group is flagged. */
  public static final long DEFAULT_MINIMUM_N = 30;
  /** The default most groups of a customer dimension or of the variants, per survey. */
  public static final int DEFAULT_MAX_GROUPS = 1_000;

  private static final Set<String> RESERVED = Set.of(TOUCHPOINT, STAGE, CHANNEL, VARIANT);

  private final JourneyMap map;
  private final Map<String, Survey> surveys;
  private final Map<String, CustomerGroups> dimensions;
  private final @Nullable Period period;
  private final @Nullable ZoneId zone;
  private final long minimumN;
  private final int maxGroups;
  private final SummaryOptions options;
  private final QuestionTypeRegistry registry;

  private JourneyCx(Builder builder) {
    this.map = builder.map;
    this.surveys = Collections.unmodifiableMap(new LinkedHashMap<>(builder.surveys));
    this.dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(builder.dimensions));
    this.period = builder.period;
    this.zone = builder.zone;
    this.minimumN = builder.minimumN;
    this.maxGroups = builder.maxGroups;
    this.options = builder.options;
    this.registry = builder.registry;
  }

  /**
   * @param map the journey map whose touchpoints the responses name
   * @return a builder; at least one survey must be given
   */
  public static Builder builder(JourneyMap map) {
    return new Builder(Objects.requireNonNull(map, "map"));
  }

  /** @return the journey map */
  public JourneyMap map() {
    return map;
  }

  /** @return the surveys counted, in the order given; unmodifiable */
  public List<Survey> surveys() {
    return List.copyOf(surveys.values());
  }

  /** @return the ids of the surveys counted, in the order given; unmodifiable */
  public List<String> surveyIds() {
    return List.copyOf(surveys.keySet());
  }

  /**
   * @param surveyId a survey's id
   * @return the survey of that id
   * @throws InvalidJourneyException if the definition has no such survey, naming those it has
   */
  public Survey survey(String surveyId) {
    Objects.requireNonNull(surveyId, "surveyId");
    Survey survey = surveys.get(surveyId);
    if (survey == null) {
      throw new InvalidJourneyException("surveyId", JourneyIds.quote(surveyId),
          "must be one of the surveys of this definition: " + surveys.keySet());
    }
    return survey;
  }

  /** @return the names of the customer dimensions, such as {@code persona}, in the order given */
  public List<String> dimensions() {
    return List.copyOf(dimensions.keySet());
  }

  /** @return the groups of each dimension, in the order given */
  Map<String, CustomerGroups> dimensionGroups() {
    return dimensions;
  }

  /**
   * @param view a view: {@value #TOUCHPOINT}, {@value #STAGE}, {@value #CHANNEL}, {@value #VARIANT}
   *     or a dimension's name
   * @throws InvalidJourneyException if it is none of them, naming those there are
   */
  void requireView(String view) {
    if (!RESERVED.contains(view) && !dimensions.containsKey(view)) {
      List<String> views = new ArrayList<>(List.of(TOUCHPOINT, STAGE, CHANNEL, VARIANT));
      views.addAll(dimensions.keySet());
      throw new InvalidJourneyException("view", JourneyIds.quote(view),
          "must be one of the views of this definition: " + views);
    }
  }

  /** @return the kind of period of the trends, or empty when no trend is kept */
  public Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  /** @return the zone whose calendar the periods follow, or empty when no trend is kept */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /** @return the n below which a group is flagged as too few to act on */
  public long minimumN() {
    return minimumN;
  }

  /** @return the most groups of a customer dimension or of the variants, per survey */
  public int maxGroups() {
    return maxGroups;
  }

  /** @return how responses are counted */
  public SummaryOptions options() {
    return options;
  }

  /** @return the question types of the surveys */
  public QuestionTypeRegistry registry() {
    return registry;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JourneyCx d && d.map.equals(map) && d.surveys.equals(surveys)
        && d.dimensions.keySet().equals(dimensions.keySet()) && Objects.equals(d.period, period)
        && Objects.equals(d.zone, zone) && d.minimumN == minimumN && d.maxGroups == maxGroups
        && d.options.equals(options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(map, surveys, dimensions.keySet(), period, zone, minimumN, maxGroups,
        options);
  }

  @Override
  public String toString() {
    return "JourneyCx{map=" + map.id() + ", surveys=" + surveys.keySet() + ", dimensions="
        + dimensions.keySet() + (period == null ? "" : ", period=" + period.id() + " in " + zone)
        + ", minimumN=" + minimumN + ", maxGroups=" + maxGroups + "}";
  }

  /** Builds a {@link JourneyCx}; each setting but the surveys and dimensions may be given once. */
  public static final class Builder {
    private final JourneyMap map;
    private final Map<String, Survey> surveys = new LinkedHashMap<>();
    private final Map<String, CustomerGroups> dimensions = new LinkedHashMap<>();
    private final Set<String> set = new HashSet<>();
    private final List<InvalidJourneyException> problems = new ArrayList<>();
    private @Nullable Period period;
    private @Nullable ZoneId zone;
    private long minimumN = DEFAULT_MINIMUM_N;
    private int maxGroups = DEFAULT_MAX_GROUPS;
    private SummaryOptions options = SummaryOptions.DEFAULT;
    private QuestionTypeRegistry registry = QuestionTypeRegistry.standard();

    private Builder(JourneyMap map) {
      this.map = map;
    }

    private void once(String setting) {
      if (!set.add(setting)) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    /**
     * Adds surveys to count; a response is routed to the survey of its {@code surveyId}. One
     * version per survey id: responses to another version are refused as cx-survey refuses them.
     *
     * @param surveys one or more surveys; checked by {@link #build()}: no id twice
     * @return this builder
     */
    public Builder survey(Survey... surveys) {
      Objects.requireNonNull(surveys, "surveys");
      for (Survey survey : surveys) {
        Objects.requireNonNull(survey, "surveys[]");
        if (this.surveys.putIfAbsent(survey.id(), survey) != null) {
          problems.add(new InvalidJourneyException("surveys", JourneyIds.quote(survey.id()),
              "is given twice; give each survey id once, in one version"));
        }
      }
      return this;
    }

    /**
     * Adds a customer dimension: each response goes to the group of its respondent's id; a
     * response without a respondent id, or whose respondent has no group, counts in the totals and
     * the other views only.
     *
     * @param dimension the dimension's name, such as {@code persona} or {@code segment}; an id,
     *     not one of the views {@value #TOUCHPOINT}, {@value #STAGE}, {@value #CHANNEL}, {@value
     *     #VARIANT}, given once; checked by {@link #build()}
     * @param groups the group of each customer id
     * @return this builder
     */
    public Builder groups(String dimension, CustomerGroups groups) {
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(groups, "groups");
      if (!JourneyIds.isId(dimension)) {
        problems.add(new InvalidJourneyException("dimension", JourneyIds.quote(dimension),
            JourneyIds.ID_RULE));
      } else if (RESERVED.contains(dimension)) {
        problems.add(new InvalidJourneyException("dimension", JourneyIds.quote(dimension),
            "is the name of a view every survey has; name the dimension otherwise"));
      } else if (dimensions.putIfAbsent(dimension, groups) != null) {
        problems.add(new InvalidJourneyException("dimension", JourneyIds.quote(dimension),
            "is given twice"));
      }
      return this;
    }

    /**
     * Adds a dimension of the profiles' groups: each profile is grouped once, here, by {@link
     * ProfileGroups#collect}.
     *
     * @param dimension the dimension's name, as {@link #groups} takes it
     * @param grouping how to group a profile, such as {@link
     *     io.cxkit.journey.profile.Segmentation#asOf}'s
     * @param profiles the customers' profiles, each customer once
     * @return this builder
     * @throws InvalidJourneyException if a customer's profile is given twice, or the grouping
     *     refuses a profile
     */
    public Builder groups(String dimension, ProfileGrouping grouping,
        Iterable<CustomerProfile> profiles) {
      Objects.requireNonNull(grouping, "grouping");
      Objects.requireNonNull(profiles, "profiles");
      return groups(dimension, ProfileGroups.collect(grouping, profiles));
    }

    /**
     * Adds the dimension {@value #PERSONA}: each customer's persona by the classifier (a customer
     * matching no persona has no group).
     *
     * @param classifier the persona classifier
     * @param profiles the customers' profiles, each customer once
     * @return this builder
     * @throws InvalidJourneyException if a customer's profile is given twice
     */
    public Builder personas(PersonaClassifier classifier, Iterable<CustomerProfile> profiles) {
      return groups(PERSONA, classifier, profiles);
    }

    /**
     * Keeps a trend of every survey, overall and per touchpoint and stage: each response in the
     * period of its {@code submittedAt} in {@code zone} (see {@link JourneyCxResult#trend(String,
     * String, String)}).
     *
     * @param period the kind of period
     * @param zone the zone whose calendar the periods follow
     * @return this builder
     * @throws IllegalStateException if the period was already set
     */
    public Builder period(Period period, ZoneId zone) {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(zone, "zone");
      once("period");
      this.period = period;
      this.zone = zone;
      return this;
    }

    /**
     * @param minimumN the n below which a group is flagged, ≥ 0 (default {@value
     *     JourneyCx#DEFAULT_MINIMUM_N}); checked by {@link #build()}
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder minimumN(long minimumN) {
      once("minimumN");
      this.minimumN = minimumN;
      return this;
    }

    /**
     * @param maxGroups the most groups a customer dimension or the variants may open per survey,
     *     ≥ 1 (default {@value JourneyCx#DEFAULT_MAX_GROUPS}); checked by {@link #build()}.
     *     Touchpoints, stages and channels are bounded by the map and need no cap
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder maxGroups(int maxGroups) {
      once("maxGroups");
      this.maxGroups = maxGroups;
      return this;
    }

    /**
     * @param options how to count (default {@link SummaryOptions#DEFAULT})
     * @return this builder
     * @throws IllegalStateException if the options were already set
     */
    public Builder options(SummaryOptions options) {
      Objects.requireNonNull(options, "options");
      once("options");
      this.options = options;
      return this;
    }

    /**
     * @param registry the question types of the surveys (default the standard registry)
     * @return this builder
     * @throws IllegalStateException if the registry was already set
     */
    public Builder registry(QuestionTypeRegistry registry) {
      Objects.requireNonNull(registry, "registry");
      once("registry");
      this.registry = registry;
      return this;
    }

    /**
     * @return the definition
     * @throws InvalidJourneyException if no survey was given, a survey id or dimension was given
     *     twice, a dimension's name is malformed or reserved, {@code minimumN} is negative or
     *     {@code maxGroups} below 1 (the first problem found)
     * @throws io.cxkit.survey.UnknownQuestionTypeException if a survey's question type is not in
     *     the registry
     */
    public JourneyCx build() {
      if (!problems.isEmpty()) {
        throw problems.get(0);
      }
      if (surveys.isEmpty()) {
        throw new InvalidJourneyException("surveys", "none",
            "give at least one survey whose responses to join to the map");
      }
      if (minimumN < 0) {
        throw new InvalidJourneyException("minimumN", minimumN, "must be a count ≥ 0");
      }
      if (maxGroups < 1) {
        throw new InvalidJourneyException("maxGroups", maxGroups, "must be ≥ 1");
      }
      for (Survey survey : surveys.values()) {
        survey.questions().forEach(registry::typeOf);
      }
      return new JourneyCx(this);
    }
  }
}
