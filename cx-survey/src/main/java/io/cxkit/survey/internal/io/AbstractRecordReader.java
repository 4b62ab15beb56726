package io.cxkit.survey.internal.io;

import io.cxkit.core.CxException;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.BadRecordException;
import io.cxkit.survey.io.OnBadRecord;
import io.cxkit.survey.io.ReadReport;
import io.cxkit.survey.io.RecordReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The iteration, counting and bad-record handling that JSON Lines and CSV readers share; a
 * subclass turns its source into {@link Parsed} records, checked as its format needs.
 *
 * @param <T> what a record becomes
 */
public abstract class AbstractRecordReader<T> implements RecordReader<T> {

  /**
   * One record as the source gave it: a value, or the problem that kept it from being one.
   *
   * @param <T> what a record becomes
   * @param record the record's number (line in JSON Lines, spreadsheet row in CSV)
   * @param line the physical line it starts on
   * @param value the value, or null when {@code problem} says why there is none
   * @param problem what is wrong, or null for a value
   * @param last whether the source cannot go on after this record (the rest is unreadable)
   */
  public record Parsed<T>(long record, long line, @Nullable T value, @Nullable CxException problem,
      boolean last) {

    /**
     * @param <T> what a record becomes
     * @param record the record's number
     * @param line the line it starts on
     * @param value the value read
     * @return a good record
     */
    public static <T> Parsed<T> of(long record, long line, T value) {
      return new Parsed<>(record, line, value, null, false);
    }

    /**
     * @param <T> what a record becomes
     * @param record the record's number
     * @param line the line it starts on
     * @param problem what is wrong with it
     * @return a bad record after which reading goes on
     */
    public static <T> Parsed<T> bad(long record, long line, CxException problem) {
      return new Parsed<>(record, line, null, problem, false);
    }

    /**
     * @param <T> what a record becomes
     * @param record the record's number
     * @param line the line it starts on
     * @param problem what is wrong with it
     * @return a bad record after which nothing can be read
     */
    public static <T> Parsed<T> fatal(long record, long line, CxException problem) {
      return new Parsed<>(record, line, null, problem, true);
    }
  }

  private final String source;
  private final String plural;
  private final OnBadRecord mode;
  private final int kept;
  private final @Nullable Consumer<? super BadRecord> listener;
  private final List<BadRecord> badRecords = new ArrayList<>();
  private long read;
  private long valid;
  private long skipped;
  private @Nullable T next;
  private boolean ended;
  private boolean closed;

  /**
   * @param source the source's name in messages
   * @param plural what the records are, in messages ({@code responses}, {@code events})
   * @param settings the built settings
   */
  protected AbstractRecordReader(String source, String plural, ReaderSettings settings) {
    this.source = Objects.requireNonNull(source, "source");
    this.plural = Objects.requireNonNull(plural, "plural");
    this.mode = settings.mode;
    this.kept = settings.kept;
    this.listener = settings.listener;
  }

  /**
   * @return the next record, or null at the end of the source
   * @throws IOException if reading fails
   */
  protected abstract @Nullable Parsed<T> parseNext() throws IOException;

  /**
   * Closes the source.
   *
   * @throws IOException if closing fails
   */
  protected abstract void closeSource() throws IOException;

  /** @return the source's name in messages */
  protected final String source() {
    return source;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !ended) {
      Parsed<T> parsed;
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
      T value = parsed.value();
      if (problem == null && value != null) {
        valid++;
        next = value;
      } else {
        reject(new BadRecord(parsed.record(), parsed.line(),
            problem != null ? problem : new CxException("no " + singular())));
      }
      if (parsed.last()) {
        ended = true;
      }
    }
    return next != null;
  }

  private String singular() {
    return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
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
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException(source + ": no more " + plural);
    }
    T out = next;
    next = null;
    return out;
  }

  @Override
  public final ReadReport report() {
    return new ReadReport(read, valid, skipped, badRecords);
  }

  @Override
  public final Stream<T> stream() {
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
