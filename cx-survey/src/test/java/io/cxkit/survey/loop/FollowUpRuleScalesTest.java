package io.cxkit.survey.loop;

import static io.cxkit.survey.loop.LoopFixtures.goal;
import static io.cxkit.survey.loop.LoopFixtures.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.types.CesAnswer;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Every rule kind on every scale variant: the scores each rule matches, listed by hand from the
 * variant tables of DESIGN.md ("Named variants") and cx-core's NpsVariant and CesVariant.
 */
class FollowUpRuleScalesTest {
  private final Survey survey = LoopFixtures.scales();

  /** @return the scores from {@code min} to {@code max} whose one-answer response matches */
  private List<Integer> matchingScores(FollowUpRule rule, String questionId, int min, int max,
      IntFunction<io.cxkit.survey.Answer> answer) {
    FollowUpFinder finder = FollowUpRules.of(rule).bind(survey);
    List<Integer> hits = new ArrayList<>();
    for (int score = min; score <= max; score++) {
      if (!finder.matchedRules(one(questionId, answer.apply(score))).isEmpty()) {
        hits.add(score);
      }
    }
    return hits;
  }

  @Test
  void detractorFollowsTheNpsVariant() {
    // Reichheld's standard scale: detractors score 0-6 of 0..10.
    assertThat(matchingScores(FollowUpRule.detractor("nps"), "nps", 0, 10, NpsAnswer::new))
        .containsExactly(0, 1, 2, 3, 4, 5, 6);
    // ONE_TO_TEN: detractors 1-6 of 1..10; 0 is off that scale (tested below).
    assertThat(matchingScores(FollowUpRule.detractor("nps10"), "nps10", 1, 10, NpsAnswer::new))
        .containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void bottomBoxIsTheLowestPointsOfTheQuestionsScale() {
    // CSAT 1..5, bottom-2-box: 1 and 2 ("very dissatisfied", "dissatisfied").
    assertThat(matchingScores(FollowUpRule.bottomBox("csat5"), "csat5", 1, 5, CsatAnswer::new))
        .containsExactly(1, 2);
    // CSAT 1..7, bottom-2-box: still the two lowest points, 1 and 2.
    assertThat(matchingScores(FollowUpRule.bottomBox("csat7"), "csat7", 1, 7, CsatAnswer::new))
        .containsExactly(1, 2);
    // Bottom-3-box on 1..7: 1, 2, 3; bottom-1-box on 1..5: 1.
    assertThat(matchingScores(FollowUpRule.bottomBox("csat7", 3), "csat7", 1, 7, CsatAnswer::new))
        .containsExactly(1, 2, 3);
    assertThat(matchingScores(FollowUpRule.bottomBox("csat5", 1), "csat5", 1, 5, CsatAnswer::new))
        .containsExactly(1);
  }

  @Test
  void notAgreeingFollowsTheCesVariant() {
    // CES 2.0 on 1..7: agree is 5-7, so 1-4 do not agree.
    assertThat(matchingScores(FollowUpRule.notAgreeing("ces2"), "ces2", 1, 7, CesAnswer::new))
        .containsExactly(1, 2, 3, 4);
    // 5-point agreement: agree is 4-5, so 1-3.
    assertThat(matchingScores(FollowUpRule.notAgreeing("ces5"), "ces5", 1, 5, CesAnswer::new))
        .containsExactly(1, 2, 3);
    // CES 1.0 effort, lower is easier: low effort is 1-2, so "not low effort" is 3-5.
    assertThat(matchingScores(FollowUpRule.notAgreeing("effort"), "effort", 1, 5, CesAnswer::new))
        .containsExactly(3, 4, 5);
  }

  @Test
  void goalNotAchievedWithAndWithoutPartially() {
    FollowUpFinder strict = FollowUpRules.of(FollowUpRule.goalNotAchieved("goal")).bind(survey);
    FollowUpFinder wide = FollowUpRules.of(FollowUpRule.goalNotAchieved("goal", true)).bind(survey);
    assertThat(strict.matchedRules(one("goal", goal(GoalOutcome.NOT_ACHIEVED)))).hasSize(1);
    assertThat(strict.matchedRules(one("goal", goal(GoalOutcome.PARTIALLY)))).isEmpty();
    assertThat(strict.matchedRules(one("goal", goal(GoalOutcome.FULLY)))).isEmpty();
    assertThat(wide.matchedRules(one("goal", goal(GoalOutcome.NOT_ACHIEVED)))).hasSize(1);
    assertThat(wide.matchedRules(one("goal", goal(GoalOutcome.PARTIALLY)))).hasSize(1);
    assertThat(wide.matchedRules(one("goal", goal(GoalOutcome.FULLY)))).isEmpty();
  }

  @Test
  void reasonChosenOnSingleAndMultipleChoice() {
    FollowUpFinder single = FollowUpRules.of(FollowUpRule.reasonChosen("reason", "technical-problem"))
        .bind(survey);
    assertThat(single.matchedRules(one("reason", SingleChoiceAnswer.of("technical-problem"))))
        .hasSize(1);
    assertThat(single.matchedRules(one("reason", SingleChoiceAnswer.of("price")))).isEmpty();
    FollowUpFinder multiple = FollowUpRules.of(FollowUpRule.reasonChosen("topics", "checkout"))
        .bind(survey);
    assertThat(multiple.matchedRules(one("topics", MultipleChoiceAnswer.of("delivery", "checkout"))))
        .hasSize(1);
    assertThat(multiple.matchedRules(one("topics", MultipleChoiceAnswer.of("delivery")))).isEmpty();
  }

  @Test
  void matchingTakesAnyConditionOverAnswers() {
    FollowUpFinder finder = FollowUpRules.of(FollowUpRule.matching(
        Condition.answer("comment").contains("slow")).withId("slow").withReason("Says slow"))
        .bind(survey);
    assertThat(finder.matchedRules(one("comment", new OpenTextAnswer("Delivery was slow"))))
        .extracting(FollowUpRule::id).containsExactly("slow");
    assertThat(finder.matchedRules(one("comment", new OpenTextAnswer("Fast, thanks")))).isEmpty();
    // A skipped question makes the comparison false (the condition language's rule), not an error.
    assertThat(finder.matchedRules(one("nps", new NpsAnswer(3)))).isEmpty();
  }

  @Test
  void aSkippedQuestionMatchesNoRuleOfItsKind() {
    FollowUpFinder finder = FollowUpRules.of(FollowUpRule.detractor("nps"),
        FollowUpRule.bottomBox("csat5"), FollowUpRule.notAgreeing("ces2"),
        FollowUpRule.goalNotAchieved("goal"), FollowUpRule.reasonChosen("reason", "price"))
        .bind(survey);
    assertThat(finder.matchedRules(one("comment", new OpenTextAnswer("hello")))).isEmpty();
  }

  @Test
  void aScoreOffTheVariantsScaleIsATypedError() {
    FollowUpFinder finder = FollowUpRules.of(FollowUpRule.detractor("nps10")).bind(survey);
    Response zero = one("nps10", new NpsAnswer(0));
    // 0 is not on ONE_TO_TEN's 1..10: refused, never silently counted as a detractor.
    assertThatThrownBy(() -> finder.matchedRules(zero))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("answers.nps10.score = 0: must lie on scale 1..10 of question nps10"
            + " (response \"r-nps10\")");
    FollowUpFinder effort = FollowUpRules.of(FollowUpRule.notAgreeing("effort")).bind(survey);
    assertThatThrownBy(() -> effort.matchedRules(one("effort", new CesAnswer(6))))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("must lie on scale 1..5");
  }

  @Test
  void anAnswerOfAnotherTypeIsATypedError() {
    FollowUpFinder finder = FollowUpRules.of(FollowUpRule.detractor("nps")).bind(survey);
    assertThatThrownBy(() -> finder.matchedRules(one("nps", new CsatAnswer(3))))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("answers.nps = CsatAnswer: must be an answer of type nps, the type of question"
            + " nps (response \"r-nps\")");
  }

  @Test
  void aResponseToAnotherSurveyIsATypedError() {
    FollowUpFinder finder = FollowUpRules.of(FollowUpRule.detractor("nps")).bind(survey);
    Response other = Response.builder("x1", "other-survey", 1).answer("nps", new NpsAnswer(1))
        .build();
    assertThatThrownBy(() -> finder.collector().add(other))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("surveyId = \"other-survey\": must be \"scales\"");
  }
}
