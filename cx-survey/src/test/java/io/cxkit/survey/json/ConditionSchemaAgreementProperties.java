package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.cxkit.core.CxException;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.InvalidConditionException;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The schemas and the reader agree on conditions: documents shaped like conditions, valid ones and
 * ones broken in one or a few places (a member missing, one too many, a wrong JSON type, an unknown
 * operator, a malformed name, a second operand, an empty combination), are accepted by {@link
 * SurveySchema#condition()} exactly when {@link SurveyJson#readCondition(String)} reads them, and
 * by the survey schema's condition exactly when they are read and compare answers only.
 *
 * <p>The known gap, which JSON Schema cannot express and the {@link SurveySchema} javadoc names, is
 * left out: {@code in-range} with min above max (schema yes, reader no). The generator draws no
 * numbers beyond a double, texts with unpaired surrogates or duplicate members, the other gaps.
 */
class ConditionSchemaAgreementProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final SurveyJson JSON = SurveyJson.standard();
  private static final SurveySchema SCHEMAS = SurveySchema.of(JSON.registry());
  private static final Schema OPEN = SchemaValidation.compile(SCHEMAS.condition());
  private static final Schema SURVEYS = SchemaValidation.compile(ConditionJsonProperties.surveysCondition());

  private static final List<String> OPERATORS = List.of("equals", "one-of", "in-range",
      "greater-than", "less-than", "is-answered", "is-skipped", "contains");
  private static final List<String> MEMBERS = List.of("allOf", "anyOf", "not", "operator", "value",
      "values", "min", "max", "answer", "attribute", "event-count", "Answer", "x y", "allof");

  @Property(tries = 3000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void theSchemasAcceptExactlyWhatTheReaderReads(@ForAll Random random) {
    String document = condition(random, 3).toString();
    Condition read = null;
    String refusal = null;
    try {
      read = JSON.readCondition(document);
    } catch (CxException e) {
      refusal = e.getMessage();
      if (e instanceof InvalidConditionException && refusal.contains(": must be ≤ max ")) {
        return; // the known gap: JSON Schema cannot compare min with max
      }
    }
    List<String> open = SchemaValidation.errors(OPEN, document);
    List<String> survey = SchemaValidation.errors(SURVEYS, document);
    boolean onlyAnswers = read != null
        && read.comparisons().stream().allMatch(c -> c.operand().isAnswer());

    assertThat(open.isEmpty()).as("%s: reader %s, condition schema %s", document,
        refusal == null ? "reads it" : refusal, open).isEqualTo(read != null);
    assertThat(survey.isEmpty()).as("%s: reader %s, survey schema %s", document,
        refusal == null ? "reads it" : refusal, survey).isEqualTo(onlyAnswers);

    // Both outcomes are drawn often, so the agreement is not that of refusing everything.
    Statistics.label("read").collect(read != null);
    Statistics.label("read").coverage(coverage -> {
      coverage.check(true).percentage(p -> p > 15);
      coverage.check(false).percentage(p -> p > 15);
    });
  }

  /** A condition-shaped object: most often a comparison, otherwise a combination. */
  private static ObjectNode condition(Random random, int depth) {
    ObjectNode node = depth > 0 && random.nextInt(3) == 0 ? combination(random, depth)
        : comparison(random);
    // A few objects get one member too many or too few.
    int change = random.nextInt(12);
    if (change == 0) {
      node.set(pick(random, MEMBERS), value(random, depth - 1));
    } else if (change == 1 && node.size() > 0) {
      node.remove(List.copyOf(node.properties()).get(random.nextInt(node.size())).getKey());
    }
    return node;
  }

  private static ObjectNode combination(Random random, int depth) {
    ObjectNode node = NODES.objectNode();
    int shape = random.nextInt(3);
    if (shape == 2) {
      node.set("not", random.nextInt(10) == 0 ? value(random, depth - 1) : condition(random, depth - 1));
      return node;
    }
    ArrayNode parts = node.putArray(shape == 0 ? "allOf" : "anyOf");
    int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      parts.add(random.nextInt(15) == 0 ? value(random, depth - 1) : condition(random, depth - 1));
    }
    return node;
  }

  private static ObjectNode comparison(Random random) {
    ObjectNode node = NODES.objectNode();
    int operand = random.nextInt(10);
    String kind = operand < 6 ? "answer" : operand < 8 ? "attribute" : pick(random,
        List.of("event-count", "Answer", "x y", "min", "allof", "a".repeat(33)));
    int name = random.nextInt(12);
    node.set(kind, name == 0 ? NODES.textNode("q r") : name == 1 ? NODES.numberNode(3)
        : name == 2 ? NODES.textNode("") : NODES.textNode(pick(random, List.of("q", "nps", "a.b-c_1"))));
    String operator = random.nextInt(15) == 0 ? "more" : pick(random, OPERATORS);
    node.set("operator", random.nextInt(20) == 0 ? NODES.numberNode(1) : NODES.textNode(operator));
    switch (operator) {
      case "equals":
        node.set("value", value(random, 1));
        break;
      case "one-of": {
        if (random.nextInt(8) == 0) {
          node.set("values", value(random, 1));
        } else {
          ArrayNode values = node.putArray("values");
          int count = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
          for (int i = 0; i < count; i++) {
            values.add(value(random, 1));
          }
        }
        break;
      }
      case "in-range":
        node.set("min", random.nextInt(5) == 0 ? value(random, 0) : number(random));
        node.set("max", random.nextInt(5) == 0 ? value(random, 0) : number(random));
        break;
      case "greater-than":
      case "less-than":
        node.set("value", random.nextInt(4) == 0 ? value(random, 0) : number(random));
        break;
      case "contains":
        node.set("value", random.nextInt(4) == 0 ? value(random, 0)
            : NODES.textNode(pick(random, List.of("slow", "price", "", " "))));
        break;
      default:
        if (random.nextInt(5) == 0) {
          node.set(pick(random, List.of("value", "values", "min")), value(random, 0));
        }
        break;
    }
    return node;
  }

  private static JsonNode number(Random random) {
    return random.nextBoolean() ? NODES.numberNode(random.nextInt(16) - 3)
        : NODES.numberNode(Math.round(random.nextDouble() * 200 - 50) / 8.0);
  }

  /** Any JSON value: numbers, texts, flags, null, arrays (of codes or mixed) and objects. */
  private static JsonNode value(Random random, int depth) {
    switch (random.nextInt(10)) {
      case 0:
      case 1:
        return number(random);
      case 2:
      case 3:
        return NODES.textNode(pick(random, List.of("fully", "price", "", "9", "other")));
      case 4:
        return NODES.booleanNode(random.nextBoolean());
      case 5:
        return NODES.nullNode();
      case 6:
      case 7: {
        ArrayNode array = NODES.arrayNode();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
          array.add(random.nextInt(6) == 0 && depth > 0 ? value(random, depth - 1)
              : NODES.textNode(pick(random, List.of("a", "b", "price", ""))));
        }
        return array;
      }
      case 8:
        return NODES.objectNode();
      default:
        return depth > 0 ? condition(random, depth - 1) : NODES.objectNode().put("a", 1);
    }
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
