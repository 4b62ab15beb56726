package io.cxkit.journey.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.intercept.InvalidTriggerException;
import io.cxkit.survey.Channel;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.InvalidConditionException;
import io.cxkit.survey.internal.io.JsonPaths;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a document with the parser itself, knowing the JSON path of every value, so that each
 * failure is a {@link SurveyJsonException} with path, line and column, or the model's own {@link
 * InvalidValueException} with the JSON path prepended to its field.
 */
final class StrictReader {
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate (?:field|Object property) [\"']?(.*?)[\"']?");

  private final JsonParser p;
  private final ObjectReader conditions;

  StrictReader(JsonParser p, ObjectReader conditions) {
    this.p = p;
    this.conditions = conditions;
  }

  /** The members of one object, read by name. */
  @FunctionalInterface
  interface Members {
    /** Reads the value of member {@code name}, at the parser's current token. */
    void member(String name, String path) throws IOException;
  }

  /** Reads one value of a document, with the token at its start. */
  @FunctionalInterface
  interface Body<T> {
    T read(StrictReader reader) throws IOException;
  }

  /**
   * Reads a whole document: one JSON object and nothing after it.
   *
   * @param what what the document is, for messages ("a journey map document")
   */
  static <T> T document(JsonParser p, ObjectReader conditions, String what, Body<T> body) {
    try (p) {
      StrictReader reader = new StrictReader(p, conditions);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw reader.fail("$", "the document is empty; expected " + what);
      }
      if (first != JsonToken.START_OBJECT) {
        throw reader.fail("$", "expected " + what + " as a JSON object, found "
            + JsonPaths.describe(first));
      }
      T value = body.read(reader);
      if (p.nextToken() != null) {
        throw reader.fail("$", "unexpected content after the end of the JSON value");
      }
      return value;
    } catch (CharConversionException e) {
      throw located(p, "not valid text in its encoding: " + e.getMessage(), e);
    } catch (StreamConstraintsException e) {
      throw located(p, "too large to read: " + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      String message = e.getOriginalMessage();
      Matcher duplicate = DUPLICATE.matcher(message == null ? "" : message);
      String problem = duplicate.matches()
          ? "member " + JourneyIds.quote(duplicate.group(1)) + " is given twice"
          : "malformed JSON: " + message;
      JsonLocation at = e.getLocation();
      throw new SurveyJsonException(JsonPaths.of(p.getParsingContext()),
          at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), problem, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SurveyJsonException located(JsonParser p, String problem, Exception cause) {
    JsonLocation at = p.currentLocation();
    return new SurveyJsonException(JsonPaths.of(p.getParsingContext()), at.getLineNr(),
        at.getColumnNr(), problem, cause);
  }

  /** @return a failure at the current token */
  SurveyJsonException fail(String path, String problem) {
    JsonLocation at = p.currentTokenLocation();
    return new SurveyJsonException(path, at.getLineNr(), at.getColumnNr(), problem);
  }

  /**
   * Reads an object (the parser at its start), member by member, refusing unknown members and
   * checking that the required ones are there.
   *
   * @param known every member the object may have, for the message of an unknown one
   * @param required the members it must have
   */
  void object(String path, List<String> known, List<String> required, Members members)
      throws IOException {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      throw fail(path, "expected an object, found " + JsonPaths.describe(p.currentToken()));
    }
    Set<String> seen = new HashSet<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      String at = JsonPaths.member(path, name);
      if (!known.contains(name)) {
        throw fail(at, "unknown member " + JourneyIds.quote(name) + "; known members are "
            + quoted(known));
      }
      seen.add(name);
      p.nextToken();
      members.member(name, at);
    }
    for (String name : required) {
      if (!seen.contains(name)) {
        throw fail(path, "member " + JourneyIds.quote(name) + " is missing");
      }
    }
  }

