package io.cxkit.survey.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.cxkit.core.CxException;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.internal.io.ByteOrderMark;
import io.cxkit.survey.internal.io.JsonPaths;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.summary.Trend;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads and writes surveys, responses, questions and answers as JSON, strictly: an unknown member,
 * a value of the wrong JSON type (a string for a number, {@code 2.5} or {@code 2.0} for an integer,
 * {@code null} for a number or flag), a member given twice, content after the value, a document
 * that is JSON {@code null}, a question or answer that is not an object (the wrapper-array form
 * {@code ["nps", {…}]} included), a text with an unpaired surrogate and a missing or unsupported
 * {@code formatVersion} all fail, and so does input past Jackson's default limits (1000 levels of
 * nesting, numbers of 1000 characters, member names of 50000). Every failure is a {@link
 * CxException}, whose message shows values escaped (control characters as backslash-u escapes) and
 * cut to their first 64 characters:
 *
 * <ul>
 *   <li>{@link io.cxkit.survey.UnknownQuestionTypeException} for a {@code "type"} no registered
 *       question type has (a Java class name included), naming the id, its JSON path with line and
 *       column, and the registered ids;
 *   <li>{@link SurveyJsonException} for JSON that is malformed, mistyped, incomplete or has unknown
 *       members, naming the JSON path, line and column;
 *   <li>the model's own {@link io.cxkit.core.InvalidValueException} (such as {@link
 *       io.cxkit.survey.InvalidSurveyException} for a duplicate question id) when a well-formed
 *       value breaks a rule, with the JSON path prepended to its field: {@code $.questions[2].id =
 *       "nps": duplicates the id of questions[0]; question ids must be unique}; a survey's
 *       routing is checked against this instance's registry ({@link Survey#verify}), so an operator
 *       a question's type does not support fails as {@code $.routing[0].when.operator = contains:
 *       question goal is of type goal_completion, which supports …}.
 * </ul>
 *
 * <p>A survey's {@code routing} is an array of rules {@code {"after": "goal", "when": {…},
 * "goTo": "reasons"}} or {@code {…, "endSurvey": true}}, written after {@code questions} and left
 * out when empty; {@code when} is a condition as {@link #readCondition(String)} reads it, left out
 * for a rule that always applies ({@code "when": null} is refused rather than read as "always").
 * Exactly one of {@code goTo} and {@code endSurvey} is given, and {@code endSurvey} is only
 * {@code true}.
 *
 * <p>A survey summary ({@link #writeSummary}, {@link #readSummary(String, Survey)}) is read for
 * the survey it summarises, which the caller passes: the document names the survey by id and
 * version only, and its question summaries are read as their types' classes and checked against
 * the survey's questions.
 *
 * <p>An I/O failure of a {@link Reader} or {@link InputStream} is rethrown as {@link
 * java.io.UncheckedIOException}; streams are read as UTF-8 (or UTF-16/32, detected as RFC 8259
 * allows), a leading byte order mark is skipped, and sources are not closed. Writing is deterministic (members in record component order, {@code "type"}
 * and {@code "formatVersion"} first, nulls left out), and reading what was written gives an equal
 * value. Instances are immutable and thread-safe.
 */
public final class SurveyJson {
  private static final class Standard {
    static final SurveyJson INSTANCE = new SurveyJson(QuestionTypeRegistry.standard());
  }

  private final QuestionTypeRegistry registry;
  private final ObjectMapper mapper;
  private final ObjectReader surveys;
  private final ObjectReader responses;
  private final ObjectReader questions;
  private final ObjectReader answers;
  private final ObjectReader conditions;
  private final ObjectReader summaries;
  private final ObjectReader groupedSummaries;
  private final ObjectReader trends;

  private SurveyJson(QuestionTypeRegistry registry) {
    this.registry = registry;
    this.mapper = strictMapper(registry);
    this.surveys = mapper.readerFor(Survey.class);
    this.responses = mapper.readerFor(Response.class);
    this.questions = mapper.readerFor(Question.class);
    this.answers = mapper.readerFor(Answer.class);
    this.conditions = mapper.readerFor(Condition.class);
    this.summaries = mapper.readerFor(SurveySummary.class);
    this.groupedSummaries = mapper.readerFor(GroupedSummary.class);
    this.trends = mapper.readerFor(Trend.class);
  }

  /**
   * @return JSON for the {@linkplain QuestionTypeRegistry#standard() standard registry}: the
   *     built-in types and every type found by {@link java.util.ServiceLoader}
   */
  public static SurveyJson standard() {
    return Standard.INSTANCE;
  }

  /**
   * @param registry the question types whose ids may appear in {@code "type"}
   * @return JSON for exactly those types
   */
  public static SurveyJson using(QuestionTypeRegistry registry) {
    return new SurveyJson(Objects.requireNonNull(registry, "registry"));
  }

  /** @return the registry whose types this instance reads and writes */
  public QuestionTypeRegistry registry() {
    return registry;
  }

  /**
   * @return a copy of the strict mapper this instance uses, with {@link CxSurveyModule}; changing
   *     the copy does not change this instance. Its failures are Jackson's exceptions, with
   *     cxkit's as their causes; use this class's methods to get cxkit's exceptions directly.
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  /**
   * @param json a survey document
   * @return the survey
   * @throws CxException as described in the class documentation
   */
  public Survey readSurvey(String json) {
    Objects.requireNonNull(json, "json");
    return read(surveys, SURVEY, () -> surveys.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * @param json a survey document; not closed
   * @return the survey
   * @throws CxException as described in the class documentation
   * @throws java.io.UncheckedIOException if reading fails
   */
  public Survey readSurvey(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(surveys, SURVEY, () -> surveys.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * @param json a survey document in UTF-8 (or UTF-16/32 with a byte order mark); not closed
   * @return the survey
   * @throws CxException as described in the class documentation
   * @throws java.io.UncheckedIOException if reading fails
   */
  public Survey readSurvey(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(surveys, SURVEY, () -> surveys.createParser(json));
  }

  /**
   * @param survey a survey
   * @return its document, on one line, {@code formatVersion} first
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's class belongs to no
   *     registered type
   */
  public String writeSurvey(Survey survey) {
    Objects.requireNonNull(survey, "survey");
    return write(survey);
  }

  /**
   * @param json a response document
   * @return the response
   * @throws CxException as described in the class documentation
   */
  public Response readResponse(String json) {
    Objects.requireNonNull(json, "json");
    return read(responses, RESPONSE, () -> responses.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * @param json a response document; not closed
   * @return the response
   * @throws CxException as described in the class documentation
   * @throws java.io.UncheckedIOException if reading fails
   */
  public Response readResponse(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(responses, RESPONSE, () -> responses.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * @param json a response document in UTF-8 (or UTF-16/32 with a byte order mark); not closed
   * @return the response
   * @throws CxException as described in the class documentation
   * @throws java.io.UncheckedIOException if reading fails
   */
  public Response readResponse(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(responses, RESPONSE, () -> responses.createParser(json));
  }

  /**
   * @param response a response
   * @return its document, on one line, {@code formatVersion} first
   * @throws io.cxkit.survey.UnknownQuestionTypeException if an answer's class belongs to no
   *     registered type
   */
  public String writeResponse(Response response) {
    Objects.requireNonNull(response, "response");
    return write(response);
  }

  /**
   * @param json one question, with its {@code "type"}
   * @return the question
   * @throws CxException as described in the class documentation
   */
  public Question readQuestion(String json) {
    Objects.requireNonNull(json, "json");
    return read(questions, "a question", () -> questions.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * @param question a question of a registered type
   * @return its JSON object, {@code "type"} first
   * @throws io.cxkit.survey.UnknownQuestionTypeException if its class belongs to no registered type
   */
  public String writeQuestion(Question question) {
    Objects.requireNonNull(question, "question");
    registry.typeOf(question);
    return write(question);
  }

  /**
   * @param json one answer, with its {@code "type"}
   * @return the answer
   * @throws CxException as described in the class documentation
   */
  public Answer readAnswer(String json) {
    Objects.requireNonNull(json, "json");
    return read(answers, "an answer", () -> answers.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * @param answer an answer of a registered type
   * @return its JSON object, {@code "type"} first
   * @throws io.cxkit.survey.UnknownQuestionTypeException if its class belongs to no registered type
   */
  public String writeAnswer(Answer answer) {
    Objects.requireNonNull(answer, "answer");
    registry.typeOf(answer);
    return write(answer);
  }

  /**
   * Reads one condition, of any operand kinds: {@code {"allOf": [c, …]}}, {@code {"anyOf": [c,
   * …]}}, {@code {"not": c}} or a comparison {@code {"<kind>": "<name>", "operator": "<id>",
   * <arguments>}} such as {@code {"answer": "nps", "operator": "in-range", "min": 0, "max": 6}}.
   * Every member name other than {@code allOf, anyOf, not, operator, value, values, min, max} is
   * the operand's kind, and a comparison has exactly one. The arguments follow the operator: {@code
   * value} for {@code equals}, {@code greater-than}, {@code less-than} and {@code contains}; {@code
   * values} (an array) for {@code one-of}; {@code min} and {@code max} for {@code in-range}; none
   * for {@code is-answered} and {@code is-skipped}. A JSON number is a {@link
   * io.cxkit.survey.spi.AnswerValue.NumberValue}, a string a {@link
   * io.cxkit.survey.spi.AnswerValue.TextValue}, {@code true} or {@code false} a {@link
   * io.cxkit.survey.spi.AnswerValue.FlagValue}, and an array of strings given as {@code value} or
   * among the {@code values} a {@link io.cxkit.survey.spi.AnswerValue.CodesValue}. Numbers are
   * read as doubles: one beyond a double's range ({@code 1e400}) is refused, and integers past 2^53
   * ({@code 9007199254740993}) are rounded to the nearest double.
   *
   * <p>Whether the operands exist (a question of a survey, a profile attribute) is for the caller
   * to check: a survey's routing checks its own when it is read.
   *
   * @param json one condition
   * @return the condition
   * @throws CxException as described in the class documentation: a {@link SurveyJsonException} for
   *     an unknown operator, a missing or second operand, an argument the operator does not take
   *     or lacks, a value of the wrong JSON type, an empty object or one that mixes shapes; an
   *     {@link io.cxkit.survey.condition.InvalidConditionException} with the JSON path for a rule of
   *     the condition itself ({@code $.min = 7: must be ≤ max 3})
   */
  public Condition readCondition(String json) {
    Objects.requireNonNull(json, "json");
    return read(conditions, CONDITION, () -> conditions.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * Reads one condition, as {@link #readCondition(String)} does.
   *
   * @param json one condition; not closed
   * @return the condition
   * @throws CxException as described in {@link #readCondition(String)}
   * @throws java.io.UncheckedIOException if reading fails
   */
  public Condition readCondition(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(conditions, CONDITION, () -> conditions.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * @param condition a condition
   * @return its JSON object, on one line: a comparison's operand first, then {@code operator},
   *     then its arguments; integral numbers as integers ({@code 9}, not {@code 9.0}). Every
   *     condition has a JSON form ({@link io.cxkit.survey.condition.Comparison} refuses texts with
   *     unpaired surrogates), and reading it gives an equal condition
   * @throws SurveyJsonException if it is nested deeper than Jackson writes (1000 levels)
   */
  public String writeCondition(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return write(condition);
  }

  /**
   * Writes a survey summary: {@code {"formatVersion":1,"kind":"survey-summary","survey":{"id":…,
   * "version":…},"options":{"dismissedInDenominators":…},"displays":…,"completions":…,
   * "partials":…,"dismissals":…,"questions":[{"id":…,"type":…,"reached":…,"answered":…,
   * "droppedOff":…,"summary":{…}}, …]}}, with {@code displays} left out when not given. The survey
   * itself is named by id and version only; each question's {@code summary} is its type's summary
   * bound by databind (a record by its components), with cx-core values as their JSON shapes
   * ({@code {"format":1,"kind":"score-distribution",…}}). Starts, responses and rates are not
   * written: they follow from the counts.
   *
   * @param summary a summary
   * @return its document, on one line, {@code formatVersion} first
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not in this
   *     instance's registry (the summary could not be read back)
   */
  public String writeSummary(SurveySummary summary) {
    Objects.requireNonNull(summary, "summary");
    requireTypes(summary.survey());
    return write(summary);
  }

  /**
   * Reads a survey summary that {@link #writeSummary} wrote, for the survey it summarises. Besides
   * the strict reading of the class documentation, the document must name that survey's id and
   * version, hold one result per question in the survey's order with the question's id and type
   * id, and each question's {@code summary} is read as the class the question's type summarises
   * into and must fit the question (its scale, variant or choices: the type's empty summary must
   * add it). The counts must be coherent as {@link SurveySummary#of} checks them. Reading what was
   * written gives an equal summary.
   *
   * @param json a survey summary document
   * @param survey the survey version the summary is of, whose question types are in this
   *     instance's registry
   * @return the summary
   * @throws CxException as described in the class documentation: a {@link SurveyJsonException}
   *     with the JSON path for another survey or version ({@code $.survey.id}), a question out of
   *     place ({@code $.questions[1].id}), a summary that does not fit its question ({@code
   *     $.questions[0].summary}) or a malformed cx-core value inside it; an {@link
   *     io.cxkit.core.InvalidValueException} with the JSON path for counts that break a rule
   *     ({@code $.questions[0].answered = 9: must be in 0..reached = 8})
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not in this
   *     instance's registry
   */
  public SurveySummary readSummary(String json, Survey survey) {
    Objects.requireNonNull(json, "json");
    ObjectReader reader = withSurvey(summaries, survey);
    return read(reader, SUMMARY, () -> reader.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * Reads a survey summary, as {@link #readSummary(String, Survey)} does.
   *
   * @param json a survey summary document; not closed
   * @param survey the survey version the summary is of
   * @return the summary
   * @throws CxException as described in {@link #readSummary(String, Survey)}
   * @throws java.io.UncheckedIOException if reading fails
   */
  public SurveySummary readSummary(Reader json, Survey survey) {
    Objects.requireNonNull(json, "json");
    ObjectReader reader = withSurvey(summaries, survey);
    return read(reader, SUMMARY, () -> reader.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * Reads a survey summary, as {@link #readSummary(String, Survey)} does.
   *
   * @param json a survey summary document in UTF-8 (or UTF-16/32 with a byte order mark); not
   *     closed
   * @param survey the survey version the summary is of
   * @return the summary
   * @throws CxException as described in {@link #readSummary(String, Survey)}
   * @throws java.io.UncheckedIOException if reading fails
   */
  public SurveySummary readSummary(InputStream json, Survey survey) {
    Objects.requireNonNull(json, "json");
    ObjectReader reader = withSurvey(summaries, survey);
    return read(reader, SUMMARY, () -> reader.createParser(json));
  }

  /**
   * Writes a grouped summary: {@code {"formatVersion":1,"kind":"grouped-survey-summary",
   * "key":"variant","withoutKey":{…},"groups":[{"label":"A","summary":{…}}, …]}}, each summary a
   * document of {@link #writeSummary}, the groups in label order.
   *
   * @param grouped a grouped summary
   * @return its document, on one line
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not in this
   *     instance's registry
   */
  public String writeGroupedSummary(GroupedSummary grouped) {
    Objects.requireNonNull(grouped, "grouped");
    requireTypes(grouped.survey());
    return write(grouped);
  }

  /**
   * Reads a grouped summary that {@link #writeGroupedSummary} wrote, for the survey it summarises:
   * each summary in it is read as {@link #readSummary(String, Survey)} reads one, a label given
   * twice is refused, and the parts must fit together as {@link GroupedSummary#of} checks them.
   * Reading what was written gives an equal grouped summary.
   *
   * @param json a grouped summary document
   * @param survey the survey version it summarises
   * @return the grouped summary
   * @throws CxException as described in {@link #readSummary(String, Survey)}, with JSON paths such
   *     as {@code $.groups[1].summary.questions[0].answered}
   */
  public GroupedSummary readGroupedSummary(String json, Survey survey) {
    Objects.requireNonNull(json, "json");
    ObjectReader reader = withSurvey(groupedSummaries, survey);
    return read(reader, GROUPED, () -> reader.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * Reads a grouped summary, as {@link #readGroupedSummary(String, Survey)} does.
   *
   * @param json a grouped summary document; not closed
   * @param survey the survey version it summarises
   * @return the grouped summary
   * @throws CxException as described in {@link #readGroupedSummary(String, Survey)}
   * @throws java.io.UncheckedIOException if reading fails
   */
  public GroupedSummary readGroupedSummary(Reader json, Survey survey) {
    Objects.requireNonNull(json, "json");
    ObjectReader reader = withSurvey(groupedSummaries, survey);
    return read(reader, GROUPED, () -> reader.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * Reads a grouped summary, as {@link #readGroupedSummary(String, Survey)} does.
   *
   * @param json a grouped summary document in UTF-8 (or UTF-16/32 with a byte order mark); not
   *     closed
   * @param survey the survey version it summarises
   * @return the grouped summary
   * @throws CxException as described in {@link #readGroupedSummary(String, Survey)}
   * @throws java.io.UncheckedIOException if reading fails
   */
  public GroupedSummary readGroupedSummary(InputStream json, Survey survey) {
    Objects.requireNonNull(json, "json");
    ObjectReader reader = withSurvey(groupedSummaries, survey);
    return read(reader, GROUPED, () -> reader.createParser(json));
  }

  /**
   * Writes a trend: {@code {"formatVersion":1,"kind":"survey-trend","unit":"iso-week",
   * "zone":"Europe/Berlin","options":{…},"periods":[{"start":"2026-11-30","summary":{…}}, …]}},
   * each summary a document of {@link #writeSummary}; only periods with responses or displays are
   * written, in date order (the gaps between them read back empty).
   *
   * @param trend a trend
   * @return its document, on one line
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not in this
   *     instance's registry
   */
  public String writeTrend(Trend trend) {
    Objects.requireNonNull(trend, "trend");
    requireTypes(trend.survey());
    return write(trend);
  }

  /**
   * Reads a trend that {@link #writeTrend} wrote, for the survey it summarises: the unit is a
   * {@link io.cxkit.survey.summary.Period} id, the zone a {@link java.time.ZoneId} id, each start an
   * ISO-8601 date that must begin a period of the unit, given once; each summary is read as {@link
   * #readSummary(String, Survey)} reads one. Reading what was written gives an equal trend.
   *
   * @param json a trend document
   * @param survey the survey version it summarises
   * @return the trend
   * @throws CxException as described in {@link #readSummary(String, Survey)}, with JSON paths such
   *     as {@code $.periods[0].start}
   */
  public Trend readTrend(String json, Survey survey) {
    Objects.requireNonNull(json, "json");
    ObjectReader reader = withSurvey(trends, survey);
    return read(reader, TREND, () -> reader.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * Reads a trend, as {@link #readTrend(String, Survey)} does.
   *
   * @param json a trend document; not closed
   * @param survey the survey version it summarises
   * @return the trend
   * @throws CxException as described in {@link #readTrend(String, Survey)}
   * @throws java.io.UncheckedIOException if reading fails
   */
  public Trend readTrend(Reader json, Survey survey) {
    Objects.requireNonNull(json, "json");
    ObjectReader reader = withSurvey(trends, survey);
    return read(reader, TREND, () -> reader.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * Reads a trend, as {@link #readTrend(String, Survey)} does.
   *
   * @param json a trend document in UTF-8 (or UTF-16/32 with a byte order mark); not closed
   * @param survey the survey version it summarises
   * @return the trend
   * @throws CxException as described in {@link #readTrend(String, Survey)}
   * @throws java.io.UncheckedIOException if reading fails
   */
  public Trend readTrend(InputStream json, Survey survey) {
    Objects.requireNonNull(json, "json");
    ObjectReader reader = withSurvey(trends, survey);
    return read(reader, TREND, () -> reader.createParser(json));
  }

  private void requireTypes(Survey survey) {
    for (Question question : survey.questions()) {
      registry.typeOf(question);
    }
  }

  private ObjectReader withSurvey(ObjectReader reader, Survey survey) {
    Objects.requireNonNull(survey, "survey");
    requireTypes(survey); // before any JSON is read, so the error is the type's, not a path's
    return reader.withAttribute(SummarySerde.SURVEY, survey);
  }

  @Override
  public String toString() {
    return "SurveyJson" + registry.ids();
  }

  private static final String SURVEY = "a survey document";
  private static final String RESPONSE = "a response document";
  private static final String CONDITION = "a condition";
  private static final String SUMMARY = "a survey summary document";
  private static final String GROUPED = "a grouped survey summary document";
  private static final String TREND = "a survey trend document";

  @FunctionalInterface
  private interface Opening {
    JsonParser open() throws IOException;
  }

  /**
   * Reads one value with its own parser, so that a failure Jackson reports without a position (a
   * limit of {@link com.fasterxml.jackson.core.StreamReadConstraints}, an encoding error) is still
   * located, and so that a JSON {@code null} document is refused rather than returned as null.
   */
  private static <T> T read(ObjectReader reader, String what, Opening opening) {
    JsonParser parser = null;
    try {
      parser = opening.open();
      T value = reader.readValue(parser);
      if (value == null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new SurveyJsonException("$", at.getLineNr(), at.getColumnNr(),
            "expected " + what + " as a JSON object, found null");
      }
      // Content after the value fails inside readValue (FAIL_ON_TRAILING_TOKENS).
      return value;
    } catch (CharConversionException e) {
      JsonLocation at = parser == null ? null : parser.currentLocation();
      throw new SurveyJsonException(parser == null ? "$" : JsonPaths.of(parser.getParsingContext()),
          at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
          "not valid text in its encoding: " + e.getMessage(), e);
    } catch (IOException e) {
      throw JsonErrors.reading(e, parser);
    } catch (CxException e) {
      throw JsonErrors.atRoot(e);
    } catch (RuntimeException e) {
      // Defensive: a type's binding failed in a way Jackson did not wrap.
      throw new SurveyJsonException("$", -1, -1, "cannot be read: " + e, e);
    } finally {
      if (parser != null) {
        try {
          parser.close(); // the source stays open: AUTO_CLOSE_SOURCE is off
        } catch (IOException ignored) {
          // nothing was read after this point, and the caller owns the source
        }
      }
    }
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw JsonErrors.writing(e);
    }
  }

  private static ObjectMapper strictMapper(QuestionTypeRegistry registry) {
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new CxSurveyModule(registry))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
            JsonInclude.Include.NON_NULL))
        .withCoercionConfigDefaults(config -> config
            .setAcceptBlankAsEmpty(false)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, config -> config
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert))
        .withCoercionConfig(LogicalType.Integer, config -> config
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, config -> config
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, config -> config
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .build();
  }
}
