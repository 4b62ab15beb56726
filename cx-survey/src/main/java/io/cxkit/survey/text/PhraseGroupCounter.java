package io.cxkit.survey.text;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mutable, single-threaded, streaming counter of phrases per group of comments: {@link
 * #add(String, List)} counts one comment in its group (such as "detractor" or a segment's name),
 * and {@link #snapshot()} hands out immutable {@link PhraseGroupCounts} for {@link
 * DistinctivePhrases}. Each group has its own {@link PhraseCounter} with the same phrase rule and
 * capacity, so memory is bounded by the number of groups times the capacity; keep groups few
 * (NPS groups, segments, touchpoints), not one per customer.
 */
public final class PhraseGroupCounter {
  private final Phrases phrases;
  private final int capacity;
  private final Map<String, PhraseCounter> counters = new HashMap<>();

  /**
   * Creates a counter holding up to {@value PhraseCounts#DEFAULT_CAPACITY} distinct phrases per
   * group.
   *
   * @param phrases the phrase rule: length and stop words
   */
  public PhraseGroupCounter(Phrases phrases) {
    this(phrases, PhraseCounts.DEFAULT_CAPACITY);
  }

  /**
   * Creates a counter.
   *
   * @param phrases the phrase rule: length and stop words
   * @param capacity the most distinct phrases held per group, ≥ 1
   * @throws InvalidValueException if {@code capacity} is below 1
   */
  public PhraseGroupCounter(Phrases phrases, int capacity) {
    this.phrases = Objects.requireNonNull(phrases, "phrases");
    PhraseCounts.checkCapacity(capacity);
    this.capacity = capacity;
  }

  /**
   * Counts one comment in a group.
   *
   * @param group the group's name, not blank
   * @param tokens the comment's tokens
   * @return this counter
   * @throws InvalidValueException if the group's name is blank, or naming {@code tokens[i]} if a
   *     token is null, empty or holds whitespace; nothing is counted then
   */
  public PhraseGroupCounter add(String group, List<String> tokens) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(tokens, "tokens");
    PhraseCounter counter = counters.get(group);
    if (counter == null) {
      PhraseGroupCounts.checkGroup(group);
      counter = new PhraseCounter(phrases, capacity);
      // Count before registering, so that a refused first comment leaves no empty group behind.
      counter.add(tokens);
      counters.put(group, counter);
      return this;
    }
    counter.add(tokens);
    return this;
  }

  /**
   * Adds grouped counts made elsewhere, group by group.
   *
   * @param counts grouped counts of the same phrase length and capacity
   * @return this counter
   * @throws IncompatibleMergeException if the phrase length or capacity differ; nothing is added
   *     then
   */
  public PhraseGroupCounter merge(PhraseGroupCounts counts) {
    Objects.requireNonNull(counts, "counts");
    if (counts.maxWords() != phrases.maxWords()) {
      throw new IncompatibleMergeException("PhraseGroupCounter", "maxWords", phrases.maxWords(),
          counts.maxWords());
    }
    if (counts.capacity() != capacity) {
      throw new IncompatibleMergeException("PhraseGroupCounter", "capacity", capacity,
          counts.capacity());
    }
    counts.groups().forEach((name, groupCounts) ->
        counters.computeIfAbsent(name, n -> new PhraseCounter(phrases, capacity)).merge(groupCounts));
    return this;
  }

  /**
   * Adds another counter's counts.
   *
   * @param other another counter of the same phrase length and capacity
   * @return this counter
   * @throws IllegalArgumentException if {@code other} is this counter: merge its snapshot instead
   * @throws IncompatibleMergeException if the phrase length or capacity differ
   */
  public PhraseGroupCounter merge(PhraseGroupCounter other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException(
          "a counter cannot merge itself; to double it, merge(snapshot()) instead");
    }
    return merge(other.snapshot());
  }

  /** @return an immutable copy of every group's counts so far */
  public PhraseGroupCounts snapshot() {
    Map<String, PhraseCounts> copy = new HashMap<>();
    counters.forEach((name, counter) -> copy.put(name, counter.snapshot()));
    return PhraseGroupCounts.of(phrases.maxWords(), capacity, copy);
  }

  /** Forgets every comment counted. */
  public void reset() {
    counters.clear();
  }

  @Override
  public String toString() {
    return "PhraseGroupCounter{groups=" + counters.keySet().stream().sorted().toList() + "}";
  }
}
