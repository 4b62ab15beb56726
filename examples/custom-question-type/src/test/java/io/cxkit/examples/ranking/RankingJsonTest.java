package io.cxkit.examples.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A survey and a response that mix a built-in type with the ranking type go through {@link
 * SurveyJson#standard()}, which knows the ranking type only because ServiceLoader found it.
 */
class RankingJsonTest {

  private static final SurveyJson JSON = SurveyJson.standard();

  private static final RankingQuestion FEATURES = new RankingQuestion("features",
      LocalizedText.of("en", "Rank these features").and("ru", "Расставьте функции по порядку"), true,
      List.of(RankingOption.of("search", "Search"), RankingOption.of("wishlist", "Wish list"),
          RankingOption.of("reviews", "Reviews")));

  private static final Survey SURVEY = Survey.builder("feature-poll")
      .version(2)
      .title(LocalizedText.of("en", "Our shop"))
      .kind(SurveyKind.PRODUCT)
      .question(new NpsQuestion("nps", LocalizedText.of("en", "How likely are you to recommend us?"), true,
          NpsVariant.STANDARD, null, null))
      .question(FEATURES)
      .build();

  private static final Response RESPONSE = Response.builder("r-1", "feature-poll", 2)
      .submittedAt(Instant.parse("2026-11-30T10:15:00Z"))
      .answer("nps", new NpsAnswer(9))
      .answer("features", RankingAnswer.of("reviews", "search", "wishlist"))
      .build();

  /** The document a team would write by hand, in the shape of common survey documents. */
  private static final String SURVEY_DOCUMENT = """
      {"formatVersion": 1, "id": "feature-poll", "version": 2, "defaultLocale": "en",
       "title": {"en": "Our shop"}, "kind": "product",
       "questions": [
         {"type": "nps", "id": "nps", "text": {"en": "How likely are you to recommend us?"},
          "required": true, "variant": "standard"},
         {"type": "ranking", "id": "features",
          "text": {"en": "Rank these features", "ru": "Расставьте функции по порядку"}, "required": true,
          "options": [{"code": "search", "label": {"en": "Search"}},
                      {"code": "wishlist", "label": {"en": "Wish list"}},
                      {"code": "reviews", "label": {"en": "Reviews"}}]}]}
      """;

  private static final String RESPONSE_DOCUMENT = """
      {"formatVersion": 1, "id": "r-1", "surveyId": "feature-poll", "surveyVersion": 2,
       "submittedAt": "2026-11-30T10:15:00Z", "status": "completed",
       "answers": {"nps": {"type": "nps", "score": 9},
                   "features": {"type": "ranking", "ranking": ["reviews", "search", "wishlist"]}}}
      """;

  @Test
  void aHandWrittenSurveyReadsAsTheBuiltOne() {
    assertThat(JSON.readSurvey(SURVEY_DOCUMENT)).isEqualTo(SURVEY);
  }

  @Test
  void aHandWrittenResponseReadsAsTheBuiltOne() {
    assertThat(JSON.readResponse(RESPONSE_DOCUMENT)).isEqualTo(RESPONSE);
  }

  @Test
  void surveyRoundTripsAndNamesTheTypeById() throws IOException {
    String written = JSON.writeSurvey(SURVEY);

    assertThat(JSON.readSurvey(written)).isEqualTo(SURVEY);
    JsonNode ranking = JSON.mapper().readTree(written).path("questions").path(1);
    assertThat(ranking).isEqualTo(JSON.mapper().readTree(SURVEY_DOCUMENT).path("questions").path(1));
    assertThat(written).doesNotContain(RankingQuestion.class.getName());
  }

  @Test
  void responseRoundTripsAndNamesTheTypeById() throws IOException {
    String written = JSON.writeResponse(RESPONSE);

    assertThat(JSON.readResponse(written)).isEqualTo(RESPONSE);
    assertThat(JSON.mapper().readTree(written).path("answers").path("features"))
        .isEqualTo(JSON.mapper().readTree("{\"type\": \"ranking\", \"ranking\": [\"reviews\", \"search\", \"wishlist\"]}"));
  }
}
