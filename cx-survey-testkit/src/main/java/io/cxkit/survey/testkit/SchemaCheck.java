package io.cxkit.survey.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * One compiled JSON Schema (draft 2020-12), checked with networknt's json-schema-validator; errors
 * come back as text so that assertion messages show them.
 */
final class SchemaCheck {

  /** The meta-schema id of draft 2020-12. */
  static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  // The validator ships the draft 2020-12 meta-schemas and maps their ids to its own resources, so
  // nothing is fetched from the network.
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static final SchemaCheck META_SCHEMA =
      new SchemaCheck(SCHEMAS.getSchema(SchemaLocation.of(DRAFT_2020_12)));

  private final Schema schema;

  private SchemaCheck(Schema schema) {
    this.schema = schema;
  }

  /**
   * @param schema a JSON Schema document
   * @return the schema, compiled once
   */
  static SchemaCheck of(JsonNode schema) {
    return new SchemaCheck(SCHEMAS.getSchema(schema));
  }

  /**
   * @param schema a JSON Schema document
   * @return its errors against the draft 2020-12 meta-schema; empty when it is a valid schema
   */
  static List<String> metaSchemaErrors(JsonNode schema) {
    return META_SCHEMA.errors(schema);
  }

  /**
   * @param document a JSON document
   * @return its errors against this schema, each as the validator's message; empty when it is valid
   */
  List<String> errors(JsonNode document) {
    List<String> errors = new ArrayList<>();
    for (Error error : schema.validate(document)) {
      errors.add(error.toString());
    }
    return errors;
  }
}
