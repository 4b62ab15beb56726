package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.UnknownQuestionTypeException;
import org.junit.jupiter.api.Test;

/** The bad-input set against the built-in types, read with the standard registry. */
class BuiltInBadInputTest {
  private final SurveyJson json = SurveyJson.standard();

  private static final String ALL_IDS = "nps, csat, ces, rating, goal_completion, single_choice, "
      + "multiple_choice, open_text, contact_consent";

  private static String question(String type, String members) {
    return "{\"type\":\"" + type + "\",\"id\":\"q\",\"text\":{\"en\":\"x\"},\"required\":true"
        + members + "}";
  }

  @Test
  void aClassNameOfABuiltInIsRefusedLikeAnyUnknownId() {
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"io.cxkit.survey.types.NpsAnswer\",\"score\":3}"))
        .isInstanceOf(UnknownQuestionTypeException.class)
        .hasMessage("$.type (line 1, column 9) = \"io.cxkit.survey.types.NpsAnswer\": unknown question"
            + " type; registered types are " + ALL_IDS);
    assertThatThrownBy(() -> json.readQuestion(question("io.cxkit.survey.types.NpsQuestion",
            ",\"variant\":\"standard\"")))
        .isInstanceOf(UnknownQuestionTypeException.class)
        .hasMessageContaining("\"io.cxkit.survey.types.NpsQuestion\": unknown question type");
    assertThatThrownBy(() -> json.readQuestion(question("ranking", "")))
        .isInstanceOf(UnknownQuestionTypeException.class)
        .hasMessageContaining("\"ranking\": unknown question type; registered types are " + ALL_IDS);
  }

  @Test
  void enumsOfTheTypesAreStrictStrings() {
    assertThatThrownBy(() -> json.readQuestion(question("rating", ",\"points\":5,\"style\":\"hearts\"")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.style (line 1, column 80): \"hearts\" is not a rating style id; must be one of"
            + " \"stars\", \"numbers\"");
    assertThatThrownBy(() -> json.readQuestion(question("rating", ",\"points\":5,\"style\":3")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("expected a rating style id as a string, found an integer");
    assertThatThrownBy(() -> json.readQuestion(question("ces", ",\"variant\":\"ces-3\"")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("\"ces-3\" is not a CES variant id; must be one of \"ces-2.0\","
            + " \"agreement-5\", \"effort-1.0\"");
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"goal_completion\",\"outcome\":\"FULLY\"}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.outcome (line 1, column 37): \"FULLY\" is not a goal outcome id; must be one of"
            + " \"fully\", \"partially\", \"not-achieved\"");
  }

  @Test
  void settingsThatBreakATypesRulesKeepTheTypesException() {
    assertThatThrownBy(() -> json.readQuestion(question("rating", ",\"points\":50,\"style\":\"stars\"")))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("$.points = 50: must lie in 2..10");
    assertThatThrownBy(() -> json.readQuestion(question("csat",
            ",\"min\":1,\"max\":5,\"threshold\":6")))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("$.threshold = 6: must lie on scale 1..5");
    assertThatThrownBy(() -> json.readQuestion(question("single_choice",
            ",\"choices\":[{\"code\":\"other\",\"label\":{\"en\":\"x\"}}]")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("$.choices[0].code = \"other\": is reserved");
    assertThatThrownBy(() -> json.readQuestion(question("nps", "")))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("$.variant = null: must be present");
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"multiple_choice\",\"choices\":[\"a\",null]}"))
        .isInstanceOf(InvalidResponseException.class).hasMessage("$.choices[1] = null: must be present");
  }

  @Test
  void insideADocumentThePathStartsAtTheDocument() {
    String survey = FixturesTest.normalised(FixturesTest.fixture("multiple_choice.survey.json"));

    assertThatThrownBy(() -> json.readSurvey(survey.replace("\"maxSelections\":2", "\"maxSelections\":9")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("$.questions[0].maxSelections = 9: must be ≤ the number of options, 4");
    assertThatThrownBy(() -> json.readSurvey(survey.replace("\"code\":\"features\",",
            "\"code\":\"features\",\"colour\":1,")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageStartingWith("$.questions[0].choices[1].colour (line 1, column ")
        .hasMessageEndingWith("unknown member \"colour\"; known members are \"label\", \"code\"");
  }
}
