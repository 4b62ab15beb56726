package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact document-frequency counts, the switch to Space-Saving at the cap, and merges. */
class PhraseCounterTest {
  private static final Phrases EN = Phrases.upToThreeWords(PhrasesTest.EN_STOP::contains);

  @Test
  void countsEachPhraseOncePerComment() {
    PhraseCounter counter = new PhraseCounter(EN)
        .add(List.of("delivery", "was", "slow"))                // delivery, delivery was slow, slow
        .add(List.of("slow", "delivery", "slow", "delivery"))   // 6 distinct runs, see below
        .add(List.of("the", "price", "is", "too", "high"))      // price, high
        .add(List.of());                                        // a comment without phrases
    PhraseCounts counts = counter.snapshot();
    // Comment 2 gives slow, slow delivery, slow delivery slow, delivery, delivery slow,
    // delivery slow delivery: 3 + 6 + 2 + 0 = 11 (comment, phrase) pairs over 4 comments, of
    // 9 distinct phrases (delivery and slow are in comments 1 and 2).
    assertThat(counts.totalComments()).isEqualTo(4);
    assertThat(counts.totalPhrases()).isEqualTo(11);
    assertThat(counts.size()).isEqualTo(9);
    assertThat(counts.isExact()).isTrue();
    assertThat(counts.count("delivery")).isEqualTo(new PhraseCount("delivery", 2, 0));
    assertThat(counts.count("slow delivery")).isEqualTo(new PhraseCount("slow delivery", 1, 0));
    assertThat(counts.count("stock")).isEqualTo(new PhraseCount("stock", 0, 0));
    // Ties by phrase: delivery and slow (2 each), then the 1s in alphabetical order.
    assertThat(counts.topN(3)).extracting(PhraseCount::phrase)
        .containsExactly("delivery", "slow", "delivery slow");
    assertThat(counts.topN(0)).isEmpty();
    assertThat(counts.topN(99)).hasSize(9);
    // delivery in 2 of 4 comments: 50 %.
    assertThat(counts.share("delivery").orElseThrow().value().orElseThrow()).isCloseTo(50, within(1e-12));
    assertThat(counts.share("stock").orElseThrow().value().orElseThrow()).isZero();
    assertThat(counts.toString()).isEqualTo("PhraseCounts{comments=4, phrases=11, held=9/100000, exact}");
  }

  @Test
  void aRefusedCommentCountsNothing() {
    PhraseCounter counter = new PhraseCounter(EN).add(List.of("late", "delivery"));
    PhraseCounts before = counter.snapshot();
    assertThatThrownBy(() -> counter.add(Arrays.asList("late", null, "delivery")))
        .isInstanceOf(InvalidValueException.class).hasMessage("tokens[1] = null: must be a token, not null");
    assertThat(counter.snapshot()).isEqualTo(before);
    assertThat(counter.totalComments()).isEqualTo(1);
  }

  @Test
  void beyondTheCapacityCountsBecomeSpaceSavingBounds() {
    // Capacity 2, single words, comments a, a, b, c, a:
    //   a → {a:1}; a → {a:2}; b → {a:2, b:1}; c → full: b has the lowest count (1) and is
    //   dropped, c takes its place at 1 + 1 = 2 with error 1, and the bound becomes 1; a → {a:3}.
    PhraseCounter counter = new PhraseCounter(Phrases.withoutStopWords(1), 2);
    for (String word : List.of("a", "a", "b", "c", "a")) {
      counter.add(List.of(word));
    }
    PhraseCounts counts = counter.snapshot();
    assertThat(counts.isExact()).isFalse();
    assertThat(counter.isExact()).isFalse();
    assertThat(counts.unmonitoredBound()).isEqualTo(1);
    assertThat(counts.ranked()).containsExactly(new PhraseCount("a", 3, 0), new PhraseCount("c", 2, 1));
    // True counts: a 3 ∈ [3, 3], c 1 ∈ [1, 2], b 1 ∈ [0, 1] (not held: the bound).
    assertThat(counts.count("b")).isEqualTo(new PhraseCount("b", 1, 1));
    assertThat(counts.share("c")).isEmpty();
    assertThat(counts.share("a").orElseThrow().successes()).isEqualTo(3);
    // Bound 1 ≤ totalPhrases / capacity = 5 / 2.
    assertThat(counts.totalPhrases()).isEqualTo(5);
  }

