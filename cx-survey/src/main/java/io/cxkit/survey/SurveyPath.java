package io.cxkit.survey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The way a respondent's answers take through a survey's routing: the questions on the path so far,
 * the question to show next (or none, at the end) and the answers the path has left behind. Made by
 * {@link SurveyNavigator}; immutable.
 */
public final class SurveyPath {
  private final List<String> questions;
  private final @Nullable String next;
  private final List<String> offPath;

  SurveyPath(List<String> questions, @Nullable String next, List<String> offPath) {
    this.questions = List.copyOf(questions);
    this.next = next;
    this.offPath = List.copyOf(offPath);
  }

  /**
   * @return the ids of the questions on the path so far, in the order shown: answered or skipped
   *     ones, not the {@linkplain #next() next} one
   */
  public List<String> questions() {
    return questions;
  }

  /** @return the id of the question to show next, or empty when the path has reached the end */
  public Optional<String> next() {
    return Optional.ofNullable(next);
  }

  /** @return whether the path has reached the end of the survey */
  public boolean finished() {
    return next == null;
  }

  /**
   * @param questionId a question's id
   * @return whether the question is on the path so far
   */
  public boolean contains(String questionId) {
    return questions.contains(Objects.requireNonNull(questionId, "questionId"));
  }

  /**
   * @return the ids of the questions that hold an answer but are not on the path and can no longer
   *     come onto it, in survey order: answers an earlier change has made obsolete, which a
   *     navigator drops and a validator reports; for a submitted response ({@link
   *     SurveyNavigator#pathOf}) every answered question the path did not visit, those after a
   *     partial response's last question seen included
   */
  public List<String> offPath() {
    return offPath;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SurveyPath that && questions.equals(that.questions)
        && Objects.equals(next, that.next) && offPath.equals(that.offPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(questions, next, offPath);
  }

  /** @return the path, such as {@code goal → reasons → (next: contact)} */
  @Override
  public String toString() {
    return String.join(" → ", questions) + (questions.isEmpty() ? "" : " → ")
        + (next == null ? "(end)" : "(next: " + next + ")")
        + (offPath.isEmpty() ? "" : ", off the path: " + offPath);
  }
}
