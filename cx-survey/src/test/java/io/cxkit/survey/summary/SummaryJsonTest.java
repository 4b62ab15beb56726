package io.cxkit.survey.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.UnknownQuestionTypeException;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.json.SurveyJsonException;
import io.cxkit.survey.types.OpenTextQuestionType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The serial form of survey summaries: the golden fixtures in {@code fixtures/summary} (written by
 * this release and pinned, so that a later one must still read them), round trips, and every way a
 * document can fail to be a summary of the survey it is read for.
 */
class SummaryJsonTest {
  private static final SurveyJson JSON = SurveyJson.standard();

  static String fixture(String name) {
    try (InputStream in = SummaryJsonTest.class.getResourceAsStream("/fixtures/summary/" + name)) {
      assertThat(in).as("fixture " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the fixture's JSON without its layout, members in the order written */
  private static String compact(String json) {
    try {
      return new ObjectMapper().readTree(json).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SurveySummary summarise(Survey survey, SummaryOptions options, long displays,
      List<Response> responses) {
    SurveySummarizer summarizer = SurveySummarizer.builder(survey).options(options).build();
    if (displays >= 0) {
      summarizer.addDisplays(displays);
    }
    return summarizer.addAll(responses.iterator()).snapshot();
  }

  private static SurveySummary exitFeedback() {
    return summarise(SurveySummaryExamples.exitFeedback(), SummaryOptions.DEFAULT, 25,
        SurveySummaryExamples.exitFeedbackResponses());
  }

  private static SurveySummary nps() {
    return summarise(SurveySummaryExamples.npsFollowUps(), SummaryOptions.DEFAULT, -1,
        SurveySummaryExamples.npsResponses());
  }

  @Test
  void theExitFeedbackFixtureIsTheSummaryOfItsResponses() {
    // Counts by hand in SurveySummaryExamples: displays 25; completed 6, partial 2, dismissed 2;
    // goal 8/7/1, reasons 4/3/1, contact 2/1/0 (reached/answered/dropped off).
    String text = fixture("exit-feedback.summary.json");
    SurveySummary read = JSON.readSummary(text, SurveySummaryExamples.exitFeedback());
    assertThat(read).isEqualTo(exitFeedback());
    assertThat(JSON.writeSummary(read)).isEqualTo(compact(text));
  }

  @Test
  void theNpsFixtureIsTheSummaryOfItsResponses() {
    // No displays (the member is left out); nps 9/8/1 with scores 3, 5, 7, 8, 9, 9, 10, 10.
    String text = fixture("nps-quarterly.summary.json");
    SurveySummary read = JSON.readSummary(text, SurveySummaryExamples.npsFollowUps());
    assertThat(read).isEqualTo(nps());
    assertThat(read.displays()).isEmpty();
    assertThat(JSON.writeSummary(read)).isEqualTo(compact(text));
  }

  @Test
  void theFixtureOfEveryBuiltInTypeIsTheSummaryOfItsResponses() {
    // Dismissed responses in the denominators: recommend is reached by all 5 responses and the
    // dismissal dropped off there. By hand: NPS scores 9, 6, 10, 8 → 2 promoters, 1 passive, 1
    // detractor; CSAT 5, 3, 4, 4 → 3 of 4 satisfied; CES 6, 2, 7; stars 4, 2, 5 → mean 11/3.
    String text = fixture("product-pulse.summary.json");
    Survey survey = SurveySummaryExamples.productPulse();
    SurveySummary read = JSON.readSummary(text, survey);
    assertThat(read).isEqualTo(summarise(survey, SummaryOptions.DEFAULT.withDismissedInDenominators(true),
        12, SurveySummaryExamples.productPulseResponses()));
    assertThat(JSON.writeSummary(read)).isEqualTo(compact(text));
    // From the table of productPulseResponses(): recommend is reached by all 5 (the dismissed one
    // too, as the options count it); its 9, 6, 10, 8 are 2 promoters and 1 detractor of 4, NPS
    // (2 − 1) / 4 = 25; satisfied 5, 3, 4, 4 is 3 of 4 in 4..5, CSAT 75; stars 4, 2, 5 mean 11/3;
    // features is answered by #1 and #2, so each share is over n = 2.
    assertThat(read.question("recommend").reached()).isEqualTo(5);
    assertThat(read.estimate(EstimateKey.question("recommend", "nps")).value()).hasValue(25.0);
    assertThat(read.estimate(EstimateKey.question("satisfied", "csat")).value()).hasValue(75.0);
    assertThat(read.estimate(EstimateKey.question("stars", "mean")).value().orElseThrow())
        .isCloseTo(11.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(read.estimate(EstimateKey.question("features", "share:other")).n()).isEqualTo(2);
  }

  @Test
  void theDocumentHasTheDocumentedShape() {
    String text = JSON.writeSummary(exitFeedback());
    assertThat(text).startsWith("{\"formatVersion\":1,\"kind\":\"survey-summary\","
        + "\"survey\":{\"id\":\"exit-feedback\",\"version\":1},"
        + "\"options\":{\"dismissedInDenominators\":false},\"displays\":25,\"completions\":6,"
        + "\"partials\":2,\"dismissals\":2,\"questions\":[{\"id\":\"goal\",\"type\":\"goal_completion\","
        + "\"reached\":8,\"answered\":7,\"droppedOff\":1,\"summary\":{\"completion\":{\"format\":1,"
        + "\"kind\":\"goal-completion\",\"fully\":3,\"partially\":2,\"notAchieved\":2}}}");
    // A consent summary counts consents; the e-mail given with one is not in it.
    assertThat(text).doesNotContain("@").doesNotContain("\n");
  }

  @Test
  void readersOfEveryKindReadTheSameSummary() {
    String text = JSON.writeSummary(nps());
    Survey survey = SurveySummaryExamples.npsFollowUps();
    SurveySummary expected = nps();
    assertThat(JSON.readSummary(new StringReader(text), survey)).isEqualTo(expected);
    assertThat(JSON.readSummary(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), survey))
        .isEqualTo(expected);
    assertThat(JSON.readSummary("\uFEFF" + text, survey)).isEqualTo(expected);
    assertThat(JSON.readSummary(new StringReader("\uFEFF" + text), survey)).isEqualTo(expected);
  }

  @Test
  void anEmptySummaryRoundTrips() {
    Survey survey = SurveySummaryExamples.productPulse();
    SurveySummary empty = SurveySummary.empty(survey, SummaryOptions.DEFAULT, QuestionTypeRegistry.standard());
    assertThat(JSON.readSummary(JSON.writeSummary(empty), survey)).isEqualTo(empty);
  }

  private static void refused(String json, Survey survey, String path, String problem) {
    assertThatThrownBy(() -> JSON.readSummary(json, survey))
        .isInstanceOfSatisfying(SurveyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.problem()).contains(problem);
          assertThat(e.line()).isEqualTo(1);
        });
  }

  @Test
  void aSummaryIsReadOnlyForItsSurveyAndVersion() {
    String text = JSON.writeSummary(exitFeedback());
    Survey exit = SurveySummaryExamples.exitFeedback();
    refused(text, SurveySummaryExamples.npsFollowUps(), "$.survey.id",
        "is \"exit-feedback\", but the summary is read for survey \"nps-quarterly\" version 1");
    refused(text.replace("\"version\":1", "\"version\":2"), exit, "$.survey.version",
        "is 2, but the summary is read for survey \"exit-feedback\" version 1");
    refused(text.replace("{\"id\":\"exit-feedback\",\"version\":1}", "{\"id\":\"exit-feedback\"}"), exit,
        "$.survey", "member \"version\" is missing or null");
    refused(text.replace("\"survey\":{\"id\":\"exit-feedback\",\"version\":1},", ""), exit, "$",
        "member \"survey\" is missing or null");
  }

  @Test
  void questionsMustBeTheSurveysInOrderWithTheirTypes() {
    String text = JSON.writeSummary(nps());
    Survey survey = SurveySummaryExamples.npsFollowUps();
    refused(text.replace("\"id\":\"went-wrong\"", "\"id\":\"liked\""), survey, "$.questions[1].id",
        "is \"liked\", but question 2 of survey \"nps-quarterly\" version 1 is \"went-wrong\"");
    refused(text.replace("\"type\":\"nps\"", "\"type\":\"csat\""), survey, "$.questions[0].type",
        "is \"csat\", but question \"nps\" of survey \"nps-quarterly\" version 1 is of type nps");
    // The last result cut: two of three.
    String two = text.substring(0, text.lastIndexOf(",{\"id\":\"liked\"")) + "]}";
    refused(two, survey, "$.questions",
        "holds 2 results, but survey \"nps-quarterly\" version 1 has 3 questions [nps, went-wrong, liked]");
    String first = text.substring(text.indexOf("{\"id\":\"nps\""), text.indexOf(",{\"id\":\"went-wrong\""));
    String four = text.substring(0, text.length() - 2) + "," + first + "]}";
    refused(four, survey, "$.questions[3]", "has 3 questions, and a summary holds one result per question");
    refused(text.replace("\"questions\":[", "\"questions\":{\"a\":[").replace("]}]}", "]}]}}"), survey,
        "$.questions", "expected the questions' results as a JSON array, found an object");
  }

  @Test
  void aQuestionsSummaryMustFitTheQuestion() {
    String text = JSON.writeSummary(nps());
    Survey survey = SurveySummaryExamples.npsFollowUps();
    // A 1..10 distribution is an NPS of the ONE_TO_TEN variant; the question is on 0..10.
    String oneToTen = text.replace("\"scale\":{\"min\":0,\"max\":10},\"counts\":[0,0,0,1,0,1,0,1,1,2,2]",
        "\"scale\":{\"min\":1,\"max\":10},\"counts\":[0,0,1,0,1,0,1,1,2,2]");
    refused(oneToTen, survey, "$.questions[0].summary", "does not fit question \"nps\" of type nps:"
        + " cannot merge NpsSummary with variant standard and NpsSummary with variant one-to-ten");
    String exit = JSON.writeSummary(exitFeedback());
    refused(exit.replace("\"price\":0", "\"delivery\":0"), SurveySummaryExamples.exitFeedback(),
        "$.questions[1].summary", "does not fit question \"reasons\" of type single_choice");
  }

  @Test
  void malformedValuesInsideASummaryNameTheirPath() {
    String text = JSON.writeSummary(nps());
    Survey survey = SurveySummaryExamples.npsFollowUps();
    refused(text.replace("[0,0,0,1,0,1,0,1,1,2,2]", "[0,0,0,-1,0,1,0,1,1,2,2]"), survey,
        "$.questions[0].summary.distribution", "cannot read score-distribution: counts[3] = -1");
    refused(text.replace("\"kind\":\"score-distribution\",", "\"kind\":\"score-distribution\",\"extra\":1,"),
        survey, "$.questions[0].summary.distribution", "unknown member \"extra\" of a score distribution");
    refused(text.replace("\"scale\":{\"min\":0,", "\"scale\":{\"low\":0,\"min\":0,"), survey,
        "$.questions[0].summary.distribution", "unknown member \"scale.low\"");
    refused(text.replace("\"distribution\":{", "\"distribution\":[{").replace(",2,2]}}", ",2,2]}]}"), survey,
        "$.questions[0].summary.distribution", "expected a score distribution");
    refused(text.replace("\"cap\":100,", "\"cap\":100,\"more\":true,"), survey,
        "$.questions[1].summary.more", "unknown member \"more\"");
  }

  @Test
  void countsThatBreakARuleAreTheModelsOwnErrorsWithTheirPath() {
    String text = JSON.writeSummary(nps());
    Survey survey = SurveySummaryExamples.npsFollowUps();
    // nps is reached 9 times; 10 answers cannot be.
    assertThatThrownBy(() -> JSON.readSummary(text.replace("\"reached\":9,\"answered\":8",
        "\"reached\":9,\"answered\":10"), survey)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("$.questions[0].answered = 10: must be in 0..reached = 9");
    // 8 answered, but the distribution counts 8: 7 is another number.
    assertThatThrownBy(() -> JSON.readSummary(text.replace("\"reached\":9,\"answered\":8",
        "\"reached\":9,\"answered\":7"), survey)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("$.questions[0].summary.answered = 8: must equal answered = 7");
    // 6 completions and 2 partials are 8 starts, but nps is reached 9 times.
    assertThatThrownBy(() -> JSON.readSummary(text.replace("\"completions\":7", "\"completions\":6"), survey))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("$.questions[0].reached = 9: must be 8");
    // Fewer displays than the 10 responses.
    assertThatThrownBy(() -> JSON.readSummary(text.replace("\"completions\":7", "\"displays\":3,\"completions\":7"),
        survey)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("$.displays = 3");
    // An open-text summary of 1 answer keeps 1 text, not 2.
    assertThatThrownBy(() -> JSON.readSummary(text.replace("\"texts\":[\"Late parcel\"]",
        "\"texts\":[\"Late parcel\",\"Again\"]"), survey)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("$.questions[1].summary.texts = 2 texts: must hold min(cap, answered) = 1");
    // liked keeps all 3 texts, of 13, 14 and 12 code points ("Fast delivery", "Friendly staff",
    // "Easy returns"): total 39, squares 169 + 196 + 144 = 509, so 510 cannot be.
    assertThatThrownBy(() -> JSON.readSummary(text.replace("\"totalLength\":39,\"totalSquaredLength\":509",
        "\"totalLength\":39,\"totalSquaredLength\":510"), survey)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("$.questions[2].summary.totalLength, totalSquaredLength = 39, 510: must be 39, 509");
  }

  @Test
  void theDocumentIsReadStrictly() {
    String text = JSON.writeSummary(nps());
    Survey survey = SurveySummaryExamples.npsFollowUps();
    refused(text.replace("\"kind\":\"survey-summary\"", "\"kind\":\"summary\""), survey, "$.kind",
        "kind must be \"survey-summary\" in a survey summary document; found \"summary\"");
    refused(text.replace("\"formatVersion\":1", "\"formatVersion\":2"), survey, "$.formatVersion",
        "formatVersion 2 is not supported");
    refused(text.replace("\"partials\":2,", ""), survey, "$", "member \"partials\" is missing or null");
    refused(text.replace("\"partials\":2,", "\"partials\":2,\"partials\":2,"), survey, "$.partials",
        "member \"partials\" is given twice");
    refused(text.replace("\"partials\":2,", "\"partials\":2.0,"), survey, "$.partials",
        "expected an integer");
    refused(text.replace("\"partials\":2,", "\"partials\":2,\"starts\":9,"), survey, "$.starts",
        "unknown member \"starts\"; known members are \"formatVersion\", \"kind\", \"survey\"");
    refused(text.replace("{\"dismissedInDenominators\":false}", "{}"), survey, "$.options",
        "member \"dismissedInDenominators\" is missing or null");
    refused(text + " {}", survey, "$", "unexpected content after the end of the JSON value");
    refused("null", survey, "$", "expected a survey summary document as a JSON object, found null");
    refused("[]", survey, "$", "expected a survey summary document as a JSON object, found an array");
  }

  @Test
  void typesOutsideTheRegistryAreNamed() {
    QuestionTypeRegistry.Builder builder = QuestionTypeRegistry.builder();
    QuestionTypeRegistry.standard().types().stream()
        .filter(type -> !type.id().equals(OpenTextQuestionType.ID)).forEach(builder::register);
    SurveyJson withoutOpenText = SurveyJson.using(builder.build());
    String text = JSON.writeSummary(nps());
    Survey survey = SurveySummaryExamples.npsFollowUps();
    assertThatThrownBy(() -> withoutOpenText.readSummary(text, survey))
        .isInstanceOf(UnknownQuestionTypeException.class);
    assertThatThrownBy(() -> withoutOpenText.writeSummary(nps()))
        .isInstanceOf(UnknownQuestionTypeException.class);
  }

  @Test
  void aMapperAloneCannotReadASummaryWithoutItsSurvey() {
    String text = JSON.writeSummary(nps());
    assertThatThrownBy(() -> JSON.mapper().readValue(text, SurveySummary.class))
        .hasMessageContaining("use SurveyJson.readSummary(json, survey)");
  }

  @Test
  void nullArgumentsAreMisuse() {
    Survey survey = SurveySummaryExamples.npsFollowUps();
    Consumer<Runnable> npe = call -> assertThatThrownBy(call::run).isInstanceOf(NullPointerException.class);
    npe.accept(() -> JSON.readSummary((String) null, survey));
    npe.accept(() -> JSON.readSummary("{}", null));
    npe.accept(() -> JSON.writeSummary(null));
  }
}
