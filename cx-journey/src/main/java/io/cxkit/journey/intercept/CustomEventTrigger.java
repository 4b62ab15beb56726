package io.cxkit.journey.intercept;

import io.cxkit.journey.internal.JourneyIds;
import java.util.List;
import java.util.Objects;

/**
 * Fires once the site reported a {@link SessionEventType#CUSTOM custom} event of the given name in
 * the session (a video played, a coupon refused), on a page matching {@code page}; from then on
 * it fires for the rest of the session — pacing, not the trigger, keeps the survey from being shown
 * twice.
 *
 * @param name the event's name (letters, digits, {@code _ . -})
 * @param page the pages the event counts on; {@link PagePattern#any()} for every page
 */
public record CustomEventTrigger(String name, PagePattern page) implements Trigger {
  /** The type id, {@value}. */
  public static final String TYPE = "custom";

  /** @throws InvalidTriggerException if the name is malformed */
  public CustomEventTrigger {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(page, "page");
    if (!JourneyIds.isId(name)) {
      throw new InvalidTriggerException("name", JourneyIds.quote(name),
          "a custom event's name " + JourneyIds.ID_RULE);
    }
  }

  /**
   * @param name the event's name
   * @return the trigger on that event on any page
   */
  public static CustomEventTrigger named(String name) {
    return new CustomEventTrigger(name, PagePattern.any());
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** @return fired with {@code "custom event video-played at … on /product/42"}, or why not */
  @Override
  public TriggerCheck check(TriggerInput input) {
    Objects.requireNonNull(input, "input");
    List<SessionEvent> events = input.session().events();
    for (int i = events.size() - 1; i >= 0; i--) {
      SessionEvent event = events.get(i);
      if (event.type() == SessionEventType.CUSTOM && name.equals(event.name())
          && page.matches(event.page())) {
        return TriggerCheck.fired("custom event " + name + " at " + event.at() + " on "
            + TriggerText.page(event.page()));
      }
    }
    return TriggerCheck.notFired("no custom event " + name
        + (page.equals(PagePattern.any()) ? "" : " on " + page) + " in the session");
  }
}
