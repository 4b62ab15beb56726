package io.cxkit.examples.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking type's contribution to a survey summary, on a worked example calculated by hand. */
class RankingSummaryTest {

  private static final RankingQuestion QUESTION = new RankingQuestion("features",
      LocalizedText.of("en", "Rank these features"), true,
      List.of(RankingOption.of("a", "Search"), RankingOption.of("b", "Wish list"),
          RankingOption.of("c", "Reviews")));

  /**
   * Four rankings of a, b, c (n = 3): [a, b, c], [b, a, c], [a, c, b], [c, a, b]. By hand: rank sums
   * a = 1 + 2 + 1 + 2 = 6, b = 2 + 1 + 3 + 3 = 9, c = 3 + 3 + 2 + 1 = 9; mean ranks 6 / 4 = 1.5,
   * 9 / 4 = 2.25, 2.25; Borda points (n − rank per answer) a = 2 + 1 + 2 + 1 = 6, b = 1 + 2 + 0 + 0
   * = 3, c = 0 + 0 + 1 + 2 = 3, which is 4 × 3 − rank sum for each.
   */
  @Test
  void workedExample() {
    RankingSummary summary = summarise(RankingAnswer.of("a", "b", "c"), RankingAnswer.of("b", "a", "c"),
        RankingAnswer.of("a", "c", "b"), RankingAnswer.of("c", "a", "b"));

    assertThat(summary.answered()).isEqualTo(4);
    assertThat(summary.rankSums()).containsExactly(6L, 9L, 9L);
    assertThat(summary.meanRank("a")).hasValue(1.5);
    assertThat(summary.meanRank("b")).hasValue(2.25);
    assertThat(summary.meanRank("c")).hasValue(2.25);
    assertThat(summary.bordaPoints("a")).isEqualTo(6);
    assertThat(summary.bordaPoints("b")).isEqualTo(3);
    assertThat(summary.bordaPoints("c")).isEqualTo(3);
    // b and c tie on 3 points and keep the question's order.
    assertThat(summary.order()).containsExactly("a", "b", "c");
  }

  /** Split as [a, b, c], [b, a, c] | [a, c, b], [c, a, b]: rank sums (3, 3, 6) + (3, 6, 3) = (6, 9, 9). */
  @Test
  void partialSummariesAddUpToTheWorkedExample() {
    RankingSummary first = summarise(RankingAnswer.of("a", "b", "c"), RankingAnswer.of("b", "a", "c"));
    RankingSummary second = summarise(RankingAnswer.of("a", "c", "b"), RankingAnswer.of("c", "a", "b"));

    assertThat(first.rankSums()).containsExactly(3L, 3L, 6L);
    assertThat(second.rankSums()).containsExactly(3L, 6L, 3L);
    assertThat(first.plus(second))
        .isEqualTo(new RankingSummary(List.of("a", "b", "c"), 4, List.of(6L, 9L, 9L)));
  }

  @Test
  void emptySummaryHasNoMeanRankAndNoPoints() {
    RankingSummary empty = summarise();

    assertThat(empty).isEqualTo(RankingSummary.empty(List.of("a", "b", "c")));
    assertThat(empty.answered()).isZero();
    assertThat(empty.meanRank("a")).isEmpty();
    assertThat(empty.bordaPoints("a")).isZero();
  }

  @Test
  void summariesOfOtherOptionsDoNotMerge() {
    RankingSummary abc = summarise(RankingAnswer.of("a", "b", "c"));
    RankingSummary other = RankingSummary.empty(List.of("a", "b", "d"));

    assertThatThrownBy(() -> abc.plus(other))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge RankingSummary with options [a, b, c] and RankingSummary with"
            + " options [a, b, d]: the options must be equal");
  }

  @Test
  void anUnvalidatedAnswerIsRefusedAndNothingIsRecorded() {
    RankingAccumulator accumulator = new RankingAccumulator(QUESTION);
    accumulator.add(RankingAnswer.of("c", "b", "a"));

    assertThatThrownBy(() -> accumulator.add(RankingAnswer.of("a", "a", "b")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("ranking[1] = \"a\": must be an option of question features not ranked before");
    assertThat(accumulator.snapshot().rankSums()).containsExactly(3L, 2L, 1L);
  }

  /**
   * One ranking of two options gives the ranks 1 and 2, so its sums total 1 + 2 = 3; sums (1, 1)
   * (both first) lie in the per-option range 1..2 but cannot come from any ranking.
   */
  @Test
  void rankSumsThatNoRankingsGiveAreRefused() {
    assertThatThrownBy(() -> new RankingSummary(List.of("a", "b"), 1, List.of(1L, 1L)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rankSums = [1, 1]: must total 3 = 1 × 2 × 3 / 2, the ranks 1 to 2 of 1 rankings");
    // The worked example: 4 rankings of 3 options total 4 × 3 × 4 / 2 = 24 = 6 + 9 + 9.
    assertThat(new RankingSummary(List.of("a", "b", "c"), 4, List.of(6L, 9L, 9L)).answered()).isEqualTo(4);
  }

  @Test
  void unknownOptionCodeIsNamed() {
    assertThatThrownBy(() -> summarise().meanRank("z"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("code = \"z\": must be one of the options [a, b, c]");
  }

  // Through the registry, as a survey summary would do it: the standard registry finds the type.
  @SuppressWarnings("unchecked")
  private static RankingSummary summarise(RankingAnswer... answers) {
    SummaryAccumulator<RankingAnswer, ?> accumulator = (SummaryAccumulator<RankingAnswer, ?>)
        QuestionTypeRegistry.standard().newSummary(QUESTION);
    for (RankingAnswer answer : answers) {
      accumulator.add(answer);
    }
    return (RankingSummary) accumulator.snapshot();
  }
}