  @Test
  void mergesAreExactWhileTheUnionFitsAndBoundedBeyond() {
    Phrases words = Phrases.withoutStopWords(1);
    PhraseCounts left = new PhraseCounter(words, 2).add(List.of("a")).add(List.of("a", "b")).snapshot();
    PhraseCounts right = new PhraseCounter(words, 2).add(List.of("a")).snapshot();
    PhraseCounts other = new PhraseCounter(words, 2).add(List.of("c")).add(List.of("c")).add(List.of("c"))
        .snapshot();
    // {a:2, b:1} + {a:1} = {a:3, b:1}: both exact and 2 phrases fit the capacity of 2.
    assertThat(left.plus(right)).isEqualTo(new PhraseCounter(words, 2)
        .add(List.of("a")).add(List.of("a", "b")).add(List.of("a")).snapshot());
    assertThat(left.plus(right).isExact()).isTrue();
    // {a:2, b:1} + {c:3}: three phrases for two places; c 3 and a 2 stay, b 1 is dropped and
    // becomes the bound of what is not held.
    PhraseCounts merged = left.plus(other);
    assertThat(merged.isExact()).isFalse();
    assertThat(merged.unmonitoredBound()).isEqualTo(1);
    assertThat(merged.ranked()).containsExactly(new PhraseCount("c", 3, 0), new PhraseCount("a", 2, 0));
    assertThat(merged.count("b")).isEqualTo(new PhraseCount("b", 1, 1));
    assertThat(merged.totalComments()).isEqualTo(5);
    // Then a phrase held on one side only gains the other side's bound as count and error:
    // {c:3, a:2 | bound 1} + {a:1} → a 3 ± 0, c 3 + 0; and + {d:1} → d 1 + 1 with error 1.
    PhraseCounts d = new PhraseCounter(words, 2).add(List.of("d")).snapshot();
    assertThat(merged.plus(d).asMap()).isEqualTo(Map.of("c", new PhraseCount("c", 3, 0),
        "a", new PhraseCount("a", 2, 0)));
    assertThat(merged.plus(d).unmonitoredBound()).isEqualTo(2);
    // The bound is max(1 + 0, the dropped d at 1 + 1 = 2).
    assertThat(left.plus(PhraseCounts.empty(1, 2))).isEqualTo(left);
  }

  @Test
  void aCounterMergesCountsAndOtherCountersButNotItself() {
    Phrases words = Phrases.withoutStopWords(1);
    PhraseCounter one = new PhraseCounter(words, 10).add(List.of("a"));
    PhraseCounter two = new PhraseCounter(words, 10).add(List.of("a", "b"));
    one.merge(two);
    assertThat(one.snapshot().count("a").count()).isEqualTo(2);
    assertThat(one.snapshot().totalComments()).isEqualTo(2);
    // Counting goes on after a merge as if the comments had been seen here.
    one.add(List.of("b"));
    assertThat(one.snapshot().count("b").count()).isEqualTo(2);
    assertThatThrownBy(() -> one.merge(one)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot merge itself");
    assertThatThrownBy(() -> one.merge(new PhraseCounter(words, 11).snapshot()))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("capacity 10")
        .hasMessageContaining("capacity 11");
    assertThatThrownBy(() -> one.merge(new PhraseCounter(Phrases.withoutStopWords(2), 10)))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("maxWords 1");
    one.reset();
    assertThat(one.snapshot()).isEqualTo(PhraseCounts.empty(1, 10));
    assertThat(one.snapshot().isEmpty()).isTrue();
  }

  @Test
  void badSettingsAreTyped() {
    assertThatThrownBy(() -> new PhraseCounter(EN, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessage("capacity = 0: must be ≥ 1");
    assertThatThrownBy(() -> new PhraseCounter(EN, -5)).isInstanceOf(InvalidValueException.class)
        .hasMessage("capacity = -5: must be ≥ 1");
    assertThatThrownBy(() -> PhraseCounts.empty(0, 10)).isInstanceOf(InvalidValueException.class)
        .hasMessage("maxWords = 0: must be in 1..5");
    assertThatThrownBy(() -> PhraseCounts.empty(3, 10).topN(-1)).isInstanceOf(InvalidValueException.class)
        .hasMessage("n = -1: must be ≥ 0");
    assertThatThrownBy(() -> new PhraseCount("x", 1, 2)).isInstanceOf(InvalidValueException.class)
        .hasMessage("maxError = 2: must be in 0..count = 1");
    assertThatThrownBy(() -> new PhraseCounter(null, 3)).isInstanceOf(NullPointerException.class)
        .hasMessage("phrases");
  }
}
