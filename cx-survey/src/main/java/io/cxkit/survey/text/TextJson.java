package io.cxkit.survey.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cxkit.core.CxException;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.ByteOrderMark;
import io.cxkit.survey.internal.io.JsonPaths;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The JSON serial forms of open-text results, so that partial counts made on several machines
 * are written, read back and merged: {@link PhraseCounts}, {@link PhraseGroupCounts}, {@link
 * PhraseSummary} and {@link ThemeSummary}. Each document starts with {@code "formatVersion": 1}
 * and a {@code "kind"}; nested documents are whole documents of their own kind. The shapes:
 *
 * <pre>{@code
 * {"formatVersion": 1, "kind": "phrase-counts", "maxWords": 3, "capacity": 20000,
 *  "totalComments": 5, "totalPhrases": 19, "unmonitoredBound": 0,
 *  "phrases": [{"phrase": "late", "count": 3}, {"phrase": "rude courier", "count": 1}]}
 *
 * {"formatVersion": 1, "kind": "phrase-group-counts", "maxWords": 3, "capacity": 20000,
 *  "groups": [{"group": "detractor", "counts": {phrase-counts}}]}
 *
 * {"formatVersion": 1, "kind": "phrase-summary", "key": "nps-group:nps", "question": "why",
 *  "responsesWithoutComment": 1, "truncated": 0,
 *  "withoutGroup": {phrase-counts}, "groups": {phrase-group-counts}}
 *
 * {"formatVersion": 1, "kind": "theme-summary", "key": "nps-group:nps", "question": "why",
 *  "responsesWithoutComment": 1, "codebook": {the codebook's own form, see CodebookJson},
 *  "withoutGroup": {theme-counts}, "groups": [{"group": "detractor", "counts": {theme-counts}}]}
 *
 * theme-counts: {"comments": 5, "withoutTheme": 0, "uncovered": 0, "truncated": 0,
 *                "themes": {"delivery": 3, "price": 2, …every theme of the codebook, in its order}}
 * }</pre>
 *
 * <p>Phrases are written highest count first (ties by phrase), groups in label order, so a
 * written result is the same bytes on every machine. A phrase's {@code "maxError"} is written
 * only when it is not 0 (a Space-Saving estimate); {@code "question"} only when there is one.
 *
 * <p>Reading is strict: every problem is a {@link SurveyJsonException} whose message reads {@code
 * path (line L, column C): problem} — malformed JSON, a member unknown, missing, mistyped or given
 * twice, another {@code formatVersion} or {@code kind}, a count that is negative, not an integer
 * or out of range, a phrase that is not 1 to {@code maxWords} tokens joined by single spaces or is
 * given twice, more phrases than the capacity, exact counts that do not add up to {@code
 * totalPhrases}, a group given twice or whose counts have another phrase length or capacity, and
 * theme counts that do not name the codebook's themes in order or cannot be right. A leading byte
 * order mark is skipped. A document read back equals the one written, and merges as it did.
 */
public final class TextJson {
  /** The version of these forms, in their {@code formatVersion} member. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private TextJson() {}

  // ---------------------------------------------------------------------------------- writing

  /**
   * @param counts phrase counts
   * @return their JSON form, pretty-printed, ending in a line break
   */
  public static String write(PhraseCounts counts) {
    Objects.requireNonNull(counts, "counts");
    return written(g -> writeCounts(counts, g));
  }

  /**
   * @param counts grouped phrase counts
   * @return their JSON form, pretty-printed, ending in a line break
   */
  public static String write(PhraseGroupCounts counts) {
    Objects.requireNonNull(counts, "counts");
    return written(g -> writeGroups(counts, g));
  }

  /**
   * @param summary a phrase summary
   * @return its JSON form, pretty-printed, ending in a line break
   */
  public static String write(PhraseSummary summary) {
    Objects.requireNonNull(summary, "summary");
    return written(g -> writePhraseSummary(summary, g));
  }

  /**
   * @param summary a theme summary
   * @return its JSON form, pretty-printed, ending in a line break
   */
  public static String write(ThemeSummary summary) {
    Objects.requireNonNull(summary, "summary");
    return written(g -> writeThemeSummary(summary, g));
  }

  /** A body that writes one document. */
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String written(Body body) {
    StringWriter out = new StringWriter();
    write(body, out);
    return out.toString();
  }

  /**
   * @param counts phrase counts
   * @param out where to write their JSON form; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(PhraseCounts counts, Writer out) {
    Objects.requireNonNull(counts, "counts");
    write(g -> writeCounts(counts, g), Objects.requireNonNull(out, "out"));
  }

  /**
   * @param counts grouped phrase counts
   * @param out where to write their JSON form; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(PhraseGroupCounts counts, Writer out) {
    Objects.requireNonNull(counts, "counts");
    write(g -> writeGroups(counts, g), Objects.requireNonNull(out, "out"));
  }

  /**
   * @param summary a phrase summary
   * @param out where to write its JSON form; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(PhraseSummary summary, Writer out) {
    Objects.requireNonNull(summary, "summary");
    write(g -> writePhraseSummary(summary, g), Objects.requireNonNull(out, "out"));
  }

  /**
   * @param summary a theme summary
   * @param out where to write its JSON form; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ThemeSummary summary, Writer out) {
    Objects.requireNonNull(summary, "summary");
    write(g -> writeThemeSummary(summary, g), Objects.requireNonNull(out, "out"));
  }

  private static void write(Body body, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      body.write(g);
      g.writeRaw('\n');
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void head(JsonGenerator g, String kind) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    g.writeStringField("kind", kind);
  }

  private static void writeCounts(PhraseCounts counts, JsonGenerator g) throws IOException {
    head(g, "phrase-counts");
    g.writeNumberField("maxWords", counts.maxWords());
    g.writeNumberField("capacity", counts.capacity());
    g.writeNumberField("totalComments", counts.totalComments());
    g.writeNumberField("totalPhrases", counts.totalPhrases());
    g.writeNumberField("unmonitoredBound", counts.unmonitoredBound());
    g.writeArrayFieldStart("phrases");
    for (PhraseCount count : counts.ranked()) {
      g.writeStartObject();
      g.writeStringField("phrase", count.phrase());
      g.writeNumberField("count", count.count());
      if (count.maxError() != 0) {
        g.writeNumberField("maxError", count.maxError());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeGroups(PhraseGroupCounts counts, JsonGenerator g) throws IOException {
    head(g, "phrase-group-counts");
    g.writeNumberField("maxWords", counts.maxWords());
    g.writeNumberField("capacity", counts.capacity());
    g.writeArrayFieldStart("groups");
    for (Map.Entry<String, PhraseCounts> group : counts.groups().entrySet()) {
      g.writeStartObject();
      g.writeStringField("group", group.getKey());
      g.writeFieldName("counts");
      writeCounts(group.getValue(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writePhraseSummary(PhraseSummary summary, JsonGenerator g) throws IOException {
    head(g, "phrase-summary");
    g.writeStringField("key", summary.keyName());
    if (summary.questionId().isPresent()) {
      g.writeStringField("question", summary.questionId().get());
    }
    g.writeNumberField("responsesWithoutComment", summary.responsesWithoutComment());
    g.writeNumberField("truncated", summary.truncated());
    g.writeFieldName("withoutGroup");
    writeCounts(summary.withoutGroup(), g);
    g.writeFieldName("groups");
    writeGroups(summary.groups(), g);
    g.writeEndObject();
  }

  private static void writeThemeSummary(ThemeSummary summary, JsonGenerator g) throws IOException {
    head(g, "theme-summary");
    g.writeStringField("key", summary.keyName());
    if (summary.questionId().isPresent()) {
      g.writeStringField("question", summary.questionId().get());
    }
    g.writeNumberField("responsesWithoutComment", summary.responsesWithoutComment());
    g.writeFieldName("codebook");
    CodebookJson.writeNested(summary.codebook(), g);
    g.writeFieldName("withoutGroup");
    writeThemeCounts(summary.withoutGroup(), g);
    g.writeArrayFieldStart("groups");
    for (Map.Entry<String, ThemeCounts> group : summary.groups().entrySet()) {
      g.writeStartObject();
      g.writeStringField("group", group.getKey());
      g.writeFieldName("counts");
      writeThemeCounts(group.getValue(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeThemeCounts(ThemeCounts counts, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("comments", counts.comments());
    g.writeNumberField("withoutTheme", counts.withoutTheme());
    g.writeNumberField("uncovered", counts.uncovered());
    g.writeNumberField("truncated", counts.truncated());
    g.writeObjectFieldStart("themes");
    for (String theme : counts.themeIds()) {
      g.writeNumberField(theme, counts.count(theme));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------- reading

  /**
   * @param json the JSON form of phrase counts
   * @return the counts
   * @throws SurveyJsonException naming the path, line and column of the first problem
   */
  public static PhraseCounts readPhraseCounts(String json) {
    return read(Objects.requireNonNull(json, "json"), In::counts);
  }

  /**
   * @param reader the JSON form of phrase counts; read to its end, not closed
   * @return the counts
   * @throws SurveyJsonException naming the path, line and column of the first problem
   * @throws UncheckedIOException if the reader fails
   */
  public static PhraseCounts readPhraseCounts(Reader reader) {
    return read(Objects.requireNonNull(reader, "reader"), In::counts);
  }

  /**
   * @param json the JSON form of grouped phrase counts
   * @return the grouped counts
   * @throws SurveyJsonException naming the path, line and column of the first problem
   */
  public static PhraseGroupCounts readPhraseGroupCounts(String json) {
    return read(Objects.requireNonNull(json, "json"), In::groups);
  }

  /**
   * @param reader the JSON form of grouped phrase counts; read to its end, not closed
   * @return the grouped counts
   * @throws SurveyJsonException naming the path, line and column of the first problem
   * @throws UncheckedIOException if the reader fails
   */
  public static PhraseGroupCounts readPhraseGroupCounts(Reader reader) {
    return read(Objects.requireNonNull(reader, "reader"), In::groups);
  }

  /**
   * @param json the JSON form of a phrase summary
   * @return the summary
   * @throws SurveyJsonException naming the path, line and column of the first problem
   */
  public static PhraseSummary readPhraseSummary(String json) {
    return read(Objects.requireNonNull(json, "json"), In::phraseSummary);
  }

  /**
   * @param reader the JSON form of a phrase summary; read to its end, not closed
   * @return the summary
   * @throws SurveyJsonException naming the path, line and column of the first problem
   * @throws UncheckedIOException if the reader fails
   */
  public static PhraseSummary readPhraseSummary(Reader reader) {
    return read(Objects.requireNonNull(reader, "reader"), In::phraseSummary);
  }

  /**
   * @param json the JSON form of a theme summary
   * @return the summary
   * @throws SurveyJsonException naming the path, line and column of the first problem
   */
  public static ThemeSummary readThemeSummary(String json) {
    return read(Objects.requireNonNull(json, "json"), In::themeSummary);
  }

  /**
   * @param reader the JSON form of a theme summary; read to its end, not closed
   * @return the summary
   * @throws SurveyJsonException naming the path, line and column of the first problem
   * @throws UncheckedIOException if the reader fails
   */
  public static ThemeSummary readThemeSummary(Reader reader) {
    return read(Objects.requireNonNull(reader, "reader"), In::themeSummary);
  }

  /** One document's reading, from its first token. */
  private interface Document<T> {
    T read(In in, String path) throws IOException;
  }

  private static <T> T read(Object source, Document<T> document) {
    try (JsonParser p = source instanceof String s ? FACTORY.createParser(ByteOrderMark.skip(s))
        : FACTORY.createParser(ByteOrderMark.skip((Reader) source))) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      In in = new In(p);
      p.nextToken();
      T value = document.read(in, "$");
      if (p.nextToken() != null) {
        throw in.fail("$", "content after the document: " + in.found());
      }
      return value;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof IOException io && !(io instanceof JsonProcessingException)) {
        throw new UncheckedIOException(io);
      }
      JsonLocation at = e.getLocation();
      String path = e.getProcessor() instanceof JsonParser p ? JsonPaths.of(p.getParsingContext()) : "$";
      throw new SurveyJsonException(path, at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(), "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The members of one object as they are read: each once, the known ones only. */
  private static final class Members {
    private final String path;
    private final List<String> known;
    private final Set<String> seen = new HashSet<>();
    private final JsonLocation start;

    Members(String path, List<String> known, JsonLocation start) {
      this.path = path;
      this.known = known;
      this.start = start;
    }
  }

  /** A strict reader over one parser. */
  private static final class In {
    private final JsonParser p;

    In(JsonParser p) {
      this.p = p;
    }

    /** Starts an object at the current token; the caller loops with {@link #next}. */
    Members open(String path, String what, List<String> known) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail(path, what + " must be a JSON object, found " + found());
      }
      return new Members(path, known, p.currentTokenLocation());
    }

    /** @return the next member's name, with the parser on its value; null at the object's end */
    @Nullable String next(Members members) throws IOException {
      if (p.nextToken() != JsonToken.FIELD_NAME) {
        return null;
      }
      String name = p.currentName();
      String path = JsonPaths.member(members.path, name);
      if (!members.known.contains(name)) {
        throw fail(path, "unknown member; the members are " + members.known);
      }
      if (!members.seen.add(name)) {
        throw fail(path, "member given twice");
      }
      p.nextToken();
      return name;
    }

    void require(Members members, String... required) {
      for (String name : required) {
        if (!members.seen.contains(name)) {
          throw fail(members.path, members.start, "missing member \"" + name + "\"");
        }
      }
    }

    void head(String path, String name, String kind) throws IOException {
      if (name.equals("formatVersion")) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
            || p.getIntValue() != FORMAT_VERSION) {
          throw fail(path + ".formatVersion", "must be " + FORMAT_VERSION
              + ", the format version this release reads; found " + found());
        }
      } else if (!kind.equals(text(path + ".kind"))) {
        throw fail(path + ".kind", "must be \"" + kind + "\", found " + Ids.quote(p.getText()));
      }
    }

    long count(String path) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw fail(path, "must be an integer count, found " + found());
      }
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw fail(path, "count " + p.getText() + " is out of range (at most " + Long.MAX_VALUE + ")");
      }
      long value = p.getLongValue();
      if (value < 0) {
        throw fail(path, "must be a count ≥ 0, found " + value);
      }
      return value;
    }

    int intIn(String path, int min, int max) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
          || p.getIntValue() < min || p.getIntValue() > max) {
        throw fail(path, "must be an integer in " + min + ".." + max + ", found "
            + (p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getText() : found()));
      }
      return p.getIntValue();
    }

    String text(String path) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail(path, "must be a string, found " + found());
      }
      return p.getText();
    }

    void array(String path) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail(path, "must be an array, found " + found());
      }
    }

    private static final List<String> COUNTS = List.of("formatVersion", "kind", "maxWords",
        "capacity", "totalComments", "totalPhrases", "unmonitoredBound", "phrases");

    PhraseCounts counts(String path) throws IOException {
      Members m = open(path, "phrase counts", COUNTS);
      int maxWords = 0;
      int capacity = 0;
      long comments = 0;
      long phrases = 0;
      long bound = 0;
      Map<String, PhraseCount> held = null;
      JsonLocation phrasesAt = null;
      for (String name = next(m); name != null; name = next(m)) {
        String at = JsonPaths.member(path, name);
        switch (name) {
          case "formatVersion", "kind" -> head(path, name, "phrase-counts");
          case "maxWords" -> maxWords = intIn(at, 1, Phrases.MAX_WORDS_LIMIT);
          case "capacity" -> capacity = intIn(at, 1, Integer.MAX_VALUE);
          case "totalComments" -> comments = count(at);
          case "totalPhrases" -> phrases = count(at);
          case "unmonitoredBound" -> bound = count(at);
          default -> {
            // "phrases": checked against the settings once all members are read
            phrasesAt = p.currentTokenLocation();
            held = phraseList(at);
          }
        }
      }
      require(m, COUNTS.toArray(new String[0]));
      String at = path + ".phrases";
      Objects.requireNonNull(held);
      if (held.size() > capacity) {
        throw fail(at, phrasesAt, held.size() + " phrases, more than the capacity " + capacity);
      }
      long sum = 0;
      int i = 0;
      for (PhraseCount count : held.values()) {
        String element = at + "[" + i++ + "]";
        int words = count.phrase().split(" ", -1).length;
        if (words > maxWords) {
          throw fail(element, phrasesAt, "phrase " + Ids.quote(count.phrase()) + " has " + words
              + " words, more than maxWords = " + maxWords);
        }
        if (count.maxError() > bound) {
          throw fail(element, phrasesAt, "maxError " + count.maxError()
              + " exceeds unmonitoredBound = " + bound);
        }
        if (bound == 0 && count.count() > comments) {
          throw fail(element, phrasesAt, "exact count " + count.count()
              + " exceeds totalComments = " + comments);
        }
        sum = Math.min(Long.MAX_VALUE - count.lowerBound(), sum) + count.lowerBound();
      }
      if (bound == 0 ? sum != phrases : sum > phrases) {
        throw fail(at, phrasesAt, "the phrases' " + (bound == 0 ? "exact counts add up to "
            : "lower bounds add up to ") + sum + ", but totalPhrases is " + phrases);
      }
      return PhraseCounts.adopt(maxWords, capacity, comments, phrases, bound, new HashMap<>(held));
    }

    private Map<String, PhraseCount> phraseList(String path) throws IOException {
      array(path);
      Map<String, PhraseCount> held = new LinkedHashMap<>();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String element = path + "[" + i + "]";
        Members m = open(element, "a phrase", List.of("phrase", "count", "maxError"));
        String phrase = null;
        long count = 0;
        long error = 0;
        for (String name = next(m); name != null; name = next(m)) {
          switch (name) {
            case "phrase" -> phrase = phrase(element + ".phrase");
            case "count" -> count = count(element + ".count");
            default -> error = count(element + ".maxError");
          }
        }
        require(m, "phrase", "count");
        Objects.requireNonNull(phrase);
        if (count < 1 || error >= count) {
          throw fail(element, m.start, "a held phrase's count must be ≥ 1 and above its maxError; "
              + "found count " + count + ", maxError " + error);
        }
        if (held.put(phrase, new PhraseCount(phrase, count, error)) != null) {
          throw fail(element, m.start, "phrase " + Ids.quote(phrase) + " is given twice");
        }
      }
      return held;
    }

    private String phrase(String path) throws IOException {
      String phrase = text(path);
      boolean wellFormed = !phrase.isEmpty() && !Ids.hasUnpairedSurrogate(phrase);
      String[] tokens = phrase.split(" ", -1);
      for (String token : tokens) {
        wellFormed &= !token.isEmpty() && token.length() <= Phrases.MAX_TOKEN_LENGTH;
        for (int i = 0; wellFormed && i < token.length(); i++) {
          char c = token.charAt(i);
          wellFormed = !Character.isWhitespace(c) && !Character.isSpaceChar(c);
        }
      }
      if (!wellFormed) {
        throw fail(path, Ids.quote(phrase) + ": a phrase is 1 or more tokens of at most "
            + Phrases.MAX_TOKEN_LENGTH + " chars joined by single spaces, without other white "
            + "space or unpaired surrogates");
      }
      return phrase;
    }

    private static final List<String> GROUPS =
        List.of("formatVersion", "kind", "maxWords", "capacity", "groups");

    PhraseGroupCounts groups(String path) throws IOException {
      Members m = open(path, "grouped phrase counts", GROUPS);
      int maxWords = 0;
      int capacity = 0;
      Map<String, PhraseCounts> groups = null;
      Map<String, JsonLocation> where = new HashMap<>();
      for (String name = next(m); name != null; name = next(m)) {
        String at = JsonPaths.member(path, name);
        switch (name) {
          case "formatVersion", "kind" -> head(path, name, "phrase-group-counts");
          case "maxWords" -> maxWords = intIn(at, 1, Phrases.MAX_WORDS_LIMIT);
          case "capacity" -> capacity = intIn(at, 1, Integer.MAX_VALUE);
          default -> groups = labelled(at, In::counts, where);
        }
      }
      require(m, GROUPS.toArray(new String[0]));
      for (Map.Entry<String, PhraseCounts> group : Objects.requireNonNull(groups).entrySet()) {
        PhraseCounts counts = group.getValue();
        if (counts.maxWords() != maxWords || counts.capacity() != capacity) {
          throw fail(path + ".groups", where.get(group.getKey()), "group "
              + Ids.quote(group.getKey()) + " has maxWords " + counts.maxWords() + " and capacity "
              + counts.capacity() + ", not the " + maxWords + " and " + capacity + " of the whole");
        }
      }
      return PhraseGroupCounts.of(maxWords, capacity, groups);
    }

    /**
     * Reads an array of {@code {"group": label, "counts": …}} at the current token into a map by
     * label, noting where each group starts.
     */
    <T> TreeMap<String, T> labelled(String path, Document<T> counts, Map<String, JsonLocation> where)
        throws IOException {
      array(path);
      TreeMap<String, T> groups = new TreeMap<>();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String element = path + "[" + i + "]";
        Members g = open(element, "a group", List.of("group", "counts"));
        String label = null;
        T value = null;
        for (String member = next(g); member != null; member = next(g)) {
          if (member.equals("group")) {
            label = label(element + ".group");
          } else {
            value = counts.read(this, element + ".counts");
          }
        }
        require(g, "group", "counts");
        if (groups.put(Objects.requireNonNull(label), Objects.requireNonNull(value)) != null) {
          throw fail(element, g.start, "group " + Ids.quote(label) + " is given twice");
        }
        where.put(label, g.start);
      }
      return groups;
    }

    private String label(String path) throws IOException {
      String label = text(path);
      if (label.isBlank() || Ids.hasUnpairedSurrogate(label)) {
        throw fail(path, Ids.quote(label) + ": a group's label must not be blank or hold an "
            + "unpaired surrogate");
      }
      return label;
    }

    private static final List<String> PHRASE_SUMMARY = List.of("formatVersion", "kind", "key",
        "question", "responsesWithoutComment", "truncated", "withoutGroup", "groups");

    PhraseSummary phraseSummary(String path) throws IOException {
      Members m = open(path, "a phrase summary", PHRASE_SUMMARY);
      String key = null;
      String question = null;
      long withoutComment = 0;
      long truncated = 0;
      PhraseCounts withoutGroup = null;
      PhraseGroupCounts groups = null;
      for (String name = next(m); name != null; name = next(m)) {
        String at = JsonPaths.member(path, name);
        switch (name) {
          case "formatVersion", "kind" -> head(path, name, "phrase-summary");
          case "key" -> key = label(at);
          case "question" -> question = question(at);
          case "responsesWithoutComment" -> withoutComment = count(at);
          case "truncated" -> truncated = count(at);
          case "withoutGroup" -> withoutGroup = counts(at);
          default -> groups = groups(at);
        }
      }
      require(m, "formatVersion", "kind", "key", "responsesWithoutComment", "truncated",
          "withoutGroup", "groups");
      try {
        return PhraseSummary.of(Objects.requireNonNull(key), question, Objects.requireNonNull(groups),
            Objects.requireNonNull(withoutGroup), withoutComment, truncated);
      } catch (CxException e) {
        throw fail(path, m.start, e.getMessage());
      }
    }

    private String question(String path) throws IOException {
      String id = text(path);
      try {
        return Ids.requireId("question", id);
      } catch (CxException e) {
        throw fail(path, e.getMessage());
      }
    }

    private static final List<String> THEME_SUMMARY = List.of("formatVersion", "kind", "key",
        "question", "responsesWithoutComment", "codebook", "withoutGroup", "groups");

    ThemeSummary themeSummary(String path) throws IOException {
      Members m = open(path, "a theme summary", THEME_SUMMARY);
      String key = null;
      String question = null;
      long withoutComment = 0;
      Codebook codebook = null;
      ThemeCounts withoutGroup = null;
      TreeMap<String, ThemeCounts> groups = null;
      for (String name = next(m); name != null; name = next(m)) {
        String at = JsonPaths.member(path, name);
        switch (name) {
          case "formatVersion", "kind" -> head(path, name, "theme-summary");
          case "key" -> key = label(at);
          case "question" -> question = question(at);
          case "responsesWithoutComment" -> withoutComment = count(at);
          case "codebook" -> codebook = CodebookJson.readNested(p, at);
          case "withoutGroup" -> withoutGroup = themeCounts(at, codebook);
          default -> {
            Codebook themes = codebook;
            groups = labelled(at, (in, element) -> themeCounts(element, themes), new HashMap<>());
          }
        }
      }
      require(m, "formatVersion", "kind", "key", "responsesWithoutComment", "codebook",
          "withoutGroup", "groups");
      return new ThemeSummary(Objects.requireNonNull(codebook), Objects.requireNonNull(key),
          question, Objects.requireNonNull(withoutGroup), Objects.requireNonNull(groups),
          withoutComment);
    }

    private static final List<String> THEME_COUNTS =
        List.of("comments", "withoutTheme", "uncovered", "truncated", "themes");

    private ThemeCounts themeCounts(String path, @Nullable Codebook codebook) throws IOException {
      if (codebook == null) {
        throw fail(path, "theme counts must come after the \"codebook\" member, which names "
            + "their themes");
      }
      Members m = open(path, "theme counts", THEME_COUNTS);
      long comments = 0;
      long withoutTheme = 0;
      long uncovered = 0;
      long truncated = 0;
      Map<String, Long> themes = null;
      for (String name = next(m); name != null; name = next(m)) {
        String at = JsonPaths.member(path, name);
        switch (name) {
          case "comments" -> comments = count(at);
          case "withoutTheme" -> withoutTheme = count(at);
          case "uncovered" -> uncovered = count(at);
          case "truncated" -> truncated = count(at);
          default -> {
            if (p.currentToken() != JsonToken.START_OBJECT) {
              throw fail(at, "must be an object of counts by theme id, found " + found());
            }
            themes = new LinkedHashMap<>();
            List<String> ids = codebook.themeIds();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String id = p.currentName();
              String member = JsonPaths.member(at, id);
              int position = themes.size();
              if (position >= ids.size() || !ids.get(position).equals(id)) {
                throw fail(member, "theme " + Ids.quote(id) + " out of place: the counts name the "
                    + "codebook's themes " + ids + " in that order");
              }
              p.nextToken();
              themes.put(id, count(member));
            }
            if (themes.size() != ids.size()) {
              throw fail(at, "missing the counts of themes " + ids.subList(themes.size(), ids.size()));
            }
          }
        }
      }
      require(m, THEME_COUNTS.toArray(new String[0]));
      try {
        return ThemeCounts.of(Objects.requireNonNull(themes), comments, withoutTheme, uncovered,
            truncated);
      } catch (CxException e) {
        throw fail(path, m.start, e.getMessage());
      }
    }

    String found() {
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

    SurveyJsonException fail(String path, String problem) {
      return fail(path, p.currentTokenLocation(), problem);
    }

    static SurveyJsonException fail(String path, @Nullable JsonLocation at, String problem) {
      return new SurveyJsonException(path, at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(), problem);
    }
  }
}
