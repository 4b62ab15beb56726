package io.cxkit.survey.text;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.Answer;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.types.OpenTextAnswer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The options that {@link ThemeSummarizer} and {@link PhraseSummarizer} share — where comments
 * come from (the open-text question), how they are grouped, their default locale, the expected
 * groups and the cap on groups — each settable once, and the reading of a response's comment.
 */
final class CommentOptions {
  @Nullable String questionId;
  @Nullable GroupKey key;
  @Nullable Locale defaultLocale;
  final Set<String> expected = new LinkedHashSet<>();
  private boolean expectedSet;
  int maxGroups;
  private boolean maxGroupsSet;

  CommentOptions(int maxGroups) {
    this.maxGroups = maxGroups;
  }

  void question(String openTextQuestionId) {
    Objects.requireNonNull(openTextQuestionId, "openTextQuestionId");
    once(questionId == null, "question");
    questionId = Ids.requireId("question", openTextQuestionId);
  }

  void groupBy(GroupKey groupKey) {
    Objects.requireNonNull(groupKey, "groupKey");
    once(key == null, "groupBy");
    key = groupKey;
  }

  void defaultLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    once(defaultLocale == null, "defaultLocale");
    defaultLocale = locale;
  }

  void expectGroups(Collection<String> labels) {
    Objects.requireNonNull(labels, "labels");
    once(!expectedSet, "expectGroups");
    for (String label : labels) {
      Objects.requireNonNull(label, "labels element");
      if (label.isBlank()) {
        throw new InvalidValueException("expectGroups", Ids.quote(label), "a group's label must not be blank");
      }
      Ids.requireWellFormed("expectGroups", label);
      expected.add(label);
    }
    expectedSet = true;
  }

  void maxGroups(int max) {
    once(!maxGroupsSet, "maxGroups");
    if (max < 1) {
      throw new InvalidValueException("maxGroups", max, "must be ≥ 1");
    }
    maxGroups = max;
    maxGroupsSet = true;
  }

  /** Checks the options together, as {@code build()} does. */
  void check() {
    if (expected.size() > maxGroups) {
      throw new InvalidValueException("expectGroups", expected.size(),
          "must be at most maxGroups = " + maxGroups + " groups");
    }
  }

  static void once(boolean unset, String option) {
    if (!unset) {
      throw new IllegalStateException(option + " is set already");
    }
  }

  /** @return the key's name, or {@value ThemeSummarizer#DEFAULT_KEY_NAME} without a key */
  String keyName() {
    return key == null ? ThemeSummarizer.DEFAULT_KEY_NAME : key.name();
  }

  /**
   * @param keyName the grouping's name, for the message
   * @param group a group not kept yet, checked well-formed
   * @param kept how many groups are kept
   * @param maxGroups the cap
   * @param builder the builder whose option sets the cap, for the message
   * @throws InvalidValueException if it is malformed or one group more than the cap
   */
  static void requireRoomFor(String keyName, String group, int kept, int maxGroups,
      String builder) {
    Ids.requireWellFormed(keyName, group);
    if (kept >= maxGroups) {
      throw new InvalidValueException(keyName, Ids.quote(group), "would be group " + (kept + 1)
          + "; at most " + maxGroups + " are kept (see " + builder + ".maxGroups)");
    }
  }

  /**
   * @param keyName the grouping's name, for the message
   * @param kept the groups a summarizer keeps
   * @param merged the groups of a summary merged into it
   * @param maxGroups the cap
   * @throws InvalidValueException if both together would be more groups than the cap
   */
  static void requireRoomToMerge(String keyName, Set<String> kept, Set<String> merged,
      int maxGroups) {
    Set<String> added = new LinkedHashSet<>(merged);
    added.removeAll(kept);
    if (kept.size() + (long) added.size() > maxGroups) {
      throw new InvalidValueException(keyName, Ids.quote(added.iterator().next()),
          "merging would open " + added.size() + " groups beyond the " + kept.size()
              + " there are; at most " + maxGroups + " are kept");
    }
  }

  /**
   * @param keyName the grouping's name, for the message
   * @param group a group label given with a comment, or null
   * @throws InvalidValueException if it is blank
   */
  static void requireLabel(String keyName, @Nullable String group) {
    if (group != null && group.isBlank()) {
      throw new InvalidValueException(keyName, Ids.quote(group),
          "a group's label must not be blank; pass null for a comment without a group");
    }
  }

  /**
   * @param questionId the open-text question, or null when none was set
   * @param response a response
   * @param use what the comment is for, for the message ("to be tagged with themes")
   * @return its comment, or null when it did not answer the question
   * @throws IllegalStateException if no question was set
   * @throws InvalidResponseException if its answer is not an open-text answer
   */
  static @Nullable String commentOf(@Nullable String questionId, Response response, String use) {
    Objects.requireNonNull(response, "response");
    if (questionId == null) {
      throw new IllegalStateException("no open-text question was set: build with question(id) to "
          + "add responses, or add (group, comment, locale) triples");
    }
    @Nullable Answer answer = response.answers().get(questionId);
    if (answer == null) {
      return null;
    }
    if (!(answer instanceof OpenTextAnswer text)) {
      throw new InvalidResponseException("answers." + questionId, answer.getClass().getSimpleName(),
          "must be an open-text answer " + use);
    }
    return text.text();
  }
}
