package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.LABEL;
import static io.cxkit.survey.types.Fixtures.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cxkit.core.CesVariant;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Question;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.json.SurveySchema;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in question and answer through the artifact's JSON facade and generated schema: the
 * JSON is exactly the record components plus {@code "type"}, reads back equal, and is valid against
 * the schema that the registry generates from the types' fragments.
 */
class BuiltInJsonTest {
  private static final SurveyJson JSON = SurveyJson.standard();
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final SurveySchema SCHEMA = SurveySchema.of(JSON.registry());
  private static final SchemaRegistry VALIDATORS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static Stream<Arguments> questions() {
    String text = "\"text\":{\"en\":\"How was it?\"}";
    String label = "{\"en\":\"Label\"}";
    return Stream.of(
        Arguments.of(new NpsQuestion("nps", TEXT, true, NpsVariant.ONE_TO_TEN, LABEL, null),
            "{\"type\":\"nps\",\"id\":\"nps\"," + text + ",\"required\":true,\"variant\":\"one-to-ten\",\"lowLabel\":" + label + "}"),
        Arguments.of(new CsatQuestion("csat", TEXT, false, 1, 7, 6, null, LABEL),
            "{\"type\":\"csat\",\"id\":\"csat\"," + text + ",\"required\":false,\"min\":1,\"max\":7,\"threshold\":6,\"highLabel\":" + label + "}"),
        Arguments.of(new CesQuestion("ces", TEXT, true, CesVariant.EFFORT_1_0, LABEL),
            "{\"type\":\"ces\",\"id\":\"ces\"," + text + ",\"required\":true,\"variant\":\"effort-1.0\",\"statement\":" + label + "}"),
        Arguments.of(new RatingQuestion("rating", TEXT, true, 5, RatingStyle.STARS),
            "{\"type\":\"rating\",\"id\":\"rating\"," + text + ",\"required\":true,\"points\":5,\"style\":\"stars\"}"),
        Arguments.of(new GoalCompletionQuestion("goal", TEXT, true, null, null, LABEL),
            "{\"type\":\"goal_completion\",\"id\":\"goal\"," + text + ",\"required\":true,\"notAchievedLabel\":" + label + "}"),
        Arguments.of(new SingleChoiceQuestion("pick", TEXT, true, List.of(Choice.of("a", "en", "A")), LABEL),
            "{\"type\":\"single_choice\",\"id\":\"pick\"," + text + ",\"required\":true,"
                + "\"choices\":[{\"code\":\"a\",\"label\":{\"en\":\"A\"}}],\"otherLabel\":" + label + "}"),
        Arguments.of(new MultipleChoiceQuestion("many", TEXT, false,
                List.of(Choice.of("a", "en", "A"), Choice.of("b", "en", "B")), null, 0, 2),
            "{\"type\":\"multiple_choice\",\"id\":\"many\"," + text + ",\"required\":false,"
                + "\"choices\":[{\"code\":\"a\",\"label\":{\"en\":\"A\"}},{\"code\":\"b\",\"label\":{\"en\":\"B\"}}],"
                + "\"minSelections\":0,\"maxSelections\":2}"),
        Arguments.of(OpenTextQuestion.followUp("why", TEXT, "nps"),
            "{\"type\":\"open_text\",\"id\":\"why\"," + text + ",\"required\":false,\"maxLength\":2000,\"followUpOf\":\"nps\"}"),
        Arguments.of(new ContactConsentQuestion("contact", TEXT, false),
            "{\"type\":\"contact_consent\",\"id\":\"contact\"," + text + ",\"required\":false}"));
  }

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of(new NpsAnswer(9), "{\"type\":\"nps\",\"score\":9}"),
        Arguments.of(new CsatAnswer(4), "{\"type\":\"csat\",\"score\":4}"),
        Arguments.of(new CesAnswer(6), "{\"type\":\"ces\",\"score\":6}"),
        Arguments.of(new RatingAnswer(3), "{\"type\":\"rating\",\"score\":3}"),
        Arguments.of(new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED),
            "{\"type\":\"goal_completion\",\"outcome\":\"not-achieved\"}"),
        Arguments.of(new SingleChoiceAnswer("other", "Fax"),
            "{\"type\":\"single_choice\",\"choice\":\"other\",\"otherText\":\"Fax\"}"),
        Arguments.of(MultipleChoiceAnswer.of("b", "a"), "{\"type\":\"multiple_choice\",\"choices\":[\"b\",\"a\"]}"),
        Arguments.of(new OpenTextAnswer("Быстро 👍"), "{\"type\":\"open_text\",\"text\":\"Быстро 👍\"}"),
        Arguments.of(ContactConsentAnswer.consenting("a@b.example"),
            "{\"type\":\"contact_consent\",\"consent\":true,\"email\":\"a@b.example\"}"));
  }

  @ParameterizedTest
  @MethodSource("questions")
  void questionsRoundTripAsTheirComponentsPlusType(Question question, String expected) throws Exception {
    String written = JSON.writeQuestion(question);
    assertThat(PLAIN.readTree(written)).isEqualTo(PLAIN.readTree(expected));
    assertThat(JSON.readQuestion(expected)).isEqualTo(question);
    assertThat(errors(SCHEMA.question(), written)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("answers")
  void answersRoundTripAsTheirComponentsPlusType(Answer answer, String expected) throws Exception {
    String written = JSON.writeAnswer(answer);
    assertThat(PLAIN.readTree(written)).isEqualTo(PLAIN.readTree(expected));
    assertThat(JSON.readAnswer(expected)).isEqualTo(answer);
    assertThat(errors(SCHEMA.answer(), written)).isEmpty();
  }

  private static List<com.networknt.schema.Error> errors(ObjectNode schema, String document) throws Exception {
    Schema compiled = VALIDATORS.getSchema(schema);
    return compiled.validate(PLAIN.readTree(document));
  }

  @org.junit.jupiter.api.Test
  void badSettingsAndMissingPartsInJsonAreTypedErrorsNamingTheRule() {
    String csat = "{\"type\":\"csat\",\"id\":\"csat\",\"text\":{\"en\":\"Satisfied?\"},"
        + "\"required\":true,\"min\":1,\"max\":5,\"threshold\":6}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.readQuestion(csat))
        .isInstanceOf(io.cxkit.core.InvalidValueException.class)
        .hasMessageContaining("threshold").hasMessageContaining("must lie on scale 1..5");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> JSON.readAnswer("{\"type\":\"single_choice\",\"otherText\":\"x\"}"))
        .isInstanceOf(io.cxkit.core.CxException.class)
        .hasMessageContaining("choice");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> JSON.readAnswer("{\"type\":\"multiple_choice\",\"choices\":[\"a\",null]}"))
        .isInstanceOf(io.cxkit.core.CxException.class)
        .hasMessageContaining("choices[1]");
  }
}
