package io.cxkit.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One respondent's way through a survey, question by question, made by {@link
 * SurveyNavigator#begin()}: a cursor on the question being shown, the answers and skip marks so
 * far, and the path they take through the survey's routing. Mutable and not thread-safe: one
 * navigation serves one respondent's session.
 *
 * <p>Going back and changing an answer is safe: after every change the path is walked again, and
 * every answer (and skip mark) of a question that is off the new path and can no longer come onto
 * it is dropped and reported in the {@link Step}, so a stale answer never steers a later walk nor
 * ends up in the response. Answers of questions still on the path, or that a later change could
 * still reach, are kept, so a respondent who goes back and forth sees them pre-filled.
 *
 * <pre>{@code
 * Navigation nav = SurveyNavigator.of(exitFeedback).begin();    // at goal
 * nav.answer(new GoalCompletionAnswer(GoalOutcome.PARTIALLY));  // next: reasons
 * nav.answer(SingleChoiceAnswer.of("technical-problem"));       // next: contact
 * nav.answer(ContactConsentAnswer.consenting("anna@shop.example")); // finished
 * nav.answer("goal", new GoalCompletionAnswer(GoalOutcome.FULLY)).dropped(); // [reasons, contact]
 * Response response = nav.toResponse("r-1").build();
 * }</pre>
 *
 * <p>Misusing the session — answering when there is no current question, skipping a required
 * question, changing the answer of a question the respondent has not been shown — is a programming
 * error of the caller and throws {@link IllegalStateException}; an answer that breaks its
 * question's rules is bad input and throws {@link InvalidResponseException} with every violation.
 */
public final class Navigation {
  private final SurveyNavigator navigator;
  private final Flow flow;
  private final Map<String, Answer> answers = new HashMap<>();
  private final Set<String> skipped = new HashSet<>();
  private SurveyPath path;
  /** The ids on {@link #path}, for constant-time look-ups. */
  private Set<String> onPath;
  /** The id of the question being shown, or null at the end. */
  private @Nullable String cursor;

  Navigation(SurveyNavigator navigator) {
    this.navigator = navigator;
    this.flow = navigator.flow();
    this.path = navigator.path(Map.of(), Set.of());
    this.onPath = Set.of();
    this.cursor = path.next().orElse(null);
  }

  /** @return the question being shown; empty when the respondent has reached the end */
  public Optional<Question> current() {
    return cursor == null ? Optional.empty() : Optional.of(flow.question(flow.position(cursor)));
  }

  /**
   * Answers the current question, then moves on: the path is walked again from the new answer, the
   * answers and skip marks it leaves behind for good are dropped, and the cursor moves to the
   * question that follows on the path — which may be one answered earlier and kept (shown
   * pre-filled) — or to the end.
   *
   * @param answer the answer to the current question
   * @return what changed: the dropped question ids and where the cursor is now
   * @throws InvalidResponseException if the answer breaks its question's rules (including an answer
   *     of another type), with every violation under {@code answers.<questionId>}; nothing changes
   * @throws IllegalStateException if the navigation is {@linkplain #finished() finished} (change an
   *     earlier answer with {@link #answer(String, Answer)})
   */
  public Step answer(Answer answer) {
    Objects.requireNonNull(answer, "answer");
    String questionId = requireCurrent("answer");
    validate(questionId, answer);
    return record(questionId, answer);
  }

  /**
   * Changes the answer of a question the respondent has been shown: one on the {@linkplain #path()
   * path} so far, or the current one. The cursor goes to that question, and then everything happens
   * as for {@link #answer(Answer)}. This works after finishing too: a respondent may go back from
   * the last page.
   *
   * @param questionId the question answered
   * @param answer its new answer
   * @return what changed: the dropped question ids and where the cursor is now
   * @throws InvalidResponseException if the answer breaks its question's rules, with every
   *     violation under {@code answers.<questionId>}; nothing changes, the cursor included
   * @throws IllegalStateException naming the question if it is neither on the path so far nor the
   *     current one: the respondent has not been shown it, so the caller misuses the session
   */
  public Step answer(String questionId, Answer answer) {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(answer, "answer");
    if (!questionId.equals(cursor) && !onPath.contains(questionId)) {
      throw new IllegalStateException("question " + questionId + " is neither on the path so far "
          + path.questions() + " nor the current question ("
          + (cursor == null ? "none, the navigation is finished" : cursor)
          + "); only a question shown to the respondent can be answered");
    }
    validate(questionId, answer);
    cursor = questionId;
    return record(questionId, answer);
  }

