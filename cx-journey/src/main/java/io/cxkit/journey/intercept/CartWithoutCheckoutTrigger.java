package io.cxkit.journey.intercept;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Fires when a visitor viewed the cart and browses on without checking out: with {@code T} the
 * instant of the session's <em>first</em> page view of a page matching {@code cart} since its
 * latest page view matching {@code checkout} (or since the session began, without one), and no
 * checkout page view after it, the trigger fires when {@code now − T ≥ after}. A checkout page
 * view after the cart view stops it, and the next cart view after that starts a new wait. Viewing
 * the cart again does not: a visitor who returns to the cart every 20 minutes without checking
 * out has still not checked out 30 minutes after they first saw it (were the wait counted from the
 * latest cart view, each return would postpone the survey and they would never be asked). Since
 * the input is the visitor's current session, it fires only while they are still on the site; a
 * visitor on a checkout page now is checking out, and it does not fire.
 *
 * @param cart the cart pages, such as {@code /cart}
 * @param checkout the checkout pages, such as {@code /checkout/**}
 * @param after the wait after the cart view, positive, at most ten years
 */
public record CartWithoutCheckoutTrigger(PagePattern cart, PagePattern checkout, Duration after)
    implements Trigger {
  /** The type id, {@value}. */
  public static final String TYPE = "cart-without-checkout";

  /** @throws InvalidTriggerException if {@code after} is zero, negative or above ten years */
  public CartWithoutCheckoutTrigger {
    Objects.requireNonNull(cart, "cart");
    Objects.requireNonNull(checkout, "checkout");
    Objects.requireNonNull(after, "after");
    TriggerText.requirePositive("after", after);
  }

  @Override
  public String type() {
    return TYPE;
  }

  /**
   * @return fired or not with {@code "cart viewed 31 min ago without checkout, needs 30 min"}, or
   *     the checkout that followed
   */
  @Override
  public TriggerCheck check(TriggerInput input) {
    Objects.requireNonNull(input, "input");
    List<SessionEvent> events = input.session().events();
    // Backwards to the latest checkout view; the last cart view met on the way is the first after it.
    SessionEvent first = null;
    for (int i = events.size() - 1; i >= 0; i--) {
      SessionEvent event = events.get(i);
      if (event.type() != SessionEventType.PAGE_VIEW) {
        continue;
      }
      if (checkout.matches(event.page())) {
        if (first == null) {
          return TriggerCheck.notFired("checkout " + TriggerText.page(event.page())
              + " viewed at " + event.at() + ", after any cart view");
        }
        break;
      }
      if (cart.matches(event.page())) {
        first = event;
      }
    }
    if (first != null) {
      Duration since = input.now().isBefore(first.at()) ? Duration.ZERO
          : Duration.between(first.at(), input.now());
      String detail = "cart " + TriggerText.page(first.page()) + " viewed "
          + TriggerText.elapsed(since) + " ago without checkout, needs " + TriggerText.exact(after);
      return since.compareTo(after) >= 0 ? TriggerCheck.fired(detail)
          : TriggerCheck.notFired(detail);
    }
    return TriggerCheck.notFired("no view of " + cart + " in the session");
  }
}
