package io.cxkit.survey.io;

import java.io.Closeable;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Records read one at a time from a JSON Lines or CSV source, in constant memory: responses here
 * ({@link ResponseReader}), journey events and customer profiles in cx-journey. Not thread-safe.
 * {@link #hasNext()} reads ahead to the next valid record, so a bad record surfaces there ({@link
 * BadRecordException} in {@link OnBadRecord#FAIL} mode); an I/O failure is an {@link
 * java.io.UncheckedIOException}. Closing closes the source.
 *
 * @param <T> what each record is read as
 */
public interface RecordReader<T> extends Iterator<T>, Closeable {

  /** @return the counts so far; final once {@link #hasNext()} returned false */
  ReadReport report();

  /**
   * @return the remaining records as a sequential stream; closing it closes this reader
   */
  Stream<T> stream();

  /** Closes the source; an I/O failure is an {@link java.io.UncheckedIOException}. */
  @Override
  void close();
}
