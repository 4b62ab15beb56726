package io.cxkit.survey.text;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Phrase counts per group of comments — detractors, passives and promoters, segments,
 * touchpoints — as a {@link PhraseGroupCounter} collected them: immutable, merged across
 * partitions with {@link #plus}, and compared with {@link DistinctivePhrases}. Every group has
 * its own {@link PhraseCounts} of the same phrase length and capacity; a group appears once a
 * comment has been counted in it.
 */
public final class PhraseGroupCounts {
  private final int maxWords;
  private final int capacity;
  private final Map<String, PhraseCounts> groups;

  private PhraseGroupCounts(int maxWords, int capacity, TreeMap<String, PhraseCounts> groups) {
    this.maxWords = maxWords;
    this.capacity = capacity;
    this.groups = Collections.unmodifiableMap(groups);
  }

  /**
   * @param maxWords the phrase length, in 1..{@value Phrases#MAX_WORDS_LIMIT}
   * @param capacity the most distinct phrases held per group, ≥ 1
   * @param groups each group's counts, of that phrase length and capacity
   * @return the grouped counts
   * @throws InvalidValueException if {@code maxWords} or {@code capacity} is out of range, or a
   *     group's name is blank
   * @throws IncompatibleMergeException naming the group whose counts have another phrase length or
   *     capacity
   */
  public static PhraseGroupCounts of(int maxWords, int capacity, Map<String, PhraseCounts> groups) {
    Objects.requireNonNull(groups, "groups");
    PhraseCounts.checkMaxWords(maxWords);
    PhraseCounts.checkCapacity(capacity);
    TreeMap<String, PhraseCounts> copy = new TreeMap<>();
    groups.forEach((name, counts) -> {
      checkGroup(Objects.requireNonNull(name, "group name"));
      Objects.requireNonNull(counts, "counts");
      requireSame("group " + name, maxWords, capacity, counts);
      copy.put(name, counts);
    });
    return new PhraseGroupCounts(maxWords, capacity, copy);
  }

  static String checkGroup(String group) {
    if (group.isBlank()) {
      throw new InvalidValueException("group", "\"" + group + "\"", "must not be blank");
    }
    return group;
  }

  private static void requireSame(String what, int maxWords, int capacity, PhraseCounts counts) {
    if (counts.maxWords() != maxWords) {
      throw new IncompatibleMergeException("PhraseGroupCounts", "maxWords of " + what, maxWords,
          counts.maxWords());
    }
    if (counts.capacity() != capacity) {
      throw new IncompatibleMergeException("PhraseGroupCounts", "capacity of " + what, capacity,
          counts.capacity());
    }
  }

  /** @return the longest phrase counted, in tokens */
  public int maxWords() {
    return maxWords;
  }

  /** @return the most distinct phrases held per group */
  public int capacity() {
    return capacity;
  }

  /** @return each group's counts by group name, in name order, unmodifiable */
  public Map<String, PhraseCounts> groups() {
    return groups;
  }

  /**
   * @param group a group's name
   * @return its counts, or empty if no comment was counted in it
   */
  public Optional<PhraseCounts> group(String group) {
    Objects.requireNonNull(group, "group");
    return Optional.ofNullable(groups.get(group));
  }

  /** @return whether no comment was counted in any group */
  public boolean isEmpty() {
    return groups.values().stream().allMatch(PhraseCounts::isEmpty);
  }

  /** @return whether every group's counts are exact */
  public boolean isExact() {
    return groups.values().stream().allMatch(PhraseCounts::isExact);
  }

  /**
   * Merges group by group ({@link PhraseCounts#plus}); a group in only one operand is taken as
   * it is.
   *
   * @param other grouped counts of other comments, of the same phrase length and capacity
   * @return the merged counts
   * @throws IncompatibleMergeException if the phrase lengths or capacities differ
   */
  public PhraseGroupCounts plus(PhraseGroupCounts other) {
    Objects.requireNonNull(other, "other");
    if (maxWords != other.maxWords) {
      throw new IncompatibleMergeException("PhraseGroupCounts", "maxWords", maxWords, other.maxWords);
    }
    if (capacity != other.capacity) {
      throw new IncompatibleMergeException("PhraseGroupCounts", "capacity", capacity, other.capacity);
    }
    TreeMap<String, PhraseCounts> merged = new TreeMap<>(groups);
    other.groups.forEach((name, counts) -> merged.merge(name, counts, PhraseCounts::plus));
    return new PhraseGroupCounts(maxWords, capacity, merged);
  }

  /** Value equality: the same settings and the same counts per group. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PhraseGroupCounts that && maxWords == that.maxWords
        && capacity == that.capacity && groups.equals(that.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxWords, capacity, groups);
  }

  @Override
  public String toString() {
    return "PhraseGroupCounts" + groups;
  }
}
