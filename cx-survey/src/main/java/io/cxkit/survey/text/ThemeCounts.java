package io.cxkit.survey.text;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The theme counts of one set of comments (all of them, or one group's): how many comments the
 * codebook could read, how many mention each theme, how many mention none, and how many are in a
 * language it has no keywords for. A comment that mentions two themes counts once for each, so the
 * theme shares of one set may add up to more than 100.
 *
 * <p>A theme's {@linkplain #share share} is the percentage of the {@linkplain #comments() covered
 * comments} that mention it, a {@link Percentage} on 0..100 with its Wilson interval; comments in
 * an uncovered language are left out of the denominator, since the codebook could not have found a
 * theme in them. With no covered comment every share is empty ({@link Percentage#empty()}), never
 * NaN. Immutable; counts of disjoint sets add with {@link #plus}.
 */
public final class ThemeCounts {
  private final List<String> themeIds;
  private final long comments;
  private final long withoutTheme;
  private final long uncovered;
  private final long truncated;
  private final long[] counts;

  private ThemeCounts(List<String> themeIds, long comments, long withoutTheme, long uncovered,
      long truncated, long[] counts) {
    this.themeIds = themeIds;
    this.comments = comments;
    this.withoutTheme = withoutTheme;
    this.uncovered = uncovered;
    this.truncated = truncated;
    this.counts = counts;
  }

  /**
   * Counts from their parts, as a serial form or a test holds them.
   *
   * @param counts the number of covered comments mentioning each theme, by theme id, in codebook
   *     order; each at most {@code comments − withoutTheme}, together at least that
   * @param comments the covered comments (in a language of the codebook), ≥ every theme's count
   * @param withoutTheme the covered comments that mention no theme, ≤ {@code comments}
   * @param uncovered the comments in a language the codebook has no keywords for, ≥ 0
   * @param truncated the comments longer than {@link Tokenizer#MAX_TEXT_LENGTH}, of which only the
   *     beginning was read, ≤ {@code comments}
   * @return the counts
   * @throws InvalidValueException if a count is negative, a theme's count exceeds the comments with
   *     a theme, or the themes' counts cannot account for the comments with a theme
   */
  public static ThemeCounts of(Map<String, Long> counts, long comments, long withoutTheme,
      long uncovered, long truncated) {
    Objects.requireNonNull(counts, "counts");
    requireCount("comments", comments);
    requireCount("withoutTheme", withoutTheme);
    requireCount("uncovered", uncovered);
    requireCount("truncated", truncated);
    requireAtMost("withoutTheme", withoutTheme, comments);
    requireAtMost("truncated", truncated, comments);
    long withTheme = comments - withoutTheme;
    long[] values = new long[counts.size()];
    int i = 0;
    long total = 0;
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      String id = Objects.requireNonNull(entry.getKey(), "counts key");
      long count = Objects.requireNonNull(entry.getValue(), "counts value");
      requireCount("counts." + id, count);
      if (count > withTheme) {
        throw new InvalidValueException("counts." + id, count,
            "must be ≤ the comments with a theme, comments − withoutTheme = " + withTheme);
      }
      total = Math.min(Long.MAX_VALUE - count, total) + count;
      values[i++] = count;
    }
    if (total < withTheme) {
      throw new InvalidValueException("withoutTheme", withoutTheme, "leaves " + withTheme
          + " comments with a theme, more than the themes' counts add up to (" + total + ")");
    }
    return new ThemeCounts(List.copyOf(counts.keySet()), comments, withoutTheme, uncovered,
        truncated, values);
  }

  static ThemeCounts fromArray(List<String> themeIds, long comments, long withoutTheme,
      long uncovered, long truncated, long[] counts) {
    return new ThemeCounts(themeIds, comments, withoutTheme, uncovered, truncated, counts.clone());
  }

  /** @return the counts of no comment for these themes */
  static ThemeCounts empty(List<String> themeIds) {
    return new ThemeCounts(themeIds, 0, 0, 0, 0, new long[themeIds.size()]);
  }

  private static void requireCount(String field, long count) {
    if (count < 0) {
      throw new InvalidValueException(field, count, "must be a count ≥ 0");
    }
  }

  private static void requireAtMost(String field, long count, long comments) {
    if (count > comments) {
      throw new InvalidValueException(field, count, "must be ≤ comments = " + comments);
    }
  }

  /** @return the theme ids counted, in codebook order; unmodifiable */
  public List<String> themeIds() {
    return themeIds;
  }

  /** @return the comments in a language the codebook covers: the denominator of every share */
  public long comments() {
    return comments;
  }

  /** @return the covered comments that mention no theme */
  public long withoutTheme() {
    return withoutTheme;
  }

  /** @return the covered comments that mention at least one theme */
  public long withTheme() {
    return comments - withoutTheme;
  }

  /** @return the comments in a language the codebook has no keywords for, not in any share */
  public long uncovered() {
    return uncovered;
  }

  /** @return the covered comments longer than {@link Tokenizer#MAX_TEXT_LENGTH}, read only in part */
  public long truncated() {
    return truncated;
  }

  /** @return whether no comment at all was counted, covered or not */
  public boolean isEmpty() {
    return comments == 0 && uncovered == 0;
  }

  /**
   * @param themeId a theme id
   * @return the covered comments that mention it
   * @throws InvalidValueException if the theme is not counted here, naming those that are
   */
  public long count(String themeId) {
    return counts[indexOf(themeId)];
  }

  /**
   * @param themeId a theme id
   * @return the percentage of covered comments that mention it, on 0..100; empty when there is no
   *     covered comment
   * @throws InvalidValueException if the theme is not counted here
   */
  public Percentage share(String themeId) {
    return Percentage.of(count(themeId), comments);
  }

  /** @return the percentage of covered comments that mention no theme; empty without comments */
  public Percentage withoutThemeShare() {
    return Percentage.of(withoutTheme, comments);
  }

  /** @return every theme's {@linkplain #share share}, by theme id in codebook order; unmodifiable */
  public Map<String, Percentage> shares() {
    Map<String, Percentage> shares = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      shares.put(themeIds.get(i), Percentage.of(counts[i], comments));
    }
    return Collections.unmodifiableMap(shares);
  }

  private int indexOf(String themeId) {
    Objects.requireNonNull(themeId, "themeId");
    int i = themeIds.indexOf(themeId);
    if (i < 0) {
      throw new InvalidValueException("theme", io.cxkit.survey.internal.Ids.quote(themeId),
          "must be one of the themes counted " + themeIds);
    }
    return i;
  }

  /**
   * @param other the counts of other comments for the same themes
   * @return the counts of both together
   * @throws IncompatibleMergeException if the theme ids differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public ThemeCounts plus(ThemeCounts other) {
    Objects.requireNonNull(other, "other");
    if (!themeIds.equals(other.themeIds)) {
      throw new IncompatibleMergeException("ThemeCounts", "themes", themeIds, other.themeIds);
    }
    long[] sum = new long[counts.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = add("counts." + themeIds.get(i), counts[i], other.counts[i]);
    }
    return new ThemeCounts(themeIds, add("comments", comments, other.comments),
        add("withoutTheme", withoutTheme, other.withoutTheme),
        add("uncovered", uncovered, other.uncovered), add("truncated", truncated, other.truncated), sum);
  }

  static long add(String field, long a, long b) {
    long sum = a + b;
    if (sum < 0) {
      throw new CountOverflowException(field, a, b);
    }
    return sum;
  }

  /** @return whether {@code o} counts the same themes with the same counts */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ThemeCounts c && c.comments == comments && c.withoutTheme == withoutTheme
        && c.uncovered == uncovered && c.truncated == truncated && c.themeIds.equals(themeIds)
        && Arrays.equals(c.counts, counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(themeIds, comments, withoutTheme, uncovered, truncated) * 31
        + Arrays.hashCode(counts);
  }

  /** @return e.g. {@code ThemeCounts{comments=10, delivery=4, price=1, withoutTheme=5, uncovered=2}} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ThemeCounts{comments=").append(comments);
    for (int i = 0; i < counts.length; i++) {
      out.append(", ").append(themeIds.get(i)).append('=').append(counts[i]);
    }
    out.append(", withoutTheme=").append(withoutTheme).append(", uncovered=").append(uncovered);
    if (truncated > 0) {
      out.append(", truncated=").append(truncated);
    }
    return out.append('}').toString();
  }
}
