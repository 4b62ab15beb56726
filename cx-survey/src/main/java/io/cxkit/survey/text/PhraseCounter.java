package io.cxkit.survey.text;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A mutable, single-threaded, streaming counter of the phrases of comments: {@link #add(List)}
 * takes one comment's tokens, {@link #snapshot()} hands out immutable {@link PhraseCounts}. Each
 * phrase is counted once per comment that says it (document frequency, the count behind "what
 * share of comments say X"), whatever the number of times it is repeated there.
 *
 * <p>Memory is bounded: the counts are exact while at most {@link #capacity()} distinct phrases
 * have been seen (default {@value PhraseCounts#DEFAULT_CAPACITY}); after that the counter runs
 * Space-Saving (Metwally, Agrawal and El Abbadi, ICDT 2005) over the (comment, phrase) pairs: a
 * new phrase takes the place of the held phrase with the lowest count {@code m}, starting at
 * {@code m + 1} with error {@code m}, so each held count is an upper bound that exceeds the true
 * count by at most its {@link PhraseCount#maxError()} ≤ {@code totalPhrases / capacity} (see
 * {@link PhraseCounts}). Finding the lowest count keeps a binary min-heap, {@code O(log
 * capacity)} per phrase once the cap is reached, and nothing while the counts are exact.
 *
 * <p>Counting allocates the phrase strings and, for a phrase new to the counter, its slot; a
 * comment's repeats are found in a reused table, not a fresh set. A comment with a bad token is
 * refused whole and leaves the counter as it was. For several threads, use one counter per thread
 * and merge the snapshots.
 */
public final class PhraseCounter {
  private final Phrases phrases;
  private final int capacity;

  private final HashMap<String, Slot> slots;
  // The min-heap over the slots by count, kept only once the cap is reached (sketching).
  private Slot @Nullable [] heap;
  private long unmonitoredBound;
  private long totalComments;
  private long totalPhrases;

  // Scratch reused from comment to comment.
  private boolean[] stopScratch = new boolean[16];
  private final List<String> commentPhrases = new ArrayList<>();
  private final CommentSet seen = new CommentSet();
  private final StringBuilder phraseScratch = new StringBuilder();
  // Made once: a lambda that captures this counter would be a new object per comment.
  private final Consumer<String> collect = this::collect;

  /** A held phrase: its count, error and place in the heap. */
  private static final class Slot {
    String phrase;
    long count;
    long error;
    int heapIndex;

    Slot(String phrase, long count, long error) {
      this.phrase = phrase;
      this.count = count;
      this.error = error;
    }
  }

  /**
   * Creates a counter holding up to {@value PhraseCounts#DEFAULT_CAPACITY} distinct phrases.
   *
   * @param phrases the phrase rule: length and stop words
   */
  public PhraseCounter(Phrases phrases) {
    this(phrases, PhraseCounts.DEFAULT_CAPACITY);
  }

  /**
   * Creates a counter.
   *
   * @param phrases the phrase rule: length and stop words
   * @param capacity the most distinct phrases held, ≥ 1; memory is proportional to it
   * @throws InvalidValueException if {@code capacity} is below 1
   */
  public PhraseCounter(Phrases phrases, int capacity) {
    this.phrases = Objects.requireNonNull(phrases, "phrases");
    PhraseCounts.checkCapacity(capacity);
    this.capacity = capacity;
    this.slots = new HashMap<>(Math.min(capacity, 1 << 12));
  }

  /** @return the phrase rule */
  public Phrases phrases() {
    return phrases;
  }

  /** @return the most distinct phrases held */
  public int capacity() {
    return capacity;
  }

  /** @return the number of comments counted so far */
  public long totalComments() {
    return totalComments;
  }

  /** @return whether the counts are still exact (no phrase dropped for lack of capacity) */
  public boolean isExact() {
    return unmonitoredBound == 0;
  }

  /**
   * Counts one comment: each of its distinct phrases once. A comment without phrases (empty, or
   * only stop words) still counts as a comment.
   *
   * @param tokens the comment's tokens, lower-cased by the tokenizer
   * @return this counter
   * @throws InvalidValueException naming {@code tokens[i]} if a token is null, empty or holds
   *     whitespace; nothing of the comment is counted then
   * @throws CountOverflowException if a total would exceed {@link Long#MAX_VALUE}; nothing is
   *     counted then
   */
  public PhraseCounter add(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    return add(tokens, phrases);
  }

  /**
   * Counts one comment under a phrase rule of the same length but other stop words, such as
   * those of the comment's language; see {@link #add(List)}.
   */
  PhraseCounter add(List<String> tokens, Phrases rule) {
    return addRuns(List.of(tokens), rule);
  }

  /**
   * Counts one comment whose tokens come in runs (split at punctuation): phrases are made within
   * each run, and each distinct phrase of the comment counts once.
   */
  PhraseCounter addRuns(List<List<String>> runs, Phrases rule) {
    commentPhrases.clear();
    seen.reset();
    for (int r = 0, n = runs.size(); r < n; r++) {
      List<String> tokens = runs.get(r);
      if (stopScratch.length < tokens.size()) {
        stopScratch = new boolean[Math.max(tokens.size(), 2 * stopScratch.length)];
      }
      rule.forEach(tokens, stopScratch, phraseScratch, collect);
    }
    if (totalComments == Long.MAX_VALUE) {
      throw new CountOverflowException("totalComments", totalComments, 1);
    }
    if (totalPhrases > Long.MAX_VALUE - commentPhrases.size()) {
      throw new CountOverflowException("totalPhrases", totalPhrases, commentPhrases.size());
    }
    totalComments++;
    totalPhrases += commentPhrases.size();
    // Every count is at most totalPhrases, which was just checked, so the counts cannot overflow.
    for (int i = 0, n = commentPhrases.size(); i < n; i++) {
      count(commentPhrases.get(i));
    }
    commentPhrases.clear();
    return this;
  }

  private void collect(String phrase) {
    if (seen.add(phrase)) {
      commentPhrases.add(phrase);
    }
  }

  private void count(String phrase) {
    Slot slot = slots.get(phrase);
    if (slot != null) {
      slot.count++;
      if (heap != null) {
        siftDown(heap, slot.heapIndex);
      }
      return;
    }
    // The heap exists only once the table is full, and stays full: a free slot means no heap.
    if (slots.size() < capacity) {
      // Only a merge can have made the bound positive, and it leaves the table full; so here the
      // bound is 0 and a new phrase's count is exact, but the rule is written for the general case.
      Slot fresh = new Slot(phrase, unmonitoredBound + 1, unmonitoredBound);
      slots.put(phrase, fresh);
      return;
    }
    Slot[] h = heap != null ? heap : buildHeap();
    Slot lowest = h[0];
    slots.remove(lowest.phrase);
    // The dropped phrase was said at most lowest.count times, and every held count is at least
    // that: it is the new bound for phrases not held, and the newcomer's possible past.
    unmonitoredBound = Math.max(unmonitoredBound, lowest.count);
    lowest.phrase = phrase;
    lowest.count = unmonitoredBound + 1;
    lowest.error = unmonitoredBound;
    slots.put(phrase, lowest);
    siftDown(h, 0);
  }

  private Slot[] buildHeap() {
    Slot[] h = slots.values().toArray(new Slot[0]);
    for (int i = 0; i < h.length; i++) {
      h[i].heapIndex = i;
    }
    for (int i = h.length / 2 - 1; i >= 0; i--) {
      siftDown(h, i);
    }
    heap = h;
    return h;
  }

  // Moves a slot whose count grew down to its place in the min-heap.
  private static void siftDown(Slot[] h, int index) {
    int i = index;
    Slot moving = h[i];
    int n = h.length;
    while (true) {
      int child = 2 * i + 1;
      if (child >= n) {
        break;
      }
      if (child + 1 < n && h[child + 1].count < h[child].count) {
        child++;
      }
      if (h[child].count >= moving.count) {
        break;
      }
      h[i] = h[child];
      h[i].heapIndex = i;
      i = child;
    }
    h[i] = moving;
    moving.heapIndex = i;
  }

  /**
   * Adds counts made elsewhere, as {@link PhraseCounts#plus} merges them.
   *
   * @param counts counts of the same phrase length and capacity
   * @return this counter
   * @throws IncompatibleMergeException if the phrase length or the capacity differ
   * @throws CountOverflowException if a total would exceed {@link Long#MAX_VALUE}; nothing is
   *     added then
   */
  public PhraseCounter merge(PhraseCounts counts) {
    Objects.requireNonNull(counts, "counts");
    load(snapshot().plus(counts));
    return this;
  }

  /**
   * Adds another counter's counts (for example one per thread, merged at the end).
   *
   * @param other another counter of the same phrase length and capacity
   * @return this counter
   * @throws IllegalArgumentException if {@code other} is this counter: merge its snapshot instead
   * @throws IncompatibleMergeException if the phrase length or the capacity differ
   */
  public PhraseCounter merge(PhraseCounter other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException(
          "a counter cannot merge itself; to double it, merge(snapshot()) instead");
    }
    return merge(other.snapshot());
  }

  private void load(PhraseCounts counts) {
    slots.clear();
    heap = null;
    for (PhraseCount count : counts.asMap().values()) {
      slots.put(count.phrase(), new Slot(count.phrase(), count.count(), count.maxError()));
    }
    unmonitoredBound = counts.unmonitoredBound();
    totalComments = counts.totalComments();
    totalPhrases = counts.totalPhrases();
    if (unmonitoredBound > 0) {
      buildHeap();
    }
  }

  /** @return an immutable copy of the counts so far */
  public PhraseCounts snapshot() {
    Map<String, PhraseCount> copy = new HashMap<>(Math.max(16, slots.size() * 4 / 3 + 1));
    for (Slot slot : slots.values()) {
      copy.put(slot.phrase, new PhraseCount(slot.phrase, slot.count, slot.error));
    }
    return PhraseCounts.adopt(phrases.maxWords(), capacity, totalComments, totalPhrases,
        unmonitoredBound, copy);
  }

  /** Forgets every comment counted. */
  public void reset() {
    slots.clear();
    heap = null;
    unmonitoredBound = 0;
    totalComments = 0;
    totalPhrases = 0;
  }

  @Override
  public String toString() {
    return "PhraseCounter{comments=" + totalComments + ", held=" + slots.size() + "/" + capacity
        + (isExact() ? ", exact" : ", bound=" + unmonitoredBound) + "}";
  }

  /**
   * The distinct phrases of the comment being counted: an open-addressing table whose entries are
   * valid only when stamped with the current comment's number, so that clearing it is one
   * increment rather than a pass over the table or a new set per comment.
   */
  private static final class CommentSet {
    private String[] keys = new String[64];
    private int[] stamps = new int[64];
    private int stamp = 1;
    private int size;

    void reset() {
      size = 0;
      if (++stamp == 0) {
        // After 2^32 comments the stamps wrap: clear once so that no old entry looks current.
        Arrays.fill(stamps, 0);
        stamp = 1;
      }
    }

    /** @return whether {@code key} was not yet in the comment */
    boolean add(String key) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = mix(key.hashCode()) & mask;
      while (stamps[i] == stamp) {
        if (keys[i].equals(key)) {
          return false;
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      stamps[i] = stamp;
      size++;
      return true;
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldStamps = stamps;
      keys = new String[oldKeys.length * 2];
      stamps = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldStamps[j] == stamp) {
          int i = mix(oldKeys[j].hashCode()) & mask;
          while (stamps[i] == stamp) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          stamps[i] = stamp;
        }
      }
    }

    private static int mix(int h) {
      return h ^ (h >>> 16);
    }
  }
}
