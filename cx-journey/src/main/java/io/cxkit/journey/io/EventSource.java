package io.cxkit.journey.io;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.survey.internal.io.AbstractRecordReader.Parsed;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** The events of one source in input order, each parsed or the problem that kept it from being one. */
interface EventSource {

  /**
   * @return the next record, or null at the end
   * @throws IOException if reading fails
   */
  @Nullable Parsed<JourneyEvent> next() throws IOException;

  /**
   * Closes the source.
   *
   * @throws IOException if closing fails
   */
  void close() throws IOException;
}
