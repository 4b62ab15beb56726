package io.cxkit.journey.analysis;

import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.UnknownTouchpointException;
import java.util.Iterator;
import java.util.Objects;

/**
 * Counts a {@linkplain FunnelDefinition funnel} over streamed journey events, each customer's in
 * time order (customers interleaved as they come), and gives its {@link FunnelResult}. No event is
 * kept: per customer it holds 21 bytes in primitive arrays (the instants of the last event and of
 * the attempt's start, 8 bytes each; the attempt's progress, 4; the best step, 1), which grow by
 * half when full, plus about 12 bytes of the customer index and the customer's id string, so a
 * million customers take about 50 MB besides their ids. Not thread-safe; for parallel work, split
 * the events by customer, count each part with its own analyzer and {@linkplain FunnelResult#plus
 * add} the results.
 *
 * <pre>{@code
 * FunnelDefinition checkout = FunnelDefinition.builder("checkout", JourneyMap.ecommerce())
 *     .touchpoint("cart").touchpoint("checkout")
 *     .touchpoint("order-confirmation", EventKind.PURCHASE)
 *     .window(Duration.ofHours(24)).build();
 * FunnelAnalyzer analyzer = FunnelAnalyzer.of(checkout);
 * analyzer.acceptAll(events);
 * FunnelResult result = analyzer.result();
 * }</pre>
 */
public final class FunnelAnalyzer {
  private final FunnelTracker tracker;

  private FunnelAnalyzer(FunnelDefinition definition) {
    this.tracker = new FunnelTracker(Objects.requireNonNull(definition, "definition"), null, 0);
  }

  /**
   * @param definition the funnel to count
   * @return an analyzer that has seen no event
   */
  public static FunnelAnalyzer of(FunnelDefinition definition) {
    return new FunnelAnalyzer(definition);
  }

  /**
   * Counts one event. An event that fails leaves the analyzer's state unchanged, so a caller can
   * catch the exception, count the event as bad and go on.
   *
   * @param event the next event
   * @throws UnknownTouchpointException if the map has no such touchpoint
   * @throws EventOrderException if the event is earlier than the customer's previous event
   * @return this analyzer
   * @throws InvalidJourneyException if its instant is more than about 292,000 years from 1970
   */
  public FunnelAnalyzer accept(JourneyEvent event) {
    tracker.accept(event);
    return this;
  }

  /**
   * Counts every event of an iterator (such as a journey event reader) in turn. The first event
   * that fails ends the call with its exception (as {@link #accept} describes), the events before it
   * counted; the iterator is then positioned after it.
   *
   * @param events the events
   * @return this analyzer
   */
  public FunnelAnalyzer acceptAll(Iterator<JourneyEvent> events) {
    Objects.requireNonNull(events, "events");
    while (events.hasNext()) {
      tracker.accept(events.next());
    }
    return this;
  }

  /** @return the number of customers seen, whether or not they entered the funnel */
  public int customersSeen() {
    return tracker.customers();
  }

  /** @return the result of the events so far; counting can go on afterwards */
  public FunnelResult result() {
    return tracker.result();
  }

  @Override
  public String toString() {
    return "FunnelAnalyzer{" + tracker.result() + "}";
  }
}
