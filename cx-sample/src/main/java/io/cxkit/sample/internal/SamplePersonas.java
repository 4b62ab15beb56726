package io.cxkit.sample.internal;

import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.Channel;

/**
 * The five personas of the Nordlicht shop, each with a rule over the profile attributes the
 * simulation writes ({@code country}, {@code member-since}, {@code acquisition}, {@code device},
 * {@code interests}). Many customers match more than one rule; the priorities, from cross-border
 * (50) down to gift shopper (10), say which persona a customer belongs to: where they live
 * decides most about what goes wrong for them, so cross-border comes first, and membership says
 * more about a customer than how they first came or what they browse on.
 */
public final class SamplePersonas {
  /** Customers abroad: the checkout refuses their postcode and parcels take weeks. */
  static final Persona CROSS_BORDER = Persona.builder(ShopSample.CROSS_BORDER,
          "Cross-border shopper")
      .description("Lives in Russia, Kazakhstan, China or Singapore and orders from Berlin for "
          + "brands and prices they cannot get at home; often reads the shop in Russian or "
          + "Chinese.")
      .goals("Get the product to their own country at a known total cost",
          "Follow the parcel until it arrives")
      .needs("An address form that accepts their postcode",
          "Delivery costs and duties shown before paying", "Tracking that works abroad")
      .painPoints("The checkout does not accept their postcode", "Slow parcels",
          "Customs fees and paperwork on arrival")
      .preferredChannels(Channel.MOBILE_WEB, Channel.CHAT, Channel.EMAIL)
      // ISO 3166 alpha-2 codes, as the profiles' country attribute holds them.
      .rule(ProfileFacts.attribute("country").oneOf("RU", "KZ", "CN", "SG"))
      .priority(50)
      .build();

  /** Plus members: they buy often, like the shop and expect it to remember them. */
  static final Persona LOYAL_MEMBER = Persona.builder(ShopSample.LOYAL_MEMBER, "Loyal member")
      .description("Has the Plus membership, buys several times a year and knows the shop well; "
          + "the customers who carry most of the revenue.")
      .goals("Reorder favourites quickly", "Get the most out of the Plus membership")
      .needs("Free delivery", "Member prices and early access to sales",
          "Saved addresses and payment")
      .painPoints("Favourites out of stock", "Paying for Plus and not seeing the benefit")
      .preferredChannels(Channel.EMAIL, Channel.WEB)
      // A profile holds member-since only while the customer is a member.
      .rule(ProfileFacts.attribute("member-since").isAnswered())
      .priority(40)
      .build();

  /** Customers from a deals site: price first, many abandoned carts. */
  static final Persona BARGAIN_HUNTER = Persona.builder(ShopSample.BARGAIN_HUNTER,
          "Bargain hunter")
      .description("Came through a deals site, compares prices across shops and buys when the "
          + "total is right.")
      .goals("Pay the lowest total price", "Catch the next discount")
      .needs("Delivery costs shown early", "Clear discounts and coupon codes")
      .painPoints("Delivery costs revealed only at checkout, so the cart is abandoned",
          "Discounts smaller than advertised")
      .preferredChannels(Channel.MOBILE_WEB, Channel.EMAIL, Channel.SOCIAL)
      .rule(ProfileFacts.attribute("acquisition").equalTo("deal-site"))
      .priority(30)
      .build();

  /** Desktop shoppers in a hurry: effort matters most. */
  static final Persona BUSY_PROFESSIONAL = Persona.builder(ShopSample.BUSY_PROFESSIONAL,
          "Busy professional")
      .description("Shops from the office desktop between meetings; knows what they want and "
          + "leaves when it takes too long.")
      .goals("Order in a few minutes", "Solve any problem with one contact")
      .needs("A fast checkout with saved details", "Support that answers at once")
      .painPoints("Long forms and extra steps", "Waiting on the support line",
          "Having to explain a problem twice")
      .preferredChannels(Channel.WEB, Channel.CHAT, Channel.EMAIL)
      .rule(ProfileFacts.attribute("device").equalTo("desktop"))
      .priority(20)
      .build();

  /**
   * Occasional gift buyers: they need the delivery date before they buy, which checkout variant A
   * does not show (the travel agency's missing flight duration, in a shop).
   */
  static final Persona GIFT_SHOPPER = Persona.builder(ShopSample.GIFT_SHOPPER, "Gift shopper")
      .description("Buys a few times a year, mostly presents for birthdays and holidays, often "
          + "at the last minute.")
      .goals("Find a fitting present", "Have it arrive before the occasion")
      .needs("The delivery date before buying", "Gift wrapping and easy returns")
      .painPoints("The checkout does not say when the parcel will arrive",
          "A present that comes after the birthday")
      .preferredChannels(Channel.MOBILE_WEB, Channel.EMAIL)
      .rule(ProfileFacts.attribute("interests").contains("gifts"))
      .priority(10)
      .build();

  /** The five personas, highest priority first. */
  public static final PersonaSet PERSONAS = PersonaSet.of(CROSS_BORDER, LOYAL_MEMBER,
      BARGAIN_HUNTER, BUSY_PROFESSIONAL, GIFT_SHOPPER);

  private SamplePersonas() {}
}
