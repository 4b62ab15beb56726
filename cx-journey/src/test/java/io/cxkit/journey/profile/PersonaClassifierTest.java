package io.cxkit.journey.profile;

import static io.cxkit.journey.profile.ShopPersonas.AS_OF;
import static io.cxkit.journey.profile.ShopPersonas.BARGAIN;
import static io.cxkit.journey.profile.ShopPersonas.LOYAL;
import static io.cxkit.journey.profile.ShopPersonas.NEWCOMER;
import static io.cxkit.journey.profile.ShopPersonas.SET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.InvalidJourneyException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaClassifierTest {
  private final PersonaClassifier classifier = SET.classifier(AS_OF);

  @Test
  void assignsEachShopCustomerAsWorkedOut() {
    // Expected assignments: see ShopPersonas.
    List<String> assigned = new ArrayList<>();
    for (CustomerProfile profile : ShopPersonas.customers()) {
      assigned.add(classifier.classify(profile).personaId().orElse("unmatched"));
    }

    assertThat(assigned).containsExactly("loyal", "loyal", "loyal", "loyal", "bargain", "bargain",
        "bargain", "newcomer", "unmatched", "unmatched");
  }

  @Test
  void anOverlapReportsEveryMatchAndAssignsTheHigherPriority() {
    // c3: orders 5 > 4 (loyal, priority 2) and categories {sale} (bargain, priority 1).
    Classification c3 = classifier.classify(ShopPersonas.customers().get(2));

    assertThat(c3.persona()).isEqualTo(LOYAL);
    assertThat(c3.matches()).containsExactly(LOYAL, BARGAIN);
    assertThat(c3.isOverlap()).isTrue();
    assertThat(c3.toString()).isEqualTo("Classification{\"c3\" -> loyal, matches loyal bargain}");
  }

  @Test
  void unmatchedHasNoPersonaAndNoMatches() {
    Classification c10 = classifier.classify(CustomerProfile.of("c10"));

    assertThat(c10.isMatched()).isFalse();
    assertThat(c10.persona()).isNull();
    assertThat(c10.matches()).isEmpty();
    assertThat(classifier.groupOf(CustomerProfile.of("c10"))).isNull();
  }

  @Test
  void equalPrioritiesGoToThePersonaListedFirst() {
    // Both rules hold for orders 5; both have priority 0, so set order decides, either way round.
    Persona many = Persona.builder("many", "Many orders")
        .rule(ProfileFacts.attribute("orders").greaterThan(2)).build();
    Persona some = Persona.builder("some", "Some orders")
        .rule(ProfileFacts.attribute("orders").greaterThan(1)).build();
    CustomerProfile profile = ShopPersonas.profile("c", 5);

    assertThat(PersonaSet.of(many, some).classifier(AS_OF).classify(profile).persona())
        .isEqualTo(many);
    assertThat(PersonaSet.of(some, many).classifier(AS_OF).classify(profile).persona())
        .isEqualTo(some);
  }

  @Test
  void aLowerPriorityListedFirstStillLoses() {
    // NEWCOMER (priority 0) is listed before LOYAL (priority 2); a new customer with 9 orders
    // matches both and is assigned LOYAL.
    CustomerProfile profile = ShopPersonas.profile("c", 9)
        .with("signed-up", AttributeValue.date(AS_OF.minusDays(3)));

    Classification result = PersonaSet.of(NEWCOMER, LOYAL).classifier(AS_OF).classify(profile);

    assertThat(result.persona()).isEqualTo(LOYAL);
    assertThat(result.matches()).containsExactly(NEWCOMER, LOYAL);
  }

  @Test
  void groupOfAgreesWithClassify() {
    for (CustomerProfile profile : ShopPersonas.customers()) {
      assertThat(classifier.groupOf(profile))
          .isEqualTo(classifier.classify(profile).personaId().orElse(null));
    }
  }

  @Test
  void aClockGivesItsDateInItsOwnZone() {
    // 2026-02-28T23:30Z is already 2026-03-01 in Berlin (UTC+1) but still Feb 28 in New York.
    Instant instant = Instant.parse("2026-02-28T23:30:00Z");

    assertThat(SET.classifier(Clock.fixed(instant, ZoneId.of("Europe/Berlin"))).asOf())
        .isEqualTo(AS_OF);
    assertThat(SET.classifier(Clock.fixed(instant, ZoneId.of("America/New_York"))).asOf())
        .isEqualTo(AS_OF.minusDays(1));
  }

  @Test
  void duplicatePersonaIdsAreRefused() {
    Persona again = Persona.builder("loyal", "Another loyal")
        .rule(ProfileFacts.attribute("orders").greaterThan(9)).build();

    assertThatThrownBy(() -> PersonaSet.of(LOYAL, BARGAIN, again))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("personas[2].id")
        .hasMessageContaining("duplicates the id of personas[0]");
  }

  @Test
  void anEmptySetIsRefused() {
    assertThatThrownBy(() -> PersonaSet.of(List.of()))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("at least one persona");
  }

  @Test
  void setLookups() {
    assertThat(SET.ids()).containsExactly("loyal", "bargain", "newcomer");
    assertThat(SET.persona("bargain")).contains(BARGAIN);
    assertThat(SET.persona("nobody")).isEmpty();
    assertThat(SET.indexOf("newcomer")).isEqualTo(2);
    assertThat(SET.indexOf("nobody")).isEqualTo(-1);
    assertThat(SET).isEqualTo(PersonaSet.of(List.of(LOYAL, BARGAIN, NEWCOMER)));
    assertThat(SET.toString()).isEqualTo("PersonaSet[loyal, bargain, newcomer]");
  }
}
