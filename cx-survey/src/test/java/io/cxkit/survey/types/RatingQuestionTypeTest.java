package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.TEXT;
import static io.cxkit.survey.types.Fixtures.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Interval;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import org.junit.jupiter.api.Test;

class RatingQuestionTypeTest {
  private final RatingQuestionType type = new RatingQuestionType();
  private final RatingQuestion stars = RatingQuestion.of("stars", TEXT);

  @Test
  void refusesPointsOutsideTwoToTen() {
    assertThatThrownBy(() -> new RatingQuestion("r", TEXT, true, 1, RatingStyle.STARS))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("points = 1: must lie in 2..10");
    assertThatThrownBy(() -> new RatingQuestion("r", TEXT, true, 11, RatingStyle.NUMBERS))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("points = 11: must lie in 2..10");
    assertThatThrownBy(() -> new RatingQuestion("r", TEXT, true, 5, null))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("style = null: must be present");
  }

  @Test
  void stylesHaveStableIds() {
    assertThat(RatingStyle.ofId("stars")).isEqualTo(RatingStyle.STARS);
    assertThat(RatingStyle.NUMBERS.id()).isEqualTo("numbers");
    assertThatThrownBy(() -> RatingStyle.ofId("STARS"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("style = \"STARS\": must be one of \"stars\", \"numbers\"");
  }

  @Test
  void validatesAgainstOneToPoints() {
    assertThat(type.validate(stars, new RatingAnswer(1))).isEmpty();
    assertThat(type.validate(stars, new RatingAnswer(5))).isEmpty();
    assertThat(type.validate(stars, new RatingAnswer(0)))
        .containsExactly(new Violation("score", "0", "must lie on scale 1..5"));
    assertThat(type.validate(stars, new RatingAnswer(6)))
        .containsExactly(new Violation("score", "6", "must lie on scale 1..5"));
  }

  @Test
  void summaryIsTheDistributionAndMean() {
    RatingSummary.Accumulator accumulator = type.newSummary(stars);
    for (int score : new int[] {5, 4, 3}) {
      accumulator.add(new RatingAnswer(score));
    }
    RatingSummary summary = accumulator.snapshot();
    // Mean (5+4+3)/3 = 4; sample variance ((1² + 0² + 1²) / 2) = 1, sd 1;
    // t(0.975, 2) = 4.302653, so 4 ± 4.302653 × 1/√3 = 4 ± 2.4841 = [1.5159, 6.4841], clipped to 1..5.
    assertThat(summary.mean().value()).hasValue(4.0);
    assertThat(summary.mean().sampleVariance()).hasValue(1.0);
    Interval interval = summary.mean().confidenceInterval(0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(1.5159, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(interval.upper()).isEqualTo(5.0);
    assertThat(summary.points()).isEqualTo(5);
    assertThat(summary.distribution().count(4)).isEqualTo(1);
  }

  @Test
  void summariesOfOtherPointsRefuseToMergeButStylesDoNotMatter() {
    RatingSummary five = RatingSummary.empty(5);
    assertThatThrownBy(() -> five.plus(RatingSummary.empty(7)))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("points 5")
        .hasMessageContaining("points 7");
    RatingQuestion numbers = new RatingQuestion("r", TEXT, true, 5, RatingStyle.NUMBERS);
    RatingSummary.Accumulator accumulator = type.newSummary(numbers);
    accumulator.merge(five);
    assertThat(accumulator.snapshot()).isEqualTo(five);
    assertThatThrownBy(() -> accumulator.merge(RatingSummary.empty(10)))
        .isInstanceOf(IncompatibleMergeException.class);
  }

  @Test
  void givesTheScore() {
    assertThat(type.valueOf(new RatingAnswer(3))).isEqualTo(new AnswerValue.NumberValue(3));
  }

  @Test
  void schemasDescribeTheJson() {
    String question = "{\"type\":\"rating\",\"id\":\"r\",\"text\":{\"en\":\"Rate us\"},"
        + "\"required\":true,\"points\":5,\"style\":\"stars\"}";
    assertThat(check(type.questionSchema(), "rating", question)).isEmpty();
    assertThat(check(type.questionSchema(), "rating", question.replace("stars", "hearts"))).isNotEmpty();
    assertThat(check(type.questionSchema(), "rating", question.replace("\"points\":5", "\"points\":12")))
        .isNotEmpty();
    assertThat(check(type.answerSchema(), "rating", "{\"type\":\"rating\",\"score\":5}")).isEmpty();
    assertThat(check(type.answerSchema(), "rating", "{\"type\":\"rating\",\"score\":0}")).isNotEmpty();
  }
}
