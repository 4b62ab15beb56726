package io.cxkit.survey.loop;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.SpreadsheetSafe;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link FollowUpList} as CSV for the team that makes the calls: one row per entry, in the
 * list's order, after a header row. Immutable and thread-safe; {@link #standard()} or {@link
 * #with(CsvOptions)}.
 *
 * <p><b>Columns</b> ({@link #ENTRY_COLUMNS}), stable: {@code priority} (1 = most urgent), {@code
 * response_id}, {@code respondent_id}, {@code survey_id}, {@code submitted_at} (ISO-8601 in UTC as
 * {@link java.time.Instant#toString()} gives it, such as {@code 2024-03-01T10:15:30Z}, as {@link
 * io.cxkit.survey.io.ResponseCsvWriter} writes it), {@code touchpoint_id}, {@code
 * rules} (the ids of the rules matched, joined by the options' list separator, {@code ;} by
 * default), {@code reasons} (their reasons, joined the same way), {@code email}, {@code name},
 * {@code phone}. A missing value is a blank cell. {@link #writeRuleCounts} writes the counts per
 * rule instead ({@link #RULE_COLUMNS}).
 *
 * <p><b>Formula-safe.</b> Every text cell goes through {@link SpreadsheetSafe#neutralise}: a cell
 * starting with {@code = + - @}, a tab or a carriage return gets a leading {@code '}, so that a
 * spreadsheet shows it as text instead of running it ({@code =HYPERLINK(…)} in a name, a phone
 * number {@code +44 …} alike); {@link SpreadsheetSafe#restore} gives the original back. Quoting
 * follows RFC 4180 (Jackson's CSV generator), rows end with CRLF, and a byte order mark comes first
 * when the options ask for one.
 *
 * <p>Only respondents who agreed to be contacted are entries of a list, so the file holds no one
 * else's details, nor their ids.
 */
public final class FollowUpCsv {
  /** The header of {@link #writeEntries}. */
  public static final List<String> ENTRY_COLUMNS = List.of("priority", "response_id",
      "respondent_id", "survey_id", "submitted_at", "touchpoint_id", "rules", "reasons", "email",
      "name", "phone");

  /** The header of {@link #writeRuleCounts}. */
  public static final List<String> RULE_COLUMNS = List.of("rule", "priority", "reason", "matched",
      "contactable", "not_contactable");

  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private static final FollowUpCsv STANDARD = new FollowUpCsv(CsvOptions.DEFAULT);

  private final CsvOptions options;

  private FollowUpCsv(CsvOptions options) {
    this.options = options;
  }

  /** @return a writer with {@link CsvOptions#DEFAULT}: comma, UTF-8, no byte order mark */
  public static FollowUpCsv standard() {
    return STANDARD;
  }

  /**
   * @param options the delimiter, list separator, charset and byte order mark (instants are
   *     written in UTC whatever the zone)
   * @return a writer with those options
   */
  public static FollowUpCsv with(CsvOptions options) {
    return new FollowUpCsv(Objects.requireNonNull(options, "options"));
  }

  /** @return the options */
  public CsvOptions options() {
    return options;
  }

  /**
   * Writes the header and one row per entry.
   *
   * @param list a follow-up list
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeEntries(FollowUpList list, Writer out) {
    writeEntries(list, out, false);
  }

  private void writeEntries(FollowUpList list, Writer out, boolean checkEncoding) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(out, "out");
    write(out, checkEncoding, generator -> {
      row(generator, null, ENTRY_COLUMNS.toArray(new String[0]));
      String separator = options.cells().listSeparator();
      List<FollowUpEntry> entries = list.entries();
      for (int i = 0; i < entries.size(); i++) {
        FollowUpEntry entry = entries.get(i);
        StringBuilder rules = new StringBuilder();
        StringBuilder reasons = new StringBuilder();
        for (FollowUpReason reason : entry.reasons()) {
          if (rules.length() > 0) {
            rules.append(separator);
            reasons.append(separator);
          }
          rules.append(reason.ruleId());
          reasons.append(reason.reason());
        }
        ContactDetails contact = entry.contact();
        row(generator, "entries[" + i + "]", Integer.toString(entry.priority()),
            entry.responseId(), entry.respondentId(), entry.surveyId(),
            entry.submittedAt().toString(),
            entry.touchpointId(), rules.toString(), reasons.toString(), contact.email(),
            contact.name(), contact.phone());
      }
    });
  }

  /**
   * Writes the header and one row per entry, in the options' charset.
   *
   * @param list a follow-up list
   * @param out where to write; flushed, not closed
   * @throws InvalidValueException if a cell holds a character the charset cannot encode, naming
   *     the entry and column (a contact detail is redacted); nothing of that row is written
   * @throws UncheckedIOException if writing fails
   */
  public void writeEntries(FollowUpList list, OutputStream out) {
    Objects.requireNonNull(out, "out");
    writeEntries(list, writer(out), true);
  }

  /**
   * Writes the counts per rule: the header and one row per rule, in the rules' order.
   *
   * @param list a follow-up list
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeRuleCounts(FollowUpList list, Writer out) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(out, "out");
    write(out, false, generator -> {
      row(generator, null, RULE_COLUMNS.toArray(new String[0]));
      List<FollowUpRule> rules = list.rules().rules();
      for (int i = 0; i < rules.size(); i++) {
        RuleCounts counts = list.ruleCounts().get(i);
        row(generator, "rules[" + i + "]", counts.ruleId(),
            Integer.toString(rules.get(i).priority()), rules.get(i).reason(),
            Long.toString(counts.matched()), Long.toString(counts.contactable()),
            Long.toString(counts.notContactable()));
      }
    });
  }

  private Writer writer(OutputStream out) {
    CharsetEncoder encoder = options.charset().newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new OutputStreamWriter(out, encoder);
  }

  @FunctionalInterface
  private interface Rows {
    void write(Target generator) throws IOException;
  }

  /** A generator with the encoder that checks cells before they are written. */
  private static final class Target {
    final CsvGenerator generator;
    final @Nullable CharsetEncoder encoder;

    Target(CsvGenerator generator, @Nullable CharsetEncoder encoder) {
      this.generator = generator;
      this.encoder = encoder;
    }
  }

  private void write(Writer out, boolean checkEncoding, Rows rows) {
    try {
      if (options.byteOrderMark()) {
        out.write('\uFEFF');
      }
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(options.delimiter())
          .withLineSeparator("\r\n").withComments();
      CsvGenerator generator = FACTORY.createGenerator(out);
      generator.setSchema(schema);
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      CharsetEncoder encoder = checkEncoding ? options.charset().newEncoder() : null;
      rows.write(new Target(generator, encoder));
      generator.flush();
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a follow-up list as CSV failed", e);
    }
  }

  private static final List<String> PERSONAL = List.of("email", "name", "phone");

  private static void row(Target target, @Nullable String where, @Nullable String... cells)
      throws IOException {
    if (target.encoder != null && where != null) {
      for (int i = 0; i < cells.length; i++) {
        String cell = cells[i];
        if (cell != null && !target.encoder.canEncode(cell)) {
          String column = where.startsWith("entries") ? ENTRY_COLUMNS.get(i) : RULE_COLUMNS.get(i);
          throw new InvalidValueException(where + "." + column,
              PERSONAL.contains(column) && where.startsWith("entries") ? "(redacted)" : cell,
              "cannot be written in " + target.encoder.charset().name()
                  + "; choose an encoding such as UTF-8 that holds it");
        }
      }
    }
    CsvGenerator generator = target.generator;
    generator.writeStartArray();
    for (String cell : cells) {
      generator.writeString(cell == null ? "" : SpreadsheetSafe.neutralise(cell));
    }
    generator.writeEndArray();
  }

  @Override
  public String toString() {
    return "FollowUpCsv[delimiter=" + (options.delimiter() == '\t' ? "tab" : options.delimiter())
        + ", charset=" + options.charset().name() + "]";
  }
}
