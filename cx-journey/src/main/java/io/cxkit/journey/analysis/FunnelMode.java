package io.cxkit.journey.analysis;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.Objects;

/**
 * How a funnel's steps must follow each other within an attempt. Each mode has a stable {@linkplain
 * #id() id} for JSON. The examples use the steps product-page → cart → checkout and a customer's
 * events product-page, help-center, cart, checkout, all within the window.
 */
public enum FunnelMode {
  /**
   * Each step after the previous one, other events allowed between: the usual funnel and the
   * default. The example customer reaches all three steps. An event advances an attempt by at most
   * one step. Id {@code in-order}.
   */
  IN_ORDER("in-order"),
  /**
   * Each step after the previous one with no event at another touchpoint between: between the step
   * just reached and the next, every event of the customer is at a touchpoint of one of those two
   * steps (a reload of the cart, a view of the checkout before its {@code start} when the step asks
   * for that kind); any other event ends the attempt, and if that event is itself a first step, a
   * new attempt starts at it. The example customer reaches only product-page: help-center ends
   * the attempt, and cart then starts none. Id {@code strict-order}.
   */
  STRICT_ORDER("strict-order"),
  /**
   * All of the first k steps done within the window, in any order: an attempt starts at the first
   * event matching any step, an event marks every step it matches, and the customer reaches step k
   * when steps 1 to k are all marked. Events cart, product-page reach steps 1 and 2; events checkout,
   * cart reach none (step 1 is missing). Id {@code any-order}.
   */
  ANY_ORDER("any-order");

  private static final FunnelMode[] VALUES = values();

  private final String id;

  FunnelMode(String id) {
    this.id = id;
  }

  /** @return the stable id, such as {@code in-order} */
  public String id() {
    return id;
  }

  /**
   * @param id a mode's id, as {@link #id()} gives it
   * @return the mode with that id
   * @throws InvalidJourneyException naming the valid ids if no mode has that id
   */
  public static FunnelMode ofId(String id) {
    Objects.requireNonNull(id, "id");
    for (FunnelMode mode : VALUES) {
      if (mode.id.equals(id)) {
        return mode;
      }
    }
    throw new InvalidJourneyException("mode", JourneyIds.quote(id),
        "must be one of in-order, strict-order, any-order");
  }
}
