package io.cxkit.survey.text;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import io.cxkit.survey.summary.GroupKey;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Tags comments with a {@link Codebook}'s themes and counts them into a {@link ThemeSummary}, per
 * group and overall, in one pass and in memory that grows with the number of groups, not of
 * comments. Comments come either as (group, comment, locale) triples ({@link #add(String,
 * CharSequence, Locale)}) or as {@link Response}s, whose answer to an open-text question is the
 * comment, whose {@link io.cxkit.survey.ResponseContext#locale()} is its language (else the
 * {@linkplain Builder#defaultLocale default locale}) and whose group a {@link GroupKey} gives, such
 * as {@link TextGroups#npsGroup(String)} or {@link GroupKey#touchpoint()}.
 *
 * <p>The mutable recorder behind a theme summary: not thread-safe; use one per thread or
 * partition and add their {@linkplain #snapshot() snapshots} with {@link ThemeSummary#plus} or
 * {@link #merge}. So that a key with a value per response cannot exhaust memory, the groups are
 * capped ({@value #DEFAULT_MAX_GROUPS} by default); a comment that would open one group too many is
 * refused with an {@link InvalidValueException} and nothing of it is counted.
 */
public final class ThemeSummarizer {
  /** The default most distinct groups a summarizer keeps. */
  public static final int DEFAULT_MAX_GROUPS = 10_000;

  /** The key name of a summary whose groups were given with each comment. */
  public static final String DEFAULT_KEY_NAME = "group";

  private final Codebook codebook;
  private final List<String> themeIds;
  private final @Nullable String questionId;
  private final @Nullable GroupKey key;
  private final String keyName;
  private final @Nullable Locale defaultLocale;
  private final int maxGroups;
  private final Tally withoutGroup;
  private final Map<String, Tally> groups = new HashMap<>();
  private long responsesWithoutComment;

  private ThemeSummarizer(Builder builder) {
    this.codebook = builder.codebook;
    this.themeIds = codebook.themeIds();
    this.questionId = builder.options.questionId;
    this.key = builder.options.key;
    this.keyName = builder.options.keyName();
    this.defaultLocale = builder.options.defaultLocale;
    this.maxGroups = builder.options.maxGroups;
    this.withoutGroup = new Tally(themeIds.size());
    for (String label : builder.options.expected) {
      groups.put(label, new Tally(themeIds.size()));
    }
  }

  /**
   * @param codebook the themes to tag with
   * @return an empty summarizer of (group, comment, locale) triples, without a default locale, with
   *     at most {@value #DEFAULT_MAX_GROUPS} groups
   */
  public static ThemeSummarizer of(Codebook codebook) {
    return builder(codebook).build();
  }

  /**
   * @param codebook the themes to tag with
   * @return a builder for the question, the key, the default locale, expected groups and the cap
   */
  public static Builder builder(Codebook codebook) {
    return new Builder(Objects.requireNonNull(codebook, "codebook"));
  }

  /** @return the codebook comments are tagged with */
  public Codebook codebook() {
    return codebook;
  }

  /**
   * Tags and counts one comment.
   *
   * @param group the comment's group, such as a segment or {@link TextGroups#PROMOTER}, or null
   *     for none
   * @param comment the comment; only its first {@value Tokenizer#MAX_TEXT_LENGTH} chars are read
   * @param locale its language, or null for the default locale; a comment with neither, or in a
   *     language the codebook has no keywords for, is counted as {@linkplain ThemeCounts#uncovered()
   *     uncovered}
   * @return this summarizer
   * @throws InvalidValueException if the group label is blank or holds an unpaired surrogate, or
   *     would be one group more than the cap; nothing is then counted
   */
  public ThemeSummarizer add(@Nullable String group, CharSequence comment, @Nullable Locale locale) {
    Objects.requireNonNull(comment, "comment");
    CommentOptions.requireLabel(keyName, group);
    record(tally(group), comment, locale);
    return this;
  }

  /**
   * Tags and counts the comment of one response: its answer to the {@linkplain Builder#question
   * open-text question}, in its group by the {@linkplain Builder#groupBy key}. A response that did
   * not answer the question is counted in {@link ThemeSummary#responsesWithoutComment()}.
   *
   * @param response a response
   * @return this summarizer
   * @throws IllegalStateException if no question was set
   * @throws InvalidResponseException if its answer to the question is not an open-text answer, or
   *     the key refuses it (an NPS score off the scale); nothing of it is then counted
   * @throws InvalidValueException if its group would be one more than the cap allows
   */
  public ThemeSummarizer add(Response response) {
    @Nullable String comment = CommentOptions.commentOf(questionId, response, "to be tagged with themes");
    String group = key == null ? null : key.groupOf(response);
    Tally tally = tally(group);
    if (comment == null) {
      responsesWithoutComment++;
      return this;
    }
    record(tally, comment, response.context().locale());
    return this;
  }

  /**
   * Adds every remaining response of an iterator, such as a {@link io.cxkit.survey.io.ResponseReader}.
   *
   * @param responses the responses
   * @return this summarizer
   * @throws InvalidResponseException as {@link #add(Response)} does, at the first bad one; those
   *     before it are counted
   * @throws InvalidValueException as {@link #add(Response)} does
   */
  public ThemeSummarizer addAll(Iterator<? extends Response> responses) {
    Objects.requireNonNull(responses, "responses");
    while (responses.hasNext()) {
      add(responses.next());
    }
    return this;
  }

  /**
   * Adds a partial summary, such as another thread's snapshot; everything is checked before
   * anything changes.
   *
   * @param summary a summary of other comments, made with the same codebook, key and question
   * @return this summarizer
   * @throws io.cxkit.core.IncompatibleMergeException if the codebook, key or question differ
   * @throws InvalidValueException if the groups of both together would exceed the cap
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public ThemeSummarizer merge(ThemeSummary summary) {
    Objects.requireNonNull(summary, "summary");
    ThemeSummary mine = snapshot();
    mine.requireCompatible(summary);
    CommentOptions.requireRoomToMerge(keyName, groups.keySet(), summary.groups().keySet(), maxGroups);
    mine.plus(summary); // throws on overflow before anything changes
    withoutGroup.add(summary.withoutGroup());
    for (Map.Entry<String, ThemeCounts> entry : summary.groups().entrySet()) {
      groups.computeIfAbsent(entry.getKey(), label -> new Tally(themeIds.size())).add(entry.getValue());
    }
    responsesWithoutComment += summary.responsesWithoutComment();
    return this;
  }

  /** @return an immutable summary of everything counted so far */
  public ThemeSummary snapshot() {
    TreeMap<String, ThemeCounts> counts = new TreeMap<>();
    for (Map.Entry<String, Tally> entry : groups.entrySet()) {
      counts.put(entry.getKey(), entry.getValue().counts(themeIds));
    }
    return new ThemeSummary(codebook, keyName, questionId, withoutGroup.counts(themeIds), counts,
        responsesWithoutComment);
  }

  private Tally tally(@Nullable String group) {
    if (group == null) {
      return withoutGroup;
    }
    Tally tally = groups.get(group);
    if (tally != null) {
      return tally;
    }
    CommentOptions.requireRoomFor(keyName, group, groups.size(), maxGroups, "ThemeSummarizer.Builder");
    tally = new Tally(themeIds.size());
    groups.put(group, tally);
    return tally;
  }

  private void record(Tally tally, CharSequence comment, @Nullable Locale locale) {
    Locale language = locale != null ? locale : defaultLocale;
    Codebook.Tagged tagged = language == null ? null : codebook.tagForSummary(comment, language);
    if (tagged == null) {
      tally.uncovered++;
      return;
    }
    tally.comments++;
    if (tagged.truncated()) {
      tally.truncated++;
    }
    BitSet themes = tagged.themes();
    if (themes.isEmpty()) {
      tally.withoutTheme++;
      return;
    }
    for (int t = themes.nextSetBit(0); t >= 0; t = themes.nextSetBit(t + 1)) {
      tally.counts[t]++;
    }
  }

  /** The mutable counts of one group. */
  private static final class Tally {
    long comments;
    long withoutTheme;
    long uncovered;
    long truncated;
    final long[] counts;

    Tally(int themes) {
      counts = new long[themes];
    }

    void add(ThemeCounts other) {
      comments += other.comments();
      withoutTheme += other.withoutTheme();
      uncovered += other.uncovered();
      truncated += other.truncated();
      List<String> ids = other.themeIds();
      for (int i = 0; i < counts.length; i++) {
        counts[i] += other.count(ids.get(i));
      }
    }

    ThemeCounts counts(List<String> themeIds) {
      return ThemeCounts.fromArray(themeIds, comments, withoutTheme, uncovered, truncated, counts);
    }
  }

  /** @return e.g. {@code ThemeSummarizer{key=nps-group:nps, groups=3}} */
  @Override
  public String toString() {
    return "ThemeSummarizer{key=" + keyName + (questionId == null ? "" : ", question=" + questionId)
        + ", groups=" + groups.size() + "}";
  }

  /**
   * Builds a {@link ThemeSummarizer}. Each option may be set once ({@link IllegalStateException}
   * otherwise); {@link #build()} checks them together.
   */
  public static final class Builder {
    private final Codebook codebook;
    private final CommentOptions options = new CommentOptions(DEFAULT_MAX_GROUPS);

    private Builder(Codebook codebook) {
      this.codebook = codebook;
    }

    /**
     * @param openTextQuestionId the id of the open-text question whose answers are the comments
     * @return this builder
     * @throws InvalidValueException if the id is malformed
     * @throws IllegalStateException if the question was set already
     */
    public Builder question(String openTextQuestionId) {
      options.question(openTextQuestionId);
      return this;
    }

    /**
     * @param groupKey how to group responses, such as {@link TextGroups#npsGroup(String)}
     * @return this builder
     * @throws IllegalStateException if the key was set already
     */
    public Builder groupBy(GroupKey groupKey) {
      options.groupBy(groupKey);
      return this;
    }

    /**
     * @param locale the language of comments whose response or call gives none, such as the
     *     survey's default locale
     * @return this builder
     * @throws IllegalStateException if the default locale was set already
     */
    public Builder defaultLocale(Locale locale) {
      options.defaultLocale(locale);
      return this;
    }

    /**
     * @param labels groups to show in the summary even when no comment falls into them (then empty),
     *     such as {@link TextGroups#NPS_GROUPS}
     * @return this builder
     * @throws InvalidValueException if a label is blank or holds an unpaired surrogate
     * @throws IllegalStateException if the expected groups were set already
     */
    public Builder expectGroups(Collection<String> labels) {
      options.expectGroups(labels);
      return this;
    }

    /**
     * @param max the most distinct groups to keep, ≥ 1
     * @return this builder
     * @throws InvalidValueException if {@code max} is below 1
     * @throws IllegalStateException if the cap was set already
     */
    public Builder maxGroups(int max) {
      options.maxGroups(max);
      return this;
    }

    /**
     * @return the summarizer
     * @throws InvalidValueException if more groups are expected than the cap allows
     */
    public ThemeSummarizer build() {
      options.check();
      return new ThemeSummarizer(this);
    }
  }
}
