package io.cxkit.survey.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.GoalCompletion;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.Nps;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.types.ChoiceSummary;
import io.cxkit.survey.types.ContactConsentSummary;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionSummary;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.NpsSummary;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.OpenTextQuestionType;
import io.cxkit.survey.types.OpenTextSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Summaries of the hand-made responses of {@link SurveySummaryExamples}, each figure computed by
 * hand in a comment. Percentages are cx-core's {@link Percentage} (0..100) with the Wilson interval
 * (Wilson 1927: centre (p + z²/2n)/(1 + z²/n), half-width z/(1 + z²/n)·sqrt(p(1 − p)/n + z²/4n²),
 * z = 1.959964 at 95 %), evaluated to 1e-9 by a separate calculation.
 */
class SurveySummarizerTest {
  private static final double EXACT = 1e-9;

  private static SurveySummary exitFeedback(SummaryOptions options, OptionalLong displays) {
    SurveySummarizer summarizer = SurveySummarizer.builder(SurveySummaryExamples.exitFeedback())
        .options(options).build();
    summarizer.addAll(SurveySummaryExamples.exitFeedbackResponses().iterator());
    displays.ifPresent(summarizer::addDisplays);
    return summarizer.snapshot();
  }

  private static void assertRate(Rate rate, long count, long n, String denominator, double value,
      double lower, double upper) {
    assertThat(rate.count()).as("count of %s", rate).isEqualTo(count);
    assertThat(rate.n()).as("n of %s", rate).isEqualTo(n);
    assertThat(rate.denominator()).isEqualTo(denominator);
    assertThat(rate.value().orElseThrow()).isCloseTo(value, within(EXACT));
    Interval interval = rate.confidenceInterval(0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(lower, within(EXACT));
    assertThat(interval.upper()).isCloseTo(upper, within(EXACT));
  }

  @Test
  void exitFeedbackWithDisplays() {
    // Shown 25 times; 10 responses: completed #1–#6, partial #7–#8, dismissed #9–#10.
    SurveySummary summary = exitFeedback(SummaryOptions.DEFAULT, OptionalLong.of(25));
    assertThat(summary.displays()).hasValue(25);
    assertThat(summary.responses()).isEqualTo(10);
    assertThat(summary.starts()).isEqualTo(8);
    assertThat(summary.completions()).isEqualTo(6);
    assertThat(summary.partials()).isEqualTo(2);
    assertThat(summary.dismissals()).isEqualTo(2);
    // Survey completion rate = completions / displays = 6/25 = 24 %; Wilson [11.4963, 43.4297].
    assertRate(summary.surveyCompletionRate(), 6, 25, "displays", 24, 11.496313693401444,
        43.42968335542908);
    // Dismissal rate = 2/25 = 8 % of displays.
    assertThat(summary.dismissalRate().percentage()).isEqualTo(Percentage.of(2, 25));
    assertThat(summary.dismissalRate().denominator()).isEqualTo("displays");

    // goal: reached by all 8 starts, answered by 7 (#8 left it unanswered), #8 stopped there.
    QuestionResult goal = summary.question("goal");
    assertThat(List.of(goal.reached(), goal.answered(), goal.droppedOff())).containsExactly(8L, 7L, 1L);
    // Answer rate 7/8 = 87.5 %, Wilson [52.9112, 97.7583]; drop-off 1/8 = 12.5 %.
    assertRate(goal.answerRate(), 7, 8, "reached", 87.5, 52.91118177871464, 97.75825085499433);
    assertThat(goal.dropOffRate().percentage()).isEqualTo(Percentage.of(1, 8));
    // Goal completion rate: fully #1–#3 of the 7 answers = 3/7 = 42.857 %, Wilson [15.8220, 74.9542].
    GoalCompletion completion = goal.summary(GoalCompletionSummary.class).completion();
    assertThat(List.of(completion.fully(), completion.partially(), completion.notAchieved()))
        .containsExactly(3L, 2L, 2L);
    Interval goalInterval = completion.confidenceInterval(0.95).orElseThrow();
    assertThat(completion.value().orElseThrow()).isCloseTo(300.0 / 7, within(EXACT));
    assertThat(goalInterval.lower()).isCloseTo(15.821985525146975, within(EXACT));
    assertThat(goalInterval.upper()).isCloseTo(74.95416354723427, within(EXACT));

    // reasons: reached by #4–#7, answered by #4–#6, #7 stopped there.
    QuestionResult reasons = summary.question("reasons");
    assertThat(List.of(reasons.reached(), reasons.answered(), reasons.droppedOff()))
        .containsExactly(4L, 3L, 1L);
    ChoiceSummary choices = reasons.summary(ChoiceSummary.class);
    assertThat(choices.counts()).containsExactly(Map.entry("missing-information", 0L),
        Map.entry("technical-problem", 2L), Map.entry("price", 0L), Map.entry("other", 1L));
    // technical-problem: 2 of 3 answers = 66.67 %, Wilson [20.7660, 93.8508].
    Percentage technical = choices.share("technical-problem");
    assertThat(technical.value().orElseThrow()).isCloseTo(200.0 / 3, within(EXACT));
    assertThat(technical.confidenceInterval(0.95).orElseThrow().lower())
        .isCloseTo(20.765960080204763, within(EXACT));
    assertThat(technical.confidenceInterval(0.95).orElseThrow().upper())
        .isCloseTo(93.85080552796038, within(EXACT));

    // contact: reached by #5 and #6 (routed there by technical-problem), answered by #5 only.
    QuestionResult contact = summary.question("contact");
    assertThat(List.of(contact.reached(), contact.answered(), contact.droppedOff()))
        .containsExactly(2L, 1L, 0L);
    assertThat(contact.summary(ContactConsentSummary.class).consent()).isEqualTo(Percentage.of(1, 1));
  }

  @Test
  void exitFeedbackWithoutDisplays() {
    SurveySummary summary = exitFeedback(SummaryOptions.DEFAULT, OptionalLong.empty());
    assertThat(summary.displays()).isEmpty();
    // Without displays: completions over starts = 6/8 = 75 %, Wilson [40.9275, 92.8521].
    assertRate(summary.surveyCompletionRate(), 6, 8, "starts", 75, 40.92754303101688,
        92.8520787247891);
    // Dismissals over all responses: 2/10.
    assertThat(summary.dismissalRate().percentage()).isEqualTo(Percentage.of(2, 10));
    assertThat(summary.dismissalRate().denominator()).isEqualTo("responses");
  }

  @Test
  void dismissedInDenominatorsChangesExactlyTheDocumentedDenominators() {
    SummaryOptions with = SummaryOptions.DEFAULT.withDismissedInDenominators(true);
    SurveySummary apart = exitFeedback(SummaryOptions.DEFAULT, OptionalLong.empty());
    SurveySummary in = exitFeedback(with, OptionalLong.empty());
    // Survey completion rate without displays: over all 10 responses, 6/10 = 60 %,
    // Wilson [31.2674, 83.1820].
    assertRate(in.surveyCompletionRate(), 6, 10, "responses", 60, 31.267376973365824,
        83.18196702937638);
    // The two dismissals saw the first question and left: goal reached 10, dropped off 1 + 2 = 3.
    QuestionResult goal = in.question("goal");
    assertThat(List.of(goal.reached(), goal.answered(), goal.droppedOff())).containsExactly(10L, 7L, 3L);
    assertThat(goal.answerRate().percentage()).isEqualTo(Percentage.of(7, 10));
    assertThat(goal.dropOffRate().percentage()).isEqualTo(Percentage.of(3, 10));
    assertThat(differing(apart, in)).containsExactlyInAnyOrder(EstimateKey.SURVEY_COMPLETION,
        EstimateKey.question("goal", EstimateKey.ANSWER_RATE),
        EstimateKey.question("goal", EstimateKey.DROP_OFF));

    // With displays, the survey completion rate is over displays either way.
    SurveySummary apartShown = exitFeedback(SummaryOptions.DEFAULT, OptionalLong.of(25));
    SurveySummary inShown = exitFeedback(with, OptionalLong.of(25));
    assertThat(inShown.surveyCompletionRate()).isEqualTo(apartShown.surveyCompletionRate());
    assertThat(differing(apartShown, inShown)).containsExactlyInAnyOrder(
        EstimateKey.question("goal", EstimateKey.ANSWER_RATE),
        EstimateKey.question("goal", EstimateKey.DROP_OFF));
  }

  /** @return the keys whose estimates differ; the two summaries have the same keys */
  private static List<EstimateKey> differing(SurveySummary a, SurveySummary b) {
    Map<EstimateKey, MergeableEstimate<?>> left = a.estimates();
    Map<EstimateKey, MergeableEstimate<?>> right = b.estimates();
    assertThat(right.keySet()).containsExactlyElementsOf(left.keySet());
    List<EstimateKey> out = new ArrayList<>();
    left.forEach((key, estimate) -> {
      if (!estimate.equals(right.get(key))) {
        out.add(key);
      }
    });
    return out;
  }

  @Test
  void estimatesAreNamedInAStableOrder() {
    SurveySummary summary = exitFeedback(SummaryOptions.DEFAULT, OptionalLong.of(25));
    assertThat(summary.estimates().keySet()).extracting(EstimateKey::toString).containsExactly(
        "survey-completion", "dismissal",
        "goal/answer-rate", "goal/drop-off", "goal/goal-completion",
        "reasons/answer-rate", "reasons/drop-off", "reasons/share:missing-information",
        "reasons/share:technical-problem", "reasons/share:price", "reasons/share:other",
        "contact/answer-rate", "contact/drop-off", "contact/consent");
    assertThat(summary.estimate(EstimateKey.question("reasons", "share:other")))
        .isEqualTo(Percentage.of(1, 3));
    assertThat(summary.estimate(EstimateKey.SURVEY_COMPLETION)).isEqualTo(summary.surveyCompletionRate());
    assertThatThrownBy(() -> summary.estimate(EstimateKey.question("reasons", "share:delivery")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("key = reasons/share:delivery: must be one of [survey-completion");
    assertThatThrownBy(() -> summary.question("why"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("[goal, reasons, contact]");
  }

  @Test
  void npsFollowUpsByHand() {
    SurveySummarizer summarizer = SurveySummarizer.of(SurveySummaryExamples.npsFollowUps());
    SurveySummaryExamples.npsResponses().forEach(summarizer::add);
    SurveySummary summary = summarizer.snapshot();
    // Completed #1–#7, partial #8–#9, dismissed #10; no displays: 7 of 9 starts = 77.78 %,
    // Wilson [45.2589, 93.6775].
    assertThat(List.of(summary.completions(), summary.partials(), summary.dismissals()))
        .containsExactly(7L, 2L, 1L);
    assertRate(summary.surveyCompletionRate(), 7, 9, "starts", 700.0 / 9, 45.258896910698894,
        93.67748928821533);

    QuestionResult nps = summary.question("nps");
    assertThat(List.of(nps.reached(), nps.answered(), nps.droppedOff())).containsExactly(9L, 8L, 1L);
    // Scores 10, 9, 10, 9 | 8, 7 | 3, 5: 4 promoters, 2 passives, 2 detractors of 8;
    // NPS = 100 · (4 − 2)/8 = 25.
    Nps score = nps.summary(NpsSummary.class).nps();
    assertThat(List.of(score.promoters(), score.passives(), score.detractors()))
        .containsExactly(4L, 2L, 2L);
    assertThat(score.value().orElseThrow()).isCloseTo(25, within(EXACT));
    // Nps.confidenceInterval is the adjusted-Wald interval of Rocks (2016): add ¾ promoter, 1½
    // passives, ¾ detractor; p' = 4.75/11, d' = 2.75/11, NPS' = 100·2/11 = 18.1818;
    // half-width 1.959964 · 100 · sqrt((p'(1 − p') + d'(1 − d') + 2p'd')/11) = 47.5986:
    // [−29.4168, 65.7804].
    Interval interval = score.confidenceInterval(0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(-29.416750307134418, within(EXACT));
    assertThat(interval.upper()).isCloseTo(65.78038667077078, within(EXACT));
    assertThat(summary.estimate(EstimateKey.question("nps", "nps"))).isEqualTo(score);

    // liked: reached by the promoters #1–#4, answered by #1, #3, #4; texts kept in input order.
    QuestionResult liked = summary.question("liked");
    assertThat(List.of(liked.reached(), liked.answered(), liked.droppedOff())).containsExactly(4L, 3L, 0L);
    OpenTextSummary likedTexts = liked.summary(OpenTextSummary.class);
    assertThat(likedTexts.texts()).containsExactly("Fast delivery", "Friendly staff", "Easy returns");
    assertThat(likedTexts.cap()).isEqualTo(OpenTextSummary.DEFAULT_CAP);
    // went-wrong: reached by the detractors #7 and #8, answered by #7, #8 stopped there.
    QuestionResult wentWrong = summary.question("went-wrong");
    assertThat(List.of(wentWrong.reached(), wentWrong.answered(), wentWrong.droppedOff()))
        .containsExactly(2L, 1L, 1L);
    assertThat(wentWrong.summary(OpenTextSummary.class).texts()).containsExactly("Late parcel");
    // Open-text questions contribute no estimate of their own.
    assertThat(summary.estimates().keySet()).extracting(EstimateKey::toString).containsExactly(
        "survey-completion", "dismissal", "nps/answer-rate", "nps/drop-off", "nps/nps",
        "went-wrong/answer-rate", "went-wrong/drop-off", "liked/answer-rate", "liked/drop-off");
  }

  @Test
  void aRegistryOfItsOwnSetsTheOpenTextCap() {
    // Keep 2 texts: the third promoter text (#4) is counted but not kept.
    QuestionTypeRegistry.Builder registry = QuestionTypeRegistry.builder();
    QuestionTypeRegistry.standard().types().stream()
        .filter(type -> !type.id().equals(OpenTextQuestionType.ID)).forEach(registry::register);
    SurveySummarizer summarizer = SurveySummarizer.builder(SurveySummaryExamples.npsFollowUps())
        .registry(registry.register(new OpenTextQuestionType(2)).build()).build();
    SurveySummaryExamples.npsResponses().forEach(summarizer::add);
    OpenTextSummary liked = summarizer.snapshot().question("liked").summary(OpenTextSummary.class);
    assertThat(liked.answered()).isEqualTo(3);
    assertThat(liked.texts()).containsExactly("Fast delivery", "Friendly staff");
    assertThat(liked.keepsEveryText()).isFalse();
  }

  @Test
  void anInvalidResponseIsRefusedWholeAndNothingOfItIsCounted() {
    SurveySummarizer summarizer = SurveySummarizer.of(SurveySummaryExamples.npsFollowUps());
    SurveySummaryExamples.npsResponses().subList(0, 4).forEach(summarizer::add);
    SurveySummary before = summarizer.snapshot();
    Survey survey = SurveySummaryExamples.npsFollowUps();
    // A score off the scale, an answer the routing never reaches (a passive's went-wrong), another
    // survey's response: each breaks a rule of the survey.
    List<Response> invalid = List.of(
        Response.builder("bad-1", survey.id(), survey.version()).answer("nps", new NpsAnswer(11)).build(),
        Response.builder("bad-2", survey.id(), survey.version()).answer("nps", new NpsAnswer(8))
            .answer("went-wrong", new io.cxkit.survey.types.OpenTextAnswer("Nothing")).build(),
        Response.builder("bad-3", "exit-feedback", 1)
            .answer("goal", new GoalCompletionAnswer(io.cxkit.core.GoalOutcome.FULLY)).build());
    assertThatThrownBy(() -> summarizer.add(invalid.get(0))).isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("answers.nps.score = 11");
    assertThatThrownBy(() -> summarizer.add(invalid.get(1))).isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("answers.went-wrong");
    assertThatThrownBy(() -> summarizer.add(invalid.get(2))).isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("surveyId = \"exit-feedback\"");
    assertThat(summarizer.snapshot()).isEqualTo(before);
    // addAll stops at the first bad one; those before it are counted.
    List<Response> mixed = List.of(SurveySummaryExamples.npsResponses().get(4), invalid.get(0),
        SurveySummaryExamples.npsResponses().get(5));
    assertThatThrownBy(() -> summarizer.addAll(mixed.iterator())).isInstanceOf(InvalidResponseException.class);
    assertThat(summarizer.snapshot().completions()).isEqualTo(before.completions() + 1);
  }

  @Test
  void summariesOfOtherSurveysVersionsOrOptionsDoNotMerge() {
    SurveySummary nps = SurveySummarizer.of(SurveySummaryExamples.npsFollowUps()).snapshot();
    SurveySummary exit = SurveySummarizer.of(SurveySummaryExamples.exitFeedback()).snapshot();
    Survey version2 = Survey.builder("nps-quarterly").version(2)
        .title(LocalizedText.of("en", "How are we doing?")).kind(SurveyKind.RELATIONSHIP)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "Recommend us?"))).build();
    SurveySummary second = SurveySummarizer.of(version2).snapshot();
    SurveySummary counted = SurveySummarizer.builder(SurveySummaryExamples.npsFollowUps())
        .options(SummaryOptions.DEFAULT.withDismissedInDenominators(true)).build().snapshot();

    assertThatThrownBy(() -> nps.plus(exit)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("survey nps-quarterly version 1").hasMessageContaining("exit-feedback version 1");
    assertThatThrownBy(() -> nps.plus(second)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("nps-quarterly version 2");
    assertThatThrownBy(() -> nps.plus(counted)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("options").hasMessageContaining("dismissedInDenominators=true");
    // The same id and version with another definition is another survey too.
    Survey redefined = Survey.builder("nps-quarterly").title(LocalizedText.of("en", "Other"))
        .kind(SurveyKind.RELATIONSHIP)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "Recommend us?"))).build();
    assertThatThrownBy(() -> nps.plus(SurveySummarizer.of(redefined).snapshot()))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("survey definition");

    SurveySummarizer summarizer = SurveySummarizer.of(SurveySummaryExamples.npsFollowUps());
    SurveySummaryExamples.npsResponses().forEach(summarizer::add);
    SurveySummary before = summarizer.snapshot();
    for (SurveySummary other : List.of(exit, second, counted)) {
      assertThatThrownBy(() -> summarizer.merge(other)).isInstanceOf(IncompatibleMergeException.class);
    }
    assertThat(summarizer.snapshot()).isEqualTo(before);
  }

  @Test
  void mergingPartsInOrderGivesTheWhole() {
    List<Response> responses = SurveySummaryExamples.exitFeedbackResponses();
    Survey survey = SurveySummaryExamples.exitFeedback();
    SurveySummarizer first = SurveySummarizer.of(survey).addDisplays(10);
    responses.subList(0, 4).forEach(first::add);
    SurveySummarizer second = SurveySummarizer.of(survey).addDisplays(15);
    responses.subList(4, 10).forEach(second::add);
    SurveySummary whole = exitFeedback(SummaryOptions.DEFAULT, OptionalLong.of(25));
    assertThat(first.snapshot().plus(second.snapshot())).isEqualTo(whole);
    // A new summarizer (or the empty summary) is the identity: merging keeps the displays.
    SurveySummarizer total = SurveySummarizer.of(survey).merge(first.snapshot()).merge(second.snapshot());
    assertThat(total.snapshot()).isEqualTo(whole);
    SurveySummary empty = SurveySummary.empty(survey, SummaryOptions.DEFAULT, QuestionTypeRegistry.standard());
    assertThat(empty.plus(whole)).isEqualTo(whole);
    assertThat(whole.plus(empty)).isEqualTo(whole);
    // A part that recorded responses without displays leaves the total's displays unknown, so its
    // survey completion rate is over starts again.
    SurveySummarizer unshown = SurveySummarizer.of(survey);
    responses.subList(4, 10).forEach(unshown::add);
    SurveySummary partly = first.snapshot().plus(unshown.snapshot());
    assertThat(partly.displays()).isEmpty();
    assertThat(partly.surveyCompletionRate().denominator()).isEqualTo("starts");
  }

  @Test
  void theSummaryOfNothingHasNoValuesAndNoNaN() {
    SurveySummary empty = SurveySummarizer.of(SurveySummaryExamples.npsFollowUps()).snapshot();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.displays()).isEmpty();
    for (MergeableEstimate<?> estimate : empty.estimates().values()) {
      assertThat(estimate.n()).isZero();
      assertThat(estimate.value()).isEmpty();
      assertThat(estimate.confidenceInterval(0.95)).isEmpty();
    }
    // Displays without responses: 0 of 40 is a rate of 0 %, not an empty one.
    SurveySummary shown = SurveySummarizer.of(SurveySummaryExamples.npsFollowUps()).addDisplays(40).snapshot();
    assertThat(shown.surveyCompletionRate().value()).hasValue(0.0);
  }

  @Test
  void builderAndDisplaysRefuseMisuse() {
    SurveySummarizer.Builder builder = SurveySummarizer.builder(SurveySummaryExamples.npsFollowUps())
        .options(SummaryOptions.DEFAULT);
    assertThatThrownBy(() -> builder.options(SummaryOptions.DEFAULT)).isInstanceOf(IllegalStateException.class)
        .hasMessage("options was already set");
    builder.registry(QuestionTypeRegistry.standard());
    assertThatThrownBy(() -> builder.registry(QuestionTypeRegistry.standard()))
        .isInstanceOf(IllegalStateException.class).hasMessage("registry was already set");
    SurveySummarizer summarizer = builder.build();
    assertThatThrownBy(() -> summarizer.addDisplays(-1)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("count = -1");
    assertThatThrownBy(() -> summarizer.add(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("response");
    assertThatThrownBy(() -> summarizer.addDisplays(Long.MAX_VALUE).addDisplays(1))
        .isInstanceOf(io.cxkit.core.CountOverflowException.class);
  }

  @Test
  void partsThatCannotBeASummaryAreRefused() {
    Survey survey = SurveySummaryExamples.npsFollowUps();
    SurveySummary whole = SurveySummarizer.of(survey).addAll(SurveySummaryExamples.npsResponses().iterator())
        .snapshot();
    List<QuestionResult> results = whole.questions();
    OptionalLong none = OptionalLong.empty();
    // 7 completed + 2 partial + 1 dismissed, as recorded, is accepted.
    assertThat(SurveySummary.of(survey, SummaryOptions.DEFAULT, none, 7, 2, 1, results)).isEqualTo(whole);
    // Every start reaches the first question: nps is reached 9 times, so 8 starts cannot be.
    assertThatThrownBy(() -> SurveySummary.of(survey, SummaryOptions.DEFAULT, none, 6, 2, 1, results))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("questions[0].reached = 9: must be 8");
    // The two partial responses stop at nps and went-wrong; three partials cannot stop at two.
    assertThatThrownBy(() -> SurveySummary.of(survey, SummaryOptions.DEFAULT, none, 6, 3, 1, results))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("questions[].droppedOff = 2 in all: must add up to 3");
    // Fewer displays than responses.
    assertThatThrownBy(() -> SurveySummary.of(survey, SummaryOptions.DEFAULT, OptionalLong.of(9), 7, 2, 1,
        results)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("displays = 9");
    // The survey's questions out of order.
    List<QuestionResult> swapped = List.of(results.get(0), results.get(2), results.get(1));
    assertThatThrownBy(() -> SurveySummary.of(survey, SummaryOptions.DEFAULT, none, 7, 2, 1, swapped))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("questions[1].questionId = \"liked\": must be \"went-wrong\"");
    assertThatThrownBy(() -> SurveySummary.of(survey, SummaryOptions.DEFAULT, none, 7, 2, 1,
        results.subList(0, 2))).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("questions = 2 results");
    assertThatThrownBy(() -> SurveySummary.of(survey, SummaryOptions.DEFAULT, none, -1, 2, 1, results))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("completions = -1");
  }

  /** A type's summary that names one of its estimates as a question's own answer rate. */
  private record ShadowingSummary(long answered) implements
      io.cxkit.survey.spi.QuestionSummary<ShadowingSummary> {
    @Override
    public Map<String, MergeableEstimate<?>> estimates() {
      return Map.of(EstimateKey.ANSWER_RATE, Percentage.of(0, answered));
    }

    @Override
    public ShadowingSummary plus(ShadowingSummary other) {
      return new ShadowingSummary(answered + other.answered);
    }
  }

  @Test
  void aTypesEstimateMayNotTakeTheNameOfTheQuestionsOwnRates() {
    Survey survey = SurveySummaryExamples.npsFollowUps();
    SurveySummary whole = SurveySummarizer.of(survey).addAll(SurveySummaryExamples.npsResponses().iterator())
        .snapshot();
    List<QuestionResult> results = new ArrayList<>(whole.questions());
    QuestionResult wentWrong = results.get(1);
    // went-wrong: reached 2, answered 1; its answer rate 1/2 must not silently become the
    // type's 0/1.
    assertThat(whole.estimate(EstimateKey.question("went-wrong", EstimateKey.ANSWER_RATE)))
        .isEqualTo(Rate.of(Percentage.of(1, 2), "reached"));
    results.set(1, new QuestionResult(wentWrong.questionId(), wentWrong.typeId(), wentWrong.reached(),
        wentWrong.answered(), wentWrong.droppedOff(), new ShadowingSummary(wentWrong.answered())));
    SurveySummary shadowed = SurveySummary.of(survey, SummaryOptions.DEFAULT, OptionalLong.empty(),
        whole.completions(), whole.partials(), whole.dismissals(), results);

    assertThatThrownBy(shadowed::estimates).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("went-wrong").hasMessageContaining("\"answer-rate\"")
        .hasMessageContaining("the question's own");
  }

  @Test
  void anOpenTextQuestionsCapIsItsTypesSetting() {
    OpenTextQuestion question = OpenTextQuestion.of("why", LocalizedText.of("en", "Why?"));
    assertThat(new OpenTextQuestionType().newSummary(question).cap()).isEqualTo(OpenTextSummary.DEFAULT_CAP);
    assertThat(new OpenTextQuestionType(0).newSummary(question).snapshot().cap()).isZero();
    assertThatThrownBy(() -> new OpenTextQuestionType(-1)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("cap = -1");
  }
}
