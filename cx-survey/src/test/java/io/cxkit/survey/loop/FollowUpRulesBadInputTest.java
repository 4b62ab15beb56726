package io.cxkit.survey.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.survey.Survey;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.json.SurveyJsonException;
import org.junit.jupiter.api.Test;

/** Bad rules get typed errors naming the rule, the question and the rule broken. */
class FollowUpRulesBadInputTest {
  private final Survey survey = LoopFixtures.scales();
  private final FollowUpJson json = FollowUpJson.standard();

  @Test
  void unknownQuestionIsRefusedWhenBound() {
    FollowUpRules rules = FollowUpRules.of(FollowUpRule.goalNotAchieved("goal"),
        FollowUpRule.detractor("likely").withId("detractors"));
    assertThatThrownBy(() -> rules.bind(survey))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessageStartingWith("rules[1].question = \"likely\": rule \"detractors\" (detractor):"
            + " survey scales has no such question; it has [nps, nps10,");
  }

  @Test
  void questionOfTheWrongTypeIsRefusedWhenBound() {
    assertThatThrownBy(() -> FollowUpRules.of(FollowUpRule.bottomBox("nps")).bind(survey))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessage("rules[0].question = \"nps\": rule \"bottom-box\" (bottom-box): needs a csat"
            + " question, and question nps of survey scales is of type nps");
    assertThatThrownBy(() -> FollowUpRules.of(FollowUpRule.notAgreeing("csat5")).bind(survey))
        .hasMessageContaining("needs a ces question, and question csat5 of survey scales is of"
            + " type csat");
    assertThatThrownBy(() -> FollowUpRules.of(FollowUpRule.reasonChosen("goal", "price"))
        .bind(survey))
        .hasMessageContaining("needs a single_choice or multiple_choice question");
  }

  @Test
  void aCodeTheQuestionDoesNotOfferIsRefused() {
    assertThatThrownBy(() -> FollowUpRules.of(FollowUpRule.reasonChosen("reason", "shipping"))
        .bind(survey))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessage("rules[0].code = \"shipping\": rule \"reason-shipping\" (reason-chosen):"
            + " question reason does not offer it; it offers [price, technical-problem]");
  }

  @Test
  void aBottomBoxReachingTheSatisfiedAnswersIsRefused() {
    // CSAT 1..5 counts 4-5 as satisfied (top-2-box), so at most 3 bottom boxes.
    assertThatThrownBy(() -> FollowUpRules.of(FollowUpRule.bottomBox("csat5", 4)).bind(survey))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessageContaining("rules[0].boxes = 4")
        .hasMessageContaining("reach its satisfied answers (from 4); must be at most 3");
  }

  @Test
  void matchingConditionsAreCheckedAgainstTheSurvey() {
    assertThatThrownBy(() -> FollowUpRules.of(FollowUpRule.matching(
        Condition.answer("missing").isAnswered())).bind(survey))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessageContaining("survey scales has no such question");
    assertThatThrownBy(() -> FollowUpRules.of(FollowUpRule.matching(
        Condition.on(new Operand("attribute", "plan")).equalTo("gold"))).bind(survey))
        .hasMessageContaining("can compare only answers of the survey's questions");
    // contains is a text operator: an NPS question does not support it.
    assertThatThrownBy(() -> FollowUpRules.of(FollowUpRule.matching(
        Condition.answer("nps").contains("x"))).bind(survey))
        .hasMessageContaining("question nps is of type nps, which does not support this operator");
    // 11 is off the 0..10 scale: the type's own check of the arguments.
    assertThatThrownBy(() -> FollowUpRules.of(FollowUpRule.matching(
        Condition.answer("nps").equalTo(11))).bind(survey))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessageContaining("(question nps is of type nps)");
  }

  @Test
  void duplicateIdsAreRefused() {
    assertThatThrownBy(() -> FollowUpRules.of(FollowUpRule.detractor("nps"),
        FollowUpRule.detractor("nps10")))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessageStartingWith("rules[1].id = \"detractor\": duplicates the id of rules[0]");
    assertThatThrownBy(() -> FollowUpRules.of())
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessage("rules = []: must hold at least one rule");
  }

  @Test
  void ruleValuesAreChecked() {
    assertThatThrownBy(() -> FollowUpRule.detractor("nps").withPriority(0))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessage("priority = 0: must lie in 1..9 (1 = most urgent)");
    assertThatThrownBy(() -> FollowUpRule.detractor("nps").withReason("  "))
        .hasMessage("reason = \"  \": must not be blank");
    assertThatThrownBy(() -> FollowUpRule.detractor("nps").withId("has space"))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessageStartingWith("id = \"has space\": must be 1 to 128 characters");
    assertThatThrownBy(() -> FollowUpRule.bottomBox("csat5", 0))
        .hasMessage("boxes = 0: must be ≥ 1");
  }

