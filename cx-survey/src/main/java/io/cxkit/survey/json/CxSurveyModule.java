package io.cxkit.survey.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.annotation.JsonTypeResolver;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.cxkit.core.Ces;
import io.cxkit.core.CesVariant;
import io.cxkit.core.Csat;
import io.cxkit.core.GoalCompletion;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.Nps;
import io.cxkit.core.NpsVariant;
import io.cxkit.core.ReasonBreakdown;
import io.cxkit.core.ScoreDistribution;
import io.cxkit.core.stats.Mean;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.condition.AllOf;
import io.cxkit.survey.condition.AnyOf;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Not;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.summary.SummaryOptions;
import io.cxkit.survey.summary.SurveySummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Jackson module of cx-survey: questions and answers are polymorphic by a {@code "type"} member
 * holding the question type's id ({@code "nps"}), never a class name, for every type of the
 * registry it is built from; each type's {@link QuestionType#configureJson} adds its own extras.
 *
 * <p>It also fixes the JSON forms of the model: survey and response documents carry {@code
 * "formatVersion": 1} first; locales are BCP 47 tags ({@code "ru-RU"}); instants are ISO-8601 text
 * in UTC; a {@link LocalizedText} is an object of tag to text; enums are written as their ids
 * ({@code "exit-feedback"}, {@code "not-achieved"}), and so is every enum that follows the same
 * convention (a public {@code String id()} and a static {@code ofId(String)}); null members are left
 * out. Question and answer records are bound by their components, in component order, so a helper
 * method such as {@code isWide()} never becomes a member; no component may be named {@code type}.
 *
 * <p>A {@link Condition} (declared as the interface or as one of its records) is {@code {"allOf":
 * […]}}, {@code {"anyOf": […]}}, {@code {"not": {…}}} or a comparison {@code {"answer": "nps",
 * "operator": "in-range", "min": 0, "max": 6}} whose operand kind is any member name but the
 * reserved ones; a {@link RoutingRule} is {@code {"after": "nps", "when": {…}, "goTo": "why"}} or
 * {@code {…, "endSurvey": true}}; see {@link SurveyJson#readCondition(String)}. A survey read is
 * {@linkplain Survey#verify verified} against this module's registry.
 *
 * <p>A {@link SurveySummary} is the document of {@link SurveyJson#writeSummary}, read only through
 * {@link SurveyJson#readSummary(String, Survey)}, which knows the survey it summarises; each
 * question's summary is bound by databind like questions and answers (records by their
 * components), and the cx-core values summaries hold ({@link ScoreDistribution}, {@link Nps},
 * {@link Csat}, {@link Ces}, {@link GoalCompletion}, {@link ReasonBreakdown}, {@link Percentage},
 * {@link Mean}) are written as their {@code toJsonShape()} and read with {@code
 * fromJsonShape(Map)}, refusing members the shape does not have.
 *
 * <p>An unknown type id fails with {@link io.cxkit.survey.UnknownQuestionTypeException} naming the
 * id, its JSON path with line and column, and the registered ids. For strict reading (unknown
 * members, wrong JSON types, duplicate keys) and errors that are all {@link
 * io.cxkit.core.CxException}s, use {@link SurveyJson}, which configures a mapper with this module.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CxSurveyModule(registry));
 * }</pre>
 */
public final class CxSurveyModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private final transient QuestionTypeRegistry registry;
  private final transient List<Class<?>> boundClasses = new ArrayList<>();

  /** Makes questions and answers polymorphic by the id in their {@code "type"} member. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonTypeResolver(ObjectTypeIds.class)
  private interface TypedByTypeId {}

  /**
   * @param registry the question types to bind: their ids name questions and answers in JSON
   */
  public CxSurveyModule(QuestionTypeRegistry registry) {
    super("CxSurveyModule");
    this.registry = Objects.requireNonNull(registry, "registry");
    setMixInAnnotation(Question.class, TypedByTypeId.class);
    setMixInAnnotation(Answer.class, TypedByTypeId.class);

    IdEnums.register(this, SurveyKind.class, "survey kind", SurveyKind::id);
    IdEnums.register(this, Channel.class, "channel", Channel::id);
    IdEnums.register(this, ResponseStatus.class, "response status", ResponseStatus::id);
    IdEnums.register(this, NpsVariant.class, "NPS variant", NpsVariant::id);
    IdEnums.register(this, CesVariant.class, "CES variant", CesVariant::id);
    IdEnums.register(this, GoalOutcome.class, "goal outcome", GoalOutcome::id);
    addSerializer(Locale.class, new Values.LocaleSerializer());
    addDeserializer(Locale.class, new Values.LocaleDeserializer());
    addSerializer(Instant.class, new Values.InstantSerializer());
    addDeserializer(Instant.class, new Values.InstantDeserializer());
    addSerializer(LocalizedText.class, new Values.LocalizedTextSerializer());
    addDeserializer(LocalizedText.class, new Values.LocalizedTextDeserializer());
    addSerializer(Survey.class, new SurveySerde.Serializer(registry));
    addDeserializer(Survey.class, new SurveySerde.Deserializer(registry));
    addSerializer(RoutingRule.class, new RoutingSerde.Serializer());
    addDeserializer(RoutingRule.class, new RoutingSerde.Deserializer());
    ConditionSerde.Serializer conditions = new ConditionSerde.Serializer();
    addSerializer(Condition.class, conditions);
    addSerializer(AllOf.class, conditions);
    addSerializer(AnyOf.class, conditions);
    addSerializer(Not.class, conditions);
    addSerializer(Comparison.class, conditions);
    addDeserializer(Condition.class, new ConditionSerde.Deserializer());
    addDeserializer(AllOf.class, new ConditionSerde.Typed<>(AllOf.class,
        "an allOf condition ({\"allOf\": […]})"));
    addDeserializer(AnyOf.class, new ConditionSerde.Typed<>(AnyOf.class,
        "an anyOf condition ({\"anyOf\": […]})"));
    addDeserializer(Not.class, new ConditionSerde.Typed<>(Not.class, "a not condition ({\"not\": {…}})"));
    addDeserializer(Comparison.class, new ConditionSerde.Typed<>(Comparison.class,
        "a comparison ({\"answer\": \"q1\", \"operator\": …})"));
    addSerializer(Response.class, new ResponseSerde.Serializer(registry));
    addDeserializer(Response.class, new ResponseSerde.Deserializer());
    addSerializer(ResponseContext.class, new ResponseSerde.ContextSerializer());
    addDeserializer(ResponseContext.class, new ResponseSerde.ContextDeserializer());

    addSerializer(SurveySummary.class, new SummarySerde.Serializer());
    addDeserializer(SurveySummary.class, new SummarySerde.Deserializer(registry));
    addSerializer(io.cxkit.survey.summary.GroupedSummary.class, new GroupedSerde.GroupedSerializer());
    addDeserializer(io.cxkit.survey.summary.GroupedSummary.class,
        new GroupedSerde.GroupedDeserializer());
    addSerializer(io.cxkit.survey.summary.Trend.class, new GroupedSerde.TrendSerializer());
    addDeserializer(io.cxkit.survey.summary.Trend.class, new GroupedSerde.TrendDeserializer(registry));
    addSerializer(SummaryOptions.class, new SummarySerde.OptionsSerializer());
    addDeserializer(SummaryOptions.class, new SummarySerde.OptionsDeserializer());
    shape(ScoreDistribution.class, ScoreDistribution::toJsonShape, ScoreDistribution::fromJsonShape,
        "a score distribution ({\"format\": 1, \"kind\": \"score-distribution\", …})",
        "scale", "counts");
    shape(Nps.class, Nps::toJsonShape, Nps::fromJsonShape,
        "an NPS ({\"format\": 1, \"kind\": \"nps\", …})",
        "variant", "promoters", "passives", "detractors");
    shape(Csat.class, Csat::toJsonShape, Csat::fromJsonShape,
        "a CSAT ({\"format\": 1, \"kind\": \"csat\", …})", "threshold", "scale", "counts");
    shape(Ces.class, Ces::toJsonShape, Ces::fromJsonShape,
        "a CES ({\"format\": 1, \"kind\": \"ces\", …})", "variant", "scale", "counts");
    shape(GoalCompletion.class, GoalCompletion::toJsonShape, GoalCompletion::fromJsonShape,
        "a goal completion ({\"format\": 1, \"kind\": \"goal-completion\", …})",
        "fully", "partially", "notAchieved", "reasons");
    shape(ReasonBreakdown.class, ReasonBreakdown::toJsonShape, ReasonBreakdown::fromJsonShape,
        "a reason breakdown ({\"format\": 1, \"kind\": \"reason-breakdown\", …})",
        "respondents", "counts");
    shape(Percentage.class, Percentage::toJsonShape, Percentage::fromJsonShape,
        "a percentage ({\"format\": 1, \"kind\": \"percentage\", …})", "successes", "n");
    shape(Mean.class, Mean::toJsonShape, Mean::fromJsonShape,
        "a mean ({\"format\": 1, \"kind\": \"mean\", …})",
        "n", "mean", "sumOfSquaredDeviations", "bounds");

    boundClasses.add(Respondent.class);
    boundClasses.add(ContactDetails.class);
    for (QuestionType<?, ?> type : registry.types()) {
      registerSubtypes(new NamedType(type.questionClass(), type.id()),
          new NamedType(type.answerClass(), type.id()));
      boundClasses.add(type.questionClass());
      boundClasses.add(type.answerClass());
    }
    // Last, so that a type may override any of the above for its own classes.
    for (QuestionType<?, ?> type : registry.types()) {
      type.configureJson(this);
    }
  }

  /** Binds a cx-core value, which question summaries hold, through its JSON shape. */
  private <T> void shape(Class<T> type, Function<T, Map<String, Object>> toShape,
      Function<Map<String, ?>, T> fromShape, String what, String... members) {
    addSerializer(type, new SummarySerde.ShapeSerializer<>(type, toShape));
    addDeserializer(type, new SummarySerde.ShapeDeserializer<>(type, fromShape, what, List.of(members)));
  }

  /** @return the registry whose types this module binds */
  public QuestionTypeRegistry registry() {
    return registry;
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    // Records are bound by their components (fields and canonical constructor), so a helper
    // method such as isOtherEnabled() never turns into a JSON member; null members are left out.
    JsonAutoDetect.Value byComponents = JsonAutoDetect.Value
        .construct(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
        .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
        .withSetterVisibility(JsonAutoDetect.Visibility.NONE)
        .withCreatorVisibility(JsonAutoDetect.Visibility.ANY);
    JsonInclude.Value nonNull = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
        JsonInclude.Include.USE_DEFAULTS);
    for (Class<?> bound : boundClasses) {
      context.configOverride(bound).setVisibility(byComponents).setInclude(nonNull);
    }
    context.addDeserializationProblemHandler(new TypeIdProblems(registry));
    context.addBeanDeserializerModifier(new IdEnums.ConventionDeserializers());
    context.addBeanSerializerModifier(new IdEnums.ConventionSerializers());
  }
}
