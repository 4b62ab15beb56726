package io.cxkit.journey.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.survey.condition.Condition;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerProfileTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  private static CustomerProfile anna() {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    attributes.put("country", AttributeValue.text("DE"));
    attributes.put("orders", AttributeValue.number(3));
    attributes.put("signed-up", AttributeValue.date(LocalDate.of(2026, 10, 1)));
    attributes.put("categories", AttributeValue.set("shoes", "bags"));
    return new CustomerProfile("anna", attributes);
  }

  @Test
  void rulesOverAttributesUseTheConditionLanguage() {
    ProfileFacts facts = ProfileFacts.of(anna(), AS_OF);

    assertThat(ProfileFacts.attribute("country").equalTo("DE").test(facts)).isTrue();
    assertThat(ProfileFacts.attribute("orders").greaterThan(2).test(facts)).isTrue();
    assertThat(ProfileFacts.attribute("categories").contains("bags").test(facts)).isTrue();
    // A date is its ISO text for equality.
    assertThat(ProfileFacts.attribute("signed-up").equalTo("2026-10-01").test(facts)).isTrue();
    // 2026-10-01 to 2026-12-01: 30 days of October + 31 of November = 61 days.
    assertThat(ProfileFacts.daysSince("signed-up").equalTo(61).test(facts)).isTrue();
    assertThat(ProfileFacts.daysSince("signed-up").lessThan(90).test(facts)).isTrue();
  }

  @Test
  void missingAttributesAreMissingFacts() {
    ProfileFacts facts = ProfileFacts.of(CustomerProfile.of("bob"), AS_OF);
    Condition german = ProfileFacts.attribute("country").equalTo("DE");

    assertThat(german.test(facts)).isFalse();
    assertThat(german.negate().test(facts)).isTrue();
    assertThat(ProfileFacts.attribute("country").isSkipped().test(facts)).isTrue();
    // days-since of a text attribute is missing too, not an error.
    assertThat(ProfileFacts.daysSince("country").isAnswered().test(ProfileFacts.of(anna(), AS_OF)))
        .isFalse();
  }

  @Test
  void withReplacesOneAttribute() {
    CustomerProfile moved = anna().with("country", AttributeValue.text("AT"));

    assertThat(moved.attribute("country")).contains(AttributeValue.text("AT"));
    assertThat(moved.attributes()).hasSize(4);
    assertThat(anna().attribute("country")).contains(AttributeValue.text("DE"));
  }

  @Test
  void badValuesAreTyped() {
    assertThatThrownBy(() -> AttributeValue.number(Double.NaN))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("value = NaN: must be a finite number");
    assertThatThrownBy(() -> CustomerProfile.of("anna").with("first name", AttributeValue.text("A")))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("attributes = \"first name\": an attribute name must be");
    assertThatThrownBy(() -> AttributeValue.set("a", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void typeIdsNameTheFourTypes() {
    assertThat(anna().attributes().values()).extracting(AttributeValue::typeId)
        .containsExactly("text", "number", "date", "set");
  }
}
