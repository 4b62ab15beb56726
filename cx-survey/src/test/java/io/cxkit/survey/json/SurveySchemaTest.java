package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cxkit.survey.QuestionTypeRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveySchemaTest {
  private static final SurveySchema STANDARD = SurveySchema.of(QuestionTypeRegistry.standard());
  private static final Schema SURVEY = SchemaValidation.compile(STANDARD.survey());
  private static final Schema RESPONSE = SchemaValidation.compile(STANDARD.response());

  private static final String VALID_SURVEY = FixturesTest.normalised(
      FixturesTest.fixture("nps.survey.json"));
  private static final String VALID_RESPONSE = FixturesTest.normalised(
      FixturesTest.fixture("nps.response.json"));

  @Test
  void everySchemaIsAValidDraft202012Schema() {
    Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SurveySchema.DRAFT_2020_12));
    // The meta-schema does check: a type keyword that names no JSON type is refused.
    assertThat(metaSchema.validate(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
        .objectNode().put("type", "nonsense"))).isNotEmpty();
    for (ObjectNode schema : List.of(STANDARD.survey(), STANDARD.response(), STANDARD.question(),
        STANDARD.answer())) {
      assertThat(schema.get("$schema").asText()).isEqualTo(SurveySchema.DRAFT_2020_12);
      assertThat(metaSchema.validate(schema)).as(schema.get("title").asText()).isEmpty();
    }
  }

  @Test
  void questionIsOneOfTheRegisteredTypesWithTheirIdAsConstant() {
    ObjectNode question = SurveySchema.of(TestTypes.registry()).question();

    List<String> constants = new ArrayList<>();
    for (JsonNode branch : question.get("oneOf")) {
      // "type" comes first in properties and in required, before the fragment's own members.
      assertThat(branch.get("properties").fieldNames().next()).isEqualTo("type");
      assertThat(branch.get("required").get(0).asText()).isEqualTo("type");
      assertThat(branch.get("additionalProperties").asBoolean(true)).isFalse();
      constants.add(branch.get("properties").get("type").get("const").asText());
    }
    assertThat(constants).containsExactly("score", "pick", "goal");
  }

  @Test
  void aTeamsOwnTypeIsPartOfTheGeneratedSchemas() {
    Schema answer = SchemaValidation.compile(SurveySchema.of(TestTypes.registry()).answer());

    assertThat(SchemaValidation.errors(answer, "{\"type\":\"score\",\"score\":3}")).isEmpty();
    assertThat(SchemaValidation.errors(answer, "{\"type\":\"nps\",\"score\":3}")).isNotEmpty();
    assertThat(SchemaValidation.errors(SchemaValidation.compile(STANDARD.answer()),
        "{\"type\":\"score\",\"score\":3}")).isNotEmpty();
  }

  @Test
  void eachTimeAFreshTree() {
    ObjectNode first = STANDARD.survey();
    first.put("title", "changed");

    assertThat(STANDARD.survey().get("title").asText()).isEqualTo("cxkit survey");
    assertThat(STANDARD.registry()).isSameAs(QuestionTypeRegistry.standard());
  }

  @Test
  void rejectsInvalidSurveys() {
    assertThat(SchemaValidation.errors(SURVEY, VALID_SURVEY)).isEmpty();
    List<String> invalid = List.of(
        VALID_SURVEY.replace("\"formatVersion\":1", "\"formatVersion\":2"),
        VALID_SURVEY.replace("\"formatVersion\":1,", ""),
        VALID_SURVEY.replace("\"type\":\"nps\"", "\"type\":\"ranking\""),
        VALID_SURVEY.replace("\"type\":\"nps\"", "\"type\":\"io.cxkit.survey.types.NpsQuestion\""),
        VALID_SURVEY.replace("\"type\":\"nps\",", ""),
        VALID_SURVEY.replace("\"kind\":\"product\"", "\"kind\":\"sometimes\""),
        VALID_SURVEY.replace("\"channel\":\"email\"", "\"channel\":\"EMAIL\""),
        VALID_SURVEY.replace("\"id\":\"post-purchase\"", "\"id\":\"post purchase\""),
        VALID_SURVEY.replace("\"version\":2", "\"version\":0"),
        VALID_SURVEY.replace("\"version\":2", "\"version\":\"2\""),
        VALID_SURVEY.replace("\"defaultLocale\":\"en\"", "\"defaultLocale\":\"en_US\""),
        VALID_SURVEY.replace("\"variant\":\"standard\"", "\"variant\":\"eleven\""),
        VALID_SURVEY.replace("\"maxLength\":2000", "\"maxLength\":\"long\""),
        VALID_SURVEY.replace("\"required\":true", "\"required\":\"yes\""),
        VALID_SURVEY.replace("\"en\":\"Your order\"", "\"en\":\" \""),
        VALID_SURVEY.replace("\"title\":{\"en\":\"Your order\",\"ru\":\"Ваш заказ\",\"zh\":\"您的订单\"}",
            "\"title\":{}"),
        VALID_SURVEY.replace("\"kind\":\"product\"", "\"kind\":\"product\",\"colour\":\"red\""),
        VALID_SURVEY.replace("\"followUpOf\":\"nps\"", "\"followUpOf\":\"nps\",\"colour\":\"red\""),
        VALID_SURVEY.replaceFirst("\"questions\":\\[.*]", "\"questions\":[]"));
    for (String document : invalid) {
      assertThat(SchemaValidation.errors(SURVEY, document)).as(document).isNotEmpty();
    }
  }

  @Test
  void rejectsInvalidResponses() {
    assertThat(SchemaValidation.errors(RESPONSE, VALID_RESPONSE)).isEmpty();
    List<String> invalid = List.of(
        VALID_RESPONSE.replace("\"formatVersion\":1,", ""),
        VALID_RESPONSE.replace("\"status\":\"partial\"", "\"status\":\"abandoned\""),
        VALID_RESPONSE.replace("\"contactConsent\":true", "\"contactConsent\":false"),
        VALID_RESPONSE.replace("\"contactConsent\":true,", ""),
        VALID_RESPONSE.replace("\"email\":\"a@b.example\"", "\"email\":\"nobody\""),
        VALID_RESPONSE.replace("\"submittedAt\":\"2026-11-30T10:15:00Z\"", "\"submittedAt\":1764497700"),
        VALID_RESPONSE.replace("\"surveyVersion\":2", "\"surveyVersion\":2.5"),
        VALID_RESPONSE.replace("\"score\":9", "\"score\":11"),
        VALID_RESPONSE.replace("\"score\":9", "\"score\":9.5"),
        VALID_RESPONSE.replace("{\"type\":\"nps\",\"score\":9}", "{\"score\":9}"),
        VALID_RESPONSE.replace("{\"type\":\"nps\",\"score\":9}", "{\"type\":\"open_text\",\"score\":9}"),
        VALID_RESPONSE.replace("\"nps\":{", "\"n p s\":{"),
        VALID_RESPONSE.replace("\"channel\":\"web\"", "\"channel\":\"telepathy\""),
        VALID_RESPONSE.replace("\"locale\":\"ru-RU\"", "\"locale\":\"\""),
        VALID_RESPONSE.replace("\"orderId\":\"o-7\"", "\"orderId\":7"),
        VALID_RESPONSE.replace("\"variant\":\"B\"", "\"variant\":\"B\",\"browser\":\"x\""),
        VALID_RESPONSE.replace(",\"answers\":{", ",\"extra\":1,\"answers\":{"),
        VALID_RESPONSE.replaceFirst(",\"answers\":\\{.*}}$", "}"));
    for (String document : invalid) {
      assertThat(SchemaValidation.errors(RESPONSE, document)).as(document).isNotEmpty();
    }
  }

  @Test
  void aDocumentTheSchemaRejectsTheReaderRejectsToo() {
    // The two describe the same format: spot checks from both lists above.
    SurveyJson json = SurveyJson.standard();
    for (String document : List.of(
        VALID_SURVEY.replace("\"type\":\"nps\"", "\"type\":\"ranking\""),
        VALID_SURVEY.replace("\"kind\":\"product\"", "\"kind\":\"product\",\"colour\":\"red\""),
        VALID_SURVEY.replace("\"defaultLocale\":\"en\"", "\"defaultLocale\":\"en_US\""))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readSurvey(document))
          .isInstanceOf(io.cxkit.core.CxException.class);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readResponse(
            VALID_RESPONSE.replace("\"contactConsent\":true", "\"contactConsent\":false")))
        .isInstanceOf(io.cxkit.survey.InvalidResponseException.class);
  }

  @Test
  void theStatusRulesAndTheZoneOfSubmittedAtAreInTheSchemaAsInTheReader() {
    // Response's own rules, which the reader enforces (InvalidResponseException / SurveyJsonException);
    // before, the schema accepted all four documents below.
    SurveyJson json = SurveyJson.standard();
    String partial = VALID_RESPONSE;
    assertThat(partial).contains("\"status\":\"partial\",\"lastQuestionSeen\":\"why\"");
    String completed = partial.replace("\"status\":\"partial\",\"lastQuestionSeen\":\"why\"",
        "\"status\":\"completed\"");
    String dismissed = completed.replace("\"completed\"", "\"dismissed\"")
        .replaceFirst("\"answers\":\\{.*}}$", "\"answers\":{}}");
    for (String valid : List.of(partial, completed, dismissed,
        completed.replace("10:15:00Z", "13:15:00.5+03:00"))) {
      assertThat(SchemaValidation.errors(RESPONSE, valid)).as(valid).isEmpty();
      assertThat(json.readResponse(valid)).isNotNull();
    }
    List<String> invalid = List.of(
        partial.replace(",\"lastQuestionSeen\":\"why\"", ""),
        completed.replace("\"status\":\"completed\"", "\"status\":\"completed\",\"lastQuestionSeen\":\"why\""),
        completed.replace("\"completed\"", "\"dismissed\""), // a dismissed response with answers
        dismissed.replace("\"dismissed\"", "\"dismissed\",\"lastQuestionSeen\":\"why\""),
        completed.replace("2026-11-30T10:15:00Z", "2026-11-30T10:15:00"),
        completed.replace("2026-11-30T10:15:00Z", "2026-11-30"));
    for (String document : invalid) {
      assertThat(SchemaValidation.errors(RESPONSE, document)).as(document).isNotEmpty();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readResponse(document))
          .as(document).isInstanceOf(io.cxkit.core.CxException.class);
    }
  }
}
