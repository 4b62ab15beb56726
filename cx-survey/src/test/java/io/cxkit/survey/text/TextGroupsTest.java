package io.cxkit.survey.text;

import static io.cxkit.survey.text.ThemeFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.NpsVariant;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import org.junit.jupiter.api.Test;

class TextGroupsTest {

  @Test
  void standardCutPoints() {
    // Reichheld: detractors 0–6, passives 7–8, promoters 9–10.
    GroupKey key = TextGroups.npsGroup("nps");
    assertThat(key.name()).isEqualTo("nps-group:nps");
    int[] scores = {0, 6, 7, 8, 9, 10};
    String[] groups = {"detractor", "detractor", "passive", "passive", "promoter", "promoter"};
    for (int i = 0; i < scores.length; i++) {
      assertThat(key.groupOf(response("r" + i, scores[i], null, null))).isEqualTo(groups[i]);
    }
    assertThat(key.groupOf(response("none", null, "x", null))).isNull();
  }

  @Test
  void perTheQuestionsVariant() {
    Survey oneToTen = Survey.builder("s").title(LocalizedText.of("en", "NPS"))
        .kind(io.cxkit.survey.SurveyKind.RELATIONSHIP).question(new NpsQuestion("nps",
        LocalizedText.of("en", "Recommend us?"), true, NpsVariant.ONE_TO_TEN, null, null)).build();
    GroupKey key = TextGroups.npsGroup(oneToTen, "nps");
    // On 1..10, 1 is the lowest detractor score and 0 is off the scale.
    assertThat(key.groupOf(response("a", 1, null, null))).isEqualTo("detractor");
    assertThatThrownBy(() -> key.groupOf(response("b", 0, null, null)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("answers.nps = 0: an NPS score must be on 1..10 (one-to-ten variant)");
    // The standard key accepts 0.
    assertThat(TextGroups.npsGroup(RoutingExamples.npsFollowUps(), "nps")
        .groupOf(response("c", 0, null, null))).isEqualTo("detractor");
  }

  @Test
  void refusesWhatIsNotAnNpsScore() {
    assertThatThrownBy(() -> TextGroups.npsGroup(RoutingExamples.npsFollowUps(), "liked"))
        .isInstanceOf(InvalidSurveyException.class).hasMessageContaining("must name an NPS question");
    assertThatThrownBy(() -> TextGroups.npsGroup(RoutingExamples.npsFollowUps(), "missing"))
        .isInstanceOf(InvalidSurveyException.class).hasMessageContaining("[nps, went-wrong, liked]");
    io.cxkit.survey.Response text = io.cxkit.survey.Response.builder("t", "s", 1)
        .answer("nps", new OpenTextAnswer("ten")).build();
    assertThatThrownBy(() -> TextGroups.npsGroup("nps").groupOf(text))
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("answers.nps");
    assertThatThrownBy(() -> TextGroups.npsGroup("bad id"))
        .isInstanceOf(io.cxkit.core.InvalidValueException.class);
  }
}
