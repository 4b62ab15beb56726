package io.cxkit.survey.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.Channel;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Objects;
import java.util.function.Function;

/**
 * JSON Schemas (draft 2020-12) of the documents {@link SurveyJson} reads and writes, generated at
 * run time from a {@link QuestionTypeRegistry}, so that a team's own question types are part of
 * them. A question is {@code oneOf} the registered types' {@link QuestionType#questionSchema()}
 * fragments, each with {@code "type": {"const": id}} added to its properties and required members;
 * an answer likewise from {@link QuestionType#answerSchema()}. The survey and response schemas keep
 * these in {@code $defs}.
 *
 * <p>Every method returns a new tree, free to change; {@link ObjectNode#toPrettyString()} gives its
 * text. The schemas follow what {@link SurveyJson} writes: optional members are left out rather
 * than null. Rules that span members (unique question ids, every text in the default locale, a
 * follow-up naming an earlier question, a CSAT threshold on its scale) belong to the model: reading
 * checks them, the schema does not. The status rules of a response (only a partial one names the
 * last question seen, a dismissed one holds no answers) and the zone of {@code submittedAt} are in
 * the schema.
 *
 * <p>Conditions are a recursive {@code $defs/condition}: {@code allOf}, {@code anyOf}, {@code not}
 * or a comparison whose arguments follow its operator, as {@link SurveyJson#readCondition(String)}
 * reads them. In a survey's {@code routing} a comparison's operand is {@code "answer"} only; the
 * standalone {@link #condition()} schema leaves the operand kind open, as cx-journey needs. What
 * the schema cannot say is left to reading: {@code min ≤ max}, which questions a condition may
 * name, loops, the operators a question's type supports and the arguments it could ever meet
 * (points of the scale, offered codes), numbers beyond a double's range, texts with unpaired
 * surrogates and members given twice.
 *
 * <pre>{@code
 * ObjectNode schema = SurveySchema.of(QuestionTypeRegistry.standard()).survey();
 * Files.writeString(Path.of("survey.schema.json"), schema.toPrettyString());
 * }</pre>
 */
public final class SurveySchema {
  /** The meta-schema every generated schema names in {@code $schema}. */
  public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** BCP 47 language tags in their usual shape: {@code en}, {@code ru-RU}, {@code zh-Hans-CN}. */
  static final String LANGUAGE_TAG_REGEX = "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$";

  private final QuestionTypeRegistry registry;

  private SurveySchema(QuestionTypeRegistry registry) {
    this.registry = registry;
  }

  /**
   * @param registry the question types to describe
   * @return the schemas for exactly those types
   */
  public static SurveySchema of(QuestionTypeRegistry registry) {
    return new SurveySchema(Objects.requireNonNull(registry, "registry"));
  }

  /** @return the registry whose types the schemas describe */
  public QuestionTypeRegistry registry() {
    return registry;
  }

  /** @return the schema of one question object: {@code oneOf} the registered question types */
  public ObjectNode question() {
    ObjectNode schema = root("cxkit question");
    schema.setAll(questionDefinition());
    return schema;
  }

  /** @return the schema of one answer object: {@code oneOf} the registered answer types */
  public ObjectNode answer() {
    ObjectNode schema = root("cxkit answer");
    schema.setAll(answerDefinition());
    return schema;
  }

  /** @return the schema of a survey document */
  public ObjectNode survey() {
    ObjectNode schema = root("cxkit survey");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("formatVersion", constant(DocumentDeserializer.FORMAT_VERSION));
    properties.set("id", ref("id"));
    properties.set("version", positiveInteger());
    properties.set("defaultLocale", ref("languageTag"));
    properties.set("title", ref("localizedText"));
    properties.set("description", ref("localizedText"));
    properties.set("thankYou", ref("localizedText"));
    properties.set("kind", ids(SurveyKind.values(), SurveyKind::id));
    properties.set("channel", ids(Channel.values(), Channel::id));
    ObjectNode questions = properties.putObject("questions");
    questions.put("type", "array");
    questions.put("minItems", 1);
    questions.set("items", ref("question"));
    ObjectNode routing = properties.putObject("routing");
    routing.put("type", "array");
    routing.set("items", ref("routingRule"));
    required(schema, "formatVersion", "id", "version", "defaultLocale", "title", "kind",
        "questions");
    schema.put("additionalProperties", false);
    ObjectNode defs = commonDefinitions(schema);
    defs.set("question", questionDefinition());
    defs.set("routingRule", routingRule());
    conditionDefinitions(defs, false);
    return schema;
  }

