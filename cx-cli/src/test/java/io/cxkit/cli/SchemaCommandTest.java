package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
  /** The nine built-in question types' ids (cx-survey's *QuestionType.ID constants). */
  private static final List<String> BUILT_IN = List.of("nps", "csat", "ces", "rating",
      "goal_completion", "single_choice", "multiple_choice", "open_text", "contact_consent");

  @Test
  void theSurveySchemaIsTheDefaultAndNamesEveryBuiltInType() throws Exception {
    CxRun.Result r = CxRun.run("schema");
    assertThat(r.code()).as(r.toString()).isEqualTo(0);
    JsonNode schema = new ObjectMapper().readTree(r.out());
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("title").asText()).isEqualTo("cxkit survey");
    assertThat(typeIds(schema)).containsAll(BUILT_IN);
    assertThat(CxRun.run("schema", "survey").out()).isEqualTo(r.out());
  }

  @Test
  void theResponseSchemaNamesEveryBuiltInAnswerType() throws Exception {
    CxRun.Result r = CxRun.run("schema", "response");
    assertThat(r.code()).isEqualTo(0);
    JsonNode schema = new ObjectMapper().readTree(r.out());
    assertThat(schema.path("title").asText()).isEqualTo("cxkit response");
    assertThat(typeIds(schema)).containsAll(BUILT_IN);
  }

  @Test
  void theOutputUsesLineFeedsOnly() {
    assertThat(CxRun.run("schema").out()).doesNotContain("\r").endsWith("}\n");
  }

  @Test
  void anUnknownKindIsAUsageError() {
    CxRun.Result r = CxRun.run("schema", "persona");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'persona' must be survey or response");
  }

  /** Every {@code "type": {"const": …}} in the schema: the question and answer type ids. */
  private static List<String> typeIds(JsonNode node) {
    List<String> ids = new ArrayList<>();
    collect(node, ids);
    return ids;
  }

  private static void collect(JsonNode node, List<String> ids) {
    if (node.isObject()) {
      JsonNode type = node.path("properties").path("type").path("const");
      if (type.isTextual()) {
        ids.add(type.asText());
      }
      node.forEach(child -> collect(child, ids));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, ids));
    }
  }
}
