package io.cxkit.survey.internal.io;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.cxkit.survey.internal.Ids;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * JSON paths ({@code $.questions[1].type}) and token names for messages, the same in every cxkit
 * JSON reader: SurveyJson's, the follow-up, codebook and text documents' and cx-journey's.
 */
public final class JsonPaths {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]+");

  /** How many levels of nesting a path derived from the parser names before it ends in {@code …}. */
  public static final int MAX_LEVELS = 32;

  private JsonPaths() {}

  /** @return the JSON path of a Jackson reference chain, outermost first; {@code $} when empty */
  public static String of(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      String name = reference.getFieldName();
      if (name != null) {
        appendMember(path, name);
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** @return the JSON path of the parser's current position */
  public static String of(@Nullable JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder path = new StringBuilder("$");
    int levels = 0;
    for (JsonStreamContext c : chain) {
      if (++levels > MAX_LEVELS) {
        // A document nested too deeply for the parser would otherwise name a path of a thousand steps.
        path.append("…");
        break;
      }
      if (c.inArray()) {
        path.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
      } else {
        String name = c.getCurrentName();
        if (name != null) {
          appendMember(path, name);
        }
      }
    }
    return path.toString();
  }

  /** @return {@code path} with a member appended, in bracket notation if the name needs it */
  public static String member(String path, String name) {
    StringBuilder result = new StringBuilder(path);
    appendMember(result, name);
    return result.toString();
  }

  private static void appendMember(StringBuilder path, String name) {
    if (name.length() <= Ids.SHOWN && PLAIN_NAME.matcher(name).matches()) {
      path.append('.').append(name);
    } else {
      path.append("['").append(Ids.escape(name, '\'')).append("']");
    }
  }

  /** @return what a token is, in words: {@code a string}, {@code an object} */
  public static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
      case END_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a floating-point number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "an embedded value";
    }
  }
}
