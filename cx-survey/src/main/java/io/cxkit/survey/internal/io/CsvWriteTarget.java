package io.cxkit.survey.internal.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cxkit.survey.io.CsvOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Where the CSV writers put their rows: Jackson's CSV generator with RFC 4180 quoting (a cell is
 * quoted only when it holds the delimiter, a quote or a line break, or starts with {@code #} in the
 * first column; a quote inside is doubled), CRLF after every row, and a byte order mark first when
 * the options ask for one. Cells are checked against the encoding by the writers ({@link
 * CsvWriteEncoding}) before they get here; the encoder of an output stream fails rather than
 * writing {@code ?} all the same. Not thread-safe.
 */
public final class CsvWriteTarget {
  /** RFC 4180 ends every record with CRLF. */
  public static final String LINE_SEPARATOR = "\r\n";

  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private final String source;
  private final CsvGenerator generator;

  private CsvWriteTarget(String source, Writer out, CsvOptions options, boolean closeTarget)
      throws IOException {
    this.source = source;
    if (options.byteOrderMark() && !CsvWriteEncoding.writesOwnByteOrderMark(options.charset())) {
      out.write('\uFEFF');
    }
    // A comment-aware schema only makes the generator quote a first cell starting with '#', so
    // that a reader that skips comment lines cannot lose the row.
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(options.delimiter())
        .withLineSeparator(LINE_SEPARATOR).withComments();
    this.generator = FACTORY.createGenerator(out);
    generator.setSchema(schema);
    if (!closeTarget) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
  }

  /**
   * @param source what is written, for messages of I/O failures
   * @param out the characters' destination
   * @param options the delimiter and byte order mark
   * @param closeTarget whether {@link #close()} closes {@code out}
   * @throws UncheckedIOException if writing the byte order mark fails
   */
  public static CsvWriteTarget of(String source, Writer out, CsvOptions options,
      boolean closeTarget) {
    try {
      return new CsvWriteTarget(source, out, options, closeTarget);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": writing the byte order mark failed", e);
    }
  }

  /**
   * @param source what is written, for messages of I/O failures
   * @param out the bytes' destination, encoded with the options' charset by an encoder that fails
   *     on an unmappable character rather than writing {@code ?}
   * @param options the delimiter, charset and byte order mark
   * @param closeTarget whether {@link #close()} closes {@code out}
   */
  public static CsvWriteTarget of(String source, OutputStream out, CsvOptions options,
      boolean closeTarget) {
    return of(source, new OutputStreamWriter(out, CsvWriteEncoding.reporting(options.charset())),
        options, closeTarget);
  }

  /**
   * @param cells the row's cells; null or empty for a blank cell
   * @throws UncheckedIOException if writing fails
   */
  public void row(@Nullable String[] cells) {
    try {
      generator.writeStartArray();
      for (String cell : cells) {
        // Jackson leaves a null out of a row of an array; an empty string is the blank cell.
        generator.writeString(cell == null ? "" : cell);
      }
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": writing a row failed", e);
    }
  }

  /** @throws UncheckedIOException if flushing fails */
  public void flush() {
    try {
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": flushing failed", e);
    }
  }

  /**
   * Flushes, and closes the destination when asked to at creation.
   *
   * @throws UncheckedIOException if flushing or closing fails
   */
  public void close() {
    try {
      generator.flush();
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": closing failed", e);
    }
  }
}
