package io.cxkit.journey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.journey.profile.Segment;
import io.cxkit.journey.profile.Segmentation;
import io.cxkit.survey.json.SurveyJsonException;
import org.junit.jupiter.api.Test;

class SegmentationJsonTest {
  private final JourneyJson json = JourneyJson.standard();

  @Test
  void byAttributeRoundTrips() {
    Segmentation byCountry = Segmentation.byAttribute("country");
    Segmentation byOrders = Segmentation.byAttribute("orders", 1, 5, 12.5);

    assertThat(json.writeSegmentation(byCountry))
        .isEqualTo("{\"formatVersion\":1,\"attribute\":\"country\"}");
    assertThat(json.writeSegmentation(byOrders))
        .isEqualTo("{\"formatVersion\":1,\"attribute\":\"orders\",\"cuts\":[1,5,12.5]}");
    assertThat(json.readSegmentation(json.writeSegmentation(byCountry))).isEqualTo(byCountry);
    assertThat(json.readSegmentation(json.writeSegmentation(byOrders))).isEqualTo(byOrders);
  }

  @Test
  void byRulesRoundTrips() {
    Segmentation rules = Segmentation.byRules(
        new Segment("new", ProfileFacts.daysSince("signed-up").lessThan(90)),
        new Segment("de", ProfileFacts.attribute("country").equalTo("DE")));

    String written = json.writeSegmentation(rules);

    assertThat(written).isEqualTo("{\"formatVersion\":1,\"segments\":[{\"id\":\"new\",\"rule\":"
        + "{\"days-since\":\"signed-up\",\"operator\":\"less-than\",\"value\":90}},{\"id\":\"de\","
        + "\"rule\":{\"attribute\":\"country\",\"operator\":\"equals\",\"value\":\"DE\"}}]}");
    assertThat(json.readSegmentation(written)).isEqualTo(rules);
  }

  @Test
  void badSegmentationsAreRefused() {
    assertThatThrownBy(() -> json.readSegmentation("{\"formatVersion\":1,\"attribute\":\"a\","
        + "\"segments\":[]}"))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.segments");
          assertThat(e.problem()).contains("not both");
        });
    assertThatThrownBy(() -> json.readSegmentation("{\"formatVersion\":1}"))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("is missing");
    assertThatThrownBy(() -> json.readSegmentation("{\"formatVersion\":1,\"attribute\":\"orders\","
        + "\"cuts\":[5,1]}"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("$.cuts[1] = 1");
    assertThatThrownBy(() -> json.readSegmentation("{\"formatVersion\":1,\"attribute\":\"orders\","
        + "\"cuts\":[\"5\"]}"))
        .isInstanceOfSatisfying(SurveyJsonException.class,
            e -> assertThat(e.path()).isEqualTo("$.cuts[0]"));
    assertThatThrownBy(() -> json.readSegmentation("{\"formatVersion\":1,\"segments\":["
        + "{\"id\":\"a\",\"rule\":{\"attribute\":\"x\",\"operator\":\"is-answered\"}},"
        + "{\"id\":\"a\",\"rule\":{\"attribute\":\"y\",\"operator\":\"is-answered\"}}]}"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("$.segments[1].id = \"a\"");
  }
}
