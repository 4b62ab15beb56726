package io.cxkit.journey.intercept;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Fires while a visitor switches back and forth between the same two pages: at least {@code
 * switches} moves to and fro within {@code within}, as cx-journey's {@link
 * io.cxkit.journey.analysis.FrictionDefinition} counts them over touchpoints (A→B→A→B is 3
 * switches).
 *
 * <p>The rule, over the session's page views in order, pages compared by path (query strings and
 * fragments ignored). A <em>switch</em> is a page view of a path other than the previous page
 * view's; its instant is that page view's. Consecutive views of the same path (a reload) are one
 * visit and neither switch nor break a run. A <em>run</em> is a sequence of switches between the
 * same two pages, both matching {@code page}, each at most {@code within} after the one before; a
 * view of a third page (or of a page not matching {@code page}), or a switch more than {@code
 * within} after the previous one, starts a new run. The trigger fires when the <em>current</em>
 * run — the one the latest page view belongs to — has had {@code switches} consecutive switches
 * whose first and last are at most {@code within} apart; it keeps firing until the visitor leaves
 * the pair for another page.
 *
 * @param page the pages both of the pair must match; {@link PagePattern#any()} for any two pages
 * @param switches the switches needed, 2 to {@value #MAX_SWITCHES}
 * @param within the time they must fall within, positive, at most ten years
 */
public record BackAndForthTrigger(PagePattern page, int switches, Duration within)
    implements Trigger {
  /** The type id, {@value}. */
  public static final String TYPE = "back-and-forth";

  /** The most switches a trigger may ask for, as {@link io.cxkit.journey.analysis.FrictionDefinition}. */
  public static final int MAX_SWITCHES = 64;

  /**
   * @throws InvalidTriggerException if {@code switches} is outside 2..{@value #MAX_SWITCHES} or
   *     {@code within} is zero, negative or above ten years
   */
  public BackAndForthTrigger {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(within, "within");
    if (switches < 2 || switches > MAX_SWITCHES) {
      throw new InvalidTriggerException("switches", switches, "must be in 2.." + MAX_SWITCHES
          + ": one move between two pages is no back-and-forth");
    }
    TriggerText.requirePositive("within", within);
  }

  @Override
  public String type() {
    return TYPE;
  }

  /**
   * @return fired with {@code "3 switches between /cart and /help/shipping from … to …, needs 3
   *     within 2 min"}, or not with the current run's switches
   */
  @Override
  public TriggerCheck check(TriggerInput input) {
    Objects.requireNonNull(input, "input");
    List<SessionEvent> events = input.session().events();
    // The run's last `switches` switch instants, switch number s (1-based) at (s − 1) mod k.
    int k = switches;
    Instant[] ring = new Instant[k];
    SessionEvent current = null;
    boolean currentMatches = false;
    SessionEvent other = null;
    int s = 0;
    long total = 0;
    Instant firstAt = null;
    Instant lastAt = null;
    for (int i = 0; i < events.size(); i++) {
      SessionEvent view = events.get(i);
      if (view.type() != SessionEventType.PAGE_VIEW) {
        continue;
      }
      boolean matches = page.matches(view.page());
      if (current == null) {
        current = view;
        currentMatches = matches;
        continue;
      }
      if (TriggerText.samePath(view.page(), current.page())) {
        current = view;
        continue; // a reload: one visit, no switch
      }
      if (!matches || !currentMatches) {
        s = 0;
        total = 0;
        firstAt = null;
        other = null;
      } else {
        if (other != null && TriggerText.samePath(view.page(), other.page())
            && !view.at().isAfter(TriggerText.plus(ring[(s - 1) % k], within))) {
          s++;
          total++;
          if (s >= 2 * k) {
            s -= k; // keeps s ≥ k and s mod k
          }
        } else {
          s = 1;
          total = 1;
          firstAt = null;
        }
        other = current;
        ring[(s - 1) % k] = view.at();
        if (firstAt == null && s >= k
            && !view.at().isAfter(TriggerText.plus(ring[s % k], within))) {
          firstAt = ring[s % k];
          lastAt = view.at();
        }
      }
      current = view;
      currentMatches = matches;
    }
    String needs = "needs " + k + " within " + TriggerText.exact(within);
    if (current == null) {
      return TriggerCheck.notFired("no page view yet");
    }
    if (other == null) {
      return TriggerCheck.notFired("no back-and-forth on " + TriggerText.page(current.page())
          + (currentMatches ? "" : ", not on " + page) + ", " + needs);
    }
    String pair = " between " + TriggerText.page(other.page()) + " and "
        + TriggerText.page(current.page());
    if (firstAt != null) {
      return TriggerCheck.fired(total + (total == 1 ? " switch" : " switches") + pair + ", "
          + k + " of them from " + firstAt + " to " + lastAt + ", " + needs);
    }
    return TriggerCheck.notFired(total + (total == 1 ? " switch" : " switches") + pair
        + (total >= k ? ", never " + k + " within " + TriggerText.exact(within) : ", " + needs));
  }
}
