package io.cxkit.survey.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.NpsVariant;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The checks a survey makes across its questions' labels and references. */
class SurveyCrossChecksTest {

  private static final LocalizedText WHY = LocalizedText.of("en", "Why this score?").and("ru", "Почему?");

  private static Survey.Builder survey() {
    return Survey.builder("post-purchase").title(LocalizedText.of("en", "Your order").and("ru", "Ваш заказ"))
        .kind(SurveyKind.PRODUCT);
  }

  @Test
  void aFollowUpMustNameAnEarlierQuestion() {
    NpsQuestion nps = NpsQuestion.of("nps", LocalizedText.of("en", "How likely are you to recommend us?"));
    Survey fine = survey().question(nps).question(OpenTextQuestion.followUp("why", WHY, "nps")).build();
    assertThat(fine.question("why").orElseThrow().questionReferences()).containsEntry("followUpOf", "nps");

    // Asking "why?" before the score it asks about, or about a question that is not there.
    assertThatThrownBy(() -> survey().question(OpenTextQuestion.followUp("why", WHY, "nps")).question(nps).build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("questions[0].followUpOf = \"nps\": must name an earlier question of the survey");
    assertThatThrownBy(() -> survey().question(nps).question(OpenTextQuestion.followUp("why", WHY, "csat")).build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("questions[1].followUpOf = \"csat\": must name an earlier question of the survey");
  }

  @Test
  void labelsNeedTheDefaultLocaleToo() {
    NpsQuestion labelledInRussianOnly = new NpsQuestion("nps", LocalizedText.of("en", "How likely…"), true,
        NpsVariant.STANDARD, LocalizedText.of("ru", "Совсем маловероятно"), null);
    assertThatThrownBy(() -> survey().question(labelledInRussianOnly).build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("questions[0].lowLabel = [ru]: must have a text for the survey's default locale en");

    SingleChoiceQuestion reasons = new SingleChoiceQuestion("reason", LocalizedText.of("zh", "原因").and("en", "Why?"),
        true, List.of(Choice.of("price", "en", "Price"), Choice.of("delivery", "zh", "配送")), null);
    assertThatThrownBy(() -> survey().question(reasons).build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("questions[0].choices[1].label = [zh]: must have a text for the survey's default locale en");

    // The same choices are fine in a survey whose default locale is Chinese... once every text has zh.
    assertThatThrownBy(() -> Survey.builder("s").defaultLocale(Locale.forLanguageTag("zh"))
            .title(LocalizedText.of("zh", "调查")).kind(SurveyKind.EMBEDDED).question(reasons).build())
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("questions[0].choices[0].label = [en]: must have a text for the survey's default locale zh");
  }
}
