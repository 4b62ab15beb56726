package io.cxkit.survey.internal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.BadRecordException;
import io.cxkit.survey.io.CsvOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a CSV file as Jackson's streaming parser gives them: arrays of cells, a blank line an
 * array of one empty cell. Keeps the cells of the current row (as many as the header has; more are
 * counted), its number (as a spreadsheet shows it: blank rows and the header count) and the line it
 * starts on. Undecodable bytes (from a {@link CsvDecodingReader}) and CSV the parser cannot read
 * past are the last record ({@link #fatal}). Not thread-safe.
 */
public final class CsvRows {
  private static final CsvFactory FACTORY = new CsvFactory();

  private final CsvParser parser;
  /** The decoder of the bytes, when the rows were opened from bytes; null for text. */
  private final @Nullable CsvDecodingReader decoding;
  private String[] cells = new String[16];
  /** The cells kept of a row: the header's width once it is known, at most the limit before. */
  private int width;
  private final int maxColumns;
  private long row;
  private long line;
  private int count;
  private boolean blank;
  private boolean inRow;

  private CsvRows(CsvParser parser, @Nullable CsvDecodingReader decoding, int maxColumns) {
    this.parser = parser;
    this.decoding = decoding;
    this.maxColumns = maxColumns;
    this.width = maxColumns;
  }

  /**
   * @param reader the text: a {@link CsvDecodingReader} for bytes, so that undecodable bytes are
   *     reported where they are
   * @param options the delimiter
   * @param maxColumns the most cells kept of a header row
   * @return the rows, none read yet
   * @throws IOException if the parser cannot be made
   */
  public static CsvRows open(Reader reader, CsvOptions options, int maxColumns)
      throws IOException {
    CsvParser parser = FACTORY.createParser(reader);
    parser.disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
    parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(options.delimiter())
        .withQuoteChar('"').withoutEscapeChar().withoutComments());
    return new CsvRows(parser, reader instanceof CsvDecodingReader
        ? (CsvDecodingReader) reader : null, maxColumns);
  }

  /**
   * Reads the header: the first row that is not blank.
   *
   * @param source the source's name in messages
   * @param what what the file holds, for the message of an empty one, such as {@code responses}
   * @return the header's cells as read, before trimming
   * @throws BadRecordException for the header row: undecodable bytes, malformed CSV, no header at
   *     all, or more than the most columns
   * @throws UncheckedIOException if reading fails
   */
  public List<String> header(String source, String what) {
    BadRecord unreadable = null;
    boolean header = false;
    try {
      // Blank lines before the header belong to no record.
      while (!header && next(true)) {
        header = !blank;
      }
    } catch (IOException e) {
      unreadable = fatal(e);
      if (unreadable == null) {
        throw new UncheckedIOException(source + ": reading the header failed", e);
      }
    }
    if (unreadable == null && !header) {
      unreadable = new BadRecord(1, 1, new InvalidValueException("header", "none",
          "the input is empty: a CSV file of " + what + " starts with a header row naming its "
              + "columns"));
    }
    if (unreadable != null) {
      throw new BadRecordException(source, unreadable);
    }
    if (count > maxColumns) {
      throw new BadRecordException(source, new BadRecord(row, line,
          new InvalidValueException("header", count + " columns", "must have at most "
              + maxColumns + " columns")));
    }
    return Arrays.asList(Arrays.copyOf(cells, count));
  }

  /** @param width the cells kept of each row from now on: the header's width */
  public void width(int width) {
    this.width = width;
    if (cells.length < width) {
      cells = Arrays.copyOf(cells, width);
    }
  }

  /** @return the current row's cells, valid up to {@link #count()} and the width; reused */
  public String[] cells() {
    return cells;
  }

  /** @return the number of the current row, counting blank rows and the header */
  public long row() {
    return row;
  }

  /** @return the line the current row starts on */
  public long line() {
    return line;
  }

  /** @return the current row's cells, counted past the width */
  public int count() {
    return count;
  }

  /** @return whether every cell of the current row is blank */
  public boolean blank() {
    return blank;
  }

  /**
   * @param grow whether to keep every cell up to the most columns (the header) rather than as
   *     many as the header has
   * @return whether there was a row
   * @throws IOException if reading fails, the bytes cannot be decoded or the CSV is malformed
   *     ({@link #fatal} tells which)
   */
  public boolean next(boolean grow) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      // Undecodable bytes end the text where they start: the row after the last is bad.
      CsvDecodingReader.Undecodable failure = decoding == null ? null : decoding.failure();
      if (failure != null) {
        throw failure;
      }
      return false;
    }
    row++;
    inRow = true;
    line = -1;
    count = 0;
    blank = true;
    while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
      if (line < 0) {
        line = parser.currentTokenLocation().getLineNr();
      }
      String cell = parser.getText();
      if (count < width) {
        if (count == cells.length) {
          cells = Arrays.copyOf(cells, grow ? Math.min(cells.length * 2, width) : width);
        }
        cells[count] = cell;
      }
      blank &= cell.isBlank();
      count++;
    }
    if (line < 1) {
      line = Math.max(1, parser.currentLocation().getLineNr());
    }
    // The bad bytes ended the text: the row is whole only when its line ended before them.
    CsvDecodingReader.Undecodable failure = decoding == null ? null : decoding.failure();
    if (failure != null && !decoding.endedLine()) {
      throw failure;
    }
    inRow = false;
    return true;
  }

  /**
   * @param e what the parser threw
   * @return the last record it makes when reading cannot go on (undecodable bytes, malformed
   *     CSV), or null for another I/O failure
   */
  public @Nullable BadRecord fatal(IOException e) {
    if (decoding != null && decoding.failure() != null) {
      // The parser met the end of the text the bad bytes made (an unclosed quote, say): the
      // bytes are the problem.
      e = decoding.failure();
    }
    long record = inRow ? row : row + 1;
    JsonLocation at = parser.currentLocation();
    long where = Math.max(1, at.getLineNr());
    long start = inRow && line >= 1 ? line : where;
    if (e instanceof CsvDecodingReader.Undecodable) {
      CsvDecodingReader.Undecodable bad = (CsvDecodingReader.Undecodable) e;
      return new BadRecord(record, start, new InvalidValueException("encoding",
          bad.shown() + " on line " + where + " (byte offset " + bad.offset() + ")",
          "must be " + (bad.malformed() ? "valid " : "characters of ") + bad.charset()
              + ": the file is in another encoding or damaged; nothing after it is read "
              + "(set the encoding with CsvOptions.withCharset)"));
    }
    if (e instanceof JsonProcessingException) {
      JsonProcessingException malformed = (JsonProcessingException) e;
      JsonLocation location = malformed.getLocation() != null ? malformed.getLocation() : at;
      // Jackson's column numbers drift once its buffer has been refilled, so only the line.
      return new BadRecord(record, start, new InvalidValueException("csv",
          "line " + Math.max(1, location.getLineNr()),
          "must be well-formed CSV: " + malformed.getOriginalMessage()
              + "; nothing after it can be read"));
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return new BadRecord(record, start, new InvalidValueException("encoding",
          "line " + where, "must be decodable: " + e));
    }
    return null;
  }

  /**
   * Closes the parser and the text under it.
   *
   * @throws IOException if closing fails
   */
  public void close() throws IOException {
    parser.close();
  }
}
