package io.cxkit.sample.internal;

import io.cxkit.sample.Headline;
import java.util.List;

/**
 * The figures the shop is built to produce and the ranges they fall in for almost every seed at
 * 10 000 customers or more over twelve months. Each range is the figure at 100 000 customers
 * (seed 42) widened by about 3.5 standard errors of a 10 000-customer sample, so a seed falls
 * outside one rarely (the tests check seeds 42, 7 and 2026 at 10 000 and seed 42 at 100 000).
 */
final class Headlines {

  static final List<Headline> ALL = List.of(
      new Headline("cart-abandonment", "Visits with a cart view that end without an order, of"
          + " all visits with a cart view (Baymard's carts abandoned / carts created; near the"
          + " 68 % it cites)", 64, 70, "%"),
      new Headline("checkout-conversion:A", "Customers of checkout variant A (no delivery date"
          + " shown) who ordered within an hour of starting the checkout, of those who started"
          + " it (funnel checkout start → order, best attempt)", 70, 80, "%"),
      new Headline("checkout-conversion:B", "The same for variant B, which shows the delivery"
          + " date", 81, 89, "%"),
      new Headline("checkout-ab-difference", "Checkout conversion of B minus A", 5, 15,
          "points"),
      new Headline("nps", "NPS of the post-purchase survey", 21, 37, "NPS"),
      new Headline("nps:loyal-member", "NPS of loyal members", 42, 62, "NPS"),
      new Headline("nps:busy-professional", "NPS of busy professionals", 13, 42, "NPS"),
      new Headline("nps:gift-shopper", "NPS of gift shoppers", -7, 38, "NPS"),
      new Headline("nps:bargain-hunter", "NPS of bargain hunters", -18, 20, "NPS"),
      new Headline("nps:cross-border", "NPS of cross-border shoppers", -48, 5, "NPS"),
      new Headline("goal-completion", "Exit-feedback answers saying the goal of the visit was"
          + " fully achieved, of all goal answers", 23, 29, "%"),
      new Headline("exit-feedback-answered", "Exit-feedback forms answered (completed or"
          + " partial), of all shown (near the 60 % of ../shared/CONTEXT.md)", 57, 63, "%"),
      new Headline("missing-information", "Answers to the exit feedback's \"what got in the"
          + " way?\" choosing missing information (asked when the goal was not fully achieved;"
          + " ../shared/CONTEXT.md cites 30 %)", 33, 41, "%"),
      new Headline("technical-problem-consent", "Contact consents of those reporting a technical"
          + " problem (near the 40 % of ../shared/CONTEXT.md)", 30, 50, "%"),
      new Headline("csat:delivery", "Delivery CSAT, answers 4–5 of 1–5", 73, 82, "%"),
      new Headline("ces:support", "Mean CES 2.0 after a support contact (1–7, higher is"
          + " easier)", 4.95, 5.4, "mean"));

  private Headlines() {}
}
