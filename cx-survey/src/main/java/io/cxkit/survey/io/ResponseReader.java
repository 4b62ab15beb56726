package io.cxkit.survey.io;

import io.cxkit.survey.Response;
import java.io.Closeable;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Responses read one at a time from a JSON Lines or CSV source, in constant memory. Not
 * thread-safe. {@link #hasNext()} reads ahead to the next valid record, so a bad record surfaces
 * there ({@link BadRecordException} in {@link OnBadRecord#FAIL} mode); an I/O failure is an {@link
 * java.io.UncheckedIOException}. Closing closes the source.
 */
public interface ResponseReader extends Iterator<Response>, Closeable {

  /** @return the counts so far; final once {@link #hasNext()} returned false */
  ReadReport report();

  /**
   * @return the remaining responses as a sequential stream; closing it closes this reader
   */
  Stream<Response> stream();

  /** Closes the source; an I/O failure is an {@link java.io.UncheckedIOException}. */
  @Override
  void close();
}
