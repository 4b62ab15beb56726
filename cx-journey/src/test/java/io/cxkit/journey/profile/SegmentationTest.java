package io.cxkit.journey.profile;

import static io.cxkit.journey.profile.ShopPersonas.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.InvalidJourneyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentationTest {

  private static CustomerProfile country(String id, String country) {
    return CustomerProfile.of(id).with("country", AttributeValue.text(country));
  }

  @Test
  void aTextAttributeGivesASegmentPerValue() {
    Segmentation byCountry = Segmentation.byAttribute("country");

    assertThat(byCountry.segmentOf(country("c1", "DE"), AS_OF)).isEqualTo("DE");
    assertThat(byCountry.segmentOf(country("c2", "FR"), AS_OF)).isEqualTo("FR");
    assertThat(byCountry.segmentOf(CustomerProfile.of("c3"), AS_OF)).isNull();
  }

  @Test
  void numberBinsHoldTheirLowerBoundary() {
    // Cuts 1 and 5: 0 < 1 is in (-∞, 1); 1 and 4.5 in [1, 5); 5 and 100 in [5, ∞).
    Segmentation.ByAttribute byOrders = Segmentation.byAttribute("orders", 1, 5);

    assertThat(byOrders.bins()).containsExactly("(-∞, 1)", "[1, 5)", "[5, ∞)");
    assertThat(byOrders.segmentOf(ShopPersonas.profile("a", 0), AS_OF)).isEqualTo("(-∞, 1)");
    assertThat(byOrders.segmentOf(ShopPersonas.profile("b", 1), AS_OF)).isEqualTo("[1, 5)");
    assertThat(byOrders.segmentOf(ShopPersonas.profile("c", 4.5), AS_OF)).isEqualTo("[1, 5)");
    assertThat(byOrders.segmentOf(ShopPersonas.profile("d", 5), AS_OF)).isEqualTo("[5, ∞)");
    assertThat(byOrders.segmentOf(ShopPersonas.profile("e", 100), AS_OF)).isEqualTo("[5, ∞)");
    assertThat(Segmentation.byAttribute("value", 0.5).bins()).containsExactly("(-∞, 0.5)",
        "[0.5, ∞)");
  }

  @Test
  void aNumberWithoutBinsIsRefusedNamingTheCustomer() {
    assertThatThrownBy(() -> Segmentation.byAttribute("orders")
        .segmentOf(ShopPersonas.profile("c7", 3), AS_OF))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("attributes.orders")
        .hasMessageContaining("number (customer \"c7\")")
        .hasMessageContaining("bin a number attribute with cuts");
  }

  @Test
  void setsAndDatesAndTextsWithBinsAreRefused() {
    CustomerProfile profile = CustomerProfile.of("c")
        .with("categories", AttributeValue.set("sale"))
        .with("signed-up", AttributeValue.date(AS_OF))
        .with("country", AttributeValue.text("DE"));

    assertThatThrownBy(() -> Segmentation.byAttribute("categories").segmentOf(profile, AS_OF))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("set (customer");
    assertThatThrownBy(() -> Segmentation.byAttribute("signed-up").segmentOf(profile, AS_OF))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("date (customer");
    assertThatThrownBy(() -> Segmentation.byAttribute("country", 1).segmentOf(profile, AS_OF))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("bins need a number attribute");
  }

  @Test
  void cutsMustAscendStrictlyAndBeFinite() {
    assertThatThrownBy(() -> Segmentation.byAttribute("orders", 1, 5, 5))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("cuts[2] = 5")
        .hasMessageContaining("must be greater than cuts[1] = 5");
    assertThatThrownBy(() -> Segmentation.byAttribute("orders", Double.NaN))
        .isInstanceOf(InvalidJourneyException.class).hasMessageStartingWith("cuts[0]");
    assertThatThrownBy(() -> Segmentation.byAttribute("orders", new double[0]))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> Segmentation.byAttribute("bad name"))
        .isInstanceOf(InvalidJourneyException.class).hasMessageStartingWith("attribute");
  }

  @Test
  void theFirstMatchingRuleWins() {
    // c with 6 orders matches both "heavy" (> 4) and "active" (> 1); heavy is listed first.
    Segmentation.ByRules rules = Segmentation.byRules(
        new Segment("heavy", ProfileFacts.attribute("orders").greaterThan(4)),
        new Segment("active", ProfileFacts.attribute("orders").greaterThan(1)),
        new Segment("new", ProfileFacts.daysSince("signed-up").lessThan(30)));

    assertThat(rules.segmentOf(ShopPersonas.profile("a", 6), AS_OF)).isEqualTo("heavy");
    assertThat(rules.segmentOf(ShopPersonas.profile("b", 2), AS_OF)).isEqualTo("active");
    assertThat(rules.segmentOf(ShopPersonas.profile("c", 0)
        .with("signed-up", AttributeValue.date(AS_OF.minusDays(29))), AS_OF)).isEqualTo("new");
    assertThat(rules.segmentOf(ShopPersonas.profile("d", 0), AS_OF)).isNull();
    assertThat(rules.asOf(AS_OF).groupOf(ShopPersonas.profile("e", 9))).isEqualTo("heavy");
  }

  @Test
  void ruleSegmentsNeedUniqueIdsAndProfileOperands() {
    Segment heavy = new Segment("heavy", ProfileFacts.attribute("orders").greaterThan(4));

    assertThatThrownBy(() -> Segmentation.byRules(heavy, heavy))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("segments[1].id")
        .hasMessageContaining("duplicates the id of segments[0]");
    assertThatThrownBy(() -> Segmentation.byRules(List.of()))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("at least one segment");
    assertThatThrownBy(() -> new Segment("x",
        io.cxkit.survey.condition.Condition.answer("nps").isAnswered()))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("rule = \"answer\"");
  }
}
