package io.cxkit.sample.internal;

import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.Touchpoint;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.sample.Headline;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.Channel;
import io.cxkit.survey.Survey;
import java.util.List;

/** The sample shop's definitions, the same for every seed: map, personas, surveys, headlines. */
public final class SampleContent {

  /** The journey map; each touchpoint names the surveys asked there. */
  private static final JourneyMap MAP = JourneyMap.builder("sample-shop", "Sample shop")
      .stage("awareness", "Awareness")
      .touchpoint("ad", "Online ad", "awareness", Channel.SOCIAL)
      .touchpoint("search", "Search result", "awareness", Channel.WEB)
      .stage("consideration", "Consideration")
      .touchpoint("home", "Home page", "consideration", Channel.WEB)
      .touchpoint(Touchpoint.of("product-page", "Product page", "consideration",
          Channel.WEB).withSurveys(ShopSample.EXIT_FEEDBACK))
      .touchpoint("reviews", "Customer reviews", "consideration", Channel.REVIEW_SITE)
      .stage("purchase", "Purchase")
      .touchpoint(Touchpoint.of("cart", "Cart", "purchase", Channel.WEB)
          .withSurveys(ShopSample.EXIT_FEEDBACK))
      .touchpoint(Touchpoint.of("checkout", "Checkout: address", "purchase",
          Channel.WEB).withSurveys(ShopSample.EXIT_FEEDBACK))
      .touchpoint(Touchpoint.of("shipping", "Checkout: delivery options",
          "purchase", Channel.WEB).withSurveys(ShopSample.EXIT_FEEDBACK))
      .touchpoint(Touchpoint.of("payment", "Checkout: payment", "purchase",
          Channel.WEB).withSurveys(ShopSample.EXIT_FEEDBACK))
      .touchpoint(Touchpoint.of("order-confirmation", "Order confirmation",
          "purchase", Channel.WEB).withSurveys(ShopSample.EXIT_FEEDBACK))
      .stage("delivery", "Delivery")
      .touchpoint("shipping-email", "Shipping e-mail", "delivery", Channel.EMAIL)
      .touchpoint(Touchpoint.of("delivery", "Parcel delivered", "delivery",
          Channel.EMAIL).withSurveys(ShopSample.DELIVERY_CSAT))
      .stage("use", "Use")
      .touchpoint(Touchpoint.of("review-request", "Review request", "use",
          Channel.EMAIL).withSurveys(ShopSample.POST_PURCHASE))
      .stage("support", "Support")
      .touchpoint("help-center", "Help centre", "support", Channel.WEB)
      .touchpoint(Touchpoint.of("support-chat", "Support chat", "support",
          Channel.CHAT).withSurveys(ShopSample.SUPPORT_CES))
      .touchpoint(Touchpoint.of("support-call", "Support call", "support",
          Channel.PHONE).withSurveys(ShopSample.SUPPORT_CES))
      .stage("loyalty", "Loyalty")
      .touchpoint("membership", "Plus membership", "loyalty", Channel.WEB)
      .touchpoint("newsletter", "Newsletter", "loyalty", Channel.EMAIL)
      .build();

  private SampleContent() {}

  /** @return the journey map */
  public static JourneyMap map() {
    return MAP;
  }

  /** @return the five personas */
  public static PersonaSet personas() {
    return SamplePersonas.PERSONAS;
  }

  /** @return the four surveys */
  public static List<Survey> surveys() {
    return SampleSurveys.ALL;
  }

  /** @return the headline figures and their ranges */
  public static List<Headline> headlines() {
    return Headlines.ALL;
  }
}
