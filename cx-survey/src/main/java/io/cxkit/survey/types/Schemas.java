package io.cxkit.survey.types;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.internal.Ids;

/**
 * Building blocks of the built-in types' JSON Schema fragments (draft 2020-12). Every fragment is a
 * closed object ({@code "additionalProperties": false}) without the {@code "type"} member, which
 * the schema generator adds to its {@code properties} and {@code required}.
 */
final class Schemas {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The pattern of {@link Ids#ID_RULE}. */
  static final String ID_PATTERN = Ids.ID_REGEX;

  /** A BCP 47 language tag, loosely: the model normalises and checks it strictly. */
  static final String LANGUAGE_TAG_PATTERN = "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$";

  private Schemas() {}

  /** A fragment under construction: its properties and required members. */
  static final class Fragment {
    private final ObjectNode schema = JSON.objectNode();
    private final ObjectNode properties;
    private final ArrayNode required;

    private Fragment(String description) {
      schema.put("type", "object");
      schema.put("description", description);
      properties = schema.putObject("properties");
      required = schema.putArray("required");
      schema.put("additionalProperties", false);
    }

    /** Adds a required member. */
    Fragment required(String name, ObjectNode valueSchema) {
      properties.set(name, valueSchema);
      required.add(name);
      return this;
    }

    /** Adds an optional member, left out when absent. */
    Fragment optional(String name, ObjectNode valueSchema) {
      properties.set(name, valueSchema);
      return this;
    }

    ObjectNode build() {
      return schema.deepCopy();
    }
  }

  /** @return a closed object fragment */
  static Fragment object(String description) {
    return new Fragment(description);
  }

  /** @return a question fragment with the members every question has: id, text, required */
  static Fragment question(String description) {
    return object(description)
        .required("id", id())
        .required("text", localizedText())
        .required("required", bool());
  }

  /** @return the schema of an id */
  static ObjectNode id() {
    ObjectNode node = JSON.objectNode();
    node.put("type", "string");
    node.put("pattern", ID_PATTERN);
    return node;
  }

  /** @return the schema of a localized text: an object of language tag to non-blank text */
  static ObjectNode localizedText() {
    ObjectNode node = JSON.objectNode();
    node.put("type", "object");
    node.put("minProperties", 1);
    node.putObject("propertyNames").put("pattern", LANGUAGE_TAG_PATTERN);
    ObjectNode text = node.putObject("additionalProperties");
    text.put("type", "string");
    text.put("pattern", "\\S");
    return node;
  }

  /** @return the schema of a boolean */
  static ObjectNode bool() {
    ObjectNode node = JSON.objectNode();
    node.put("type", "boolean");
    return node;
  }

  /** @return the schema of any string */
  static ObjectNode string() {
    ObjectNode node = JSON.objectNode();
    node.put("type", "string");
    return node;
  }

  /** @return the schema of the text of an "other" choice: at most the longest open text */
  static ObjectNode otherText() {
    ObjectNode node = string();
    node.put("maxLength", OpenTextQuestion.MAX_LENGTH);
    return node;
  }

  /** @return the schema of a whole number within {@code min..max} */
  static ObjectNode integer(long min, long max) {
    ObjectNode node = JSON.objectNode();
    node.put("type", "integer");
    node.put("minimum", min);
    node.put("maximum", max);
    return node;
  }

  /** @return the schema of any whole number of Java's {@code int} range */
  static ObjectNode anyInt() {
    return integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** @return the schema of one of the given strings */
  static ObjectNode oneOf(String... values) {
    ObjectNode node = JSON.objectNode();
    node.put("type", "string");
    ArrayNode list = node.putArray("enum");
    for (String value : values) {
      list.add(value);
    }
    return node;
  }

  /** @return the schema of an array of strings */
  static ObjectNode strings() {
    ObjectNode node = JSON.objectNode();
    node.put("type", "array");
    node.putObject("items").put("type", "string");
    return node;
  }

  /** @return the schema of a choice list: at least one object of code (not "other") and label */
  static ObjectNode choices() {
    ObjectNode code = id();
    code.putObject("not").put("const", Rules.OTHER);
    ObjectNode choice = object("One option: its code in answers and its label")
        .required("code", code)
        .required("label", localizedText())
        .build();
    choice.remove("description");
    ObjectNode node = JSON.objectNode();
    node.put("type", "array");
    node.put("minItems", 1);
    node.set("items", choice);
    return node;
  }
}