  /**
   * Leaves the current question unanswered (removing an answer given to it earlier) and moves on as
   * {@link #answer(Answer)} does.
   *
   * @return what changed: the dropped question ids and where the cursor is now
   * @throws IllegalStateException naming the question if it is required, or if the navigation is
   *     {@linkplain #finished() finished}
   */
  public Step skip() {
    String questionId = requireCurrent("skip");
    if (flow.question(flow.position(questionId)).required()) {
      throw new IllegalStateException("question " + questionId
          + " is required and cannot be skipped; answer it");
    }
    answers.remove(questionId);
    skipped.add(questionId);
    return advanceFrom(questionId);
  }

  /**
   * Moves the cursor to the question before it on the path (from the end, to the last question on
   * the path), keeping every answer.
   *
   * @return the question now current; empty, and nothing changed, at the first question
   */
  public Optional<Question> back() {
    List<String> questions = path.questions();
    // From the end, or from the path's next question, the step back is to the path's last question.
    int at = cursor == null || !onPath.contains(cursor)
        ? questions.size() : questions.indexOf(cursor);
    if (at == 0) {
      return Optional.empty();
    }
    cursor = questions.get(at - 1);
    return current();
  }

  /**
   * @return the path the answers and skip marks take: the questions answered or skipped in the
   *     order shown, and the question the path has reached; it runs past the current question when
   *     the respondent has gone back
   */
  public SurveyPath path() {
    return path;
  }

