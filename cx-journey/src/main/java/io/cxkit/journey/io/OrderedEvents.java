package io.cxkit.journey.io;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.survey.internal.io.AbstractRecordReader;
import io.cxkit.survey.io.OnBadRecord;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * Events of a source checked against the map and put in time order. An event is held in a buffer
 * ordered by instant, then input order, until an event more than the tolerance later has been
 * read (or the buffer holds its most, or the input ends); an event more than the tolerance earlier than
 * the latest read before it is refused, so every event that is let in is no earlier than every
 * event already passed on, and the output is in time order.
 */
final class OrderedEvents extends AbstractRecordReader<JourneyEvent> implements EventReader {

  /**
   * A buffered event with its place in the input, and whether an event with a later instant came
   * before it there.
   */
  private record Held(Parsed<JourneyEvent> parsed, Instant at, long sequence, boolean late) {}

  private final EventSource source;
  private final @Nullable JourneyMap map;
  private final Duration tolerance;
  private final int maxBuffered;
  private final PriorityQueue<Held> buffer = new PriorityQueue<>((a, b) -> {
    int byTime = a.at().compareTo(b.at());
    return byTime != 0 ? byTime : Long.compare(a.sequence(), b.sequence());
  });
  private long sequence;
  private @Nullable Instant latest;
  /**
   * The latest instant minus the tolerance, or {@link Instant#MIN} when the tolerance reaches
   * past it: an event before it is too far out of order. Kept with {@link #latest}.
   */
  private Instant floor = Instant.MIN;
  private long latestLine;
  private @Nullable Instant lastPassed;
  private boolean inputEnded;
  /**
   * A bad record after which reading stops (the source cannot go on, or FAIL mode), kept until
   * the events held before it are passed on.
   */
  private @Nullable Parsed<JourneyEvent> pending;
  private boolean draining;
  private final boolean failFast;
  private long reordered;
  private int mostBuffered;

  OrderedEvents(String name, ReadingOptions options, EventSource source) {
    super(name, "events", options.settings);
    this.source = source;
    this.map = options.map;
    this.tolerance = options.tolerance;
    this.maxBuffered = options.maxBuffered;
    this.failFast = options.settings.mode() == OnBadRecord.FAIL;
  }

  @Override
  protected @Nullable Parsed<JourneyEvent> parseNext() throws IOException {
    while (true) {
      Held head = buffer.peek();
      if (head != null && (draining || inputEnded || buffer.size() >= maxBuffered
          || head.at().isBefore(floor))) {
        buffer.poll();
        lastPassed = head.at();
        if (head.late()) {
          reordered++;
        }
        return head.parsed();
      }
      if (pending != null) {
        Parsed<JourneyEvent> bad = pending;
        pending = null;
        draining = false;
        return bad;
      }
      if (inputEnded) {
        return null;
      }
      Parsed<JourneyEvent> parsed = source.next();
      if (parsed == null) {
        inputEnded = true;
        source.close();
        continue;
      }
      JourneyEvent event = parsed.value();
      Parsed<JourneyEvent> bad = event == null ? parsed : checked(parsed, event);
      if (bad != null) {
        if (bad.last()) {
          inputEnded = true;
          source.close();
        }
        if (bad.last() || failFast) {
          // Reading stops at this record: the valid events held before it are passed on first.
          pending = bad;
          draining = true;
          continue;
        }
        return bad;
      }
      boolean late = latest != null && event.at().isBefore(latest);
      if (latest == null || event.at().isAfter(latest)) {
        latest = event.at();
        latestLine = parsed.line();
        floor = floor(event.at(), tolerance);
      }
      buffer.add(new Held(parsed, event.at(), sequence++, late));
      mostBuffered = Math.max(mostBuffered, buffer.size());
    }
  }

  /** @return the bad record the event makes, or null when it may be let in */
  private @Nullable Parsed<JourneyEvent> checked(Parsed<JourneyEvent> parsed, JourneyEvent event) {
    if (map != null && map.touchpointIndex(event.touchpointId()) < 0) {
      return Parsed.bad(parsed.record(), parsed.line(),
          new UnknownTouchpointException("touchpointId", event.touchpointId(), map.id()));
    }
    Instant at = event.at();
    if (latest != null && at.isBefore(floor)) {
      return Parsed.bad(parsed.record(), parsed.line(), new EventOrderException(
          event.customerId(), at, latest, "is more than " + tolerance + " before an event read"
              + " earlier (line " + latestLine + "); events are expected in time order, and the"
              + " reader puts them back in order only within reorderTolerance (" + tolerance
              + ")"));
    }
    if (lastPassed != null && at.isBefore(lastPassed)) {
      return Parsed.bad(parsed.record(), parsed.line(), new EventOrderException(
          event.customerId(), at, lastPassed, "is before an event already passed on because the"
              + " reorder buffer was full (maxReorderBuffer " + maxBuffered + " events); raise"
              + " maxReorderBuffer or lower reorderTolerance"));
    }
    return null;
  }

  /**
   * @return {@code latest − tolerance}, or {@link Instant#MIN} when that lies before it (a
   *     tolerance such as {@code Duration.ofSeconds(Long.MAX_VALUE)}, meant as no limit), where
   *     {@link Instant#minus} would throw
   */
  private static Instant floor(Instant latest, Duration tolerance) {
    // Seconds rather than Duration.between(Instant.MIN, latest), whose nanosecond count overflows
    // and is caught inside the JDK: a stack trace filled per event, a third of reading's time.
    // The span of Instant fits a long in seconds. At the boundary second this gives Instant.MIN,
    // which refuses nothing, a second early, a billion years ago.
    return tolerance.getSeconds() >= latest.getEpochSecond() - Instant.MIN.getEpochSecond()
        ? Instant.MIN : latest.minus(tolerance);
  }

  @Override
  protected void closeSource() throws IOException {
    buffer.clear();
    source.close();
  }

  @Override
  public long reordered() {
    return reordered;
  }

  @Override
  public int maxBuffered() {
    return mostBuffered;
  }
}
