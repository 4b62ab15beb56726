package io.cxkit.journey.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.survey.Channel;
import io.cxkit.survey.condition.Condition;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaTest {
  private static final Condition RULE = ProfileFacts.attribute("orders").greaterThan(4);

  @Test
  void builderDefaultsAndCopies() {
    Persona persona = Persona.builder("p", "P").rule(RULE).build();

    assertThat(persona.description()).isEmpty();
    assertThat(persona.goals()).isEmpty();
    assertThat(persona.preferredChannels()).isEmpty();
    assertThat(persona.priority()).isZero();
    assertThat(ShopPersonas.LOYAL.needs()).containsExactly("Saved baskets", "Fast delivery");
    assertThat(ShopPersonas.LOYAL.preferredChannels()).containsExactly(Channel.APP, Channel.EMAIL);
    assertThatThrownBy(() -> ShopPersonas.LOYAL.goals().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void blankNameIsRefused() {
    assertThatThrownBy(() -> Persona.builder("p", "  ").rule(RULE).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("must not be blank");
  }

  @Test
  void malformedIdIsRefused() {
    assertThatThrownBy(() -> Persona.builder("bad id", "P").rule(RULE).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("\"bad id\"");
  }

  @Test
  void blankGoalIsRefusedWithItsIndex() {
    assertThatThrownBy(() -> Persona.builder("p", "P").goals("Save", " ").rule(RULE).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("goals[1]");
  }

  @Test
  void duplicateChannelIsRefused() {
    assertThatThrownBy(() -> Persona.builder("p", "P")
        .preferredChannels(Channel.WEB, Channel.APP, Channel.WEB).rule(RULE).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("preferredChannels[2]")
        .hasMessageContaining("\"web\"")
        .hasMessageContaining("repeats preferredChannels[0]");
  }

  @Test
  void ruleOverAnswersIsRefusedWithItsPath() {
    Condition mixed = Condition.anyOf(RULE, Condition.answer("nps").inRange(0, 6));

    assertThatThrownBy(() -> Persona.builder("p", "P").rule(mixed).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("rule.anyOf[1]")
        .hasMessageContaining("\"answer\"")
        .hasMessageContaining("\"attribute\" or \"days-since\"");
  }

  @Test
  void nestedRulesAreChecked() {
    Condition nested = Condition.not(Condition.allOf(RULE,
        ProfileFacts.daysSince("signed-up").lessThan(9), Condition.answer("goal").isAnswered()));

    assertThatThrownBy(() -> new Persona("p", "P", "", List.of(), List.of(), List.of(), List.of(),
        nested, 0))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("rule.not.allOf[2]");
  }

  @Test
  void missingRuleIsRefused() {
    assertThatThrownBy(() -> Persona.builder("p", "P").build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("rule")
        .hasMessageContaining("is required");
  }

  @Test
  void optionsAreSetOnce() {
    Persona.Builder builder = Persona.builder("p", "P").priority(1);

    assertThatThrownBy(() -> builder.priority(2)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("priority");
    assertThatThrownBy(() -> builder.rule(RULE).rule(RULE))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void matchesEvaluatesTheRuleAsOfTheDate() {
    CustomerProfile recent = CustomerProfile.of("c").with("signed-up",
        AttributeValue.date(java.time.LocalDate.of(2026, 1, 1)));

    // 2026-01-01 to 2026-03-01 is 31 + 28 = 59 days (< 90); to 2026-06-01 it is 151 days.
    assertThat(ShopPersonas.NEWCOMER.matches(recent, ShopPersonas.AS_OF)).isTrue();
    assertThat(ShopPersonas.NEWCOMER.matches(recent, java.time.LocalDate.of(2026, 6, 1))).isFalse();
  }
}
