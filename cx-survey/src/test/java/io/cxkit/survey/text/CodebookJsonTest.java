package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.survey.json.SurveyJsonException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CodebookJsonTest {

  @Test
  void ecommerceCodebookRoundTrips() {
    String json = CodebookJson.write(Codebook.ecommerce());
    assertThat(CodebookJson.read(json)).isEqualTo(Codebook.ecommerce());
    assertThat(CodebookJson.read(new StringReader(json))).isEqualTo(Codebook.ecommerce());
    assertThat(CodebookJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(Codebook.ecommerce());
    assertThat(json).startsWith("{\n  \"formatVersion\" : 1,").contains("\"送货\"").endsWith("}\n");
  }

  @Test
  void aLeadingByteOrderMarkIsSkippedAsInEveryCxkitReader() {
    // U+FEFF before the document, as an editor saves it (RFC 8259 §8.1), reads as without it.
    String json = "\uFEFF" + CodebookJson.write(Codebook.ecommerce());
    assertThat(CodebookJson.read(json)).isEqualTo(Codebook.ecommerce());
    assertThat(CodebookJson.read(new StringReader(json))).isEqualTo(Codebook.ecommerce());
  }

  @Test
  void readsTheDocumentedForm() {
    Codebook codebook = CodebookJson.read("""
        {"formatVersion": 1, "themes": [
          {"id": "availability", "label": "Availability",
           "keywords": {"en": ["out of stock"], "zh": ["缺货"]}}]}
        """);
    assertThat(codebook.theme("availability").keywords("en")).containsExactly("out of stock");
    assertThat(codebook.tag("Sadly out of stock", java.util.Locale.ENGLISH)).containsExactly("availability");
  }

  @Test
  void duplicateThemeIdNamesPathAndLine() {
    String json = """
        {"formatVersion": 1, "themes": [
          {"id": "price", "label": "Price", "keywords": {"en": ["price"]}},
          {"id": "price", "label": "Cost", "keywords": {"en": ["cost"]}}
        ]}""";
    // The second id's value starts at line 3, column 10.
    assertThatThrownBy(() -> CodebookJson.read(json))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.themes[1].id");
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(10);
        })
        .hasMessage("$.themes[1].id (line 3, column 10): \"price\": theme ids must be unique; "
            + "theme 0 has it already");
  }

  @Test
  void emptyKeywordNamesItsElement() {
    String json = """
        {"formatVersion": 1, "themes": [
          {"id": "price", "label": "Price", "keywords": {"en": ["price", ""]}}]}""";
    assertThatThrownBy(() -> CodebookJson.read(json))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.themes[0].keywords.en[1] (line 2, column 66): \"\": a keyword must not be blank");
  }

  @Test
  void unknownLanguageTagNamesItsMember() {
    String json = """
        {"formatVersion": 1, "themes": [
          {"id": "price", "label": "Price", "keywords": {"english": ["price"]}}]}""";
    assertThatThrownBy(() -> CodebookJson.read(json))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.themes[0].keywords.english");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.problem()).startsWith("unknown language tag \"english\"");
        });
  }

  @Test
  void malformedJsonNamesWhereItBroke() {
    // The missing comma after "Price" is found at the next member name, line 2.
    String json = "{\"formatVersion\": 1, \"themes\": [{\"id\": \"price\", \"label\": \"Price\"\n"
        + "  \"keywords\": {}}]}";
    assertThatThrownBy(() -> CodebookJson.read(json))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.path()).isEqualTo("$.themes[0].label");
          assertThat(e.problem()).startsWith("malformed JSON: ");
        });
    assertThatThrownBy(() -> CodebookJson.read("{\"formatVersion\": 1, \"themes\": ["))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("malformed JSON");
  }

  @Test
  void strictAboutMembersTypesAndFormat() {
    assertThatThrownBy(() -> CodebookJson.read(
        "{\"themes\": [{\"id\": \"p\", \"label\": \"P\", \"keywords\": {\"en\": [\"p\"]}}]}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("missing member \"formatVersion\"");
    assertThatThrownBy(() -> CodebookJson.read("{\"formatVersion\": 2, \"themes\": []}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageStartingWith("$.formatVersion (line 1, column 19)");
    assertThatThrownBy(() -> CodebookJson.read("{\"formatVersion\": 1, \"themes\": []}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("at least one theme");
    assertThatThrownBy(() -> CodebookJson.read("{\"formatVersion\": 1, \"formatVersion\": 1}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.formatVersion").hasMessageContaining("twice");
    assertThatThrownBy(() -> CodebookJson.read("{\"formatVersion\": 1, \"colour\": 1}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.colour").hasMessageContaining("unknown member");
    assertThatThrownBy(() -> CodebookJson.read(
        "{\"formatVersion\": 1, \"themes\": [{\"id\": 7, \"label\": \"x\", \"keywords\": {}}]}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.themes[0].id")
        .hasMessageContaining("must be a string, found a number");
    assertThatThrownBy(() -> CodebookJson.read(
        "{\"formatVersion\": 1, \"themes\": [{\"id\": \"p\", \"label\": \"x\", \"keywords\": {\"en\": []}}]}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.themes[0].keywords.en")
        .hasMessageContaining("at least one keyword");
    assertThatThrownBy(() -> CodebookJson.read(
        "{\"formatVersion\": 1, \"themes\": [{\"id\": \"p\", \"keywords\": {\"en\": [\"p\"]}}]}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("missing member \"label\"");
    assertThatThrownBy(() -> CodebookJson.read(
        "{\"formatVersion\": 1, \"themes\": [{\"id\": \"p\", \"label\": \"P\", \"keywords\": {\"en\": [\"p\", \"P\"]}}]}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.themes[0]")
        .hasMessageContaining("repeats an earlier keyword");
    assertThatThrownBy(() -> CodebookJson.read("[]"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("must be a JSON object");
    assertThatThrownBy(() -> CodebookJson.read(""))
        .isInstanceOf(SurveyJsonException.class);
    assertThatThrownBy(() -> CodebookJson.read(CodebookJson.write(Codebook.ecommerce()) + "{}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("content after the codebook");
  }
}
