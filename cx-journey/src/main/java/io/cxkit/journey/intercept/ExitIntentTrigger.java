package io.cxkit.journey.intercept;

import java.util.Objects;

/**
 * Fires as the visitor is about to leave a matching page: the session's latest event is an {@link
 * SessionEventType#EXIT_INTENT exit intent} on a page matching {@code page}. Any later event (the
 * visitor came back and scrolled) ends the moment.
 *
 * @param page the pages it fires on, such as {@code /checkout/**}
 */
public record ExitIntentTrigger(PagePattern page) implements Trigger {
  /** The type id, {@value}. */
  public static final String TYPE = "exit-intent";

  /** Checks the pattern is there. */
  public ExitIntentTrigger {
    Objects.requireNonNull(page, "page");
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** @return fired with {@code "exit intent on /checkout/payment"}, or not with the latest event */
  @Override
  public TriggerCheck check(TriggerInput input) {
    Objects.requireNonNull(input, "input");
    var events = input.session().events();
    if (events.isEmpty()) {
      return TriggerCheck.notFired("no events yet");
    }
    SessionEvent last = events.get(events.size() - 1);
    if (last.type() != SessionEventType.EXIT_INTENT) {
      return TriggerCheck.notFired("latest event is a " + last.type().id() + " on "
          + TriggerText.page(last.page()) + ", not an exit intent");
    }
    return page.matches(last.page())
        ? TriggerCheck.fired("exit intent on " + TriggerText.page(last.page()))
        : TriggerCheck.notFired("exit intent on " + TriggerText.page(last.page()) + ", not on "
            + page);
  }
}
