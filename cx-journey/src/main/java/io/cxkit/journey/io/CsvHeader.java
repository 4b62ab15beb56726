package io.cxkit.journey.io;

import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.internal.io.ByteOrderMark;
import io.cxkit.survey.internal.io.CsvDecodingReader;
import io.cxkit.survey.internal.io.CsvRows;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.BadRecordException;
import io.cxkit.survey.io.CsvOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file's header being matched against a mapping: the columns found by their trimmed names,
 * and what is wrong, reported at once for the header row. Also opens CSV text as the response
 * reader does.
 */
final class CsvHeader {
  /** The most columns a header may have, as for responses. */
  static final int MAX_COLUMNS = io.cxkit.survey.io.ResponseCsv.MAX_COLUMNS;

  final List<String> names;
  private final Map<String, Integer> first = new HashMap<>();
  private final Map<String, Integer> repeated = new HashMap<>();
  private final List<String> missing = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  CsvHeader(List<String> cells) {
    names = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip();
      names.add(name);
      Integer earlier = first.putIfAbsent(name, i);
      if (earlier != null) {
        repeated.putIfAbsent(name, earlier);
      }
    }
  }

  /**
   * @param name a mapped column
   * @param path what it gives, for messages
   * @param required whether a header without it is refused
   * @return its index, or -1 when the header lacks it
   */
  int index(String name, String path, boolean required) {
    Integer index = first.get(name);
    if (index == null) {
      if (required) {
        missing.add(JourneyIds.quote(name) + " (" + path + ")");
      }
      return -1;
    }
    Integer earlier = repeated.get(name);
    if (earlier != null) {
      problems.add("names the mapped column " + JourneyIds.quote(name) + " (" + path
          + ") more than once, first as column " + (earlier + 1)
          + ": rename one so that it is clear which to read");
      return -1;
    }
    return index;
  }

  void problem(String problem) {
    problems.add(problem);
  }

  /** @return whether the header names more than one column so */
  boolean isRepeated(String name) {
    return repeated.containsKey(name);
  }

  /**
   * @return whether the column is the first of a name the header repeats: where a problem with
   *     such columns is reported, once for them all
   */
  boolean isFirstOfRepeated(String name, int index) {
    Integer at = first.get(name);
    return at != null && at == index && repeated.containsKey(name);
  }

  /** @return the path of a cell for a message: {@code column "Zeit" (at)} */
  String where(int column, String path) {
    return "column " + JourneyIds.quote(names.get(column)) + " (" + path + ")";
  }

  /**
   * @throws BadRecordException for the header row if a required column is missing or another
   *     problem was found
   */
  void check(String source, CsvRows rows) {
    List<String> all = new ArrayList<>(problems);
    if (!missing.isEmpty()) {
      all.add(0, "lacks the mapped " + (missing.size() == 1 ? "column " : "columns ")
          + String.join(", ", missing));
    }
    if (!all.isEmpty()) {
      throw new BadRecordException(source, new BadRecord(rows.row(), rows.line(),
          new InvalidValueException("header", shown(), String.join("; ", all))));
    }
  }

  private String shown() {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < names.size() && i < 20; i++) {
      out.append(i == 0 ? "" : ", ").append(JourneyIds.quote(names.get(i)));
    }
    if (names.size() > 20) {
      out.append(", … (").append(names.size()).append(" columns)");
    }
    return out.append(']').toString();
  }

  /** @return the bytes decoded strictly in the options' charset */
  static Reader decoding(InputStream in, CsvOptions options) {
    return new CsvDecodingReader(in, options.charset());
  }

  /** @return the text with a leading byte order mark skipped */
  static Reader withoutBom(Reader reader, String name) {
    try {
      return ByteOrderMark.skip(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": reading failed", e);
    }
  }

  /** Something that binds a header and reads the rows after it. */
  interface Opener<R> {
    R bind(CsvRows rows, CsvHeader header);
  }

  /**
   * Reads the header and binds it; closes the text when that fails and it was opened here.
   *
   * @param what what the file holds, for the message of an empty one
   */
  static <R> R open(Reader reader, String source, boolean owned, CsvOptions options, String what,
      Opener<R> opener) {
    CsvRows rows = null;
    boolean done = false;
    try {
      rows = CsvRows.open(reader, options, MAX_COLUMNS);
      CsvHeader header = new CsvHeader(rows.header(source, what));
      R out = opener.bind(rows, header);
      header.check(source, rows);
      rows.width(header.names.size());
      done = true;
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": opening failed", e);
    } finally {
      if (!done && owned) {
        try {
          if (rows != null) {
            rows.close();
          } else {
            reader.close();
          }
        } catch (IOException e) {
          // The header's failure is what the caller needs to see.
        }
      }
    }
  }
}
