package io.cxkit.survey.io;

import io.cxkit.core.CxException;
import io.cxkit.survey.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The iteration, counting and bad-record handling that JSON Lines and CSV readers share; a
 * subclass turns its source into {@link Parsed} records, checked against the survey.
 */
abstract class RecordReader implements ResponseReader {

  /**
   * One record as the source gave it: a response, or the problem that kept it from being one.
   *
   * @param record the record's number (line in JSON Lines, spreadsheet row in CSV)
   * @param line the physical line it starts on
   * @param response the response, or null when {@code problem} says why there is none
   * @param problem what is wrong, or null for a response
   * @param last whether the source cannot go on after this record (the rest is unreadable)
   */
  record Parsed(long record, long line, @Nullable Response response, @Nullable CxException problem,
      boolean last) {
    static Parsed of(long record, long line, Response response) {
      return new Parsed(record, line, response, null, false);
    }

    static Parsed bad(long record, long line, CxException problem) {
      return new Parsed(record, line, null, problem, false);
    }

    static Parsed fatal(long record, long line, CxException problem) {
      return new Parsed(record, line, null, problem, true);
    }
  }

  private final String source;
  private final OnBadRecord mode;
  private final int kept;
  private final @Nullable Consumer<? super BadRecord> listener;
  private final List<BadRecord> badRecords = new ArrayList<>();
  private long read;
  private long valid;
  private long skipped;
  private @Nullable Response next;
  private boolean ended;
  private boolean closed;

  RecordReader(String source, ReaderSettings settings) {
    this.source = source;
    this.mode = settings.mode;
    this.kept = settings.kept;
    this.listener = settings.listener;
  }

  /**
   * @return the next record, or null at the end of the source
   * @throws IOException if reading fails
   */
  abstract @Nullable Parsed parseNext() throws IOException;

  /** Closes the source. */
  abstract void closeSource() throws IOException;

  @Override
  public final boolean hasNext() {
    while (next == null && !ended) {
      Parsed parsed;
      try {
        parsed = parseNext();
      } catch (IOException e) {
        throw new UncheckedIOException(source + ": reading failed after " + read + " records", e);
      }
      if (parsed == null) {
        ended = true;
        break;
      }
      read++;
      CxException problem = parsed.problem();
      Response response = parsed.response();
      if (problem == null && response != null) {
        valid++;
        next = response;
      } else {
        reject(new BadRecord(parsed.record(), parsed.line(),
            problem != null ? problem : new CxException("no response")));
      }
      if (parsed.last()) {
        ended = true;
      }
    }
    return next != null;
  }

  private void reject(BadRecord bad) {
    skipped++;
    if (mode == OnBadRecord.FAIL) {
      ended = true;
      if (badRecords.size() < kept) {
        badRecords.add(bad);
      }
      throw new BadRecordException(source, bad);
    }
    if (badRecords.size() < kept) {
      badRecords.add(bad);
    }
    if (listener != null) {
      listener.accept(bad);
    }
  }

  @Override
  public final Response next() {
    if (!hasNext()) {
      throw new NoSuchElementException(source + ": no more responses");
    }
    Response out = next;
    next = null;
    return out;
  }

  @Override
  public final ReadReport report() {
    return new ReadReport(read, valid, skipped, badRecords);
  }

  @Override
  public final Stream<Response> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  @Override
  public final void close() {
    if (closed) {
      return;
    }
    closed = true;
    ended = true;
    next = null;
    try {
      closeSource();
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": closing failed", e);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + source + ", " + report() + "}";
  }
}
