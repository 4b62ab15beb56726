package io.cxkit.survey.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The kit's schema checks are not vacuous: the draft 2020-12 meta-schema is really applied (a
 * misspelt {@code type} or a {@code required} that is not an array is refused, per the draft
 * 2020-12 validation vocabulary, sections 6.1.1 and 6.5.3), and a compiled schema reports a
 * document that breaks it.
 */
class SchemaCheckTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void aValidSchemaHasNoMetaSchemaErrors() throws Exception {
    assertThat(SchemaCheck.metaSchemaErrors(json("""
        {"type": "object", "properties": {"score": {"type": "integer", "minimum": 0}},
         "required": ["score"], "additionalProperties": false}"""))).isEmpty();
  }

  @Test
  void anInvalidSchemaHasMetaSchemaErrors() throws Exception {
    // "objekt" is none of the seven type names; "required" must be an array of strings.
    assertThat(SchemaCheck.metaSchemaErrors(json("{\"type\": \"objekt\"}"))).isNotEmpty();
    assertThat(SchemaCheck.metaSchemaErrors(json("{\"type\": \"object\", \"required\": \"score\"}")))
        .isNotEmpty();
    assertThat(SchemaCheck.metaSchemaErrors(json("{\"minimum\": \"zero\"}"))).isNotEmpty();
  }

  @Test
  void aDocumentIsCheckedAgainstTheSchema() throws Exception {
    SchemaCheck schema = SchemaCheck.of(json("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {"score": {"type": "integer", "minimum": 0, "maximum": 10}},
         "required": ["score"], "additionalProperties": false}"""));

    assertThat(schema.errors(json("{\"score\": 10}"))).isEmpty();
    assertThat(schema.errors(json("{\"score\": 11}"))).singleElement().asString().contains("score");
    assertThat(schema.errors(json("{}"))).singleElement().asString().contains("score");
    assertThat(schema.errors(json("{\"score\": 1, \"other\": true}"))).singleElement().asString()
        .contains("other");
  }
}
