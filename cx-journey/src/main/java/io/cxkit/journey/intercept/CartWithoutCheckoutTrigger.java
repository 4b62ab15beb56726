package io.cxkit.journey.intercept;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Fires when a visitor viewed the cart and browses on without checking out: with {@code T} the
 * instant of the session's latest page view of a page matching {@code cart}, the session has no
 * page view of a page matching {@code checkout} after {@code T}, and {@code now − T ≥ after}. A
 * checkout page view after the cart view stops it; viewing the cart again starts the wait again.
 * Since the input is the visitor's current session, it fires only while they are still on the
 * site.
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
    for (int i = events.size() - 1; i >= 0; i--) {
      SessionEvent event = events.get(i);
      if (event.type() != SessionEventType.PAGE_VIEW) {
        continue;
      }
      if (checkout.matches(event.page())) {
        // The latest of the two is a checkout: either no cart view came after it, or none at all.
        return TriggerCheck.notFired("checkout " + TriggerText.page(event.page())
            + " viewed at " + event.at() + ", after any cart view");
      }
      if (cart.matches(event.page())) {
        Duration since = input.now().isBefore(event.at()) ? Duration.ZERO
            : Duration.between(event.at(), input.now());
        String detail = "cart " + TriggerText.page(event.page()) + " viewed "
            + TriggerText.elapsed(since) + " ago without checkout, needs "
            + TriggerText.exact(after);
        return since.compareTo(after) >= 0 ? TriggerCheck.fired(detail)
            : TriggerCheck.notFired(detail);
      }
    }
    return TriggerCheck.notFired("no view of " + cart + " in the session");
  }
}