  /**
   * The schema of one condition over any operand kinds, as {@link SurveyJson#readCondition(String)}
   * reads it and cx-journey uses it: a comparison has exactly one member that is not one of {@link
   * Operand#RESERVED}, named like an operand kind ({@code answer}, {@code attribute}), whose value is
   * the operand's name. The survey schema narrows the operand to {@code answer}.
   *
   * @return the schema of a condition object
   */
  public ObjectNode condition() {
    ObjectNode schema = root("cxkit condition");
    schema.put("$ref", "#/$defs/condition");
    ObjectNode defs = schema.putObject("$defs");
    ObjectNode id = defs.putObject("id");
    id.put("type", "string");
    id.put("pattern", Ids.ID_REGEX);
    conditionDefinitions(defs, true);
    return schema;
  }

  /** The regular expression of an operand kind that is not a reserved member name. */
  static String operandKindRegex() {
    // Only the reserved names that the kind's own pattern would match need excluding.
    List<String> names = new ArrayList<>();
    for (String reserved : new TreeSet<>(Operand.RESERVED)) {
      if (reserved.matches(Ids.OPERAND_KIND_REGEX)) {
        names.add(reserved);
      }
    }
    return "^(?!(" + String.join("|", names) + ")$)" + Ids.OPERAND_KIND_REGEX.substring(1);
  }

  private static ObjectNode routingRule() {
    ObjectNode rule = NODES.objectNode();
    rule.put("type", "object");
    ObjectNode properties = rule.putObject("properties");
    properties.set("after", ref("id"));
    properties.set("when", ref("condition"));
    properties.set("goTo", ref("id"));
    properties.putObject("endSurvey").put("const", true);
    required(rule, "after");
    ArrayNode destination = rule.putArray("oneOf");
    destination.addObject().putArray("required").add("goTo");
    destination.addObject().putArray("required").add("endSurvey");
    rule.put("additionalProperties", false);
    return rule;
  }

  /**
   * Adds {@code condition}, {@code comparison} and {@code conditionValue} to {@code defs}.
   *
   * @param openOperands whether any operand kind may stand in a comparison, or {@code answer} only
   */
  private static void conditionDefinitions(ObjectNode defs, boolean openOperands) {
    ObjectNode condition = defs.putObject("condition");
    ArrayNode shapes = condition.putArray("oneOf");
    for (String combination : List.of("allOf", "anyOf")) {
      ObjectNode all = shapes.addObject();
      all.put("type", "object");
      ObjectNode parts = all.putObject("properties").putObject(combination);
      parts.put("type", "array");
      parts.put("minItems", 1);
      parts.set("items", ref("condition"));
      required(all, combination);
      all.put("additionalProperties", false);
    }
    ObjectNode not = shapes.addObject();
    not.put("type", "object");
    not.putObject("properties").set("not", ref("condition"));
    required(not, "not");
    not.put("additionalProperties", false);
    shapes.add(ref("comparison"));

    ObjectNode comparison = defs.putObject("comparison");
    comparison.put("type", "object");
    ObjectNode properties = comparison.putObject("properties");
    if (!openOperands) {
      properties.set(Operand.ANSWER, ref("id"));
    }
    ObjectNode operator = properties.putObject("operator");
    ArrayNode operators = operator.putArray("enum");
    for (ConditionOperator op : ConditionOperator.values()) {
      operators.add(op.id());
    }
    properties.set("value", ref("conditionValue"));
    ObjectNode values = properties.putObject("values");
    values.put("type", "array");
    values.put("minItems", 1);
    values.set("items", ref("conditionValue"));
    properties.putObject("min").put("type", "number");
    properties.putObject("max").put("type", "number");
    if (openOperands) {
      comparison.putObject("patternProperties").set(operandKindRegex(), ref("id"));
      required(comparison, "operator");
      // At least one operand: not every member name is a reserved one. At most one: each operator
      // below fixes how many members there are besides it.
      ArrayNode reserved = comparison.putObject("not").putObject("propertyNames").putArray("enum");
      for (String name : new TreeSet<>(Operand.RESERVED)) {
        reserved.add(name);
      }
    } else {
      required(comparison, Operand.ANSWER, "operator");
    }
    comparison.put("additionalProperties", false);
    ArrayNode rules = comparison.putArray("allOf");
    for (ConditionOperator op : ConditionOperator.values()) {
      rules.add(operatorRule(op));
    }

    ObjectNode value = defs.putObject("conditionValue");
    value.putArray("type").add("number").add("string").add("boolean").add("array");
    value.putObject("items").put("type", "string");
  }

