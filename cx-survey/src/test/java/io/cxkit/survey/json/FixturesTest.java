package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.types.BuiltInTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One hand-written fixture pair per built-in type in {@code src/test/resources/fixtures}: a survey
 * using the type and a response answering it. Each must read, write back byte for byte once the
 * fixture's layout is normalised (compact, members in the order written), and validate against
 * the generated schema; the response's answers must be valid for the survey's questions.
 */
class FixturesTest {
  private static final SurveyJson JSON = SurveyJson.standard();
  private static final QuestionTypeRegistry TYPES = JSON.registry();
  private static final Schema SURVEY_SCHEMA = SchemaValidation.compile(SurveySchema.of(TYPES).survey());
  private static final Schema RESPONSE_SCHEMA =
      SchemaValidation.compile(SurveySchema.of(TYPES).response());

  static Stream<String> builtInIds() {
    return BuiltInTypes.all().stream().map(QuestionType::id);
  }

  static String fixture(String name) {
    try (InputStream in = FixturesTest.class.getResourceAsStream("/fixtures/" + name)) {
      assertThat(in).as("fixture " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the document compact, members and array items in their order: how Jackson writes it */
  static String normalised(String json) {
    try {
      return new ObjectMapper().readTree(json).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyBuiltInTypeIsInTheStandardRegistry() {
    assertThat(TYPES.ids()).containsAll(builtInIds().toList());
  }

  @ParameterizedTest
  @MethodSource("builtInIds")
  void surveyFixtureReadsRoundTripsAndValidates(String typeId) {
    String text = fixture(typeId + ".survey.json");

    Survey survey = JSON.readSurvey(text);
    String written = JSON.writeSurvey(survey);

    assertThat(survey.questions()).extracting(q -> TYPES.typeOf(q).id()).contains(typeId);
    assertThat(written).isEqualTo(normalised(text));
    assertThat(JSON.readSurvey(written)).isEqualTo(survey);
    assertThat(SchemaValidation.errors(SURVEY_SCHEMA, text)).isEmpty();
    for (Question question : survey.questions()) {
      assertThat(JSON.readQuestion(JSON.writeQuestion(question))).isEqualTo(question);
    }
  }

  @ParameterizedTest
  @MethodSource("builtInIds")
  void responseFixtureReadsRoundTripsValidatesAndFitsItsSurvey(String typeId) {
    Survey survey = JSON.readSurvey(fixture(typeId + ".survey.json"));
    String text = fixture(typeId + ".response.json");

    Response response = JSON.readResponse(text);
    String written = JSON.writeResponse(response);

    assertThat(response.surveyId()).isEqualTo(survey.id());
    assertThat(response.answers().values()).extracting(a -> TYPES.typeOf(a).id()).contains(typeId);
    assertThat(written).isEqualTo(normalised(text));
    assertThat(JSON.readResponse(written)).isEqualTo(response);
    assertThat(SchemaValidation.errors(RESPONSE_SCHEMA, text)).isEmpty();
    for (Map.Entry<String, Answer> answer : response.answers().entrySet()) {
      Question question = survey.question(answer.getKey()).orElseThrow();
      assertThat(TYPES.validate(question, answer.getValue())).as(answer.getKey()).isEmpty();
      assertThat(JSON.readAnswer(JSON.writeAnswer(answer.getValue()))).isEqualTo(answer.getValue());
    }
  }
}
