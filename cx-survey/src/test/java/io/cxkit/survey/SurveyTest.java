package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SurveyTest {

  private static Survey.Builder exitFeedback() {
    return Survey.builder("exit-feedback")
        .title(LocalizedText.of("en", "Before you go").and("ru", "Прежде чем уйти"))
        .kind(SurveyKind.EXIT_FEEDBACK)
        .channel(Channel.WEB);
  }

  @Test
  void buildsAnOrderedSurvey() {
    Survey survey = exitFeedback().version(3)
        .question(TextQuestion.of("goal"))
        .questions(List.of(TextQuestion.of("reasons"), TextQuestion.of("contact")))
        .build();

    assertThat(survey.id()).isEqualTo("exit-feedback");
    assertThat(survey.version()).isEqualTo(3);
    assertThat(survey.defaultLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(survey.questionIds()).containsExactly("goal", "reasons", "contact");
    assertThat(survey.indexOf("reasons")).isEqualTo(1);
    assertThat(survey.indexOf("nope")).isEqualTo(-1);
    assertThat(survey.question("contact")).hasValue(TextQuestion.of("contact"));
    assertThat(survey.question("nope")).isEmpty();
    assertThat(survey.description()).isNull();
    assertThatThrownBy(() -> survey.questions().add(TextQuestion.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void duplicateQuestionIdsNameBothPositions() {
    assertThatThrownBy(() -> exitFeedback()
            .question(TextQuestion.of("goal"))
            .question(TextQuestion.of("why"))
            .question(TextQuestion.of("goal"))
            .build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("questions[2].id = \"goal\": duplicates the id of questions[0]; question ids must be unique")
        .satisfies(e -> assertThat(((InvalidSurveyException) e).field()).isEqualTo("questions[2].id"));
  }

  @Test
  void everyTextNeedsTheDefaultLocale() {
    assertThatThrownBy(() -> Survey.builder("nps-q4")
            .defaultLocale(Locale.forLanguageTag("zh"))
            .title(LocalizedText.of("en", "Quarterly NPS"))
            .kind(SurveyKind.RELATIONSHIP)
            .question(TextQuestion.of("nps"))
            .build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("title = [en]: must have a text for the survey's default locale zh");
    assertThatThrownBy(() -> exitFeedback()
            .question(new TextQuestion("goal", LocalizedText.of("ru", "Цель визита"), true))
            .build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("questions[0].text = [ru]: must have a text for the survey's default locale en");
    // A regional default locale is covered by a text in its language (RFC 4647 lookup).
    Survey regional = Survey.builder("nps-q4")
        .defaultLocale(Locale.forLanguageTag("en-GB"))
        .title(LocalizedText.of("en", "Quarterly NPS"))
        .kind(SurveyKind.RELATIONSHIP)
        .question(TextQuestion.of("nps"))
        .build();
    assertThat(regional.defaultLocale().toLanguageTag()).isEqualTo("en-GB");
  }

  @Test
  void refusesBadIdsVersionsAndEmptyOrNullQuestions() {
    assertThatThrownBy(() -> Survey.builder("exit feedback").title(LocalizedText.of("en", "t"))
            .kind(SurveyKind.EMBEDDED).question(TextQuestion.of("q")).build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("id = \"exit feedback\": must be 1 to 128 characters");
    assertThatThrownBy(() -> exitFeedback().version(0).question(TextQuestion.of("q")).build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("version = 0: must be ≥ 1");
    assertThatThrownBy(() -> exitFeedback().build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("questions = []: must hold at least one question");
    assertThatThrownBy(() -> exitFeedback().question(TextQuestion.of("q 1")).build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("questions[0].id = \"q 1\": must be 1 to 128 characters");
    // Data read from JSON may hold a null question; it is reported, not an NPE.
    List<Question> withNull = Arrays.asList(TextQuestion.of("q"), null);
    assertThatThrownBy(() -> new Survey("s", 1, Locale.ENGLISH, LocalizedText.of("en", "t"), null, null,
            SurveyKind.PRODUCT, null, withNull, List.of()))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("questions[1] = null: must be a question, not null");
  }

  @Test
  void builderRefusesASettingGivenTwiceAndMissingRequiredOnes() {
    assertThatThrownBy(() -> exitFeedback().kind(SurveyKind.PRODUCT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("kind was already set");
    assertThatThrownBy(() -> Survey.builder("s").kind(SurveyKind.PRODUCT).question(TextQuestion.of("q")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("title is required");
    assertThatThrownBy(() -> Survey.builder("s").title(LocalizedText.of("en", "t")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("kind is required");
    assertThatThrownBy(() -> exitFeedback().question(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("question");
  }

  @Test
  void aNullSettingIsRefusedWithoutUsingUpTheSetting() {
    // Before: title(null) marked the title as set, so the corrected call then failed with
    // "title was already set" although no title had ever been given.
    Survey.Builder builder = Survey.builder("s").kind(SurveyKind.PRODUCT).question(TextQuestion.of("q"));
    assertThatThrownBy(() -> builder.title(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
    assertThatThrownBy(() -> builder.channel(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("channel");

    Survey survey = builder.title(LocalizedText.of("en", "t")).channel(Channel.EMAIL).build();

    assertThat(survey.title()).isEqualTo(LocalizedText.of("en", "t"));
    assertThat(survey.channel()).isEqualTo(Channel.EMAIL);
  }
}
