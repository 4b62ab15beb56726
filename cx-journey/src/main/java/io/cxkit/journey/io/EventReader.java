package io.cxkit.journey.io;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.survey.io.RecordReader;

/**
 * Journey events read one at a time from a JSON Lines ({@link EventJsonLines}) or CSV ({@link
 * EventCsv}) source, in time order: events up to the reader's reorder tolerance out of order are
 * put back in order, events further out of order are bad records ({@link
 * io.cxkit.journey.EventOrderException}). Not thread-safe; closing closes the source.
 */
public interface EventReader extends RecordReader<JourneyEvent> {

  /**
   * @return how many events delivered so far came in the input after an event with a later
   *     instant, and so were moved before it (each counted once); 0 for input in time order
   */
  long reordered();

  /** @return the most events the reorder buffer held at once so far */
  int maxBuffered();
}