  /**
   * @return {@code if operator is op then} its argument members are required, the others absent,
   *     and the object holds nothing else but one operand
   */
  private static ObjectNode operatorRule(ConditionOperator op) {
    ObjectNode rule = NODES.objectNode();
    ObjectNode test = rule.putObject("if");
    test.putObject("properties").set("operator", constant(op.id()));
    test.putArray("required").add("operator");
    ObjectNode then = rule.putObject("then");
    List<String> taken = ConditionSerde.argumentMembers(op);
    ObjectNode properties = then.putObject("properties");
    for (String member : ConditionSerde.ARGUMENT_MEMBERS) {
      if (!taken.contains(member)) {
        properties.put(member, false);
      }
    }
    switch (op) {
      case GREATER_THAN:
      case LESS_THAN:
        properties.putObject("value").put("type", "number");
        break;
      case CONTAINS:
        properties.putObject("value").put("type", "string").put("minLength", 1);
        break;
      default:
        break;
    }
    if (!taken.isEmpty()) {
      ArrayNode required = then.putArray("required");
      for (String member : taken) {
        required.add(member);
      }
    }
    // The operand, the operator and the arguments: a second operand makes one member too many.
    then.put("maxProperties", 2 + taken.size());
    return rule;
  }

  /** @return the schema of a response document */
  public ObjectNode response() {
    ObjectNode schema = root("cxkit response");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("formatVersion", constant(DocumentDeserializer.FORMAT_VERSION));
    properties.set("id", ref("id"));
    properties.set("surveyId", ref("id"));
    properties.set("surveyVersion", positiveInteger());
    properties.set("respondent", respondent());
    ObjectNode submittedAt = properties.putObject("submittedAt");
    submittedAt.put("type", "string");
    submittedAt.put("format", "date-time");
    // "format" only annotates in draft 2020-12; the pattern asserts what Instant.parse needs: a
    // date, a time and a zone (Z or an offset). Dates such as 02-30 are left to reading.
    submittedAt.put("pattern", INSTANT_PATTERN);
    properties.set("status", ids(ResponseStatus.values(), ResponseStatus::id));
    properties.set("lastQuestionSeen", ref("id"));
    properties.set("context", context());
    ObjectNode answers = properties.putObject("answers");
    answers.put("type", "object");
    answers.set("propertyNames", ref("id"));
    answers.set("additionalProperties", ref("answer"));
    required(schema, "formatVersion", "id", "surveyId", "surveyVersion", "submittedAt", "status",
        "answers");
    schema.put("additionalProperties", false);
    // The status rules of Response: only a partial response names the last question seen, and it
    // must; a dismissed one holds no answers.
    ArrayNode rules = schema.putArray("allOf");
    ObjectNode lastSeen = NODES.objectNode();
    lastSeen.putArray("required").add("lastQuestionSeen");
    rules.add(whenStatus(ResponseStatus.PARTIAL, true, lastSeen));
    ObjectNode noLastSeen = NODES.objectNode();
    noLastSeen.set("not", lastSeen.deepCopy());
    rules.add(whenStatus(ResponseStatus.PARTIAL, false, noLastSeen));
    ObjectNode noAnswers = NODES.objectNode();
    noAnswers.putObject("properties").putObject("answers").put("maxProperties", 0);
    rules.add(whenStatus(ResponseStatus.DISMISSED, true, noAnswers));
    ObjectNode defs = commonDefinitions(schema);
    defs.set("answer", answerDefinition());
    return schema;
  }

  /** An ISO-8601 instant with a zone, as {@link java.time.Instant#parse} reads it. */
  static final String INSTANT_PATTERN = "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}"
      + ":[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)$";

  /**
   * @return {@code {"if": {status is (or is not) the given one}, "then": then}}
   */
  private static ObjectNode whenStatus(ResponseStatus status, boolean is, ObjectNode then) {
    ObjectNode rule = NODES.objectNode();
    ObjectNode condition = rule.putObject("if");
    ObjectNode constant = constant(status.id());
    ObjectNode test = NODES.objectNode();
    if (is) {
      test = constant;
    } else {
      test.set("not", constant);
    }
    condition.putObject("properties").set("status", test);
    condition.putArray("required").add("status");
    rule.set("then", then);
    return rule;
  }

