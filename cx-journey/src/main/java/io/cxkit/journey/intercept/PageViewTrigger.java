package io.cxkit.journey.intercept;

import java.util.List;
import java.util.Objects;

/**
 * Fires while the visitor is on a matching page: the session's current page — the page of its
 * latest page view — matches {@code page}. Events after that page view (a scroll, an exit intent)
 * do not change the current page; only a later page view does.
 *
 * @param page the pages it fires on, such as {@code /product/**}
 */
public record PageViewTrigger(PagePattern page) implements Trigger {
  /** The type id, {@value}. */
  public static final String TYPE = "page-view";

  /** Checks the pattern is there. */
  public PageViewTrigger {
    Objects.requireNonNull(page, "page");
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** @return fired with {@code "on /product/42"}, or not with the current page or its absence */
  @Override
  public TriggerCheck check(TriggerInput input) {
    Objects.requireNonNull(input, "input");
    List<SessionEvent> events = input.session().events();
    int current = TriggerText.latestPageView(events);
    if (current < 0) {
      return TriggerCheck.notFired("no page view yet");
    }
    String at = events.get(current).page();
    return page.matches(at) ? TriggerCheck.fired("on " + TriggerText.page(at))
        : TriggerCheck.notFired("on " + TriggerText.page(at) + ", not on " + page);
  }
}
