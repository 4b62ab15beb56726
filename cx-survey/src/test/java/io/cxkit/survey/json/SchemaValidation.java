package io.cxkit.survey.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Validates documents with networknt's json-schema-validator (draft 2020-12). */
final class SchemaValidation {
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private SchemaValidation() {}

  /** @return the schema, compiled */
  static Schema compile(ObjectNode schema) {
    return SCHEMAS.getSchema(schema.toString(), InputFormat.JSON);
  }

  /** @return the violations of {@code json} against {@code schema}; empty when it is valid */
  static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