  /**
   * Reads an object (the parser at its start) whose member names are data, not a schema (values by
   * name, triggers by id): each member's value at {@code path.name}. A repeated name is refused by
   * the parser.
   */
  void entries(String path, Members members) throws IOException {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      throw fail(path, "expected an object, found " + JsonPaths.describe(p.currentToken()));
    }
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      members.member(name, JsonPaths.member(path, name));
    }
  }

  /** @return the names, each in double quotes, comma-separated: {@code "id", "name"} */
  static String quoted(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      out.append(out.length() == 0 ? "" : ", ").append('"').append(name).append('"');
    }
    return out.toString();
  }

  /** Reads an array (the parser at its start), element by element, each at {@code path[i]}. */
  void array(String path, Members elements) throws IOException {
    if (!p.hasToken(JsonToken.START_ARRAY)) {
      throw fail(path, "expected an array, found " + JsonPaths.describe(p.currentToken()));
    }
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
      elements.member(Integer.toString(i), path + "[" + i + "]");
    }
  }

  String text(String path) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      throw fail(path, "expected a string, found " + JsonPaths.describe(p.currentToken()));
    }
    return p.getText();
  }

  boolean bool(String path) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_TRUE) && !p.hasToken(JsonToken.VALUE_FALSE)) {
      throw fail(path, "expected true or false, found " + JsonPaths.describe(p.currentToken()));
    }
    return p.hasToken(JsonToken.VALUE_TRUE);
  }

  /** @return whether the current token is a string (for a member that is a number or a word) */
  boolean atText() {
    return p.hasToken(JsonToken.VALUE_STRING);
  }

  int integer(String path) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
      throw fail(path, "expected an integer, found " + JsonPaths.describe(p.currentToken()));
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(path, "number out of range: " + p.getText() + " is beyond an int ("
          + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE + ")");
    }
    return p.getIntValue();
  }

  double number(String path) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
      throw fail(path, "expected a number, found " + JsonPaths.describe(p.currentToken()));
    }
    double value = p.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw fail(path, "number out of range: " + p.getText() + " is beyond the range of a double");
    }
    return value;
  }

  List<String> texts(String path) throws IOException {
    List<String> texts = new ArrayList<>();
    array(path, (i, at) -> texts.add(text(at)));
    return texts;
  }

  Channel channel(String path) throws IOException {
    String id = text(path);
    try {
      return Channel.ofId(id);
    } catch (InvalidValueException e) {
      throw fail(path, JourneyIds.quote(id) + " is not a channel id; " + e.rule());
    }
  }

  /** Reads {@code formatVersion}: the integer {@value JsonDocuments#FORMAT_VERSION}. */
  void formatVersion(String path) throws IOException {
    int version = integer(path);
    if (version != JsonDocuments.FORMAT_VERSION) {
      throw fail(path, "unsupported format version " + version + "; this reader reads "
          + JsonDocuments.FORMAT_VERSION);
    }
  }

  /**
   * Reads an ISO-8601 duration ({@link Duration#parse}), such as {@code "PT60S"} or {@code "P7D"}.
   *
   * @param examples what the message offers instead of a text that is none, such as {@code
   *     "P14D" or "PT12H"}: durations of the member's kind
   */
  Duration duration(String path, String examples) throws IOException {
    String text = text(path);
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      // Also a text beyond a Duration's range (2^63 seconds): its ArithmeticException is wrapped.
      throw fail(path, JourneyIds.quote(text) + " is not an ISO-8601 duration such as " + examples);
    }
  }

  /** Reads an ISO-8601 period ({@link Period#parse}) of years, months, weeks and days. */
  Period period(String path) throws IOException {
    String text = text(path);
    try {
      return Period.parse(text);
    } catch (DateTimeParseException e) {
      throw fail(path, JourneyIds.quote(text) + " is not an ISO-8601 period such as \"P3M\","
          + " \"P1Y\" or \"P14D\"");
    }
  }

  /**
   * Reads a condition as cx-survey's condition JSON (the parser at its start), moving its
   * failures under {@code path}.
   */
  Condition condition(String path) throws IOException {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      throw fail(path, "expected a condition as a JSON object, found "
          + JsonPaths.describe(p.currentToken()));
    }
    try {
      return conditions.readValue(p);
    } catch (InvalidValueException e) {
      throw relocated(path, e);
    } catch (JsonMappingException e) {
      StringBuilder at = new StringBuilder(path);
      int levels = 0;
      for (JsonMappingException.Reference reference : e.getPath()) {
        if (++levels > JsonPaths.MAX_LEVELS) {
          // A rule nested too deeply for the parser would otherwise name a path of a thousand steps.
          at.append("…");
          break;
        }
        if (reference.getFieldName() != null) {
          at.replace(0, at.length(), JsonPaths.member(at.toString(), reference.getFieldName()));
        } else if (reference.getIndex() >= 0) {
          at.append('[').append(reference.getIndex()).append(']');
        }
      }
      String problem = e.getOriginalMessage();
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof InvalidValueException invalid) {
          throw relocated(at.toString(), invalid);
        }
        if (t instanceof StreamConstraintsException limit) {
          problem = "too large to read: " + limit.getOriginalMessage();
        }
      }
      JsonLocation location = e.getLocation();
      throw new SurveyJsonException(at.toString(), location == null ? -1 : location.getLineNr(),
          location == null ? -1 : location.getColumnNr(), problem, e);
    }
  }

  /**
   * Builds a model value, moving a rule it breaks under {@code path}: the value's own field
   * ({@code atLeast}) becomes {@code path.atLeast}.
   *
   * @param path the JSON path of the value built
   */
  static <T> T build(String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidValueException e) {
      throw relocated(path, e);
    }
  }

  /**
   * Builds a value read from one JSON value (a page pattern from a text), a journey rule it breaks
   * named at that value's path instead of the model's own field.
   *
   * @param path the JSON path of the value read
   */
  static <T> T leaf(String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidJourneyException e) {
      throw retyped(path, e);
    } catch (InvalidValueException e) {
      throw relocated(path, e);
    }
  }

  /** @return the failure with its field under the JSON path, of the same cxkit type */
  static InvalidValueException relocated(String path, InvalidValueException e) {
    String field = e.field().isEmpty() ? path
        : e.field().startsWith("[") ? path + e.field() : path + "." + e.field();
    return retyped(field, e);
  }

  /** @return the failure at {@code field}, of the most specific of the types a reader throws */
  private static InvalidValueException retyped(String field, InvalidValueException e) {
    InvalidValueException moved;
    if (e instanceof InvalidConditionException) {
      moved = new InvalidConditionException(field, e.value(), e.rule());
    } else if (e instanceof InvalidTriggerException) {
      moved = new InvalidTriggerException(field, e.value(), e.rule());
    } else if (e instanceof InvalidJourneyException) {
      moved = new InvalidJourneyException(field, e.value(), e.rule());
    } else {
      moved = new InvalidValueException(field, e.value(), e.rule());
    }
    try {
      moved.initCause(e);
    } catch (IllegalStateException alreadyCaused) {
      // the type set a cause of its own; keep it
    }
    return moved;
  }
}
