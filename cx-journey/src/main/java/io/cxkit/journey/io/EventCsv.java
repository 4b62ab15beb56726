package io.cxkit.journey.io;

import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.internal.io.CsvTimestamps;
import io.cxkit.survey.internal.io.CsvWriteEncoding;
import io.cxkit.survey.internal.io.CsvWriteTarget;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.OnBadRecord;
import io.cxkit.survey.io.SpreadsheetSafe;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads journey events from a flat CSV export, one row per event, in constant memory (plus the
 * reorder buffer), and writes them ({@link #writer}). A mapping says which column holds what;
 * columns are found by their header name (trimmed), and columns not mapped are ignored.
 * Immutable and thread-safe: build it once, {@link #open} it for each file.
 *
 * <pre>{@code
 * EventCsv csv = EventCsv.reader()
 *     .options(CsvOptions.DEFAULT.withDelimiter(';').withZone(ZoneId.of("Europe/Berlin")))
 *     .customer("Kunde").session("Sitzung").touchpoint("Seite")
 *     .at("Zeit", "dd.MM.yyyy HH:mm:ss").kind("Aktion")
 *     .kind("pageview", EventKind.VIEW)
 *     .attribute("sku", "Artikel")
 *     .checkingAgainst(map)
 *     .build();
 * try (EventReader events = csv.open(Path.of("events.csv"))) { … }
 * }</pre>
 *
 * <p><b>The file</b> is read as cx-survey's {@link io.cxkit.survey.io.ResponseCsv} reads one: the
 * {@linkplain CsvOptions options} give the delimiter, the encoding (decoded strictly: undecodable
 * bytes end reading with a bad record naming the row, line and byte offset) and the zone of
 * timestamps without an offset; a byte order mark is skipped; cells may be quoted; the first row
 * that is not blank is the header; a row whose cells are all blank is no record. Records are
 * numbered by their row as a spreadsheet shows it (the header is row 1) and carry the line they
 * start on. Header problems (a mapped column missing or named twice, an empty file) throw a {@link
 * io.cxkit.survey.io.BadRecordException} for the header row when the file is opened.
 *
 * <p><b>Cells.</b> Ids are trimmed; attribute values are kept as they are, and a blank one is left
 * out. The instant is ISO-8601 ({@code 2026-03-01T10:00:00Z}, {@code 2026-03-01 11:00}, a date
 * alone) or of a {@link java.time.format.DateTimeFormatter} pattern ({@link Builder#at(String,
 * String)}); without an offset it is in the options' zone. The kind is an {@linkplain EventKind#id()
 * id} in any case, or a word mapped with {@link Builder#kind(String, EventKind)}.
 *
 * <p><b>Errors, time order, unknown touchpoints</b>: as {@link EventJsonLines} has them, with the
 * problem of a bad row an {@link InvalidJourneyException} whose field names the column ({@code
 * column "Aktion" (kind)}), the first problem of the row.
 */
public final class EventCsv {
  /** The columns of cxkit's own layout, which {@link #writer} writes. */
  public static final List<String> EXPORT_COLUMNS =
      List.of("customer_id", "session_id", "touchpoint_id", "at", "kind");

  /** The prefix of attribute columns in cxkit's own layout: {@code attr:sku}. */
  public static final String ATTRIBUTE_PREFIX = "attr:";

  final CsvOptions options;
  final ReadingOptions reading;
  final String customer;
  final @Nullable String session;
  final boolean sessionWhenPresent;
  final String touchpoint;
  final String at;
  final String kind;
  final Map<String, String> attributes;
  final @Nullable String attributePrefix;
  final CsvTimestamps timestamps;
  final EventKinds kinds;
  final boolean restoreNeutralised;

  private EventCsv(Builder builder, String customer, String touchpoint, String at, String kind) {
    this.options = builder.options;
    this.reading = builder.reading.built();
    this.customer = customer;
    this.session = builder.session;
    this.sessionWhenPresent = builder.sessionWhenPresent;
    this.touchpoint = touchpoint;
    this.at = at;
    this.kind = kind;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.attributes));
    this.attributePrefix = builder.attributePrefix;
    this.timestamps = builder.pattern == null ? CsvTimestamps.iso(options.zone())
        : CsvTimestamps.pattern(builder.pattern, options.zone());
    this.kinds = builder.kinds.build();
    this.restoreNeutralised = builder.restoreNeutralised;
  }

  /** @return a builder that maps nothing yet: map the customer, touchpoint, instant and kind */
  public static Builder reader() {
    return new Builder();
  }

  /**
   * @return a builder with cxkit's own layout mapped: {@code customer_id, session_id (optional),
   *     touchpoint_id, at, kind} and {@code attr:<name>} for each attribute, neutralised cells
   *     restored; the options may still be set
   */
  public static Builder readerOfExport() {
    Builder builder = new Builder();
    builder.customer = "customer_id";
    builder.session = "session_id";
    builder.sessionWhenPresent = true;
    builder.touchpoint = "touchpoint_id";
    builder.at = "at";
    builder.kind = "kind";
    builder.attributePrefix = ATTRIBUTE_PREFIX;
    builder.restoreNeutralised = true;
    return builder;
  }

  /**
   * @param file the file, decoded with the options' charset; its name names it in messages
   * @return the events
   * @throws UncheckedIOException if the file cannot be opened or read
   * @throws io.cxkit.survey.io.BadRecordException for the header row, before any record is read
   */
  public EventReader open(Path file) {
    Objects.requireNonNull(file, "file");
    return open(CsvHeader.decoding(Streams.open(file), options), Streams.name(file), true);
  }

  /**
   * @param in the bytes, decoded with the options' charset; closed with the reader, left open
   *     when opening fails
   * @return the events, named {@code CSV} in messages
   * @throws io.cxkit.survey.io.BadRecordException for the header row
   */
  public EventReader open(InputStream in) {
    return open(in, "CSV");
  }

  /**
   * @param in the bytes, decoded with the options' charset
   * @param name what to call the source in messages
   * @return the events
   * @throws io.cxkit.survey.io.BadRecordException for the header row
   */
  public EventReader open(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return open(CsvHeader.decoding(in, options), name, false);
  }

  /**
   * @param reader text already decoded (a leading byte order mark is skipped)
   * @return the events, named {@code CSV} in messages
   * @throws io.cxkit.survey.io.BadRecordException for the header row
   */
  public EventReader open(Reader reader) {
    return open(reader, "CSV");
  }

  /**
   * @param reader text already decoded (a leading byte order mark is skipped)
   * @param name what to call the source in messages
   * @return the events
   * @throws io.cxkit.survey.io.BadRecordException for the header row
   */
  public EventReader open(Reader reader, String name) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    return open(CsvHeader.withoutBom(reader, name), name, false);
  }

  private EventReader open(Reader reader, String name, boolean owned) {
    return CsvHeader.open(reader, name, owned, options, "events",
        (rows, header) -> new OrderedEvents(name, reading,
            new CsvEventSource(rows, header, this)));
  }

  /**
   * Writes events in cxkit's own layout ({@link #EXPORT_COLUMNS}, then {@code attr:<name>} for each
   * attribute named), the header first; {@link #readerOfExport()} reads it back. Free text (customer
   * and session ids, attribute values) that a spreadsheet would run as a formula gets a leading
   * {@code '} ({@link SpreadsheetSafe}); instants are written in UTC ({@code
   * 2026-03-01T10:00:00Z}); rows end with CRLF.
   *
   * @param out where to write; closed by {@link RecordWriter#close()}
   * @param options the delimiter, charset and byte order mark
   * @param attributes the attribute columns; an event with another attribute is refused
   * @return the writer
   * @throws InvalidValueException if an attribute name is malformed or named twice, or the options
   *     ask for a byte order mark the charset lacks
   */
  public static RecordWriter<JourneyEvent> writer(java.io.Writer out, CsvOptions options,
      String... attributes) {
    Objects.requireNonNull(out, "out");
    return new CsvEventWriter(CsvWriteTarget.of("events CSV", out, checked(options, attributes),
        true), options, attributes);
  }

  /**
   * As {@link #writer(java.io.Writer, CsvOptions, String...)}, to bytes in the options' charset.
   *
   * @param out where to write; closed by {@link RecordWriter#close()}
   * @param options the delimiter, charset and byte order mark
   * @param attributes the attribute columns
   * @return the writer
   */
  public static RecordWriter<JourneyEvent> writer(OutputStream out, CsvOptions options,
      String... attributes) {
    Objects.requireNonNull(out, "out");
    return new CsvEventWriter(CsvWriteTarget.of("events CSV", out, checked(options, attributes),
        true), options, attributes);
  }

  private static CsvOptions checked(CsvOptions options, String... attributes) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(attributes, "attributes");
    CsvWriteEncoding.requireByteOrderMark(options);
    Set<String> seen = new LinkedHashSet<>();
    for (String name : attributes) {
      JourneyIds.requireId("attributes", Objects.requireNonNull(name, "attributes element"));
      if (!seen.add(name)) {
        throw new InvalidJourneyException("attributes", JourneyIds.quote(name),
            "is named twice: one column per attribute");
      }
    }
    return options;
  }

  /** Writes events as CSV rows. */
  private static final class CsvEventWriter extends RecordWriter<JourneyEvent> {
    private final CsvWriteTarget target;
    private final CsvWriteEncoding encoding;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header = new ArrayList<>();
    private final String[] cells;

    CsvEventWriter(CsvWriteTarget target, CsvOptions options, String... attributes) {
      super("events CSV");
      this.target = target;
      this.encoding = new CsvWriteEncoding(options.charset());
      header.addAll(EXPORT_COLUMNS);
      for (String name : attributes) {
        columns.put(name, header.size());
        header.add(ATTRIBUTE_PREFIX + name);
      }
      encoding.requireEncodable("attributes", header.toArray(new String[0]));
      this.cells = new String[header.size()];
      target.row(header.toArray(new String[0]));
    }

    @Override
    void put(JourneyEvent event) {
      java.util.Arrays.fill(cells, null);
      cells[0] = id("customerId", event.customerId());
      cells[1] = event.sessionId() == null ? null : id("sessionId", event.sessionId());
      cells[2] = event.touchpointId();
      cells[3] = event.at().toString();
      cells[4] = event.kind().id();
      for (Map.Entry<String, String> entry : event.attributes().entrySet()) {
        Integer column = columns.get(entry.getKey());
        if (column == null) {
          throw new InvalidJourneyException("attributes", JourneyIds.quote(entry.getKey()),
              "has no column: the writer was made with the attributes " + header.subList(
                  EXPORT_COLUMNS.size(), header.size()) + "; name it there, or it would be lost");
        }
        if (entry.getValue().isBlank()) {
          throw new InvalidJourneyException("attributes." + entry.getKey(),
              JourneyIds.quote(entry.getValue()), "cannot be written: a blank cell reads as no"
                  + " attribute, so it would be lost");
        }
        cells[column] = text("attributes." + entry.getKey(), entry.getValue());
      }
      target.row(cells);
    }

    /** Ids are trimmed when read, so one with white space around it would come back changed. */
    private String id(String path, String value) {
      if (!value.equals(value.strip())) {
        throw new InvalidJourneyException(path, JourneyIds.quote(value), "cannot be written: the"
            + " reader trims ids, so white space around it would be lost");
      }
      return text(path, value);
    }

    private String text(String path, String value) {
      String cell = SpreadsheetSafe.neutralise(value);
      int bad = encoding.unencodable(cell);
      if (bad >= 0) {
        throw new InvalidJourneyException(path, JourneyIds.quote(value), encoding.rule(cell, bad));
      }
      return cell;
    }

    @Override
    void flushTarget() {
      target.flush();
    }

    @Override
    void closeTarget() {
      target.close();
    }
  }

  /** @return the mapping, such as {@code EventCsv{customer_id, touchpoint_id, at, kind, …}} */
  @Override
  public String toString() {
    return "EventCsv{" + customer + ", " + touchpoint + ", " + at + " (" + timestamps + "), "
        + kind + (session == null ? "" : ", session " + session) + ", attributes "
        + attributes.keySet() + ", delimiter="
        + (options.delimiter() == '\t' ? "tab" : String.valueOf(options.delimiter())) + ", "
        + options.charset().name() + ", " + reading + "}";
  }

  /**
   * Builds an {@link EventCsv}: the columns, the file's options and the reading settings. Each may
   * be set once ({@link IllegalStateException} otherwise; the export layout's columns may be mapped
   * otherwise once); {@link #build()} checks the whole.
   */
  public static final class Builder {
    private final ReadingOptions reading = new ReadingOptions();
    private final EventKinds.Builder kinds = new EventKinds.Builder();
    private CsvOptions options = CsvOptions.DEFAULT;
    private @Nullable String customer;
    private @Nullable String session;
    private boolean sessionWhenPresent;
    private @Nullable String touchpoint;
    private @Nullable String at;
    private @Nullable String pattern;
    private @Nullable String kind;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private @Nullable String attributePrefix;
    private boolean restoreNeutralised;

    private Builder() {}

    private static String column(String name) {
      String trimmed = Objects.requireNonNull(name, "column").strip();
      if (trimmed.isEmpty()) {
        throw new InvalidValueException("column", "\"\"", "must name a column of the header");
      }
      return trimmed;
    }

    /**
     * @param options the delimiter, charset, zone of local times
     * @return this builder
     */
    public Builder options(CsvOptions options) {
      Objects.requireNonNull(options, "options");
      reading.settings.once("options");
      this.options = options;
      return this;
    }

    /**
     * @param column the column of customer ids
     * @return this builder
     */
    public Builder customer(String column) {
      reading.settings.once("customer");
      this.customer = column(column);
      return this;
    }

    /**
     * @param column the column of session ids (a blank cell: no session)
     * @return this builder
     */
    public Builder session(String column) {
      reading.settings.once("session");
      this.session = column(column);
      this.sessionWhenPresent = false;
      return this;
    }

    /**
     * @param column the column of touchpoint ids
     * @return this builder
     */
    public Builder touchpoint(String column) {
      reading.settings.once("touchpoint");
      this.touchpoint = column(column);
      return this;
    }

    /**
     * @param column the column of ISO-8601 instants, date-times or dates (without an offset: in
     *     the options' zone)
     * @return this builder
     */
    public Builder at(String column) {
      reading.settings.once("at");
      this.at = column(column);
      return this;
    }

    /**
     * @param column the column of instants
     * @param pattern their {@link java.time.format.DateTimeFormatter} pattern, such as {@code
     *     dd.MM.yyyy HH:mm}, read strictly with English month names; without an offset or zone in
     *     the pattern, in the options' zone
     * @return this builder
     */
    public Builder at(String column, String pattern) {
      Objects.requireNonNull(pattern, "pattern");
      at(column);
      this.pattern = pattern;
      return this;
    }

    /**
     * @param column the column of event kinds
     * @return this builder
     */
    public Builder kind(String column) {
      reading.settings.once("kind");
      this.kind = column(column);
      return this;
    }

    /**
     * Reads another word of the kind column as a kind, in any case ({@code pageview} as {@link
     * EventKind#VIEW}); may be called for several words, once each.
     *
     * @param word the word
     * @param kind the kind it names
     * @return this builder
     * @throws IllegalArgumentException if the word is blank or a kind's id
     */
    public Builder kind(String word, EventKind kind) {
      kinds.add(word, kind);
      return this;
    }

    /**
     * @param name the attribute's name (letters, digits, {@code _ . -})
     * @param column the column of its values; a blank cell leaves the attribute out
     * @return this builder
     * @throws InvalidValueException if the name is malformed
     */
    public Builder attribute(String name, String column) {
      JourneyIds.requireId("attribute", Objects.requireNonNull(name, "name"));
      reading.settings.once("attribute:" + name);
      attributes.put(name, column(column));
      return this;
    }

    /**
     * Removes the {@code '} that cxkit's writers put before text a spreadsheet would run as a
     * formula ({@link SpreadsheetSafe#restore}); set by {@link #readerOfExport()}.
     *
     * @return this builder
     */
    public Builder restoreNeutralised() {
      reading.settings.once("restoreNeutralised");
      this.restoreNeutralised = true;
      return this;
    }

    /**
     * @param mode stop at the first bad row (the default) or skip and report each one
     * @return this builder
     */
    public Builder onBadRecord(OnBadRecord mode) {
      reading.settings.onBadRecord(mode);
      return this;
    }

    /**
     * @param listener told of each bad row as it is skipped; needs {@link
     *     OnBadRecord#SKIP_AND_COLLECT}
     * @return this builder
     */
    public Builder onBadRecord(Consumer<? super BadRecord> listener) {
      reading.settings.listener(listener);
      return this;
    }

    /**
     * @param max how many bad rows the report keeps, ≥ 0 (default 1000)
     * @return this builder
     */
    public Builder keepBadRecords(int max) {
      reading.settings.keepBadRecords(max);
      return this;
    }

    /**
     * @param map the journey map whose touchpoints events must name
     * @return this builder
     */
    public Builder checkingAgainst(JourneyMap map) {
      reading.checkingAgainst(map);
      return this;
    }

    /**
     * @param tolerance how much out of time order an event may be and still be put in order, ≥ 0
     *     (default {@link EventJsonLines#DEFAULT_REORDER_TOLERANCE})
     * @return this builder
     */
    public Builder reorderTolerance(Duration tolerance) {
      reading.reorderTolerance(tolerance);
      return this;
    }

    /**
     * @param events the most events held for reordering, ≥ 1 (default {@value
     *     EventJsonLines#DEFAULT_MAX_REORDER_BUFFER})
     * @return this builder
     */
    public Builder maxReorderBuffer(int events) {
      reading.maxReorderBuffer(events);
      return this;
    }

    /**
     * @return the reader
     * @throws InvalidValueException naming the part if the customer, touchpoint, instant or kind
     *     is not mapped, one column is mapped to two parts, or the pattern is no pattern
     * @throws IllegalStateException if a listener was set without {@link
     *     OnBadRecord#SKIP_AND_COLLECT}
     */
    public EventCsv build() {
      String customer = required(this.customer, "customer");
      String touchpoint = required(this.touchpoint, "touchpoint");
      String at = required(this.at, "at");
      String kind = required(this.kind, "kind");
      Map<String, String> usedBy = new HashMap<>();
      used(usedBy, customer, "customerId");
      if (session != null) {
        used(usedBy, session, "sessionId");
      }
      used(usedBy, touchpoint, "touchpointId");
      used(usedBy, at, "at");
      used(usedBy, kind, "kind");
      for (Map.Entry<String, String> entry : attributes.entrySet()) {
        used(usedBy, entry.getValue(), "attributes." + entry.getKey());
      }
      return new EventCsv(this, customer, touchpoint, at, kind);
    }

    private static String required(@Nullable String column, String part) {
      if (column == null) {
        throw new InvalidValueException(part, "unmapped", "map the column of the event's "
            + part + " with " + part + "(column)");
      }
      return column;
    }

    private static void used(Map<String, String> usedBy, String column, String what) {
      String earlier = usedBy.putIfAbsent(column, what);
      if (earlier != null) {
        throw new InvalidValueException("column", JourneyIds.quote(column), "is mapped twice, to "
            + earlier + " and to " + what + ": a column feeds one part of an event");
      }
    }
  }
}
