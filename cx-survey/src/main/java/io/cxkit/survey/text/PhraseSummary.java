package io.cxkit.survey.text;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a set of comments says, phrase by phrase: the {@link PhraseCounts} of each group (NPS
 * group, segment, touchpoint…) as {@link PhraseGroupCounts}, those of the comments without a
 * group, and the responses that gave no comment. Build one with a {@link PhraseSummarizer};
 * summaries of disjoint sets of comments made with the same key, question, phrase length and
 * capacity add with {@link #plus} — exactly while the counts fit the capacity, by the
 * Space-Saving merge beyond it ({@link PhraseCounts#plus}). Set one group against another with
 * {@link DistinctivePhrases#compare(PhraseGroupCounts, String, String)} on {@link #groups()}.
 * Immutable.
 */
public final class PhraseSummary {
  private final String keyName;
  private final @Nullable String questionId;
  private final PhraseGroupCounts groups;
  private final PhraseCounts withoutGroup;
  private final long responsesWithoutComment;
  private final long truncated;

  PhraseSummary(String keyName, @Nullable String questionId, PhraseGroupCounts groups,
      PhraseCounts withoutGroup, long responsesWithoutComment, long truncated) {
    this.keyName = keyName;
    this.questionId = questionId;
    this.groups = groups;
    this.withoutGroup = withoutGroup;
    this.responsesWithoutComment = responsesWithoutComment;
    this.truncated = truncated;
  }

  /**
   * A summary from its parts, as a serial form holds them.
   *
   * @param keyName the grouping's name, such as {@code nps-group:nps}
   * @param questionId the open-text question read, or null when comments were given directly
   * @param groups each group's counts
   * @param withoutGroup the counts of the comments without a group, of the same phrase length and
   *     capacity
   * @param responsesWithoutComment the responses that did not answer the question, ≥ 0
   * @param truncated the comments longer than {@link Tokenizer#MAX_TEXT_LENGTH}, read only in
   *     part, ≥ 0 and at most all the comments counted
   * @return the summary
   * @throws InvalidValueException if the key name is blank, the question id malformed or a count
   *     out of range
   * @throws IncompatibleMergeException if {@code withoutGroup} has another phrase length or
   *     capacity than the groups
   */
  public static PhraseSummary of(String keyName, @Nullable String questionId,
      PhraseGroupCounts groups, PhraseCounts withoutGroup, long responsesWithoutComment,
      long truncated) {
    Objects.requireNonNull(keyName, "keyName");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(withoutGroup, "withoutGroup");
    if (keyName.isBlank()) {
      throw new InvalidValueException("key", Ids.quote(keyName), "must not be blank");
    }
    Ids.requireWellFormed("key", keyName);
    if (questionId != null) {
      Ids.requireId("question", questionId);
    }
    if (withoutGroup.maxWords() != groups.maxWords()) {
      throw new IncompatibleMergeException("PhraseSummary", "maxWords of withoutGroup",
          groups.maxWords(), withoutGroup.maxWords());
    }
    if (withoutGroup.capacity() != groups.capacity()) {
      throw new IncompatibleMergeException("PhraseSummary", "capacity of withoutGroup",
          groups.capacity(), withoutGroup.capacity());
    }
    if (responsesWithoutComment < 0) {
      throw new InvalidValueException("responsesWithoutComment", responsesWithoutComment,
          "must be a count ≥ 0");
    }
    long comments = withoutGroup.totalComments();
    for (PhraseCounts group : groups.groups().values()) {
      comments = Math.min(Long.MAX_VALUE - group.totalComments(), comments) + group.totalComments();
    }
    if (truncated < 0 || truncated > comments) {
      throw new InvalidValueException("truncated", truncated,
          "must be a count in 0..the comments counted = " + comments);
    }
    return new PhraseSummary(keyName, questionId, groups, withoutGroup, responsesWithoutComment,
        truncated);
  }

  /**
   * @return the name of the grouping: a {@link io.cxkit.survey.summary.GroupKey}'s name such as
   *     {@code nps-group:nps}, or {@value ThemeSummarizer#DEFAULT_KEY_NAME} for groups given with
   *     each comment
   */
  public String keyName() {
    return keyName;
  }

  /** @return the open-text question whose answers were read, when responses were summarised */
  public Optional<String> questionId() {
    return Optional.ofNullable(questionId);
  }

  /** @return each group's counts, for {@link DistinctivePhrases} */
  public PhraseGroupCounts groups() {
    return groups;
  }

  /**
   * @param label a group's label
   * @return its counts
   * @throws InvalidValueException if there is no such group, naming those there are
   */
  public PhraseCounts group(String label) {
    Objects.requireNonNull(label, "label");
    return groups.group(label).orElseThrow(() -> new InvalidValueException(keyName,
        Ids.quote(label), "must be one of the groups present: " + groups.groups().keySet()));
  }

  /** @return the counts of the comments that had no group (a response the key gave none) */
  public PhraseCounts withoutGroup() {
    return withoutGroup;
  }

  /**
   * @return the counts of every comment, each group's and those without a group, merged as
   *     {@link PhraseCounts#plus} merges (exact while the phrases together fit the capacity)
   */
  public PhraseCounts total() {
    PhraseCounts total = withoutGroup;
    for (PhraseCounts group : groups.groups().values()) {
      total = total.plus(group);
    }
    return total;
  }

  /** @return the responses that did not answer the open-text question, so gave no comment */
  public long responsesWithoutComment() {
    return responsesWithoutComment;
  }

  /** @return the comments longer than {@link Tokenizer#MAX_TEXT_LENGTH}, read only in part */
  public long truncated() {
    return truncated;
  }

  /** @return whether no comment was counted (responses without one aside) */
  public boolean isEmpty() {
    return withoutGroup.isEmpty() && groups.isEmpty();
  }

  /** @return whether every count is exact: no phrase was dropped for lack of capacity */
  public boolean isExact() {
    return withoutGroup.isExact() && groups.isExact();
  }

  /**
   * @param other the summary of other comments
   * @return the summary of both: groups of the same label merge
   * @throws IncompatibleMergeException if the key names, questions, phrase lengths or capacities
   *     differ
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public PhraseSummary plus(PhraseSummary other) {
    requireCompatible(other);
    return new PhraseSummary(keyName, questionId, groups.plus(other.groups),
        withoutGroup.plus(other.withoutGroup),
        ThemeCounts.add("responsesWithoutComment", responsesWithoutComment,
            other.responsesWithoutComment),
        ThemeCounts.add("truncated", truncated, other.truncated));
  }

  /** Checks what {@link #plus} needs, before anything is added. */
  void requireCompatible(PhraseSummary other) {
    Objects.requireNonNull(other, "other");
    if (!keyName.equals(other.keyName)) {
      throw new IncompatibleMergeException("PhraseSummary", "key", keyName, other.keyName);
    }
    if (!Objects.equals(questionId, other.questionId)) {
      throw new IncompatibleMergeException("PhraseSummary", "question", questionId, other.questionId);
    }
    if (groups.maxWords() != other.groups.maxWords()) {
      throw new IncompatibleMergeException("PhraseSummary", "maxWords", groups.maxWords(),
          other.groups.maxWords());
    }
    if (groups.capacity() != other.groups.capacity()) {
      throw new IncompatibleMergeException("PhraseSummary", "capacity", groups.capacity(),
          other.groups.capacity());
    }
  }

  /** @return whether {@code o} has the same key, question and counts */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PhraseSummary s && s.keyName.equals(keyName)
        && Objects.equals(s.questionId, questionId) && s.groups.equals(groups)
        && s.withoutGroup.equals(withoutGroup)
        && s.responsesWithoutComment == responsesWithoutComment && s.truncated == truncated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyName, questionId, groups, withoutGroup, responsesWithoutComment, truncated);
  }

  /** Sizes only: phrases are customers' words and may hold personal data. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("PhraseSummary{key=").append(keyName);
    if (questionId != null) {
      out.append(", question=").append(questionId);
    }
    out.append(", groups={");
    String separator = "";
    for (Map.Entry<String, PhraseCounts> entry : groups.groups().entrySet()) {
      out.append(separator).append(entry.getKey()).append('=').append(entry.getValue().totalComments());
      separator = ", ";
    }
    return out.append("}, withoutGroup=").append(withoutGroup.totalComments()).append('}').toString();
  }
}
