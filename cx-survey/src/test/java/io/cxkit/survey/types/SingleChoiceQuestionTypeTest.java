package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.LABEL;
import static io.cxkit.survey.types.Fixtures.TEXT;
import static io.cxkit.survey.types.Fixtures.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SingleChoiceQuestionTypeTest {
  private final SingleChoiceQuestionType type = new SingleChoiceQuestionType();
  private final List<Choice> abc =
      List.of(Choice.of("a", "en", "A"), Choice.of("b", "en", "B"), Choice.of("c", "en", "C"));
  private final SingleChoiceQuestion closed = SingleChoiceQuestion.of("q", TEXT, abc);
  private final SingleChoiceQuestion open = new SingleChoiceQuestion("q", TEXT, true, abc, LABEL);

  @Test
  void refusesBadChoices() {
    assertThatThrownBy(() -> SingleChoiceQuestion.of("q", TEXT, List.of()))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("choices = []: must hold at least one choice");
    assertThatThrownBy(() -> SingleChoiceQuestion.of("q", TEXT, null))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("choices = null: must be present");
    assertThatThrownBy(() -> SingleChoiceQuestion.of("q", TEXT,
        List.of(Choice.of("a", "en", "A"), Choice.of("b", "en", "B"), Choice.of("a", "en", "A again"))))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("choices[2].code = \"a\": duplicates the code of choices[0]; choice codes must be unique");
    assertThatThrownBy(() -> SingleChoiceQuestion.of("q", TEXT, Arrays.asList(Choice.of("a", "en", "A"), null)))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("choices[1] = null: must be a choice, not null");
    assertThatThrownBy(() -> Choice.of("other", "en", "Other"))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageStartingWith("code = \"other\": is reserved for the \"other\" option");
    assertThatThrownBy(() -> Choice.of("a b", "en", "A"))
        .isInstanceOf(InvalidSurveyException.class).hasMessageStartingWith("code = \"a b\": must be");
    assertThatThrownBy(() -> new Choice("a", null))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("label = null: must be present");
  }

  @Test
  void anAnswerNeedsAChoice() {
    assertThatThrownBy(() -> new SingleChoiceAnswer(null, null))
        .isInstanceOf(InvalidResponseException.class).hasMessage("choice = null: must be present");
  }

  @Test
  void offersTheQuestionsCodesWithOtherLast() {
    assertThat(closed.codes()).containsExactly("a", "b", "c");
    assertThat(open.codes()).containsExactly("a", "b", "c", "other");
    assertThat(open.hasOther()).isTrue();
    assertThat(closed.hasOther()).isFalse();
  }

  @Test
  void validAnswers() {
    assertThat(type.validate(closed, SingleChoiceAnswer.of("b"))).isEmpty();
    assertThat(type.validate(open, new SingleChoiceAnswer("other", "Carrier pigeon"))).isEmpty();
  }

  @Test
  void invalidAnswers() {
    assertThat(type.validate(closed, SingleChoiceAnswer.of("d")))
        .containsExactly(new Violation("choice", "\"d\"", "must be one of \"a\", \"b\", \"c\""));
    // "other" is not a choice of a question without the other option, and neither is its text.
    assertThat(type.validate(closed, new SingleChoiceAnswer("other", "x")))
        .containsExactly(new Violation("choice", "\"other\"", "must be one of \"a\", \"b\", \"c\""),
            new Violation("otherText", "\"x\"", "must be absent: the question offers no \"other\" option"));
    assertThat(type.validate(open, new SingleChoiceAnswer("a", "x")))
        .containsExactly(new Violation("otherText", "\"x\"", "must be absent unless \"other\" is chosen"));
    assertThat(type.validate(open, SingleChoiceAnswer.of("other")))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("otherText",
            "must describe the \"other\" choice: it is required when \"other\" is chosen"));
    assertThat(type.validate(open, new SingleChoiceAnswer("other", "  ")))
        .extracting(Violation::path).containsExactly("otherText");
  }

  @Test
  void summaryCountsEachCodeInQuestionOrder() {
    ChoiceSummary.Accumulator accumulator = type.newSummary(open);
    for (String code : new String[] {"b", "a", "b", "other", "b"}) {
      accumulator.add(new SingleChoiceAnswer(code, code.equals("other") ? "x" : null));
    }
    ChoiceSummary summary = accumulator.snapshot();
    assertThat(summary.codes()).containsExactly("a", "b", "c", "other");
    assertThat(summary.counts()).containsExactly(java.util.Map.entry("a", 1L),
        java.util.Map.entry("b", 3L), java.util.Map.entry("c", 0L), java.util.Map.entry("other", 1L));
    assertThat(summary.answered()).isEqualTo(5);
    // b: 3 of 5 = 60 %; c: 0 of 5 = 0 %.
    assertThat(summary.share("b").value()).hasValue(60.0);
    assertThat(summary.shares().get("c").value()).hasValue(0.0);
    assertThatThrownBy(() -> summary.count("d"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("code = \"d\": must be one of");
    assertThat(ChoiceSummary.empty(open).share("a").value()).isEmpty();
  }

  @Test
  void anUnvalidatedUnknownCodeIsATypedError() {
    assertThatThrownBy(() -> type.newSummary(closed).add(SingleChoiceAnswer.of("other")))
        .isInstanceOf(InvalidResponseException.class).hasMessageStartingWith("choice = \"other\"");
  }

  @Test
  void summariesOfOtherChoicesRefuseToMerge() {
    assertThatThrownBy(() -> ChoiceSummary.empty(closed).plus(ChoiceSummary.empty(open)))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("choices [a, b, c]").hasMessageContaining("choices [a, b, c, other]");
    assertThatThrownBy(() -> type.newSummary(open).merge(ChoiceSummary.empty(closed)))
        .isInstanceOf(IncompatibleMergeException.class);
  }

  @Test
  void summaryCountsAreChecked() {
    assertThatThrownBy(() -> new ChoiceSummary(java.util.Map.of("a", -1L)))
        .isInstanceOf(InvalidValueException.class).hasMessage("counts[\"a\"] = -1: must be a count ≥ 0");
    assertThatThrownBy(() -> new ChoiceSummary(java.util.Map.of()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void comparesTheCode() {
    assertThat(type.operators()).containsExactlyInAnyOrder(ConditionOperator.EQUALS, ConditionOperator.ONE_OF);
    assertThat(type.valueOf(SingleChoiceAnswer.of("b"))).isEqualTo(new AnswerValue.TextValue("b"));
  }

  @Test
  void schemasDescribeTheJson() {
    String question = "{\"type\":\"single_choice\",\"id\":\"q\",\"text\":{\"en\":\"Which?\"},"
        + "\"required\":true,\"choices\":[{\"code\":\"a\",\"label\":{\"en\":\"A\"}}],"
        + "\"otherLabel\":{\"en\":\"Other\"}}";
    assertThat(check(type.questionSchema(), "single_choice", question)).isEmpty();
    assertThat(check(type.questionSchema(), "single_choice", question.replace("\"code\":\"a\"", "\"code\":\"other\"")))
        .isNotEmpty();
    assertThat(check(type.questionSchema(), "single_choice",
        question.replace("[{\"code\":\"a\",\"label\":{\"en\":\"A\"}}]", "[]"))).isNotEmpty();
    assertThat(check(type.questionSchema(), "single_choice",
        question.replace("\"label\":{\"en\":\"A\"}", "\"label\":{\"en\":\"A\"},\"x\":1"))).isNotEmpty();
    assertThat(check(type.answerSchema(), "single_choice",
        "{\"type\":\"single_choice\",\"choice\":\"other\",\"otherText\":\"Fax\"}")).isEmpty();
    assertThat(check(type.answerSchema(), "single_choice", "{\"type\":\"single_choice\"}")).isNotEmpty();
    assertThat(check(type.answerSchema(), "single_choice",
        "{\"type\":\"single_choice\",\"choice\":[\"a\"]}")).isNotEmpty();
  }

  @Test
  void anOtherTextIsBoundedLikeTheLongestOpenText() {
    // Before, an "other" text of any length passed, while an open_text answer is held to at most
    // OpenTextQuestion.MAX_LENGTH = 100000 code points; the same bound now holds for both.
    String longest = "é".repeat(OpenTextQuestion.MAX_LENGTH);
    assertThat(type.validate(open, new SingleChoiceAnswer("other", longest))).isEmpty();
    assertThat(type.validate(open, new SingleChoiceAnswer("other", longest + "e")))
        .containsExactly(new Violation("otherText", "100001 code points",
            "must be at most 100000 code points, the longest open text"));
    assertThat(new MultipleChoiceQuestionType().validate(
            new MultipleChoiceQuestion("m", TEXT, true, abc, LABEL, 1, 2),
            new MultipleChoiceAnswer(List.of("other"), longest + "e")))
        .containsExactly(new Violation("otherText", "100001 code points",
            "must be at most 100000 code points, the longest open text"));
    String tooLong = "{\"type\":\"single_choice\",\"choice\":\"other\",\"otherText\":\""
        + longest + "e\"}";
    assertThat(check(type.answerSchema(), "single_choice", tooLong)).isNotEmpty();
    assertThat(check(type.answerSchema(), "single_choice", tooLong.replace("e\"}", "\"}"))).isEmpty();
  }
}
