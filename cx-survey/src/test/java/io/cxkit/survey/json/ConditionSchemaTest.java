package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cxkit.core.CxException;
import io.cxkit.survey.QuestionTypeRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The condition and routing parts of the generated schemas: the standalone condition schema (open
 * operand kinds) and the survey schema's routing (operand {@code answer} only). Valid documents are
 * the shapes; each invalid one breaks one rule, which the reader refuses as well.
 */
class ConditionSchemaTest {
  private static final SurveySchema STANDARD = SurveySchema.of(QuestionTypeRegistry.standard());
  private static final Schema CONDITION = SchemaValidation.compile(STANDARD.condition());
  private static final Schema SURVEY = SchemaValidation.compile(STANDARD.survey());
  private static final Schema SURVEY_CONDITION =
      SchemaValidation.compile(ConditionJsonProperties.surveysCondition());
  private static final SurveyJson JSON = SurveyJson.standard();

  private static final String ROUTED_NPS = FixturesTest.normalised(
      FixturesTest.fixture("routed-nps.survey.json"));

  @Test
  void theConditionSchemaIsAValidDraft202012Schema() {
    Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SurveySchema.DRAFT_2020_12));
    // The meta-schema does check: a type keyword that names no JSON type is refused.
    assertThat(metaSchema.validate(JsonNodeFactory.instance.objectNode().put("type", "nonsense")))
        .isNotEmpty();
    assertThat(metaSchema.validate(STANDARD.condition())).isEmpty();
    assertThat(metaSchema.validate(STANDARD.survey())).isEmpty();
    assertThat(STANDARD.condition().get("title").asText()).isEqualTo("cxkit condition");
  }

  @Test
  void theOperandKindPatternExcludesTheReservedNamesItWouldMatch() {
    // Operand.RESERVED, less allOf and anyOf (upper-case letters never match a kind), sorted.
    assertThat(SurveySchema.operandKindRegex())
        .isEqualTo("^(?!(max|min|not|operator|value|values)$)[a-z][a-z0-9-]{0,31}$");
  }

  @Test
  void validConditionsPass() {
    List<String> valid = List.of(
        "{\"answer\":\"goal\",\"operator\":\"equals\",\"value\":\"fully\"}",
        "{\"answer\":\"nps\",\"operator\":\"in-range\",\"min\":0,\"max\":6}",
        "{\"answer\":\"reasons\",\"operator\":\"one-of\",\"values\":[\"price\",\"other\"]}",
        "{\"answer\":\"q\",\"operator\":\"is-skipped\"}",
        "{\"answer\":\"q\",\"operator\":\"is-answered\"}",
        "{\"answer\":\"features\",\"operator\":\"equals\",\"value\":[\"speed\",\"price\"]}",
        "{\"answer\":\"consent\",\"operator\":\"equals\",\"value\":true}",
        "{\"answer\":\"why\",\"operator\":\"contains\",\"value\":\"slow\"}",
        "{\"answer\":\"nps\",\"operator\":\"less-than\",\"value\":7}",
        "{\"operator\":\"greater-than\",\"value\":8.5,\"answer\":\"nps\"}",
        "{\"anyOf\":[{\"allOf\":[{\"answer\":\"nps\",\"operator\":\"less-than\",\"value\":7}]},"
            + "{\"not\":{\"answer\":\"goal\",\"operator\":\"equals\",\"value\":\"fully\"}}]}");
    for (String document : valid) {
      assertThat(SchemaValidation.errors(CONDITION, document)).as(document).isEmpty();
      assertThat(SchemaValidation.errors(SURVEY_CONDITION, document)).as(document).isEmpty();
      assertThat(JSON.readCondition(document)).as(document).isNotNull();
    }
    // Other operand kinds: in the condition schema, not in a survey's.
    for (String document : List.of(
        "{\"attribute\":\"plan\",\"operator\":\"equals\",\"value\":\"pro\"}",
        "{\"event-count\":\"checkout.failed\",\"operator\":\"greater-than\",\"value\":2}")) {
      assertThat(SchemaValidation.errors(CONDITION, document)).as(document).isEmpty();
      assertThat(SchemaValidation.errors(SURVEY_CONDITION, document)).as(document).isNotEmpty();
      assertThat(JSON.readCondition(document)).as(document).isNotNull();
    }
  }

  @Test
  void invalidConditionsFailTheSchemaAndTheReader() {
    List<String> invalid = List.of(
        "{\"answer\":\"q\",\"operator\":\"equal\",\"value\":1}", // unknown operator
        "{\"answer\":\"q\",\"operator\":\"in-range\",\"max\":6}", // missing min
        "{\"answer\":\"q\",\"operator\":\"equals\"}", // missing value
        "{\"answer\":\"q\",\"operator\":\"is-skipped\",\"value\":3}", // value for is-skipped
        "{\"answer\":\"q\",\"operator\":\"equals\",\"values\":[3]}", // values for equals
        "{\"answer\":\"q\",\"operator\":\"in-range\",\"min\":0,\"max\":6,\"value\":3}",
        "{\"operator\":\"is-skipped\"}", // no operand
        "{\"answer\":\"q\",\"attribute\":\"plan\",\"operator\":\"is-skipped\"}", // two operands
        "{\"answer\":\"q\",\"attribute\":\"plan\",\"operator\":\"equals\",\"value\":1}",
        "{\"Answer\":\"q\",\"operator\":\"is-skipped\"}", // not a kind
        "{\"answer\":3,\"operator\":\"is-skipped\"}", // name not a string
        "{\"answer\":\"q r\",\"operator\":\"is-skipped\"}", // name not an id
        "{\"answer\":\"q\",\"operator\":\"one-of\",\"values\":\"a\"}", // values not an array
        "{\"answer\":\"q\",\"operator\":\"one-of\",\"values\":[]}",
        "{\"answer\":\"q\",\"operator\":\"one-of\",\"values\":[[1]]}", // codes not strings
        "{\"answer\":\"q\",\"operator\":\"equals\",\"value\":{}}", // value an object
        "{\"answer\":\"q\",\"operator\":\"equals\",\"value\":[1]}", // codes not strings
        "{\"answer\":\"q\",\"operator\":\"greater-than\",\"value\":\"7\"}",
        "{\"answer\":\"q\",\"operator\":\"contains\",\"value\":\"\"}",
        "{\"answer\":\"q\",\"operator\":\"in-range\",\"min\":\"0\",\"max\":6}",
        "{\"answer\":\"q\",\"operator\":null}",
        "{}",
        "{\"allOf\":[]}",
        "{\"anyOf\":[null]}",
        "{\"not\":null}",
        "{\"allOf\":[{\"answer\":\"q\",\"operator\":\"is-skipped\"}],\"answer\":\"q\"}",
        "{\"not\":{\"answer\":\"q\",\"operator\":\"is-skipped\"},\"anyOf\":[]}",
        "{\"not\":{\"answer\":\"q\",\"operator\":\"more\"}}",
        "[]",
        "null");
    for (String document : invalid) {
      assertThat(SchemaValidation.errors(CONDITION, document)).as(document).isNotEmpty();
      assertThat(SchemaValidation.errors(SURVEY_CONDITION, document)).as(document).isNotEmpty();
      assertThatThrownBy(() -> JSON.readCondition(document)).as(document)
          .isInstanceOf(CxException.class);
    }
  }

  @Test
  void minAboveMaxIsTheModelsRuleNotTheSchemas() {
    // JSON Schema cannot compare two members; the reader refuses it (Comparison's rule).
    String document = "{\"answer\":\"q\",\"operator\":\"in-range\",\"min\":7,\"max\":3}";
    assertThat(SchemaValidation.errors(CONDITION, document)).isEmpty();
    assertThatThrownBy(() -> JSON.readCondition(document)).isInstanceOf(CxException.class);
  }

  @Test
  void routingInTheSurveySchema() {
    assertThat(SchemaValidation.errors(SURVEY, ROUTED_NPS)).isEmpty();
    String rule = "{\"after\":\"nps\",\"endSurvey\":true}";
    assertThat(ROUTED_NPS).contains(rule);
    List<String> invalid = List.of(
        ROUTED_NPS.replace(rule, "{\"after\":\"nps\",\"goTo\":\"liked\",\"endSurvey\":true}"),
        ROUTED_NPS.replace(rule, "{\"after\":\"nps\"}"),
        ROUTED_NPS.replace(rule, "{\"after\":\"nps\",\"endSurvey\":false}"),
        ROUTED_NPS.replace(rule, "{\"endSurvey\":true}"),
        ROUTED_NPS.replace(rule, "{\"after\":\"nps\",\"endSurvey\":true,\"colour\":1}"),
        ROUTED_NPS.replace(rule, "{\"after\":\"nps\",\"when\":null,\"endSurvey\":true}"),
        ROUTED_NPS.replace(rule, "{\"after\":\"nps\",\"when\":{\"attribute\":\"plan\","
            + "\"operator\":\"is-answered\"},\"endSurvey\":true}"),
        ROUTED_NPS.replace("\"operator\":\"greater-than\"", "\"operator\":\"above\""),
        ROUTED_NPS.replace("\"min\":0,", ""),
        ROUTED_NPS.replace(rule, "\"nps\""),
        ROUTED_NPS.replaceFirst("\"routing\":\\[.*]", "\"routing\":{}"));
    for (String document : invalid) {
      assertThat(SchemaValidation.errors(SURVEY, document)).as(document).isNotEmpty();
      assertThatThrownBy(() -> JSON.readSurvey(document)).as(document)
          .isInstanceOf(CxException.class);
    }
  }
}
