package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.cxkit.core.CxException;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Survey;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.JsonPaths;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.summary.QuestionResult;
import io.cxkit.survey.summary.SummaryOptions;
import io.cxkit.survey.summary.SurveySummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The survey summary document, {@code {"formatVersion":1,"kind":"survey-summary","survey":{"id":…,
 * "version":…},"options":{…},"displays":…,"completions":…,"partials":…,"dismissals":…,
 * "questions":[{"id":…,"type":…,"reached":…,"answered":…,"droppedOff":…,"summary":{…}}]}}, and the
 * JSON shapes of the cx-core values that question summaries hold.
 *
 * <p>A summary is read for the survey it summarises, which the reader is given as a context
 * attribute ({@link SurveyJson#readSummary(String, Survey)} sets it): the document names only the
 * survey's id and version, and each question's summary is read as the class the question's type
 * produces, then checked to fit the question (adding it to the type's empty summary must succeed).
 */
final class SummarySerde {
  /** The document's {@code kind}. */
  static final String KIND = "survey-summary";

  /** The context attribute that holds the {@link Survey} a summary is read for. */
  static final String SURVEY = SummarySerde.class.getName() + ".survey";

  /** The context attribute that holds the {@link Reading} in progress. */
  private static final String READING = SummarySerde.class.getName() + ".reading";

  static final List<String> MEMBERS = List.of("formatVersion", "kind", "survey", "options",
      "displays", "completions", "partials", "dismissals", "questions");

  static final List<String> SURVEY_MEMBERS = List.of("id", "version");

  static final List<String> OPTIONS_MEMBERS = List.of("dismissedInDenominators");

  static final List<String> QUESTION_MEMBERS = List.of("id", "type", "reached", "answered",
      "droppedOff", "summary");

  private SummarySerde() {}

  /** Writes a summary: members in the order of {@link #MEMBERS}, {@code displays} only when given. */
  static final class Serializer extends StdSerializer<SurveySummary> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(SurveySummary.class);
    }

    @Override
    public void serialize(SurveySummary summary, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(summary);
      gen.writeNumberField("formatVersion", DocumentDeserializer.FORMAT_VERSION);
      gen.writeStringField("kind", KIND);
      gen.writeObjectFieldStart("survey");
      gen.writeStringField("id", summary.survey().id());
      gen.writeNumberField("version", summary.survey().version());
      gen.writeEndObject();
      gen.writeFieldName("options");
      writeOptions(summary.options(), gen);
      OptionalLong displays = summary.displays();
      if (displays.isPresent()) {
        gen.writeNumberField("displays", displays.getAsLong());
      }
      gen.writeNumberField("completions", summary.completions());
      gen.writeNumberField("partials", summary.partials());
      gen.writeNumberField("dismissals", summary.dismissals());
      gen.writeArrayFieldStart("questions");
      for (QuestionResult result : summary.questions()) {
        gen.writeStartObject(result);
        gen.writeStringField("id", result.questionId());
        gen.writeStringField("type", result.typeId());
        gen.writeNumberField("reached", result.reached());
        gen.writeNumberField("answered", result.answered());
        gen.writeNumberField("droppedOff", result.droppedOff());
        // The summary's own class decides its members: a record of the type's, bound by databind.
        provider.defaultSerializeField("summary", result.summary(), gen);
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  private static void writeOptions(SummaryOptions options, JsonGenerator gen) throws IOException {
    gen.writeStartObject(options);
    gen.writeBooleanField("dismissedInDenominators", options.dismissedInDenominators());
    gen.writeEndObject();
  }

  /** Writes {@link SummaryOptions} as {@code {"dismissedInDenominators":false}}. */
  static final class OptionsSerializer extends StdSerializer<SummaryOptions> {
    private static final long serialVersionUID = 1L;

    OptionsSerializer() {
      super(SummaryOptions.class);
    }

    @Override
    public void serialize(SummaryOptions options, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      writeOptions(options, gen);
    }
  }

  /** Reads {@link SummaryOptions}; every member is required, so no default is guessed. */
  static final class OptionsDeserializer extends DocumentDeserializer<SummaryOptions> {
    private static final long serialVersionUID = 1L;

    OptionsDeserializer() {
      super(SummaryOptions.class, "summary options", OPTIONS_MEMBERS);
    }

    private OptionsDeserializer(OptionsDeserializer template) {
      super(template);
    }

    @Override
    OptionsDeserializer contextualCopy() {
      return new OptionsDeserializer(this);
    }

    @Override
    public SummaryOptions deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Boolean dismissed = null;
      for (String name = firstMember(p, ctxt); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (!known(p, ctxt, name)) {
          continue;
        }
        try {
          dismissed = value(p, ctxt, Boolean.TYPE);
        } catch (Exception e) {
          throw inMember(e, name);
        }
      }
      return new SummaryOptions(require(dismissed, "dismissedInDenominators", ctxt));
    }
  }

  /**
   * What reading one summary document needs to know beyond the JSON: the survey, each question's
   * type id and empty summary. Held in a per-read context attribute, so deserializers stay shared.
   */
  private static final class Reading {
    final Survey survey;
    final List<String> typeIds;
    final List<QuestionSummary<?>> empties;
    int index;

    Reading(Survey survey, QuestionTypeRegistry registry) {
      this.survey = survey;
      List<Question> questions = survey.questions();
      this.typeIds = new ArrayList<>(questions.size());
      this.empties = new ArrayList<>(questions.size());
      for (Question question : questions) {
        typeIds.add(registry.typeOf(question).id());
        empties.add(registry.newSummary(question).snapshot());
      }
    }

    String name() {
      return "survey " + Ids.quote(survey.id()) + " version " + survey.version();
    }
  }

  /** Reads a summary document for the survey in the {@link #SURVEY} attribute. */
  static final class Deserializer extends DocumentDeserializer<SurveySummary> {
    private static final long serialVersionUID = 1L;
    private final transient QuestionTypeRegistry registry;
    private final SurveyReferenceDeserializer surveyReference = new SurveyReferenceDeserializer();
    private final QuestionResultDeserializer questionResult = new QuestionResultDeserializer();

    Deserializer(QuestionTypeRegistry registry) {
      super(SurveySummary.class, "a survey summary document", MEMBERS);
      this.registry = registry;
    }

    private Deserializer(Deserializer template) {
      super(template);
      this.registry = template.registry;
    }

    @Override
    Deserializer contextualCopy() {
      return new Deserializer(this);
    }

    @Override
    public SurveySummary deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object given = ctxt.getAttribute(SURVEY);
      if (!(given instanceof Survey)) {
        return ctxt.reportInputMismatch(this, "a survey summary is read for the survey it"
            + " summarises: use SurveyJson.readSummary(json, survey)");
      }
      // Fails with UnknownQuestionTypeException before any JSON is read if the registry lacks a type.
      Reading reading = new Reading((Survey) given, registry);
      ctxt.setAttribute(READING, reading);
      boolean versioned = false;
      boolean kinded = false;
      boolean named = false;
      SummaryOptions options = null;
      Long displays = null;
      Long completions = null;
      Long partials = null;
      Long dismissals = null;
      List<QuestionResult> questions = null;
      for (String name = firstMember(p, ctxt); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (!known(p, ctxt, name)) {
          continue;
        }
        try {
          switch (name) {
            case "formatVersion":
              formatVersion(p, ctxt);
              versioned = true;
              break;
            case "kind":
              kind(p, ctxt, KIND);
              kinded = true;
              break;
            case "survey":
              if (!p.hasToken(JsonToken.VALUE_NULL)) {
                surveyReference.deserialize(p, ctxt); // refuses another survey or version
                named = true;
              }
              break;
            case "options":
              options = value(p, ctxt, SummaryOptions.class);
              break;
            case "displays":
              displays = value(p, ctxt, Long.class);
              break;
            case "completions":
              completions = value(p, ctxt, Long.TYPE);
              break;
            case "partials":
              partials = value(p, ctxt, Long.TYPE);
              break;
            case "dismissals":
              dismissals = value(p, ctxt, Long.TYPE);
              break;
            case "questions":
              questions = p.hasToken(JsonToken.VALUE_NULL) ? null : questions(p, ctxt, reading);
              break;
            default:
              // known() let only the members above through
              break;
          }
        } catch (Exception e) {
          throw inMember(e, name);
        }
      }
      require(versioned ? Boolean.TRUE : null, "formatVersion", ctxt);
      require(kinded ? Boolean.TRUE : null, "kind", ctxt);
      require(named ? Boolean.TRUE : null, "survey", ctxt);
      SummaryOptions counted = require(options, "options", ctxt);
      long completed = require(completions, "completions", ctxt);
      long partial = require(partials, "partials", ctxt);
      long dismissed = require(dismissals, "dismissals", ctxt);
      List<QuestionResult> results = require(questions, "questions", ctxt);
      try {
        return SurveySummary.of(reading.survey, counted,
            displays == null ? OptionalLong.empty() : OptionalLong.of(displays), completed, partial,
            dismissed, results);
      } catch (RuntimeException e) {
        throw invalid(p, ctxt, e);
      }
    }

    private List<QuestionResult> questions(JsonParser p, DeserializationContext ctxt, Reading reading)
        throws IOException {
      if (!p.isExpectedStartArrayToken()) {
        return ctxt.reportInputMismatch(this, "expected the questions' results as a JSON array,"
            + " found %s", JsonPaths.describe(p.currentToken()));
      }
      int count = reading.survey.questions().size();
      List<QuestionResult> results = new ArrayList<>(count);
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        try {
          if (i >= count) {
            ctxt.reportInputMismatch(this, "%s has %d questions, and a summary holds one result"
                + " per question in the survey's order; this is one too many", reading.name(), count);
          }
          reading.index = i;
          results.add(questionResult.deserialize(p, ctxt));
        } catch (Exception e) {
          throw atIndex(e, i);
        }
        i++;
      }
      if (i < count) {
        ctxt.reportInputMismatch(this, "holds %d results, but %s has %d questions %s, and a summary"
            + " holds one result per question in the survey's order", i, reading.name(), count,
            reading.survey.questionIds());
      }
      return results;
    }
  }

  /**
   * Reads {@code {"id":…,"version":…}} and checks that it names the survey the summary is read for,
   * which it returns.
   */
  static final class SurveyReferenceDeserializer extends DocumentDeserializer<Survey> {
    private static final long serialVersionUID = 1L;

    SurveyReferenceDeserializer() {
      super(Survey.class, "the survey summarised ({\"id\": …, \"version\": …})", SURVEY_MEMBERS);
    }

    private SurveyReferenceDeserializer(SurveyReferenceDeserializer template) {
      super(template);
    }

    @Override
    SurveyReferenceDeserializer contextualCopy() {
      return new SurveyReferenceDeserializer(this);
    }

    @Override
    public Survey deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Reading reading = reading(this, ctxt);
      Survey survey = reading.survey;
      String id = null;
      Integer version = null;
      for (String name = firstMember(p, ctxt); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (!known(p, ctxt, name)) {
          continue;
        }
        try {
          if (name.equals("id")) {
            id = value(p, ctxt, String.class);
            if (id != null && !id.equals(survey.id())) {
              ctxt.reportInputMismatch(this, "is %s, but the summary is read for %s: a summary"
                  + " reads back only for the survey it summarises", Ids.quote(id), reading.name());
            }
          } else {
            version = value(p, ctxt, Integer.TYPE);
            if (version != null && version != survey.version()) {
              ctxt.reportInputMismatch(this, "is %d, but the summary is read for %s: a summary"
                  + " reads back only for the version it summarises", version, reading.name());
            }
          }
        } catch (Exception e) {
          throw inMember(e, name);
        }
      }
      require(id, "id", ctxt);
      require(version, "version", ctxt);
      return survey;
    }
  }

  private static Reading reading(StdDeserializer<?> deserializer, DeserializationContext ctxt)
      throws IOException {
    Object reading = ctxt.getAttribute(READING);
    if (!(reading instanceof Reading)) {
      return ctxt.reportInputMismatch(deserializer, "a part of a survey summary is read with the"
          + " summary: use SurveyJson.readSummary(json, survey)");
    }
    return (Reading) reading;
  }

  /**
   * Reads the result of the question at {@link Reading#index}: its id and type must be the
   * survey's, and its summary is read as the class the type produces and must fit the question.
   */
  static final class QuestionResultDeserializer extends DocumentDeserializer<QuestionResult> {
    private static final long serialVersionUID = 1L;

    QuestionResultDeserializer() {
      super(QuestionResult.class, "a question's result", QUESTION_MEMBERS);
    }

    private QuestionResultDeserializer(QuestionResultDeserializer template) {
      super(template);
    }

    @Override
    QuestionResultDeserializer contextualCopy() {
      return new QuestionResultDeserializer(this);
    }

    @Override
    public QuestionResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Reading reading = reading(this, ctxt);
      int index = reading.index;
      Question question = reading.survey.questions().get(index);
      String typeId = reading.typeIds.get(index);
      QuestionSummary<?> empty = reading.empties.get(index);
      String id = null;
      String type = null;
      Long reached = null;
      Long answered = null;
      Long droppedOff = null;
      QuestionSummary<?> summary = null;
      for (String name = firstMember(p, ctxt); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (!known(p, ctxt, name)) {
          continue;
        }
        try {
          switch (name) {
            case "id":
              id = value(p, ctxt, String.class);
              if (id != null && !id.equals(question.id())) {
                ctxt.reportInputMismatch(this, "is %s, but question %d of %s is %s: a summary holds"
                    + " one result per question in the survey's order", Ids.quote(id), index + 1,
                    reading.name(), Ids.quote(question.id()));
              }
              break;
            case "type":
              type = value(p, ctxt, String.class);
              if (type != null && !type.equals(typeId)) {
                ctxt.reportInputMismatch(this, "is %s, but question %s of %s is of type %s",
                    Ids.quote(type), Ids.quote(question.id()), reading.name(), typeId);
              }
              break;
            case "reached":
              reached = value(p, ctxt, Long.TYPE);
              break;
            case "answered":
              answered = value(p, ctxt, Long.TYPE);
              break;
            case "droppedOff":
              droppedOff = value(p, ctxt, Long.TYPE);
              break;
            case "summary":
              summary = (QuestionSummary<?>) value(p, ctxt, empty.getClass());
              if (summary != null) {
                fits(p, empty, summary, question, typeId);
              }
              break;
            default:
              // known() let only the members above through
              break;
          }
        } catch (Exception e) {
          throw inMember(e, name);
        }
      }
      require(id, "id", ctxt);
      require(type, "type", ctxt);
      long reach = require(reached, "reached", ctxt);
      long answers = require(answered, "answered", ctxt);
      long stops = require(droppedOff, "droppedOff", ctxt);
      QuestionSummary<?> read = require(summary, "summary", ctxt);
      try {
        return new QuestionResult(question.id(), typeId, reach, answers, stops, read);
      } catch (RuntimeException e) {
        throw invalid(p, ctxt, e);
      }
    }

    /**
     * Checks that a summary read fits its question: the type's empty summary for the question adds
     * it without refusing (same scale, variant, choices).
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // the summary was read as the empty one's class
    private static void fits(JsonParser p, QuestionSummary<?> empty, QuestionSummary<?> summary,
        Question question, String typeId) throws IOException {
      try {
        ((QuestionSummary) empty).plus(summary);
      } catch (CxException unfit) {
        throw MismatchedInputException.from(p, summary.getClass(), "does not fit question "
            + Ids.quote(question.id()) + " of type " + typeId + ": " + unfit.getMessage());
      }
    }
  }

  // -----------------------------------------------------------------------------------------------
  // cx-core values inside question summaries

  /**
   * The members of the nested objects of cx-core's JSON shapes ({@code "scale": {"min", "max"}}),
   * checked like the top-level ones; a {@code counts} object is data (labels), not checked.
   */
  private static final Map<String, Set<String>> NESTED = Map.of(
      "scale", Set.of("min", "max"),
      "bounds", Set.of("min", "max"),
      "reasons", Set.of("respondents", "counts"));

  /**
   * Writes a cx-core value as its {@code toJsonShape()}.
   *
   * @param <T> the value's class
   */
  static final class ShapeSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, Map<String, Object>> shape;

    ShapeSerializer(Class<T> type, Function<T, Map<String, Object>> shape) {
      super(type);
      this.shape = shape;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(shape.apply(value), gen);
    }
  }

  /**
   * Reads a cx-core value with its {@code fromJsonShape(Map)}, refusing a member the shape does not
   * have; a value the shape rebuilds into nothing valid fails with the shape's own message.
   *
   * @param <T> the value's class
   */
  static final class ShapeDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<Map<String, ?>, T> fromShape;
    private final String what;
    private final Set<String> members;

    /**
     * @param what the value in words with its kind, for messages
     * @param members the shape's members besides {@code format} and {@code kind}
     */
    ShapeDeserializer(Class<T> type, Function<Map<String, ?>, T> fromShape, String what,
        List<String> members) {
      super(type);
      this.fromShape = fromShape;
      this.what = what;
      Set<String> all = new LinkedHashSet<>(List.of("format", "kind"));
      all.addAll(members);
      this.members = Collections.unmodifiableSet(all);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken() && !p.hasToken(JsonToken.FIELD_NAME)
          && !p.hasToken(JsonToken.END_OBJECT)) {
        return ctxt.reportInputMismatch(this, "expected %s as a JSON object, found %s", what,
            JsonPaths.describe(p.currentToken()));
      }
      JavaType mapType = ctxt.getTypeFactory()
          .constructMapType(LinkedHashMap.class, String.class, Object.class);
      Map<String, Object> shape = ctxt.readValue(p, mapType);
      String unknown = unknownMember(shape, members, "");
      if (unknown != null) {
        List<String> quoted = new ArrayList<>();
        members.forEach(member -> quoted.add(Ids.quote(member)));
        return ctxt.reportInputMismatch(this, "unknown member %s of %s; known members are %s",
            Ids.quote(unknown), what, String.join(", ", quoted));
      }
      try {
        return fromShape.apply(shape);
      } catch (CxException invalid) {
        return ctxt.reportInputMismatch(this, "%s", invalid.getMessage());
      }
    }

    private static @Nullable String unknownMember(Map<String, ?> shape, Set<String> known,
        String prefix) {
      for (Map.Entry<String, ?> member : shape.entrySet()) {
        String name = member.getKey();
        if (!known.contains(name)) {
          return prefix + name;
        }
        Set<String> nested = NESTED.get(name);
        if (nested != null && member.getValue() instanceof Map<?, ?> object) {
          @SuppressWarnings("unchecked") // JSON object keys are strings
          String inner = unknownMember((Map<String, ?>) object, nested, prefix + name + ".");
          if (inner != null) {
            return inner;
          }
        }
      }
      return null;
    }
  }
}
