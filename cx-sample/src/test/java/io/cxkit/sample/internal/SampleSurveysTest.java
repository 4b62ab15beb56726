package io.cxkit.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CesVariant;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.NpsVariant;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.Channel;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Navigation;
import io.cxkit.survey.Question;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.SurveyNavigator;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.types.CesAnswer;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleSurveysTest {
  private static final Set<Locale> LANGUAGES =
      Set.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.CHINESE);

  @Test
  void theFourSurveysInOrderWithTheShopsIds() {
    assertThat(SampleSurveys.ALL).extracting(Survey::id).containsExactly(
        ShopSample.POST_PURCHASE, ShopSample.EXIT_FEEDBACK, ShopSample.SUPPORT_CES,
        ShopSample.DELIVERY_CSAT);
    assertThat(SampleSurveys.ALL).containsExactly(SampleSurveys.POST_PURCHASE,
        SampleSurveys.EXIT_FEEDBACK, SampleSurveys.SUPPORT_CES, SampleSurveys.DELIVERY_CSAT);
    assertThat(SampleContent.surveys()).isSameAs(SampleSurveys.ALL);
    for (Survey survey : SampleSurveys.ALL) {
      assertThat(survey.version()).as(survey.id()).isEqualTo(1);
      assertThat(survey.defaultLocale()).as(survey.id()).isEqualTo(Locale.ENGLISH);
    }
  }

  @Test
  void kindsAndChannels() {
    assertThat(SampleSurveys.POST_PURCHASE.kind()).isEqualTo(SurveyKind.PRODUCT);
    assertThat(SampleSurveys.POST_PURCHASE.channel()).isEqualTo(Channel.EMAIL);
    assertThat(SampleSurveys.EXIT_FEEDBACK.kind()).isEqualTo(SurveyKind.EXIT_FEEDBACK);
    assertThat(SampleSurveys.EXIT_FEEDBACK.channel()).isEqualTo(Channel.WEB);
    assertThat(SampleSurveys.SUPPORT_CES.kind()).isEqualTo(SurveyKind.TRANSACTIONAL);
    assertThat(SampleSurveys.SUPPORT_CES.channel()).isEqualTo(Channel.CHAT);
    assertThat(SampleSurveys.DELIVERY_CSAT.kind()).isEqualTo(SurveyKind.TRANSACTIONAL);
    assertThat(SampleSurveys.DELIVERY_CSAT.channel()).isEqualTo(Channel.EMAIL);
  }

  @Test
  void postPurchaseAsksAStandardNpsAndWhy() {
    Survey survey = SampleSurveys.POST_PURCHASE;
    assertThat(survey.questionIds()).containsExactly("nps", "why");
    NpsQuestion nps = (NpsQuestion) survey.question("nps").orElseThrow();
    assertThat(nps.required()).isTrue();
    assertThat(nps.variant()).isEqualTo(NpsVariant.STANDARD);
    assertThat(english(nps.text()))
        .isEqualTo("How likely are you to recommend Nordlicht to a friend or colleague?");
    assertThat(english(nps.lowLabel())).isEqualTo("Not at all likely");
    assertThat(english(nps.highLabel())).isEqualTo("Extremely likely");
    assertWhy(survey, "why", "What is the main reason for your score?");
  }

  @Test
  void exitFeedbackAsksGoalReasonsContactAndComment() {
    Survey survey = SampleSurveys.EXIT_FEEDBACK;
    assertThat(survey.questionIds()).containsExactly("goal", "reasons", "contact", "comment");
    GoalCompletionQuestion goal = (GoalCompletionQuestion) survey.question("goal").orElseThrow();
    assertThat(goal.required()).isTrue();
    assertThat(english(goal.text())).isEqualTo("Did you achieve the goal of your visit?");
    MultipleChoiceQuestion reasons =
        (MultipleChoiceQuestion) survey.question("reasons").orElseThrow();
    assertThat(reasons.required()).isTrue();
    assertThat(reasons.choices()).extracting(Choice::code).containsExactly(
        "missing-information", "technical-problem", "price", "could-not-find");
    assertThat(reasons.choices()).extracting(c -> english(c.label())).containsExactly(
        "Information was missing", "A technical problem", "The price or delivery costs",
        "I could not find what I was looking for");
    assertThat(english(reasons.otherLabel())).isEqualTo("Something else");
    assertThat(reasons.minSelections()).isEqualTo(1);
    assertThat(reasons.maxSelections()).isEqualTo(3);
    ContactConsentQuestion contact =
        (ContactConsentQuestion) survey.question("contact").orElseThrow();
    assertThat(contact.required()).isFalse();
    assertThat(english(contact.text())).isEqualTo("May we contact you about this?");
    OpenTextQuestion comment = (OpenTextQuestion) survey.question("comment").orElseThrow();
    assertThat(comment.required()).isFalse();
    assertThat(comment.maxLength()).isEqualTo(1000);
    assertThat(english(comment.text())).isEqualTo("What was missing or went wrong?");
  }

  @Test
  void supportCesIsCes20WithItsStatement() {
    Survey survey = SampleSurveys.SUPPORT_CES;
    assertThat(survey.questionIds()).containsExactly("ces", "why");
    CesQuestion ces = (CesQuestion) survey.question("ces").orElseThrow();
    assertThat(ces.required()).isTrue();
    assertThat(ces.variant()).isEqualTo(CesVariant.CES_2_0);
    // CES 2.0 is agreement on 1..7 (Dixon, Toman and DeLisi 2013).
    assertThat(ces.scale().min()).isEqualTo(1);
    assertThat(ces.scale().max()).isEqualTo(7);
    assertThat(english(ces.statement()))
        .isEqualTo("The company made it easy for me to handle my issue.");
    assertWhy(survey, "why", "What could we have done better?");
  }

  @Test
  void deliveryCsatIsOneToFiveWithTopTwoBox() {
    Survey survey = SampleSurveys.DELIVERY_CSAT;
    assertThat(survey.questionIds()).containsExactly("csat", "why");
    CsatQuestion csat = (CsatQuestion) survey.question("csat").orElseThrow();
    assertThat(csat.required()).isTrue();
    assertThat(csat.min()).isEqualTo(1);
    assertThat(csat.max()).isEqualTo(5);
    assertThat(csat.threshold()).isEqualTo(4);
    assertThat(english(csat.text()))
        .isEqualTo("How satisfied are you with the delivery of your order?");
    assertWhy(survey, "why", "Tell us more about the delivery");
  }

  @Test
  void everyTextIsInEnglishRussianAndChinese() {
    int texts = 0;
    for (Survey survey : SampleSurveys.ALL) {
      texts += assertTrilingual(survey.id() + ".title", survey.title());
      if (survey.description() != null) {
        texts += assertTrilingual(survey.id() + ".description", survey.description());
      }
      assertThat(survey.thankYou()).as(survey.id() + ".thankYou").isNotNull();
      texts += assertTrilingual(survey.id() + ".thankYou", survey.thankYou());
      for (Question question : survey.questions()) {
        for (Map.Entry<String, LocalizedText> text : question.localizedTexts().entrySet()) {
          texts += assertTrilingual(survey.id() + "." + question.id() + "." + text.getKey(),
              text.getValue());
        }
      }
    }
    // Titles 4, descriptions 2, thank-yous 4; questions: nps 3 (text, two end labels) + why 1;
    // goal 4 (text, three outcome labels) + reasons 6 (text, four choices, other) + contact 1 +
    // comment 1; ces 2 (text, statement) + why 1; csat 3 + why 1: 10 + 4 + 12 + 3 + 4 = 33.
    assertThat(texts).isEqualTo(33);
  }

  @Test
  void exitFeedbackEndsAfterAFullyAchievedGoal() {
    Navigation visit = SurveyNavigator.of(SampleSurveys.EXIT_FEEDBACK).begin();
    Navigation.Step step = visit.answer(new GoalCompletionAnswer(GoalOutcome.FULLY));
    assertThat(step.finished()).isTrue();
    assertThat(visit.path().questions()).containsExactly("goal");
  }

  @Test
  void exitFeedbackAsksForContactOnlyAfterATechnicalProblem() {
    Navigation visit = SurveyNavigator.of(SampleSurveys.EXIT_FEEDBACK).begin();
    assertThat(visit.answer(new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED)).next())
        .contains("reasons");
    assertThat(visit.answer(MultipleChoiceAnswer.of("price", "technical-problem")).next())
        .contains("contact");
    // After contact the next question in order follows.
    assertThat(visit.answer(ContactConsentAnswer.consenting("anna@shop.example")).next())
        .contains("comment");
    assertThat(visit.answer(new OpenTextAnswer("The pay button did nothing.")).finished())
        .isTrue();
    assertThat(visit.path().questions())
        .containsExactly("goal", "reasons", "contact", "comment");
  }

  @Test
  void exitFeedbackGoesFromOtherReasonsStraightToTheComment() {
    Navigation visit = SurveyNavigator.of(SampleSurveys.EXIT_FEEDBACK).begin();
    visit.answer(new GoalCompletionAnswer(GoalOutcome.PARTIALLY));
    assertThat(visit.answer(MultipleChoiceAnswer.of("missing-information")).next())
        .contains("comment");
    assertThat(visit.skip().finished()).isTrue();
    assertThat(visit.path().questions()).containsExactly("goal", "reasons", "comment");
  }

  @Test
  void exitFeedbackRefusesMoreThanThreeReasonsAndNone() {
    Navigation visit = SurveyNavigator.of(SampleSurveys.EXIT_FEEDBACK).begin();
    visit.answer(new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED));
    assertThatThrownBy(() -> visit.answer(MultipleChoiceAnswer.of("price", "technical-problem",
        "missing-information", "could-not-find")))
        .isInstanceOf(InvalidResponseException.class);
    assertThatThrownBy(() -> visit.answer(MultipleChoiceAnswer.of()))
        .isInstanceOf(InvalidResponseException.class);
    assertThat(visit.current()).map(Question::id).contains("reasons");
  }

  @Test
  void completedResponsesToEachSurveyValidateClean() {
    List<Response> responses = List.of(
        answered(SampleSurveys.POST_PURCHASE, "r-1", new NpsAnswer(9),
            new OpenTextAnswer("Fast delivery, great price")),
        answered(SampleSurveys.EXIT_FEEDBACK, "r-2",
            new GoalCompletionAnswer(GoalOutcome.PARTIALLY),
            new MultipleChoiceAnswer(List.of("could-not-find", "other"), "No gift wrapping"),
            new OpenTextAnswer("I could not find gift wrapping.")),
        answered(SampleSurveys.SUPPORT_CES, "r-3", new CesAnswer(6)),
        answered(SampleSurveys.DELIVERY_CSAT, "r-4", new CsatAnswer(2),
            new OpenTextAnswer("Курьер опоздал на два дня.")));
    ResponseValidator validator = ResponseValidator.of(SampleSurveys.ALL.toArray(new Survey[0]));
    for (Response response : responses) {
      assertThat(response.status()).as(response.id()).isEqualTo(ResponseStatus.COMPLETED);
      assertThat(validator.validate(response)).as(response.id()).isEmpty();
    }
  }

  @Test
  void jsonRoundTripGivesEqualSurveys() {
    SurveyJson json = SurveyJson.standard();
    for (Survey survey : SampleSurveys.ALL) {
      assertThat(json.readSurvey(json.writeSurvey(survey))).as(survey.id()).isEqualTo(survey);
    }
  }

  /** Answers the survey's questions in order, skipping the rest when the answers run out. */
  private static Response answered(Survey survey, String id, io.cxkit.survey.Answer... answers) {
    Navigation visit = SurveyNavigator.of(survey).begin();
    for (io.cxkit.survey.Answer answer : answers) {
      visit.answer(answer);
    }
    while (!visit.finished()) {
      visit.skip();
    }
    return visit.toResponse(id).submittedAt(Instant.parse("2026-03-02T12:00:00Z")).build();
  }

  private static void assertWhy(Survey survey, String id, String english) {
    OpenTextQuestion why = (OpenTextQuestion) survey.question(id).orElseThrow();
    assertThat(why.required()).isFalse();
    assertThat(why.maxLength()).isEqualTo(1000);
    assertThat(english(why.text())).isEqualTo(english);
  }

  private static int assertTrilingual(String path, LocalizedText text) {
    assertThat(text).as(path).isNotNull();
    assertThat(text.locales()).as(path).isEqualTo(LANGUAGES);
    for (Locale locale : LANGUAGES) {
      assertThat(text.exactly(locale)).as(path + " " + locale).hasValueSatisfying(
          s -> assertThat(s).isNotBlank().isEqualTo(s.strip()));
    }
    return 1;
  }

  private static String english(LocalizedText text) {
    assertThat(text).isNotNull();
    return text.exactly(Locale.ENGLISH).orElseThrow();
  }
}
