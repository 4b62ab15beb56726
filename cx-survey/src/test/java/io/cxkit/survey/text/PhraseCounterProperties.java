package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the phrase counter against a brute-force count (each comment's distinct phrases
 * from {@link Phrases#phrases}, tallied in a map): below the cap the counts are exact and merging
 * partitions gives the whole; beyond it every true count lies in {@code [count − maxError,
 * count]}, a phrase not held is below the bound, and the bound is at most {@code totalPhrases /
 * capacity} (Metwally et al. 2005), also after merges (Cafaro et al. 2016).
 */
class PhraseCounterProperties {
  private static final Set<String> STOP = Set.of("the", "of");

  @Provide
  Arbitrary<List<List<String>>> comments() {
    // A small vocabulary so that phrases repeat and the cap is reached often.
    Arbitrary<String> token = Arbitraries.of("late", "delivery", "price", "the", "of", "送货", "慢",
        "доставка", "долго");
    return token.list().ofMaxSize(6).list().ofMaxSize(40);
  }

  private static Map<String, Long> truth(Phrases phrases, List<List<String>> comments) {
    Map<String, Long> truth = new HashMap<>();
    for (List<String> comment : comments) {
      for (String phrase : phrases.phrases(comment)) {
        truth.merge(phrase, 1L, Long::sum);
      }
    }
    return truth;
  }

  private static void assertBounds(PhraseCounts counts, Map<String, Long> truth, long comments) {
    long pairs = truth.values().stream().mapToLong(Long::longValue).sum();
    assertThat(counts.totalComments()).isEqualTo(comments);
    assertThat(counts.totalPhrases()).isEqualTo(pairs);
    assertThat(counts.size()).isLessThanOrEqualTo(counts.capacity());
    long held = 0;
    for (PhraseCount count : counts.ranked()) {
      long real = truth.getOrDefault(count.phrase(), 0L);
      assertThat(real).as(count.phrase()).isBetween(count.lowerBound(), count.count());
      assertThat(count.maxError()).isLessThanOrEqualTo(counts.unmonitoredBound());
      held += count.count();
    }
    // Space-Saving's counts never add up to more than the stream.
    assertThat(held).isLessThanOrEqualTo(pairs);
    truth.forEach((phrase, real) -> {
      if (!counts.asMap().containsKey(phrase)) {
        assertThat(real).as(phrase).isLessThanOrEqualTo(counts.unmonitoredBound());
      }
    });
    assertThat(counts.unmonitoredBound() * counts.capacity()).isLessThanOrEqualTo(pairs);
  }

  @Property(tries = 300)
  void everyTrueCountLiesWithinItsBound(@ForAll("comments") List<List<String>> comments,
      @ForAll @IntRange(min = 1, max = 8) int capacity, @ForAll @IntRange(min = 1, max = 3) int maxWords) {
    Phrases phrases = Phrases.of(maxWords, STOP::contains);
    PhraseCounter counter = new PhraseCounter(phrases, capacity);
    comments.forEach(counter::add);
    Map<String, Long> truth = truth(phrases, comments);
    PhraseCounts counts = counter.snapshot();
    assertBounds(counts, truth, comments.size());
    // Exact exactly when every distinct phrase found a place.
    assertThat(counts.isExact()).isEqualTo(truth.size() <= capacity);
    if (counts.isExact()) {
      truth.forEach((phrase, real) -> assertThat(counts.count(phrase).count()).isEqualTo(real));
    }
  }

  @Property(tries = 300)
  void mergedSketchesKeepTheBound(@ForAll("comments") List<List<String>> comments,
      @ForAll @IntRange(min = 1, max = 8) int capacity, @ForAll @IntRange(min = 1, max = 4) int parts,
      @ForAll @IntRange(min = 1, max = 3) int maxWords) {
    Phrases phrases = Phrases.of(maxWords, STOP::contains);
    PhraseCounts merged = PhraseCounts.empty(maxWords, capacity);
    for (List<List<String>> part : split(comments, parts)) {
      PhraseCounter counter = new PhraseCounter(phrases, capacity);
      part.forEach(counter::add);
      merged = merged.plus(counter.snapshot());
    }
    assertBounds(merged, truth(phrases, comments), comments.size());
  }

  @Property(tries = 200)
  void aCounterGoesOnCountingAfterAMerge(@ForAll("comments") List<List<String>> comments,
      @ForAll @IntRange(min = 1, max = 6) int capacity) {
    Phrases phrases = Phrases.upToThreeWords(STOP::contains);
    List<List<List<String>>> thirds = split(comments, 3);
    PhraseCounter first = new PhraseCounter(phrases, capacity);
    thirds.get(0).forEach(first::add);
    PhraseCounter second = new PhraseCounter(phrases, capacity);
    thirds.get(1).forEach(second::add);
    first.merge(second);
    thirds.get(2).forEach(first::add);
    assertBounds(first.snapshot(), truth(phrases, comments), comments.size());
  }

  @Property(tries = 200)
  void belowTheCapMergingPartitionsEqualsTheWhole(@ForAll("comments") List<List<String>> comments,
      @ForAll @IntRange(min = 1, max = 5) int parts) {
    Phrases phrases = Phrases.upToThreeWords(STOP::contains);
    PhraseCounter whole = new PhraseCounter(phrases, 10_000);
    comments.forEach(whole::add);
    PhraseCounts merged = PhraseCounts.empty(3, 10_000);
    PhraseCounts reversed = PhraseCounts.empty(3, 10_000);
    for (List<List<String>> part : split(comments, parts)) {
      PhraseCounter counter = new PhraseCounter(phrases, 10_000);
      part.forEach(counter::add);
      merged = merged.plus(counter.snapshot());
      reversed = counter.snapshot().plus(reversed);
    }
    assertThat(merged).isEqualTo(whole.snapshot()).isEqualTo(reversed);
    assertThat(merged.isExact()).isTrue();
  }

  /** Cuts the list into {@code parts} consecutive pieces of near-equal size, some maybe empty. */
  private static <T> List<List<T>> split(List<T> all, int parts) {
    List<List<T>> out = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      out.add(all.subList(all.size() * p / parts, all.size() * (p + 1) / parts));
    }
    return out;
  }
}
