package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Question;
import io.cxkit.survey.Survey;
import io.cxkit.survey.UnknownQuestionTypeException;
import org.junit.jupiter.api.Test;

/** The module on a plain mapper of the user's: type ids, never class names. */
class CxSurveyModuleTest {
  private final ObjectMapper plain = new ObjectMapper().registerModule(
      new CxSurveyModule(TestTypes.registry()));

  @Test
  void bindsTheRegistrysTypesOnAnyMapper() throws Exception {
    String written = plain.writeValueAsString(Samples.survey());

    assertThat(written).isEqualTo(SurveyJsonTest.SURVEY);
    assertThat(plain.readValue(written, Survey.class)).isEqualTo(Samples.survey());
    assertThat(plain.readValue("{\"type\":\"goal\",\"outcome\":\"fully\"}", Answer.class))
        .isEqualTo(new TestTypes.GoalAnswer(io.cxkit.core.GoalOutcome.FULLY));
  }

  @Test
  void aClassNameIsAnUnknownTypeIdThere() {
    assertThatThrownBy(() -> plain.readValue("{\"type\":\"" + TestTypes.GoalQuestion.class.getName()
            + "\",\"id\":\"g\",\"text\":{\"en\":\"x\"},\"required\":true}", Question.class))
        .isInstanceOf(UnknownQuestionTypeException.class)
        .hasMessageContaining("unknown question type; registered types are score, pick, goal");
    assertThatThrownBy(() -> plain.readValue("{\"formatVersion\":1,\"id\":\"s\",\"version\":1,"
            + "\"defaultLocale\":\"en\",\"title\":{\"en\":\"T\"},\"kind\":\"product\",\"questions\":"
            + "[{\"type\":\"java.util.HashMap\"}]}", Survey.class))
        .isInstanceOf(JsonMappingException.class)
        .hasCauseInstanceOf(UnknownQuestionTypeException.class);
  }

  @Test
  void neverUsesDefaultTyping() {
    ObjectMapper strict = SurveyJson.using(TestTypes.registry()).mapper();
    for (ObjectMapper mapper : new ObjectMapper[] {plain, strict}) {
      assertThat(mapper.getDeserializationConfig()
          .getDefaultTyper(mapper.constructType(Object.class))).isNull();
      assertThat(mapper.getSerializationConfig()
          .getDefaultTyper(mapper.constructType(Question.class))).isNull();
    }
  }

  @Test
  void aTypeRegisteredForAnotherClassIsNamedAsSuch() {
    assertThatThrownBy(() -> plain.readValue("{\"type\":\"goal\",\"id\":\"g\",\"text\":{\"en\":\"x\"},"
            + "\"required\":true}", TestTypes.ScoreQuestion.class))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.type (line 1, column 9): a \"goal\" question is not a score question, which"
            + " belongs here");
  }

  @Test
  void knowsItsRegistry() {
    CxSurveyModule module = new CxSurveyModule(TestTypes.registry());

    assertThat(module.registry().ids()).containsExactly("score", "pick", "goal");
    assertThat(module.getModuleName()).isEqualTo("CxSurveyModule");
  }
}
