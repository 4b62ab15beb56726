package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Phrase counts per group: counting, merging partitions and refusing bad input. */
class PhraseGroupCounterTest {
  private static final Phrases WORDS = Phrases.of(1, PhrasesTest.EN_STOP::contains);

  @Test
  void countsEachCommentInItsGroup() {
    PhraseGroupCounts counts = new PhraseGroupCounter(WORDS)
        .add("promoter", List.of("fast", "delivery"))
        .add("detractor", List.of("slow", "delivery"))
        .add("detractor", List.of("the", "delivery", "was", "late"))
        .snapshot();
    // Groups in name order; detractors: delivery in 2 of 2 comments, slow 1, late 1.
    assertThat(counts.groups()).containsOnlyKeys("detractor", "promoter");
    assertThat(counts.groups().keySet()).containsExactly("detractor", "promoter");
    PhraseCounts detractors = counts.group("detractor").orElseThrow();
    assertThat(detractors.totalComments()).isEqualTo(2);
    assertThat(detractors.count("delivery").count()).isEqualTo(2);
    assertThat(detractors.count("late").count()).isEqualTo(1);
    assertThat(counts.group("promoter").orElseThrow().count("fast").count()).isEqualTo(1);
    assertThat(counts.group("passive")).isEmpty();
    assertThat(counts.isExact()).isTrue();
    assertThat(counts.isEmpty()).isFalse();
    assertThat(counts.maxWords()).isEqualTo(1);
    assertThat(counts.capacity()).isEqualTo(PhraseCounts.DEFAULT_CAPACITY);
  }

  @Test
  void partitionsMergeGroupByGroup() {
    PhraseGroupCounter left = new PhraseGroupCounter(WORDS, 50).add("a", List.of("slow")).add("b", List.of("fast"));
    PhraseGroupCounter right = new PhraseGroupCounter(WORDS, 50).add("a", List.of("slow")).add("c", List.of("late"));
    PhraseGroupCounts whole = new PhraseGroupCounter(WORDS, 50).add("a", List.of("slow")).add("b", List.of("fast"))
        .add("a", List.of("slow")).add("c", List.of("late")).snapshot();
    assertThat(left.snapshot().plus(right.snapshot())).isEqualTo(whole);
    assertThat(left.merge(right).snapshot()).isEqualTo(whole);
    assertThat(whole.group("a").orElseThrow().count("slow").count()).isEqualTo(2);
    assertThatThrownBy(() -> left.merge(left)).isInstanceOf(IllegalArgumentException.class);
    PhraseGroupCounts other = new PhraseGroupCounter(WORDS, 60).add("a", List.of("x")).snapshot();
    assertThatThrownBy(() -> whole.plus(other)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("capacity 50").hasMessageContaining("capacity 60");
    assertThatThrownBy(() -> left.merge(other)).isInstanceOf(IncompatibleMergeException.class);
    left.reset();
    assertThat(left.snapshot().groups()).isEmpty();
    assertThat(left.snapshot().isEmpty()).isTrue();
  }

  @Test
  void badInputIsRefusedAndLeavesNothingBehind() {
    PhraseGroupCounter counter = new PhraseGroupCounter(WORDS);
    assertThatThrownBy(() -> counter.add(" ", List.of("slow"))).isInstanceOf(InvalidValueException.class)
        .hasMessage("group = \" \": must not be blank");
    assertThatThrownBy(() -> counter.add("detractor", Arrays.asList("slow", null)))
        .isInstanceOf(InvalidValueException.class).hasMessage("tokens[1] = null: must be a token, not null");
    // The refused first comment did not create the group.
    assertThat(counter.snapshot().groups()).isEmpty();
    assertThatThrownBy(() -> new PhraseGroupCounter(WORDS, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessage("capacity = 0: must be ≥ 1");
    assertThatThrownBy(() -> PhraseGroupCounts.of(1, 10, Map.of("a", PhraseCounts.empty(2, 10))))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("maxWords of group a 1");
    assertThatThrownBy(() -> PhraseGroupCounts.of(1, 10, Map.of("", PhraseCounts.empty(1, 10))))
        .isInstanceOf(InvalidValueException.class).hasMessage("group = \"\": must not be blank");
  }
}
