package io.cxkit.survey.text;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import io.cxkit.survey.summary.GroupKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Counts the phrases of comments per group into a {@link PhraseSummary}, in one pass and in
 * bounded memory: the open text from raw comment to the counts that {@link DistinctivePhrases}
 * compares. Each comment is split by the {@link Tokenizer} of its language and turned into 1- to
 * {@linkplain Builder#maxWords 3}-word {@link Phrases} without that language's {@link StopWords}
 * at their ends, made within runs of words that no punctuation mark or line break separates (so
 * "delivery was late, too expensive" has "delivery was late" but no "late too expensive"). Comments come as (group, comment, locale) triples ({@link #add(String,
 * CharSequence, Locale)}) or as {@link Response}s, exactly as a {@link ThemeSummarizer} takes
 * them: the answer to an open-text question is the comment, {@link
 * io.cxkit.survey.ResponseContext#locale()} its language (else the {@linkplain
 * Builder#defaultLocale default locale}, else {@link Locale#ROOT}: Unicode's word rules, ICU's
 * dictionary for Chinese and Japanese script, and no stop words), and a {@link GroupKey} its group.
 * So "what detractors say that promoters do not" is
 *
 * <pre>{@code
 * PhraseSummary said = PhraseSummarizer.builder().question("why")
 *     .groupBy(TextGroups.npsGroup("nps")).build().addAll(responses).snapshot();
 * DistinctiveComparison d = DistinctivePhrases.standard()
 *     .compare(said.groups(), TextGroups.DETRACTOR, TextGroups.PROMOTER);
 * }</pre>
 *
 * <p>Memory is at most {@linkplain Builder#maxGroups maxGroups} + 1 {@link PhraseCounter}s of
 * {@linkplain Builder#capacity capacity} phrases each; a comment that would open one group too
 * many is refused with an {@link InvalidValueException} and nothing of it is counted. Not
 * thread-safe: use one per thread or partition and add their {@linkplain #snapshot()
 * snapshots} with {@link PhraseSummary#plus} or {@link #merge}.
 */
public final class PhraseSummarizer {
  /** The default most distinct groups: 100, each holding up to its own capacity of phrases. */
  public static final int DEFAULT_MAX_GROUPS = 100;

  /** The default phrase capacity per group: 20 000 distinct phrases. */
  public static final int DEFAULT_CAPACITY = 20_000;

  /** Languages whose phrase rule is kept; beyond this many a rule is made per comment. */
  private static final int CACHED_LANGUAGES = 64;

  private final @Nullable String questionId;
  private final @Nullable GroupKey key;
  private final String keyName;
  private final Locale defaultLocale;
  private final int maxWords;
  private final int capacity;
  private final int maxGroups;
  private final Phrases nominal;
  private final Map<String, Phrases> rules = new HashMap<>();
  private final PhraseCounter withoutGroup;
  private final Map<String, PhraseCounter> groups = new HashMap<>();
  private long responsesWithoutComment;
  private long truncated;

  private PhraseSummarizer(Builder builder) {
    this.questionId = builder.options.questionId;
    this.key = builder.options.key;
    this.keyName = builder.options.keyName();
    Locale given = builder.options.defaultLocale;
    this.defaultLocale = given == null ? Locale.ROOT : given;
    this.maxWords = builder.maxWords;
    this.capacity = builder.capacity;
    this.maxGroups = builder.options.maxGroups;
    this.nominal = Phrases.withoutStopWords(maxWords);
    this.withoutGroup = new PhraseCounter(nominal, capacity);
    for (String label : builder.options.expected) {
      groups.put(label, new PhraseCounter(nominal, capacity));
    }
  }

  /**
   * @return an empty summarizer of (group, comment, locale) triples with the defaults: phrases of
   *     up to 3 words, {@value #DEFAULT_CAPACITY} per group, at most {@value #DEFAULT_MAX_GROUPS}
   *     groups, {@link Locale#ROOT} for comments without a locale
   */
  public static PhraseSummarizer of() {
    return builder().build();
  }

  /**
   * @return a builder for the question, the key, the default locale, expected groups, the phrase
   *     length, the capacity and the cap on groups
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Counts the phrases of one comment.
   *
   * @param group the comment's group, such as a segment or {@link TextGroups#DETRACTOR}, or null
   *     for none
   * @param comment the comment; only its first {@value Tokenizer#MAX_TEXT_LENGTH} chars are read
   * @param locale its language, or null for the default locale
   * @return this summarizer
   * @throws InvalidValueException if the group label is blank, holds an unpaired surrogate or
   *     would be one group more than the cap; nothing is then counted
   */
  public PhraseSummarizer add(@Nullable String group, CharSequence comment, @Nullable Locale locale) {
    Objects.requireNonNull(comment, "comment");
    CommentOptions.requireLabel(keyName, group);
    record(group, comment, locale);
    return this;
  }

  /**
   * Counts the phrases of the comment of one response: its answer to the {@linkplain
   * Builder#question open-text question}, in its group by the {@linkplain Builder#groupBy key}. A
   * response that did not answer the question is counted in {@link
   * PhraseSummary#responsesWithoutComment()}.
   *
   * @param response a response
   * @return this summarizer
   * @throws IllegalStateException if no question was set
   * @throws InvalidResponseException if its answer to the question is not an open-text answer, or
   *     the key refuses it (an NPS score off the scale); nothing of it is then counted
   * @throws InvalidValueException if its group would be one more than the cap allows
   */
  public PhraseSummarizer add(Response response) {
    @Nullable String comment = CommentOptions.commentOf(questionId, response, "to count its phrases");
    String group = key == null ? null : key.groupOf(response);
    if (comment == null) {
      responsesWithoutComment = ThemeCounts.add("responsesWithoutComment", responsesWithoutComment, 1);
      return this;
    }
    record(group, comment, response.context().locale());
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
  public PhraseSummarizer addAll(Iterator<? extends Response> responses) {
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
   * @param summary a summary of other comments, made with the same key, question, phrase length
   *     and capacity
   * @return this summarizer
   * @throws io.cxkit.core.IncompatibleMergeException if the key, question, phrase length or
   *     capacity differ
   * @throws InvalidValueException if the groups of both together would exceed the cap
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public PhraseSummarizer merge(PhraseSummary summary) {
    Objects.requireNonNull(summary, "summary");
    PhraseSummary mine = snapshot();
    mine.requireCompatible(summary);
    CommentOptions.requireRoomToMerge(keyName, groups.keySet(), summary.groups().groups().keySet(), maxGroups);
    PhraseSummary sum = mine.plus(summary); // throws on overflow before anything changes
    withoutGroup.reset();
    withoutGroup.merge(sum.withoutGroup());
    groups.clear();
    sum.groups().groups().forEach((label, counts) -> {
      PhraseCounter counter = new PhraseCounter(nominal, capacity);
      counter.merge(counts);
      groups.put(label, counter);
    });
    responsesWithoutComment = sum.responsesWithoutComment();
    truncated = sum.truncated();
    return this;
  }

  /** @return an immutable summary of everything counted so far */
  public PhraseSummary snapshot() {
    Map<String, PhraseCounts> counts = new HashMap<>();
    groups.forEach((label, counter) -> counts.put(label, counter.snapshot()));
    return new PhraseSummary(keyName, questionId, PhraseGroupCounts.of(maxWords, capacity, counts),
        withoutGroup.snapshot(), responsesWithoutComment, truncated);
  }

  private PhraseCounter counter(@Nullable String group) {
    if (group == null) {
      return withoutGroup;
    }
    PhraseCounter counter = groups.get(group);
    if (counter != null) {
      return counter;
    }
    CommentOptions.requireRoomFor(keyName, group, groups.size(), maxGroups, "PhraseSummarizer.Builder");
    // Registered only once a comment is counted in it, so that a refused comment opens no group.
    return new PhraseCounter(nominal, capacity);
  }

  private void record(@Nullable String group, CharSequence comment, @Nullable Locale locale) {
    PhraseCounter counter = counter(group);
    Locale language = locale != null ? locale : defaultLocale;
    boolean[] cut = new boolean[1];
    List<List<String>> runs = Tokenizer.of(language).runs(comment, cut);
    if (cut[0] && truncated == Long.MAX_VALUE) {
      throw new CountOverflowException("truncated", truncated, 1);
    }
    counter.addRuns(runs, rule(language));
    if (cut[0]) {
      truncated++;
    }
    if (group != null) {
      groups.putIfAbsent(group, counter);
    }
  }

  private Phrases rule(Locale locale) {
    String language = locale.getLanguage();
    Phrases rule = rules.get(language);
    if (rule == null) {
      rule = Phrases.of(maxWords, StopWords.of(locale));
      if (rules.size() < CACHED_LANGUAGES) {
        rules.put(language, rule);
      }
    }
    return rule;
  }

  /** @return e.g. {@code PhraseSummarizer{key=nps-group:nps, question=why, groups=3}} */
  @Override
  public String toString() {
    return "PhraseSummarizer{key=" + keyName + (questionId == null ? "" : ", question=" + questionId)
        + ", groups=" + groups.size() + "}";
  }

  /**
   * Builds a {@link PhraseSummarizer}. Each option may be set once ({@link IllegalStateException}
   * otherwise); {@link #build()} checks them together.
   */
  public static final class Builder {
    private final CommentOptions options = new CommentOptions(DEFAULT_MAX_GROUPS);
    private int maxWords = Phrases.DEFAULT_MAX_WORDS;
    private boolean maxWordsSet;
    private int capacity = DEFAULT_CAPACITY;
    private boolean capacitySet;

    private Builder() {}

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
     * @param groupKey how to group responses, such as {@link TextGroups#npsGroup(String)} or
     *     {@link GroupKey#touchpoint()}
     * @return this builder
     * @throws IllegalStateException if the key was set already
     */
    public Builder groupBy(GroupKey groupKey) {
      options.groupBy(groupKey);
      return this;
    }

    /**
     * @param locale the language of comments whose response or call gives none, such as the
     *     survey's default locale; without it such comments are read with {@link Locale#ROOT}
     * @return this builder
     * @throws IllegalStateException if the default locale was set already
     */
    public Builder defaultLocale(Locale locale) {
      options.defaultLocale(locale);
      return this;
    }

    /**
     * @param labels groups to show in the summary even when no comment falls into them (then
     *     empty), such as {@link TextGroups#NPS_GROUPS}
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
     * @param words the longest phrase in tokens, in 1..{@value Phrases#MAX_WORDS_LIMIT}; 3 by
     *     default
     * @return this builder
     * @throws InvalidValueException if out of range
     * @throws IllegalStateException if it was set already
     */
    public Builder maxWords(int words) {
      CommentOptions.once(!maxWordsSet, "maxWords");
      PhraseCounts.checkMaxWords(words);
      maxWords = words;
      maxWordsSet = true;
      return this;
    }

    /**
     * @param phrases the most distinct phrases held per group, ≥ 1, beyond which the counts are
     *     Space-Saving estimates ({@link PhraseCounts}); {@value #DEFAULT_CAPACITY} by default
     * @return this builder
     * @throws InvalidValueException if below 1
     * @throws IllegalStateException if it was set already
     */
    public Builder capacity(int phrases) {
      CommentOptions.once(!capacitySet, "capacity");
      PhraseCounts.checkCapacity(phrases);
      capacity = phrases;
      capacitySet = true;
      return this;
    }

    /**
     * @return the summarizer
     * @throws InvalidValueException if more groups are expected than the cap allows
     */
    public PhraseSummarizer build() {
      options.check();
      return new PhraseSummarizer(this);
    }
  }
}
