package io.cxkit.journey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.Channel;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.InvalidConditionException;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonaJsonTest {
  private final JourneyJson json = JourneyJson.standard();

  /** The personas of fixtures/shop-personas.json, built in Java. */
  private static PersonaSet shopPersonas() {
    return PersonaSet.of(
        Persona.builder("loyal", "Loyal regular")
            .description("Buys every month and knows the shop well.")
            .goals("Reorder favourites quickly").needs("Saved baskets", "Fast delivery")
            .painPoints("Out-of-stock favourites").preferredChannels(Channel.APP, Channel.EMAIL)
            .rule(ProfileFacts.attribute("orders").greaterThan(4)).priority(2).build(),
        Persona.builder("bargain", "Bargain hunter")
            .description("Comes for the sale and compares prices.")
            .goals("Find the lowest price").needs("Clear discounts")
            .painPoints("Shipping costs revealed at checkout")
            .preferredChannels(Channel.WEB, Channel.SOCIAL)
            .rule(ProfileFacts.attribute("categories").contains("sale")).priority(1).build(),
        Persona.builder("newcomer", "Newcomer").description("Signed up recently.")
            .goals("Understand delivery and returns").preferredChannels(Channel.MOBILE_WEB)
            .rule(Condition.anyOf(ProfileFacts.daysSince("signed-up").lessThan(90),
                ProfileFacts.attribute("orders").equalTo(0)))
            .build());
  }

  @Test
  void theFixtureReadsAsTheShopsPersonasAndClassifies() throws IOException {
    PersonaSet read = json.readPersonas(JourneyMapJsonTest.fixture("shop-personas.json"));

    assertThat(read).isEqualTo(shopPersonas());
    // orders 0 and no signup date: only newcomer's second alternative (orders equals 0) holds.
    CustomerProfile idle = CustomerProfile.of("c").with("orders", AttributeValue.number(0));
    assertThat(read.classifier(LocalDate.of(2026, 3, 1)).classify(idle).personaId())
        .contains("newcomer");
  }

  @Test
  void personasRoundTrip() {
    String written = json.writePersonas(shopPersonas());

    assertThat(written).startsWith("{\"formatVersion\":1,\"personas\":[{\"id\":\"loyal\","
        + "\"name\":\"Loyal regular\",\"description\":\"Buys every month and knows the shop well.\","
        + "\"goals\":[\"Reorder favourites quickly\"],");
    assertThat(written).contains("\"priority\":2,\"rule\":{\"attribute\":\"orders\","
        + "\"operator\":\"greater-than\",\"value\":4}}");
    assertThat(json.readPersonas(written)).isEqualTo(shopPersonas());
  }

  @Test
  void optionalMembersDefault() {
    PersonaSet read = json.readPersonas("{\"formatVersion\":1,\"personas\":[{\"id\":\"p\","
        + "\"name\":\"P\",\"rule\":{\"attribute\":\"plan\",\"operator\":\"equals\",\"value\":\"pro\"}}]}");

    Persona p = read.personas().get(0);
    assertThat(p.description()).isEmpty();
    assertThat(p.goals()).isEmpty();
    assertThat(p.preferredChannels()).isEmpty();
    assertThat(p.priority()).isZero();
  }

  private static String personas(String... personas) {
    return "{\"formatVersion\":1,\"personas\":[" + String.join(",", personas) + "]}";
  }

  private static final String RULE =
      "\"rule\":{\"attribute\":\"orders\",\"operator\":\"greater-than\",\"value\":4}";

  @Test
  void aDuplicatePersonaIdIsReportedAtItsPath() {
    String doc = personas("{\"id\":\"a\",\"name\":\"A\"," + RULE + "}",
        "{\"id\":\"a\",\"name\":\"B\"," + RULE + "}");

    assertThatThrownBy(() -> json.readPersonas(doc))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("$.personas[1].id = \"a\"")
        .hasMessageContaining("duplicates the id of personas[0]");
  }

  @Test
  void aDuplicateChannelIsReportedAtItsPath() {
    String doc = personas("{\"id\":\"a\",\"name\":\"A\",\"preferredChannels\":[\"web\",\"web\"],"
        + RULE + "}");

    assertThatThrownBy(() -> json.readPersonas(doc))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("$.personas[0].preferredChannels[1] = \"web\"");
  }

  @Test
  void aRuleOverAnswersIsReportedAtItsPath() {
    String doc = personas("{\"id\":\"a\",\"name\":\"A\",\"rule\":{\"allOf\":["
        + "{\"attribute\":\"orders\",\"operator\":\"is-answered\"},"
        + "{\"answer\":\"nps\",\"operator\":\"is-answered\"}]}}");

    assertThatThrownBy(() -> json.readPersonas(doc))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("$.personas[0].rule.allOf[1] = \"answer\"");
  }

  @Test
  void aMalformedRuleIsReportedWithItsPathLineAndColumn() {
    String doc = "{\"formatVersion\":1,\"personas\":[{\"id\":\"a\",\"name\":\"A\",\n"
        + "\"rule\":{\"anyOf\":[{\"attribute\":\"orders\",\"operator\":\"bigger\",\"value\":4}]}}]}";

    assertThatThrownBy(() -> json.readPersonas(doc))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.personas[0].rule.anyOf[0].operator");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.problem()).contains("\"bigger\" is not a condition operator id");
        });
  }

  @Test
  void aConditionsOwnRuleIsReportedAtItsPath() {
    String doc = personas("{\"id\":\"a\",\"name\":\"A\",\"rule\":{\"attribute\":\"orders\","
        + "\"operator\":\"in-range\",\"min\":7,\"max\":3}}");

    assertThatThrownBy(() -> json.readPersonas(doc))
        .isInstanceOf(InvalidConditionException.class)
        .hasMessageStartingWith("$.personas[0].rule");
  }

  @Test
  void wrongTypesAndMissingMembersAreRefused() {
    assertThatThrownBy(() -> json.readPersonas(personas("{\"id\":\"a\",\"name\":\"A\","
        + "\"priority\":1.5," + RULE + "}")))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.personas[0].priority");
          assertThat(e.problem()).isEqualTo("expected an integer, found a floating-point number");
        });
    assertThatThrownBy(() -> json.readPersonas(personas("{\"id\":\"a\",\"name\":\"A\"}")))
        .isInstanceOfSatisfying(SurveyJsonException.class,
            e -> assertThat(e.problem()).isEqualTo("member \"rule\" is missing"));
    assertThatThrownBy(() -> json.readPersonas(personas("{\"id\":\"a\",\"name\":\"A\","
        + "\"goals\":[\"x\",null]," + RULE + "}")))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.personas[0].goals[1]");
          assertThat(e.problem()).isEqualTo("expected a string, found null");
        });
    assertThatThrownBy(() -> json.readPersonas(personas()))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("$.personas = []");
  }

  @Test
  void aRuleNestedBeyondTheParsersLimitIsATypedError() {
    // Jackson's default limit is 1000 levels of nesting; 1500 "not"s go past it.
    String rule = "{\"not\":".repeat(1500) + "{\"attribute\":\"a\",\"operator\":\"is-answered\"}"
        + "}".repeat(1500);

    assertThatThrownBy(() -> json.readPersonas(personas("{\"id\":\"a\",\"name\":\"A\",\"rule\":"
        + rule + "}")))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.problem()).startsWith("too large to read: Document nesting depth (1001)");
          // The path names the first 32 levels, then ends.
          assertThat(e.path()).startsWith("$.personas[0].rule.not.not").endsWith(".not…");
          assertThat(e.path()).hasSize("$.personas[0].rule".length() + 32 * ".not".length() + 1);
        });
  }

  @Test
  void segmentationsAndPersonasReadFromStreams() {
    java.io.InputStream in = new java.io.ByteArrayInputStream(
        "{\"formatVersion\":1,\"attribute\":\"country\"}".getBytes(
            java.nio.charset.StandardCharsets.UTF_8));

    assertThat(json.readSegmentation(in))
        .isEqualTo(io.cxkit.journey.profile.Segmentation.byAttribute("country"));
    assertThat(json.readPersonas(new java.io.StringReader(json.writePersonas(shopPersonas()))))
        .isEqualTo(shopPersonas());
  }
}
