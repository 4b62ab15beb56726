package io.cxkit.journey.intercept;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Fires after a long stay on a matching page: the session's current page (the page of its latest
 * page view) matches {@code page} and {@code now − that page view's instant ≥ atLeast}. A later page
 * view — even of the same page, a reload — starts the count again; scrolls and other events on the
 * page do not.
 *
 * @param page the pages it fires on, such as {@code /help/**}
 * @param atLeast the stay needed, positive, at most {@link TriggerText#MAX_DURATION ten years}
 */
public record DwellTrigger(PagePattern page, Duration atLeast) implements Trigger {
  /** The type id, {@value}. */
  public static final String TYPE = "dwell";

  /** @throws InvalidTriggerException if {@code atLeast} is zero, negative or above ten years */
  public DwellTrigger {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(atLeast, "atLeast");
    TriggerText.requirePositive("atLeast", atLeast);
  }

  /**
   * @param page the pages it fires on
   * @param seconds the stay needed, in seconds
   * @return the trigger
   */
  public static DwellTrigger seconds(String page, long seconds) {
    return new DwellTrigger(PagePattern.of(Objects.requireNonNull(page, "page")),
        Duration.ofSeconds(seconds));
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** @return fired or not with {@code "dwell 42 s on /help/returns, needs 60 s"} */
  @Override
  public TriggerCheck check(TriggerInput input) {
    Objects.requireNonNull(input, "input");
    List<SessionEvent> events = input.session().events();
    int current = TriggerText.latestPageView(events);
    if (current < 0) {
      return TriggerCheck.notFired("no page view yet");
    }
    SessionEvent view = events.get(current);
    if (!page.matches(view.page())) {
      return TriggerCheck.notFired("on " + TriggerText.page(view.page()) + ", not on " + page);
    }
    // A decision made for an instant before the page view (a clock behind) is a dwell of zero.
    Duration dwell = input.now().isBefore(view.at()) ? Duration.ZERO
        : Duration.between(view.at(), input.now());
    String detail = "dwell " + TriggerText.elapsed(dwell) + " on " + TriggerText.page(view.page())
        + ", needs " + TriggerText.exact(atLeast);
    return dwell.compareTo(atLeast) >= 0 ? TriggerCheck.fired(detail)
        : TriggerCheck.notFired(detail);
  }
}
