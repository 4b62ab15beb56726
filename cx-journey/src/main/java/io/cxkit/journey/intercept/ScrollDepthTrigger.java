package io.cxkit.journey.intercept;

import java.util.List;
import java.util.Objects;

/**
 * Fires when the visitor has read far down a matching page, such as to the end of an article: the
 * session's current page (the page of its latest page view) matches {@code page}, and the deepest
 * {@link SessionEventType#SCROLL scroll} reported since that page view, on a page of the same
 * path, is at least {@code percent}. A later page view starts the depth at 0 again.
 *
 * @param page the pages it fires on, such as {@code /blog/**}
 * @param percent the depth needed, 1..100 (percent of the page's height)
 */
public record ScrollDepthTrigger(PagePattern page, int percent) implements Trigger {
  /** The type id, {@value}. */
  public static final String TYPE = "scroll";

  /** @throws InvalidTriggerException if {@code percent} is outside 1..100 */
  public ScrollDepthTrigger {
    Objects.requireNonNull(page, "page");
    if (percent < 1 || percent > 100) {
      throw new InvalidTriggerException("percent", percent,
          "must be within 1..100 (percent of the page's height)");
    }
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** @return fired or not with {@code "scrolled 80 % of /blog/returns, needs 90 %"} */
  @Override
  public TriggerCheck check(TriggerInput input) {
    Objects.requireNonNull(input, "input");
    List<SessionEvent> events = input.session().events();
    int current = TriggerText.latestPageView(events);
    if (current < 0) {
      return TriggerCheck.notFired("no page view yet");
    }
    String at = events.get(current).page();
    if (!page.matches(at)) {
      return TriggerCheck.notFired("on " + TriggerText.page(at) + ", not on " + page);
    }
    int deepest = 0;
    for (int i = current + 1; i < events.size(); i++) {
      SessionEvent event = events.get(i);
      if (event.type() == SessionEventType.SCROLL && event.scrollPercent() > deepest
          && TriggerText.samePath(event.page(), at)) {
        deepest = event.scrollPercent();
      }
    }
    String detail = "scrolled " + deepest + " % of " + TriggerText.page(at) + ", needs " + percent
        + " %";
    return deepest >= percent ? TriggerCheck.fired(detail) : TriggerCheck.notFired(detail);
  }
}
