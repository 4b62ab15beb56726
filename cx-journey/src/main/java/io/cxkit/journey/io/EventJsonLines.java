package io.cxkit.journey.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.survey.internal.io.JsonLinesSource;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.OnBadRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Journey events as JSON Lines: one event per line, as analytics exports and event pipelines
 * deliver them. An instance is a configured reader; {@link #reader()} builds one, {@link
 * #open(Path)} reads a source with it, and {@link #writer(java.io.Writer)} writes the same format.
 *
 * <pre>{@code
 * EventJsonLines json = EventJsonLines.reader()
 *     .checkingAgainst(JourneyMap.ecommerce())
 *     .onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
 *     .build();
 * try (EventReader events = json.open(Path.of("events.jsonl"))) {
 *   events.forEachRemaining(funnel::add);
 *   ReadReport report = events.report(); // read = valid + skipped, each bad line with its number
 * }
 * }</pre>
 *
 * <p><b>Format.</b> Each line is one JSON object: {@code {"customerId":"c1","sessionId":"s1",
 * "touchpointId":"cart","at":"2026-03-01T10:00:00Z","kind":"view","attributes":{"sku":"A1"}}}.
 * {@code customerId}, {@code touchpointId}, {@code at} (an ISO-8601 date-time with an offset,
 * {@code Z} or {@code +01:00}) and {@code kind} (an {@linkplain EventKind#id() id} such as {@code
 * purchase}, or a word mapped with {@link Builder#kind}) are required; {@code sessionId} (a string
 * or null) and {@code attributes} (an object of strings) are optional. Reading is strict: an
 * unknown member (unless {@link Builder#ignoreUnknownMembers()}), a member named twice, a value of
 * the wrong JSON type and content after the object are bad records. The lines themselves are read
 * as cx-survey's {@link io.cxkit.survey.io.ResponseJsonLines} reads them: UTF-8 (a byte order mark
 * skipped), {@code \n} or {@code \r\n}, blank lines no records, malformed UTF-8 spoiling only its
 * line, a line longer than {@link Builder#maxLineLength} skipped without being held.
 *
 * <p><b>Time order.</b> Input is expected in time order, as exports are written. An event up to
 * {@link Builder#reorderTolerance} (default {@link #DEFAULT_REORDER_TOLERANCE}) earlier than the
 * latest event read before it is put back in order: events are held in a buffer ordered by
 * instant, then input order (so equal instants keep their order), and passed on once an event more
 * than the tolerance later has been read. An event more than the tolerance earlier than the latest
 * before it is a bad record with an {@link io.cxkit.journey.EventOrderException} naming both; so is
 * an event earlier than one the buffer had to pass on early because it held {@link
 * Builder#maxReorderBuffer} events (default {@value #DEFAULT_MAX_REORDER_BUFFER}). {@link
 * EventReader#reordered()} counts the events moved. Bad records carry their own line numbers.
 *
 * <p><b>Errors.</b> A bad line's problem is an {@link io.cxkit.survey.json.SurveyJsonException}
 * with the JSON path (such as {@code $.kind}), the line and the column, and the rule (its cause is
 * the model's exception when a value broke a rule of {@link JourneyEvent}); an {@link
 * io.cxkit.journey.UnknownTouchpointException} when {@link Builder#checkingAgainst} a map that
 * lacks the touchpoint; an {@link io.cxkit.journey.EventOrderException}. {@link
 * OnBadRecord#FAIL} (the default) stops at the first one with a {@link
 * io.cxkit.survey.io.BadRecordException}; {@link OnBadRecord#SKIP_AND_COLLECT} skips and reports
 * each, and the {@link io.cxkit.survey.io.ReadReport} counts lines read, valid and skipped.
 *
 * <p><b>Memory.</b> One line at a time, plus the reorder buffer: at most {@link
 * Builder#maxReorderBuffer} events, in practice the events of one tolerance window.
 *
 * <p><b>Threads.</b> Immutable and thread-safe; each {@link EventReader} and {@link RecordWriter} is
 * for one thread.
 */
public final class EventJsonLines {
  /** The reorder tolerance unless set otherwise: five minutes. */
  public static final Duration DEFAULT_REORDER_TOLERANCE = Duration.ofMinutes(5);

  /** The most events held for reordering unless set otherwise. */
  public static final int DEFAULT_MAX_REORDER_BUFFER = 100_000;

  /** The longest line read unless set otherwise: 1 MiB of characters (2^20). */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

  private static final String DEFAULT_SOURCE = "JSON Lines";

  private final ReadingOptions options;
  private final int maxLineLength;
  private final boolean ignoreUnknownMembers;
  private final EventKinds kinds;

  private EventJsonLines(Builder builder) {
    this.options = builder.options.built();
    this.maxLineLength = builder.maxLineLength;
    this.ignoreUnknownMembers = builder.ignoreUnknownMembers;
    this.kinds = builder.kinds.build();
  }

  /** @return a builder of a reader with the defaults: strict, FAIL, five minutes' tolerance */
  public static Builder reader() {
    return new Builder();
  }

  /**
   * @param source the text; closed when the reader reaches its end or is closed
   * @return the events, named {@code JSON Lines} in messages
   */
  public EventReader open(Reader source) {
    return open(source, DEFAULT_SOURCE);
  }

  /**
   * @param source the text; closed when the reader reaches its end or is closed
   * @param name what to call the source in messages, such as the name of a file
   * @return the events
   */
  public EventReader open(Reader source, String name) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    return reading(name, JsonLinesSource.of(source, maxLineLength));
  }

  /**
   * @param source UTF-8 bytes; closed when the reader reaches its end or is closed
   * @return the events, named {@code JSON Lines} in messages
   */
  public EventReader open(InputStream source) {
    return open(source, DEFAULT_SOURCE);
  }

  /**
   * @param source UTF-8 bytes; closed when the reader reaches its end or is closed
   * @param name what to call the source in messages
   * @return the events
   */
  public EventReader open(InputStream source, String name) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    return reading(name, JsonLinesSource.ofUtf8(source, maxLineLength));
  }

  /**
   * @param file a UTF-8 file, named by its file name in messages
   * @return the events
   * @throws UncheckedIOException if the file cannot be opened
   */
  public EventReader open(Path file) {
    Objects.requireNonNull(file, "file");
    return open(Streams.open(file), Streams.name(file));
  }

  private EventReader reading(String name, JsonLinesSource lines) {
    return new OrderedEvents(name, options,
        new JsonEventSource(lines, ignoreUnknownMembers, kinds));
  }

  /**
   * @param out where to write; closed by {@link RecordWriter#close()}
   * @return a writer of events, one JSON object per line
   */
  public static RecordWriter<JourneyEvent> writer(java.io.Writer out) {
    return new LineWriter(Objects.requireNonNull(out, "out"));
  }

  /**
   * @param out where to write, in UTF-8; closed by {@link RecordWriter#close()}
   * @return a writer of events, one JSON object per line
   */
  public static RecordWriter<JourneyEvent> writer(OutputStream out) {
    return new LineWriter(Streams.utf8(Objects.requireNonNull(out, "out")));
  }

  /** @return the settings, such as {@code EventJsonLines{FAIL, reorderTolerance=PT5M, …}} */
  @Override
  public String toString() {
    return "EventJsonLines{" + options + ", maxLineLength=" + maxLineLength
        + (ignoreUnknownMembers ? ", ignoreUnknownMembers" : "") + ", kinds=" + kinds + "}";
  }

  /**
   * Settings of an {@link EventJsonLines} reader; each may be set once ({@link
   * IllegalStateException} otherwise), and all are optional.
   */
  public static final class Builder {
    private final ReadingOptions options = new ReadingOptions();
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
    private boolean ignoreUnknownMembers;
    private final EventKinds.Builder kinds = new EventKinds.Builder();

    private Builder() {}

    /**
     * @param mode stop at the first bad line ({@link OnBadRecord#FAIL}, the default) or skip and
     *     report each one
     * @return this builder
     */
    public Builder onBadRecord(OnBadRecord mode) {
      options.settings.onBadRecord(mode);
      return this;
    }

    /**
     * @param listener told of each bad line as it is skipped; needs {@link
     *     OnBadRecord#SKIP_AND_COLLECT}
     * @return this builder
     */
    public Builder onBadRecord(Consumer<? super BadRecord> listener) {
      options.settings.listener(listener);
      return this;
    }

    /**
     * @param max how many bad lines the report keeps, ≥ 0 (default 1000); all are counted
     * @return this builder
     */
    public Builder keepBadRecords(int max) {
      options.settings.keepBadRecords(max);
      return this;
    }

    /**
     * @param chars the longest line read, in characters without the line end, ≥ 1 (default
     *     {@value EventJsonLines#DEFAULT_MAX_LINE_LENGTH}); a longer line is a bad record
     * @return this builder
     * @throws IllegalArgumentException if {@code chars} is below 1
     */
    public Builder maxLineLength(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("maxLineLength must be ≥ 1 character, not " + chars);
      }
      options.settings.once("maxLineLength");
      this.maxLineLength = chars;
      return this;
    }

    /**
     * Skips members an event does not have (with what they hold) instead of refusing the line, for
     * exports that carry more than cxkit reads.
     *
     * @return this builder
     */
    public Builder ignoreUnknownMembers() {
      options.settings.once("ignoreUnknownMembers");
      this.ignoreUnknownMembers = true;
      return this;
    }

    /**
     * @param map the journey map whose touchpoints events must name; an event at another is a bad
     *     record with an {@link io.cxkit.journey.UnknownTouchpointException}
     * @return this builder
     */
    public Builder checkingAgainst(JourneyMap map) {
      options.checkingAgainst(map);
      return this;
    }

    /**
     * @param tolerance how much earlier than the latest event before it an event may be and still
     *     be put in order, ≥ 0 (default five minutes; zero takes input in time order only, equal
     *     instants allowed)
     * @return this builder
     * @throws IllegalArgumentException if it is negative
     */
    public Builder reorderTolerance(Duration tolerance) {
      options.reorderTolerance(tolerance);
      return this;
    }

    /**
     * @param events the most events held for reordering, ≥ 1 (default {@value
     *     EventJsonLines#DEFAULT_MAX_REORDER_BUFFER}); when full, the earliest is passed on early
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     */
    public Builder maxReorderBuffer(int events) {
      options.maxReorderBuffer(events);
      return this;
    }

    /**
     * Reads another word as an event kind, in any case, such as {@code pageview} as {@link
     * EventKind#VIEW}; the kinds' ids are always read. May be called for several words, once each.
     *
     * @param word the word
     * @param kind the kind it names
     * @return this builder
     * @throws IllegalArgumentException if the word is blank or the id of a kind
     * @throws IllegalStateException if the word is mapped already
     */
    public Builder kind(String word, EventKind kind) {
      kinds.add(word, kind);
      return this;
    }

    /**
     * @return the reader; this builder may go on to build others
     * @throws IllegalStateException if a listener was set without {@link
     *     OnBadRecord#SKIP_AND_COLLECT}
     */
    public EventJsonLines build() {
      return new EventJsonLines(this);
    }
  }

  /** Writes events as JSON Lines, one object per line followed by {@code \n}. */
  private static final class LineWriter extends RecordWriter<JourneyEvent> {
    private final java.io.Writer out;
    private final StringWriter line = new StringWriter();

    LineWriter(java.io.Writer out) {
      super("JSON Lines");
      this.out = out;
    }

    @Override
    void put(JourneyEvent event) throws IOException {
      line.getBuffer().setLength(0);
      try (JsonGenerator json = JsonLine.FACTORY.createGenerator(line)) {
        json.writeStartObject();
        json.writeStringField("customerId", JsonLine.writable("customerId", event.customerId()));
        if (event.sessionId() != null) {
          json.writeStringField("sessionId", JsonLine.writable("sessionId", event.sessionId()));
        }
        json.writeStringField("touchpointId", event.touchpointId());
        json.writeStringField("at", event.at().toString());
        json.writeStringField("kind", event.kind().id());
        if (!event.attributes().isEmpty()) {
          json.writeObjectFieldStart("attributes");
          for (Map.Entry<String, String> entry : event.attributes().entrySet()) {
            json.writeStringField(entry.getKey(),
                JsonLine.writable("attributes." + entry.getKey(), entry.getValue()));
          }
          json.writeEndObject();
        }
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
