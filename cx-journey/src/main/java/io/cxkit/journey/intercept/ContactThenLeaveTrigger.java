package io.cxkit.journey.intercept;

import java.util.List;
import java.util.Objects;

/**
 * Fires when a visitor who opened the contact page is leaving: the session's latest event is an
 * {@link SessionEventType#EXIT_INTENT exit intent} (on any page) and the session has an earlier
 * page view of a page matching {@code contactPage}. The visitor looked for help and is giving up —
 * the moment to ask what they were looking for.
 *
 * @param contactPage the contact pages, such as {@code /contact} or {@code /help/contact/**}
 */
public record ContactThenLeaveTrigger(PagePattern contactPage) implements Trigger {
  /** The type id, {@value}. */
  public static final String TYPE = "contact-then-leave";

  /** Checks the pattern is there. */
  public ContactThenLeaveTrigger {
    Objects.requireNonNull(contactPage, "contactPage");
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** @return fired with {@code "exit intent on /cart after a view of /contact"}, or why not */
  @Override
  public TriggerCheck check(TriggerInput input) {
    Objects.requireNonNull(input, "input");
    List<SessionEvent> events = input.session().events();
    if (events.isEmpty()) {
      return TriggerCheck.notFired("no events yet");
    }
    int last = events.size() - 1;
    SessionEvent exit = events.get(last);
    for (int i = last; i >= 0; i--) {
      SessionEvent event = events.get(i);
      if (event.type() == SessionEventType.PAGE_VIEW && contactPage.matches(event.page())) {
        String contact = "a view of " + TriggerText.page(event.page());
        return exit.type() == SessionEventType.EXIT_INTENT
            ? TriggerCheck.fired("exit intent on " + TriggerText.page(exit.page()) + " after "
                + contact)
            : TriggerCheck.notFired("latest event is a " + exit.type().id() + ", not an exit"
                + " intent, after " + contact);
      }
    }
    return TriggerCheck.notFired("no view of " + contactPage + " in the session");
  }
}