  private static ObjectNode root(String title) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DRAFT_2020_12);
    schema.put("title", title);
    return schema;
  }

  private ObjectNode questionDefinition() {
    ObjectNode definition = NODES.objectNode();
    ArrayNode oneOf = definition.putArray("oneOf");
    for (QuestionType<?, ?> type : registry.types()) {
      oneOf.add(typed(type.id(), type.questionSchema()));
    }
    return definition;
  }

  private ObjectNode answerDefinition() {
    ObjectNode definition = NODES.objectNode();
    ArrayNode oneOf = definition.putArray("oneOf");
    for (QuestionType<?, ?> type : registry.types()) {
      oneOf.add(typed(type.id(), type.answerSchema()));
    }
    return definition;
  }

  /** @return a copy of a type's fragment with {@code "type": {"const": id}} first and required */
  private static ObjectNode typed(String typeId, ObjectNode fragment) {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("type", constant(typeId));
    ArrayNode required = schema.putArray("required");
    required.add("type");
    ObjectNode copy = fragment.deepCopy();
    for (Map.Entry<String, JsonNode> member : copy.properties()) {
      switch (member.getKey()) {
        case "properties":
          if (member.getValue().isObject()) {
            for (Map.Entry<String, JsonNode> property : member.getValue().properties()) {
              if (!property.getKey().equals("type")) {
                properties.set(property.getKey(), property.getValue());
              }
            }
          }
          break;
        case "required":
          for (JsonNode name : member.getValue()) {
            if (!name.asText().equals("type")) {
              required.add(name);
            }
          }
          break;
        default:
          schema.set(member.getKey(), member.getValue());
          break;
      }
    }
    return schema;
  }

  private static ObjectNode commonDefinitions(ObjectNode schema) {
    ObjectNode defs = schema.putObject("$defs");
    ObjectNode id = defs.putObject("id");
    id.put("type", "string");
    id.put("pattern", Ids.ID_REGEX);
    ObjectNode tag = defs.putObject("languageTag");
    tag.put("type", "string");
    tag.put("pattern", LANGUAGE_TAG_REGEX);
    ObjectNode text = defs.putObject("localizedText");
    text.put("type", "object");
    text.put("minProperties", 1);
    text.set("propertyNames", ref("languageTag"));
    ObjectNode value = text.putObject("additionalProperties");
    value.put("type", "string");
    value.put("pattern", "\\S");
    return defs;
  }

  private static ObjectNode respondent() {
    ObjectNode respondent = NODES.objectNode();
    respondent.put("type", "object");
    ObjectNode properties = respondent.putObject("properties");
    properties.set("id", ref("id"));
    properties.putObject("contactConsent").put("type", "boolean");
    ObjectNode contact = properties.putObject("contact");
    contact.put("type", "object");
    ObjectNode details = contact.putObject("properties");
    ObjectNode email = details.putObject("email");
    email.put("type", "string");
    email.put("pattern", "^[^@]+@.*[^@]$");
    details.putObject("name").put("type", "string");
    details.putObject("phone").put("type", "string");
    contact.put("minProperties", 1);
    contact.put("additionalProperties", false);
    required(respondent, "contactConsent");
    respondent.put("additionalProperties", false);
    // Contact details only with consent.
    ObjectNode consent = respondent.putObject("if");
    consent.putObject("properties").putObject("contactConsent").put("const", false);
    respondent.putObject("then").putObject("not").putArray("required").add("contact");
    return respondent;
  }

  private static ObjectNode context() {
    ObjectNode context = NODES.objectNode();
    context.put("type", "object");
    ObjectNode properties = context.putObject("properties");
    properties.set("touchpointId", ref("id"));
    properties.set("channel", ids(Channel.values(), Channel::id));
    properties.putObject("pageUrl").put("type", "string");
    properties.putObject("device").put("type", "string");
    properties.set("locale", ref("languageTag"));
    properties.putObject("variant").put("type", "string");
    ObjectNode attributes = properties.putObject("attributes");
    attributes.put("type", "object");
    ObjectNode names = attributes.putObject("propertyNames");
    names.put("pattern", "\\S");
    attributes.putObject("additionalProperties").put("type", "string");
    context.put("additionalProperties", false);
    return context;
  }

  private static ObjectNode ref(String definition) {
    return NODES.objectNode().put("$ref", "#/$defs/" + definition);
  }

  private static ObjectNode constant(String value) {
    return NODES.objectNode().put("const", value);
  }

  private static ObjectNode constant(int value) {
    return NODES.objectNode().put("const", value);
  }

  private static ObjectNode positiveInteger() {
    return NODES.objectNode().put("type", "integer").put("minimum", 1)
        .put("maximum", Integer.MAX_VALUE);
  }

  private static <E extends Enum<E>> ObjectNode ids(E[] constants, Function<E, String> id) {
    ObjectNode schema = NODES.objectNode();
    ArrayNode values = schema.putArray("enum");
    for (E constant : constants) {
      values.add(id.apply(constant));
    }
    return schema;
  }

  private static void required(ObjectNode schema, String... members) {
    ArrayNode required = schema.putArray("required");
    for (String member : members) {
      required.add(member);
    }
  }
}
