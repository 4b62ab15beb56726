package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Question;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.core.CxException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated surveys and responses of the built-in types round-trip exactly through JSON (equal
 * values, and the same text when written again), and what is written validates against the
 * generated schemas.
 */
class SurveyJsonProperties {
  private static final SurveyJson JSON = SurveyJson.standard();
  private static final Schema SURVEY = SchemaValidation.compile(SurveySchema.of(JSON.registry()).survey());
  private static final Schema RESPONSE =
      SchemaValidation.compile(SurveySchema.of(JSON.registry()).response());
  private static final Schema QUESTION =
      SchemaValidation.compile(SurveySchema.of(JSON.registry()).question());
  private static final Schema ANSWER = SchemaValidation.compile(SurveySchema.of(JSON.registry()).answer());

  @Provide
  Arbitrary<Survey> surveys() {
    return BuiltInArbitraries.surveys();
  }

  @Provide
  Arbitrary<Response> responses() {
    return BuiltInArbitraries.responses();
  }

  @Provide
  Arbitrary<Answer> answers() {
    return BuiltInArbitraries.answer();
  }

  @Property(tries = 200)
  void surveysRoundTripExactly(@ForAll("surveys") Survey survey) {
    String written = JSON.writeSurvey(survey);
    Survey read = JSON.readSurvey(written);

    assertThat(read).isEqualTo(survey);
    assertThat(JSON.writeSurvey(read)).isEqualTo(written);
  }

  @Property(tries = 200)
  void surveysValidateAgainstTheSchema(@ForAll("surveys") Survey survey) {
    assertThat(SchemaValidation.errors(SURVEY, JSON.writeSurvey(survey))).isEmpty();
  }

  @Property(tries = 200)
  void questionsRoundTripAndValidateAlone(@ForAll("surveys") Survey survey) {
    for (Question question : survey.questions()) {
      String written = JSON.writeQuestion(question);
      assertThat(JSON.readQuestion(written)).isEqualTo(question);
      assertThat(SchemaValidation.errors(QUESTION, written)).isEmpty();
    }
  }

  @Property(tries = 200)
  void responsesRoundTripExactly(@ForAll("responses") Response response) {
    String written = JSON.writeResponse(response);
    Response read = JSON.readResponse(written);

    assertThat(read).isEqualTo(response);
    assertThat(JSON.writeResponse(read)).isEqualTo(written);
  }

  @Property(tries = 200)
  void responsesValidateAgainstTheSchema(@ForAll("responses") Response response) {
    assertThat(SchemaValidation.errors(RESPONSE, JSON.writeResponse(response))).isEmpty();
  }

  /**
   * Whatever a document is mangled into, reading it gives a value or a cxkit exception: never an
   * NPE, a ClassCastException, an index error or a raw Jackson exception.
   */
  @Property(tries = 300)
  void mangledDocumentsFailOnlyWithCxExceptions(@ForAll("surveys") Survey survey,
      @ForAll("responses") Response response, @ForAll @IntRange(min = 0, max = 100_000) int at,
      @ForAll @IntRange(min = 1, max = 3) int length,
      @ForAll("debris") String debris, @ForAll boolean ofSurvey) {
    String document = ofSurvey ? JSON.writeSurvey(survey) : JSON.writeResponse(response);
    int from = at % document.length();
    int to = Math.min(document.length(), from + length);
    String mangled = document.substring(0, from) + debris + document.substring(to);

    Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> {
      if (ofSurvey) {
        JSON.readSurvey(mangled);
      } else {
        JSON.readResponse(mangled);
      }
    });

    if (failure != null) {
      assertThat(failure).as(mangled).isInstanceOf(CxException.class);
    }
  }

  @Provide
  Arbitrary<String> debris() {
    return Arbitraries.of("", "{", "}", "[", "]", "\"", ",", ":", "null", "0", "-1", "1.5", "true",
        "\"x\"", "{}", "[]", "\"type\":\"nps\",", "\"type\":\"java.lang.Object\"", "\\", "1e999",
        "99999999999", "\u0000", "\"formatVersion\":2,");
  }

  @Property(tries = 300)
  void answersRoundTripAndValidateAlone(@ForAll("answers") Answer answer) {
    String written = JSON.writeAnswer(answer);

    assertThat(JSON.readAnswer(written)).isEqualTo(answer);
    assertThat(SchemaValidation.errors(ANSWER, written)).isEmpty();
  }
}
