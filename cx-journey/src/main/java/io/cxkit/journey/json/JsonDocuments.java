package io.cxkit.journey.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.internal.io.ByteOrderMark;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The Jackson set-up and the document plumbing that {@link JourneyJson}, {@link TriggerJson} and
 * {@link InterceptJson} share: opening a source (a byte order mark skipped), reading one document
 * strictly through {@link StrictReader}, and writing one into a string.
 */
final class JsonDocuments {
  /** The only {@code formatVersion} the documents of this package have. */
  static final int FORMAT_VERSION = 1;

  // cx-survey's strict mapper: its factory refuses duplicate members and leaves sources open, and
  // it reads and writes conditions as SurveyJson does.
  private static final ObjectMapper MAPPER = SurveyJson.standard().mapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();
  // A rule is read in the middle of a document, so what follows it is the document's, not its.
  private static final ObjectReader CONDITION_READER = MAPPER.readerFor(Condition.class)
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectWriter CONDITION_WRITER = MAPPER.writerFor(Condition.class);

  private JsonDocuments() {}

  /**
   * Reads one document from a string, a leading byte order mark skipped.
   *
   * @param what what the document is, for messages ("a journey map document")
   */
  static <T> T read(String json, String what, StrictReader.Body<T> body) {
    Objects.requireNonNull(json, "json");
    return read(() -> FACTORY.createParser(ByteOrderMark.skip(json)), what, body);
  }

  /** Reads one document from characters, a leading byte order mark skipped; not closed. */
  static <T> T read(Reader json, String what, StrictReader.Body<T> body) {
    Objects.requireNonNull(json, "json");
    return read(() -> FACTORY.createParser(ByteOrderMark.skip(json)), what, body);
  }

  /**
   * Reads one document from bytes, the encoding (UTF-8, -16, -32) detected and a byte order mark
   * skipped by Jackson; not closed.
   */
  static <T> T read(InputStream json, String what, StrictReader.Body<T> body) {
    Objects.requireNonNull(json, "json");
    return read(() -> FACTORY.createParser(json), what, body);
  }

  @FunctionalInterface
  private interface Source {
    JsonParser open() throws IOException;
  }

  private static <T> T read(Source source, String what, StrictReader.Body<T> body) {
    JsonParser p;
    try {
      p = source.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return StrictReader.document(p, CONDITION_READER, what, body);
  }

  /** Writes one value of a document. */
  @FunctionalInterface
  interface Writing {
    void write(JsonGenerator gen) throws IOException;
  }

  /**
   * Writes a document into a string.
   *
   * @return the document, on one line
   * @throws SurveyJsonException at {@code $} if Jackson refuses to write it
   */
  static String write(Writing writing) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      writing.write(gen);
    } catch (IOException e) {
      // A StringWriter does not fail; Jackson's write limits do, on a condition nested beyond
      // them. That is the data's fault, typed as cx-survey's SurveyJson types it.
      String message = e instanceof JacksonException jackson
          ? jackson.getOriginalMessage() : e.getMessage();
      throw new SurveyJsonException("$", -1, -1, "cannot be written as JSON: " + message, e);
    }
    return out.toString();
  }

  /** Writes {@code "formatVersion": 1}, the first member of a document. */
  static void writeFormatVersion(JsonGenerator gen) throws IOException {
    gen.writeNumberField("formatVersion", FORMAT_VERSION);
  }

  /** Writes a condition in cx-survey's condition JSON, as a value (after its field name). */
  static void writeCondition(JsonGenerator gen, Condition condition) throws IOException {
    CONDITION_WRITER.writeValue(gen, condition);
  }

  /** Writes member {@code name}: an array of the texts, in order. */
  static void writeTexts(JsonGenerator gen, String name, List<String> texts) throws IOException {
    gen.writeArrayFieldStart(name);
    for (String text : texts) {
      gen.writeString(text);
    }
    gen.writeEndArray();
  }

  /** Integral numbers as integers ({@code 5}), others as doubles, as conditions write them. */
  static void writeNumber(JsonGenerator gen, double value) throws IOException {
    boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0L;
    if (value == Math.rint(value) && Math.abs(value) < 1e15 && !negativeZero) {
      gen.writeNumber((long) value);
    } else {
      gen.writeNumber(value);
    }
  }
}
