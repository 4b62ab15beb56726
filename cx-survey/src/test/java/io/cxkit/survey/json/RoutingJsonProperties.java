package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.cxkit.survey.RoutedArbitraries;
import io.cxkit.survey.Survey;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
}
