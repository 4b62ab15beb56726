package io.cxkit.survey.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.cxkit.survey.internal.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds text that UTF-8 cannot carry, so that a JSON Lines writer refuses a record before writing
 * any of it: an unpaired surrogate char would otherwise fail a reporting encoder part of the way
 * through the line, leaving half a record in the output with the next one glued to it. Used by
 * cx-survey's response writer and cx-journey's event and profile writers.
 */
public final class WritableText {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]+");

  private WritableText() {}

  /**
   * Where a JSON document holds text UTF-8 cannot write.
   *
   * @param path the member or element holding it, such as {@code answers.tags.tags[0]} (no
   *     {@code $}; bracket notation for a member name that needs it); for a member name that
   *     holds it, the object whose member it is ({@code ""} for the document itself)
   * @param text the string or member name
   * @param index the index of its first unpaired surrogate char
   * @param memberName whether {@code text} is a member name rather than a string value
   */
  public record Unwritable(String path, String text, int index, boolean memberName) {
    /** @return the rule the text breaks, as {@link WritableText#rule} words it */
    public String rule() {
      return WritableText.rule(text, index) + (memberName ? " (a member name)" : "");
    }
  }

  /**
   * @param text a text
   * @return the index of its first surrogate char that is not half of a pair, or −1 if it has none
   */
  public static int unpairedSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param text a text {@link #unpairedSurrogate} refused
   * @param index the index it gave
   * @return the rule the text breaks, naming the position in code points from 1: {@code holds an
   *     unpaired surrogate char at character 2, which UTF-8 cannot write}
   */
  public static String rule(String text, int index) {
    return "holds an unpaired surrogate char at character " + (text.codePointCount(0, index) + 1)
        + ", which UTF-8 cannot write";
  }

  /**
   * Looks for text UTF-8 cannot write in a JSON document, such as a line about to be written.
   * Costs one pass over the chars when there is none; only a document that holds one is parsed, to
   * name where.
   *
   * @param json a well-formed JSON document, as a generator wrote it
   * @return the first string value or member name holding an unpaired surrogate, or null if none
   * @throws IllegalArgumentException if the document holds one but is not well-formed JSON
   */
  public static @Nullable Unwritable inJson(String json) {
    if (unpairedSurrogate(json) < 0) {
      return null;
    }
    try (JsonParser parser = FACTORY.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          int at = unpairedSurrogate(name);
          if (at >= 0) {
            return new Unwritable(path(parser.getParsingContext().getParent()), name, at, true);
          }
        } else if (token == JsonToken.VALUE_STRING) {
          String text = parser.getText();
          int at = unpairedSurrogate(text);
          if (at >= 0) {
            return new Unwritable(path(parser.getParsingContext()), text, at, false);
          }
        }
      }
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("json: not a well-formed JSON document", e);
    } catch (IOException e) {
      // A parser over a String does no I/O.
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException(
        "json: an unpaired surrogate char outside every string and member name");
  }

  /** @return the path of the parser's position: {@code answers.tags.tags[0]}, {@code ""} at the root */
  private static String path(@Nullable JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        path.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
      } else if (c.getCurrentName() != null) {
        String name = c.getCurrentName();
        if (PLAIN_NAME.matcher(name).matches()) {
          path.append(path.length() == 0 ? "" : ".").append(name);
        } else {
          path.append("[\"").append(Ids.escape(name, '"')).append("\"]");
        }
      }
    }
    return path.toString();
  }
}
