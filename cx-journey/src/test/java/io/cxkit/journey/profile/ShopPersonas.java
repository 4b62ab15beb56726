package io.cxkit.journey.profile;

import io.cxkit.survey.Channel;
import java.time.LocalDate;
import java.util.List;

/**
 * A small shop's three personas and ten customers whose assignments are worked out by hand:
 *
 * <pre>
 * loyal    (priority 2): orders &gt; 4
 * bargain  (priority 1): categories contains "sale"
 * newcomer (priority 0): signed up less than 90 days before 2026-03-01
 *
 * c1  orders 10                          → loyal
 * c2  orders 7                           → loyal
 * c3  orders 5, categories {sale}        → loyal (also matches bargain: the one overlap)
 * c4  orders 6                           → loyal
 * c5  orders 1, categories {sale}        → bargain
 * c6  orders 2, categories {sale, shoes} → bargain
 * c7  orders 0, categories {sale}        → bargain
 * c8  orders 1, signed up 2026-02-01     → newcomer (28 days before the as-of date)
 * c9  orders 3, signed up 2025-06-01     → unmatched (273 days: not new)
 * c10 no attributes                      → unmatched
 * </pre>
 *
 * Shares of the 10 customers: loyal 4/10 = 40 %, bargain 3/10 = 30 %, newcomer 1/10 = 10 %,
 * unmatched 2/10 = 20 %; sum 100 %. Rules matched: loyal 4, bargain 4 (c3, c5, c6, c7), newcomer 1.
 */
final class ShopPersonas {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  static final Persona LOYAL = Persona.builder("loyal", "Loyal regular")
      .description("Buys every month and knows the shop well.")
      .goals("Reorder favourites quickly")
      .needs("Saved baskets", "Fast delivery")
      .painPoints("Out-of-stock favourites")
      .preferredChannels(Channel.APP, Channel.EMAIL)
      .rule(ProfileFacts.attribute("orders").greaterThan(4))
      .priority(2)
      .build();

  static final Persona BARGAIN = Persona.builder("bargain", "Bargain hunter")
      .description("Comes for the sale and compares prices.")
      .goals("Find the lowest price")
      .needs("Clear discounts")
      .painPoints("Shipping costs revealed at checkout")
      .preferredChannels(Channel.WEB, Channel.SOCIAL)
      .rule(ProfileFacts.attribute("categories").contains("sale"))
      .priority(1)
      .build();

  static final Persona NEWCOMER = Persona.builder("newcomer", "Newcomer")
      .description("Signed up recently.")
      .goals("Understand delivery and returns")
      .preferredChannels(Channel.MOBILE_WEB)
      .rule(ProfileFacts.daysSince("signed-up").lessThan(90))
      .build();

  static final PersonaSet SET = PersonaSet.of(LOYAL, BARGAIN, NEWCOMER);

  private ShopPersonas() {}

  static CustomerProfile profile(String id, double orders) {
    return CustomerProfile.of(id).with("orders", AttributeValue.number(orders));
  }

  static List<CustomerProfile> customers() {
    return List.of(
        profile("c1", 10),
        profile("c2", 7),
        profile("c3", 5).with("categories", AttributeValue.set("sale")),
        profile("c4", 6),
        profile("c5", 1).with("categories", AttributeValue.set("sale")),
        profile("c6", 2).with("categories", AttributeValue.set("sale", "shoes")),
        profile("c7", 0).with("categories", AttributeValue.set("sale")),
        profile("c8", 1).with("signed-up", AttributeValue.date(LocalDate.of(2026, 2, 1))),
        profile("c9", 3).with("signed-up", AttributeValue.date(LocalDate.of(2025, 6, 1))),
        CustomerProfile.of("c10"));
  }
}
