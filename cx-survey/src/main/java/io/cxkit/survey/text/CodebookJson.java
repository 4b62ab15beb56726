package io.cxkit.survey.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.ByteOrderMark;
import io.cxkit.survey.internal.io.JsonPaths;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link Codebook}, read strictly:
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "themes": [
 *     {"id": "delivery", "label": "Delivery",
 *      "keywords": {"en": ["delivery", "out of stock"], "ru": ["достав*"], "zh": ["送货", "快递"]}}
 *   ]
 * }
 * }</pre>
 *
 * <p>Every problem is a {@link SurveyJsonException} whose message reads {@code path (line L,
 * column C): problem}: malformed JSON, a member unknown, missing, mistyped or given twice, a
 * {@code formatVersion} other than {@value #FORMAT_VERSION}, no theme, a duplicate theme id, a
 * language that is not an ISO 639-1 code, a language without keywords, and a keyword that is
 * blank, has no word, misplaces a {@code *} or repeats another. A leading byte order mark is
 * skipped. Writing gives the members in that order, pretty-printed, so codebooks diff well in
 * version control; a written codebook reads back equal.
 */
public final class CodebookJson {
  /** The version of the JSON form, in its {@code formatVersion} member. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private CodebookJson() {}

  /**
   * @param json a codebook's JSON form
   * @return the codebook
   * @throws SurveyJsonException naming the path, line and column of the first problem
   */
  public static Codebook read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(FACTORY.createParser(ByteOrderMark.skip(json)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param reader a codebook's JSON form; read to its end, not closed
   * @return the codebook
   * @throws SurveyJsonException naming the path, line and column of the first problem
   * @throws UncheckedIOException if the reader fails
   */
  public static Codebook read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    try {
      JsonParser parser = FACTORY.createParser(ByteOrderMark.skip(reader));
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param in a codebook's JSON form in UTF-8 (or UTF-16/32, which Jackson detects); not closed
   * @return the codebook
   * @throws SurveyJsonException naming the path, line and column of the first problem
   * @throws UncheckedIOException if the stream fails
   */
  public static Codebook read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      JsonParser parser = FACTORY.createParser(in);
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Codebook read(JsonParser parser) throws IOException {
    try (JsonParser p = parser) {
      return new Read(p).codebook();
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof IOException io && !(io instanceof JsonProcessingException)) {
        throw new UncheckedIOException(io);
      }
      JsonLocation at = e.getLocation();
      String path = e.getProcessor() instanceof JsonParser p ? JsonPaths.of(p.getParsingContext()) : "$";
      throw new SurveyJsonException(path, at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(), "malformed JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** One reading: the parser and the themes' ids so far, where each was. */
  private static final class Read {
    private final JsonParser p;

    Read(JsonParser p) {
      this.p = p;
    }

    Codebook codebook() throws IOException {
      p.nextToken();
      Codebook codebook = nested("$");
      if (p.nextToken() != null) {
        throw fail("$", "content after the codebook: " + found());
      }
      return codebook;
    }

    /** Reads a codebook object at the current token, whose path is {@code base}. */
    Codebook nested(String base) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail(base, "a codebook must be a JSON object, found " + found());
      }
      JsonLocation start = p.currentTokenLocation();
      Integer format = null;
      List<Theme> themes = null;
      Set<String> members = new HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String path = JsonPaths.member(base, name);
        if (!members.add(name)) {
          throw fail(path, "member given twice");
        }
        p.nextToken();
        switch (name) {
          case "formatVersion" -> format = formatVersion(path);
          case "themes" -> themes = themes(path);
          default -> throw fail(path, "unknown member; a codebook has \"formatVersion\" and \"themes\"");
        }
      }
      if (format == null) {
        throw fail(base, start, "missing member \"formatVersion\" (" + FORMAT_VERSION + ")");
      }
      if (themes == null) {
        throw fail(base, start, "missing member \"themes\"");
      }
      return Codebook.of(themes);
    }

    private int formatVersion(String path) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
          || p.getIntValue() != FORMAT_VERSION) {
        throw fail(path, "must be " + FORMAT_VERSION
            + ", the version of the codebook format read here; found " + found());
      }
      return FORMAT_VERSION;
    }

    private List<Theme> themes(String path) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail(path, "must be an array of themes, found " + found());
      }
      JsonLocation start = p.currentTokenLocation();
      List<Theme> themes = new ArrayList<>();
      Map<String, Integer> ids = new HashMap<>();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        themes.add(theme(path + "[" + i + "]", ids, i));
      }
      if (themes.isEmpty()) {
        throw fail(path, start, "a codebook needs at least one theme");
      }
      return themes;
    }

    private Theme theme(String path, Map<String, Integer> ids, int position) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail(path, "a theme must be an object with \"id\", \"label\" and \"keywords\", found "
            + found());
      }
      JsonLocation start = p.currentTokenLocation();
      String id = null;
      String label = null;
      Map<String, List<String>> keywords = null;
      Set<String> members = new HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String member = JsonPaths.member(path, name);
        if (!members.add(name)) {
          throw fail(member, "member given twice");
        }
        p.nextToken();
        switch (name) {
          case "id" -> {
            id = text(member);
            try {
              Ids.requireId("id", id);
            } catch (InvalidValueException e) {
              throw fail(member, Ids.quote(id) + ": a theme id " + e.rule());
            }
            Integer earlier = ids.putIfAbsent(id, position);
            if (earlier != null) {
              throw fail(member, Ids.quote(id) + ": theme ids must be unique; theme " + earlier
                  + " has it already");
            }
          }
          case "label" -> label = text(member);
          case "keywords" -> keywords = keywords(member);
          default -> throw fail(member, "unknown member; a theme has \"id\", \"label\" and \"keywords\"");
        }
      }
      for (String required : new String[] {"id", "label", "keywords"}) {
        if (!members.contains(required)) {
          throw fail(path, start, "missing member \"" + required + "\"");
        }
      }
      try {
        return new Theme(Objects.requireNonNull(id), Objects.requireNonNull(label),
            Objects.requireNonNull(keywords));
      } catch (InvalidValueException e) {
        throw fail(path, start, e.getMessage());
      }
    }

    private Map<String, List<String>> keywords(String path) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail(path, "must be an object of keyword lists by language, found " + found());
      }
      JsonLocation start = p.currentTokenLocation();
      Map<String, List<String>> keywords = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String language = p.currentName();
        String member = JsonPaths.member(path, language);
        if (keywords.containsKey(language)) {
          throw fail(member, "member given twice");
        }
        try {
          Theme.requireLanguage("language", language);
        } catch (InvalidValueException e) {
          throw fail(member, "unknown language tag " + Ids.quote(language) + ": " + e.rule());
        }
        p.nextToken();
        keywords.put(language, words(member, language));
      }
      if (keywords.isEmpty()) {
        throw fail(path, start, "a theme needs keywords in at least one language");
      }
      return keywords;
    }

    private List<String> words(String path, String language) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail(path, "must be an array of keywords, found " + found());
      }
      JsonLocation start = p.currentTokenLocation();
      List<String> words = new ArrayList<>();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String element = path + "[" + i + "]";
        String word = text(element);
        try {
          Keyword.compile(element, word, language);
        } catch (InvalidValueException e) {
          throw fail(element, Ids.quote(word) + ": " + e.rule());
        }
        words.add(word);
      }
      if (words.isEmpty()) {
        throw fail(path, start, "a language listed needs at least one keyword");
      }
      return words;
    }

    private String text(String path) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail(path, "must be a string, found " + found());
      }
      return p.getText();
    }

    private String found() {
      JsonToken token = p.currentToken();
      if (token == null) {
        return "the end of the document";
      }
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case VALUE_NULL -> "null";
        default -> token.asString() == null ? token.name() : token.asString();
      };
    }

    private SurveyJsonException fail(String path, String problem) {
      return fail(path, p.currentTokenLocation(), problem);
    }

    private static SurveyJsonException fail(String path, @Nullable JsonLocation at, String problem) {
      return new SurveyJsonException(path, at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(), problem);
    }
  }

  /**
   * Reads a codebook nested in another document, at the parser's current token.
   *
   * @param p a parser whose current token starts the codebook object; left on its end
   * @param path the codebook's path in the document, such as {@code $.codebook}
   * @throws SurveyJsonException naming the path, line and column of the first problem
   */
  static Codebook readNested(JsonParser p, String path) throws IOException {
    return new Read(p).nested(path);
  }

  /** Writes a codebook as a value of an enclosing document. */
  static void writeNested(Codebook codebook, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    g.writeArrayFieldStart("themes");
    for (Theme theme : codebook.themes()) {
      g.writeStartObject();
      g.writeStringField("id", theme.id());
      g.writeStringField("label", theme.label());
      g.writeObjectFieldStart("keywords");
      for (Map.Entry<String, List<String>> entry : theme.keywords().entrySet()) {
        g.writeArrayFieldStart(entry.getKey());
        for (String word : entry.getValue()) {
          g.writeString(word);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * @param codebook a codebook
   * @return its JSON form, pretty-printed, ending in a line break
   */
  public static String write(Codebook codebook) {
    StringWriter out = new StringWriter();
    write(codebook, out);
    return out.toString();
  }

  /**
   * @param codebook a codebook
   * @param out where to write its JSON form; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Codebook codebook, Writer out) {
    Objects.requireNonNull(codebook, "codebook");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      writeNested(codebook, g);
      g.writeRaw('\n');
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
