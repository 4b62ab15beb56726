package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.cxkit.core.CxException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.UnknownQuestionTypeException;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.JsonPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Translates Jackson's failures into cxkit's exceptions, with JSON paths a user can follow. */
final class JsonErrors {
  /** Classes whose validation paths start at the response, not at themselves. */
  private static final Set<Class<?>> RESPONSE_ROOTED =
      Set.of(Respondent.class, ContactDetails.class, ResponseContext.class);

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) [\"']?(.*?)[\"']?");
  private static final Pattern COERCE =
      Pattern.compile("Cannot coerce ([A-Za-z-]+) value \\((.*)\\) to `", Pattern.DOTALL);
  private static final Pattern QUOTED = Pattern.compile("\"(.*)\"", Pattern.DOTALL);
  private static final Pattern EMPTY_OR_BLANK = Pattern.compile("Cannot coerce (empty|blank) String");
  private static final Pattern FROM = Pattern.compile(" from (String|Integer|Floating-point|Boolean|Array|Object) value");
  private static final Pattern LIMIT =
      Pattern.compile("([A-Za-z][A-Za-z ]*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from .*\\)");
  private static final Pattern FEATURE_HINT = Pattern.compile(
      ": enable `[A-Za-z_.]+` to allow| \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");
  // Jackson names where an unclosed object or array began with its own source description
  // ("[Source: REDACTED (`StreamReadFeature…` disabled); line: 1, column: 1]"): keep the place only.
  private static final Pattern START_MARKER = Pattern.compile(
      "\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonErrors() {}

  /** @return the exception to throw for a failure while reading */
  /**
   * @param parser the parser that was reading, for the position of a failure Jackson reports
   *     without one; or null
   * @return the exception to throw for a failure while reading
   */
  static RuntimeException reading(IOException failure, @Nullable JsonParser parser) {
    List<Throwable> chain = chain(failure);
    for (Throwable t : chain) {
      if (t instanceof IOException && !(t instanceof JacksonException)
          && !(t instanceof java.io.CharConversionException)) {
        return new UncheckedIOException((IOException) t);
      }
    }
    List<JsonMappingException.Reference> references = failure instanceof JsonMappingException
        ? ((JsonMappingException) failure).getPath() : List.of();
    String path = JsonPaths.of(references);
    for (Throwable t : chain) {
      if (t instanceof UnknownQuestionTypeException || t instanceof SurveyJsonException) {
        return (CxException) t;
      }
      if (t instanceof InvalidValueException) {
        return relocated((InvalidValueException) t, path, constructed(chain));
      }
      if (t instanceof CxException) {
        return (CxException) t;
      }
    }
    JacksonException innermost = null;
    for (Throwable t : chain) {
      if (t instanceof JacksonException) {
        innermost = (JacksonException) t;
      }
    }
    JsonLocation at = location(chain);
    if (references.isEmpty() && innermost instanceof StreamReadException
        && innermost.getProcessor() instanceof JsonParser) {
      path = JsonPaths.of(((JsonParser) innermost.getProcessor()).getParsingContext());
    } else if (at == null && parser != null) {
      // A limit of StreamReadConstraints is reported without a position: the parser still has it.
      at = parser.currentLocation();
      if (references.isEmpty()) {
        path = JsonPaths.of(parser.getParsingContext());
      }
    }
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    return new SurveyJsonException(path, line, column, problem(chain, innermost), failure);
  }

  /** @return {@code failure} with its field under the JSON path, or {@code failure} at the root */
  static RuntimeException atRoot(CxException failure) {
    if (failure instanceof InvalidValueException) {
      return relocated((InvalidValueException) failure, "$", null);
    }
    return failure;
  }

  /** @return the exception to throw for a failure while writing */
  static RuntimeException writing(IOException failure) {
    for (Throwable t : chain(failure)) {
      if (t instanceof CxException) {
        return (CxException) t;
      }
    }
    List<JsonMappingException.Reference> references = failure instanceof JsonMappingException
        ? ((JsonMappingException) failure).getPath() : List.of();
    String message = failure instanceof JacksonException
        ? ((JacksonException) failure).getOriginalMessage() : failure.getMessage();
    return new SurveyJsonException(JsonPaths.of(references), -1, -1,
        "cannot be written as JSON: " + message, failure);
  }

  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static @Nullable Class<?> constructed(List<Throwable> chain) {
    for (Throwable t : chain) {
      if (t instanceof ValueInstantiationException) {
        return ((ValueInstantiationException) t).getType().getRawClass();
      }
    }
    return null;
  }

  private static @Nullable JsonLocation location(List<Throwable> chain) {
    JsonLocation found = null;
    for (Throwable t : chain) {
      if (t instanceof JacksonException) {
        JsonLocation at = ((JacksonException) t).getLocation();
        if (at != null && at.getLineNr() > 0) {
          found = at;
        }
      }
    }
    return found;
  }

  private static String problem(List<Throwable> chain, @Nullable JacksonException innermost) {
    for (Throwable t : chain) {
      if (!(t instanceof JacksonException) && t instanceof RuntimeException) {
        // A model record refused its members with a Java exception rather than a cxkit one.
        String message = t.getMessage();
        if (t instanceof NullPointerException && message != null
            && IDENTIFIER.matcher(message).matches()) {
          return "member \"" + message + "\" is missing or null";
        }
        if (t instanceof NullPointerException) {
          return "cannot be built: a member holds null where a value is required"
              + (message == null ? "" : " (" + message + ")");
        }
        return "cannot be built: " + t.getClass().getSimpleName()
            + (message == null ? "" : ": " + message);
      }
    }
    if (innermost == null) {
      return "cannot be read";
    }
    if (innermost instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) innermost;
      List<String> known = new ArrayList<>();
      if (unknown.getKnownPropertyIds() != null) {
        for (Object id : unknown.getKnownPropertyIds()) {
          known.add("\"" + id + "\"");
        }
      }
      return "unknown member " + Ids.quote(unknown.getPropertyName()) + "; known members are "
          + (known.isEmpty() ? "none" : String.join(", ", known));
    }
    String message = innermost.getOriginalMessage();
    if (message == null) {
      return "cannot be read";
    }
    if (innermost instanceof StreamConstraintsException) {
      Matcher limit = LIMIT.matcher(message);
      if (limit.matches()) {
        String what = limit.group(1);
        return "too large to read: " + Character.toLowerCase(what.charAt(0)) + what.substring(1)
            + " " + limit.group(2) + " exceeds the limit of " + limit.group(3);
      }
      return "too large to read: " + message;
    }
    if (innermost instanceof InputCoercionException) {
      return "number out of range: " + message;
    }
    if (innermost instanceof StreamReadException && !(innermost instanceof JsonMappingException)) {
      Matcher duplicate = DUPLICATE.matcher(message);
      if (duplicate.matches()) {
        return "member " + Ids.quote(duplicate.group(1)) + " is given twice";
      }
      return "malformed JSON: " + withoutParserHints(message);
    }
    if (innermost instanceof MismatchedInputException) {
      if (message.startsWith("No content to map due to end-of-input")) {
        return "the document is empty";
      }
      if (message.startsWith("Trailing token")) {
        return "unexpected content after the end of the JSON value";
      }
      Class<?> target = ((MismatchedInputException) innermost).getTargetType();
      if (message.startsWith("Cannot map `null` into type ")) {
        return "member is missing or null; it must be " + expected(target);
      }
      Matcher emptyOrBlank = EMPTY_OR_BLANK.matcher(message);
      if (emptyOrBlank.lookingAt() && target != null) {
        return "expected " + expected(target) + ", found "
            + (emptyOrBlank.group(1).equals("empty") ? "an empty string (\"\")" : "a blank string");
      }
      Matcher coerce = COERCE.matcher(message);
      if (coerce.lookingAt() && target != null) {
        return "expected " + expected(target) + ", found " + shape(coerce.group(1)) + " ("
            + shown(coerce.group(2)) + ")";
      }
      Matcher from = FROM.matcher(message);
      if (from.find() && target != null) {
        return "expected " + expected(target) + ", found " + shape(from.group(1));
      }
    }
    return message;
  }

  /**
   * @return Jackson's parser message without its advice to enable a parser feature, which a reader
   *     of SurveyJson cannot follow: the format is strict JSON (RFC 8259)
   */
  static String withoutParserHints(String message) {
    message = START_MARKER.matcher(message).replaceAll("(opened at line $1, column $2)");
    String plain = FEATURE_HINT.matcher(message).replaceAll("");
    return plain.equals(message) ? message : plain + " (not allowed in strict JSON, RFC 8259)";
  }

  /** @return a value as Jackson quoted it, escaped and cut as {@link Ids#quote} does */
  private static String shown(String jacksonValue) {
    Matcher quoted = QUOTED.matcher(jacksonValue);
    return quoted.matches() ? Ids.quote(quoted.group(1)) : Ids.escape(jacksonValue, '"');
  }

  /** @return what a Java type is in JSON terms, for "expected …" */
  private static String expected(@Nullable Class<?> raw) {
    if (raw == null) {
      return "a value";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "true or false";
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
        || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
        || raw == java.math.BigInteger.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      return "a number";
    }
    if (raw == String.class || raw == char.class || raw == Character.class || raw.isEnum()) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String shape(String jacksonShape) {
    switch (jacksonShape) {
      case "String":
        return "a string";
      case "Integer":
        return "an integer";
      case "Floating-point":
        return "a floating-point number";
      case "Boolean":
        return "a boolean";
      case "Array":
        return "an array";
      case "Object":
        return "an object";
      default:
        return jacksonShape;
    }
  }

  private static InvalidValueException relocated(InvalidValueException failure, String location,
      @Nullable Class<?> constructed) {
    String field;
    if (constructed != null && constructed.isEnum() && location.endsWith("." + failure.field())) {
      // An enum's own factory names the member it was read for, which the location already ends with.
      field = location;
    } else {
      field = join(location, failure.field(),
          constructed != null && RESPONSE_ROOTED.contains(constructed));
    }
    InvalidValueException located = sameType(failure, field);
    try {
      located.initCause(failure);
    } catch (IllegalStateException alreadyCaused) {
      // the subclass set a cause of its own; keep it
    }
    return located;
  }

  /**
   * Joins a JSON location and a field path relative to it. The response's own parts (respondent,
   * context) name their fields from the response ({@code respondent.contact}), so the part of the
   * field that repeats the end of the location is dropped.
   */
  static String join(String location, String field, boolean overlapping) {
    if (field.isEmpty()) {
      return location;
    }
    if (overlapping && location.startsWith("$.")) {
      String[] segments = location.substring(2).split("\\.");
      for (int k = segments.length; k >= 1; k--) {
        String suffix = String.join(".", java.util.Arrays.copyOfRange(segments,
            segments.length - k, segments.length));
        if (field.equals(suffix)) {
          return location;
        }
        if (field.startsWith(suffix + ".") || field.startsWith(suffix + "[")) {
          return location + field.substring(suffix.length());
        }
      }
    }
    return field.startsWith("[") ? location + field : location + "." + field;
  }

  private static InvalidValueException sameType(InvalidValueException failure, String field) {
    Class<?> type = failure.getClass();
    if (type == InvalidSurveyException.class) {
      return new InvalidSurveyException(field, failure.value(), failure.rule());
    }
    if (type == InvalidResponseException.class) {
      return new InvalidResponseException(field, failure.value(), failure.rule());
    }
    if (type != InvalidValueException.class) {
      try {
        Constructor<?> constructor = type.getConstructor(String.class, Object.class, String.class);
        return (InvalidValueException) constructor.newInstance(field, failure.value(),
            failure.rule());
      } catch (ReflectiveOperationException | RuntimeException | LinkageError noSuchForm) {
        // fall through to the nearest type we can build
      }
    }
    if (failure instanceof InvalidSurveyException) {
      return new InvalidSurveyException(field, failure.value(), failure.rule());
    }
    if (failure instanceof InvalidResponseException) {
      return new InvalidResponseException(field, failure.value(), failure.rule());
    }
    return new InvalidValueException(field, failure.value(), failure.rule());
  }
}
