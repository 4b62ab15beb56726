package io.cxkit.survey.types;

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
import org.junit.jupiter.api.Test;

class OpenTextQuestionTypeTest {
  private final OpenTextQuestionType type = new OpenTextQuestionType();
  private final OpenTextQuestion five = new OpenTextQuestion("why", TEXT, false, 5, "nps");

  @Test
  void refusesBadSettings() {
    assertThatThrownBy(() -> new OpenTextQuestion("why", TEXT, false, 0, null))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("maxLength = 0: must lie in 1..100000");
    assertThatThrownBy(() -> new OpenTextQuestion("why", TEXT, false, 100_001, null))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("maxLength = 100001: must lie in 1..100000");
    assertThatThrownBy(() -> OpenTextQuestion.followUp("why", TEXT, "why"))
        .isInstanceOf(InvalidSurveyException.class).hasMessageStartingWith("followUpOf = \"why\": must name another question");
    assertThatThrownBy(() -> OpenTextQuestion.followUp("why", TEXT, "n p s"))
        .isInstanceOf(InvalidSurveyException.class).hasMessageStartingWith("followUpOf = \"n p s\"");
    assertThatThrownBy(() -> new OpenTextAnswer(null))
        .isInstanceOf(InvalidResponseException.class).hasMessage("text = null: must be present");
    assertThat(OpenTextQuestion.followUp("why", TEXT, "nps").maxLength()).isEqualTo(2000);
  }

  @Test
  void countsCodePointsNotChars() {
    // "👍👍👍👍👍" is 5 code points but 10 UTF-16 chars; "Быстро" 6 code points; "很好很好很" 5.
    assertThat(type.validate(five, new OpenTextAnswer("👍👍👍👍👍"))).isEmpty();
    assertThat(type.validate(five, new OpenTextAnswer("很好很好很"))).isEmpty();
    assertThat(type.validate(five, new OpenTextAnswer("Быстро")))
        .containsExactly(new Violation("text", "6 code points", "must be at most maxLength = 5 code points"));
  }