  /**
   * @return the answers so far by question id: those on the path in path order, then those a later
   *     change could still bring onto it, in survey order; an unmodifiable copy
   */
  public Map<String, Answer> answers() {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (String id : inPathOrder(answers.keySet())) {
      out.put(id, answers.get(id));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * @return the ids of the questions shown and left unanswered, ordered like {@link #answers()}; an
   *     unmodifiable copy
   */
  public Set<String> skipped() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(inPathOrder(skipped)));
  }

  /** @return whether the cursor has reached the end of the survey: there is no current question */
  public boolean finished() {
    return cursor == null;
  }

  /**
   * A response builder holding what this navigation has collected: the survey's id and version
   * and the answers on the path, in path order; unless {@linkplain #finished() finished}, marked
   * partial with the last question seen — the current one, or, when the respondent has gone back,
   * the last question on the path (so the answers kept after the current one count as reached).
   * Answers kept for questions off the path that a later change could still bring back onto it are
   * left out: on the path taken so far they were never reached. The caller adds the respondent,
   * context and submission time.
   *
   * @param responseId the response's id
   * @return the builder
   */
  public Response.Builder toResponse(String responseId) {
    Objects.requireNonNull(responseId, "responseId");
    Survey survey = navigator.survey();
    Response.Builder builder = Response.builder(responseId, survey.id(), survey.version());
    for (String id : path.questions()) {
      Answer answer = answers.get(id);
      if (answer != null) {
        builder.answer(id, answer);
      }
    }
    if (cursor != null) {
      List<String> questions = path.questions();
      boolean wentBack = onPath.contains(cursor);
      builder.partial(wentBack ? questions.get(questions.size() - 1) : cursor);
    }
    return builder;
  }

  private String requireCurrent(String action) {
    if (cursor == null) {
      throw new IllegalStateException("the navigation is finished: there is no current question to "
          + action + "; change an earlier answer with answer(questionId, answer)");
    }
    return cursor;
  }

  private void validate(String questionId, Answer answer) {
    Question question = flow.question(flow.position(questionId));
    List<Violation> violations = navigator.registry().validate(question, answer);
    if (!violations.isEmpty()) {
      List<Violation> under = new ArrayList<>(violations.size());
      for (Violation violation : violations) {
        under.add(violation.under("answers." + questionId));
      }
      throw new InvalidResponseException(under);
    }
  }

  private Step record(String questionId, Answer answer) {
    answers.put(questionId, answer);
    skipped.remove(questionId);
    return advanceFrom(questionId);
  }

  /**
   * Walks the path again after {@code questionId} was answered or skipped, drops what it leaves
   * behind for good, and moves the cursor to the question after {@code questionId} on the path.
   */
  private Step advanceFrom(String questionId) {
    SurveyPath walked = navigator.path(answers, skipped);
    Set<String> walkedIds = new HashSet<>(walked.questions());
    List<String> dropped = new ArrayList<>();
    for (int p = 0; p < flow.size(); p++) {
      String id = flow.question(p).id();
      if ((answers.containsKey(id) || skipped.contains(id)) && !walkedIds.contains(id)
          && !navigator.canComeOnto(walked, id)) {
        dropped.add(id);
      }
    }
    if (!dropped.isEmpty()) {
      answers.keySet().removeAll(dropped);
      skipped.removeAll(dropped);
      // The walk looks only at the questions it reaches, and a dropped one is neither on it nor its
      // next question, so walking again would take the same path; and every answer it left off the
      // path is among the dropped, so none is left off it now.
      walked = new SurveyPath(walked.questions(), walked.next().orElse(null), List.of());
    }
    path = walked;
    onPath = walkedIds;
    List<String> questions = walked.questions();
    // The walk up to the changed question does not depend on its answer (conditions see only
    // questions already walked), so it is still on the path.
    int at = questions.indexOf(questionId);
    if (at < 0) {
      throw new AssertionError(questionId + " left the path by its own answer: " + walked);
    }
    cursor = at + 1 < questions.size() ? questions.get(at + 1) : walked.next().orElse(null);
    return new Step(dropped, cursor);
  }

  /** @return the ids on the path in path order, then the others in survey order */
  private List<String> inPathOrder(Set<String> ids) {
    List<String> out = new ArrayList<>(ids.size());
    for (String id : path.questions()) {
      if (ids.contains(id)) {
        out.add(id);
      }
    }
    for (int p = 0; p < flow.size(); p++) {
      String id = flow.question(p).id();
      if (ids.contains(id) && !onPath.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** @return the state, such as {@code Navigation[goal → (next: reasons), at reasons]} */
  @Override
  public String toString() {
    return "Navigation[" + path + ", " + (cursor == null ? "finished" : "at " + cursor) + "]";
  }

  /**
   * What one answer, change or skip did: the questions whose answers or skip marks it dropped
   * because the new path left them behind for good, and the question the cursor moved to. An
   * immutable value.
   */
  public static final class Step {
    private final List<String> dropped;
    private final @Nullable String next;

    private Step(List<String> dropped, @Nullable String next) {
      this.dropped = List.copyOf(dropped);
      this.next = next;
    }

    /**
     * @return the ids of the questions whose answers or skip marks were dropped, in survey order;
     *     empty when the change left none behind
     */
    public List<String> dropped() {
      return dropped;
    }

    /** @return the id of the question now current; empty when the navigation is finished */
    public Optional<String> next() {
      return Optional.ofNullable(next);
    }

    /** @return whether the cursor has reached the end of the survey */
    public boolean finished() {
      return next == null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Step that && dropped.equals(that.dropped)
          && Objects.equals(next, that.next);
    }

    @Override
    public int hashCode() {
      return Objects.hash(dropped, next);
    }

    /** @return such as {@code Step[next: contact]} or {@code Step[finished, dropped [reasons]]} */
    @Override
    public String toString() {
      return "Step[" + (next == null ? "finished" : "next: " + next)
          + (dropped.isEmpty() ? "" : ", dropped " + dropped) + "]";
    }
  }
}
