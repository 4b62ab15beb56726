package io.cxkit.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.json.JourneyJson;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.Classification;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaClassifier;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.sample.ShopSample;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SamplePersonasTest {
  private static final PersonaSet PERSONAS = SamplePersonas.PERSONAS;
  private static final PersonaClassifier CLASSIFIER =
      PERSONAS.classifier(LocalDate.of(2027, 1, 1));

  @Test
  void fivePersonasHighestPriorityFirst() {
    assertThat(PERSONAS.ids()).containsExactly(ShopSample.CROSS_BORDER, ShopSample.LOYAL_MEMBER,
        ShopSample.BARGAIN_HUNTER, ShopSample.BUSY_PROFESSIONAL, ShopSample.GIFT_SHOPPER);
    assertThat(PERSONAS.personas()).extracting(Persona::name).containsExactly(
        "Cross-border shopper", "Loyal member", "Bargain hunter", "Busy professional",
        "Gift shopper");
    assertThat(PERSONAS.personas()).extracting(Persona::priority)
        .containsExactly(50, 40, 30, 20, 10);
    assertThat(SampleContent.personas()).isSameAs(PERSONAS);
  }

  @Test
  void everyPersonaIsDescribed() {
    for (Persona persona : PERSONAS.personas()) {
      String id = persona.id();
      assertThat(persona.description()).as(id).isNotBlank();
      assertThat(persona.goals()).as(id).hasSizeBetween(2, 3);
      assertThat(persona.needs()).as(id).isNotEmpty();
      assertThat(persona.painPoints()).as(id).isNotEmpty();
      assertThat(persona.preferredChannels()).as(id).isNotEmpty();
    }
  }

  @Test
  void thePainPointsOfTheBrief() {
    assertThat(String.join(" ", persona(ShopSample.CROSS_BORDER).painPoints()))
        .contains("postcode").contains("parcels").contains("Customs");
    assertThat(String.join(" ", persona(ShopSample.GIFT_SHOPPER).needs()))
        .contains("delivery date");
    assertThat(String.join(" ", persona(ShopSample.BARGAIN_HUNTER).painPoints()))
        .contains("Delivery costs");
  }

  @Test
  void eachRuleAloneAssignsItsPersona() {
    assertThat(personaOf(base("c-1").with("country", text("RU")))).contains("cross-border");
    assertThat(personaOf(base("c-2").with("country", text("KZ")))).contains("cross-border");
    assertThat(personaOf(base("c-3").with("country", text("CN"))
        .with("language", text("zh")))).contains("cross-border");
    assertThat(personaOf(base("c-4").with("country", text("SG")))).contains("cross-border");
    assertThat(personaOf(base("c-5")
        .with("member-since", AttributeValue.date(LocalDate.of(2026, 4, 1)))))
        .contains("loyal-member");
    assertThat(personaOf(base("c-6").with("acquisition", text("deal-site"))))
        .contains("bargain-hunter");
    assertThat(personaOf(base("c-7").with("device", text("desktop"))))
        .contains("busy-professional");
    assertThat(personaOf(base("c-8").with("interests", AttributeValue.set("books", "gifts"))))
        .contains("gift-shopper");
  }

  @Test
  void aProfileThatMatchesNoRuleIsUnmatched() {
    // A German mobile shopper from search, interested in books, not a member.
    assertThat(CLASSIFIER.classify(base("c-9")).isMatched()).isFalse();
    // Close misses: a tablet, a referral, a neighbouring country, gifts in another attribute.
    assertThat(CLASSIFIER.classify(base("c-10").with("device", text("tablet"))
        .with("acquisition", text("referral")).with("country", text("PL"))
        .with("checkout-variant", text("A"))).isMatched()).isFalse();
  }

  @Test
  void aDesktopMemberIsALoyalMember() {
    Classification c = CLASSIFIER.classify(base("c-11").with("device", text("desktop"))
        .with("member-since", AttributeValue.date(LocalDate.of(2026, 2, 14))));
    assertThat(c.personaId()).contains("loyal-member");
    assertThat(c.matches()).extracting(Persona::id)
        .containsExactly("loyal-member", "busy-professional");
  }

  @Test
  void aRussianDesktopDealSiteShopperIsCrossBorder() {
    Classification c = CLASSIFIER.classify(base("c-12").with("country", text("RU"))
        .with("language", text("ru")).with("device", text("desktop"))
        .with("acquisition", text("deal-site")));
    assertThat(c.personaId()).contains("cross-border");
    assertThat(c.matches()).extracting(Persona::id)
        .containsExactly("cross-border", "bargain-hunter", "busy-professional");
  }

  @Test
  void aDealSiteGiftShopperIsABargainHunter() {
    Classification c = CLASSIFIER.classify(base("c-13").with("acquisition", text("deal-site"))
        .with("interests", AttributeValue.set("gifts", "toys")));
    assertThat(c.personaId()).contains("bargain-hunter");
    assertThat(c.matches()).extracting(Persona::id)
        .containsExactly("bargain-hunter", "gift-shopper");
  }

  @Test
  void jsonRoundTripGivesEqualPersonas() {
    JourneyJson json = JourneyJson.standard();
    String written = json.writePersonas(PERSONAS);
    assertThat(json.readPersonas(written)).isEqualTo(PERSONAS);
    // The rules are data in the written document, such as the cross-border countries.
    assertThat(written).contains("\"RU\"").contains("\"member-since\"").contains("\"gifts\"");
  }

  /** A profile with every attribute the simulation writes, matching none of the rules. */
  private static CustomerProfile base(String id) {
    return CustomerProfile.of(id)
        .with("signed-up", AttributeValue.date(LocalDate.of(2026, 3, 2)))
        .with("country", text("DE"))
        .with("language", text("en"))
        .with("age", AttributeValue.number(34))
        .with("device", text("mobile"))
        .with("acquisition", text("search"))
        .with("interests", AttributeValue.set("books", "home"))
        .with("checkout-variant", text("B"));
  }

  private static java.util.Optional<String> personaOf(CustomerProfile profile) {
    return CLASSIFIER.classify(profile).personaId();
  }

  private static Persona persona(String id) {
    return PERSONAS.persona(id).orElseThrow();
  }

  private static AttributeValue text(String value) {
    return AttributeValue.text(value);
  }
}