  @Test
  void blankTextIsAViolation() {
    assertThat(type.validate(five, new OpenTextAnswer(" \t")))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("text",
            "must not be blank; leave the question out to skip it"));
  }

  @Test
  void summaryIsTheCountAndMeanLength() {
    OpenTextSummary.Accumulator accumulator = type.newSummary(five);
    for (String text : new String[] {"Fast", "Ok", "Слабо"}) {
      accumulator.add(new OpenTextAnswer(text));
    }
    OpenTextSummary summary = accumulator.snapshot();
    // Lengths 4, 2, 5: n = 3, sum 11, squares 16 + 4 + 25 = 45; mean 11/3;
    // sample variance (45 − 121/3) / 2 = (14/3) / 2 = 7/3.
    assertThat(summary.answered()).isEqualTo(3);
    assertThat(summary.totalLength()).isEqualTo(11);
    assertThat(summary.totalSquaredLength()).isEqualTo(45);
    assertThat(summary.length().value().orElseThrow()).isCloseTo(11.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(summary.length().sampleVariance().orElseThrow()).isCloseTo(7.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(OpenTextSummary.empty(five).length().value()).isEmpty();
    assertThatThrownBy(() -> accumulator.add(new OpenTextAnswer("too long")))
        .isInstanceOf(InvalidResponseException.class).hasMessageStartingWith("text = 8 code points");
    assertThatThrownBy(() -> accumulator.add(new OpenTextAnswer("  ")))
        .isInstanceOf(InvalidResponseException.class).hasMessageStartingWith("text = \"  \": must not be blank");
    assertThat(accumulator.snapshot()).isEqualTo(summary);
    // Fewer than the default cap of 100: every text is kept, in the order recorded.
    assertThat(summary.texts()).containsExactly("Fast", "Ok", "Слабо");
    assertThat(summary.keepsEveryText()).isTrue();
    // The texts are not shown, as they may hold personal data.
    assertThat(summary.toString()).isEqualTo(
        "OpenTextSummary{maxLength=5, answered=3, totalLength=11, texts=3 of cap 100}");
  }

  @Test
  void keepsTheFirstTextsUpToTheCap() {
    OpenTextSummary.Accumulator two = new OpenTextSummary.Accumulator(five, 2);
    for (String text : new String[] {"a", "bb", "ccc", "dddd"}) {
      two.add(new OpenTextAnswer(text));
    }
    // All four are counted (lengths 1 + 2 + 3 + 4 = 10), the first two kept.
    OpenTextSummary summary = two.snapshot();
    assertThat(summary.answered()).isEqualTo(4);
    assertThat(summary.totalLength()).isEqualTo(10);
    assertThat(summary.texts()).containsExactly("a", "bb");
    assertThat(summary.keepsEveryText()).isFalse();
    // Cap 0 keeps the counts only.
    OpenTextSummary.Accumulator none = new OpenTextSummary.Accumulator(five, 0);
    none.add(new OpenTextAnswer("a"));
    assertThat(none.snapshot().texts()).isEmpty();
    assertThat(none.snapshot().answered()).isEqualTo(1);
    assertThatThrownBy(() -> new OpenTextSummary.Accumulator(five, -1))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("cap = -1");
  }

  @Test
  void plusKeepsLeftThenRightUpToTheSmallerCap() {
    OpenTextSummary left = summary(3, "a", "bb");
    OpenTextSummary right = summary(3, "ccc", "dd", "e");
    // Left's two, then right's first: three of five.
    OpenTextSummary sum = left.plus(right);
    assertThat(sum.texts()).containsExactly("a", "bb", "ccc");
    assertThat(sum.answered()).isEqualTo(5);
    // In the other order, the other first three: some three answers, not the first ones.
    assertThat(right.plus(left).texts()).containsExactly("ccc", "dd", "e");
    assertThat(right.plus(left).answered()).isEqualTo(5);
    // A smaller cap wins: a summary that keeps one text says more were not wanted.
    OpenTextSummary one = summary(1, "x");
    assertThat(sum.plus(one).cap()).isEqualTo(1);
    assertThat(sum.plus(one).texts()).containsExactly("a");
    assertThat(one.plus(sum).texts()).containsExactly("x");
    // merge into an accumulator lowers its cap likewise.
    OpenTextSummary.Accumulator accumulator = new OpenTextSummary.Accumulator(five, 3);
    accumulator.add(new OpenTextAnswer("a"));
    accumulator.add(new OpenTextAnswer("bb"));
    accumulator.merge(one);
    assertThat(accumulator.cap()).isEqualTo(1);
    assertThat(accumulator.snapshot().texts()).containsExactly("a");
    accumulator.add(new OpenTextAnswer("yy"));
    assertThat(accumulator.snapshot().texts()).containsExactly("a");
    assertThat(accumulator.snapshot().answered()).isEqualTo(4);
  }

  private OpenTextSummary summary(int cap, String... texts) {
    OpenTextSummary.Accumulator accumulator = new OpenTextSummary.Accumulator(five, cap);
    for (String text : texts) {
      accumulator.add(new OpenTextAnswer(text));
    }
    return accumulator.snapshot();
  }

  @Test
  void impossibleSumsAreRefused() {
    // Two answers of at most 5 code points cannot add up to 11.
    assertThatThrownBy(() -> new OpenTextSummary(5, 2, 11, 61, 0, java.util.List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("impossible for 2 lengths in 0..5");
    // Lengths 1 and 3 give squares 10; 8 would mean a negative spread.
    assertThatThrownBy(() -> new OpenTextSummary(5, 2, 4, 7, 0, java.util.List.of()))
        .isInstanceOf(InvalidValueException.class);
    assertThat(new OpenTextSummary(5, 2, 4, 10, 0, java.util.List.of()).length().value()).hasValue(2.0);
  }

  @Test
  void textsThatCannotBeTheFirstAnswersAreRefused() {
    // Two answers with cap 5 keep both texts, not one.
    assertThatThrownBy(() -> new OpenTextSummary(5, 2, 4, 10, 5, java.util.List.of("a")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("texts = 1 texts: must hold min(cap, answered) = 2 texts: the first answers up to the cap");
    // A kept text is a valid answer: not blank, at most maxLength code points.
    assertThatThrownBy(() -> new OpenTextSummary(5, 1, 3, 9, 5, java.util.List.of("   ")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("texts[0] = 3 code points");
    assertThatThrownBy(() -> new OpenTextSummary(5, 1, 5, 25, 5, java.util.List.of("sixsix")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("texts[0] = 6 code points");
    // Lengths 1 and 3 total 4; texts of 2 + 3 code points cannot be among them.
    assertThatThrownBy(() -> new OpenTextSummary(5, 2, 4, 10, 5, java.util.List.of("ab", "cde")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("texts = 5 code points: must be at most totalLength = 4");
    // Every answer kept: the sums are those of the texts. "a" and "abc" are lengths 1 and 3,
    // total 4, squares 1 + 9 = 10; "ab" and "ab" total 4 too, but their squares are 8; "a" and
    // "ab" total 3, not 4.
    assertThat(new OpenTextSummary(5, 2, 4, 10, 5, java.util.List.of("a", "abc")).keepsEveryText())
        .isTrue();
    assertThatThrownBy(() -> new OpenTextSummary(5, 2, 4, 10, 5, java.util.List.of("ab", "ab")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("totalLength, totalSquaredLength = 4, 10: must be 4, 8, the sums of"
            + " the texts' lengths and their squares, since every answer's text is kept");
    assertThatThrownBy(() -> new OpenTextSummary(5, 2, 4, 10, 5, java.util.List.of("a", "ab")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be 3, 5");
    // Some answers not kept (cap 1): the kept text's square must fit within the squares' sum.
    assertThat(new OpenTextSummary(5, 2, 4, 10, 1, java.util.List.of("abc")).texts())
        .containsExactly("abc");
    assertThatThrownBy(() -> new OpenTextSummary(5, 2, 5, 13, 1, java.util.List.of("abcd")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("texts = 16 squared code points: must be at most totalSquaredLength = 13");
    assertThatThrownBy(() -> new OpenTextSummary(5, 0, 0, 0, -1, java.util.List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("cap = -1");
    java.util.List<String> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> new OpenTextSummary(5, 1, 1, 1, 5, withNull))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("texts[0] = null");
  }

  @Test
  void summariesOfOtherLengthsRefuseToMerge() {
    OpenTextSummary other = OpenTextSummary.empty(OpenTextQuestion.of("why", TEXT));
    assertThatThrownBy(() -> OpenTextSummary.empty(five).plus(other))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("maxLength 5")
        .hasMessageContaining("maxLength 2000");
    assertThatThrownBy(() -> type.newSummary(five).merge(other)).isInstanceOf(IncompatibleMergeException.class);
  }

  @Test
  void looksIntoTheText() {
    assertThat(type.operators()).containsExactly(ConditionOperator.CONTAINS);
    assertThat(type.valueOf(new OpenTextAnswer("Fast"))).isEqualTo(new AnswerValue.TextValue("Fast"));
  }

  @Test
  void schemasDescribeTheJson() {
    String question = "{\"type\":\"open_text\",\"id\":\"why\",\"text\":{\"en\":\"Why?\"},"
        + "\"required\":false,\"maxLength\":2000,\"followUpOf\":\"nps\"}";
    assertThat(check(type.questionSchema(), "open_text", question)).isEmpty();
    assertThat(check(type.questionSchema(), "open_text", question.replace("2000", "0"))).isNotEmpty();
    assertThat(check(type.questionSchema(), "open_text", question.replace("\"nps\"", "\"n p s\""))).isNotEmpty();
    assertThat(check(type.answerSchema(), "open_text", "{\"type\":\"open_text\",\"text\":\"Fast.\"}")).isEmpty();
    assertThat(check(type.answerSchema(), "open_text", "{\"type\":\"open_text\",\"text\":\"  \"}")).isNotEmpty();
    assertThat(check(type.answerSchema(), "open_text", "{\"type\":\"open_text\",\"text\":null}")).isNotEmpty();
  }
}
