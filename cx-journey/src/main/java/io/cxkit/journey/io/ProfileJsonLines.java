package io.cxkit.journey.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cxkit.core.CxException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.survey.internal.io.AbstractRecordReader.Parsed;
import io.cxkit.survey.internal.io.JsonLinesSource;
import io.cxkit.survey.internal.io.JsonPaths;
import io.cxkit.survey.internal.io.ReaderSettings;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.OnBadRecord;
import io.cxkit.survey.io.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Customer profiles as JSON Lines, one profile per line: {@code {"customerId":"c1","attributes":
 * {"country":"DE","orders":3,"signed-up":{"date":"2026-01-05"},"categories":["shoes","bags"]}}}.
 *
 * <p><b>Types.</b> A JSON number is a number attribute, a string a text, an array of strings a
 * set, and an object {@code {"date":"2026-01-05"}} (ISO-8601) a date; the writer writes dates so,
 * so what it writes reads back equal. A string holds a date when the builder declares the
 * attribute so ({@link Builder#attribute(String, AttributeType)}), as exports that write dates as
 * plain strings need; a declared attribute must have the declared type's form. Anything else
 * (null, a boolean, an array holding other than strings) is a bad record.
 *
 * <p><b>Errors</b> as {@link EventJsonLines} has them: strict members ({@code customerId}, {@code
 * attributes}; unknown ones refused unless ignored), {@link io.cxkit.survey.json.SurveyJsonException}
 * with the JSON path, line and column, and the same line handling. A customer id that a profile
 * delivered before had is a bad record naming that line (an {@link
 * io.cxkit.journey.InvalidJourneyException}), unless {@link Builder#allowDuplicateIds()}.
 *
 * <p><b>Memory.</b> One line at a time, plus each distinct customer id and its line while
 * duplicates are refused.
 */
public final class ProfileJsonLines {
  private final ReaderSettings settings;
  private final int maxLineLength;
  private final boolean ignoreUnknownMembers;
  private final boolean rejectDuplicates;
  private final Map<String, AttributeType> declared;

  private ProfileJsonLines(Builder builder) {
    this.settings = builder.settings.built();
    this.maxLineLength = builder.maxLineLength;
    this.ignoreUnknownMembers = builder.ignoreUnknownMembers;
    this.rejectDuplicates = !builder.allowDuplicates;
    this.declared = Collections.unmodifiableMap(new LinkedHashMap<>(builder.declared));
  }

  /** @return a builder of a reader: strict, FAIL, duplicates refused, no types declared */
  public static Builder reader() {
    return new Builder();
  }

  /**
   * @param source the text; closed when the reader reaches its end or is closed
   * @param name what to call the source in messages
   * @return the profiles
   */
  public RecordReader<CustomerProfile> open(Reader source, String name) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    return reading(name, JsonLinesSource.of(source, maxLineLength));
  }

  /**
   * @param source the text, named {@code JSON Lines} in messages
   * @return the profiles
   */
  public RecordReader<CustomerProfile> open(Reader source) {
    return open(source, "JSON Lines");
  }

  /**
   * @param source UTF-8 bytes; closed when the reader reaches its end or is closed
   * @param name what to call the source in messages
   * @return the profiles
   */
  public RecordReader<CustomerProfile> open(InputStream source, String name) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    return reading(name, JsonLinesSource.ofUtf8(source, maxLineLength));
  }

  /**
   * @param source UTF-8 bytes, named {@code JSON Lines} in messages
   * @return the profiles
   */
  public RecordReader<CustomerProfile> open(InputStream source) {
    return open(source, "JSON Lines");
  }

  /**
   * @param file a UTF-8 file, named by its file name in messages
   * @return the profiles
   * @throws UncheckedIOException if the file cannot be opened
   */
  public RecordReader<CustomerProfile> open(Path file) {
    Objects.requireNonNull(file, "file");
    return open(Streams.open(file), Streams.name(file));
  }

  private RecordReader<CustomerProfile> reading(String name, JsonLinesSource lines) {
    return new ProfileSource(name, settings, new Lines(lines), rejectDuplicates, "line");
  }

  /**
   * @param out where to write; closed by {@link RecordWriter#close()}
   * @return a writer of profiles, one JSON object per line
   */
  public static RecordWriter<CustomerProfile> writer(java.io.Writer out) {
    return new LineWriter(Objects.requireNonNull(out, "out"));
  }

  /**
   * @param out where to write, in UTF-8; closed by {@link RecordWriter#close()}
   * @return a writer of profiles, one JSON object per line
   */
  public static RecordWriter<CustomerProfile> writer(OutputStream out) {
    return new LineWriter(Streams.utf8(Objects.requireNonNull(out, "out")));
  }

  @Override
  public String toString() {
    return "ProfileJsonLines{" + settings.mode() + ", maxLineLength=" + maxLineLength
        + (ignoreUnknownMembers ? ", ignoreUnknownMembers" : "")
        + (rejectDuplicates ? "" : ", allowDuplicateIds") + ", declared=" + declared + "}";
  }

  /** The profiles of one JSON Lines source. */
  private final class Lines implements ProfileSource.Records {
    private final JsonLinesSource lines;

    Lines(JsonLinesSource lines) {
      this.lines = lines;
    }

    @Override
    public @Nullable Parsed<CustomerProfile> next() throws IOException {
      while (lines.next()) {
        if (lines.blank()) {
          continue;
        }
        long line = lines.number();
        CxException problem = lines.problem();
        if (problem != null) {
          return lines.fatal() ? Parsed.fatal(line, line, problem)
              : Parsed.bad(line, line, problem);
        }
        String text = Objects.requireNonNull(lines.text(), "text");
        try (JsonLine in = JsonLine.of(text, line)) {
          try {
            return Parsed.of(line, line, read(in));
          } catch (JsonProcessingException e) {
            return Parsed.bad(line, line, in.malformed(e));
          }
        } catch (CxException e) {
          return Parsed.bad(line, line, e);
        }
      }
      return null;
    }

    private CustomerProfile read(JsonLine in) throws IOException {
      if (in.next() != JsonToken.START_OBJECT) {
        throw in.problem("$", "must be a JSON object, one profile per line, not " + in.type());
      }
      String customerId = null;
      Map<String, AttributeValue> attributes = Map.of();
      JsonToken token;
      while ((token = in.next()) == JsonToken.FIELD_NAME) {
        String name = in.name();
        String path = JsonPaths.member("$", name);
        in.path = path;
        boolean known = name.equals("customerId") || name.equals("attributes");
        if (!known && !ignoreUnknownMembers) {
          throw in.problem(path, "is not a member of a profile; its members are customerId,"
              + " attributes");
        }
        in.next();
        if (name.equals("customerId")) {
          customerId = in.string(path);
        } else if (name.equals("attributes")) {
          attributes = attributes(in, path);
        } else {
          in.skip();
        }
      }
      if (token != JsonToken.END_OBJECT) {
        throw in.problem(in.path, "is not well-formed JSON: the object is not closed");
      }
      in.end();
      if (customerId == null) {
        throw in.problem("$", "lacks the member customerId: every profile has one");
      }
      try {
        return new CustomerProfile(customerId, attributes);
      } catch (InvalidValueException e) {
        throw in.problem(JsonPaths.member("$", e.field()), e.value() + " " + e.rule(), e);
      }
    }

    private Map<String, AttributeValue> attributes(JsonLine in, String path) throws IOException {
      if (in.parser().currentToken() != JsonToken.START_OBJECT) {
        throw in.problem(path, "must be an object of attributes by name, not " + in.type());
      }
      Map<String, AttributeValue> out = new LinkedHashMap<>();
      while (in.next() == JsonToken.FIELD_NAME) {
        String name = in.name();
        String at = JsonPaths.member(path, name);
        in.path = at;
        in.next();
        out.put(name, value(in, at, declared.get(name)));
      }
      in.path = path;
      return out;
    }

    private AttributeValue value(JsonLine in, String at, @Nullable AttributeType type)
        throws IOException {
      JsonToken token = in.parser().currentToken();
      AttributeType found;
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        found = AttributeType.NUMBER;
      } else if (token == JsonToken.VALUE_STRING) {
        found = type == AttributeType.DATE ? AttributeType.DATE : AttributeType.TEXT;
      } else if (token == JsonToken.START_ARRAY) {
        found = AttributeType.SET;
      } else if (token == JsonToken.START_OBJECT) {
        found = AttributeType.DATE;
      } else {
        throw in.problem(at, "must be a number, a string, an array of strings or {\"date\":"
            + " \"2026-03-01\"}, not " + in.type());
      }
      if (type != null && type != found) {
        throw in.problem(at, "is declared " + type.id() + ", and " + in.type() + " is no "
            + type.id() + (type == AttributeType.DATE ? " (an ISO-8601 date in a string)" : ""));
      }
      switch (found) {
        case NUMBER:
          double number = in.parser().getDoubleValue();
          if (!Double.isFinite(number)) {
            throw in.problem(at, in.text() + " must be a finite number");
          }
          return AttributeValue.number(number);
        case TEXT:
          return AttributeValue.text(in.text());
        case SET:
          Set<String> values = new LinkedHashSet<>();
          int index = 0;
          while (in.next() != JsonToken.END_ARRAY) {
            values.add(in.string(at + "[" + index++ + "]"));
          }
          return new AttributeValue.SetAttribute(values);
        default:
          return AttributeValue.date(date(in, at, token == JsonToken.START_OBJECT));
      }
    }

    private LocalDate date(JsonLine in, String at, boolean object) throws IOException {
      String text;
      if (object) {
        if (in.next() != JsonToken.FIELD_NAME || !in.name().equals("date")) {
          throw in.problem(at, "must be {\"date\": \"2026-03-01\"}: an object is a date");
        }
        in.next();
        text = in.string(at + ".date");
        if (in.next() != JsonToken.END_OBJECT) {
          throw in.problem(at, "must be {\"date\": \"2026-03-01\"}, with no other member");
        }
      } else {
        text = in.text();
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw in.problem(object ? at + ".date" : at, JourneyIds.quote(text)
            + " must be an ISO-8601 date such as 2026-03-01");
      }
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }

  /**
   * Settings of a {@link ProfileJsonLines} reader; each may be set once ({@link
   * IllegalStateException} otherwise), and all are optional.
   */
  public static final class Builder {
    private final ReaderSettings settings = new ReaderSettings();
    private int maxLineLength = EventJsonLines.DEFAULT_MAX_LINE_LENGTH;
    private boolean ignoreUnknownMembers;
    private boolean allowDuplicates;
    private final Map<String, AttributeType> declared = new LinkedHashMap<>();

    private Builder() {}

    /**
     * @param mode stop at the first bad line (the default) or skip and report each one
     * @return this builder
     */
    public Builder onBadRecord(OnBadRecord mode) {
      settings.onBadRecord(mode);
      return this;
    }

    /**
     * @param listener told of each bad line as it is skipped; needs {@link
     *     OnBadRecord#SKIP_AND_COLLECT}
     * @return this builder
     */
    public Builder onBadRecord(Consumer<? super BadRecord> listener) {
      settings.listener(listener);
      return this;
    }

    /**
     * @param max how many bad lines the report keeps, ≥ 0 (default 1000)
     * @return this builder
     */
    public Builder keepBadRecords(int max) {
      settings.keepBadRecords(max);
      return this;
    }

    /**
     * @param chars the longest line read, ≥ 1 (default {@value
     *     EventJsonLines#DEFAULT_MAX_LINE_LENGTH})
     * @return this builder
     */
    public Builder maxLineLength(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("maxLineLength must be ≥ 1 character, not " + chars);
      }
      settings.once("maxLineLength");
      this.maxLineLength = chars;
      return this;
    }

    /**
     * Skips members a profile does not have instead of refusing the line.
     *
     * @return this builder
     */
    public Builder ignoreUnknownMembers() {
      settings.once("ignoreUnknownMembers");
      this.ignoreUnknownMembers = true;
      return this;
    }

    /**
     * Lets several profiles share a customer id (each is delivered); by default a repeated id is a
     * bad record, and each distinct id is kept with its line.
     *
     * @return this builder
     */
    public Builder allowDuplicateIds() {
      settings.once("allowDuplicateIds");
      this.allowDuplicates = true;
      return this;
    }

    /**
     * @param name an attribute's name
     * @param type the type its values must have; {@link AttributeType#DATE} reads a string as a
     *     date
     * @return this builder
     * @throws InvalidValueException if the name is malformed
     */
    public Builder attribute(String name, AttributeType type) {
      JourneyIds.requireId("attribute", Objects.requireNonNull(name, "name"));
      Objects.requireNonNull(type, "type");
      settings.once("attribute:" + name);
      declared.put(name, type);
      return this;
    }

    /**
     * @return the reader
     * @throws IllegalStateException if a listener was set without {@link
     *     OnBadRecord#SKIP_AND_COLLECT}
     */
    public ProfileJsonLines build() {
      return new ProfileJsonLines(this);
    }
  }

  /** Writes profiles as JSON Lines. */
  private static final class LineWriter extends RecordWriter<CustomerProfile> {
    private final java.io.Writer out;
    private final StringWriter line = new StringWriter();

    LineWriter(java.io.Writer out) {
      super("JSON Lines");
      this.out = out;
    }

    @Override
    void put(CustomerProfile profile) throws IOException {
      line.getBuffer().setLength(0);
      try (JsonGenerator json = JsonLine.FACTORY.createGenerator(line)) {
        json.writeStartObject();
        json.writeStringField("customerId",
            JsonLine.writable("customerId", profile.customerId()));
        json.writeObjectFieldStart("attributes");
        for (Map.Entry<String, AttributeValue> entry : profile.attributes().entrySet()) {
          json.writeFieldName(entry.getKey());
          String path = "attributes." + entry.getKey();
          AttributeValue value = entry.getValue();
          if (value instanceof AttributeValue.TextAttribute) {
            json.writeString(JsonLine.writable(path,
                ((AttributeValue.TextAttribute) value).value()));
          } else if (value instanceof AttributeValue.NumberAttribute) {
            json.writeNumber(((AttributeValue.NumberAttribute) value).value());
          } else if (value instanceof AttributeValue.DateAttribute) {
            json.writeStartObject();
            json.writeStringField("date", ((AttributeValue.DateAttribute) value).value().toString());
            json.writeEndObject();
          } else {
            json.writeStartArray();
            for (String element : ((AttributeValue.SetAttribute) value).values()) {
              json.writeString(JsonLine.writable(path, element));
            }
            json.writeEndArray();
          }
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      line.write('\n');
      out.write(line.toString());
    }

    @Override
    void flushTarget() throws IOException {
      out.flush();
    }

    @Override
    void closeTarget() throws IOException {
      out.close();
    }
  }
}
