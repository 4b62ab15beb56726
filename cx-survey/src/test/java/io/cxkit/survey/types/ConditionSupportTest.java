package io.cxkit.survey.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CesVariant;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.Violation;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.AnswerValue.CodesValue;
import io.cxkit.survey.spi.AnswerValue.FlagValue;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import io.cxkit.survey.spi.AnswerValue.TextValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each built-in type refuses, when a survey is built, a routing condition that no valid answer to
 * its question could meet (the rules of {@code QuestionType#validateCondition}), and accepts the
 * edge cases that can. Every case goes through {@code Survey.builder(…).route(…).build()}, so the
 * message is checked whole: the path into the routing ({@code routing[0].when.value}), the value as
 * JSON writes it, the type's rule, and the suffix naming the question and its type.
 */
class ConditionSupportTest {

  private static final LocalizedText TEXT = LocalizedText.of("en", "Question");

  /** The survey with {@code question}, ended after it when {@code when} holds. */
  private static Survey routed(Question question, Condition when) {
    return Survey.builder("conditions")
        .title(LocalizedText.of("en", "Conditions"))
        .kind(SurveyKind.PRODUCT)
        .question(question)
        .question(OpenTextQuestion.of("more", TEXT))
        .route(RoutingRule.after(question.id()).when(when).endSurvey())
        .build();
  }

  private static void refused(Question question, Condition when, String message) {
    assertThatThrownBy(() -> routed(question, when))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage(message);
  }

  private static void accepted(Question question, Condition... conditions) {
    for (Condition when : conditions) {
      assertThatCode(() -> routed(question, when)).as("%s", when).doesNotThrowAnyException();
    }
  }

  private static Comparison comparison(String questionId, ConditionOperator operator,
      AnswerValue... arguments) {
    return Comparison.of(Operand.answer(questionId), operator, arguments);
  }

  @Nested
  class Scores {
    private final NpsQuestion nps = NpsQuestion.of("nps", TEXT);

    @Test
    void equalsAndOneOfNameAPointOfTheScale() {
      refused(nps, Condition.answer("nps").equalTo(11),
          "routing[0].when.value = 11: must be a point of the scale 0..10 (question nps is of type nps)");
      // Scores are whole numbers: 7.5 is between two points.
      refused(nps, Condition.answer("nps").equalTo(7.5),
          "routing[0].when.value = 7.5: must be a point of the scale 0..10 (question nps is of type nps)");
      refused(nps, Condition.answer("nps").oneOf(9, 10, 11),
          "routing[0].when.values[2] = 11: must be a point of the scale 0..10"
              + " (question nps is of type nps)");
      refused(nps, Condition.answer("nps").oneOf(-1, 0),
          "routing[0].when.values[0] = -1: must be a point of the scale 0..10"
              + " (question nps is of type nps)");
      accepted(nps, Condition.answer("nps").equalTo(0), Condition.answer("nps").equalTo(10),
          Condition.answer("nps").oneOf(0, 10));
    }

    @Test
    void aTextIsNotAScore() {
      refused(nps, Condition.answer("nps").equalTo("9"),
          "routing[0].when.value = \"9\": must be a number: question scores are numbers"
              + " (question nps is of type nps)");
      refused(nps, comparison("nps", ConditionOperator.ONE_OF, new NumberValue(9), new FlagValue(true)),
          "routing[0].when.values[1] = true: must be a number: question scores are numbers"
              + " (question nps is of type nps)");
      refused(nps, Condition.answer("nps").equalToCodes(List.of("9")),
          "routing[0].when.value = [\"9\"]: must be a number: question scores are numbers"
              + " (question nps is of type nps)");
    }

    @Test
    void aRangeMustHoldAPointOfTheScale() {
      refused(nps, Condition.answer("nps").inRange(11, 20),
          "routing[0].when.min = 11: can never hold on the scale 0..10 (question nps is of type nps)");
      refused(nps, Condition.answer("nps").inRange(-5, -1),
          "routing[0].when.max = -1: can never hold on the scale 0..10 (question nps is of type nps)");
      refused(nps, Condition.answer("nps").inRange(6.2, 6.8),
          "routing[0].when.min = 6.2: can never hold on the scale 0..10: no point lies between"
              + " min 6.2 and max 6.8 (question nps is of type nps)");
      // Overlapping the scale at one end is enough: -5..0 holds 0, 10..99 holds 10, 6.5..7 holds 7.
      accepted(nps, Condition.answer("nps").inRange(-5, 0), Condition.answer("nps").inRange(10, 99),
          Condition.answer("nps").inRange(6.5, 7), Condition.answer("nps").inRange(0, 6));
    }

    @Test
    void greaterAndLessThanMustLeaveAPoint() {
      refused(nps, Condition.answer("nps").greaterThan(10),
          "routing[0].when.value = 10: can never hold on the scale 0..10 (question nps is of type nps)");
      refused(nps, Condition.answer("nps").lessThan(0),
          "routing[0].when.value = 0: can never hold on the scale 0..10 (question nps is of type nps)");
      // 9.5 leaves 10, 0.5 leaves 0, and bounds off the scale leave all of it.
      accepted(nps, Condition.answer("nps").greaterThan(9.5), Condition.answer("nps").lessThan(0.5),
          Condition.answer("nps").greaterThan(-3), Condition.answer("nps").lessThan(42));
    }

    @Test
    void theScaleIsTheQuestionsOwn() {
      NpsQuestion oneToTen = new NpsQuestion("nps", TEXT, true, NpsVariant.ONE_TO_TEN, null, null);
      refused(oneToTen, Condition.answer("nps").equalTo(0),
          "routing[0].when.value = 0: must be a point of the scale 1..10 (question nps is of type nps)");
      refused(oneToTen, Condition.answer("nps").lessThan(1),
          "routing[0].when.value = 1: can never hold on the scale 1..10 (question nps is of type nps)");
      accepted(oneToTen, Condition.answer("nps").lessThan(2));

      CsatQuestion csat = CsatQuestion.of("csat", TEXT);
      refused(csat, Condition.answer("csat").equalTo(0),
          "routing[0].when.value = 0: must be a point of the scale 1..5 (question csat is of type csat)");
      refused(csat, Condition.answer("csat").greaterThan(5),
          "routing[0].when.value = 5: can never hold on the scale 1..5 (question csat is of type csat)");
      accepted(CsatQuestion.of("csat", TEXT, 0, 10), Condition.answer("csat").equalTo(0));

      CesQuestion ces = CesQuestion.of("ces", TEXT);
      refused(ces, Condition.answer("ces").inRange(8, 10),
          "routing[0].when.min = 8: can never hold on the scale 1..7 (question ces is of type ces)");
      CesQuestion effort = new CesQuestion("ces", TEXT, true, CesVariant.EFFORT_1_0, null);
      refused(effort, Condition.answer("ces").equalTo(6),
          "routing[0].when.value = 6: must be a point of the scale 1..5 (question ces is of type ces)");

      RatingQuestion rating = new RatingQuestion("stars", TEXT, true, 5, RatingStyle.STARS);
      refused(rating, Condition.answer("stars").lessThan(1),
          "routing[0].when.value = 1: can never hold on the scale 1..5"
              + " (question stars is of type rating)");
      refused(rating, Condition.answer("stars").oneOf(5, 6),
          "routing[0].when.values[1] = 6: must be a point of the scale 1..5"
              + " (question stars is of type rating)");
      accepted(rating, Condition.answer("stars").inRange(4, 5));
    }

    @Test
    void theFirstBrokenComparisonIsNamedByItsPath() {
      // anyOf[1] is a not of a comparison that could never hold: the path says where.
      Condition when = Condition.answer("nps").inRange(0, 6)
          .or(Condition.not(Condition.answer("nps").equalTo(12)));
      refused(nps, when, "routing[0].when.anyOf[1].not.value = 12: must be a point of the scale 0..10"
          + " (question nps is of type nps)");
    }
  }

  @Nested
  class GoalCompletion {
    private final GoalCompletionQuestion goal = GoalCompletionQuestion.of("goal", TEXT);

    @Test
    void valuesAreOutcomeIds() {
      refused(goal, Condition.answer("goal").equalTo("fuly"),
          "routing[0].when.value = \"fuly\": must be one of the goal outcome ids \"fully\","
              + " \"partially\", \"not-achieved\" (question goal is of type goal_completion)");
      // Ids are exact: the enum constant's name is not an id.
      refused(goal, Condition.answer("goal").oneOf("partially", "NOT_ACHIEVED"),
          "routing[0].when.values[1] = \"NOT_ACHIEVED\": must be one of the goal outcome ids"
              + " \"fully\", \"partially\", \"not-achieved\" (question goal is of type goal_completion)");
      refused(goal, Condition.answer("goal").equalTo(0),
          "routing[0].when.value = 0: must be a text: goal outcomes are the ids \"fully\","
              + " \"partially\", \"not-achieved\" (question goal is of type goal_completion)");
      accepted(goal, Condition.answer("goal").equalTo("fully"),
          Condition.answer("goal").oneOf("partially", "not-achieved"));
    }
  }

  @Nested
  class Choices {
    private final List<Choice> choices = List.of(Choice.of("price", "en", "Price"),
        Choice.of("technical-problem", "en", "A technical problem"),
        Choice.of("missing-information", "en", "Missing information"));
    private final SingleChoiceQuestion single = SingleChoiceQuestion.of("reason", TEXT, choices);
    private final SingleChoiceQuestion singleWithOther =
        new SingleChoiceQuestion("reason", TEXT, true, choices, LocalizedText.of("en", "Other"));
    private final MultipleChoiceQuestion multiple =
        new MultipleChoiceQuestion("reasons", TEXT, true, choices, null, 1, 2);

    @Test
    void aSingleChoiceConditionNamesAnOfferedCode() {
      refused(single, Condition.answer("reason").equalTo("teh"),
          "routing[0].when.value = \"teh\": must be one of \"price\", \"technical-problem\","
              + " \"missing-information\" (question reason is of type single_choice)");
      // "other" is a code only of a question that offers it.
      refused(single, Condition.answer("reason").oneOf("price", "other"),
          "routing[0].when.values[1] = \"other\": must be one of \"price\", \"technical-problem\","
              + " \"missing-information\" (question reason is of type single_choice)");
      accepted(singleWithOther, Condition.answer("reason").oneOf("price", "other"));
      refused(single, Condition.answer("reason").equalToCodes(List.of("price")),
          "routing[0].when.value = [\"price\"]: must be a text: a single-choice answer is the code"
              + " chosen (question reason is of type single_choice)");
    }

    @Test
    void multipleChoiceContainsAnOfferedCode() {
      refused(multiple, Condition.answer("reasons").contains("technical"),
          "routing[0].when.value = \"technical\": must be one of \"price\", \"technical-problem\","
              + " \"missing-information\" (question reasons is of type multiple_choice)");
      refused(multiple, Condition.answer("reasons").contains("other"),
          "routing[0].when.value = \"other\": must be one of \"price\", \"technical-problem\","
              + " \"missing-information\" (question reasons is of type multiple_choice)");
      accepted(multiple, Condition.answer("reasons").contains("technical-problem"));
    }

    @Test
    void multipleChoiceEqualsASetOfCodesAnAnswerCanChoose() {
      refused(multiple, Condition.answer("reasons").equalToCodes(List.of("price", "teh")),
          "routing[0].when.value[1] = \"teh\": must be one of \"price\", \"technical-problem\","
              + " \"missing-information\" (question reasons is of type multiple_choice)");
      // The question allows 1 to 2 choices, so a set of 3 is never chosen, nor the empty set.
      refused(multiple, Condition.answer("reasons").oneOfCodes(List.of(List.of("price"),
              List.of("price", "technical-problem", "missing-information"))),
          "routing[0].when.values[1] = [\"price\", \"technical-problem\", \"missing-information\"]:"
              + " can never hold: an answer chooses 1 to 2 options"
              + " (question reasons is of type multiple_choice)");
      refused(multiple, Condition.answer("reasons").equalToCodes(List.of()),
          "routing[0].when.value = []: can never hold: an answer chooses 1 to 2 options"
              + " (question reasons is of type multiple_choice)");
      // A text is one code, not a set of them: contains is the operator for one code.
      refused(multiple, Condition.answer("reasons").equalTo("price"),
          "routing[0].when.value = \"price\": must be a list of codes: a multiple-choice answer is"
              + " the set of codes chosen (contains tests one code)"
              + " (question reasons is of type multiple_choice)");
      // A repeated code counts once, as the comparison compares sets.
      accepted(multiple, Condition.answer("reasons").equalToCodes(List.of("price", "price")),
          Condition.answer("reasons").equalToCodes(List.of("technical-problem", "price")));
      accepted(new MultipleChoiceQuestion("reasons", TEXT, false, choices, null, 0, 1),
          Condition.answer("reasons").equalToCodes(List.of()));
    }

    @Test
    void everyCodeAListDoesNotOfferIsReported() {
      // The SPI reports every problem: both unknown codes and the set size, not only the first.
      // ("teh" and "pirce" are not offered; three codes exceed maxSelections = 2.)
      assertThat(new MultipleChoiceQuestionType().validateCondition(multiple,
              ConditionOperator.EQUALS, List.of(new AnswerValue.CodesValue(
                  List.of("teh", "price", "pirce")))))
          .extracting(Violation::toString)
          .containsExactly(
              "value[0] = \"teh\": must be one of \"price\", \"technical-problem\", \"missing-information\"",
              "value[2] = \"pirce\": must be one of \"price\", \"technical-problem\", \"missing-information\"",
              "value = [\"teh\", \"price\", \"pirce\"]: can never hold: an answer chooses 1 to 2 options");
    }

    @Test
    void exactlyOneSelectionIsNamedSo() {
      MultipleChoiceQuestion one = new MultipleChoiceQuestion("reasons", TEXT, true, choices, null, 1, 1);
      refused(one, Condition.answer("reasons").equalToCodes(List.of("price", "technical-problem")),
          "routing[0].when.value = [\"price\", \"technical-problem\"]: can never hold: an answer"
              + " chooses exactly 1 option (question reasons is of type multiple_choice)");
    }
  }

  @Nested
  class TextsAndFlags {
    @Test
    void openTextContainsAnyTextThatFitsAnAnswer() {
      OpenTextQuestion shortText = new OpenTextQuestion("why", TEXT, false, 10, null);
      refused(shortText, Condition.answer("why").contains("a".repeat(11)),
          "routing[0].when.value = 11 code points: can never hold: answers are at most"
              + " maxLength = 10 code points (question why is of type open_text)");
      // 9 letters and an emoji are 10 code points (11 chars): they fit.
      accepted(shortText, Condition.answer("why").contains("ééééééééé😀"),
          Condition.answer("why").contains(" "));
    }

    @Test
    void aBlankTextAsLongAsMaxLengthCanNeverBeContained() {
      // An answer holding 3 blanks in at most 3 code points is those blanks alone: blank, so
      // invalid (OpenTextQuestionType.validate). With one code point to spare, "a   " holds them.
      OpenTextQuestion three = new OpenTextQuestion("why", TEXT, false, 3, null);
      refused(three, Condition.answer("why").contains(" \t "),
          "routing[0].when.value = \" \\u0009 \": can never hold: answers are not blank and at most"
              + " maxLength = 3 code points (question why is of type open_text)");
      accepted(new OpenTextQuestion("why", TEXT, false, 4, null),
          Condition.answer("why").contains(" \t "));
      accepted(three, Condition.answer("why").contains(" a "), Condition.answer("why").contains("  "));
    }

    @Test
    void contactConsentEqualsAFlag() {
      ContactConsentQuestion contact = new ContactConsentQuestion("contact", TEXT, false);
      refused(contact, Condition.answer("contact").equalTo("yes"),
          "routing[0].when.value = \"yes\": must be a flag (true or false): a consent answer is a flag"
              + " (question contact is of type contact_consent)");
      refused(contact, Condition.answer("contact").equalTo(1),
          "routing[0].when.value = 1: must be a flag (true or false): a consent answer is a flag"
              + " (question contact is of type contact_consent)");
      accepted(contact, Condition.answer("contact").equalTo(true),
          Condition.answer("contact").equalTo(false));
    }
  }

  @Nested
  class OperatorSets {
    @Test
    void theIssuesOperatorsAreDeclaredWhereTheyApply() {
      // Issue 5: "contains (for multiple choice and text)"; scores compare as numbers; codes,
      // outcomes and flags by equality.
      assertThat(new MultipleChoiceQuestionType().operators()).containsExactlyInAnyOrder(
          ConditionOperator.CONTAINS, ConditionOperator.EQUALS, ConditionOperator.ONE_OF);
      assertThat(new OpenTextQuestionType().operators()).containsExactly(ConditionOperator.CONTAINS);
      for (var type : List.of(new NpsQuestionType(), new CsatQuestionType(), new CesQuestionType(),
          new RatingQuestionType())) {
        assertThat(type.operators()).as(type.id()).containsExactlyInAnyOrder(ConditionOperator.EQUALS,
            ConditionOperator.ONE_OF, ConditionOperator.IN_RANGE, ConditionOperator.GREATER_THAN,
            ConditionOperator.LESS_THAN);
      }
      assertThat(new SingleChoiceQuestionType().operators())
          .containsExactlyInAnyOrder(ConditionOperator.EQUALS, ConditionOperator.ONE_OF);
      assertThat(new GoalCompletionQuestionType().operators())
          .containsExactlyInAnyOrder(ConditionOperator.EQUALS, ConditionOperator.ONE_OF);
      assertThat(new ContactConsentQuestionType().operators()).containsExactly(ConditionOperator.EQUALS);
    }

    @Test
    void anOperatorTheTypeDoesNotDeclareIsRefusedNamingTheTypeAndOperator() {
      refused(GoalCompletionQuestion.of("goal", TEXT), Condition.answer("goal").contains("full"),
          "routing[0].when.operator = contains: question goal is of type goal_completion, which"
              + " supports equals, one-of, is-answered, is-skipped");
      refused(OpenTextQuestion.of("why", TEXT), Condition.answer("why").equalTo("slow"),
          "routing[0].when.operator = equals: question why is of type open_text, which supports"
              + " is-answered, is-skipped, contains");
    }

    @Test
    void isAnsweredAndIsSkippedApplyToEveryType() {
      accepted(NpsQuestion.of("q", TEXT), Condition.answer("q").isAnswered(),
          Condition.answer("q").isSkipped());
      accepted(new ContactConsentQuestion("q", TEXT, false), Condition.answer("q").isSkipped());
    }
  }

  /**
   * Called directly, {@code validateCondition} reports rather than throws for arguments that do not
   * fit the operator (a caller that bypassed {@code Comparison}) and for an operator the type does
   * not declare.
   */
  @Nested
  class CalledDirectly {
    private final NpsQuestion nps = NpsQuestion.of("nps", TEXT);

    @Test
    void argumentsThatDoNotFitTheOperatorAreReportedAsComparisonWouldReportThem() {
      NpsQuestionType type = new NpsQuestionType();
      assertThat(type.validateCondition(nps, ConditionOperator.IN_RANGE, List.of(new TextValue("a"))))
          .containsExactly(new Violation("min", "[\"a\"]", "in-range must be given 2 values"));
      assertThat(type.validateCondition(nps, ConditionOperator.EQUALS, List.of()))
          .containsExactly(new Violation("value", "[]", "equals must be given one value"));
      assertThat(new MultipleChoiceQuestionType().validateCondition(
          MultipleChoiceQuestion.of("m", TEXT, List.of(Choice.of("a", "en", "A"))),
          ConditionOperator.CONTAINS, List.of(new CodesValue(List.of("a")))))
          .containsExactly(new Violation("value", "[\"a\"]", "contains must be given a non-empty text"));
    }

    @Test
    void anUndeclaredOperatorIsReported() {
      assertThat(new NpsQuestionType().validateCondition(nps, ConditionOperator.CONTAINS,
          List.of(new TextValue("9"))))
          .containsExactly(new Violation("operator", "contains", "does not apply to nps questions"));
    }

    @Test
    void everyProblemIsReported() {
      // one-of reports each value that no answer gives, not only the first.
      assertThat(new NpsQuestionType().validateCondition(nps, ConditionOperator.ONE_OF,
          List.of(new NumberValue(11), new NumberValue(5), new TextValue("x"))))
          .containsExactly(
              new Violation("values[0]", "11", "must be a point of the scale 0..10"),
              new Violation("values[2]", "\"x\"", "must be a number: question scores are numbers"));
    }
  }
}
