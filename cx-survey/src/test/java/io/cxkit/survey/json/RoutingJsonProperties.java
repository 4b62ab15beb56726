package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.Schema;
import io.cxkit.core.CxException;
import io.cxkit.survey.RoutedArbitraries;
import io.cxkit.survey.Survey;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated routed surveys ({@link RoutedArbitraries#surveys()}: rules with and without
 * conditions, to later questions and to the end, over NPS, choice, open-text and consent
 * questions) round-trip exactly through JSON and validate against the survey schema; the surveys
 * of {@link SurveyJsonProperties} have no routing.
 */
class RoutingJsonProperties {
  private static final SurveyJson JSON = SurveyJson.standard();
  private static final Schema SURVEY = SchemaValidation.compile(SurveySchema.of(JSON.registry()).survey());

  @Provide
  Arbitrary<Survey> routedSurveys() {
    return RoutedArbitraries.surveys();
  }

  @Property(tries = 200)
  void routedSurveysRoundTripExactly(@ForAll("routedSurveys") Survey survey) {
    String written = JSON.writeSurvey(survey);
    Survey read = JSON.readSurvey(written);

    assertThat(read).isEqualTo(survey);
    assertThat(read.routing()).isEqualTo(survey.routing());
    assertThat(JSON.writeSurvey(read)).isEqualTo(written);
  }

  @Property(tries = 100)
  void routedSurveysValidateAgainstTheSchema(@ForAll("routedSurveys") Survey survey) {
    String written = JSON.writeSurvey(survey);
    assertThat(SchemaValidation.errors(SURVEY, written)).as(written).isEmpty();
  }

  /**
   * Whatever the routing of a document is mangled into (within {@code "routing": […]}, with debris
   * of rules and conditions), reading it gives a survey or a cxkit exception: never an NPE, a
   * ClassCastException, an index error or a raw Jackson exception.
   */
  @Property(tries = 500)
  void mangledRoutingFailsOnlyWithCxExceptions(@ForAll("routedSurveys") Survey survey,
      @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll @IntRange(min = 0, max = 4) int length,
      @ForAll("routingDebris") String debris) {
    String document = JSON.writeSurvey(survey);
    int routing = document.indexOf(",\"routing\":[");
    int start = routing < 0 ? document.length() - 1 : routing;
    int from = start + at % (document.length() - start);
    int to = Math.min(document.length(), from + length);
    String mangled = document.substring(0, from) + debris + document.substring(to);

    Throwable failure = catchThrowable(() -> JSON.readSurvey(mangled));

    if (failure != null) {
      assertThat(failure).as(mangled).isInstanceOf(CxException.class);
    }
  }

  @Provide
  Arbitrary<String> routingDebris() {
    return Arbitraries.of("", "{", "}", "[", "]", "\"", ",", ":", "null", "0", "-1", "2.5", "true",
        "false", "{}", "[]", "[null]", "\"after\":\"q0\",", "\"after\":\"q9\",", "\"goTo\":\"q0\",",
        "\"goTo\":\"q2\",", "\"endSurvey\":true,", "\"endSurvey\":false,", "\"when\":", "\"when\":null,",
        "\"when\":{},", "\"answer\":\"q1\",", "\"attribute\":\"q1\",", "\"operator\":\"contains\",",
        "\"operator\":\"in-range\",", "\"value\":11,", "\"values\":[[\"c0\"]],", "\"min\":9,",
        "\"not\":", "{\"allOf\":[", "\"anyOf\":[],", "\"q0\"", "\"\\ud800\"", "1e999", "\u0000");
  }
}
