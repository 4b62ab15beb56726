package io.cxkit.survey.summary;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.internal.Ids;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Records responses to one survey version into a {@link GroupedSummary}: each response goes to the
 * group its {@link GroupKey} gives it (its variant, its locale…), or to the summary of responses
 * without a group, so that none is lost. The mutable recorder behind a grouped summary: not
 * thread-safe; use one per thread or partition and merge their {@linkplain #snapshot() snapshots}
 * with {@link GroupedSummary#plus} or {@link #merge}.
 *
 * <p>Memory grows with the number of distinct groups, not with the responses: one {@link
 * SurveySummarizer} per group. So that a key with a value per response (an order id) cannot
 * exhaust memory, the number of groups is capped ({@value #DEFAULT_MAX_GROUPS} by default, see
 * {@link Builder#maxGroups}); a response that would open one group too many is refused with an
 * {@link InvalidValueException} and nothing of it is counted.
 *
 * <p>Each response is checked against the survey as {@link SurveySummarizer#add} does; one that
 * breaks a rule is refused whole, and opens no group.
 */
public final class GroupedSummarizer {
  /** The default most distinct groups a summarizer keeps. */
  public static final int DEFAULT_MAX_GROUPS = 10_000;

  private final Survey survey;
  private final GroupKey key;
  private final SummaryOptions options;
  private final QuestionTypeRegistry registry;
  private final int maxGroups;
  private final SurveySummarizer withoutKey;
  private final Map<String, SurveySummarizer> groups = new HashMap<>();

  private GroupedSummarizer(Builder builder) {
    this.survey = builder.survey;
    this.key = builder.key;
    this.options = builder.settings.options;
    this.registry = builder.settings.registry;
    this.maxGroups = builder.maxGroups;
    this.withoutKey = newSummarizer();
  }

  /**
   * @param survey the survey version to summarise, with the standard registry's types
   * @param key how to group the responses
   * @return an empty summarizer with the default options and at most {@value #DEFAULT_MAX_GROUPS}
   *     groups
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not registered
   */
  public static GroupedSummarizer of(Survey survey, GroupKey key) {
    return builder(survey, key).build();
  }

  /**
   * @param survey the survey version to summarise
   * @param key how to group the responses
   * @return a builder for the options, the registry and the cap on groups
   */
  public static Builder builder(Survey survey, GroupKey key) {
    return new Builder(Objects.requireNonNull(survey, "survey"), Objects.requireNonNull(key, "key"));
  }

  private SurveySummarizer newSummarizer() {
    return SurveySummarizer.builder(survey).options(options).registry(registry).build();
  }

  /** @return the survey version summarised */
  public Survey survey() {
    return survey;
  }

  /** @return the key the responses are grouped by */
  public GroupKey key() {
    return key;
  }

  /**
   * Records one response in its group, or among the responses without a group.
   *
   * @param response a response to the survey version
   * @return this summarizer
   * @throws io.cxkit.survey.InvalidResponseException listing every violation if the response does
   *     not fit the survey; nothing of it is then counted
   * @throws InvalidValueException if its group would be one more than the cap allows, or its label
   *     holds an unpaired surrogate char; nothing of it is then counted
   */
  public GroupedSummarizer add(Response response) {
    Objects.requireNonNull(response, "response");
    String label = key.groupOf(response);
    if (label == null) {
      withoutKey.add(response);
      return this;
    }
    SurveySummarizer group = groups.get(label);
    if (group != null) {
      group.add(response);
      return this;
    }
    requireNewGroup(label, 1);
    group = newSummarizer();
    group.add(response); // refuses an invalid response before the group exists
    groups.put(label, group);
    return this;
  }

  /**
   * Records every remaining response of an iterator, such as a {@link
   * io.cxkit.survey.io.ResponseReader}.
   *
   * @param responses the responses
   * @return this summarizer
   * @throws io.cxkit.survey.InvalidResponseException as {@link #add} does, at the first bad one;
   *     those before it are counted
   * @throws InvalidValueException as {@link #add} does
   */
  public GroupedSummarizer addAll(Iterator<? extends Response> responses) {
    Objects.requireNonNull(responses, "responses");
    while (responses.hasNext()) {
      add(responses.next());
    }
    return this;
  }

  /**
   * Records how often the survey was shown to a group (variant B's impressions, from the A/B
   * tool's logs), so that the group's survey completion rate is over displays. Give displays to
   * every group or to none: groups whose rates have different denominators cannot be pooled or
   * compared.
   *
   * @param label the group's label; opens the group if it has no response yet
   * @param count displays, ≥ 0
   * @return this summarizer
   * @throws InvalidValueException if {@code count} is negative, the label is blank or malformed, or
   *     the group would be one more than the cap allows
   */
  public GroupedSummarizer addDisplays(String label, long count) {
    Objects.requireNonNull(label, "label");
    if (count < 0) {
      throw new InvalidValueException("count", count, "must be a count of displays ≥ 0");
    }
    SurveySummarizer group = groups.get(label);
    if (group == null) {
      requireNewGroup(label, 1);
      group = newSummarizer();
      groups.put(label, group);
    }
    group.addDisplays(count);
    return this;
  }

  /**
   * Adds a partial grouped summary, such as another thread's snapshot: groups of the same label
   * add up, new ones are opened. Everything is checked before anything changes.
   *
   * @param summary a grouped summary of other responses to the same survey version, by a key of
   *     the same name, counted the same way
   * @return this summarizer
   * @throws io.cxkit.core.IncompatibleMergeException if the key name, survey or options differ
   * @throws InvalidValueException if the groups of both together would exceed the cap
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public GroupedSummarizer merge(GroupedSummary summary) {
    Objects.requireNonNull(summary, "summary");
    if (!key.name().equals(summary.keyName())) {
      throw new io.cxkit.core.IncompatibleMergeException("GroupedSummary", "key", key.name(),
          summary.keyName());
    }
    SurveySummary mine = withoutKey.snapshot();
    GroupedSummary.requireCompatible(mine, summary.withoutKey(), "grouped by " + key.name());
    Set<String> added = new HashSet<>(summary.groups().keySet());
    added.removeAll(groups.keySet());
    if (!added.isEmpty()) {
      requireNewGroup(Collections.min(added), added.size());
    }
    // Add everything once without keeping it, so that an overflow leaves this summarizer as it was.
    GroupedSummary.sum(mine, summary.withoutKey());
    Map<String, SurveySummary> theirs = new LinkedHashMap<>(summary.groups());
    for (Map.Entry<String, SurveySummary> entry : theirs.entrySet()) {
      SurveySummarizer group = groups.get(entry.getKey());
      if (group != null) {
        GroupedSummary.sum(group.snapshot(), entry.getValue());
      }
    }
    mergeInto(withoutKey, summary.withoutKey());
    for (Map.Entry<String, SurveySummary> entry : theirs.entrySet()) {
      mergeInto(groups.computeIfAbsent(entry.getKey(), label -> newSummarizer()), entry.getValue());
    }
    return this;
  }

  /**
   * Merges as {@link GroupedSummary#sum} adds: {@link SurveySummarizer#merge} already keeps the
   * displays of a summary merged into a summarizer that recorded nothing ({@link SurveySummary#plus}
   * treats it as the identity), so they are not added again.
   */
  private static void mergeInto(SurveySummarizer summarizer, SurveySummary summary) {
    if (GroupedSummary.isBlank(summary)) {
      return;
    }
    summarizer.merge(summary);
  }

  private void requireNewGroup(String label, int count) {
    GroupedSummary.requireLabel(key.name(), label);
    if ((long) groups.size() + count > maxGroups) {
      throw new InvalidValueException(key.name(), Ids.quote(label),
          "would open group " + (groups.size() + count) + " of at most " + maxGroups
              + " (maxGroups): a key with a value per response groups nothing; choose a coarser"
              + " key or raise maxGroups");
    }
  }

  /**
   * @return an immutable grouped summary of everything recorded so far
   * @throws InvalidValueException if a group was given fewer displays than it has responses
   */
  public GroupedSummary snapshot() {
    Map<String, SurveySummary> snapshots = new HashMap<>();
    for (Map.Entry<String, SurveySummarizer> entry : groups.entrySet()) {
      snapshots.put(entry.getKey(), entry.getValue().snapshot());
    }
    return GroupedSummary.of(key.name(), withoutKey.snapshot(), snapshots);
  }

  @Override
  public String toString() {
    return "GroupedSummarizer{survey=" + survey.id() + " v" + survey.version() + ", key="
        + key.name() + ", groups=" + groups.size() + "}";
  }

  /** Builds a {@link GroupedSummarizer}; each setting may be given once. */
  public static final class Builder {
    private final Survey survey;
    private final GroupKey key;
    private final SummarizerSettings settings = new SummarizerSettings();
    private int maxGroups = DEFAULT_MAX_GROUPS;

    private Builder(Survey survey, GroupKey key) {
      this.survey = survey;
      this.key = key;
    }

    /**
     * @param options how to count (default {@link SummaryOptions#DEFAULT})
     * @return this builder
     * @throws IllegalStateException if the options were already set
     */
    public Builder options(SummaryOptions options) {
      settings.options(options);
      return this;
    }

    /**
     * @param registry the question types of the survey (default the standard registry)
     * @return this builder
     * @throws IllegalStateException if the registry was already set
     */
    public Builder registry(QuestionTypeRegistry registry) {
      settings.registry(registry);
      return this;
    }

    /**
     * @param maxGroups the most distinct groups to keep, ≥ 1 (default {@value
     *     GroupedSummarizer#DEFAULT_MAX_GROUPS}); checked by {@link #build()}
     * @return this builder
     * @throws IllegalStateException if the cap was already set
     */
    public Builder maxGroups(int maxGroups) {
      settings.once("maxGroups");
      this.maxGroups = maxGroups;
      return this;
    }

    /**
     * @return an empty summarizer
     * @throws InvalidValueException if {@code maxGroups} is below 1
     * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not registered
     * @throws io.cxkit.survey.InvalidSurveyException if the survey's routing does not fit the
     *     registry's types
     */
    public GroupedSummarizer build() {
      if (maxGroups < 1) {
        throw new InvalidValueException("maxGroups", maxGroups, "must be ≥ 1");
      }
      return new GroupedSummarizer(this);
    }
  }
}
