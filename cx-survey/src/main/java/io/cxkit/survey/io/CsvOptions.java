package io.cxkit.survey.io;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.spi.CellFormat;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How a CSV file is written, for reading and writing alike: the delimiter ({@code ,}, {@code ;} or
 * tab), the encoding, decimal commas, the separator of several choices in one cell, the zone of
 * timestamps that carry none, and whether to write a byte order mark. Immutable; start from {@link
 * #DEFAULT} and change what differs:
 *
 * <pre>{@code
 * CsvOptions german = CsvOptions.DEFAULT.withDelimiter(';').withDecimalComma(true)
 *     .withZone(ZoneId.of("Europe/Berlin"));
 * }</pre>
 *
 * <p>Reading skips a leading byte order mark of UTF-8 (and of UTF-16 when that is the encoding)
 * whatever {@link #byteOrderMark()} says; writing starts with one only when it is set, which
 * spreadsheet programs need to recognise UTF-8.
 *
 * @param delimiter the cell delimiter: {@code ,}, {@code ;}, tab or {@code |}
 * @param charset the encoding, such as UTF-8, GB18030 or windows-1251
 * @param cells how numbers and lists of choices are written in cells
 * @param zone the zone of timestamps without an offset or zone, and of dates
 * @param byteOrderMark whether written files start with a byte order mark
 */
public record CsvOptions(char delimiter, Charset charset, CellFormat cells, ZoneId zone,
    boolean byteOrderMark) {

  /** Comma, UTF-8, decimal point, {@code ;} between choices, UTC, no byte order mark. */
  public static final CsvOptions DEFAULT =
      new CsvOptions(',', StandardCharsets.UTF_8, CellFormat.DEFAULT, ZoneOffset.UTC, false);

  /**
   * @throws InvalidValueException if the delimiter is not one of {@code , ; tab |}, or the list
   *     separator is the delimiter
   */
  public CsvOptions {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(cells, "cells");
    Objects.requireNonNull(zone, "zone");
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t' && delimiter != '|') {
      throw new InvalidValueException("delimiter", "U+" + String.format("%04X", (int) delimiter),
          "must be one of , ; | or tab");
    }
    if (cells.listSeparator().indexOf(delimiter) >= 0) {
      throw new InvalidValueException("cells.listSeparator", "\"" + cells.listSeparator() + "\"",
          "must not hold the delimiter " + (delimiter == '\t' ? "tab" : String.valueOf(delimiter))
              + ": choose another separator of choices");
    }
  }

  /**
   * @param delimiter {@code ,}, {@code ;}, tab or {@code |}
   * @return these options with that delimiter; when the separator of choices holds it, choices
   *     are separated by {@code |} instead ({@code ;} when the delimiter is {@code |}), so that
   *     {@code withDelimiter(';')} of the default separates them by {@code |}
   */
  public CsvOptions withDelimiter(char delimiter) {
    CellFormat format = cells.listSeparator().indexOf(delimiter) >= 0
        ? new CellFormat(cells.decimalComma(), delimiter == '|' ? ";" : "|") : cells;
    return new CsvOptions(delimiter, charset, format, zone, byteOrderMark);
  }

  /**
   * @param charset the encoding
   * @return these options with that encoding
   */
  public CsvOptions withCharset(Charset charset) {
    return new CsvOptions(delimiter, charset, cells, zone, byteOrderMark);
  }

  /**
   * @param decimalComma whether numbers use a decimal comma
   * @return these options with that setting
   */
  public CsvOptions withDecimalComma(boolean decimalComma) {
    return new CsvOptions(delimiter, charset, new CellFormat(decimalComma, cells.listSeparator()),
        zone, byteOrderMark);
  }

  /**
   * @param separator what separates several choices in one cell
   * @return these options with that separator
   */
  public CsvOptions withListSeparator(String separator) {
    return new CsvOptions(delimiter, charset, new CellFormat(cells.decimalComma(), separator), zone,
        byteOrderMark);
  }

  /**
   * @param zone the zone of timestamps without an offset or zone
   * @return these options with that zone
   */
  public CsvOptions withZone(ZoneId zone) {
    return new CsvOptions(delimiter, charset, cells, zone, byteOrderMark);
  }

  /**
   * @param byteOrderMark whether written files start with a byte order mark
   * @return these options with that setting
   */
  public CsvOptions withByteOrderMark(boolean byteOrderMark) {
    return new CsvOptions(delimiter, charset, cells, zone, byteOrderMark);
  }
}
