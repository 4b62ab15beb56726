package io.cxkit.survey.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cxkit.survey.LocalizedText;
import java.util.List;

/** Texts and schema checks shared by the built-in types' tests. */
final class Fixtures {
  static final LocalizedText TEXT = LocalizedText.of("en", "How was it?");
  static final LocalizedText LABEL = LocalizedText.of("en", "Label");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private Fixtures() {}

  /**
   * Validates a document against a type's fragment completed the way the schema generator completes
   * it: a {@code "type"} member with the type id as constant, in {@code properties} and {@code
   * required}.
   *
   * @return the validator's errors; empty when the document is valid
   */
  static List<Error> check(ObjectNode fragment, String typeId, String document) {
    ObjectNode schema = fragment.deepCopy();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    ((ObjectNode) schema.get("properties")).putObject("type").put("const", typeId);
    ((ArrayNode) schema.get("required")).add("type");
    Schema compiled = SCHEMAS.getSchema(schema);
    try {
      JsonNode node = JSON.readTree(document);
      return compiled.validate(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("test document is not JSON: " + document, e);
    }
  }
}
