package io.cxkit.journey.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.cxkit.core.CxException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.internal.io.WritableText;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * One line of a JSON Lines source read with Jackson's streaming parser, strictly (a member named
 * twice fails), with the problems it finds as {@link SurveyJsonException}s carrying the JSON path,
 * the line in the source and the column. Not thread-safe; one per line.
 */
final class JsonLine implements AutoCloseable {
  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final JsonParser parser;
  private final int line;
  /** The path of what is being read, for a malformed-JSON message. */
  String path = "$";

  private JsonLine(JsonParser parser, long line) {
    this.parser = parser;
    this.line = line <= Integer.MAX_VALUE ? (int) line : -1;
  }

  static JsonLine of(String text, long line) throws IOException {
    return new JsonLine(FACTORY.createParser(text), line);
  }

  /** @return the next token, or null at the end */
  @Nullable JsonToken next() throws IOException {
    return parser.nextToken();
  }

  /** @return the current member's name */
  String name() throws IOException {
    return parser.currentName();
  }

  /** @return the current token's text */
  String text() throws IOException {
    return parser.getText();
  }

  JsonParser parser() {
    return parser;
  }

  /** Skips the current value with what it holds. */
  void skip() throws IOException {
    parser.skipChildren();
  }

  /**
   * Refuses text that UTF-8 cannot carry, before a writer writes any of its record: an unpaired
   * surrogate char, which would otherwise fail the encoder part of the way through the line and
   * leave half a record in the output.
   *
   * @param path the field, for the message, such as {@code attributes.sku}
   * @param value the text
   * @return the text
   * @throws InvalidJourneyException naming the field, the value and the character's position
   */
  static String writable(String path, String value) {
    int at = WritableText.unpairedSurrogate(value);
    if (at >= 0) {
      throw new InvalidJourneyException(path, JourneyIds.quote(value),
          WritableText.rule(value, at));
    }
    return value;
  }

  SurveyJsonException problem(String at, String problem) {
    return new SurveyJsonException(at, line, column(parser.currentTokenLocation()), problem);
  }

  SurveyJsonException problem(String at, String problem, CxException cause) {
    return new SurveyJsonException(at, line, column(parser.currentTokenLocation()), problem,
        cause);
  }

  /** @return the JSON type of the current token, for messages */
  String type() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }

  /** @return the string of the current token */
  String string(String at) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw problem(at, "must be a string, not " + type());
    }
    return parser.getText();
  }

  /** Refuses anything after the document. */
  void end() throws IOException {
    path = "$";
    if (parser.nextToken() != null) {
      throw problem("$", "holds more after the object: one JSON document per line");
    }
  }

  /** @return the parser's failure on malformed JSON, with the path read so far */
  SurveyJsonException malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    return new SurveyJsonException(path, line, column(at),
        "is not well-formed JSON: " + e.getOriginalMessage());
  }

  private static int column(JsonLocation location) {
    return location == null ? -1 : location.getColumnNr();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
