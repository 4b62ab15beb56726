package io.cxkit.examples.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CxException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.Violation;
import io.cxkit.survey.json.SurveyJson;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the ranking type reports for bad answers and refuses in bad questions. */
class RankingValidationTest {

  private static final RankingQuestion QUESTION = new RankingQuestion("delivery",
      LocalizedText.of("en", "Rank the delivery options"), true,
      List.of(RankingOption.of("courier", "Courier"), RankingOption.of("locker", "Parcel locker"),
          RankingOption.of("pickup", "Pick-up point")));

  private static List<Violation> validate(RankingAnswer answer) {
    return QuestionTypeRegistry.standard().validate(QUESTION, answer);
  }

  @Test
  void aCompleteOrderIsValid() {
    assertThat(validate(RankingAnswer.of("pickup", "courier", "locker"))).isEmpty();
  }

  @Test
  void everyProblemIsReportedWithItsPath() {
    assertThat(validate(RankingAnswer.of("courier", "drone", "courier")))
        .containsExactly(
            new Violation("ranking[1]", "\"drone\"", "must be one of the options courier, locker, pickup"),
            new Violation("ranking[2]", "\"courier\"",
                "ranks the option of ranking[0] again; each option is ranked once"),
            new Violation("ranking", "[courier, drone, courier]",
                "must rank every option; missing locker, pickup"));
  }

  @Test
  void anEmptyRankingMissesEveryOption() {
    assertThat(validate(new RankingAnswer(List.of())))
        .containsExactly(new Violation("ranking", "[]", "must rank every option; missing courier, locker, pickup"));
  }

  @Test
  void violationsReadUnderTheAnswersPath() {
    assertThat(validate(RankingAnswer.of("courier", "locker")).get(0).under("answers.delivery"))
        .hasToString("answers.delivery.ranking = [courier, locker]: must rank every option; missing pickup");
  }

  @Test
  void aRankingWithAMissingCodeIsRefused() {
    assertThatThrownBy(() -> new RankingAnswer(Arrays.asList("courier", null)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("ranking[1] = null: must be an option code, not null");
  }

  @Test
  void aQuestionNeedsTwoDistinctOptions() {
    LocalizedText text = LocalizedText.of("en", "Rank");
    assertThatThrownBy(() -> new RankingQuestion("q", text, true, List.of(RankingOption.of("a", "A"))))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("options = 1 option: must hold 2 to 20 options");
    assertThatThrownBy(() -> new RankingQuestion("q", text, true,
        List.of(RankingOption.of("a", "A"), RankingOption.of("a", "B"))))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("options[1].code = \"a\": duplicates the code of options[0]; option codes must be unique");
    assertThatThrownBy(() -> RankingOption.of("not ok", "A"))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("code = \"not ok\": " + RankingOption.CODE_RULE);
  }

  /**
   * The id rule of every survey question (and of the question schema's {@code id} pattern): 1 to 128
   * letters, digits, {@code _ - .}, starting with a letter or digit. "a b" has a space, "-a" starts
   * with a dash, and 129 letters are one too many; 128 are allowed.
   */
  @Test
  void aQuestionIdFollowsTheIdRuleOfSurveys() {
    LocalizedText text = LocalizedText.of("en", "Rank");
    List<RankingOption> options = List.of(RankingOption.of("a", "A"), RankingOption.of("b", "B"));
    for (String id : List.of("a b", "-a", "x".repeat(129), "")) {
      assertThatThrownBy(() -> new RankingQuestion(id, text, true, options))
          .isInstanceOf(InvalidSurveyException.class)
          .hasMessage("id = \"" + id + "\": must be 1 to 128 letters, digits, '_', '-' or '.', starting with"
              + " a letter or digit");
    }
    assertThat(new RankingQuestion("x".repeat(128), text, true, options).id()).hasSize(128);
  }

  @Test
  void aLoneQuestionWithAMalformedIdIsRefusedWhenRead() {
    assertThatThrownBy(() -> SurveyJson.standard().readQuestion("""
        {"type": "ranking", "id": "a b", "text": {"en": "Rank"}, "required": true,
         "options": [{"code": "a", "label": {"en": "A"}}, {"code": "b", "label": {"en": "B"}}]}"""))
        .isInstanceOf(CxException.class)
        .hasMessageContaining("id = \"a b\": must be 1 to 128 letters");
  }

  @Test
  void aSurveyChecksEveryOptionLabelForItsDefaultLocale() {
    RankingQuestion russianOnly = new RankingQuestion("q", LocalizedText.of("en", "Rank"), true,
        List.of(RankingOption.of("a", "A"), new RankingOption("b", LocalizedText.of("ru", "Б"))));

    assertThat(russianOnly.localizedTexts()).containsOnlyKeys("text", "options[0].label", "options[1].label");
    assertThatThrownBy(() -> Survey.builder("s").title(LocalizedText.of("en", "S")).kind(SurveyKind.PRODUCT)
        .question(russianOnly).build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("questions[0].options[1].label = [ru]: must have a text for the survey's"
            + " default locale en");
  }
}
