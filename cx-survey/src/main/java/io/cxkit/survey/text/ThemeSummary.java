package io.cxkit.survey.text;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.GroupComparison;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.internal.Ids;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a set of comments talks about, by the themes of a {@link Codebook}: the {@link ThemeCounts}
 * of each group (NPS group, segment, touchpoint…), of the comments without a group, and of all
 * together, and each group's theme share compared with the rest's ({@link #compare}). Build one
 * with a {@link ThemeSummarizer}; summaries of disjoint sets of comments, made with the same
 * codebook, key and question, add exactly with {@link #plus}.
 *
 * <p>Groups are in the order of their labels ({@link String#compareTo}, the same on every machine
 * and locale). A group can be present and empty (an {@linkplain ThemeSummarizer.Builder#expectGroups
 * expected} group nobody fell into): its counts say so ({@link ThemeCounts#isEmpty()}) and its
 * shares are empty.
 */
public final class ThemeSummary {
  private final Codebook codebook;
  private final String keyName;
  private final @Nullable String questionId;
  private final ThemeCounts withoutGroup;
  private final SortedMap<String, ThemeCounts> groups;
  private final long responsesWithoutComment;

  ThemeSummary(Codebook codebook, String keyName, @Nullable String questionId,
      ThemeCounts withoutGroup, SortedMap<String, ThemeCounts> groups, long responsesWithoutComment) {
    this.codebook = codebook;
    this.keyName = keyName;
    this.questionId = questionId;
    this.withoutGroup = withoutGroup;
    this.groups = Collections.unmodifiableSortedMap(groups);
    this.responsesWithoutComment = responsesWithoutComment;
  }

  /** @return the codebook the comments were tagged with */
  public Codebook codebook() {
    return codebook;
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

  /** @return the counts of each group by label, in label order; unmodifiable */
  public SortedMap<String, ThemeCounts> groups() {
    return groups;
  }

  /**
   * @param label a group's label
   * @return its counts
   * @throws InvalidValueException if there is no such group, naming those there are
   */
  public ThemeCounts group(String label) {
    Objects.requireNonNull(label, "label");
    ThemeCounts counts = groups.get(label);
    if (counts == null) {
      throw new InvalidValueException(keyName, Ids.quote(label),
          "must be one of the groups present: " + groups.keySet());
    }
    return counts;
  }

  /** @return the counts of the comments that had no group */
  public ThemeCounts withoutGroup() {
    return withoutGroup;
  }

  /** @return the counts of every comment: each group's and those without a group */
  public ThemeCounts total() {
    ThemeCounts total = withoutGroup;
    for (ThemeCounts group : groups.values()) {
      total = total.plus(group);
    }
    return total;
  }

  /** @return the responses that did not answer the open-text question, so gave no comment */
  public long responsesWithoutComment() {
    return responsesWithoutComment;
  }

  /** @return whether no comment was counted, covered or not (responses without one aside) */
  public boolean isEmpty() {
    return total().isEmpty();
  }

  /**
   * Compares each group's share of comments mentioning a theme with the share among the other
   * groups' comments pooled (comments without a group are in neither), by cx-core's {@link
   * GroupComparison#eachAgainstRest}: the difference in percentage points with Newcombe's hybrid
   * score interval, the two-proportion z-test's p-value, and the p-values Holm-adjusted across the
   * groups. So "detractors mention delivery 30 points more often than the others" comes with its
   * interval and a p-value that stays honest when many groups are compared at once.
   *
   * @param themeId the theme
   * @return one comparison per group in label order; empty when there are fewer than two groups; a
   *     group (or rest) without covered comments has an empty comparison
   * @throws InvalidValueException if the codebook has no such theme
   */
  public List<GroupComparison<String, Percentage>> compare(String themeId) {
    codebook.indexOf(themeId);
    if (groups.size() < 2) {
      return List.of();
    }
    Map<String, Percentage> shares = new LinkedHashMap<>();
    for (Map.Entry<String, ThemeCounts> entry : groups.entrySet()) {
      shares.put(entry.getKey(), entry.getValue().share(themeId));
    }
    return GroupComparison.eachAgainstRest(shares);
  }

  /**
   * @param other the summary of other comments
   * @return the summary of both: groups of the same label add up
   * @throws IncompatibleMergeException if the codebooks, the key names or the questions differ
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public ThemeSummary plus(ThemeSummary other) {
    requireCompatible(other);
    SortedMap<String, ThemeCounts> sum = new TreeMap<>(groups);
    for (Map.Entry<String, ThemeCounts> entry : other.groups.entrySet()) {
      sum.merge(entry.getKey(), entry.getValue(), ThemeCounts::plus);
    }
    return new ThemeSummary(codebook, keyName, questionId, withoutGroup.plus(other.withoutGroup), sum,
        ThemeCounts.add("responsesWithoutComment", responsesWithoutComment, other.responsesWithoutComment));
  }

  /** Checks what {@link #plus} needs, before anything is added. */
  void requireCompatible(ThemeSummary other) {
    Objects.requireNonNull(other, "other");
    if (!codebook.equals(other.codebook)) {
      throw new IncompatibleMergeException("ThemeSummary", "codebook", codebook, other.codebook);
    }
    if (!keyName.equals(other.keyName)) {
      throw new IncompatibleMergeException("ThemeSummary", "key", keyName, other.keyName);
    }
    if (!Objects.equals(questionId, other.questionId)) {
      throw new IncompatibleMergeException("ThemeSummary", "question", questionId, other.questionId);
    }
  }

  /** @return whether {@code o} summarises the same counts with the same codebook, key and question */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ThemeSummary s && s.codebook.equals(codebook) && s.keyName.equals(keyName)
        && Objects.equals(s.questionId, questionId) && s.withoutGroup.equals(withoutGroup)
        && s.groups.equals(groups) && s.responsesWithoutComment == responsesWithoutComment;
  }

  @Override
  public int hashCode() {
    return Objects.hash(codebook, keyName, questionId, withoutGroup, groups, responsesWithoutComment);
  }

  /** @return e.g. {@code ThemeSummary{key=nps-group:nps, groups=[detractor, passive, promoter], total=ThemeCounts{…}}} */
  @Override
  public String toString() {
    return "ThemeSummary{key=" + keyName + (questionId == null ? "" : ", question=" + questionId)
        + ", groups=" + groups.keySet() + ", total=" + total() + "}";
  }
}
