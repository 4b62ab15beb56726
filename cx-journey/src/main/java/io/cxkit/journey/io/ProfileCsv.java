package io.cxkit.journey.io;

import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.survey.internal.io.AbstractRecordReader.Parsed;
import io.cxkit.survey.internal.io.CsvRows;
import io.cxkit.survey.internal.io.CsvWriteEncoding;
import io.cxkit.survey.internal.io.CsvWriteNumbers;
import io.cxkit.survey.internal.io.CsvWriteTarget;
import io.cxkit.survey.internal.io.ReaderSettings;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.OnBadRecord;
import io.cxkit.survey.io.RecordReader;
import io.cxkit.survey.io.SpreadsheetSafe;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Reads customer profiles from CSV, one row per customer, and writes them ({@link #writer}). Each
 * attribute column declares its name and type ({@link Builder#attribute}); cxkit's own layout
 * names both in the header ({@code customer_id, country:text, orders:number, signed-up:date,
 * categories:set}), which {@link #readerOfExport()} reads. Immutable and thread-safe.
 *
 * <p><b>Cells.</b> A blank cell leaves the attribute out. A text is kept as it is; a number is read
 * with the options' decimal separator ({@code 12.5}, or {@code 12,5} with a decimal comma), no
 * grouping; a date is ISO-8601 ({@code 2026-03-01}); a set is split at the options' {@linkplain
 * io.cxkit.survey.spi.CellFormat#listSeparator() list separator} ({@code ;} by default, {@code |}
 * when {@code ;} is the delimiter), each element trimmed, empty elements dropped.
 *
 * <p><b>The file and errors</b> as {@link EventCsv} has them: rows numbered as a spreadsheet shows
 * them, header problems thrown for the header row when opened, and a bad row's problem an {@link
 * InvalidJourneyException} whose field names the column ({@code column "Bestellungen"
 * (attributes.orders)}), the value and the rule. A customer id a row delivered before had is a bad
 * record naming that row, unless {@link Builder#allowDuplicateIds()}; each distinct id is then kept
 * with its row.
 */
public final class ProfileCsv {
  /** The column of customer ids in cxkit's own layout. */
  public static final String CUSTOMER_COLUMN = "customer_id";

  private final CsvOptions options;
  private final ReaderSettings settings;
  private final String customer;
  private final Map<String, Column> attributes;
  private final boolean typedHeader;
  private final boolean rejectDuplicates;
  private final boolean restoreNeutralised;

  /** An attribute's column and type. */
  private record Column(String name, AttributeType type) {}

  private ProfileCsv(Builder builder, String customer) {
    this.options = builder.options;
    this.settings = builder.settings.built();
    this.customer = customer;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.attributes));
    this.typedHeader = builder.typedHeader;
    this.rejectDuplicates = !builder.allowDuplicates;
    this.restoreNeutralised = builder.restoreNeutralised;
  }

  /** @return a builder that maps nothing yet: map the customer column and the attributes */
  public static Builder reader() {
    return new Builder();
  }

  /**
   * @return a builder of cxkit's own layout: {@value #CUSTOMER_COLUMN}, then a column {@code
   *     <name>:<type>} per attribute (type {@code text}, {@code number}, {@code date} or {@code
   *     set}), neutralised cells restored; columns without a {@code :} are ignored, and one whose
   *     name after the last {@code :} is no type, or before it no attribute name, is refused with
   *     the header (so that a misspelt {@code orders:numbr} is not silently dropped)
   */
  public static Builder readerOfExport() {
    Builder builder = new Builder();
    builder.customer = CUSTOMER_COLUMN;
    builder.typedHeader = true;
    builder.restoreNeutralised = true;
    return builder;
  }

  /**
   * @param file the file, decoded with the options' charset
   * @return the profiles
   * @throws io.cxkit.survey.io.BadRecordException for the header row
   */
  public RecordReader<CustomerProfile> open(Path file) {
    Objects.requireNonNull(file, "file");
    return open(CsvHeader.decoding(Streams.open(file), options), Streams.name(file), true);
  }

  /**
   * @param in the bytes, decoded with the options' charset
   * @param name what to call the source in messages
   * @return the profiles
   * @throws io.cxkit.survey.io.BadRecordException for the header row
   */
  public RecordReader<CustomerProfile> open(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return open(CsvHeader.decoding(in, options), name, false);
  }

  /**
   * @param reader text already decoded (a leading byte order mark is skipped)
   * @param name what to call the source in messages
   * @return the profiles
   * @throws io.cxkit.survey.io.BadRecordException for the header row
   */
  public RecordReader<CustomerProfile> open(Reader reader, String name) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    return open(CsvHeader.withoutBom(reader, name), name, false);
  }

  private RecordReader<CustomerProfile> open(Reader reader, String name, boolean owned) {
    return CsvHeader.open(reader, name, owned, options, "profiles",
        (rows, header) -> new ProfileSource(name, settings, new Rows(rows, header),
            rejectDuplicates, "row"));
  }

  /** The profiles of one CSV file. */
  private final class Rows implements ProfileSource.Records {
    private final CsvRows rows;
    private final CsvHeader header;
    private final int customerColumn;
    private final List<String> names = new ArrayList<>();
    private final List<AttributeType> types = new ArrayList<>();
    private final List<Integer> columns = new ArrayList<>();

    Rows(CsvRows rows, CsvHeader header) {
      this.rows = rows;
      this.header = header;
      this.customerColumn = header.index(customer, "customerId", true);
      for (Map.Entry<String, Column> entry : attributes.entrySet()) {
        int index = header.index(entry.getValue().name(), "attributes." + entry.getKey(), true);
        if (index >= 0) {
          add(entry.getKey(), entry.getValue().type(), index);
        }
      }
      if (typedHeader) {
        for (int i = 0; i < header.names.size(); i++) {
          String name = header.names.get(i);
          int colon = name.lastIndexOf(':');
          // A repeated name is reported at its first column, once.
          if (i == customerColumn || colon < 0 || columns.contains(i)
              || header.isRepeated(name) && !header.isFirstOfRepeated(name, i)) {
            continue;
          }
          String attribute = name.substring(0, colon);
          AttributeType type;
          try {
            type = AttributeType.ofId(name.substring(colon + 1));
          } catch (InvalidValueException e) {
            header.problem("column " + JourneyIds.quote(name) + " names the type "
                + JourneyIds.quote(name.substring(colon + 1)) + ", which is none of text, number,"
                + " date, set");
            continue;
          }
          if (!JourneyIds.isId(attribute)) {
            header.problem("column " + JourneyIds.quote(name) + " names no attribute before the"
                + " type: an attribute name " + JourneyIds.ID_RULE);
          } else if (names.contains(attribute) || header.isRepeated(name)) {
            header.problem("column " + JourneyIds.quote(name) + ": the attribute "
                + JourneyIds.quote(attribute) + " has more than one column");
          } else {
            add(attribute, type, i);
          }
        }
      }
    }

    private void add(String name, AttributeType type, int column) {
      names.add(name);
      types.add(type);
      columns.add(column);
    }

    @Override
    public @Nullable Parsed<CustomerProfile> next() throws IOException {
      while (true) {
        try {
          if (!rows.next(false)) {
            return null;
          }
        } catch (IOException e) {
          BadRecord fatal = rows.fatal(e);
          if (fatal == null) {
            throw e;
          }
          return Parsed.fatal(fatal.record(), fatal.line(), fatal.problem());
        }
        if (!rows.blank()) {
          try {
            return Parsed.of(rows.row(), rows.line(), profile(rows.count(), rows.cells()));
          } catch (InvalidValueException e) {
            return Parsed.bad(rows.row(), rows.line(), e);
          }
        }
      }
    }

    private CustomerProfile profile(int count, String[] cells) {
      int width = header.names.size();
      if (count != width) {
        throw new InvalidValueException("cells", count, "must be " + width
            + ", one per column of the header: the row has " + Math.abs(count - width)
            + (count > width ? " more" : " fewer"));
      }
      if (restoreNeutralised) {
        for (int i = 0; i < count; i++) {
          cells[i] = SpreadsheetSafe.restore(cells[i]);
        }
      }
      String id = cells[customerColumn].strip();
      if (id.isEmpty()) {
        throw new InvalidJourneyException(header.where(customerColumn, "customerId"), "\"\"",
            "must not be blank: every profile has a customer id");
      }
      Map<String, AttributeValue> values = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        int column = columns.get(i);
        String cell = cells[column];
        if (!cell.isBlank()) {
          values.put(names.get(i), value(cell, types.get(i),
              header.where(column, "attributes." + names.get(i))));
        }
      }
      try {
        return new CustomerProfile(id, values);
      } catch (InvalidValueException e) {
        throw new InvalidJourneyException(header.where(customerColumn, e.field()), e.value(),
            e.rule());
      }
    }

    private AttributeValue value(String cell, AttributeType type, String where) {
      switch (type) {
        case TEXT:
          return AttributeValue.text(cell);
        case NUMBER:
          return AttributeValue.number(number(cell, where));
        case DATE:
          try {
            return AttributeValue.date(LocalDate.parse(cell.strip()));
          } catch (DateTimeException e) {
            throw new InvalidJourneyException(where, JourneyIds.quote(cell),
                "must be an ISO-8601 date such as 2026-03-01");
          }
        default:
          Set<String> elements = new LinkedHashSet<>();
          String separator = options.cells().listSeparator();
          int from = 0;
          while (from <= cell.length()) {
            int end = cell.indexOf(separator, from);
            String element = (end < 0 ? cell.substring(from) : cell.substring(from, end)).strip();
            if (!element.isEmpty()) {
              elements.add(element);
            }
            if (end < 0) {
              break;
            }
            from = end + separator.length();
          }
          return new AttributeValue.SetAttribute(elements);
      }
    }

    private double number(String cell, String where) {
      String text = cell.strip();
      boolean comma = options.cells().decimalComma();
      String rule = "must be a number such as " + (comma ? "12,5" : "12.5")
          + " (digits, an optional sign and " + (comma ? "decimal comma" : "decimal point")
          + ", no grouping)";
      if (!text.matches(comma ? "[+-]?(\\d+(,\\d*)?|,\\d+)" : "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
        throw new InvalidJourneyException(where, JourneyIds.quote(cell), rule);
      }
      double value = Double.parseDouble(comma ? text.replace(',', '.') : text);
      if (!Double.isFinite(value)) {
        throw new InvalidJourneyException(where, JourneyIds.quote(cell), "must be a finite number");
      }
      return value;
    }

    @Override
    public void close() throws IOException {
      rows.close();
    }
  }

  /**
   * Writes profiles in cxkit's own layout: {@value #CUSTOMER_COLUMN}, then {@code <name>:<type>}
   * for each attribute given, in that order; {@link #readerOfExport()} reads it back with the same
   * options. Free text (ids, texts, set elements) that a spreadsheet would run as a formula gets a
   * leading {@code '}; numbers are written plainly ({@code 12.5}, with the options' decimal
   * separator); a profile without an attribute gets a blank cell.
   *
   * @param out where to write; closed by {@link RecordWriter#close()}
   * @param options the delimiter, charset, decimal separator, list separator and byte order mark
   * @param attributes the attribute columns by name, in order; a profile with another attribute,
   *     or one of another type, is refused
   * @return the writer
   */
  public static RecordWriter<CustomerProfile> writer(java.io.Writer out, CsvOptions options,
      Map<String, AttributeType> attributes) {
    Objects.requireNonNull(out, "out");
    checked(options, attributes);
    return new CsvProfileWriter(CsvWriteTarget.of("profiles CSV", out, options, true), options,
        attributes);
  }

  /**
   * As {@link #writer(java.io.Writer, CsvOptions, Map)}, to bytes in the options' charset.
   *
   * @param out where to write; closed by {@link RecordWriter#close()}
   * @param options the options
   * @param attributes the attribute columns by name, in order
   * @return the writer
   */
  public static RecordWriter<CustomerProfile> writer(OutputStream out, CsvOptions options,
      Map<String, AttributeType> attributes) {
    Objects.requireNonNull(out, "out");
    checked(options, attributes);
    return new CsvProfileWriter(CsvWriteTarget.of("profiles CSV", out, options, true), options,
        attributes);
  }

  private static void checked(CsvOptions options, Map<String, AttributeType> attributes) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(attributes, "attributes");
    CsvWriteEncoding.requireByteOrderMark(options);
    for (Map.Entry<String, AttributeType> entry : attributes.entrySet()) {
      JourneyIds.requireId("attributes", Objects.requireNonNull(entry.getKey(), "attributes key"));
      Objects.requireNonNull(entry.getValue(), "attributes value");
    }
  }

  /** Writes profiles as CSV rows. */
  private static final class CsvProfileWriter extends RecordWriter<CustomerProfile> {
    private final CsvWriteTarget target;
    private final CsvWriteEncoding encoding;
    private final CsvOptions options;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<AttributeType> types = new ArrayList<>();
    private final String[] cells;

    CsvProfileWriter(CsvWriteTarget target, CsvOptions options,
        Map<String, AttributeType> attributes) {
      super("profiles CSV");
      this.target = target;
      this.options = options;
      this.encoding = new CsvWriteEncoding(options.charset());
      List<String> header = new ArrayList<>();
      header.add(CUSTOMER_COLUMN);
      types.add(AttributeType.TEXT);
      for (Map.Entry<String, AttributeType> entry : attributes.entrySet()) {
        columns.put(entry.getKey(), header.size());
        types.add(entry.getValue());
        header.add(entry.getKey() + ":" + entry.getValue().id());
      }
      String[] names = header.toArray(new String[0]);
      encoding.requireEncodable("attributes", names);
      this.cells = new String[names.length];
      target.row(names);
    }

    @Override
    void put(CustomerProfile profile) {
      Arrays.fill(cells, null);
      String id = profile.customerId();
      if (!id.equals(id.strip())) {
        throw new InvalidJourneyException("customerId", JourneyIds.quote(id), "cannot be written:"
            + " the reader trims ids, so white space around it would be lost");
      }
      cells[0] = text("customerId", id);
      for (Map.Entry<String, AttributeValue> entry : profile.attributes().entrySet()) {
        String path = "attributes." + entry.getKey();
        Integer column = columns.get(entry.getKey());
        AttributeValue value = entry.getValue();
        if (column == null) {
          throw new InvalidJourneyException("attributes", JourneyIds.quote(entry.getKey()),
              "has no column: name it among the writer's attributes, or it would be lost");
        }
        AttributeType type = types.get(column);
        if (AttributeType.of(value) != type) {
          throw new InvalidJourneyException(path, value.typeId(), "must be " + type.id()
              + ", the type of its column");
        }
        cells[column] = cell(path, value);
      }
      target.row(cells);
    }

    private String cell(String path, AttributeValue value) {
      if (value instanceof AttributeValue.NumberAttribute) {
        return CsvWriteNumbers.plain(((AttributeValue.NumberAttribute) value).value(),
            options.cells().decimalComma());
      }
      if (value instanceof AttributeValue.DateAttribute) {
        return ((AttributeValue.DateAttribute) value).value().toString();
      }
      if (value instanceof AttributeValue.TextAttribute) {
        String text = ((AttributeValue.TextAttribute) value).value();
        if (text.isBlank()) {
          throw new InvalidJourneyException(path, JourneyIds.quote(text),
              "cannot be written: a blank cell reads as no attribute, so it would be lost");
        }
        return text(path, text);
      }
      String separator = options.cells().listSeparator();
      if (((AttributeValue.SetAttribute) value).values().isEmpty()) {
        throw new InvalidJourneyException(path, "[]", "cannot be written: an empty set is a blank"
            + " cell, which reads as no attribute, so it would be lost");
      }
      StringBuilder out = new StringBuilder();
      for (String element : ((AttributeValue.SetAttribute) value).values()) {
        if (element.isBlank() || !element.equals(element.strip())
            || element.contains(separator)) {
          throw new InvalidJourneyException(path, JourneyIds.quote(element), "cannot be written"
              + " as a set element: elements are split at " + JourneyIds.quote(separator)
              + " and trimmed when read, so it must be non-blank, without spaces around it and"
              + " without the list separator");
        }
        out.append(out.length() == 0 ? "" : separator).append(element);
      }
      return text(path, out.toString());
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

  @Override
  public String toString() {
    return "ProfileCsv{" + customer + ", attributes " + attributes.keySet()
        + (typedHeader ? ", typed header" : "") + ", " + settings.mode() + "}";
  }

  /**
   * Builds a {@link ProfileCsv}; each setting may be given once ({@link IllegalStateException}
   * otherwise).
   */
  public static final class Builder {
    private final ReaderSettings settings = new ReaderSettings();
    private CsvOptions options = CsvOptions.DEFAULT;
    private @Nullable String customer;
    private final Map<String, Column> attributes = new LinkedHashMap<>();
    private boolean typedHeader;
    private boolean allowDuplicates;
    private boolean restoreNeutralised;

    private Builder() {}

    /**
     * @param options the delimiter, charset, decimal and list separators
     * @return this builder
     */
    public Builder options(CsvOptions options) {
      Objects.requireNonNull(options, "options");
      settings.once("options");
      this.options = options;
      return this;
    }

    /**
     * @param column the column of customer ids
     * @return this builder
     */
    public Builder customer(String column) {
      settings.once("customer");
      this.customer = column(column);
      return this;
    }

    /**
     * @param name the attribute's name (letters, digits, {@code _ . -})
     * @param column its column
     * @param type how its cells are read
     * @return this builder
     * @throws InvalidValueException if the name is malformed
     */
    public Builder attribute(String name, String column, AttributeType type) {
      JourneyIds.requireId("attribute", Objects.requireNonNull(name, "name"));
      Objects.requireNonNull(type, "type");
      settings.once("attribute:" + name);
      attributes.put(name, new Column(column(column), type));
      return this;
    }

    private static String column(String name) {
      String trimmed = Objects.requireNonNull(name, "column").strip();
      if (trimmed.isEmpty()) {
        throw new InvalidValueException("column", "\"\"", "must name a column of the header");
      }
      return trimmed;
    }

    /**
     * Lets several rows share a customer id (each is delivered).
     *
     * @return this builder
     */
    public Builder allowDuplicateIds() {
      settings.once("allowDuplicateIds");
      this.allowDuplicates = true;
      return this;
    }

    /**
     * Removes the {@code '} cxkit's writers put before text a spreadsheet would run as a formula.
     *
     * @return this builder
     */
    public Builder restoreNeutralised() {
      settings.once("restoreNeutralised");
      this.restoreNeutralised = true;
      return this;
    }

    /**
     * @param mode stop at the first bad row (the default) or skip and report each one
     * @return this builder
     */
    public Builder onBadRecord(OnBadRecord mode) {
      settings.onBadRecord(mode);
      return this;
    }

    /**
     * @param listener told of each bad row as it is skipped; needs {@link
     *     OnBadRecord#SKIP_AND_COLLECT}
     * @return this builder
     */
    public Builder onBadRecord(Consumer<? super BadRecord> listener) {
      settings.listener(listener);
      return this;
    }

    /**
     * @param max how many bad rows the report keeps, ≥ 0 (default 1000)
     * @return this builder
     */
    public Builder keepBadRecords(int max) {
      settings.keepBadRecords(max);
      return this;
    }

    /**
     * @return the reader
     * @throws InvalidValueException if the customer column is not mapped or a column is mapped
     *     twice
     */
    public ProfileCsv build() {
      if (customer == null) {
        throw new InvalidValueException("customer", "unmapped",
            "map the column of customer ids with customer(column)");
      }
      Map<String, String> usedBy = new HashMap<>();
      usedBy.put(customer, "customerId");
      for (Map.Entry<String, Column> entry : attributes.entrySet()) {
        String earlier = usedBy.putIfAbsent(entry.getValue().name(), entry.getKey());
        if (earlier != null) {
          throw new InvalidValueException("column", JourneyIds.quote(entry.getValue().name()),
              "is mapped twice, to " + earlier + " and to " + entry.getKey());
        }
      }
      return new ProfileCsv(this, customer);
    }
  }
}
