package io.cxkit.journey.intercept;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a visitor did in the current session, as the site's intercept script reports it: a page
 * view, an exit intent, a scroll depth reached, or a custom named event — each on a page.
 *
 * @param at when
 * @param type what
 * @param page the page's path (and query), such as {@code /checkout/payment}: 1 to {@value
 *     #MAX_PAGE} characters starting with {@code /}, no control characters
 * @param name the custom event's name (letters, digits, {@code _ . -}) for {@link
 *     SessionEventType#CUSTOM}; null for every other type
 * @param scrollPercent the depth reached, 0..100, for {@link SessionEventType#SCROLL}; 0 otherwise
 */
public record SessionEvent(Instant at, SessionEventType type, String page, @Nullable String name,
    int scrollPercent) {
  /** The longest page path accepted, in characters. */
  public static final int MAX_PAGE = 2048;

  /** @throws InvalidJourneyException naming the field, the value and the rule it breaks */
  public SessionEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(page, "page");
    if (page.isEmpty() || page.length() > MAX_PAGE || page.charAt(0) != '/'
        || hasControl(page)) {
      throw new InvalidJourneyException("page", JourneyIds.quote(page),
          "must be a path of 1 to " + MAX_PAGE
              + " characters starting with '/', without control characters");
    }
    if (type == SessionEventType.CUSTOM) {
      if (name == null || !JourneyIds.isId(name)) {
        throw new InvalidJourneyException("name", JourneyIds.quote(name),
            "a custom event's name " + JourneyIds.ID_RULE);
      }
    } else if (name != null) {
      throw new InvalidJourneyException("name", JourneyIds.quote(name),
          "only a custom event has a name, not a " + type.id() + " event");
    }
    if (type == SessionEventType.SCROLL) {
      if (scrollPercent < 0 || scrollPercent > 100) {
        throw new InvalidJourneyException("scrollPercent", scrollPercent, "must be within 0..100");
      }
    } else if (scrollPercent != 0) {
      throw new InvalidJourneyException("scrollPercent", scrollPercent,
          "only a scroll event has a depth, not a " + type.id() + " event");
    }
  }

  /**
   * @return the instant, the type, the page's path (its query string and fragment left out: a
   *     sign-up link's query may carry an e-mail address), and the name or depth where there is one,
   *     such as {@code SessionEvent[2026-03-02T10:00:00Z page-view /cart]}
   */
  @Override
  public String toString() {
    return "SessionEvent[" + at + " " + type.id() + " " + TriggerText.page(page)
        + (name == null ? "" : " " + name)
        + (type == SessionEventType.SCROLL ? " " + scrollPercent + " %" : "") + "]";
  }

  /** A loop, not a stream: every event of every request passes here. */
  private static boolean hasControl(String page) {
    for (int i = 0; i < page.length(); i++) {
      if (Character.isISOControl(page.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param at when
   * @param page the page opened
   * @return a page view
   */
  public static SessionEvent pageView(Instant at, String page) {
    return new SessionEvent(at, SessionEventType.PAGE_VIEW, page, null, 0);
  }

  /**
   * @param at when
   * @param page the page the visitor is about to leave
   * @return an exit intent
   */
  public static SessionEvent exitIntent(Instant at, String page) {
    return new SessionEvent(at, SessionEventType.EXIT_INTENT, page, null, 0);
  }

  /**
   * @param at when
   * @param page the page scrolled
   * @param percent the depth reached, 0..100
   * @return a scroll event
   */
  public static SessionEvent scrolled(Instant at, String page, int percent) {
    return new SessionEvent(at, SessionEventType.SCROLL, page, null, percent);
  }

  /**
   * @param at when
   * @param page the page it happened on
   * @param name the event's name
   * @return a custom event
   */
  public static SessionEvent custom(Instant at, String page, String name) {
    return new SessionEvent(at, SessionEventType.CUSTOM, page, Objects.requireNonNull(name, "name"),
        0);
  }
}
