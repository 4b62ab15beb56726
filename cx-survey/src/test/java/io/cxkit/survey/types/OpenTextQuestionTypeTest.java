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
    assertThat(accumulator.snapshot()).isEqualTo(summary);
  }

  @Test
  void impossibleSumsAreRefused() {
    // Two answers of at most 5 code points cannot add up to 11.
    assertThatThrownBy(() -> new OpenTextSummary(5, 2, 11, 61))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("impossible for 2 lengths in 0..5");
    // Lengths 1 and 3 give squares 10; 8 would mean a negative spread.
    assertThatThrownBy(() -> new OpenTextSummary(5, 2, 4, 7)).isInstanceOf(InvalidValueException.class);
    assertThat(new OpenTextSummary(5, 2, 4, 10).length().value()).hasValue(2.0);
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
