package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.LABEL;
import static io.cxkit.survey.types.Fixtures.TEXT;
import static io.cxkit.survey.types.Fixtures.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipleChoiceQuestionTypeTest {
  private final MultipleChoiceQuestionType type = new MultipleChoiceQuestionType();
  private final List<Choice> abc =
      List.of(Choice.of("a", "en", "A"), Choice.of("b", "en", "B"), Choice.of("c", "en", "C"));
  // Two or three of a, b, c and other.
  private final MultipleChoiceQuestion question =
      new MultipleChoiceQuestion("q", TEXT, true, abc, LABEL, 2, 3);

  @Test
  void refusesInconsistentSelectionLimits() {
    assertThatThrownBy(() -> new MultipleChoiceQuestion("q", TEXT, true, abc, null, -1, 2))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("minSelections = -1: must be ≥ 0");
    assertThatThrownBy(() -> new MultipleChoiceQuestion("q", TEXT, true, abc, null, 0, 0))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("maxSelections = 0: must be ≥ 1");
    assertThatThrownBy(() -> new MultipleChoiceQuestion("q", TEXT, true, abc, null, 3, 2))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("minSelections = 3: must be ≤ maxSelections = 2");
    assertThatThrownBy(() -> new MultipleChoiceQuestion("q", TEXT, true, abc, null, 1, 4))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("maxSelections = 4: must be ≤ the number of options, 3");
    // With "other" there are four options.
    assertThat(new MultipleChoiceQuestion("q", TEXT, true, abc, LABEL, 1, 4).maxSelections()).isEqualTo(4);
    assertThatThrownBy(() -> MultipleChoiceQuestion.of("q", TEXT, List.of()))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("choices = []: must hold at least one choice");
  }

  @Test
  void answersCopyTheirCodesAndRefuseNulls() {
    List<String> codes = new ArrayList<>(List.of("a", "b"));
    MultipleChoiceAnswer answer = new MultipleChoiceAnswer(codes, null);
    codes.add("c");
    assertThat(answer.choices()).containsExactly("a", "b");
    assertThatThrownBy(() -> answer.choices().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new MultipleChoiceAnswer(Arrays.asList("a", null), null))
        .isInstanceOf(InvalidResponseException.class).hasMessage("choices[1] = null: must be present");
    assertThatThrownBy(() -> new MultipleChoiceAnswer(null, null))
        .isInstanceOf(InvalidResponseException.class).hasMessage("choices = null: must be present");
  }

  @Test
  void validAnswers() {
    assertThat(type.validate(question, MultipleChoiceAnswer.of("a", "c"))).isEmpty();
    assertThat(type.validate(question, new MultipleChoiceAnswer(List.of("b", "other", "a"), "Fax"))).isEmpty();
  }

  @Test
  void invalidAnswersReportEveryViolation() {
    assertThat(type.validate(question, new MultipleChoiceAnswer(List.of("a", "z", "a", "b", "c"), "x")))
        .extracting(Violation::path, Violation::value, Violation::rule)
        .containsExactly(
            tuple("choices[1]", "\"z\"", "must be one of \"a\", \"b\", \"c\", \"other\""),
            tuple("choices[2]", "\"a\"", "duplicates choices[0]; choose each option once"),
            tuple("choices", "4 selections", "must hold at most 3 selections"),
            tuple("otherText", "\"x\"", "must be absent unless \"other\" is chosen"));
    assertThat(type.validate(question, MultipleChoiceAnswer.of("other")))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("choices", "must hold at least 2 selections"),
            tuple("otherText", "must describe the \"other\" choice: it is required when \"other\" is chosen"));
    MultipleChoiceQuestion closed = MultipleChoiceQuestion.of("q", TEXT, abc);
    assertThat(type.validate(closed, MultipleChoiceAnswer.of()))
        .containsExactly(new Violation("choices", "0 selections", "must hold at least 1 selection"));
  }

  @Test
  void longAnswersFromBadDataAreCheckedTheSameWay() {
    // 20 picks (past the 16 that are scanned for repeats): "a" and "b" repeated 9 times each.
    List<String> picks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      picks.add("a");
      picks.add("b");
    }
    List<Violation> violations = type.validate(question, new MultipleChoiceAnswer(picks, null));
    assertThat(violations).hasSize(18).allMatch(v -> v.rule().endsWith("choose each option once"));
    assertThat(violations.get(0)).isEqualTo(
        new Violation("choices[2]", "\"a\"", "duplicates choices[0]; choose each option once"));
    assertThat(violations.get(17)).isEqualTo(
        new Violation("choices[19]", "\"b\"", "duplicates choices[1]; choose each option once"));
  }

  @Test
  void offersTheChoicesAndOtherOnlyWhenTheQuestionHasIt() {
    assertThat(question.offers("b")).isTrue();
    assertThat(question.offers("other")).isTrue();
    assertThat(question.offers("z")).isFalse();
    assertThat(MultipleChoiceQuestion.of("q", TEXT, abc).offers("other")).isFalse();
  }

  @Test
  void summaryCountsRespondentsAndSharesOfThem() {
    MultipleChoiceSummary.Accumulator accumulator = type.newSummary(question);
    accumulator.add(MultipleChoiceAnswer.of("a", "b"));
    accumulator.add(MultipleChoiceAnswer.of("b", "c"));
    accumulator.add(new MultipleChoiceAnswer(List.of("b", "other"), "x"));
    accumulator.add(MultipleChoiceAnswer.of("a", "a")); // counted once, though invalid
    MultipleChoiceSummary summary = accumulator.snapshot();
    assertThat(summary.respondents()).isEqualTo(4);
    assertThat(summary.counts()).containsExactly(Map.entry("a", 2L), Map.entry("b", 3L),
        Map.entry("c", 1L), Map.entry("other", 1L));
    // b: 3 of 4 respondents = 75 %; a: 2 of 4 = 50 %; the shares add up to 175 %.
    assertThat(summary.share("b").value()).hasValue(75.0);
    assertThat(summary.shares().values().stream().mapToDouble(p -> p.value().orElseThrow()).sum())
        .isEqualTo(175.0);
    assertThat(summary.breakdown().count("b")).isEqualTo(3);
    assertThat(summary.breakdown().respondents()).isEqualTo(4);
  }

  @Test
  void anUnknownCodeCountsNothing() {
    MultipleChoiceSummary.Accumulator accumulator = type.newSummary(question);
    assertThatThrownBy(() -> accumulator.add(MultipleChoiceAnswer.of("a", "z")))
        .isInstanceOf(InvalidResponseException.class).hasMessageStartingWith("choices[1] = \"z\"");
    assertThat(accumulator.snapshot()).isEqualTo(MultipleChoiceSummary.empty(question));
  }

  @Test
  void summaryCountsAreChecked() {
    assertThatThrownBy(() -> new MultipleChoiceSummary(1, Map.of("a", 2L)))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("counts[\"a\"] = 2: must be ≤ respondents = 1");
    assertThatThrownBy(() -> new MultipleChoiceSummary(-1, Map.of("a", 0L)))
        .isInstanceOf(InvalidValueException.class).hasMessage("respondents = -1: must be ≥ 0");
  }

  @Test
  void summariesOfOtherChoicesRefuseToMerge() {
    MultipleChoiceSummary withOther = MultipleChoiceSummary.empty(question);
    MultipleChoiceSummary without = MultipleChoiceSummary.empty(MultipleChoiceQuestion.of("q", TEXT, abc));
    assertThatThrownBy(() -> withOther.plus(without))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("choices [a, b, c, other]");
    assertThatThrownBy(() -> type.newSummary(question).merge(without))
        .isInstanceOf(IncompatibleMergeException.class);
  }

  @Test
  void looksIntoTheCodes() {
    // contains one code; equals / one-of on the whole set of codes chosen (ConditionSupportTest).
    assertThat(type.operators()).containsExactlyInAnyOrder(ConditionOperator.CONTAINS,
        ConditionOperator.EQUALS, ConditionOperator.ONE_OF);
    assertThat(type.valueOf(MultipleChoiceAnswer.of("c", "a")))
        .isEqualTo(new AnswerValue.CodesValue(List.of("c", "a")));
  }

  @Test
  void schemasDescribeTheJson() {
    String question = "{\"type\":\"multiple_choice\",\"id\":\"q\",\"text\":{\"en\":\"Which?\"},"
        + "\"required\":false,\"choices\":[{\"code\":\"a\",\"label\":{\"en\":\"A\"}},"
        + "{\"code\":\"b\",\"label\":{\"en\":\"B\"}}],\"minSelections\":0,\"maxSelections\":2}";
    assertThat(check(type.questionSchema(), "multiple_choice", question)).isEmpty();
    assertThat(check(type.questionSchema(), "multiple_choice", question.replace("\"minSelections\":0", "\"minSelections\":-1")))
        .isNotEmpty();
    assertThat(check(type.questionSchema(), "multiple_choice", question.replace(",\"maxSelections\":2", "")))
        .isNotEmpty();
    assertThat(check(type.answerSchema(), "multiple_choice",
        "{\"type\":\"multiple_choice\",\"choices\":[\"a\",\"other\"],\"otherText\":\"Fax\"}")).isEmpty();
    assertThat(check(type.answerSchema(), "multiple_choice",
        "{\"type\":\"multiple_choice\",\"choices\":\"a\"}")).isNotEmpty();
    assertThat(check(type.answerSchema(), "multiple_choice",
        "{\"type\":\"multiple_choice\",\"choices\":[1]}")).isNotEmpty();
  }
}
