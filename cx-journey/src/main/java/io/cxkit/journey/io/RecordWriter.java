package io.cxkit.journey.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes journey events or customer profiles one at a time, as JSON Lines or CSV. Not
 * thread-safe. A record that cannot be written (a CSV cell the encoding cannot hold, an attribute
 * without a column, text with an unpaired surrogate char, which neither UTF-8 JSON nor any CSV
 * encoding can carry) fails with a typed error before anything of it is written; an I/O failure is
 * an {@link UncheckedIOException}. Closing flushes and closes the destination.
 *
 * @param <T> what is written
 */
public abstract class RecordWriter<T> implements Closeable, Flushable {
  private final String format;
  private long count;
  private boolean closed;

  RecordWriter(String format) {
    this.format = format;
  }

  /** Writes one record, all of it or nothing. */
  abstract void put(T record) throws IOException;

  abstract void flushTarget() throws IOException;

  abstract void closeTarget() throws IOException;

  /**
   * @param record the record to write next
   * @throws IllegalStateException if the writer is closed
   * @throws io.cxkit.core.InvalidValueException if the record cannot be written in this format
   */
  public final void write(T record) {
    Objects.requireNonNull(record, "record");
    requireOpen();
    try {
      put(record);
    } catch (IOException e) {
      throw new UncheckedIOException(format + ": writing record " + (count + 1) + " failed", e);
    }
    count++;
  }

  /**
   * @param records the records to write, in order
   * @return how many were written by this call
   */
  public final long writeAll(Iterator<? extends T> records) {
    Objects.requireNonNull(records, "records");
    requireOpen();
    long before = count;
    while (records.hasNext()) {
      write(records.next());
    }
    return count - before;
  }

  /**
   * @param records the records to write, in order
   * @return how many were written by this call
   */
  public final long writeAll(Iterable<? extends T> records) {
    Objects.requireNonNull(records, "records");
    return writeAll(records.iterator());
  }

  /** @return the records written so far */
  public final long count() {
    return count;
  }

  /** Flushes what was written to the destination. */
  @Override
  public final void flush() {
    requireOpen();
    try {
      flushTarget();
    } catch (IOException e) {
      throw new UncheckedIOException(format + ": flushing failed after " + count + " records", e);
    }
  }

  /** Flushes and closes the destination; closing again does nothing. */
  @Override
  public final void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      closeTarget();
    } catch (IOException e) {
      throw new UncheckedIOException(format + ": closing failed after " + count + " records", e);
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the " + format + " writer is closed");
    }
  }

  @Override
  public String toString() {
    return format + " writer{" + count + " written" + (closed ? ", closed" : "") + "}";
  }
}