  @Test
  void malformedJsonNamesPathLineAndColumn() {
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + "\n \"rules\": [{\"id\": \"a\", \"kind\": \"detractor\", \"question\": \"nps\","
        + " \"priority\": \"high\"}]}"))
        .isInstanceOf(SurveyJsonException.class)
        // Line 2 is ` "rules": [{"id": "a", …, "priority": "high"}]}`: "high" starts at column 76.
        .hasMessage("$.rules[0].priority (line 2, column 76): expected an integer, found a string");
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [{\"id\": \"a\", \"kind\": \"detractor\", \"question\": \"nps\","
        + " \"boxes\": 2}]}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("$.rules[0].boxes (line 1")
        .hasMessageEndingWith("a rule of kind detractor has no member boxes");
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [{\"id\": \"a\", \"kind\": \"detractor\"}]}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("missing member question");
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 2, \"kind\": \"follow-up-rules\","
        + " \"rules\": []}"))
        .hasMessageContaining("unsupported format version 2");
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [], \"extra\": true}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageStartingWith("$.extra (line 1");
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"formatVersion\": 1}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("Duplicate field 'formatVersion'");
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [{\"id\": \"a\", \"kind\": \"loud\", \"question\": \"nps\"}]}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("unknown rule kind \"loud\"");
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": []} []"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("expected the end of the input");
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [{\"id\": \"a\""))
        .isInstanceOf(SurveyJsonException.class);
    assertThatThrownBy(() -> json.readRules("null"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 1, column 1): expected a follow-up rules document as a JSON object,"
            + " found null");
  }

  @Test
  void modelRulesInJsonAreTypedErrorsWithTheJsonPath() {
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [{\"id\": \"a\", \"kind\": \"detractor\", \"question\": \"nps\","
        + " \"priority\": 12}]}"))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessage("$.rules[0].priority = 12: must lie in 1..9 (1 = most urgent)");
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [{\"id\": \"a\", \"kind\": \"detractor\", \"question\": \"nps\"},"
        + " {\"id\": \"a\", \"kind\": \"detractor\", \"question\": \"nps10\"}]}"))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessageStartingWith("$.rules[1].id = \"a\": duplicates the id of rules[0]");
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": []}"))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessage("$.rules = []: must hold at least one rule");
  }

  @Test
  void badConditionsInsideARuleNameTheirPath() {
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [{\"id\": \"m\", \"kind\": \"matching\", \"when\": {\"answer\": \"nps\","
        + " \"operator\": \"loud\"}}]}"))
        .isInstanceOf(SurveyJsonException.class)
        .satisfies(e -> assertThat(((SurveyJsonException) e).path())
            .startsWith("$.rules[0].when"))
        .satisfies(e -> assertThat(((SurveyJsonException) e).line()).isEqualTo(1));
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [{\"id\": \"m\", \"kind\": \"matching\", \"when\": {\"answer\": \"nps\","
        + " \"operator\": \"in-range\", \"min\": 7, \"max\": 3}}]}"))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessage("$.rules[0].when.min = 7: must be ≤ max 3");
    // The same broken comparison one level down: the path goes through the condition to the
    // member, as at the top ("min" of the second part of "anyOf"; "value" under "not").
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [{\"id\": \"m\", \"kind\": \"matching\", \"when\": {\"anyOf\": ["
        + "{\"answer\": \"nps\", \"operator\": \"is-answered\"}, {\"answer\": \"nps\","
        + " \"operator\": \"in-range\", \"min\": 7, \"max\": 3}]}}]}"))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessage("$.rules[0].when.anyOf[1].min = 7: must be ≤ max 3");
    assertThatThrownBy(() -> json.readRules("{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [{\"id\": \"m\", \"kind\": \"matching\", \"when\": {\"not\":"
        + " {\"answer\": \"comment\", \"operator\": \"contains\", \"value\": \"\"}}}]}"))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessage("$.rules[0].when.not.value = \"\": contains must be given a non-empty text");
  }

  @Test
  void aByteOrderMarkIsSkippedWhateverTheSource() {
    // readRules(String) and readRules(InputStream) skip a leading BOM (as SurveyJson does); a
    // Reader over a file saved with one must read the same.
    String document = "\uFEFF{\"formatVersion\": 1, \"kind\": \"follow-up-rules\","
        + " \"rules\": [{\"id\": \"d\", \"kind\": \"detractor\", \"question\": \"nps\"}]}";
    FollowUpRules expected = FollowUpRules.of(FollowUpRule.detractor("nps").withId("d"));
    assertThat(json.readRules(document)).isEqualTo(expected);
    assertThat(json.readRules(new java.io.ByteArrayInputStream(
        document.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo(expected);
    assertThat(json.readRules(new java.io.StringReader(document))).isEqualTo(expected);
  }
}
