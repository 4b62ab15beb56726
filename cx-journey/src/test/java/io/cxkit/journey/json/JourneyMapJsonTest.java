package io.cxkit.journey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.survey.Channel;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JourneyMapJsonTest {
  private final JourneyJson json = JourneyJson.standard();

  static String fixture(String name) throws IOException {
    try (InputStream in = JourneyMapJsonTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theGoldenFixtureIsTheEcommerceTemplate() throws IOException {
    String golden = fixture("ecommerce-map.json");

    assertThat(json.readMap(golden)).isEqualTo(JourneyMap.ecommerce());
    // Written on one line, it is the same JSON as the fixture, member for member, in order.
    ObjectMapper plain = new ObjectMapper();
    assertThat(json.writeMap(JourneyMap.ecommerce()))
        .isEqualTo(plain.writeValueAsString(plain.readTree(golden)));
  }

  @Test
  void aMapWithSurveysRoundTrips() {
    JourneyMap map = JourneyMap.builder("shop", "Shop").stage("buy", "Buy")
        .touchpoint("cart", "Cart", "buy", Channel.MOBILE_WEB, "exit-feedback", "csat")
        .build();

    String written = json.writeMap(map);

    assertThat(written).isEqualTo("{\"formatVersion\":1,\"id\":\"shop\",\"name\":\"Shop\","
        + "\"stages\":[{\"id\":\"buy\",\"name\":\"Buy\"}],\"touchpoints\":[{\"id\":\"cart\","
        + "\"name\":\"Cart\",\"stageId\":\"buy\",\"channel\":\"mobile-web\","
        + "\"surveyIds\":[\"exit-feedback\",\"csat\"]}]}");
    assertThat(json.readMap(written)).isEqualTo(map);
    assertThat(json.readMap(new StringReader(written))).isEqualTo(map);
    assertThat(json.readMap(new ByteArrayInputStream(("\uFEFF" + written)
        .getBytes(StandardCharsets.UTF_8)))).isEqualTo(map);
  }

  private static final String STAGES = "\"formatVersion\":1,\"id\":\"m\",\"name\":\"M\","
      + "\"stages\":[{\"id\":\"s\",\"name\":\"S\"}],";

  @Test
  void aMissingStageIsReportedAtItsJsonPath() {
    String doc = "{" + STAGES + "\"touchpoints\":[{\"id\":\"a\",\"name\":\"A\",\"stageId\":\"s\","
        + "\"channel\":\"web\"},{\"id\":\"b\",\"name\":\"B\",\"stageId\":\"t\",\"channel\":\"web\"}]}";

    assertThatThrownBy(() -> json.readMap(doc))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("$.touchpoints[1].stageId = \"t\"")
        .hasMessageContaining("must name a stage of the map");
  }

  @Test
  void aDuplicateTouchpointIdIsReportedAtItsJsonPath() {
    String doc = "{" + STAGES + "\"touchpoints\":[{\"id\":\"a\",\"name\":\"A\",\"stageId\":\"s\","
        + "\"channel\":\"web\"},{\"id\":\"a\",\"name\":\"B\",\"stageId\":\"s\",\"channel\":\"app\"}]}";

    assertThatThrownBy(() -> json.readMap(doc))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("$.touchpoints[1].id = \"a\"")
        .hasMessageContaining("duplicates the id of touchpoints[0]");
  }

  @Test
  void aBlankStageNameIsReportedUnderTheStage() {
    String doc = "{\"formatVersion\":1,\"id\":\"m\",\"name\":\"M\",\"stages\":[{\"id\":\"s\","
        + "\"name\":\" \"}],\"touchpoints\":[]}";

    assertThatThrownBy(() -> json.readMap(doc))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("$.stages[0].name");
  }

  @Test
  void anUnknownMemberIsRefusedWithLineAndColumn() {
    String doc = "{\n  \"formatVersion\": 1,\n  \"id\": \"m\",\n  \"colour\": \"red\"\n}";

    assertThatThrownBy(() -> json.readMap(doc))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.colour");
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.column()).isEqualTo(3);
          assertThat(e.problem()).startsWith("unknown member \"colour\"; known members are"
              + " \"formatVersion\", \"id\"");
        });
  }

  @Test
  void aWrongTypeIsRefused() {
    String doc = "{" + STAGES + "\"touchpoints\":[{\"id\":\"a\",\"name\":7,\"stageId\":\"s\","
        + "\"channel\":\"web\"}]}";

    assertThatThrownBy(() -> json.readMap(doc))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.touchpoints[0].name");
          assertThat(e.problem()).isEqualTo("expected a string, found an integer");
          assertThat(e.line()).isEqualTo(1);
        });
  }

  @Test
  void aMissingMemberIsRefused() {
    String doc = "{" + STAGES + "\"touchpoints\":[{\"id\":\"a\",\"name\":\"A\",\"stageId\":\"s\"}]}";

    assertThatThrownBy(() -> json.readMap(doc))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.touchpoints[0]");
          assertThat(e.problem()).isEqualTo("member \"channel\" is missing");
        });
    assertThatThrownBy(() -> json.readMap("{\"id\":\"m\",\"name\":\"M\",\"stages\":[],"
        + "\"touchpoints\":[]}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("\"formatVersion\" is missing");
  }

  @Test
  void anUnknownChannelNamesTheValidIds() {
    String doc = "{" + STAGES + "\"touchpoints\":[{\"id\":\"a\",\"name\":\"A\",\"stageId\":\"s\","
        + "\"channel\":\"fax\"}]}";

    assertThatThrownBy(() -> json.readMap(doc))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.touchpoints[0].channel");
          assertThat(e.problem()).startsWith("\"fax\" is not a channel id; must be one of \"web\"");
        });
  }

  @Test
  void malformedAndDuplicateAndTrailingInputIsRefused() {
    assertThatThrownBy(() -> json.readMap("{\"formatVersion\":1,\"id\":\"m\",}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> json.readMap("{\"formatVersion\":1,\"id\":\"m\",\"id\":\"n\"}"))
        .isInstanceOfSatisfying(SurveyJsonException.class,
            e -> assertThat(e.problem()).isEqualTo("member \"id\" is given twice"));
    assertThatThrownBy(() -> json.readMap(json.writeMap(JourneyMap.ecommerce()) + " {}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("unexpected content after the end");
    assertThatThrownBy(() -> json.readMap(""))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("the document is empty");
    assertThatThrownBy(() -> json.readMap("[]"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("expected a journey map document as a JSON object, found an array");
  }

  @Test
  void anUnsupportedFormatVersionIsRefused() {
    assertThatThrownBy(() -> json.readMap("{\"formatVersion\":2}"))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.formatVersion");
          assertThat(e.problem()).contains("unsupported format version 2");
        });
  }
}
